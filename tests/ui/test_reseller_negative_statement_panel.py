"""The console words what a reseller owes on a statement that nets against it (app/payments/payouts.py) as to
collect, a positive amount, never as a negative "to pay out": in the account panel, in the tooltip of the list's
balance and as an aging column of its own. Every figure by hand.

The world of tests/test_reseller_negative_statement.py without March, as of 2026-04-01: ST-1 of 1 February is
-4.10 (margin 2 x (5.00 - 8.00) = -6.00 + VAT 1.90): acme owes the hoster 4.10; acme pays 1.80 on 10 February
(recorded as the command line records it: it settles ST-1 by 1.80), so 4.10 - 1.80 = 2.30 is still to collect.
r1's invoice of 1 February (issued by acme, collected by the hoster): 2 x 5.00 + 19 % = 11.90, due 15 February.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.test_reseller_negative_statement import world
from tests.ui.test_payment_console import open_console, pick, shot


def test_the_panel_the_list_and_aging_say_to_collect(qtbot, worker, sqlite_db):
    world(sqlite_db, paid="1.80", march=False, auto=True)
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "acme")
    # Statements -4.10 + 1.80 settled = -2.30; nothing paid out; 2.30 to collect, shown positive;
    # balance 4.10 - 1.80 = 2.30.
    assert (p.balance.text(), p.statements.text(), p.paid_out.text(), p.to_pay_out.text()) == (
        "€2.30", "-€2.30", "€0.00", "€2.30")
    assert p.to_pay_out_label.text() == "To collect:" and p.to_pay_out.isVisibleTo(p)
    shot(c, "h11_panel")
    row = next(r for r in range(c.model.rowCount()) if c.model.row_data(r).customer == "acme")
    assert c.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        "€2.30: open invoices less credit, plus €2.30 still to collect from the reseller on its statements")
    c.pages.setCurrentIndex(1)
    a = c.aging
    qtbot.waitUntil(lambda: a.model.rowCount() == 3, timeout=5000)
    # Apr 1: r1's 11.90 due 15 February is 45 days late (31-60); the hoster's row has only acme's 2.30 to
    # collect, in no bucket; nothing to pay out (that column hidden); the total 11.90 open, 2.30 to collect.
    assert a.model.headerData(11, Qt.Orientation.Horizontal) == "To collect"
    assert a.view.isColumnHidden(10) and not a.view.isColumnHidden(11)
    assert [[a.model.index(r, k).data() for k in range(12)] for r in range(3)] == [
        ["Northwind Hosting", "EUR", "—", "—", "—", "—", "—", "—", "—", "—", "—", "€2.30"],
        ["Acme Cloud GmbH", "EUR", "—", "—", "€11.90", "—", "—", "€11.90", "—", "—", "—", "—"],
        ["Total EUR", "EUR", "—", "—", "€11.90", "—", "—", "€11.90", "—", "—", "—", "€2.30"]]
    shot(c, "h11_aging")
