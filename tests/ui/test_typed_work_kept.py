"""Cancel, Esc and the window's close button ask before typed work is thrown away (ui/dialogs/unsaved.py), in
the tenant forms, the payment console's dialogs and the invoice lines dialog: only once something differs
from what the dialog opened with; an untouched dialog (or one typed back as it was) closes at once, and a save
never asks. The question is replaced by a recorder answering "keep editing" (False) or "discard" (True).

Also: the record-payment dialog's note when the amount is more than its invoices owe, and the draft lines
dialog showing each line's company (on a reseller's invoice) and period.
"""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.payments import console
from app.services.invoices import ManualLine
from app.storage.engine import unit_of_work
from tests.ui.conftest import TODAY
from tests.ui import test_payment_console as console_tests
from tests.ui.test_payment_console import open_console, pick, type_allocation
from ui.dialogs import unsaved
from ui.invoices.manual_dialog import AMOUNT, COMPANY, PERIOD, InvoiceLinesDialog
from ui.payments.statement_dialog import StatementDialog
from ui.tenants.forms import CompanyDialog, ResellerDialog, UserDialog
from ui.tenants.tree_model import NodeKind, NodeRef

SHOTS = "/tmp/h/shots"
books, yes = console_tests.books, console_tests.yes  # the console's fixtures: its books, every confirmation yes


def shot(widget, name: str) -> None:
    if os.path.isdir(SHOTS):
        QApplication.processEvents()
        widget.grab().save(f"{SHOTS}/{name}.png")


class Asked:
    """Stands in for ``let_typed_work_go``: counts the questions and gives ``answer``."""

    def __init__(self):
        self.times = 0
        self.answer = False

    def __call__(self, parent) -> bool:
        self.times += 1
        return self.answer


@pytest.fixture
def asked(monkeypatch):
    a = Asked()
    monkeypatch.setattr(unsaved, "let_typed_work_go", a)
    return a


def cancel(d) -> None:
    d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def kept_then_let_go(qtbot, d, asked) -> None:
    """With typed work: Esc, Cancel and the close button each ask and, told to keep it, leave the dialog open;
    told to discard it, Cancel closes it."""
    asked.times, asked.answer = 0, False
    assert d.has_typed_work()
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert asked.times == 1 and d.isVisible()
    cancel(d)
    assert asked.times == 2 and d.isVisible()
    d.close()
    assert asked.times == 3 and d.isVisible()
    asked.answer = True
    cancel(d)
    assert asked.times == 4 and not d.isVisible()


def closes_at_once(qtbot, d, asked) -> None:
    asked.times, asked.answer = 0, False
    assert not d.has_typed_work()
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert asked.times == 0 and not d.isVisible()


# --- tenant forms ---------------------------------------------------------------------------------------------

def form(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    return dialog


def edit_company(qtbot, worker):
    return form(qtbot, CompanyDialog(worker, code="c1", today=TODAY))


def test_a_company_edit_asks_only_once_something_differs(qtbot, worker, world, asked):
    closes_at_once(qtbot, edit_company(qtbot, worker), asked)

    d = edit_company(qtbot, worker)
    d.name.setText("Contoso AG")
    d.name.setText("Contoso GmbH")  # typed back as it was: nothing to lose
    d.address.city.setText("Potsdam")
    d.address.city.setText("Berlin")
    closes_at_once(qtbot, d, asked)

    d = edit_company(qtbot, worker)
    d.address.lines.setPlainText("Hauptstr. 2")
    kept_then_let_go(qtbot, d, asked)

    d = edit_company(qtbot, worker)
    d.tax_treatment.setCurrentIndex(d.tax_treatment.findData("exempt"))
    kept_then_let_go(qtbot, d, asked)


def test_a_saved_company_form_closes_without_asking(qtbot, worker, world, asked):
    d = edit_company(qtbot, worker)
    d.email.setText("accounts@contoso.example")
    with qtbot.waitSignal(d.sig_saved, timeout=5000):
        d.save_button.click()
    assert not d.isVisible() and asked.times == 0

    d = edit_company(qtbot, worker)
    d.name.setText("Contoso GmbH  ")  # differs as typed, but saves as nothing changed: closes, nothing to keep
    d.save_button.click()
    assert not d.isVisible() and asked.times == 0


def test_a_new_company_and_a_new_reseller_ask_once_typed_into(qtbot, worker, world, asked):
    new = lambda: form(qtbot, CompanyDialog(worker, reseller="acme", today=TODAY))  # noqa: E731
    closes_at_once(qtbot, new(), asked)
    d = new()
    qtbot.keyClicks(d.code, "n1")
    kept_then_let_go(qtbot, d, asked)

    new = lambda: form(qtbot, ResellerDialog(worker, today=TODAY))  # noqa: E731
    closes_at_once(qtbot, new(), asked)
    d = new()
    qtbot.keyClicks(d.code, "nova")  # the invoice number format follows the code: still the code typed
    kept_then_let_go(qtbot, d, asked)

    d = form(qtbot, ResellerDialog(worker, code="acme", today=TODAY))
    d.address.country.setCurrentIndex(d.address.country.findData("AT"))
    kept_then_let_go(qtbot, d, asked)


def test_a_user_form_asks_once_typed_into_and_not_after_its_save(qtbot, worker, world, asked):
    ref = NodeRef(NodeKind.COMPANY, 1)
    edit = lambda: form(qtbot, UserDialog(worker, company="c1", company_ref=ref,  # noqa: E731
                                          email="ann@contoso.example", today=TODAY))
    closes_at_once(qtbot, edit(), asked)
    d = edit()
    qtbot.keyClicks(d.name, " Smith")
    kept_then_let_go(qtbot, d, asked)

    asked.times = 0
    d = edit()
    d.name.setText("Ann Smith")
    with qtbot.waitSignal(d.sig_saved, timeout=5000):
        d.save_button.click()
    assert not d.isVisible() and asked.times == 0


# --- payment console -------------------------------------------------------------------------------------------

def account_of(engine, customer: str) -> int:
    with unit_of_work(engine) as s:
        return next(r.id for r in console.account_page(s, console.AccountFilters()) if r.customer == customer)


def test_the_record_payment_dialog_asks_once_typed_into_and_not_after_booking(qtbot, worker, books, asked, yes):
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    closes_at_once(qtbot, p.record_payment(), asked)

    d = p.record_payment()
    d.reference.setText("TX 9")
    kept_then_let_go(qtbot, d, asked)

    d = p.record_payment()
    d.allocations.by_hand.setChecked(True)  # only how it is spread: a choice made, asked too
    kept_then_let_go(qtbot, d, asked)

    d = p.record_payment(books["A"])  # from invoice A: its 1,000.00 filled in, untouched as it opened
    closes_at_once(qtbot, d, asked)

    d = p.record_payment()
    qtbot.keyClicks(d.amount, "100.00")
    d.reference.setText("TX 10")  # a payment needs one
    asked.times = 0
    d.accept()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    assert len(yes) == 1 and asked.times == 0


def test_the_record_payment_dialog_says_what_is_more_than_owed(qtbot, worker, books, asked, yes):
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    d = p.record_payment()
    qtbot.keyClicks(d.amount, "1,500.00")
    assert d.overpaid.isHidden()  # A 1,000.00 + B 500.00 = 1,500.00: exactly owed
    qtbot.keyClicks(d.amount, "1")  # 1,500.001 is no amount in EUR: nothing said about it
    d.amount.setText("1,512.00")
    # 1,512.00 - 1,500.00 = 12.00 over.
    assert not d.overpaid.isHidden()
    assert d.overpaid.text() == ("€12.00 more than the account's open invoices owe: it will be kept as credit on "
                                 "the account.")
    shot(d, "payments_record_overpaid")
    d.allocations.by_hand.setChecked(True)  # starts from oldest first's A 1,000.00, B 500.00
    type_allocation(d, 0, "")  # B alone, 500.00 open: 1,512.00 - 500.00 = 1,012.00 over
    assert d.overpaid.text() == ("€1,012.00 more than the chosen invoices owe: it will be kept as credit on "
                                 "the account.")
    type_allocation(d, 0, "1,000.00")  # A and B: 12.00 over again
    assert d.overpaid.text().startswith("€12.00 more than the chosen invoices owe")
    d.amount.setText("1,000.00")
    assert d.overpaid.isHidden()


def test_refund_reverse_and_apply_credit_ask_once_typed_into(qtbot, worker, books, asked):
    account = account_of(worker.engine, "d1")
    with unit_of_work(worker.engine) as s:  # 600.00 of which 500.00 pays A: 100.00 of credit, A and B open
        console.record_payment(s, account, "bank_transfer", Decimal("600.00"), date(2026, 3, 30), "TX 1",
                               by_hand=[(books["A"], Decimal("500.00"))])
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    qtbot.waitUntil(lambda: p.account() is not None and bool(p.account().payments), timeout=5000)

    closes_at_once(qtbot, p.refund(), asked)
    r = p.refund()
    assert r.amount.text() == "100.00"  # offered: the payment's credit, not typed
    r.amount.setText("40.00")
    kept_then_let_go(qtbot, r, asked)

    closes_at_once(qtbot, p.reverse(), asked)
    r = p.reverse()
    r.reason.setCurrentText("Returned by the bank")
    kept_then_let_go(qtbot, r, asked)

    closes_at_once(qtbot, p.apply_credit(), asked)
    a = p.apply_credit()
    a.date.set_day(date(2026, 3, 31))
    kept_then_let_go(qtbot, a, asked)


def test_the_statement_dialog_asks_once_its_period_or_file_changed(qtbot, worker, books, asked, tmp_path):
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    view = p.account()

    def statement():
        d = StatementDialog(worker, view, today=TODAY)
        qtbot.addWidget(d)
        d.show()
        return d
    closes_at_once(qtbot, statement(), asked)
    d = statement()
    d.start.set_day(date(2026, 1, 1))
    kept_then_let_go(qtbot, d, asked)

    asked.times = 0
    d = statement()
    d.path.setText(str(tmp_path / "d1.pdf"))
    with qtbot.waitSignal(d.sig_written, timeout=20000):
        d.accept()
    assert not d.isVisible() and asked.times == 0


def test_a_race_lost_closes_without_asking(qtbot, worker, books, asked, yes):
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    d = p.record_payment()
    d.reference.setText("TX 2")
    qtbot.keyClicks(d.amount, "1,000.00")
    d.allocations.by_hand.setChecked(True)
    type_allocation(d, 0, "1,000.00")
    with unit_of_work(worker.engine) as s:  # another clerk pays A in full meanwhile
        console.record_payment(s, p.account_id(), "cash", Decimal("1000.00"), date(2026, 3, 31), "R-1",
                               by_hand=[(books["A"], Decimal("1000.00"))])
    d.accept()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    assert asked.times == 0


# --- invoice lines ---------------------------------------------------------------------------------------------

def lines_dialog(qtbot, **kw):
    d = InvoiceLinesDialog(**kw)
    qtbot.addWidget(d)
    d.show()
    return d


def test_a_new_manual_invoice_asks_once_typed_into(qtbot, asked):
    new = lambda: lines_dialog(qtbot, currencies=["EUR", "USD"], currency="EUR")  # noqa: E731
    closes_at_once(qtbot, new(), asked)
    d = new()
    d.customer.setText("d1")
    kept_then_let_go(qtbot, d, asked)

    d = new()
    d.table.item(0, 0).setText("Migration")
    kept_then_let_go(qtbot, d, asked)

    asked.times = 0
    d = new()
    d.customer.setText("d1")
    d.table.item(0, 0).setText("Migration")
    d.table.item(0, 2).setText("80.00")
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not d.isVisible() and d.result() == d.DialogCode.Accepted and asked.times == 0


SITES = ManualLine(description={"en": "SharePoint sites"}, quantity=Decimal(2), unit_price=Decimal("6.00"),
                   tax_rate=Decimal(20), kind="recurring", plan_id=2, amount=Decimal("12.00"),
                   start=date(2026, 1, 10), end=date(2026, 2, 10), company_id=7)
SITE = ManualLine(description={"en": "SharePoint sites"}, quantity=Decimal(1), unit_price=Decimal("6.00"),
                  tax_rate=Decimal(20), kind="recurring", plan_id=2, amount=Decimal("6.00"),
                  start=date(2026, 1, 15), end=date(2026, 2, 15), company_id=9)
BASIC = ManualLine(description={"en": "Exchange Basic, prorated"}, quantity=Decimal(3), unit_price=Decimal("4.00"),
                   tax_rate=Decimal(20), kind="proration", plan_id=1, amount=Decimal("1.94"),
                   start=date(2026, 1, 27), end=date(2026, 2, 1), company_id=9)
COMPANIES = {7: ("c1", "Contoso GmbH"), 9: ("z1", "Zeta AG")}


def draft(qtbot):
    return lines_dialog(qtbot, currency="EUR", lines=[SITES, SITE, BASIC], customer_choice=False,
                        companies=COMPANIES, title="Edit Draft #4")


def test_a_wholesale_drafts_lines_show_their_company_and_period(qtbot, asked):
    d = draft(qtbot)
    d.resize(1100, 360)
    # Each line's company and its period (stored ends are exclusive: Feb 10 shows as 9 Feb), read-only, read
    # beside the description.
    assert [[d.table.item(r, c).text() for c in (0, COMPANY, PERIOD, AMOUNT)] for r in range(3)] == [
        ["SharePoint sites", "Contoso GmbH (c1)", "10/01/2026 – 09/02/2026", "12.00"],
        ["SharePoint sites", "Zeta AG (z1)", "15/01/2026 – 14/02/2026", "6.00"],
        ["Exchange Basic, prorated", "Zeta AG (z1)", "27/01/2026 – 31/01/2026", "1.94"]]
    header = d.table.horizontalHeader()
    assert [header.visualIndex(c) for c in (0, COMPANY, PERIOD)] == [0, 1, 2]
    assert not d.table.isColumnHidden(COMPANY) and not d.table.isColumnHidden(PERIOD)
    assert not d.table.item(0, COMPANY).flags() & Qt.ItemFlag.ItemIsEditable
    assert not d.table.item(0, PERIOD).flags() & Qt.ItemFlag.ItemIsEditable
    assert d.table.horizontalHeaderItem(COMPANY).text() == "Company"
    shot(d, "invoice_draft_lines_wholesale")
    assert d.lines() == [SITES, SITE, BASIC]  # the shown columns change nothing of the lines
    closes_at_once(qtbot, d, asked)

    d = draft(qtbot)
    d.table.item(1, 1).setText("2")
    kept_then_let_go(qtbot, d, asked)

    d = draft(qtbot)
    d.remove_button.setEnabled(True)
    d.table.setCurrentCell(2, 0)
    d.remove_line()
    kept_then_let_go(qtbot, d, asked)


def test_a_companys_own_draft_and_a_new_invoice_show_no_company_column(qtbot):
    d = lines_dialog(qtbot, currency="EUR", lines=[SITES], customer_choice=False)
    assert d.table.isColumnHidden(COMPANY) and not d.table.isColumnHidden(PERIOD)
    d = lines_dialog(qtbot, currencies=["EUR"], currency="EUR")
    assert d.table.isColumnHidden(COMPANY) and d.table.isColumnHidden(PERIOD)
