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


def test_a_wholesale_note_pays_no_bill_through_another_company_s_line(db, monkeypatch):
    """acme's wholesale bills from the hoster (reseller_bills; hoster VAT 20 %, acme's Exchange Basic 3.50 a
    user a month) hold the lines of each of acme's companies. W1 (1 Feb): bc's February, 3.50 + 20 % = 4.20,
    paid 5 Feb. W2 (1 Mar): bc's March 3.50 and dd's 20 Feb - 20 Mar 3.50 (dd signed up 20 Feb), 7.00 + 20 %
    = 8.40, unpaid. bc's cancellation dated 15 Feb (and a new subscription from 1 Mar) recorded late: the 1 Apr
    run's note gives back bc's 15 Feb - 1 Mar, 14 of 28 days: 3.50 x 14 / 28 = 1.75, + 20 % = 0.35, -2.10.
    bc's March line (1 Mar - 1 Apr) is kept, so the note corrects W1 alone (paid): dd's line on W2 meets its
    days but is another company's. It pays nothing; its 2.10 stays acme's credit."""
    monkeypatch.setenv("LANGUAGE", "en")
    w = build(db)
    add_company(db, w, "bc", reseller="acme", signup=FEB1, events=USER)
    add_company(db, w, "dd", reseller="acme", signup=date(2026, 2, 20), events=[
        (date(2026, 2, 20), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 2, 20), "assign", {"plan": "exchange-basic", "user": "x@dd.example"})])
    url = db.url.render_as_string(hide_password=False)
    assert main(["bill", "run", "--as-of", "2026-02-01", "--issue", "--db", url]) == 0
    with unit_of_work(db) as s:
        (w1,) = s.scalars(select(Invoice.number).where(Invoice.company_id.is_(None)))
        payments.record(s, "acme", "4.20", "EUR", "bank_transfer", date(2026, 2, 5), "W-1",
                        allocate_to=[f"hoster:{w1}"])
    assert main(["bill", "run", "--as-of", "2026-03-01", "--issue", "--db", url]) == 0
    add_events(db, w, "bc", [(FEB15, "cancel", {"plan": "exchange-basic"}),
                             (MAR1, "subscribe", {"plan": "exchange-basic"}),
                             (MAR1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"}),
                             (APR1, "cancel", {"plan": "exchange-basic"})])
    add_events(db, w, "dd", [(date(2026, 3, 20), "cancel", {"plan": "exchange-basic"})])
    assert main(["bill", "run", "--as-of", "2026-04-01", "--issue", "--db", url]) == 0
    with unit_of_work(db) as s:
        docs = list(s.scalars(select(Invoice).where(Invoice.company_id.is_(None)).order_by(Invoice.id)))
        assert [(d.kind, d.issue_date, d.total) for d in docs] == [
            ("wholesale", FEB1, D("4.20")), ("wholesale", MAR1, D("8.40")), ("credit_note", APR1, D("-2.10"))]
        bill1, bill2, note = docs
        assert allocation.corrected_by(s, [note.id]) == {note.id: {bill1.id: D("2.10")}}  # 1.75 + 0.35
        # W2: nothing of the note; 8.40 open. The note: 2.10 left.
        assert s.scalars(select(Allocation.amount).where(Allocation.invoice_id == bill2.id)).all() == []
        assert allocation.open_amount(s, bill2) == D("8.40")
        assert allocation.credit_notes_left(s, [note.id]) == {note.id: D("2.10")}


def span(db, monkeypatch, pay_march: str | None = None) -> tuple[Invoice, Invoice, Invoice]:
    """acme collects (COSTS, VAT 21 %); bc billed 1 Feb and 1 Mar, 6.00 + 1.26 = 7.26 each (``pay_march`` of
    March paid 10 Mar); the cancellation dated 15 Feb recorded late; the 1 Apr run makes one note giving back
    15 Feb - 1 Mar, 14 of 28 days: 6.00 x 14 / 28 = 3.00, and March, 6.00; tax 9.00 x 21 % = 1.89; -10.89.
    Its shares: February 3.00 + 3.00 x 21 % = 3.00 + 0.63 = 3.63; March 6.00 + 1.26 = 7.26; 3.63 + 7.26 =
    10.89, nothing left over. (Feb invoice, Mar invoice, note)."""
    monkeypatch.setenv("LANGUAGE", "en")
    w = build(db, acme_mode=COSTS, acme_tax="21")
    add_company(db, w, "bc", reseller="acme", signup=FEB1, events=USER)
    url = db.url.render_as_string(hide_password=False)
    assert main(["bill", "run", "--as-of", "2026-02-01", "--issue", "--db", url]) == 0
    assert main(["bill", "run", "--as-of", "2026-03-01", "--issue", "--db", url]) == 0
    if pay_march is not None:
        with unit_of_work(db) as s:
            (mar,) = s.scalars(select(Invoice.number).where(Invoice.company_id == _bc(s), Invoice.issue_date == MAR1))
            payments.record(s, "bc", pay_march, "EUR", "bank_transfer", date(2026, 3, 10), "P-1",
                            allocate_to=[f"acme:{mar}"])
    add_events(db, w, "bc", [(FEB15, "cancel", {"plan": "exchange-basic"})])
    assert main(["bill", "run", "--as-of", "2026-04-01", "--issue", "--db", url]) == 0
    with unit_of_work(db) as s:
        docs = list(s.scalars(select(Invoice).where(Invoice.company_id == _bc(s)).order_by(Invoice.id)))
        s.expunge_all()
    assert [(d.kind, d.issue_date, d.total) for d in docs] == [
        ("invoice", FEB1, D("7.26")), ("invoice", MAR1, D("7.26")), ("credit_note", APR1, D("-10.89"))]
    feb, mar, note = docs
    with unit_of_work(db) as s:
        assert allocation.corrected_by(s, [note.id]) == {note.id: {feb.id: D("3.63"), mar.id: D("7.26")}}
    return feb, mar, note


def test_a_note_spanning_two_open_invoices_pays_each_what_it_gives_back_of_it(db, monkeypatch):
    feb, mar, note = span(db, monkeypatch)
    # February 3.63 (open 7.26 - 3.63 = 3.63), March 7.26 (open 0.00), both dated the note's day.
    assert paid(db, feb) == [(D("3.63"), None, note.id, APR1)]
    assert paid(db, mar) == [(D("7.26"), None, note.id, APR1)]
    # Balance 7.26 + 7.26 - 10.89 = 3.63, all of it February's (not March's: the debt is February's age).
    assert shown(db) == {"balance": "3.63", "open": "3.63", "credit": "0.00", "invoices": {feb.number: "3.63"}}


def test_what_a_share_cannot_pay_pays_the_others_oldest_first(db, monkeypatch):
    # 5.00 of March paid 10 Mar: March open 7.26 - 5.00 = 2.26.
    feb, mar, note = span(db, monkeypatch, pay_march="5.00")
    # Shares: February 3.63 of its 7.26; March 2.26 (all it has open, of its 7.26 share); left 10.89 - 3.63 -
    # 2.26 = 5.00, oldest first: February's other 3.63 (7.26 in all, one allocation); 5.00 - 3.63 = 1.37 left.
    assert paid(db, feb) == [(D("7.26"), None, note.id, APR1)]
    assert [(a, n, day) for a, _p, n, day in paid(db, mar)] == [(D("5.00"), None, date(2026, 3, 10)),
                                                               (D("2.26"), note.id, APR1)]
    with unit_of_work(db) as s:
        assert allocation.credit_notes_left(s, [note.id]) == {note.id: D("1.37")}
    # Balance 7.26 + 7.26 - 5.00 - 10.89 = -1.37: 1.37 credit, nothing open.
    assert shown(db) == {"balance": "-1.37", "open": "0.00", "credit": "1.37", "invoices": {}}
