"""The payment console: accounts, an account's ledger, payments recorded by hand in the clerk's language,
overpayment as credit, refunds refused above the credit, a lost race, aging with totals, and an invoice's
payments. Every figure is worked out by hand in the comments.

The world (as of 2026-04-01, payment terms 14 days): the hoster's direct company d1 has manual invoices
INV-2026-00001 for 1,000.00 EUR (issued Feb 1, due Feb 15) and INV-2026-00002 for 500.00 EUR (issued Mar 1,
due Mar 15); acme's company c1 has acme's ACME invoice of 300.00 EUR issued Mar 25 (due Apr 8). No tax.
"""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.payments import console
from app.services import invoices
from app.services.invoices import ManualLine
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from ui.payments import PaymentConsole, action_dialog
from ui.payments.allocation_model import AMOUNT

TODAY = date(2026, 4, 1)
SHOTS = "/tmp/h/shots"


def shot(widget, name: str) -> None:
    if os.path.isdir(SHOTS):
        QApplication.processEvents()  # pending layout requests first
        widget.grab().save(f"{SHOTS}/{name}.png")


def manual(s, customer: str, amount: str, day: date, what: str) -> int:
    inv = invoices.create_manual(s, customer, "EUR", [ManualLine(description={"en": what}, quantity=Decimal(1),
                                                                 unit_price=Decimal(amount))])
    return invoices.issue(s, inv.id, day).id


@pytest.fixture
def books(sqlite_db):
    w = build(sqlite_db)
    add_company(sqlite_db, w, "d1", signup=date(2026, 1, 1))
    add_company(sqlite_db, w, "c1", reseller="acme", signup=date(2026, 1, 1))
    ids = {}
    with unit_of_work(sqlite_db) as s:
        ids["A"] = manual(s, "d1", "1000.00", date(2026, 2, 1), "Migration")
    with unit_of_work(sqlite_db) as s:
        ids["B"] = manual(s, "d1", "500.00", date(2026, 3, 1), "Training")
    with unit_of_work(sqlite_db) as s:
        ids["C"] = manual(s, "c1", "300.00", date(2026, 3, 25), "Setup")
    with unit_of_work(sqlite_db) as s:
        ids["numbers"] = {k: invoices.find(s, v).number for k, v in ids.items()}
    return ids


@pytest.fixture
def yes(monkeypatch):
    """Every confirmation is answered yes; the questions are kept."""
    asked = []

    def agree(parent, title, text):
        asked.append(text)
        return True
    monkeypatch.setattr(action_dialog, "confirm", agree)
    return asked


@pytest.fixture
def german(qapp):
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(QLocale("en_GB"))


def open_console(qtbot, worker):
    c = PaymentConsole(worker, today=TODAY)
    qtbot.addWidget(c)
    c.resize(1280, 800)
    c.show()
    c.load()
    qtbot.waitUntil(lambda: c.model.complete() and not c.model.loading() and c.model.rowCount() == 2, timeout=5000)
    return c


def pick(qtbot, c, customer: str):
    row = next(r for r in range(c.model.rowCount()) if c.model.row_data(r).customer == customer)
    c.list_view.setCurrentIndex(c.model.index(row, 0))
    qtbot.waitUntil(lambda: c.panel.account() is not None and c.panel.account().row.customer == customer,
                    timeout=5000)
    return c.panel


def settled(qtbot, worker):
    qtbot.waitUntil(worker.idle, timeout=5000)


def type_allocation(dialog, row: int, text: str) -> None:
    model = dialog.allocations.model
    assert model.setData(model.index(row, AMOUNT), text)


def test_accounts_list_and_an_accounts_ledger(qtbot, qtmodeltester, worker, books):
    c = open_console(qtbot, worker)
    qtmodeltester.check(c.model)
    # Sorted by customer name: C1 (acme's), D1 (the hoster's). Nothing overdue at C's Apr 8 due date.
    assert [[c.model.index(r, k).data() for k in range(6)] for r in range(2)] == [
        ["C1 (c1)", "Acme Cloud GmbH", "EUR", "€300.00", "—", "—"],
        ["D1 (d1)", "Northwind Hosting", "EUR", "€1,500.00", "—", "€1,500.00"]]
    assert c.count_label.text() == "2 account(s)"
    c.list_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # balance, in the database
    qtbot.waitUntil(lambda: c.model.filters().sort == "balance" and c.model.complete() and not c.model.loading()
                    and c.model.rowCount() == 2, timeout=5000)
    assert c.model.row_data(0).customer == "d1"
    p = pick(qtbot, c, "d1")
    n = books["numbers"]
    assert [[p.ledger.index(r, k).data() for k in range(1, 5)] for r in range(2)] == [
        ["Invoice", n["A"], "€1,000.00", "€1,000.00"], ["Invoice", n["B"], "€500.00", "€1,500.00"]]
    assert [[p.open_model.index(r, k).data() for k in (0, 2, 4)] for r in range(2)] == [
        [n["A"], "15/02/2026", "€1,000.00"], [n["B"], "15/03/2026", "€500.00"]]
    assert (p.balance.text(), p.credit.text(), p.overdue.text()) == ("€1,500.00", "€0.00", "€1,500.00")
    assert not p.refund_button.isEnabled() and not p.reverse_button.isEnabled()
    qtmodeltester.check(p.ledger)
    qtmodeltester.check(p.open_model)
    shot(c, "payments_console")
    c.filters.text.setText("acme")  # no customer is called that: the issuer is
    c.filters.text.editingFinished.emit()
    qtbot.waitUntil(lambda: c.model.filters().text == "acme" and c.model.complete() and not c.model.loading(),
                    timeout=5000)
    assert c.model.rowCount() == 0 and c.count_label.text() == "0 account(s)"
    c.filters.clear()
    c.filters.issuer.setCurrentIndex(c.filters.issuer.findData("acme"))
    qtbot.waitUntil(lambda: c.model.filters().issuer == "acme" and c.model.complete() and not c.model.loading(),
                    timeout=5000)
    assert [c.model.row_data(r).customer for r in range(c.model.rowCount())] == ["c1"]


def test_record_a_payment_by_hand_typed_in_german(qtbot, qtmodeltester, worker, books, german, yes):
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    d = p.record_payment()
    qtbot.addWidget(d)
    n = books["numbers"]
    d.method.setCurrentIndex(d.method.findData("bank_transfer"))
    d.reference.setText("Überweisung 4711")
    qtbot.keyClicks(d.amount, "1.234,56")
    # Oldest first, 1,234.56 pays A's 1,000.00 and 234.56 of B: nothing left.
    assert d.allocations.left_text() == "Left as credit: 0,00\xa0€"
    d.allocations.by_hand.setChecked(True)
    type_allocation(d, 0, "1.000,00")
    type_allocation(d, 1, "200")
    # 1,234.56 - 1,000.00 - 200.00 = 34.56 left as credit.
    assert d.allocations.left_text() == "Left as credit: 34,56\xa0€"
    qtmodeltester.check(d.allocations.model)
    type_allocation(d, 1, "600,00")  # above B's 500.00 open and above the payment: said, nothing sent
    assert d.allocations.left_text().startswith("365,44\xa0€ more than the payment")
    d.accept()
    assert d.isVisible() and not yes
    msg = d.form._fields["allocations"][2]
    # In the window's language (German here): B and its 500.00 open are named.
    assert not msg.isHidden() and msg.text().startswith(f"{n['B']} ") and "500.00 EUR" in msg.text()
    shot(d, "payments_record_dialog_refused")
    type_allocation(d, 1, "200,00")
    shot(d, "payments_record_dialog")
    d.accept()
    assert "1.234,56\xa0€" in yes[0] and "34,56\xa0€ stays on the account as credit" in yes[0]
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    settled(qtbot, worker)
    qtbot.waitUntil(lambda: len(p.account().lines) == 3, timeout=5000)
    # Balance 1,500.00 - 1,234.56 = 265.44; credit 34.56; B has 300.00 open, overdue since Mar 15: owed after
    # the credit (as aging nets it), 300.00 - 34.56 = 265.44 is overdue.
    assert (p.balance.text(), p.credit.text(), p.overdue.text()) == ("265,44\xa0€", "34,56\xa0€", "265,44\xa0€")
    assert [p.open_model.index(r, 4).data() for r in range(p.open_model.rowCount())] == ["300,00\xa0€"]
    assert p.ledger.index(2, 1).data() == "Payment received"
    assert p.ledger.index(2, 2).data() == "#1 · Bank transfer · Überweisung 4711"
    assert p.ledger.index(2, 4).data() == "265,44\xa0€"
    with unit_of_work(worker.engine) as s:
        assert [(o.number, o.open) for o in console.account_view(s, p.account_id()).open_invoices] == [
            (n["B"], Decimal("300.00"))]
    qtbot.waitUntil(lambda: c.model.rowCount() == 2 and c.model.complete(), timeout=5000)
    assert c.model.index(c.model.row_of(p.account_id()), 4).data() == "34,56\xa0€"
    shot(c, "payments_console_de")


def test_an_overpayment_shows_as_credit_and_a_refund_above_it_is_refused(qtbot, worker, books, yes):
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    d = p.record_payment()
    d.method.setCurrentIndex(d.method.findData("check"))
    d.reference.setText("CHK 1001")
    qtbot.keyClicks(d.amount, "1,600.00")
    # Oldest first: A 1,000.00, B 500.00; 1,600.00 - 1,500.00 = 100.00 over: credit.
    assert [d.allocations.model.index(r, AMOUNT).data() for r in range(2)] == ["€1,000.00", "€500.00"]
    assert d.allocations.left_text() == "Left as credit: €100.00"
    d.accept()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: p.account() is not None and len(p.account().lines) == 3, timeout=5000)
    # Balance 1,500.00 - 1,600.00 = -100.00: the customer has 100.00 of credit; nothing open.
    assert (p.balance.text(), p.credit.text(), p.overdue.text()) == ("-€100.00", "€100.00", "€0.00")
    assert p.open_model.rowCount() == 0 and p.refund_button.isEnabled() and not p.credit_button.isEnabled()
    r = p.refund()
    assert r.amount.text() == "100.00"  # the payment's credit, offered
    r.amount.setText("150.00")
    r.reference.setText("refund 1")
    r.accept()
    qtbot.waitUntil(lambda: not r.form._fields["amount"][2].isHidden(), timeout=5000)
    assert r.isVisible()
    assert r.form._fields["amount"][2].text().startswith("payment #1 has 100.00 EUR of credit, not 150.00")
    shot(r, "payments_refund_refused")
    r.amount.setText("40.00")
    r.accept()
    qtbot.waitUntil(lambda: not r.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: p.account() is not None and len(p.account().lines) == 4, timeout=5000)
    # -100.00 + 40.00 refunded = -60.00.
    assert (p.balance.text(), p.credit.text()) == ("-€60.00", "€60.00")


def test_checks_switched_off_are_not_offered(qtbot, worker, books):
    from app.models import Hoster

    with unit_of_work(worker.engine) as s:
        s.get(Hoster, 1).checks = False
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    d = p.record_payment()
    assert [d.method.itemData(i) for i in range(d.method.count())] == ["bank_transfer", "cash"]


def test_the_loser_of_a_race_is_told_and_the_account_read_again(qtbot, worker, books, yes):
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    d = p.record_payment()
    d.reference.setText("TX 2")
    qtbot.keyClicks(d.amount, "1,000.00")
    d.allocations.by_hand.setChecked(True)
    type_allocation(d, 0, "1,000.00")
    # Meanwhile another clerk pays A in full.
    with unit_of_work(worker.engine) as s:
        console.record_payment(s, p.account_id(), "cash", Decimal("1000.00"), TODAY, "receipt 9")
    d.accept()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "race_message" and w.isVisible())
    assert box.informativeText() == (f"{books['numbers']['A']} is paid: only an issued or partially paid invoice "
                                     "takes a payment")
    shot(box, "payments_race_message")
    box.done(QMessageBox.StandardButton.Ok)
    # Read again: the other clerk's payment is there (A paid), ours is not.
    qtbot.waitUntil(lambda: len(p.account().lines) == 3, timeout=5000)
    assert p.balance.text() == "€500.00" and len(p.account().payments) == 1


def test_aging_per_issuer_and_currency_with_totals(qtbot, qtmodeltester, worker, books):
    c = open_console(qtbot, worker)
    c.pages.setCurrentIndex(1)
    a = c.aging
    qtbot.waitUntil(lambda: a.model.rowCount() == 3, timeout=5000)
    # Apr 1: A due Feb 15 is 45 days late (31-60), B due Mar 15 is 17 (1-30), C due Apr 8 is not due yet.
    assert [[a.model.index(r, k).data() for k in range(9)] for r in range(3)] == [
        ["Northwind Hosting", "EUR", "—", "€500.00", "€1,000.00", "—", "—", "€1,500.00", "—"],
        ["Acme Cloud GmbH", "EUR", "€300.00", "—", "—", "—", "—", "€300.00", "—"],
        ["Total EUR", "EUR", "€300.00", "€500.00", "€1,000.00", "—", "—", "€1,800.00", "—"]]
    assert a.bars_title.text() == "Open EUR by days overdue: all issuers"
    qtmodeltester.check(a.model)
    shot(c, "payments_aging")
    # As of Feb 20 only A was issued: 5 days late.
    a.as_of.set_day(date(2026, 2, 20))
    qtbot.waitUntil(lambda: a.model.rowCount() == 2, timeout=5000)
    assert [a.model.index(1, k).data() for k in (0, 3, 7)] == ["Total EUR", "€1,000.00", "€1,000.00"]


def test_an_invoice_lists_its_payments_and_takes_one(qtbot, worker, books, yes):
    from ui.invoices.invoice_view import InvoiceView

    with unit_of_work(worker.engine) as s:
        account = console.invoice_payments(s, books["A"]).account_id
        console.record_payment(s, account, "cash", Decimal("250.00"), date(2026, 3, 2), "receipt 3",
                               by_hand=[(books["A"], Decimal("250.00"))])
    v = InvoiceView(worker, today=TODAY)
    qtbot.addWidget(v)
    v.resize(1280, 560)
    v.show()
    v.show_invoice(books["A"])
    qtbot.waitUntil(lambda: v.payments.payments() is not None, timeout=5000)
    box = v.payments
    assert box.summary.text() == "€750.00 open of €1,000.00."
    assert [box.model.index(0, k).data() for k in range(4)] == ["02/03/2026", "Payment #1 · Cash", "receipt 3",
                                                               "€250.00"]
    assert box.record_button.isEnabled()
    shot(v, "payments_invoice_view")
    box.record_payment()
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible(), timeout=5000)
    d = box.dialog
    assert d.amount.text() == "750.00" and d.allocations.by_hand.isChecked()
    d.reference.setText("TX 3")
    d.accept()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    v.show_invoice(books["A"])
    qtbot.waitUntil(lambda: v.payments.payments() is not None and v.payments.payments().status == "paid",
                    timeout=5000)
    assert not box.record_button.isEnabled() and box.model.rowCount() == 2


def test_apply_credit_by_hand_then_reverse_the_payment(qtbot, worker, books, yes):
    with unit_of_work(worker.engine) as s:
        account = console.invoice_payments(s, books["A"]).account_id
        console.record_payment(s, account, "check", Decimal("300.00"), date(2026, 3, 20), "CHK 77", by_hand=[])
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    # 1,500.00 - 300.00 = 1,200.00 owed, with 300.00 of credit not yet applied.
    assert (p.balance.text(), p.credit.text()) == ("€1,200.00", "€300.00") and p.credit_button.isEnabled()
    d = p.apply_credit()
    # Offered oldest first: all 300.00 to A.
    assert [d.allocations.model.index(r, AMOUNT).data() for r in range(2)] == ["€300.00", "—"]
    d.allocations.by_hand.setChecked(True)
    type_allocation(d, 0, "100")
    type_allocation(d, 1, "250")  # 350.00 of 300.00
    assert d.allocations.left_text() == "€50.00 more than the credit: allocate less."
    d.accept()
    assert d.isVisible() and not yes
    type_allocation(d, 1, "200")
    assert d.allocations.left_text() == "Credit left: €0.00"
    shot(d, "payments_apply_credit")
    d.accept()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: p.account() is not None and len(p.account().lines) == 5, timeout=5000)
    # A 900.00 open, B 300.00 open; the balance is still 1,200.00, the credit is spent.
    assert [p.open_model.index(r, 4).data() for r in range(2)] == ["€900.00", "€300.00"]
    assert (p.balance.text(), p.credit.text()) == ("€1,200.00", "€0.00")
    assert [p.ledger.index(r, 1).data() for r in (3, 4)] == ["Credit applied", "Credit applied"]
    shot(c, "payments_console_after_credit")
    p.ledger_view.setCurrentIndex(p.ledger.index(2, 0))  # the check
    r = p.reverse()
    assert r.payment.currentData() == 1
    assert r.effect.text() == "The invoices payment #1 pays open again, and €300.00 goes back on the account."
    r.reason.setCurrentText("Check bounced")
    shot(r, "payments_reverse_dialog")
    r.accept()
    assert "Reverse payment #1 of €300.00 (Check bounced)?" in yes[-1]
    qtbot.waitUntil(lambda: not r.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: p.account() is not None and len(p.account().lines) == 6, timeout=5000)
    # 1,200.00 + 300.00 back = 1,500.00; A and B wholly open again.
    assert p.balance.text() == "€1,500.00"
    assert [p.open_model.index(r_, 4).data() for r_ in range(2)] == ["€1,000.00", "€500.00"]
    assert p.ledger.index(5, 1).data() == "Payment reversed" and not p.reverse_button.isEnabled()


def test_a_payment_by_hand_for_invoices_of_two_collectors_is_refused_at_the_allocations(qtbot, worker, yes):
    from app.models.payments import Payment
    from tests.test_booking_collectors import COSTS, MARGIN, _scene

    # bc's Feb 1 invoice (7.26) is collected by acme, its Mar 1 invoice (7.26) by the hoster (the margin mode now).
    feb, mar, acme = _scene(worker.engine, COSTS, MARGIN)
    c = open_console(qtbot, worker)  # bc's account with acme, and acme's with the hoster
    p = pick(qtbot, c, "bc")
    d = p.record_payment()
    d.reference.setText("R-7")
    qtbot.keyClicks(d.amount, "14.52")
    d.allocations.by_hand.setChecked(True)
    type_allocation(d, 0, "7.26")
    type_allocation(d, 1, "7.26")
    d.accept()
    # 7.26 + 7.26 = 14.52 to both: one payment is one collector's money, said at the allocations, nothing written.
    error = d.form._fields["allocations"][2]
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=5000)
    assert d.isVisible() and error.text().startswith(
        f"one payment cannot pay these invoices: the hoster collects {mar} and acme collects {feb}")
    shot(d, "payments_record_two_collectors")
    with unit_of_work(worker.engine) as s:
        assert s.query(Payment).count() == 0
    # Feb 1 alone: 7.26 of a 7.26 payment, acme's money.
    d.amount.clear()
    qtbot.keyClicks(d.amount, "7.26")
    type_allocation(d, 1, "")
    d.accept()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    with unit_of_work(worker.engine) as s:
        assert [(pay.amount, pay.collected_by) for pay in s.query(Payment)] == [(Decimal("7.26"), acme)]
