"""PDF pages on screen: rasterised with PDFium (pypdfium2) off the GUI thread, shown one under another.

QtPdf is in PySide6-Addons, which Prorata does not install (some 200 MB for one widget); pypdfium2 is the
same PDFium engine QtPdf wraps, so the preview shows exactly what a PDF viewer shows. ``page_images`` runs
on any thread (PDFium itself is not thread-safe: one lock serialises it); ``LatestOnly`` runs the newest
of a stream of jobs on one background thread and drops results that a newer request made stale;
``PageView`` shows the images.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_PAGES = 20
_PDFIUM = threading.Lock()


def page_images(pdf: bytes, width_px: int, max_pages: int = MAX_PAGES) -> list[QImage]:
    """The first ``max_pages`` pages of ``pdf``, each ``width_px`` wide. Any thread; never touches widgets."""
    import pypdfium2 as pdfium

    out = []
    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            for i in range(min(len(doc), max_pages)):
                page = doc[i]
                scale = max(0.2, width_px / page.get_width())
                img = page.render(scale=scale).to_pil().convert("RGB")
                page.close()
                data = img.tobytes()
                out.append(QImage(data, img.width, img.height, 3 * img.width, QImage.Format.Format_RGB888).copy())
        finally:
            doc.close()
    return out


class LatestOnly(QObject):
    """Runs jobs on one background thread, newest first: a job asked for while another runs waits, and is
    replaced by any newer one; a result is delivered only if no newer job was asked for since (stale renders
    are dropped). Callbacks run on the GUI thread."""

    sig_finished = Signal(int, object, object)
    """A job ended: (generation, result, error or None)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prorata-render")
        self._generation = 0
        self._pending: tuple | None = None
        self._running = False
        self._closed = False
        self.sig_finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    @property
    def generation(self) -> int:
        return self._generation

    def busy(self) -> bool:
        return self._running or self._pending is not None

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[Exception], None] | None = None) -> int:
        """Queue ``fn()`` (run on the background thread); returns its generation."""
        self._generation += 1
        self._pending = (self._generation, fn, on_done, on_error)
        if not self._running:
            self._start()
        return self._generation

    def _start(self) -> None:
        if self._closed or self._pending is None:
            return
        job, self._pending = self._pending, None
        self._running = True
        self._callbacks = job[2:]
        self._pool.submit(self._run, job[0], job[1])

    def _run(self, generation: int, fn: Callable[[], Any]) -> None:
        """Runs on the background thread."""
        try:
            result, error = fn(), None
        except Exception as exc:  # shown by the caller in words; the thread lives on
            result, error = None, exc
        if not self._closed:
            self.sig_finished.emit(generation, result, error)

    @Slot(int, object, object)
    def _finished(self, generation: int, result, error) -> None:
        self._running = False
        on_done, on_error = self._callbacks
        if generation == self._generation:
            if error is None:
                on_done(result)
            elif on_error is not None:
                on_error(error)
        self._start()

    def close(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)


class PageView(QScrollArea):
    """Pages as images on a grey desk, one under another, each with a thin edge; sized to show a whole page
    (``whole_page``) or to fill the width."""

    sig_resized = Signal()
    """The view's size changed: pages should be rasterised again for it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.whole_page = True
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        desk = QWidget()
        desk.setObjectName("desk")
        desk.setStyleSheet("#desk { background: #8a9099; }")
        self._column = QVBoxLayout(desk)
        self._column.setContentsMargins(16, 16, 16, 16)
        self._column.setSpacing(16)
        self._column.addStretch(1)
        self.setWidget(desk)
        self._labels: list[QLabel] = []
        self.images: list[QImage] = []

    def page_width(self, aspect: float = 210 / 297) -> int:
        """The width a page image should have (``aspect``: the page's width over its height): the whole page
        in view, or the view's width (less the desk's margins and a scroll bar)."""
        width = self.width() - 32 - self.verticalScrollBar().sizeHint().width()
        if self.whole_page:
            width = min(width, int((self.height() - 40) * aspect))
        return max(200, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().isValid() and event.oldSize() != event.size():
            self.sig_resized.emit()

    def set_images(self, images: list[QImage]) -> None:
        self.images = list(images)
        while len(self._labels) > len(images):
            self._labels.pop().deleteLater()
        while len(self._labels) < len(images):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setStyleSheet("border: 1px solid #5d636b; background: white;")
            self._column.insertWidget(len(self._labels), label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        for label, image in zip(self._labels, images):
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(image.width() + 2, image.height() + 2)

    def clear(self) -> None:
        self.set_images([])
