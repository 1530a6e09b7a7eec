"""The console shows a reseller's statements and payouts (the hoster collects: app/payments/payouts.py) as figures
that explain its balance: in the account panel (statements, paid out, to pay out), as a tooltip of the list's
balance and as an aging column beside the buckets. Every figure by hand.

The world of tests/test_reseller_statements_explained.py, as of 2026-04-01: acme's company r1 owes acme 28.56
(issued 1 February, due 15 February, collected by the hoster); acme's statement of 1 February is 12.56 (margin
8.00 + VAT 4.56), 5.00 of it paid out on 10 February: 7.56 to pay out, balance -7.56.
"""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.billing.run import run_billing
from app.payments import payouts
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.ui.test_payment_console import open_console, pick, shot


@pytest.fixture
def acme(sqlite_db):
    w = build(sqlite_db, acme_mode="hoster_bills_hoster_processor")
    add_company(sqlite_db, w, "r1", reseller="acme", signup=date(2026, 2, 1),
                events=[(date(2026, 2, 1), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(sqlite_db, date(2026, 2, 1), issue=True)
    with unit_of_work(sqlite_db) as s:
        payouts.add(s, "acme", "5.00", date(2026, 2, 10), reference="TX-77")


def test_the_panel_and_aging_explain_a_resellers_balance(qtbot, worker, acme):
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "acme")
    # 0.00 open - 0.00 credit - 12.56 + 5.00 = -7.56.
    assert (p.balance.text(), p.credit.text(), p.statements.text(), p.paid_out.text(), p.to_pay_out.text(),
            p.overdue.text()) == ("-€7.56", "€0.00", "€12.56", "€5.00", "€7.56", "€0.00")
    assert all(w.isVisibleTo(p) for w in (p.statements, p.paid_out, p.to_pay_out))
    assert p.to_pay_out_label.text() == "To pay out:" and not p.outside.isVisibleTo(p)
    shot(c, "payments_reseller_statements")
    row = next(r for r in range(c.model.rowCount()) if c.model.row_data(r).customer == "acme")
    assert c.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        "-€7.56: open invoices less credit, less €7.56 still to pay out to the reseller on its statements")
    # r1 has none of it: no such rows.
    p = pick(qtbot, c, "r1")
    assert p.balance.text() == "€28.56" and not any(w.isVisibleTo(p) for w in (p.statements, p.to_pay_out))
    c.pages.setCurrentIndex(1)
    a = c.aging
    qtbot.waitUntil(lambda: a.model.rowCount() == 3, timeout=5000)
    # Apr 1: r1's invoice 45 days late (31-60); the hoster's row has only 7.56 to pay out, in no bucket.
    assert a.model.headerData(10, Qt.Orientation.Horizontal) == "To pay out"
    assert not a.view.isColumnHidden(10)
    assert [[a.model.index(r, k).data() for k in range(11)] for r in range(3)] == [
        ["Northwind Hosting", "EUR", "—", "—", "—", "—", "—", "—", "—", "—", "€7.56"],
        ["Acme Cloud GmbH", "EUR", "—", "—", "€28.56", "—", "—", "€28.56", "—", "—", "—"],
        ["Total EUR", "EUR", "—", "—", "€28.56", "—", "—", "€28.56", "—", "—", "€7.56"]]
    shot(c, "payments_aging_to_pay_out")
