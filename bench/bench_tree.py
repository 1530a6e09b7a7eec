"""The tenant tree on the 100,000-company demo database (SQLite, offscreen Qt).

Figures: the window showing the hoster and its resellers; expanding the
biggest reseller until its first rows are in; search (the service call, for
a common word, a code, an email prefix and a miss that scans everything);
jumping to a company deep inside the biggest reseller (search hit to selected
row, paging the siblings up to it).
"""
from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services import directory  # noqa: E402
from app.services.tenant_view import SearchHit  # noqa: E402
from app.storage.engine import make_engine, unit_of_work  # noqa: E402
from bench.demo_db import TODAY, demo_db  # noqa: E402
from bench.report import figure  # noqa: E402
from ui.app_shell import MainWindow  # noqa: E402
from ui.worker import Worker  # noqa: E402

COMPANIES = 100_000


def wait_until(app: QApplication, condition, timeout: float = 30.0) -> float:
    """Process events (sleeping only until the next one arrives) until ``condition()``; the seconds it took."""
    start = time.perf_counter()
    loop = QEventLoop()
    tick = QTimer(interval=20)  # wakes the loop so the timeout is checked
    tick.start()
    while not condition():
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the tree did not answer in time")
    tick.stop()
    return time.perf_counter() - start


def main() -> int:
    path = demo_db(COMPANIES)
    QLocale.setDefault(QLocale("en_GB"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = make_engine(f"sqlite:///{path}")
    worker = Worker(engine)

    start = time.perf_counter()
    window = MainWindow(worker, str(path), today=TODAY)
    window.show()
    window.start()
    model, tree = window.browser.model, window.browser.tree
    wait_until(app, lambda: model.rowCount() == 1 and model.rowCount(model.index(0, 0)) > 0
               and tree.isExpanded(model.index(0, 0)))
    app.processEvents()
    figure("window shown with hoster and resellers", time.perf_counter() - start, "s", 1.0)

    hoster = model.index(0, 0)
    rows = [model.index(r, 0, hoster) for r in range(model.rowCount(hoster))]
    biggest = max(rows, key=lambda i: i.internalPointer().count or 0)
    size = biggest.internalPointer().count
    start = time.perf_counter()
    tree.expand(biggest)
    wait_until(app, lambda: model.rowCount(biggest) > 0)
    app.processEvents()
    figure(f"expand the biggest reseller ({size:,} companies): first rows", (time.perf_counter() - start) * 1000,
           "ms", 100)

    with unit_of_work(engine) as s:
        deep = directory.children(s, biggest.internalPointer().ref, size * 5 // 6, 1)[0]
        user_email = directory.children(s, deep.ref, 0, 1)
    prefix = (user_email[0].code.split("@")[0] + "@") if user_email else "anna."
    for label, text in (("a common word", "gmbh"), ("a company code", deep.code), ("an email prefix", prefix),
                        ("no match (scans all)", "qqzzxx")):
        best = None
        for _ in range(3):
            t = time.perf_counter()
            with unit_of_work(engine) as s:
                hits = directory.search(s, text)
            took = time.perf_counter() - t
            best = took if best is None else min(best, took)
        figure(f"search, {label} ({len(hits)} hits)", best * 1000, "ms", 200)

    hit = SearchHit(deep.ref, deep.name, deep.code)
    start = time.perf_counter()
    window.browser.show_hit(hit)
    wait_until(app, lambda: tree.currentIndex().isValid() and tree.currentIndex().data() == deep.name
               and tree.currentIndex().parent() == biggest)
    app.processEvents()
    row = tree.currentIndex().row()
    figure(f"jump to a search hit at row {row:,} of that reseller", (time.perf_counter() - start) * 1000, "ms", 1000)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
