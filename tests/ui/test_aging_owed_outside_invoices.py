"""The console shows money owed outside invoices on its own (a refund whose payment then bounced), never as
negative credit: in the account panel and as an aging column. Every figure by hand.

The world (tests/ui/test_payment_console.py ``books``, as of 2026-04-01, terms 14 days): d1 has INV A of
1,000.00 EUR (issued Feb 1, due Feb 15) and INV B of 500.00 EUR (issued Mar 1, due Mar 15); c1 has acme's
300.00 EUR (issued Mar 25, due Apr 8). d1 then pays a check of 200.00 on Mar 2, kept as credit; it is refunded
in full on Mar 3, and the check bounces on Mar 5.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.payments import payments, refunds, reversals
from app.storage.engine import unit_of_work
from tests.ui import test_payment_console
from tests.ui.test_payment_console import open_console, pick, shot

books = test_payment_console.books  # the fixture of the console tests' world


def test_the_panel_and_aging_show_what_is_owed_outside_invoices(qtbot, worker, books):
    with unit_of_work(worker.engine) as s:
        payments.record(s, "d1", "200.00", "EUR", "check", date(2026, 3, 2), "CHK 7", auto_allocate=False)
    with unit_of_work(worker.engine) as s:
        refunds.refund(s, 1, "200.00", date(2026, 3, 3), "R-1")
    with unit_of_work(worker.engine) as s:
        reversals.reverse(s, 1, date(2026, 3, 5), "check bounced")
    c = open_console(qtbot, worker)
    p = pick(qtbot, c, "d1")
    # 1,000 + 500 open; the 200.00 refunded of a check that bounced is owed outside invoices; no credit:
    # 1,500 + 200 - 0 = 1,700.00 (= 1,500 - 200 + 200 + 200). Both invoices are past due on Apr 1.
    assert (p.balance.text(), p.credit.text(), p.outside.text(), p.overdue.text()) == (
        "€1,700.00", "€0.00", "€200.00", "€1,500.00")
    assert p.outside.isVisibleTo(p) and p.outside_label.text() == "Owed outside invoices:"
    shot(c, "payments_owed_outside_invoices")
    # The list: d1's credit is 0.00, not -200.00.
    d1 = next(c.model.row_data(r) for r in range(c.model.rowCount()) if c.model.row_data(r).customer == "d1")
    assert (d1.balance, d1.credit, d1.outside) == (1700, 0, 200)
    # c1 owes nothing outside invoices: no such row.
    p = pick(qtbot, c, "c1")
    assert not p.outside.isVisibleTo(p)
    c.pages.setCurrentIndex(1)
    a = c.aging
    qtbot.waitUntil(lambda: a.model.rowCount() == 3, timeout=5000)
    # Apr 1: A 45 days late (31-60), B 17 (1-30), c1's not yet due. Open, owed outside invoices, credit.
    assert a.model.headerData(8, Qt.Orientation.Horizontal) == "Owed outside invoices"
    assert [[a.model.index(r, k).data() for k in range(10)] for r in range(3)] == [
        ["Northwind Hosting", "EUR", "—", "€500.00", "€1,000.00", "—", "—", "€1,500.00", "€200.00", "—"],
        ["Acme Cloud GmbH", "EUR", "€300.00", "—", "—", "—", "—", "€300.00", "—", "—"],
        ["Total EUR", "EUR", "€300.00", "€500.00", "€1,000.00", "—", "—", "€1,800.00", "€200.00", "—"]]
    shot(c, "payments_aging_owed_outside_invoices")
