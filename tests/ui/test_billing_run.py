"""The billing run dialog: preview writes nothing, the run bills with progress, a rerun bills nothing."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from ui.billing import BillingRunDialog


def table(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def invoice_count(engine) -> int:
    with unit_of_work(engine) as s:
        return len(invoices.list_invoices(s))


@pytest.fixture(autouse=True)
def questions(monkeypatch):
    """The clerk's answer to "run billing?": yes, unless a test says otherwise; the questions asked."""
    class Asked(list):
        answer = {"yes": True}
    asked = Asked()
    answer = asked.answer

    def ask(self, question):
        asked.append(question)
        return answer["yes"]
    monkeypatch.setattr(BillingRunDialog, "ask", ask)
    return asked


@pytest.fixture
def dialog(qtbot, worker, sqlite_db):
    w = build(sqlite_db)
    add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    d = BillingRunDialog(worker, today=date(2026, 3, 20))
    qtbot.addWidget(d)
    d.show()
    return d


def finished(d):
    return lambda: not d.busy() and d.report is not None


def test_preview_lists_companies_and_totals_without_writing(qtbot, qtmodeltester, dialog, sqlite_db):
    d = dialog
    assert d.as_of_date() == date(2026, 3, 20)
    d.preview_button.click()
    qtbot.waitUntil(finished(d), timeout=10000)
    assert d.report.dry_run
    # Contoso without its own price: Jan 15 mailbox 6.00 + 19 % = 7.14; Feb 15 97.81 + 18.58 = 116.39;
    # Mar 15 6.00 + 19.71 - 30.00 = -4.29, tax -0.82: a credit note of -5.11.
    # The hoster invoices acme its cost (tax 20 %): Feb 1 3.50 -> 4.20; Mar 1 31.37 -> 37.64.
    qtbot.waitUntil(lambda: d.model.index(0, 0).data() == "C1 (c1)", timeout=5000)
    assert table(d.model) == [
        ["C1 (c1)", "15/01/2026", "Will be invoiced", "€7.14", "Invoice", ""],
        ["Reseller Acme Cloud GmbH (acme)", "01/02/2026", "Will be invoiced", "€4.20", "Wholesale invoice", ""],
        ["C1 (c1)", "15/02/2026", "Will be invoiced", "€116.39", "Invoice", ""],
        ["Reseller Acme Cloud GmbH (acme)", "01/03/2026", "Will be invoiced", "€37.64", "Wholesale invoice", ""],
        ["C1 (c1)", "15/03/2026", "Will be invoiced", "-€5.11", "Credit note", ""],
    ]
    assert "2 invoice(s) or statement(s) to resellers." in d.summary.text()
    assert d.summary.text().startswith("Preview up to 20/03/2026: 3 invoice(s) would be written, "
                                       "totalling €118.42.")
    assert d.progress_label.text() == "Preview finished: nothing was written."
    assert invoice_count(sqlite_db) == 0
    qtmodeltester.check(d.model)


def test_run_bills_with_progress_and_a_second_run_bills_nothing(qtbot, dialog, sqlite_db):
    d = dialog
    seen = []
    d.progress.valueChanged.connect(lambda v: seen.append((v, d.progress.maximum())))
    changed = []
    d.sig_invoices_changed.connect(lambda: changed.append(True))
    d.issue_box.setChecked(True)
    d.run_button.click()
    assert not d.run_button.isEnabled() and d.cancel_button.isEnabled()
    qtbot.waitUntil(finished(d), timeout=10000)
    assert not d.report.dry_run
    assert d.progress.value() == d.progress.maximum() > 0
    assert seen[-1][0] == seen[-1][1]  # 100 %
    assert [o.outcome for o in d.report.outcomes] == ["billed", "billed", "billed"]
    assert d.summary.text().startswith("Billed up to 20/03/2026: 3 invoice(s) written, totalling €118.42.")
    assert changed == [True]
    with unit_of_work(sqlite_db) as s:
        rows = invoices.list_invoices(s, invoices.Filters(customer="c1"))
    assert sorted(r["total"] for r in rows) == ["-5.11", "116.39", "7.14"]
    assert all(r["number"] for r in rows)
    # The Mar 15 credit note gives back Mar 1-14 of the SharePoint sites the Feb 15 invoice billed in advance:
    # it pays that invoice first (app/payments/allocation.py ``settle_corrected``): 116.39 - 5.11 = 111.28 open.
    assert sorted((r["total"], r["status"]) for r in rows) == [("-5.11", "issued"), ("116.39", "partially_paid"),
                                                               ("7.14", "issued")]
    before = invoice_count(sqlite_db)

    d.report = None
    d.run_button.click()
    qtbot.waitUntil(finished(d), timeout=10000)
    assert d.report.outcomes == [] and d.report.reseller_invoices == 0
    assert d.model.rowCount() == 0
    assert d.summary.text() == "Nothing is due up to 20/03/2026: every billing date is already billed."
    assert invoice_count(sqlite_db) == before


def test_cancel_before_the_first_batch_bills_nothing(qtbot, dialog, sqlite_db, worker):
    d = dialog
    # Hold the worker with a queued task so Cancel lands before the run starts its first batch.
    import threading
    gate = threading.Event()
    worker.run(lambda s: gate.wait(5))
    d.run_button.click()
    d.cancel_button.click()
    assert not d.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(finished(d), timeout=10000)
    assert d.report.cancelled and d.report.outcomes == []
    assert "Cancelled" in d.summary.text()
    assert invoice_count(sqlite_db) == 0


def test_a_run_asks_first_with_the_previews_counts_and_no_writes_nothing(qtbot, dialog, sqlite_db, questions):
    d = dialog
    assert d.preview_button.isDefault() and not d.run_button.isDefault()
    questions.answer["yes"] = False
    d.run_button.click()
    assert questions[-1].startswith("You have not previewed this run. Bill every company up to 20/03/2026 now?")
    assert questions[-1].endswith("The invoices will be drafts: you can check them and issue them later.")
    assert not d.busy() and d.report is None and invoice_count(sqlite_db) == 0

    d.preview_button.click()
    qtbot.waitUntil(finished(d), timeout=10000)
    assert d.run_button.isDefault() and not d.preview_button.isDefault()
    d.issue_box.setChecked(True)  # no longer the run that was previewed
    assert d.preview_button.isDefault() and not d.run_button.isDefault()
    d.issue_box.setChecked(False)
    assert d.run_button.isDefault()
    d.run_button.click()
    # c1's three invoices total 116.39 + 7.14 - 5.11 = 118.42 (see the run test above).
    assert questions[-1].startswith("Write 3 invoice(s) up to 20/03/2026, totalling €118.42, as the preview showed?")
    assert invoice_count(sqlite_db) == 0  # answered no

    questions.answer["yes"] = True
    d.run_button.click()
    qtbot.waitUntil(lambda: not d.busy() and d.report is not None and not d.report.dry_run, timeout=10000)
    assert invoice_count(sqlite_db) == 5  # c1's three and acme's two wholesale invoices
    assert d.preview_button.isDefault()  # the next run is a new one: preview it first


def test_as_of_date_is_used(qtbot, dialog):
    d = dialog
    d.as_of.setDate(QDate(2026, 2, 1))
    d.preview_button.click()
    qtbot.waitUntil(finished(d), timeout=10000)
    assert [(o.boundary, o.total) for o in d.report.outcomes] == [(date(2026, 1, 15), "7.14")]


def test_the_shell_runs_billing_from_its_menu_and_the_invoices_tab_reads_again(qtbot, worker, sqlite_db):
    from ui.app_shell import MainWindow
    w = build(sqlite_db)
    add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    win = MainWindow(worker, "sqlite:///test.db", today=date(2026, 3, 20))
    qtbot.addWidget(win)
    win.show()
    win.start()
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == ["&Tenants", "C&atalogue", "&Prices",
                                                                     "I&nvoices", "Pa&yments"]
    assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Edit", "&Billing", "&Help"]
    win.tabs.setCurrentWidget(win.invoices)
    qtbot.waitUntil(lambda: win.invoices.model.complete() and not win.invoices.model.loading(), timeout=5000)
    assert win.invoices.model.rowCount() == 0
    win.run_billing_action.trigger()
    d = win.billing_dialog
    assert d.isVisible() and d.windowTitle() == "Run billing"
    d.run_button.click()
    qtbot.waitUntil(finished(d), timeout=10000)
    # c1's three invoices and acme's two wholesale invoices (Feb 1, Mar 1).
    qtbot.waitUntil(lambda: win.invoices.model.rowCount() == 5, timeout=5000)
    d.close()
    win.tabs.setCurrentWidget(win.prices)
    qtbot.waitUntil(lambda: win.prices.model.rowCount() == 3, timeout=5000)


def test_an_issuing_run_stores_every_issued_invoices_pdf_as_a_phase_with_progress(qtbot, dialog, sqlite_db):
    from sqlalchemy import select

    from app.models import Invoice, InvoiceDocument

    d = dialog
    phases = []
    d.progress.valueChanged.connect(lambda v: phases.append(d.progress_label.text()))
    d.issue_box.setChecked(True)
    d.run_button.click()
    qtbot.waitUntil(finished(d), timeout=20000)
    with unit_of_work(sqlite_db) as s:
        issued = set(s.scalars(select(Invoice.id).where(Invoice.number.is_not(None))))  # one partly paid
        stored = set(s.scalars(select(InvoiceDocument.invoice_id)))
    # c1's three invoices and the two wholesale invoices to acme: each has its PDF, stored as issued.
    assert len(issued) == 5 and stored == issued
    assert "5 PDF(s) stored as issued." in d.summary.text()
    assert any(t.startswith("Storing the PDFs of the issued invoices:") for t in phases)
    d.grab().save("/tmp/h/shots/billing_run_pdfs.png")


def test_a_long_note_is_read_whole_under_the_table_and_the_customer_column_leaves_it_room(qtbot, worker, sqlite_db,
                                                                                           monkeypatch):
    from app.billing.run import CompanyOutcome, RunReport
    from app.errors import Problem
    from app.services import billing_view

    names = {"c1": "A customer with a very long name indeed, longer than any column should be", "c2": "Gamma"}
    monkeypatch.setattr(billing_view, "names_for", lambda s, codes: {c: names[c] for c in codes})
    d = BillingRunDialog(worker, today=date(2026, 12, 1))
    qtbot.addWidget(d)
    d.resize(900, 560)
    d.show()
    report = RunReport(date(2026, 12, 1), True)
    waits = Problem("run_earlier_boundary_open", params={"boundary": "2026-11-01"})
    report.outcomes = [CompanyOutcome("c1", date(2026, 12, 1), "billed", "EUR", "7.14", "invoice"),
                       CompanyOutcome("c2", date(2026, 12, 1), "skipped", problems=(waits,))]
    d._mode = "preview"
    d._done(report)  # looks the names up on the worker
    qtbot.waitUntil(lambda: d.model.index(1, 0).data() == "Gamma (c2)", timeout=5000)
    header = d.view.horizontalHeader()
    assert header.sectionSize(0) <= d.view.viewport().width() // 3 + 1
    # The note takes the rest of the row: the table needs no sideways scrolling to show where it starts.
    assert header.sectionViewportPosition(5) + 80 <= d.view.viewport().width()
    assert d.note.isHidden()
    row = next(r for r in range(d.model.rowCount()) if d.model.index(r, 5).data())
    d.view.selectRow(row)
    assert d.note.isVisible()
    assert d.note.text() == ("Gamma (c2): waits for its bill of 2026-11-01, which this run could not make (above): "
                             "once that is resolved, the next run bills both")
    d.view.selectRow(1 - row)
    assert d.note.isHidden()
