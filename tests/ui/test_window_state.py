"""The window as the clerk left it (size, splitters, tab, open tree nodes), the invoice list's columns
fitted after a run, and quitting during a billing preview: asked, then stopped within a second."""
from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from app.billing.run import RunReport
from app.services.tenant_view import HOSTER_REF, NodeKind, NodeRef
from tests.ui.conftest import TODAY
from ui.app_shell import MainWindow
from ui.billing import run_dialog
from ui.tenants.tree_model import REF_ROLE
from ui.worker import Worker

SHOTS = "/tmp/h/shots"


@pytest.fixture
def settings(tmp_path):
    """QSettings in a temporary folder: a test never reads or writes the user's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()
    yield
    QSettings().clear()
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def opened(qtbot, engine, **kw) -> MainWindow:
    w = MainWindow(Worker(engine), "sqlite:///test.db", today=TODAY, **kw)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.detail.current() == HOSTER_REF, timeout=5000)
    return w


def test_the_window_opens_as_it_was_left(qtbot, world, sqlite_db, settings):
    acme = NodeRef(NodeKind.RESELLER, world.acme)
    contoso = NodeRef(NodeKind.COMPANY, world.contoso)
    w = opened(qtbot, sqlite_db, remember=True)
    w.resize(800, 540)  # the offscreen screen is 800 x 600: restoreGeometry keeps a window on it
    w.browser.setSizes([450, 330])
    for ref in (acme, contoso):
        w.browser.show_ref(ref)
        qtbot.waitUntil(lambda: w.browser.tree.currentIndex().data(REF_ROLE) == ref, timeout=5000)
        w.browser.tree.expand(w.browser.tree.currentIndex())
    w.tabs.setCurrentWidget(w.invoices)
    qtbot.waitUntil(lambda: w.invoices.splitter.sizes()[0] > 0, timeout=2000)
    opened_with = w.invoices.splitter.sizes()
    w.invoices.splitter.setSizes([100, sum(opened_with) - 100])
    sizes = w.invoices.splitter.sizes()
    assert sizes != opened_with and sizes[0] < sizes[1]
    assert w.browser.expanded_refs() == [HOSTER_REF, acme, contoso]
    w.close()
    assert QSettings().value("window/expanded") == ["hoster", f"reseller:{acme.id}", f"company:{contoso.id}"]

    again = opened(qtbot, sqlite_db, remember=True)
    assert (again.width(), again.height()) == (800, 540)
    assert again.tabs.currentWidget() is again.invoices
    qtbot.waitUntil(lambda: again.invoices.splitter.sizes() == sizes, timeout=2000)
    qtbot.waitUntil(lambda: again.browser.expanded_refs() == [HOSTER_REF, acme, contoso], timeout=5000)
    again.close()


def test_a_window_not_asked_to_remember_keeps_nothing(qtbot, world, sqlite_db, settings):
    w = opened(qtbot, sqlite_db)
    w.tabs.setCurrentWidget(w.invoices)
    w.close()
    assert QSettings().allKeys() == []


def test_quitting_during_a_preview_asks_then_stops_within_a_second(qtbot, world, sqlite_db, monkeypatch):
    seen = {"cancelled": False, "started": False}

    def slow_run(engine, as_of, *, issue, dry_run, progress, cancelled):
        """A preview of a big database: many batches, each checking ``cancelled`` as run_billing does."""
        seen["started"] = True
        for i in range(3000):
            if cancelled():
                seen["cancelled"] = True
                return RunReport(as_of=as_of, dry_run=dry_run, cancelled=True)
            progress(i, 3000, "")
            time.sleep(0.01)
        return RunReport(as_of=as_of, dry_run=dry_run)
    monkeypatch.setattr(run_dialog, "run_billing", slow_run)
    answers = []
    w = opened(qtbot, sqlite_db)
    monkeypatch.setattr(w, "ask_quit_during_run", lambda mode: answers.append(mode) or len(answers) > 1)
    d = w.open_billing_run()
    d.preview_button.click()
    qtbot.waitUntil(lambda: seen["started"], timeout=5000)

    w.close()  # the clerk says no: the window stays, the preview goes on
    assert answers == ["preview"] and w.isVisible() and d.busy()

    started = time.monotonic()
    w.close()  # yes
    took = time.monotonic() - started
    assert answers == ["preview", "preview"] and not w.isVisible()
    assert seen["cancelled"] and took < 1.0


def test_invoice_columns_fit_again_after_a_run(qtbot, worker, sqlite_db):
    from tests.billing_world import CONTOSO_EVENTS, add_company, build
    from ui.invoices import InvoiceBrowser
    from app.billing.run import run_billing

    w = build(sqlite_db)
    add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    b = InvoiceBrowser(worker, today=date(2026, 2, 1))
    qtbot.addWidget(b)
    b.resize(1200, 600)
    b.show()
    run_billing(sqlite_db, date(2026, 1, 20))
    b.load()
    qtbot.waitUntil(lambda: b.model.rowCount() == 1, timeout=5000)
    header = b.list_view.horizontalHeader()
    first = [header.sectionSize(c) for c in range(b.model.columnCount())]
    add_company(sqlite_db, w, "a-company-with-a-much-longer-code", reseller=None, events=CONTOSO_EVENTS)
    run_billing(sqlite_db, date(2026, 3, 20))
    b.refresh(None)
    qtbot.waitUntil(lambda: b.model.rowCount() > 1, timeout=5000)
    after = [header.sectionSize(c) for c in range(b.model.columnCount())]
    assert after != first  # fitted to the new rows without a restart
    b.grab().save(f"{SHOTS}/invoices_after_run.png")
