"""Live refresh: a colleague's commit (another process, or another engine) shows in the open window within 2 s,
the selection and the scroll position kept. SQLite (data_version) and PostgreSQL (LISTEN/NOTIFY)."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Company, Invoice
from app.services import invoices
from app.storage.engine import make_engine, unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from tests.tenant_world import build_world
from tests.ui.conftest import TODAY
from ui.app_shell import MainWindow
from ui.invoices.list_model import ID_ROLE
from ui.tenants.tree_model import REF_ROLE
from ui.worker import Worker


def commit_elsewhere(engine, sql: str) -> None:
    url = engine.url.render_as_string(hide_password=False)
    code = ("import sys\nfrom sqlalchemy import text\nfrom app.storage.engine import make_engine, unit_of_work\n"
            "e = make_engine(sys.argv[1])\nwith unit_of_work(e) as s:\n    s.execute(text(sys.argv[2]))\n")
    subprocess.run([sys.executable, "-c", code, url, sql], check=True, timeout=60)


def open_window(qtbot, db):
    worker = Worker(db)
    w = MainWindow(worker, "test", today=TODAY, live=True)
    qtbot.addWidget(w)
    w.resize(1000, 500)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.tree.currentIndex().isValid() and not w.browser.model.is_loading(),
                    timeout=5000)
    return w


def test_a_company_renamed_by_another_process_shows_in_the_tree_selection_and_scroll_kept(qtbot, db):
    build_world(db)
    with unit_of_work(db) as s:  # enough companies under Acme for the tree to scroll
        acme = s.scalar(select(Company.reseller_id).where(Company.code == "c1"))
        s.add_all([Company(code=f"m{i:02}", name=f"Member {i:02}", reseller_id=acme, currency="EUR",
                           language="en_GB", signup=date(2026, 1, 15)) for i in range(60)])
    w = open_window(qtbot, db)
    tree, model = w.browser.tree, w.browser.model
    hoster = model.index(0, 0)
    acme_index = next(model.index(r, 0, hoster) for r in range(model.rowCount(hoster))
                      if model.index(r, 0, hoster).data().startswith("Acme Cloud"))
    tree.expand(acme_index)
    qtbot.waitUntil(lambda: model.rowCount(acme_index) == 63, timeout=5000)
    # Member 30 is row 33 under Acme (Alpha Ltd, Contoso GmbH, Member 00-59, Zeta AG by name).
    member = model.index(32, 0, acme_index)
    assert member.data() == "Member 30"
    tree.setCurrentIndex(member)
    tree.scrollTo(member)
    qtbot.waitUntil(lambda: w.browser.detail.title.text() == "Member 30", timeout=5000)
    scrolled = tree.verticalScrollBar().value()
    assert scrolled > 0
    ref = member.data(REF_ROLE)

    commit_elsewhere(db, "UPDATE companies SET name = 'Member 30 (renamed)' WHERE code = 'm30'")

    qtbot.waitUntil(lambda: tree.currentIndex().isValid() and tree.currentIndex().data() == "Member 30 (renamed)"
                    and w.browser.detail.title.text() == "Member 30 (renamed)" and w.browser._reread is None,
                    timeout=2000)
    assert tree.currentIndex().data(REF_ROLE) == ref
    assert tree.verticalScrollBar().value() == scrolled
    assert tree.isExpanded(tree.currentIndex().parent())
    w.close()


def test_an_invoice_issued_by_a_colleague_shows_in_the_open_list(qtbot, db):
    world = build(db)
    add_company(db, world, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, world, "d1", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 15))
    w = open_window(qtbot, db)
    w.tabs.setCurrentWidget(w.invoices)
    browser = w.invoices
    qtbot.waitUntil(lambda: browser.model.rowCount() >= 2, timeout=5000)
    rows = browser.model.rowCount()
    browser.list_view.setCurrentIndex(browser.model.index(1, 0))
    chosen = browser.model.index(1, 0).data(ID_ROLE)
    assert browser.model.index(1, 6).data() == "Draft"
    colleague = make_engine(db.url.render_as_string(hide_password=False))  # a second engine: a colleague
    try:
        with unit_of_work(colleague) as s:
            issued = invoices.issue(s, chosen, date(2026, 2, 16))
            issued_number = s.get(Invoice, chosen).number
    finally:
        colleague.dispose()
    assert issued.status == "issued"

    def shown() -> bool:
        row = browser.model.row_of(chosen)
        return row >= 0 and browser.model.index(row, 6).data() == "Issued"
    qtbot.waitUntil(shown, timeout=2000)
    assert browser.model.rowCount() == rows
    assert browser.list_view.currentIndex().data(ID_ROLE) == chosen
    row = browser.model.row_of(chosen)
    assert browser.model.index(row, 0).data() == issued_number
    w.close()


def test_a_payment_recorded_by_a_colleague_shows_in_the_open_console(qtbot, db):
    from decimal import Decimal

    from app.payments import payments
    from app.services.invoices import ManualLine

    world = build(db)
    add_company(db, world, "d1", signup=date(2026, 1, 1))
    add_company(db, world, "c1", reseller="acme", signup=date(2026, 1, 1))
    for customer, amount in (("d1", "1000.00"), ("c1", "300.00")):
        with unit_of_work(db) as s:
            draft = invoices.create_manual(s, customer, "EUR", [ManualLine(
                description={"en": "Setup"}, quantity=Decimal(1), unit_price=Decimal(amount))])
            invoices.issue(s, draft.id, date(2026, 3, 1))
    w = open_window(qtbot, db)
    w.tabs.setCurrentWidget(w.payments)
    console = w.payments
    qtbot.waitUntil(lambda: console.model.rowCount() == 2 and not console.model.loading(), timeout=5000)
    row = next(r for r in range(2) if console.model.row_data(r).customer == "d1")
    console.list_view.setCurrentIndex(console.model.index(row, 0))
    qtbot.waitUntil(lambda: console.panel.account_id() is not None, timeout=5000)
    account = console.panel.account_id()
    before = console.model.row_data(row).balance
    assert before == Decimal("1000.00")  # the one invoice, nothing paid
    colleague = make_engine(db.url.render_as_string(hide_password=False))
    try:
        with unit_of_work(colleague) as s:
            payments.record(s, "d1", "250.00", "EUR", "bank_transfer", date(2026, 3, 5), "TRX-1")
    finally:
        colleague.dispose()

    def shown() -> bool:
        r = next((r for r in range(console.model.rowCount()) if console.model.row_data(r).customer == "d1"), None)
        return r is not None and console.model.row_data(r).balance == Decimal("750.00")
    qtbot.waitUntil(shown, timeout=2000)
    assert console.panel.account_id() == account
    assert console.list_view.currentIndex().isValid()
    assert console.model.row_data(console.list_view.currentIndex().row()).customer == "d1"
    w.close()
