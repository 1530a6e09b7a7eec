"""Runs that start from each company's snapshot (``app.billing.snapshots``) write what runs reading whole
histories write, and a late change sends the run back to the whole history.

Two copies of one demo database are billed month by month, one keeping snapshots and one not; between
runs, changes are recorded both in time (dated after the last billed boundary: read after the snapshot)
and late (dated into billed periods: corrections, from the whole history). Every invoice, line, accrual
and billed period is compared, column by column, leaving out the clock times of writing.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

import app.billing.snapshots as snapshots
from app.billing.context import events_cutoff, load_companies, load_context, load_events
from app.billing.run import run_billing
from app.company_state import Event, state_on
from app.demo import generate
from app.models import Company, CompanyEvent
from app.models.billing import BillingSnapshot
from app.storage.engine import unit_of_work
from tests.test_parallel_run import export

TODAY = date(2026, 11, 1)
D = Decimal


def _record(engine, company_id: int, day: date, code: str, recurring: bool, amount: str) -> None:
    with unit_of_work(engine) as s:
        c = s.get(Company, company_id)
        s.add(CompanyEvent(company_id=c.id, reseller_id=c.reseller_id, date=day, type="extra", code=code,
                           amount=D(amount), recurring=recurring, description={"en": code}))


def bill_monthly(engine) -> list:
    generate(engine, 120, seed=5, today=TODAY)
    reports = []
    months = [date(2026, 6, 1) + relativedelta(months=i) for i in range(6)]  # June to November
    with unit_of_work(engine) as s:
        ids = list(s.scalars(select(Company.id).order_by(Company.id)))
    for i, month in enumerate(months):
        reports.append(run_billing(engine, month, issue=True, workers=0).as_json())
        if i in (1, 3):
            # In time: dated after every billed boundary (the snapshot's events and these after it).
            for cid in ids[i::7]:
                _record(engine, cid, month + relativedelta(days=3), f"in-time-{i}", i == 1, "7.25")
            # Late: dated into billed periods, a recurring extra and a one-off.
            for cid in ids[i + 1::11]:
                _record(engine, cid, month - relativedelta(days=40), f"late-{i}", i == 3, "3.10")
    return reports


def test_runs_from_snapshots_write_what_runs_from_whole_histories_write(db, fresh_db, monkeypatch):
    whole = fresh_db()
    with monkeypatch.context() as m:
        m.setattr(snapshots, "kept_for", lambda company: False)
        reports = bill_monthly(whole)
        with unit_of_work(whole) as s:
            assert s.scalar(select(func.count()).select_from(BillingSnapshot)) == 0
    expected = export(whole)
    assert {"recurring", "proration", "extra", "correction"} <= {ln["kind"] for ln in expected["invoice_lines"]}

    decoded = []
    decode = snapshots.decode
    monkeypatch.setattr(snapshots, "decode", lambda *a: decoded.append(a) or decode(*a))
    kept = fresh_db()  # on PostgreSQL: the same database, emptied (ids start again)
    assert bill_monthly(kept) == reports
    assert len(decoded) > 300  # most bills after the first month started from a snapshot
    got = export(kept)
    for table, rows in expected.items():
        assert len(got[table]) == len(rows), table
        for a, b in zip(rows, got[table]):
            assert a == b, table


def test_a_snapshot_folds_back_to_the_state_it_keeps():
    bases = {1: "per_unit", 2: "per_user", 3: "per_plan"}
    b = date(2026, 5, 1)
    events = [
        Event(date(2026, 1, 10), "subscribe", 1, quantity=4, seq=1),
        Event(date(2026, 1, 10), "subscribe", 2, seq=2),
        Event(date(2026, 1, 10), "assign", 2, user=11, seq=3),
        Event(date(2026, 2, 3), "assign", 2, user=12, seq=4),
        Event(date(2026, 2, 3), "quantity", 1, quantity=6, seq=5),
        Event(date(2026, 3, 1), "currency", currency="USD", seq=6),
        Event(date(2026, 3, 2), "extra", code="backup", amount=D("5.5000"), recurring=True, seq=7),
        Event(date(2026, 3, 9), "plan_change", 2, 3, seq=8),
        Event(date(2026, 4, 2), "extra", code="setup", amount=D("20"), recurring=False, seq=9),  # before b: gone
        Event(date(2026, 5, 1), "extra", code="move-in", amount=D("9.90"), recurring=False, user=12, seq=10),
    ]
    state = state_on(events, b, bases, "EUR")
    text = snapshots.encode(state, events, b, bases)
    back = snapshots.decode(text, b, "EUR")
    again = state_on(back, b, bases, "EUR")
    assert again.currency == "USD"
    assert {p: (s.since, s.billable_quantity(bases[p]), s.users) for p, s in again.subscriptions.items()} == {
        1: (date(2026, 1, 10), 6, set()), 3: (date(2026, 3, 9), 1, {11, 12})}
    assert {c: (x.since, x.amount, x.currency) for c, x in again.extras.items()} == {
        "backup": (date(2026, 3, 2), D("5.5000"), "USD")}
    # The one-off extra dated on the boundary is billed in the next period: kept as recorded.
    assert [e for e in back if e.type == "extra" and not e.recurring] == [events[-1]]
    # A currency change on the boundary itself: no snapshot (its order among that day's extras matters).
    on_b = events + [Event(b, "extra_end", code="backup", seq=11), Event(b, "currency", currency="GBP", seq=12)]
    assert snapshots.encode(state_on(on_b, b, bases, "EUR"), on_b, b, bases) is None


def _events(engine, cid: int, p: date):
    """(what the run reads for the company's bill at ``p``, its whole history, the run's context)."""
    with unit_of_work(engine) as s:
        ctx = load_context(s)
        ctx.events_through = events_cutoff(s)
        company = next(c for c in load_companies(s) if c.id == cid)
        return (snapshots.events_for(s, ctx, [(p, company)])[cid],
                load_events(s, [cid], p, ctx.events_through)[cid], ctx, company)


def test_a_late_change_sends_the_run_back_to_the_whole_history(db):
    generate(db, 40, seed=7, today=TODAY)
    run_billing(db, date(2026, 10, 1), workers=0)
    with unit_of_work(db) as s:
        cid, boundary = s.execute(select(BillingSnapshot.company_id, BillingSnapshot.boundary)
                                  .order_by(BillingSnapshot.company_id)).first()
    p = boundary + relativedelta(months=1)
    from_snapshot, whole, ctx, company = _events(db, cid, p)
    # The snapshot stands for the history: fewer events, the same state.
    assert len(from_snapshot) < len(whole)
    bases = ctx.bases
    a, b = state_on(from_snapshot, p, bases, company.currency), state_on(whole, p, bases, company.currency)
    assert (a.currency, a.quantities(bases), set(a.extras)) == (b.currency, b.quantities(bases), set(b.extras))

    _record(db, cid, boundary - relativedelta(days=10), "late", False, "1.00")
    read, whole, _, _ = _events(db, cid, p)
    assert read == whole and any(e.code == "late" for e in read)
