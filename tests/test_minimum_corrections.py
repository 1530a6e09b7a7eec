"""A ``top_up`` minimum is a minimum per billing period, on both databases: a late correction of a period is not
topped up again on the invoice that carries it, and the corrected period's own top-up is recomputed (charged or
credited back) so that the period costs, over all its invoices, its charges or the minimum, whichever is more
(app/billing/company_bill.py). Amounts worked by hand from tests/billing_world.py's prices: the hoster's mailbox
6.50 a month; acme sells it at 6.00 and pays 3.50. The hoster's minimum is 10.00 with top-up; companies exempt
from tax unless said, billed on the 10th."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from sqlalchemy import select, update

from app.billing.explain import explain_invoice
from app.billing.periods import TERM_MONTHS
from app.billing.run import run_billing
from app.models import Company, Invoice, Plan
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, World, add_company, add_events, build, set_minimum
from tests.test_billing_run_properties import _populate
from tests.test_late_changes import _money, late_hosters
from tests.test_minimum_top_up import _accruals, _invoices, _outcomes

D = Decimal
JAN10, JAN20, FEB10, MAR10, APR10 = (date(2026, 1, 10), date(2026, 1, 20), date(2026, 2, 10), date(2026, 3, 10),
                                     date(2026, 4, 10))
PLAN = {"plan": "exchange-basic"}


def _user(u: str) -> dict:
    return PLAN | {"user": f"{u}@s.example"}


def _extra(amount: str) -> dict:
    return {"code": "setup", "amount": D(amount), "recurring": False, "description": {"en": "Setup"}}


def _company(db, users: str, **kw):
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "top_up")
    add_company(db, w, "s", signup=JAN10, tax_treatment=kw.get("tax_treatment", "exempt"), events=[
        (JAN10, "subscribe", PLAN), *[(JAN10, "assign", _user(u)) for u in users]])
    return w


def _label(db, boundary: date) -> str:
    with unit_of_work(db) as s:
        return invoices.label(s.scalars(select(Invoice).where(Invoice.period_start == boundary)).one())


def test_a_late_charge_into_a_topped_up_period_takes_back_its_top_up(db):
    """The brief's case. One mailbox: Jan 10 and Feb 10 each 6.50 topped up by 3.50 to 10.00. Recorded after
    Feb 10: a one-off setup of 3.00 on Jan 20 (billed at Feb 10, for [Jan 10, Feb 10)), and a second mailbox
    from Mar 10 (in time). Mar 10: its own 2 x 6.50 = 13.00 (no top-up); the Feb 10 period now charges
    6.50 + 3.00 = 9.50, topped up by 10.00 - 9.50 = 0.50 instead of 3.50: the correction is +3.00 and
    0.50 - 3.50 = -3.00 of the top-up, 0.00 net: 13.00 + 3.00 - 3.00 = 13.00. (Weighed with the corrections,
    the old rule gave 13.00 + 3.00 = 16.00: the Feb 10 period would have cost 13.00, over its minimum.)"""
    w = _company(db, "a")
    run_billing(db, FEB10, issue=True)
    add_events(db, w, "s", [(JAN20, "extra", _extra("3.00")), (MAR10, "assign", _user("b"))])
    expected = [(MAR10, "billed", "13.00")]
    assert _outcomes(run_billing(db, MAR10, dry_run=True)) == expected
    assert _outcomes(run_billing(db, MAR10, issue=True)) == expected
    jan, feb, (mar, lines) = _invoices(db)
    assert jan[1] == feb[1] == [("recurring", D("6.50")), ("minimum", D("3.50"))]
    assert lines == [("recurring", D("13.00")), ("correction", D("3.00")), ("minimum", D("-3.00"))]
    assert (mar.subtotal, mar.tax, mar.total) == (D("13.00"), D("0"), D("13.00"))
    # Over the Feb 10 period: 6.50 + 3.50 + 3.00 - 3.00 = 10.00 = max(10.00, 9.50).
    with unit_of_work(db) as s:
        _, extra, top_up = explain_invoice(s, mar.id).lines
        feb_label = invoices.label(s.get(Invoice, feb[0].id))
    # The top-up's correction corrects the Feb 10 period, billed on the Feb 10 invoice, for the late setup.
    assert (top_up.corrected_period.start, top_up.corrected_period.end) == (FEB10, MAR10)
    assert (top_up.start, top_up.end) == (FEB10, MAR10)
    assert top_up.corrected_invoice == feb_label
    assert top_up.words[0].id == "correction" and top_up.minimum is None
    # The late setup alone: the Mar 10 mailbox is dated after the Feb 10 billing, not a late change.
    assert [c.type for c in top_up.causes] == ["extra"]
    assert extra.corrected_invoice == feb_label


def test_a_late_charge_of_a_period_over_its_minimum_is_not_topped_up_again(db):
    """Four mailboxes from Jan 10: 26.00 on Jan 10 and on Feb 10, over the minimum. Recorded after Feb 10:
    three of them left on Feb 10, a setup of 5.00 on Jan 20, and the last one leaves on Mar 10 (in time): the
    Mar 10 invoice has no line of its own. The Feb 10 period now charges 6.50 + 5.00 = 11.50, over the minimum
    as it was (26.00): no top-up either way. Mar 10: -3 x 6.50 = -19.50 and +5.00: a credit note of -14.50.
    (The old rule topped the 5.00 up to 10.00: -9.50, though the period had paid far more than its minimum.)"""
    w = _company(db, "abcd")
    run_billing(db, FEB10, issue=True)
    add_events(db, w, "s", [*[(FEB10, "unassign", _user(u)) for u in "bcd"], (JAN20, "extra", _extra("5.00")),
                            (MAR10, "unassign", _user("a"))])
    expected = [(MAR10, "billed", "-14.50")]
    assert _outcomes(run_billing(db, MAR10, dry_run=True)) == expected
    assert _outcomes(run_billing(db, MAR10, issue=True)) == expected
    *_, (mar, lines) = _invoices(db)
    # In the order of the days they correct: the setup [Jan 20, Jan 21), then the mailboxes [Feb 10, Mar 10).
    assert lines == [("correction", D("5.00")), ("correction", D("-19.50"))]
    assert (mar.kind, mar.subtotal, mar.total) == ("credit_note", D("-14.50"), D("-14.50"))


def test_a_late_credit_under_the_minimum_recomputes_the_periods_top_up(db):
    """Four mailboxes billed on Jan 10: 26.00, over the minimum. Recorded after: three never started. Feb 10
    (tax 20 %): its own 6.50 topped up by 3.50; the Jan 10 period now charges 6.50, so it is topped up too:
    -3 x 6.50 = -19.50 and a top-up of 3.50 - 0.00 = +3.50. Subtotal 6.50 + 3.50 - 19.50 + 3.50 = -6.00,
    tax -1.20, total -7.20: a credit note. Over the Jan 10 period: 26.00 - 19.50 + 3.50 = 10.00 = max(10.00,
    6.50); over the Feb 10 one 10.00."""
    w = _company(db, "abcd", tax_treatment="standard")
    run_billing(db, JAN10, issue=True)
    add_events(db, w, "s", [(JAN10, "unassign", _user(u)) for u in "bcd"])
    expected = [(FEB10, "billed", "-7.20")]
    assert _outcomes(run_billing(db, FEB10, dry_run=True)) == expected
    assert _outcomes(run_billing(db, FEB10, issue=True)) == expected
    (jan, jan_lines), (feb, lines) = _invoices(db)
    assert jan_lines == [("recurring", D("26.00"))] and jan.total == D("31.20")  # 26.00 + 5.20
    # Own lines first, then the corrections of [Jan 10, Feb 10), then this period's top-up.
    assert lines == [("recurring", D("6.50")), ("correction", D("-19.50")), ("minimum", D("3.50")),
                     ("minimum", D("3.50"))]
    assert (feb.kind, feb.subtotal, feb.tax, feb.total) == ("credit_note", D("-6.00"), D("-1.20"), D("-7.20"))
    with unit_of_work(db) as s:
        _, _, past, own = explain_invoice(s, feb.id).lines
        jan_label = invoices.label(s.get(Invoice, jan.id))
    assert (past.corrected_period.start, past.corrected_period.end, past.corrected_invoice) == (JAN10, FEB10,
                                                                                                 jan_label)
    assert [c.type for c in past.causes] == ["unassign"] * 3
    # The own top-up weighs the own charges 6.50 only (the credit -19.50 stays aside): 10.00 - 6.50 = 3.50.
    assert (own.corrected_period, own.minimum, own.topped_subtotal) == (None, D("10.00"), D("6.50"))


def test_the_own_top_up_weighs_the_own_lines_not_the_corrections(db):
    """One mailbox: Jan 10 and Feb 10 each 6.50 + 3.50. Recorded after: a setup of 2.00 on Jan 20. Mar 10: its
    own 6.50 topped up by 3.50 (the correction's 2.00 is not the Mar 10 period's); the Feb 10 period charges
    6.50 + 2.00 = 8.50, topped up by 1.50 instead of 3.50: +2.00 and -2.00. Total 6.50 + 2.00 - 2.00 + 3.50 =
    10.00. The explanation of the own minimum line says 10.00 = 6.50 + 3.50 (not 8.50 + 3.50 = 12.00)."""
    w = _company(db, "a")
    run_billing(db, FEB10, issue=True)
    add_events(db, w, "s", [(JAN20, "extra", _extra("2.00"))])
    run_billing(db, MAR10, issue=True)
    *_, (mar, lines) = _invoices(db)
    assert lines == [("recurring", D("6.50")), ("correction", D("2.00")), ("minimum", D("-2.00")),
                     ("minimum", D("3.50"))]
    assert mar.total == D("10.00")
    with unit_of_work(db) as s:
        *_, past, own = explain_invoice(s, mar.id).lines
    assert (past.corrected_period.start, past.minimum) == (FEB10, None)
    assert (own.minimum, own.topped_subtotal) == (D("10.00"), D("6.50"))
    assert own.words[0].params == {"minimum": D("10.00"), "subtotal": D("6.50"), "top_up": D("3.50")}
    # A fourth month with no change: nothing left to correct, 6.50 + 3.50.
    run_billing(db, APR10, issue=True)
    *_, (apr, apr_lines) = _invoices(db)
    assert apr_lines == [("recurring", D("6.50")), ("minimum", D("3.50"))]


def test_in_the_margin_mode_a_top_ups_correction_is_the_resellers_margin(db):
    """acme bills c1 in the margin mode under its own 10.00 minimum with top-up; c1's mailbox from Jan 15 at
    6.00 (cost 3.50), billed on Jan 15: 6.00 + 4.00. Recorded after: a second mailbox since Jan 15. Feb 15:
    own 2 x 6.00 = 12.00, correction +6.00, the Jan 15 period charges 12.00 now: its top-up 0.00 - 4.00 =
    -4.00. Subtotal 12.00 + 6.00 - 4.00 = 14.00, acme's tax 19 %: 2.66, total 16.66. Margins for [Jan 15,
    Feb 15): the correction 6.00 - 3.50 = 2.50 and the top-up's -4.00 (it cost nothing)."""
    w = build(db, acme_mode="hoster_bills_hoster_processor")
    set_minimum(db, f"reseller:{w.resellers['acme']}", "EUR", "10.00", "top_up")
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS[:2])
    run_billing(db, date(2026, 1, 15), issue=True)
    add_events(db, w, "c1", [(date(2026, 1, 15), "assign", PLAN | {"user": "bob@contoso.example"})])
    run_billing(db, date(2026, 2, 15), issue=True)
    [_, (feb, lines)] = _invoices(db, company_id=w.companies["c1"])
    assert lines == [("recurring", D("12.00")), ("correction", D("6.00")), ("minimum", D("-4.00"))]
    assert (feb.subtotal, feb.tax, feb.total) == (D("14.00"), D("2.66"), D("16.66"))
    jan = (date(2026, 1, 15), date(2026, 2, 15))
    corrections = [a for a in _accruals(db) if a[2] == date(2026, 2, 15) and a[3:5] == jan]
    assert sorted((a[0], a[1], a[5]) for a in corrections) == [("margin", "correction", D("2.50")),
                                                               ("margin", "minimum", D("-4.00"))]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hoster=late_hosters())
def test_late_changes_under_a_top_up_sum_to_what_in_time_changes_bill(fresh_db, hoster):
    """tests/test_late_changes.py's property under the hoster's 30.00 minimum with top-up: each period costs,
    over its invoices, its charges or the minimum, whichever is more, whenever its changes were recorded; so
    every company's lines (top-ups and their corrections included) and its reseller's accruals sum to the
    same in a world where every change was recorded in time as in one where they came late."""
    last = max(at for c in hoster["companies"] for at in c["recorded"])
    end = last + timedelta(days=31 * max(TERM_MONTHS[c["term"]] for c in hoster["companies"]) + 40)

    def world(engine, with_events: bool):
        companies = [dict(signup=c["signup"], billing_day=c["billing_day"], reseller=c["reseller"],
                          events=c["events"] if with_events else []) for c in hoster["companies"]]
        _populate(engine, dict(mode=hoster["mode"], minimum=("30.00", "top_up"), price_change=None,
                               companies=companies))
        w = World()
        with unit_of_work(engine) as s:
            for i, c in enumerate(hoster["companies"]):
                s.execute(update(Company).where(Company.code == f"c{i}").values(term=c["term"]))
            w.plans = {p.code: p.id for p in s.scalars(select(Plan))}
            w.companies = {c.code: c.id for c in s.scalars(select(Company))}
        return w

    in_time = fresh_db()
    world(in_time, True)
    run_billing(in_time, end)
    expected = _money(in_time)

    late = fresh_db()
    w = world(late, False)
    pending = {f"c{i}": list(zip(c["recorded"], c["events"])) for i, c in enumerate(hoster["companies"])}
    day = min(c["signup"] for c in hoster["companies"])
    while day <= last + timedelta(days=10):
        for code, todo in pending.items():
            now = [e for at, e in todo if at <= day]
            if now:
                add_events(late, w, code, now)
                pending[code] = todo[len(now):]
        run_billing(late, day)
        day += timedelta(days=10)
    run_billing(late, end)
    assert _money(late) == expected
