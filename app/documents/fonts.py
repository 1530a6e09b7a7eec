"""The fonts invoices use, registered with ReportLab once per process from resources/fonts/.

Each family maps to a regular and a bold face. DejaVu Sans covers Latin, Greek and Cyrillic; IPAex Gothic
(resources/fonts/ipaexg.ttf, IPA Font License) covers Japanese (kana, kanji, full-width forms such as ￥) and
the Latin, Greek and Cyrillic letters of JIS X 0208, and has no bold face (its regular one serves). Both are
embedded in the PDF (subset), so a reader needs no font of its own and a PDF/A stays one: ReportLab's CID
fonts would not be embedded, and show as boxes where the reader has no Japanese font. A subset is made once
per process and reused by every document that uses the same one (app/documents/subsets.py).

``family_for`` picks the family for a document: the template's, unless the document is in a language the
template's font cannot write (Japanese) or its texts (a name, an address, a line) hold characters it has no
glyph for, when the CJK family writes the whole document (one font per document keeps its lines even).
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache

CJK = "IPAex Gothic"
FAMILIES = {"DejaVu Sans": ("DejaVuSans", "fonts/DejaVuSans.ttf", "DejaVuSans-Bold", "fonts/DejaVuSans-Bold.ttf"),
            CJK: ("IPAexGothic", "fonts/ipaexg.ttf", "IPAexGothic", "fonts/ipaexg.ttf")}
# Languages whose writing the template's (Latin, Greek, Cyrillic) fonts lack.
CJK_LANGUAGES = frozenset({"ja"})

_lock = threading.Lock()
_registered: set[str] = set()


def faces(family: str) -> tuple[str, str]:
    """The ReportLab names of ``family``'s regular and bold faces, registered on first use."""
    regular, regular_file, bold, bold_file = FAMILIES[family]
    with _lock:
        if family not in _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics

            from app.documents.subsets import SubsetCachingTTFont
            from app.resources import resource

            pdfmetrics.registerFont(SubsetCachingTTFont(regular, str(resource(regular_file))))
            if bold != regular:
                pdfmetrics.registerFont(SubsetCachingTTFont(bold, str(resource(bold_file))))
            for italic in (0, 1):
                addMapping(regular, 0, italic, regular)
                addMapping(regular, 1, italic, bold)
            _registered.add(family)
    return regular, bold


def bold_file(family: str) -> str:
    """The resource path of ``family``'s bold face (for text drawn as an image, such as the draft mark)."""
    return FAMILIES[family][3]


def family_for(family: str, language: str, texts: Iterable[str | None] = ()) -> str:
    """The family a document in ``language`` (a locale such as "ja_JP") with ``texts`` is written in:
    ``family`` (the template's) when it has a glyph for every character, else the CJK family."""
    if family == CJK:
        return family
    if language.replace("-", "_").split("_")[0].lower() in CJK_LANGUAGES:
        return CJK
    covered = _coverage(family)
    for text in texts:
        if text and not text.isascii() and any(ord(ch) not in covered for ch in text if not ch.isspace()):
            return CJK if _writes(CJK, text) else family
    return family


def _writes(family: str, text: str) -> bool:
    covered = _coverage(family)
    return all(ord(ch) in covered for ch in text if not ch.isspace())


@lru_cache(maxsize=8)
def _coverage(family: str) -> frozenset[int]:
    """The code points ``family``'s regular face has a glyph for."""
    from reportlab.pdfbase import pdfmetrics

    regular, _ = faces(family)
    return frozenset(pdfmetrics.getFont(regular).face.charToGlyph)
