"""The invoice designer's preview (offscreen Qt, a fresh SQLite database with one hoster).

Figures: rendering the one-page sample invoice to PDF (ReportLab) and rasterising its page (PDFium), warm;
and end to end in the designer, from an edit (a new accent colour, as the colour dialog gives it) to the
new page on screen, through the debounce, the render thread and the queued signal back. Target: the page
follows an edit within 300 ms.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLocale, QTimer  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.documents import template as templates  # noqa: E402
from app.documents.render import render  # noqa: E402
from app.documents.sample import sample_content  # noqa: E402
from app.models import Hoster  # noqa: E402
from app.storage import schema  # noqa: E402
from app.storage.engine import make_engine, unit_of_work  # noqa: E402
from bench.report import figure  # noqa: E402
from ui.designer import InvoiceDesigner  # noqa: E402
from ui.designer.pdf_pages import page_images  # noqa: E402
from ui.worker import Worker  # noqa: E402

EDITS = 20
COLOURS = ("#C0392B", "#1F4E79", "#117A65", "#6C3483")


def wait_until(condition, timeout: float = 10.0) -> None:
    start = time.perf_counter()
    loop = QEventLoop()
    tick = QTimer(interval=5)
    tick.start()
    while not condition():
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the preview did not answer in time")
    tick.stop()


def main() -> int:
    QLocale.setDefault(QLocale("en_GB"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    content, t = sample_content("de_DE", "EUR"), templates.builtin()
    for _ in range(3):
        page_images(render(content, t), 600)
    times = []
    for _ in range(EDITS):
        start = time.perf_counter()
        page_images(render(content, t), 600)
        times.append((time.perf_counter() - start) * 1000)
    figure("render + rasterise the one-page sample (median)", statistics.median(times), "ms", 150)

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'designer.db'}")
        schema.upgrade(engine)
        with unit_of_work(engine) as s:
            s.add(Hoster(name="Northwind Hosting"))
        worker = Worker(engine)
        designer = InvoiceDesigner(worker)
        designer.confirm_discard = lambda: True
        designer.resize(1280, 800)
        designer.show()
        designer.load()
        wait_until(lambda: designer.preview.renders >= 1)
        preview = designer.preview
        preview.latencies_ms.clear()
        for i in range(EDITS):
            before = preview.renders
            designer.settings.set_accent_colour(QColor(COLOURS[i % len(COLOURS)]))
            wait_until(lambda: preview.renders > before)
            app.processEvents()
        figure("edit to page on screen in the designer (median)", statistics.median(preview.latencies_ms), "ms", 300)
        figure("edit to page on screen in the designer (slowest)", max(preview.latencies_ms), "ms", 300)
        preview.close_renderer()
        designer.deleteLater()
        worker.close()
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
