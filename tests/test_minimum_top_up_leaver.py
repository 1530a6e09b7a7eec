"""A ``top_up`` minimum and a company that leaves, on both databases: its last invoice, which bills only the
prorations and extras of its last period (nothing in advance: it has no period after), is not topped up, and a
change recorded late bills the same (app/billing/company_bill.py ``_ahead``).

The rule decided (the reviewer's finding 1): the last period keeps the top-up its own invoice billed, and the
extras or prorations of that period charged on the last invoice are billed as they are. This is what a company
that stays gets: the 15 March invoice is topped up on its own lines (6.50 + 3.50), and an extra dated
25 March is charged on the 15 April invoice and weighed there (6.50 + 5.00 = 11.50, over the minimum), never
given back out of the 15 March top-up. Giving the 3.50 back to the leaver alone (period 11.50) would bill a
company that leaves less than one that stays for the same March. So the leaver's March costs
6.50 + 3.50 + 5.00 = 15.00 (not 10.00 + 5.00 + a 5.00 top-up for 15 April - 15 May = 20.00).

Amounts worked by hand from tests/billing_world.py: the hoster's mailbox 6.50 a month, tax 20 %; the hoster's
minimum 10.00 with top-up; companies billed on the 15th from 15 January."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Invoice, Status
from app.storage.engine import unit_of_work
from tests.billing_world import World, add_company, add_events, build, set_minimum
from tests.test_minimum_top_up import _invoices

D = Decimal
JAN15, MAR15, MAR20, MAR25, APR15, MAY15, JUN1 = (date(2026, 1, 15), date(2026, 3, 15), date(2026, 3, 20),
                                                   date(2026, 3, 25), date(2026, 4, 15), date(2026, 5, 15),
                                                   date(2026, 6, 1))
PLAN = {"plan": "exchange-basic"}
EXTRA = (MAR25, "extra", {"code": "support-call", "amount": D("5.00"), "recurring": False,
                          "description": {"en": "Support call"}})
CANCEL = (APR15, "cancel", PLAN)
TOPPED = [("recurring", D("6.50")), ("minimum", D("3.50"))]  # 15 Jan, 15 Feb, 15 Mar: 10.00, tax 2.00


def _mailbox(user: str) -> list:
    return [(JAN15, "subscribe", PLAN), (JAN15, "assign", PLAN | {"user": user})]


def _world(db, companies: dict[str, list]) -> tuple[dict[str, int], World]:
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "top_up")
    return {code: add_company(db, w, code, signup=JAN15, events=events) for code, events in companies.items()}, w


def _billed(db, company_id: int) -> Decimal:
    """What the company's invoices charge, before tax (a carried deferred invoice's lines counted once)."""
    with unit_of_work(db) as s:
        return sum(s.scalars(select(Invoice.subtotal).where(Invoice.company_id == company_id,
                                                            Invoice.status != Status.CARRIED.value)), D(0))


def test_a_leavers_last_invoice_charges_its_extra_without_a_top_up(db):
    """The reviewer's case 1. 15 Jan, 15 Feb, 15 Mar: 6.50 + 3.50 = 10.00 each (tax 2.00, 12.00). 15 Apr (the
    plan cancelled that day): the extra 5.00 alone, tax 1.00, total 6.00; 15 May: nothing. The company that
    stays with the same extra: 15 Apr 6.50 + 5.00 = 11.50 (over 10.00, no top-up), tax 2.30, 13.80; both keep
    the 15 Mar top-up of 3.50."""
    ids, _ = _world(db, {"leaves": _mailbox("a@l.example") + [EXTRA, CANCEL],
                         "stays": _mailbox("a@s.example") + [EXTRA]})
    run_billing(db, JUN1, issue=True)
    *earlier, (apr, lines) = _invoices(db, company_id=ids["leaves"])
    assert [(inv.period_start, ln) for inv, ln in earlier] == [(date(2026, m, 15), TOPPED) for m in (1, 2, 3)]
    assert (apr.period_start, lines) == (APR15, [("extra", D("5.00"))])
    assert (apr.subtotal, apr.tax, apr.total) == (D("5.00"), D("1.00"), D("6.00"))
    # Over March: 6.50 + 3.50 + 5.00 = 15.00; in all 3 x 10.00 + 5.00 = 35.00.
    assert _billed(db, ids["leaves"]) == D("35.00")
    stays = _invoices(db, company_id=ids["stays"])
    assert stays[2][1] == TOPPED
    assert stays[3][1] == [("recurring", D("6.50")), ("extra", D("5.00"))]
    assert (stays[3][0].subtotal, stays[3][0].tax, stays[3][0].total) == (D("11.50"), D("2.30"), D("13.80"))


def test_a_leavers_last_proration_is_not_topped_up(db):
    """The reviewer's case 2: a second mailbox from 20 Mar, the plan cancelled on 15 Apr. 15 Apr: the
    proration 6.50 x 26/31 (20 Mar - 15 Apr of the 31-day period) = 5.451... -> 5.45, tax 1.09, total 6.54;
    no top-up (it was 4.55 to 10.00). March: 6.50 + 3.50 + 5.45 = 15.45 (not 20.00)."""
    ids, _ = _world(db, {"leaves": _mailbox("a@l.example") + [(MAR20, "assign", PLAN | {"user": "b@l.example"}),
                                                                CANCEL]})
    run_billing(db, JUN1, issue=True)
    *_, (mar, mar_lines), (apr, lines) = _invoices(db, company_id=ids["leaves"])
    assert mar_lines == TOPPED
    assert lines == [("proration", D("5.45"))]
    assert (apr.subtotal, apr.tax, apr.total) == (D("5.45"), D("1.09"), D("6.54"))
    assert _billed(db, ids["leaves"]) == D("35.45")  # 3 x 10.00 + 5.45


def test_recorded_late_a_leavers_last_period_bills_the_same(db):
    """The reviewer's s18. The extra of 25 Mar, and (another company) the mailbox of 20 Mar, recorded after the
    15 Apr run, which billed neither anything (cancelled on 15 Apr, no change in March). 15 May: the
    correction alone, no top-up dated 15 Apr - 15 May: 5.00 (tax 1.00, 6.00) and 5.45 (tax 1.09, 6.54), as
    in time: 35.00 and 35.45 in all."""
    ids, w = _world(db, {"extra": _mailbox("a@e.example") + [CANCEL],
                         "mailbox": _mailbox("a@m.example") + [CANCEL]})
    run_billing(db, APR15, issue=True)
    add_events(db, w, "extra", [EXTRA])
    add_events(db, w, "mailbox", [(MAR20, "assign", PLAN | {"user": "b@m.example"})])
    run_billing(db, JUN1, issue=True)
    for code, amount, tax, total in (("extra", "5.00", "1.00", "6.00"), ("mailbox", "5.45", "1.09", "6.54")):
        *earlier, (may, lines) = _invoices(db, company_id=ids[code])
        assert [inv.period_start for inv, _ in earlier] == [date(2026, m, 15) for m in (1, 2, 3)]
        assert (may.period_start, lines) == (MAY15, [("correction", D(amount))])
        assert (may.subtotal, may.tax, may.total) == (D(amount), D(tax), D(total))
    assert (_billed(db, ids["extra"]), _billed(db, ids["mailbox"])) == (D("35.00"), D("35.45"))


def test_a_late_cancellation_gives_back_the_top_up_of_the_period_it_removes(db):
    """Recorded after the 15 Apr run (which billed 6.50 + 3.50 for 15 Apr - 15 May): the 25 Mar extra and the
    cancellation on 15 Apr. 15 May corrects the 15 Apr bill to what it is in time (the extra alone, not topped
    up): +5.00 for the extra, -6.50 for the month no longer had, and its top-up 0.00 - 3.50 = -3.50 (the old
    rule topped the extra up to 10.00 instead: +1.50). Subtotal 5.00 - 6.50 - 3.50 = -5.00, tax -1.00,
    total -6.00: a credit note. In all 4 x 10.00 - 5.00 = 35.00, as in time (the first test)."""
    ids, w = _world(db, {"late": _mailbox("a@x.example"), "in_time": _mailbox("a@y.example") + [EXTRA, CANCEL]})
    run_billing(db, APR15, issue=True)
    add_events(db, w, "late", [EXTRA, CANCEL])
    run_billing(db, JUN1, issue=True)
    *earlier, (may, lines) = _invoices(db, company_id=ids["late"])
    assert [ln for _, ln in earlier] == [TOPPED] * 4
    # In the order of the days they correct: the extra [25 Mar, 26 Mar), then 15 Apr - 15 May.
    assert lines == [("correction", D("5.00")), ("correction", D("-6.50")), ("minimum", D("-3.50"))]
    assert (may.kind, may.subtotal, may.tax, may.total) == ("credit_note", D("-5.00"), D("-1.00"), D("-6.00"))
    assert _billed(db, ids["late"]) == _billed(db, ids["in_time"]) == D("35.00")
