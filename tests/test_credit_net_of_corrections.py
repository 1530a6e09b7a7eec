"""A credit note gives back only what still stands of an invoice (H8, defect B), on both databases.

An invoice whose days a late change gave back in part (a run's correction) was credited in full before: those
days were given back twice. Now the credit note gives back each line net of what later documents gave back of
its days (it charges the give-back again on a "correction" line beside the line), for any issuer: a reseller's
invoice or the hoster's own. In the other order (credited first, the late change recorded after), the run gives
nothing more back (app/billing/corrections.py ``credited_by``).

The world (tests/test_reseller_accruals_on_corrections.py): acme (19 %) sells r1 2 SharePoint sites at 12.00
a month, 6.00 each at cost; r1 is billed on the 10th from 2026-01-10: January (Jan 10 to Feb 10, 31 days) is
24.00 + 19 % 4.56 = 28.56. A cancellation dated Jan 25 and recorded after January was billed gives back Jan 25
to Feb 10, 16 of its 31 days: 24.00 x 16/31 = 12.387 -> 12.39 + 19 % 2.354 -> 2.35 = 14.74 (cost
12.00 x 16/31 = 6.193 -> 6.19). What still stands of January: 24.00 - 12.39 = 11.61 + 19 % 2.2059 -> 2.21 = 13.82
(28.56 - 14.74 = 13.82: the days Jan 10 to Jan 25).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, Invoice, InvoiceLine
from app.models.payments import PaymentAccount
from app.payments import aging, allocation, payments, reversals, statement
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events
from tests.staff_world import StaffWorld, add_logins, drop_logins
from tests.test_reseller_accruals_on_corrections import JAN10, _to_acme, _world

D = Decimal
MARGIN = "hoster_bills_hoster_processor"
JAN15, JAN25, FEB1, FEB10, FEB12, MAR1 = (date(2026, 1, 15), date(2026, 1, 25), date(2026, 2, 1),
                                          date(2026, 2, 10), date(2026, 2, 12), date(2026, 3, 1))
CANCEL = [(JAN25, "cancel", {"plan": "sharepoint-sites"})]


def _documents(db, company_id):
    """(kind, status, total) of the company's documents that left the draft state, in order."""
    with unit_of_work(db) as s:
        return [(i.kind, i.status, i.total) for i in s.scalars(
            select(Invoice).where(Invoice.company_id == company_id, Invoice.status != "draft").order_by(Invoice.id))]


def _note_lines(db, note_id):
    with unit_of_work(db) as s:
        return [(ln.kind, ln.start, ln.end, ln.quantity, ln.amount) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == note_id).order_by(InvoiceLine.position))]


def _january(db, w):
    """r1's January invoice (the run's give-back of Feb 10 is a credit note beside it)."""
    with unit_of_work(db) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"],
                                                  Invoice.kind == "invoice", Invoice.period_start == JAN10)).one()


def _accrued(db, w, kind):
    with unit_of_work(db) as s:
        return sum((a.amount for a in s.scalars(select(Accrual).where(
            Accrual.company_id == w.companies["r1"], Accrual.kind == kind, Accrual.line_kind != "vat"))), D(0))


def _cancelled_late(db, w, runner=None, hoster=None):
    """January billed and issued, acme settled on Feb 1, the cancellation of Jan 25 recorded, Feb 10 billed."""
    runner, hoster = runner or db, hoster or db
    run_billing(runner, JAN10, issue=True)
    run_billing(hoster, FEB1, issue=True)
    add_events(hoster, w, "r1", CANCEL)
    run_billing(runner, FEB10, issue=True)
    assert _documents(hoster, w.companies["r1"]) == [("invoice", "partially_paid", D("28.56")),
                                                     ("credit_note", "issued", D("-14.74"))]


def test_a_reseller_invoice_credited_after_a_late_cancellation_gives_back_what_stands(db):
    """The credit note gives back 13.82, not 28.56: -24.00 for January and +12.39 for Jan 25 to Feb 10 charged
    again (given back on Feb 10 already); r1 was billed 28.56 and given back 14.74 + 13.82 = 28.56. acme's cost
    stays what was provided, 12.00 - 6.19 = 5.81: Mar 1 gives it back the 6.19 (+ 20 % 1.238 -> 1.24 = 7.43)
    of the cancellation only."""
    w = _world(db)
    _cancelled_late(db, w)
    with unit_of_work(db) as s:
        note = invoices.credit(s, _january(db, w), today=FEB12)
        assert (note.subtotal, note.tax, note.total) == (D("-11.61"), D("-2.21"), D("-13.82"))
        note = note.id
    assert _note_lines(db, note) == [("recurring", JAN10, FEB10, -2, D("-24.00")),
                                     ("correction", JAN25, FEB10, 2, D("12.39"))]
    docs = _documents(db, w.companies["r1"])
    assert sum(total for _, _, total in docs) == D("0.00")  # 28.56 - 14.74 - 13.82
    assert _accrued(db, w, "cost") == D("5.81")
    run_billing(db, MAR1)
    assert _to_acme(db, w, MAR1) == [("credit_note", D("-6.19"), D("-1.24"), D("-7.43"))]


def test_in_the_margin_mode_the_margin_ends_at_minus_the_cost_of_the_days_provided(db):
    """Margin 12.00; the cancellation's correction -12.39 + 6.19 = -6.20; the credit note -11.61: 12.00 - 6.20
    - 11.61 = -5.81, minus the cost of Jan 10 to Jan 25 (12.00 - 6.19). acme's Mar 1 statement: -6.20 and the
    VAT given back with it, -2.35, then -11.61 and -2.21: -22.37."""
    w = _world(db, mode=MARGIN)
    _cancelled_late(db, w)
    with unit_of_work(db) as s:
        assert invoices.credit(s, _january(db, w), today=FEB12).total == D("-13.82")
    assert _accrued(db, w, "margin") == D("-5.81")
    run_billing(db, MAR1)
    assert _to_acme(db, w, MAR1) == [("statement", D("-22.37"), D("0.00"), D("-22.37"))]


def test_the_hosters_own_invoice_credited_after_a_late_cancellation_gives_back_what_stands(db):
    """d1 buys Archiving from the hoster at 20.00 a month, 20 % VAT, billed on the 10th: January 20.00 + 4.00
    = 24.00; cancelled Jan 25, recorded late: 20.00 x 16/31 = 10.3226 -> 10.32 + 20 % 2.064 -> 2.06 = 12.38 back.
    Credited: -20.00 + 10.32 = -9.68, VAT 20 % -1.936 -> -1.94: -11.62. 24.00 - 12.38 - 11.62 = 0.00."""
    w = _world(db)
    d1 = add_company(db, w, "d1", signup=JAN10, events=[(JAN10, "subscribe", {"plan": "archiving"})])
    run_billing(db, JAN10, issue=True)
    add_events(db, w, "d1", [(JAN25, "cancel", {"plan": "archiving"})])
    run_billing(db, FEB10, issue=True)
    assert _documents(db, d1) == [("invoice", "partially_paid", D("24.00")), ("credit_note", "issued", D("-12.38"))]
    with unit_of_work(db) as s:
        jan = s.scalars(select(Invoice.id).where(Invoice.company_id == d1, Invoice.kind == "invoice")).one()
        note = invoices.credit(s, jan, today=FEB12)
        assert (note.subtotal, note.tax, note.total) == (D("-9.68"), D("-1.94"), D("-11.62"))
    assert sum(total for _, _, total in _documents(db, d1)) == D("0.00")


def test_credited_first_then_cancelled_late_gives_nothing_back_twice(db):
    """The other order: January credited in full on Jan 15 (-28.56), then the cancellation of Jan 25 recorded:
    the Feb 10 run gives back nothing more (the credit note gave those days back); r1's documents net to 0.00."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        assert invoices.credit(s, _january(db, w), today=JAN15).total == D("-28.56")
    add_events(db, w, "r1", CANCEL)
    report = run_billing(db, FEB10, issue=True)
    assert [p.id for o in report.noted() for p in o.problems] == ["late_change_credited"]
    assert _documents(db, w.companies["r1"]) == [("invoice", "void", D("28.56")), ("credit_note", "issued", D("-28.56"))]


def test_a_modified_invoice_after_a_late_cancellation_copies_what_stands(db):
    """modify: the credit note gives back 13.82 and the copy bills the same 13.82 again (24.00 for January less
    the 12.39 already given back, + 19 %): issued, r1 is billed for Jan 10 to Jan 25 only, 28.56 - 14.74 - 13.82
    + 13.82 = 13.82; acme's cost stays 5.81 (the credit's reversal and the copy's net to nothing)."""
    w = _world(db)
    _cancelled_late(db, w)
    with unit_of_work(db) as s:
        note, copy = invoices.modify(s, _january(db, w), today=FEB12)
        assert (note.total, copy.subtotal, copy.tax, copy.total) == (D("-13.82"), D("11.61"), D("2.21"), D("13.82"))
        invoices.issue(s, copy.id, FEB12)
    assert sum(total for _, _, total in _documents(db, w.companies["r1"])) == D("13.82")
    assert _accrued(db, w, "cost") == D("5.81")


@pytest.mark.pg
@pytest.mark.parametrize("mode", ["reseller_bills", MARGIN])
def test_the_resellers_clerk_credits_net_of_the_correction_under_its_login(pg_db, mode):
    """acme's clerk bills, the hoster settles and records the cancellation, the clerk bills Feb 10 and credits
    January: the triggers accept it; 13.82 given back; cost 5.81, or margin -5.81 (as above)."""
    w = _world(pg_db, mode=mode)
    staff = StaffWorld(pg_db, dict(w.resellers), dict(w.companies))
    add_logins(staff, ("hoster_admin", "acme_clerk"))
    try:
        clerk, hoster = staff.engines["acme_clerk"], staff.engines["hoster_admin"]
        _cancelled_late(pg_db, w, clerk, hoster)
        with unit_of_work(clerk) as s:
            assert invoices.credit(s, _january(hoster, w), today=FEB12).total == D("-13.82")
        if mode == MARGIN:
            assert _accrued(hoster, w, "margin") == D("-5.81")
        else:
            assert _accrued(hoster, w, "cost") == D("5.81")
    finally:
        drop_logins(staff)


def test_credited_first_then_cancelled_late_lowers_the_cost_to_what_was_provided(db):
    """The credit note kept acme's cost of January, 12.00; the cancellation of Jan 25 (usage) lowers it to the
    days provided, Jan 10 to Jan 25: 12.00 - 6.19 = 5.81 (6.19 = 12.00 x 16/31 = 6.193)."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        invoices.credit(s, _january(db, w), today=JAN15)
    add_events(db, w, "r1", CANCEL)
    run_billing(db, FEB10, issue=True)
    assert _accrued(db, w, "cost") == D("5.81")


def _d1_world(db, paid: bool):
    """d1's January (24.00, INV of the hoster) and, ``paid``: paid in full on Jan 20, then the cancellation of
    Jan 25 recorded late and corrected on Feb 10 (-12.38)."""
    w = _world(db)
    d1 = add_company(db, w, "d1", signup=JAN10, events=[(JAN10, "subscribe", {"plan": "archiving"})])
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        jan = s.scalars(select(Invoice).where(Invoice.company_id == d1, Invoice.kind == "invoice")).one()
        number, jan_id = jan.number, jan.id
        if paid:
            payments.record(s, "d1", "24.00", "EUR", "cash", date(2026, 1, 20), "receipt",
                            allocate_to=[f"hoster:{number}"])
    add_events(db, w, "d1", [(JAN25, "cancel", {"plan": "archiving"})])
    run_billing(db, FEB10, issue=True)
    return d1, jan_id


def _ledger(db, d1, jan_id):
    """(January's open amount, d1's credit)."""
    with unit_of_work(db) as s:
        (acc,) = s.scalars(select(PaymentAccount.id).where(PaymentAccount.company_id == d1))
        return allocation.open_amount(s, s.get(Invoice, jan_id)), allocation.credit(s, acc)


def test_the_credit_note_settles_what_the_correction_note_left_open(db):
    """Unpaid: the Feb 10 correction note (-12.38) settled 12.38 of January and keeps doing so; the credit note
    settles the other 11.62 (24.00 - 12.38): January is void with nothing open and d1 has no credit (it paid
    nothing and owes nothing: 24.00 - 12.38 - 11.62 = 0.00). Before, the credit note took the correction
    note's allocation back: 12.38 open on a void invoice beside 12.38 of credit."""
    d1, jan = _d1_world(db, paid=False)
    with unit_of_work(db) as s:
        assert invoices.credit(s, jan, today=FEB12).total == D("-11.62")
    assert _ledger(db, d1, jan) == (D("0.00"), D("0.00"))


def test_a_paid_invoice_credited_after_a_correction_frees_only_the_credit_notes_amount(db):
    """Paid 24.00 on Jan 20: the correction note's 12.38 found January paid, so it is d1's credit. The credit
    note (-11.62) frees 11.62 of the payment; the payment still settles the 12.38 the correction gave back.
    January: nothing open; d1's credit 12.38 + 11.62 = 24.00, all it paid for a month given back in full."""
    d1, jan = _d1_world(db, paid=True)
    assert _ledger(db, d1, jan) == (D("0.00"), D("12.38"))
    with unit_of_work(db) as s:
        assert invoices.credit(s, jan, today=FEB12).total == D("-11.62")
    assert _ledger(db, d1, jan) == (D("0.00"), D("24.00"))


def test_a_payment_reversed_after_the_credit_note_leaves_nothing_open_and_no_credit(db):
    """Paid 24.00 on Jan 20, corrected -12.38 (credit: January was paid), credited -11.62, then the payment
    reversed on Feb 20 (the cash was counterfeit). Billed 24.00 - 12.38 - 11.62 = 0.00, paid 24.00 - 24.00 =
    0.00: January stays void with nothing open and d1 has no credit, balance 0.00. The correction's 12.38,
    unspent, now settles the part of January the payment did. Before, the void January showed 12.38 open
    (aging 61-90 on Mar 31) beside 12.38 of credit."""
    d1, jan = _d1_world(db, paid=True)
    with unit_of_work(db) as s:
        invoices.credit(s, jan, today=FEB12)
    with unit_of_work(db) as s:
        reversals.reverse(s, 1, date(2026, 2, 20), "cash counterfeit")
    assert _ledger(db, d1, jan) == (D("0.00"), D("0.00"))
    with unit_of_work(db) as s:
        assert s.get(Invoice, jan).status == "void"
        acc = statement.show(s, "d1", as_of=date(2026, 3, 31))["accounts"][0]
        assert (acc["balance"], acc["open"], acc["credit"], acc["open_invoices"]) == ("0.00", "0.00", "0.00", [])
        assert aging.aging(s, date(2026, 3, 31), customer="d1") == []


@pytest.mark.parametrize("mode", ["reseller_bills", MARGIN])
def test_a_cancellation_of_credited_days_with_nothing_else_to_bill_is_accrued_on_the_credit_note(db, mode):
    """January credited in full on Jan 15, then the cancellation of Jan 25: r1 has nothing more to be billed on
    Feb 10 (no invoice), but acme's cost of Jan 25 to Feb 10, 6.19, is given back all the same, on the credit
    note that gave r1 those days back: cost 12.00 - 6.19 = 5.81; in the margin mode the margin, 12.00 on the
    run, -24.00 on the credit note (minus the cost of the month), rises by 6.19: -5.81."""
    w = _world(db, mode=mode)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        note = invoices.credit(s, _january(db, w), today=JAN15).id
    add_events(db, w, "r1", CANCEL)
    run_billing(db, FEB10, issue=True)
    assert _documents(db, w.companies["r1"]) == [("invoice", "void", D("28.56")), ("credit_note", "issued", D("-28.56"))]
    kind = "margin" if mode == MARGIN else "cost"
    assert _accrued(db, w, kind) == (D("-5.81") if mode == MARGIN else D("5.81"))
    with unit_of_work(db) as s:
        given = [(a.invoice_id, a.boundary, a.start, a.end, a.amount) for a in s.scalars(
            select(Accrual).where(Accrual.company_id == w.companies["r1"], Accrual.boundary == FEB10))]
    assert given == [(note, FEB10, JAN25, FEB10, D("6.19") if mode == MARGIN else D("-6.19"))]


@pytest.mark.pg
@pytest.mark.parametrize("mode", ["reseller_bills", MARGIN])
def test_the_resellers_clerk_bills_a_cancellation_of_credited_days_under_its_login(pg_db, mode):
    """As above, acme's clerk crediting January and running Feb 10: the policy lets its run write the 6.19 on its
    own credit note, the triggers find the note gives those days back."""
    w = _world(pg_db, mode=mode)
    staff = StaffWorld(pg_db, dict(w.resellers), dict(w.companies))
    add_logins(staff, ("hoster_admin", "acme_clerk"))
    try:
        clerk, hoster = staff.engines["acme_clerk"], staff.engines["hoster_admin"]
        run_billing(clerk, JAN10, issue=True)
        with unit_of_work(clerk) as s:
            invoices.credit(s, _january(hoster, w), today=JAN15)
        add_events(hoster, w, "r1", CANCEL)
        run_billing(clerk, FEB10, issue=True)
        if mode == MARGIN:
            assert _accrued(hoster, w, "margin") == D("-5.81")
        else:
            assert _accrued(hoster, w, "cost") == D("5.81")
    finally:
        drop_logins(staff)


def test_a_dry_run_settles_the_cost_given_back_on_a_credit_note_as_the_run_does(db):
    """January credited on Jan 15, then the cancellation of Jan 25 recorded; billed up to Mar 1 at once. acme's
    Feb 1 invoice: January's cost, 12.00 + 20 % = 14.40; Feb 10 has nothing to invoice r1, and gives acme back
    6.19 on January's credit note; Mar 1: -6.19 - 20 % 1.238 -> 1.24 = -7.43. The dry run says so as the run
    writes it (before, it left out what a bill with nothing to invoice accrues: no Mar 1 document)."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        invoices.credit(s, _january(db, w), today=JAN15)
    add_events(db, w, "r1", CANCEL)
    expected = [(FEB1, "wholesale", "14.40"), (MAR1, "credit_note", "-7.43")]
    for dry in (True, False):
        report = run_billing(db, MAR1, dry_run=dry)
        assert [(o.boundary, o.kind, o.total) for o in report.reseller_outcomes] == expected, dry
