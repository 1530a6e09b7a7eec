"""TrueType fonts whose embedded subsets are made once per process, not once per document.

ReportLab embeds, for every document, the subset of a TrueType font that the document uses: it cuts the
glyphs out of the font (``makeSubset``), writes a ToUnicode CMap and a widths array, and compresses the two
streams. With ReportLab's "ASCII readable" subsets every document's first subset holds all of ASCII plus the
other characters it uses in the order they first appear, so invoices in one language written for customers
with plain names use the very same subset. ``SubsetCachingTTFont`` keeps what it made for a subset (the
compressed font file and CMap, the formatted widths) and hands the same bytes to the next document that uses
that subset: the PDF is byte for byte what ReportLab writes, without making it again.

The cache is bounded (least recently used out) and shared by the threads of a process under a lock.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import NamedTuple

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, makeToUnicodeCMap

# Subsets kept per font: one is some 20-30 KiB compressed, so a worker holds at most some 7 MiB a face. A month's
# invoices in five languages use about one distinct subset of the regular face for every ten invoices.
CACHE_SIZE = 256


class _Made(NamedTuple):
    font_file: bytes  # the subset font, compressed
    length1: int  # its length before compression
    cmap: bytes  # the ToUnicode CMap, compressed
    widths: bytes  # the formatted widths array


class _Formatted(pdfdoc.PDFObject):
    """A PDF object already written out (the same bytes whatever the document)."""

    def __init__(self, data: bytes):
        self.data = data

    def format(self, document) -> bytes:
        return self.data


def _compressed_stream(data: bytes, **entries) -> pdfdoc.PDFStream:
    """A stream whose content is already Flate-compressed (ReportLab applies no filter to a stream whose
    dictionary names one), written exactly as ReportLab writes a stream it compresses itself."""
    stream = pdfdoc.PDFStream()
    stream.content = data
    for key, value in entries.items():
        stream.dictionary[key] = value
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
    return stream


class SubsetCachingTTFont(TTFont):
    """A ``TTFont`` that makes each subset it embeds once per process (see the module's docstring)."""

    def __init__(self, name: str, filename: str, **kwargs):
        super().__init__(name, filename, **kwargs)
        self._made: OrderedDict[tuple, _Made] = OrderedDict()
        self._made_lock = threading.Lock()

    def _subset(self, base_font_name: str, subset: list[int], document) -> _Made:
        key = (base_font_name, tuple(subset))
        with self._made_lock:
            made = self._made.get(key)
            if made is not None:
                self._made.move_to_end(key)
                return made
        face = self.face
        raw = face.makeSubset(subset)
        widths = pdfdoc.PDFArray(list(map(face.getCharWidth, subset))).format(document)
        compress = pdfdoc.PDFZCompress.encode  # what ReportLab would compress them with
        made = _Made(compress(raw), len(raw), compress(makeToUnicodeCMap(base_font_name, subset)), widths)
        with self._made_lock:
            self._made[key] = made
            while len(self._made) > CACHE_SIZE:
                self._made.popitem(last=False)
        return made

    def forget(self) -> None:
        """Drop the subsets made so far (the next document makes its own again; for measuring)."""
        with self._made_lock:
            self._made.clear()

    def addObjects(self, doc):  # noqa: N802 (ReportLab's name)
        """ReportLab's ``TTFont.addObjects`` (5.x), the subsets' streams and widths taken from the cache."""
        if not doc.compression:  # rare (never for invoices): ReportLab's own way
            return super().addObjects(doc)
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        face = self.face
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_font_name = (b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX))).decode("pdfdoc")
            made = self._subset(base_font_name, subset, doc)

            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = "Font %s subset %d" % (self.fontName, n)
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = _Formatted(made.widths)
            pdf_font.ToUnicode = doc.Reference(_compressed_stream(made.cmap), "toUnicodeCMap:" + base_font_name)

            font_file = doc.Reference(_compressed_stream(made.font_file, Length1=made.length1),
                                      "fontFile:%s(%s)" % (face.filename, base_font_name))
            descriptor = pdfdoc.PDFDictionary({
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(base_font_name),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": font_file,
                "MissingWidth": face.defaultWidth,
            })
            pdf_font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + base_font_name)

            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]
