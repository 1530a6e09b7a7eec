"""A print batch's PDF straight to a printer: each page rasterised by PDFium and painted onto a ``QPrinter``.

QtPdf's ``QPdfDocument`` is in PySide6-Addons, which Prorata does not install; pypdfium2 is the PDFium engine
QtPdf wraps (ui/designer/pdf_pages.py), so the sheets are what a PDF viewer would print. ``print_pdf`` runs on
any thread (QPainter may paint on a QPrinter outside the GUI thread; PDFium is serialised by the preview's
lock) and takes a progress callback and a ``cancelled()`` check like every long job of the window.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

DPI = 300  # enough for text on paper; a printer's 1200 dpi would make 140 MB images of an A4 page
_FORMATS = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBA8888}


@dataclass(frozen=True)
class Printed:
    """What reached the printer: ``pages`` painted, of ``total`` asked for; ``opened`` False when the printer
    could not be opened (nothing was printed); ``cancelled`` when the clerk stopped it (the job is aborted)."""

    pages: int
    total: int
    opened: bool = True
    cancelled: bool = False


def page_size_of(path: Path) -> QPageSize | None:
    """The size of the PDF's first page, to offer it as the printer's paper (None for an empty file)."""
    import pypdfium2 as pdfium

    from ui.designer.pdf_pages import _PDFIUM

    with _PDFIUM:
        doc = pdfium.PdfDocument(str(path))
        try:
            if len(doc) == 0:
                return None
            width, height = doc[0].get_size()
        finally:
            doc.close()
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def prepare(printer: QPrinter, path: Path, title: str) -> None:
    """Set ``printer`` up for the batch before the print dialog shows it: the batch's paper, portrait, both
    sides (the batch has blank pages so that every invoice starts on a new sheet), the whole sheet."""
    size = page_size_of(path)
    if size is not None:
        printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    printer.setFullPage(True)
    printer.setDocName(title)


def print_pdf(path: Path, printer: QPrinter, progress: Callable[[int, int, str], None],
              cancelled: Callable[[], bool]) -> Printed:
    """Paint the pages of the PDF at ``path`` (all, or the range chosen in the print dialog) onto ``printer``,
    each fitted to the sheet. Any thread; never touches widgets."""
    import pypdfium2 as pdfium

    from ui.designer.pdf_pages import _PDFIUM

    with _PDFIUM:
        doc = pdfium.PdfDocument(str(path))
    try:
        count = len(doc)
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        total = max(0, last - first + 1)
        painter = QPainter()
        if not painter.begin(printer):
            return Printed(0, total, opened=False)
        done = 0
        try:
            dpi = min(DPI, printer.resolution())
            for number in range(first, last + 1):
                if cancelled():
                    printer.abort()
                    return Printed(done, total, cancelled=True)
                if done:
                    printer.newPage()
                with _PDFIUM:
                    page = doc[number - 1]
                    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, as QImage reads it
                    page.close()
                data = bytes(bitmap.buffer)
                picture = QImage(data, bitmap.width, bitmap.height, bitmap.stride, _FORMATS[bitmap.n_channels])
                painter.drawImage(_fitted(painter, picture), picture)
                done += 1
                progress(done, total, "")
        finally:
            painter.end()
        return Printed(done, total)
    finally:
        with _PDFIUM:
            doc.close()


def _fitted(painter: QPainter, image: QImage) -> QRectF:
    """The largest rectangle of the image's shape centred on the painter's sheet."""
    area = QRectF(painter.viewport())
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height)
