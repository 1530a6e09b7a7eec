"""A late change's correction of a period's ``top_up`` minimum is weighed against the minimum that period was
billed under, not today's, on both databases (the reviewer's finding 3; app/billing/company_bill.py
``_top_up_change``, the top-ups billed read with the run by app/billing/billed_rates.py):

- a period topped up: its minimum then is what it charged then plus the top-up billed for it (its own
  ``minimum`` line and those of earlier corrections of it, summed);
- a period not topped up though it charged something in advance: its minimum then was at most what it charged
  (or there was none); today's minimum is used, no higher than that, so a late credit never makes the period
  cost more than it was billed.

Amounts worked by hand from tests/billing_world.py: the hoster's mailbox 6.50 a month, tax 20 %; the hoster's
minimum 10.00 with top-up, changed (billing_settings.set_minimum) before the run that corrects; billed on the
15th from 15 January."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.billing.run import run_billing
from app.services import billing_settings
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build, set_minimum
from tests.test_minimum_top_up import _invoices, _outcomes

D = Decimal
JAN15, FEB15, MAR1, MAR2, MAR15, MAR20, APR15, MAY15 = (
    date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 15), date(2026, 3, 20),
    date(2026, 4, 15), date(2026, 5, 15))
PLAN = {"plan": "exchange-basic"}
TOPPED = [("recurring", D("6.50")), ("minimum", D("3.50"))]


def _user(u: str) -> dict:
    return PLAN | {"user": f"{u}@m.example"}


def _extra(amount: str) -> dict:
    return {"code": "setup", "amount": D(amount), "recurring": False, "description": {"en": "Setup"}}


def _company(db, users: str = "a"):
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "top_up")
    add_company(db, w, "m", signup=JAN15, events=[(JAN15, "subscribe", PLAN),
                                                  *[(JAN15, "assign", _user(u)) for u in users]])
    return w


def _set_minimum(db, amount: str | None) -> None:
    with unit_of_work(db) as s:
        billing_settings.set_minimum(s, "hoster", "EUR", amount, "top_up")


def test_a_removed_minimum_still_takes_back_the_top_up_billed(db):
    """The reviewer's s13. 15 Jan, 15 Feb, 15 Mar: 6.50 + 3.50. The minimum removed; then recorded: a second
    mailbox from 15 Mar. 15 Apr: 2 x 6.50 = 13.00 (no minimum now, no top-up); the 15 Mar period, topped up by
    3.50 to 6.50 + 3.50 = 10.00, charges 13.00 now: correction +6.50 and top-up 0.00 - 3.50 = -3.50.
    Subtotal 13.00 + 6.50 - 3.50 = 16.00, tax 3.20, total 19.20. Over the 15 Mar period 6.50 + 3.50 + 6.50
    - 3.50 = 13.00 = 2 x 6.50 (the old rule, with no minimum today, kept the 3.50: 16.50)."""
    w = _company(db)
    run_billing(db, MAR20, issue=True)
    _set_minimum(db, None)
    add_events(db, w, "m", [(MAR15, "assign", _user("b"))])
    expected = [(APR15, "billed", "19.20")]
    assert _outcomes(run_billing(db, APR15, dry_run=True)) == expected
    assert _outcomes(run_billing(db, APR15, issue=True)) == expected
    *earlier, (apr, lines) = _invoices(db)
    assert [ln for _, ln in earlier] == [TOPPED] * 3
    assert lines == [("recurring", D("13.00")), ("correction", D("6.50")), ("minimum", D("-3.50"))]
    assert (apr.subtotal, apr.tax, apr.total) == (D("16.00"), D("3.20"), D("19.20"))


def test_a_raised_minimum_does_not_change_a_past_periods_top_up(db):
    """As above, the minimum raised to 30.00 instead. 15 Apr: its own 13.00 topped up by 30.00 - 13.00 = 17.00
    (today's minimum, for the coming period); the 15 Mar period: +6.50 and -3.50 as above (its minimum was
    10.00). Subtotal 13.00 + 6.50 - 3.50 + 17.00 = 33.00, tax 6.60, total 39.60. Over the 15 Mar period 13.00
    (the old rule gave -6.50 of top-up, 30.00 - 13.00 less 30.00 - 6.50: 10.00, 3.00 lost)."""
    w = _company(db)
    run_billing(db, MAR20, issue=True)
    _set_minimum(db, "30.00")
    add_events(db, w, "m", [(MAR15, "assign", _user("b"))])
    expected = [(APR15, "billed", "39.60")]
    assert _outcomes(run_billing(db, APR15, dry_run=True)) == expected
    assert _outcomes(run_billing(db, APR15, issue=True)) == expected
    *_, (apr, lines) = _invoices(db)
    assert lines == [("recurring", D("13.00")), ("correction", D("6.50")), ("minimum", D("-3.50")),
                     ("minimum", D("17.00"))]
    assert (apr.subtotal, apr.tax, apr.total) == (D("33.00"), D("6.60"), D("39.60"))


def test_a_period_corrected_twice_counts_every_top_up_billed_for_it(db):
    """15 Mar: 6.50 + 3.50. Recorded after: a setup of 2.00 on 1 Mar (the 15 Mar bill's, for 15 Feb - 15 Mar).
    15 Apr: its own 6.50 + 3.50; the 15 Mar period charges 6.50 + 2.00 = 8.50, topped up by 1.50: +2.00 and
    -2.00 (10.00). Then the minimum raised to 30.00, and recorded: a setup of 3.00 on 2 Mar. The 15 Mar
    period was billed 3.50 - 2.00 = 1.50 of top-up, so its minimum was 8.50 + 1.50 = 10.00; it charges
    8.50 + 3.00 = 11.50 now, over it: +3.00 and -1.50. 15 May: its own 6.50 topped up by 23.50 to 30.00;
    subtotal 6.50 + 3.00 - 1.50 + 23.50 = 31.50, tax 6.30, total 37.80. Over the 15 Mar period
    6.50 + 3.50 + 2.00 - 2.00 + 3.00 - 1.50 = 11.50, its charges (the old rule: -3.00 under 30.00, 10.00)."""
    w = _company(db)
    run_billing(db, MAR20, issue=True)
    add_events(db, w, "m", [(MAR1, "extra", _extra("2.00"))])
    run_billing(db, APR15, issue=True)
    *_, (apr, apr_lines) = _invoices(db)
    assert apr_lines == [("recurring", D("6.50")), ("correction", D("2.00")), ("minimum", D("-2.00")),
                         ("minimum", D("3.50"))]
    assert apr.subtotal == D("10.00")
    _set_minimum(db, "30.00")
    add_events(db, w, "m", [(MAR2, "extra", _extra("3.00"))])
    expected = [(MAY15, "billed", "37.80")]
    assert _outcomes(run_billing(db, MAY15, dry_run=True)) == expected
    assert _outcomes(run_billing(db, MAY15, issue=True)) == expected
    *_, (may, lines) = _invoices(db)
    assert lines == [("recurring", D("6.50")), ("correction", D("3.00")), ("minimum", D("-1.50")),
                     ("minimum", D("23.50"))]
    assert (may.subtotal, may.tax, may.total) == (D("31.50"), D("6.30"), D("37.80"))


def test_a_late_credit_is_never_topped_up_above_what_the_period_was_billed(db):
    """Four mailboxes billed on 15 Jan: 26.00, over the 10.00 minimum, no top-up (so its minimum was at most
    26.00; what it was is not stored). The minimum raised to 30.00; then recorded: three mailboxes never
    started. 15 Feb: its own 6.50 topped up by 30.00 - 6.50 = 23.50; the 15 Jan period: -3 x 6.50 = -19.50
    and a top-up to today's 30.00 capped at the 26.00 it was billed: 26.00 - 6.50 = +19.50. Subtotal
    6.50 + 23.50 - 19.50 + 19.50 = 30.00, tax 6.00, total 36.00. Over the 15 Jan period 26.00, what it was
    billed, not 30.00. With the minimum unchanged, tests/test_minimum_corrections.py's case: topped up to
    10.00."""
    w = _company(db, "abcd")
    run_billing(db, JAN15, issue=True)
    _set_minimum(db, "30.00")
    add_events(db, w, "m", [(JAN15, "unassign", _user(u)) for u in "bcd"])
    expected = [(FEB15, "billed", "36.00")]
    assert _outcomes(run_billing(db, FEB15, dry_run=True)) == expected
    assert _outcomes(run_billing(db, FEB15, issue=True)) == expected
    (jan, jan_lines), (feb, lines) = _invoices(db)
    assert jan_lines == [("recurring", D("26.00"))]
    assert lines == [("recurring", D("6.50")), ("correction", D("-19.50")), ("minimum", D("19.50")),
                     ("minimum", D("23.50"))]
    assert (feb.subtotal, feb.tax, feb.total) == (D("30.00"), D("6.00"), D("36.00"))


def test_a_late_charge_into_a_period_not_topped_up_gives_back_no_top_up_it_never_billed(db):
    """Four mailboxes billed on 15 Jan: 26.00, no top-up. The minimum raised to 30.00; then recorded: a fifth
    mailbox from 15 Jan. The 15 Jan period charges 32.50 now, still no top-up: +6.50 alone (the old rule,
    weighing 26.00 against today's 30.00, gave back a top-up of 30.00 - 26.00 = 4.00 never billed: -4.00).
    15 Feb: its own 5 x 6.50 = 32.50, over 30.00; subtotal 32.50 + 6.50 = 39.00, tax 7.80, total 46.80."""
    w = _company(db, "abcd")
    run_billing(db, JAN15, issue=True)
    _set_minimum(db, "30.00")
    add_events(db, w, "m", [(JAN15, "assign", _user("e"))])
    run_billing(db, FEB15, issue=True)
    _, (feb, lines) = _invoices(db)
    assert lines == [("recurring", D("32.50")), ("correction", D("6.50"))]
    assert (feb.subtotal, feb.tax, feb.total) == (D("39.00"), D("7.80"), D("46.80"))
