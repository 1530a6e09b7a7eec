"""A credit note a billing run makes to correct a change recorded late (app/billing/corrections.py) pays first
what is still open of the invoice it corrects (``allocation.settle_corrected``, called when the run posts it,
app/payments/ledger.py ``_settle_corrected``), with the corrected invoice's collector's credit
(``allocation.source_collectors``); only what is left of it pays the invoices issued with it, as before.

Before the fix the note's credit went only to the invoices issued in the same run: the April invoice showed
"Amount due 2.34" while the February invoice it corrects stayed open and overdue; and the note's credit was its
own issue-time collector's, so after a switch of billing mode it paid the other collector's invoice.

The world of tests/test_credit_held_by_collector.py: acme (VAT 21 %) sells bc one Exchange Basic user at 6.00
a month, billed on the 1st: 6.00 + 21 % = 6.00 + 1.26 = 7.26 an invoice (1 Feb). In MARGIN the hoster collects
acme's customers' money, in COSTS acme does. A cancellation dated 10 Feb is recorded late, bc subscribes again
on 1 Apr; one run --issue as of 1 Apr makes the 1 Mar correction credit note and the 1 Apr invoice:
the note gives back 10-28 Feb, 19 of February's 28 days: 6.00 x 19 / 28 = 4.0714 -> 4.07, VAT 4.07 x 21 % =
0.8547 -> 0.85, total -4.92; the 1 Apr invoice 7.26. SQLite and PostgreSQL; every figure by hand.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.models import Company, Invoice
from app.models.payments import Allocation
from app.payments import allocation, payments, position, statement
from app.services.applied_credit import applied_at_issue
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build
from tests.test_booking_collectors import COSTS, MARGIN
from tests.test_credit_held_by_collector import USER, _mode

D = Decimal
FEB1, FEB15, MAR1, APR1, APR2 = (date(2026, 2, 1), date(2026, 2, 15), date(2026, 3, 1), date(2026, 4, 1),
                                  date(2026, 4, 2))


def world(db, monkeypatch, first: str, second: str, pay: str | None = None) -> tuple[Invoice, Invoice, Invoice]:
    """bc billed on 1 Feb in mode ``first`` (paying ``pay`` of it on 15 Feb), then the late cancellation, the mode
    switched to ``second`` and one run as of 1 Apr: (Feb invoice, 1 Mar credit note, 1 Apr invoice)."""
    monkeypatch.setenv("LANGUAGE", "en")
    w = build(db, acme_mode=first, acme_tax="21")
    add_company(db, w, "bc", reseller="acme", signup=FEB1, events=USER)
    url = db.url.render_as_string(hide_password=False)
    assert main(["bill", "run", "--as-of", "2026-02-01", "--issue", "--db", url]) == 0
    if pay is not None:
        with unit_of_work(db) as s:
            (feb,) = s.scalars(select(Invoice.number).where(Invoice.company_id == _bc(s)))
            payments.record(s, "bc", pay, "EUR", "bank_transfer", FEB15, "P-1", allocate_to=[f"acme:{feb}"])
    add_events(db, w, "bc", [(date(2026, 2, 10), "cancel", {"plan": "exchange-basic"}),
                             (APR1, "subscribe", {"plan": "exchange-basic"}),
                             (APR1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"})])
    _mode(db, second)
    assert main(["bill", "run", "--as-of", "2026-04-01", "--issue", "--db", url]) == 0
    with unit_of_work(db) as s:
        docs = list(s.scalars(select(Invoice).where(Invoice.company_id == _bc(s)).order_by(Invoice.id)))
        s.expunge_all()
    assert [(d.kind, d.issue_date, d.total) for d in docs] == [
        ("invoice", FEB1, D("7.26")), ("credit_note", MAR1, D("-4.92")), ("invoice", APR1, D("7.26"))]
    return tuple(docs)


def _bc(s) -> int:
    return s.scalar(select(Company.id).where(Company.code == "bc"))


def paid(db, inv: Invoice) -> list[tuple[Decimal, int | None, int | None, date]]:
    """(amount, payment, credit note, dated) of what pays ``inv``."""
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(
            select(Allocation.amount, Allocation.payment_id, Allocation.credit_note_id, Allocation.allocated_on)
            .where(Allocation.invoice_id == inv.id).order_by(Allocation.id))]


def shown(db) -> dict:
    with unit_of_work(db) as s:
        (acc,) = statement.show(s, "bc", as_of=APR2)["accounts"]
    return {"balance": acc["balance"], "open": acc["open"], "credit": acc["credit"],
            "invoices": {i["invoice"]: i["open"] for i in acc["open_invoices"]}}


@pytest.mark.parametrize("first, second", [(MARGIN, COSTS), (COSTS, MARGIN)])
def test_the_note_pays_the_unpaid_invoice_it_corrects_not_the_next(db, monkeypatch, first, second):
    feb, note, apr = world(db, monkeypatch, first, second)
    # The note's 4.92 pays February, dated the note's day; February open 7.26 - 4.92 = 2.34.
    assert paid(db, feb) == [(D("4.92"), None, note.id, MAR1)]
    # April: nothing applied at issue (nothing left of the note), 7.26 open.
    assert paid(db, apr) == []
    with unit_of_work(db) as s:
        assert applied_at_issue(s, [s.get(Invoice, apr.id)])[apr.id] == ()
    # Balance 7.26 - 4.92 + 7.26 = 9.60 = 2.34 + 7.26 open, no credit.
    assert shown(db) == {"balance": "9.60", "open": "9.60", "credit": "0.00",
                         "invoices": {feb.number: "2.34", apr.number: "7.26"}}


def test_the_credit_of_a_note_is_the_corrected_invoices_collector_s(db, monkeypatch):
    # February (hoster collects, MARGIN) paid in full, 7.26, on 15 Feb; acme collects from then on (COSTS).
    feb, note, apr = world(db, monkeypatch, MARGIN, COSTS, pay="7.26")
    with unit_of_work(db) as s:
        source = allocation.Source("", MAR1, D("4.92"), credit_note_id=note.id)
        # The note takes 4.92 off what the hoster collected: the hoster's money.
        assert allocation.source_collectors(s, [source])[allocation.source_key(source)] == "hoster"
    # So it never pays acme's April invoice: 7.26 open; 4.92 credit held by the hoster.
    assert paid(db, apr) == []
    assert shown(db) == {"balance": "2.34", "open": "7.26", "credit": "4.92", "invoices": {apr.number: "7.26"}}
    with unit_of_work(db) as s:
        held = position.credit_held(s, s.scalar(select(Allocation.account_id).limit(1)), None)
    assert [(h.collector, h.amount) for h in held.parts] == [("hoster", D("4.92"))]


def test_what_is_left_of_the_note_pays_the_invoices_issued_with_it(db, monkeypatch):
    # acme collects throughout; 5.00 of February paid on 15 Feb: 7.26 - 5.00 = 2.26 open.
    feb, note, apr = world(db, monkeypatch, COSTS, COSTS, pay="5.00")
    # The note pays February's 2.26 first (dated 1 Mar), then 4.92 - 2.26 = 2.66 of April at its issue.
    assert [(a, n, day) for a, _p, n, day in paid(db, feb)] == [(D("5.00"), None, FEB15), (D("2.26"), note.id, MAR1)]
    assert paid(db, apr) == [(D("2.66"), None, note.id, APR1)]
    # April open 7.26 - 2.66 = 4.60; balance 7.26 - 5.00 - 4.92 + 7.26 = 4.60.
    assert shown(db) == {"balance": "4.60", "open": "4.60", "credit": "0.00", "invoices": {apr.number: "4.60"}}
