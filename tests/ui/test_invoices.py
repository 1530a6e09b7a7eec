"""The invoices screen: filters, paging, an invoice's proration lines, and the lifecycle actions."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFormLayout

from app.billing.run import run_billing
from app.errors import ProrataError
from app.services import invoices
from app.services.invoices import Filters, ManualLine
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from ui.invoices import InvoiceBrowser, invoice_view
from ui.invoices.list_model import InvoiceListModel

TODAY = date(2026, 3, 20)


def table(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def billed(sqlite_db):
    """Contoso (c1, acme, no company price) and d1 (direct, archiving) billed as drafts up to Mar 20."""
    w = build(sqlite_db)
    add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(sqlite_db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(sqlite_db, TODAY)
    return w


@pytest.fixture
def confirmations(monkeypatch):
    """Every confirmation question is answered yes; the questions are kept."""
    asked = []

    def yes(parent, title, text):
        asked.append(text)
        return True
    monkeypatch.setattr(invoice_view, "confirm", yes)
    return asked


@pytest.fixture
def browser(qtbot, worker, billed):
    b = InvoiceBrowser(worker, today=TODAY)
    qtbot.addWidget(b)
    b.resize(1400, 700)
    b.show()
    b.load()
    qtbot.waitUntil(lambda: b.model.rowCount() == 7 and b.model.complete(), timeout=5000)
    return b


def open_invoice(qtbot, b, label):
    row = next(r for r in range(b.model.rowCount()) if b.model.index(r, 0).data() == label)
    b.list_view.setCurrentIndex(b.model.index(row, 0))
    qtbot.waitUntil(lambda: b.view.data() is not None and b.view.data()["id"] == b.model.row_data(row)["id"],
                    timeout=5000)
    return b.view


def header_fields(view) -> dict:
    """The header's fields by their labels."""
    role = QFormLayout.ItemRole
    return {form.itemAt(i, role.LabelRole).widget().text(): form.itemAt(i, role.FieldRole).widget()
            for form in view.forms for i in range(form.rowCount())}


def test_the_list_and_its_status_filter(qtbot, qtmodeltester, browser):
    b = browser
    assert table(b.model)[:3] == [
        ["Draft #7", "Credit note", "C1 (c1)", "Acme Cloud GmbH", "15/03/2026", "15/03/2026 – 14/04/2026",
         "Draft", "-€5.11"],
        # acme's settlement on its billing day (the 1st) has no period of its own: its boundary.
        ["Draft #6", "Wholesale invoice", "Acme Cloud GmbH (acme)", "Northwind Hosting", "01/03/2026",
         "settled up to 01/03/2026", "Draft", "€37.64"],
        ["Draft #5", "Invoice", "D1 (d1)", "Northwind Hosting", "28/02/2026", "28/02/2026 – 30/03/2026",
         "Draft", "€24.00"],
    ]
    assert b.count_label.text() == "7 invoice(s)"
    qtmodeltester.check(b.model)
    b.filters.set_status("issued")
    qtbot.waitUntil(lambda: b.model.filters().status == "issued" and b.model.complete()
                    and not b.model.loading(), timeout=5000)
    assert b.model.rowCount() == 0 and b.count_label.text() == "0 invoice(s)"
    b.filters.set_status("draft")
    qtbot.waitUntil(lambda: b.model.rowCount() == 7, timeout=5000)


def test_customer_and_period_filters(qtbot, browser):
    b = browser
    b.filters.customer.setText("c1")
    b.filters.customer.editingFinished.emit()
    qtbot.waitUntil(lambda: b.model.filters().customer == "c1" and b.model.complete()
                    and not b.model.loading(), timeout=5000)
    assert [b.model.index(r, 0).data() for r in range(b.model.rowCount())] == ["Draft #7", "Draft #4", "Draft #1"]
    b.filters.period_from.setDate(QDate(2026, 2, 1))
    b.filters.period_to.setDate(QDate(2026, 2, 28))
    qtbot.waitUntil(lambda: b.model.filters().period_to == date(2026, 2, 28) and b.model.complete()
                    and not b.model.loading(), timeout=5000)
    assert [b.model.index(r, 0).data() for r in range(b.model.rowCount())] == ["Draft #4"]


def test_the_list_sorts_by_a_column_header_in_the_database(qtbot, browser):
    b = browser
    assert b.list_view.isSortingEnabled() and b.list_view.horizontalHeader().sortIndicatorSection() == 4
    b.list_view.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # Total
    qtbot.waitUntil(lambda: b.model.filters().sort == "total" and b.model.complete()
                    and not b.model.loading() and b.model.rowCount() == 7, timeout=5000)
    # The run up to Mar 20 wrote, in order: #1 c1 Jan 15 7.14, #2 d1 Jan 31 24.00, #3 acme Feb 1 4.20,
    # #4 c1 Feb 15 116.39, #5 d1 Feb 28 24.00, #6 acme Mar 1 37.64, #7 c1 Mar 15 -5.11.
    assert [b.model.row_data(r)["id"] for r in range(7)] == [7, 3, 1, 2, 5, 6, 4]
    b.list_view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: b.model.filters().descending and b.model.complete() and not b.model.loading()
                    and b.model.rowCount() == 7, timeout=5000)
    assert [b.model.row_data(r)["id"] for r in range(7)] == [4, 6, 5, 2, 1, 3, 7]
    b.filters.set_status("draft")  # a new filter keeps the order
    qtbot.waitUntil(lambda: b.model.filters().status == "draft" and b.model.complete()
                    and not b.model.loading(), timeout=5000)
    assert b.model.filters().sort == "total" and b.model.row_data(0)["id"] == 4


def test_the_count_says_how_many_match_while_paging_and_names_find_customers(qtbot, worker, billed):
    from ui.invoices.browser import InvoiceBrowser as Browser
    b = Browser(worker, today=TODAY)
    b.model._page = 2
    qtbot.addWidget(b)
    b.resize(900, 260)  # room for a few rows: the view stops asking for more pages
    b.show()
    b.load()
    qtbot.waitUntil(lambda: b.model.total() == 7 and not b.model.loading(), timeout=5000)
    n = b.model.rowCount()
    assert n < 7 and b.count_label.text().startswith(f"{n} of 7 invoice")
    b.filters.customer.setText("acme cloud")  # Acme Cloud GmbH, by its name
    b.filters.customer.editingFinished.emit()
    qtbot.waitUntil(lambda: b.model.filters().customer == "acme cloud" and b.model.complete()
                    and not b.model.loading(), timeout=5000)
    assert [b.model.row_data(r)["id"] for r in range(b.model.rowCount())] == [6, 3]


def test_the_invoice_pane_never_shows_an_invoice_the_filters_left_out(qtbot, browser):
    b = browser
    view = open_invoice(qtbot, b, "Draft #5")  # d1's
    assert view.invoice_id() == 5
    b.filters.customer.setText("c1")
    b.filters.customer.editingFinished.emit()
    qtbot.waitUntil(lambda: b.model.filters().customer == "c1" and b.model.complete()
                    and not b.model.loading(), timeout=5000)
    qtbot.waitUntil(lambda: view.invoice_id() is None, timeout=5000)


def test_the_list_pages_rather_than_reading_everything(qtbot, qtmodeltester, worker, billed):
    m = InvoiceListModel(worker, page_size=3)
    m.set_filters(Filters())
    qtbot.waitUntil(lambda: m.rowCount() == 3 and not m.loading(), timeout=5000)
    assert m.canFetchMore() and not m.complete()
    m.fetchMore()
    qtbot.waitUntil(lambda: m.rowCount() == 6 and not m.loading(), timeout=5000)
    m.fetchMore()
    qtbot.waitUntil(lambda: m.rowCount() == 7 and m.complete(), timeout=5000)
    assert not m.canFetchMore()
    assert [m.row_data(r)["id"] for r in range(7)] == [7, 6, 5, 4, 3, 2, 1]
    qtmodeltester.check(m)


def test_contoso_february_shows_its_proration_lines(qtbot, qtmodeltester, browser):
    view = open_invoice(qtbot, browser, "Draft #4")
    # Feb 15 without the company price: mailbox 6.00; 3 sites 36.00; sites from Feb 10: 3 x 12 x 5/31 = 5.81;
    # support call 50.00. Subtotal 97.81; 19 % tax 18.5839 -> 18.58; total 116.39.
    assert table(view.lines) == [
        ["Subscription", "Exchange Basic", "1", "€6.00", "15/02/2026 – 14/03/2026",
         "€6.00"],
        ["Subscription", "SharePoint site", "3", "€12.00", "15/02/2026 – 14/03/2026", "€36.00"],
        ["Proration", "SharePoint site", "3", "€12.00", "10/02/2026 – 14/02/2026", "€5.81"],
        ["Extra charge", "Support call", "1", "€50.00", "03/02/2026", "€50.00"],
    ]
    assert (view.subtotal.text(), view.tax.text(), view.total.text()) == ("€97.81", "€18.58", "€116.39")
    assert view.title.text() == "Invoice Draft #4" and view.subtitle.text() == "Draft"
    assert view.issue_button.isEnabled() and not view.credit_button.isEnabled()
    qtmodeltester.check(view.lines)


def test_a_settlement_shows_the_boundary_it_settled_up_to_in_the_list_and_its_header(qtbot, browser):
    """acme's wholesale invoice of 1 March (its billing day): no range of days, in the list or the header."""
    b = browser
    row = b.model.row_of(6)
    assert b.model.index(row, 5).data() == "settled up to 01/03/2026"
    tip = b.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("settled up to 01/03/2026\n") and "no earlier settlement took" in tip
    view = open_invoice(qtbot, b, "Draft #6")
    rows = header_fields(view)
    assert rows["Period:"].text() == "settled up to 01/03/2026"
    assert "no earlier settlement took" in rows["Period:"].toolTip()
    # A company's invoice keeps its days, the stored end excluded: d1's 28 Feb to 31 Mar is to 30 March.
    view = open_invoice(qtbot, b, "Draft #5")
    rows = header_fields(view)
    assert rows["Period:"].text() == "28/02/2026 – 30/03/2026" and rows["Period:"].toolTip() == ""


def test_the_list_has_the_larger_share_and_the_lines_table_fits_its_lines(qtbot, browser):
    b = browser
    listed, detail = b.splitter.sizes()
    assert listed > detail > 0
    view = open_invoice(qtbot, b, "Draft #4")  # four lines
    qtbot.waitUntil(lambda: view.lines.rowCount() == 4, timeout=5000)
    lines = view.lines_view
    row = lines.verticalHeader().defaultSectionSize()
    # Every line in sight, no empty room below the last, nothing to scroll.
    assert lines.viewport().height() == 4 * row
    assert lines.verticalScrollBar().maximum() == 0
    view = open_invoice(qtbot, b, "Draft #6")  # three lines: the table shrinks to them
    qtbot.waitUntil(lambda: lines.viewport().height() == 3 * row, timeout=5000)


def test_why_this_amount_shows_only_with_a_line_to_explain(qtbot, browser):
    from PySide6.QtCore import QItemSelectionModel

    b = browser
    view = open_invoice(qtbot, b, "Draft #4")
    assert not view.explain.isVisible()
    assert view.explain_hint.isVisible() and "Select a line" in view.explain_hint.text()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.lines_view.selectionModel().setCurrentIndex(view.lines.index(2, 0), flags)
    qtbot.waitUntil(lambda: view.explain.explanation() is not None, timeout=5000)
    assert view.explain.isVisible() and not view.explain_hint.isVisible()
    # Scrolled into the pane: the start of the explanation is in sight.
    qtbot.waitUntil(lambda: not view.explain.visibleRegion().isEmpty(), timeout=2000)
    open_invoice(qtbot, b, "Draft #5")  # another invoice: no line chosen, the panel goes again
    assert not view.explain.isVisible() and view.explain_hint.isVisible()


def test_issue_gives_a_number_and_credit_makes_a_credit_note(qtbot, browser, confirmations, sqlite_db):
    b = browser
    view = open_invoice(qtbot, b, "Draft #5")
    view.issue_button.click()
    qtbot.waitUntil(lambda: view.data() is not None and view.data()["status"] == "issued", timeout=5000)
    assert confirmations == ["Issue Draft #5 to D1 for €24.00? It gets its number and can no longer be "
                             "changed, only credited."]
    assert view.data()["number"] == "INV-2026-00001"
    assert view.title.text() == "Invoice INV-2026-00001"
    qtbot.waitUntil(lambda: b.model.index(b.model.row_of(5), 0).data() == "INV-2026-00001", timeout=5000)
    assert view.credit_button.isEnabled() and not view.edit_button.isEnabled()

    view.credit_button.click()
    qtbot.waitUntil(lambda: view.data() is not None and view.data()["kind"] == "credit_note", timeout=5000)
    note = view.data()
    assert note["number"] == "INV-2026-00002" and note["total"] == "-24.00"
    assert note["credits_number"] == "INV-2026-00001" and view.subtitle.text() == "Issued"
    with unit_of_work(sqlite_db) as s:
        assert invoices.find(s, 5).status == "void"
    # Issuing froze both documents: the invoice's PDF and the credit note's are stored, on the worker.
    from sqlalchemy import select

    from app.models import InvoiceDocument

    def stored():
        with unit_of_work(sqlite_db) as s:
            return set(s.scalars(select(InvoiceDocument.invoice_id)))
    qtbot.waitUntil(lambda: stored() == {5, note["id"]}, timeout=10000)


def test_crediting_a_paid_invoice_says_where_its_payment_went(qtbot, browser, confirmations, sqlite_db):
    # d1's only invoice, 24.00, issued and paid in cash, then credited: the 24.00 is credit, and with no other
    # open invoice to go to it stays on the account; the status message says so after the credit note.
    from app.payments import payments

    b = browser
    view = open_invoice(qtbot, b, "Draft #5")
    view.issue_button.click()
    qtbot.waitUntil(lambda: view.data() is not None and view.data()["status"] == "issued", timeout=5000)
    with unit_of_work(sqlite_db) as s:
        payments.record(s, "d1", "24.00", "EUR", "cash", TODAY, "receipt", allocate_to=["INV-2026-00001"])
    said = []
    b.sig_status.connect(said.append)
    view.show_invoice(view.data()["id"])  # as it is now: paid
    qtbot.waitUntil(lambda: view.data() is not None and view.data()["status"] == "paid", timeout=5000)
    view.credit_button.click()
    qtbot.waitUntil(lambda: any(t.startswith("Credit note") for t in said), timeout=5000)
    assert [t for t in said if t.startswith("Credit note")] == [
        "Credit note INV-2026-00002 issued. 24.00 EUR paid on INV-2026-00001 became credit and stays on the "
        "account: no other open invoice of the same collector to apply it to"]


def test_modify_credits_and_opens_a_draft_copy(qtbot, browser, confirmations):
    b = browser
    view = open_invoice(qtbot, b, "Draft #2")
    view.issue_button.click()
    qtbot.waitUntil(lambda: view.data() is not None and view.data()["status"] == "issued", timeout=5000)
    view.modify_button.click()
    qtbot.waitUntil(lambda: view.data() is not None and view.data()["status"] == "draft"
                    and view.data()["id"] not in (2,), timeout=5000)
    assert view.data()["total"] == "24.00" and view.data()["kind"] == "invoice"
    qtbot.waitUntil(lambda: b.model.rowCount() == 9, timeout=5000)


def test_delete_draft(qtbot, browser, confirmations, sqlite_db):
    b = browser
    view = open_invoice(qtbot, b, "Draft #7")
    view.delete_button.click()
    qtbot.waitUntil(lambda: b.model.rowCount() == 6 and view.data() is None, timeout=5000)
    assert confirmations and confirmations[0].startswith("Delete Draft #7?")


def test_edit_draft_and_a_manual_invoice(qtbot, browser, monkeypatch, sqlite_db):
    b = browser
    view = open_invoice(qtbot, b, "Draft #1")
    seen = []

    def edited(parent, data, lines, companies=None):
        seen.append([(ln.kind, ln.quantity, ln.unit_price, ln.tax_rate) for ln in lines])
        return [ManualLine(description={"en": "Exchange Basic"}, quantity=Decimal(2), unit_price=Decimal("6.00"),
                           tax_rate=Decimal(19), kind="recurring")]
    monkeypatch.setattr(invoice_view, "edit_lines", edited)
    view.edit_button.click()
    qtbot.waitUntil(lambda: view.data() is not None and view.data()["total"] == "14.28", timeout=5000)
    # The draft's line came to the editor with its kind and acme's 19 % tax; 2 x 6.00 + 19 % = 14.28.
    assert seen == [[("recurring", Decimal("1"), Decimal("6.00"), Decimal("19"))]]

    b.create_manual("d1", "EUR", [ManualLine(description={"en": "Migration work"}, quantity=Decimal("1.5"),
                                             unit_price=Decimal("80.00"), tax_rate=Decimal(20))])
    qtbot.waitUntil(lambda: view.data() is not None and view.data()["lines"][0]["description"]
                    == "Migration work", timeout=5000)
    assert (view.subtotal.text(), view.tax.text(), view.total.text()) == ("€120.00", "€24.00", "€144.00")


def test_lines_dialog_keeps_a_prorated_amount_and_its_share_of_the_period(qtbot):
    from ui.invoices.manual_dialog import InvoiceLinesDialog

    proration = ManualLine(description={"en": "SharePoint site"}, quantity=Decimal(3), unit_price=Decimal("12.00"),
                           tax_rate=Decimal(19), kind="proration", plan_id=2, amount=Decimal("5.81"),
                           start=date(2026, 2, 10), end=date(2026, 2, 15), share=Fraction(5, 31))
    dialog = InvoiceLinesDialog(currency="EUR", lines=[proration], customer_choice=False)
    qtbot.addWidget(dialog)
    amount = dialog.table.item(0, 4)
    assert amount.text() == "5.81"  # 3 x 12.00 x 5/31 days, as the engine billed it
    assert dialog.lines() == [proration]

    dialog.table.item(0, 1).setText("2")
    # Still 5 of the 31 days, as the save bills it: 2 x 12.00 x 5/31 = 120/31 = 3.8709... -> 3.87.
    assert amount.text() == "3.87"
    (line,) = dialog.lines()
    assert (line.quantity, line.amount, line.start, line.end, line.kind) == (
        Decimal(2), None, date(2026, 2, 10), date(2026, 2, 15), "proration")

    dialog.table.item(0, 1).setText("3")  # back as it came: the engine's amount again
    assert amount.text() == "5.81" and dialog.lines() == [proration]


def test_a_give_back_the_run_wrote_is_kept_and_a_minus_typed_is_refused(qtbot):
    # A reviewer's case: a run's draft with a give-back (-1 site from 25 February, -12.00 x 18/28 = -7.71) could
    # not be saved at all: its own quantity -1 was refused. Kept as it came, it is the billed line; a person
    # typing a minus on a line of their own is still told a quantity cannot be negative.
    from ui.invoices.manual_dialog import InvoiceLinesDialog

    give_back = ManualLine(description={"en": "SharePoint site"}, quantity=Decimal(-1), unit_price=Decimal("12.00"),
                           tax_rate=Decimal(19), kind="proration", plan_id=2, amount=Decimal("-7.71"),
                           start=date(2026, 2, 25), end=date(2026, 3, 15), share=Fraction(18, 28))
    dialog = InvoiceLinesDialog(currency="EUR", lines=[give_back], customer_choice=False)
    qtbot.addWidget(dialog)
    assert dialog.lines() == [give_back]
    dialog.add_line()
    dialog.table.item(1, 0).setText("Goodwill")
    dialog.table.item(1, 1).setText("-1")
    dialog.table.item(1, 2).setText("5.00")
    with pytest.raises(ProrataError) as err:
        dialog.lines()
    assert err.value.messages() == ["line 2, quantity: a quantity must not be negative (not -1)"]


def test_a_new_manual_invoice_starts_from_the_customers_currency_and_tax(qtbot, worker, billed):
    from ui.invoices.manual_dialog import InvoiceLinesDialog

    def lookup(code, done, failed):
        worker.run(lambda s: invoices.customer_defaults(s, code), on_done=done, on_error=failed)
    dialog = InvoiceLinesDialog(currencies=["EUR", "JPY", "USD"], currency="USD", lookup=lookup)
    qtbot.addWidget(dialog)
    dialog.customer.setText("c1")
    dialog.customer.editingFinished.emit()
    # c1 is acme's company in EUR, standard treatment: acme's 19 %.
    qtbot.waitUntil(lambda: dialog.customer_hint.text() == "Currency EUR, tax 19 %", timeout=5000)
    assert dialog.currency_code() == "EUR" and dialog.table.item(0, 3).text() == "19"
    dialog.add_line()
    assert dialog.table.item(1, 3).text() == "19"
    dialog.customer.setText("zz")
    dialog.customer.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.customer_hint.text() == "no customer 'zz'", timeout=5000)
