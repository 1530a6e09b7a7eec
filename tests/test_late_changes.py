"""Changes recorded after their period was billed are billed on the next invoice, never lost
(both databases): a hand-worked scenario, and a property over random histories and delays."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.billing.periods import TERM_MONTHS
from app.billing.run import run_billing
from app.models import Accrual, Company, Invoice, InvoiceLine, Plan
from app.storage.engine import unit_of_work
from tests.billing_world import World, add_company, add_events, build
from tests.test_billing_run_properties import MODES, _populate, company_histories

D = Decimal


def _lines(engine, company_id, boundary):
    with unit_of_work(engine) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == company_id,
                                              Invoice.period_start == boundary)).one()
        lines = [(ln.kind, ln.start, ln.end, ln.quantity, ln.unit_price, ln.amount) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))]
        return lines, (inv.subtotal, inv.tax, inv.total)


def test_a_user_assigned_back_into_an_invoiced_month_is_billed_on_the_next_invoice(db):
    w = build(db)  # the hoster's own Exchange Basic: 6.50 a user a month, tax 20 %
    l1 = add_company(db, w, "l1", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "ann@l1.example"})])
    run_billing(db, date(2026, 3, 15))  # 15 January, 15 February, 15 March: one user each
    # Recorded on 20 March: Bob has had a mailbox since 1 February.
    add_events(db, w, "l1", [(date(2026, 2, 1), "assign", {"plan": "exchange-basic", "user": "bob@l1.example"})])
    run_billing(db, date(2026, 4, 15))

    lines, totals = _lines(db, l1, date(2026, 4, 15))
    assert lines == [
        ("recurring", date(2026, 4, 15), date(2026, 5, 15), 2, D("6.50"), D("13.00")),
        # 1 February to 15 February: 14 of the 31 days of the period the 15 February invoice settled
        ("correction", date(2026, 2, 1), date(2026, 2, 15), 1, D("6.50"), D("2.94")),  # 6.50 x 14/31 = 2.935...
        # the two months already billed in advance with one user
        ("correction", date(2026, 2, 15), date(2026, 3, 15), 1, D("6.50"), D("6.50")),
        ("correction", date(2026, 3, 15), date(2026, 4, 15), 1, D("6.50"), D("6.50")),
    ]
    assert totals == (D("28.94"), D("5.79"), D("34.73"))  # 20 % of 28.94 = 5.788
    run_billing(db, date(2026, 5, 15))  # corrected once: the next invoice is the plain two users
    assert _lines(db, l1, date(2026, 5, 15))[0] == [
        ("recurring", date(2026, 5, 15), date(2026, 6, 15), 2, D("6.50"), D("13.00"))]


def test_a_late_cancellation_under_a_reseller_credits_the_company_and_the_reseller_cost(db):
    w = build(db)  # acme: 12.00 a SharePoint site to its companies, 8.00 wholesale
    c = add_company(db, w, "c1", reseller="acme", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, date(2026, 3, 1))  # c1 on 15 January and 15 February; acme settles 1 February, 1 March
    add_events(db, w, "c1", [(date(2026, 2, 15), "cancel", {"plan": "sharepoint-sites"})])
    run_billing(db, date(2026, 3, 15))

    lines, totals = _lines(db, c, date(2026, 3, 15))
    # Cancelled on 15 February: nothing was due from then; 2 sites x 12.00 billed in advance come back.
    assert lines == [("correction", date(2026, 2, 15), date(2026, 3, 15), -2, D("12.00"), D("-24.00"))]
    assert totals[0] == D("-24.00")
    with unit_of_work(db) as s:
        cost = [(a.line_kind, a.quantity, a.amount) for a in s.scalars(
            select(Accrual).where(Accrual.company_id == c, Accrual.boundary == date(2026, 3, 15)))]
    assert cost == [("correction", -2, D("-16.00"))]  # 2 x 8.00 of acme's cost for the month, credited


@st.composite
def late_hosters(draw):
    companies = [draw(company_histories(f"c{i}")) for i in range(draw(st.integers(1, 3)))]
    for c in companies:  # each event recorded some days after its date, in the order of dates
        recorded, at = [], None
        for day, _, _ in c["events"]:
            at = max(at or day, day + timedelta(days=draw(st.sampled_from([0, 0, 3, 20, 45, 100]))))
            recorded.append(at)
        c["recorded"] = recorded
        c["term"] = draw(st.sampled_from(["monthly", "monthly", "quarterly", "half_yearly", "yearly"]))
    return dict(mode=draw(st.sampled_from(MODES)), companies=companies)


def _money(engine) -> tuple[dict, dict]:
    """Each company's lines summed (what it was invoiced before tax) and its reseller accruals summed."""
    lines: dict = defaultdict(Decimal)
    accruals: dict = defaultdict(Decimal)
    with unit_of_work(engine) as s:
        for cid, amount in s.execute(select(Invoice.company_id, InvoiceLine.amount)
                                     .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
                                     .where(Invoice.company_id.is_not(None))):
            lines[cid] += amount
        for cid, kind, amount in s.execute(select(Accrual.company_id, Accrual.kind, Accrual.amount)):
            accruals[(cid, kind)] += amount
    # A company whose changes net to nothing has no invoice in one world and lines summing to 0 in the other.
    return {k: v for k, v in lines.items() if v}, {k: v for k, v in accruals.items() if v}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hoster=late_hosters())
def test_late_changes_sum_to_what_in_time_changes_bill(fresh_db, hoster):
    """Over random terms too: a late change into a quarter or a year is corrected like one into a month."""
    last = max(at for c in hoster["companies"] for at in c["recorded"])
    # Every company has billed again after its last change was recorded: a term after it, and some days.
    end = last + timedelta(days=31 * max(TERM_MONTHS[c["term"]] for c in hoster["companies"]) + 40)

    def world(engine, with_events: bool):
        """The run properties' hoster (every plan priced at every layer), its companies with or without
        their events."""
        companies = [dict(signup=c["signup"], billing_day=c["billing_day"], reseller=c["reseller"],
                          events=c["events"] if with_events else []) for c in hoster["companies"]]
        _populate(engine, dict(mode=hoster["mode"], minimum=None, price_change=None, companies=companies))
        w = World()
        with unit_of_work(engine) as s:
            for i, c in enumerate(hoster["companies"]):  # each billed for its term (prices are monthly)
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
    while day <= last + timedelta(days=10):  # a run every ten days, with what has been recorded by then
        for code, todo in pending.items():
            now = [e for at, e in todo if at <= day]
            if now:
                add_events(late, w, code, now)
                pending[code] = todo[len(now):]
        run_billing(late, day)
        day += timedelta(days=10)
    run_billing(late, end)
    assert _money(late) == expected
