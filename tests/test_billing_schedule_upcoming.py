"""The upcoming billing periods a schedule names start after what is billed (both databases).

m1 signs up on 15 January 2026 (anniversary: the 15th, monthly, billed in advance: the invoice of boundary
P covers [P, next P)). Dates and day counts worked by hand beside each assertion."""
from __future__ import annotations

from datetime import date

from app.billing.run import run_billing
from app.services import billing_schedule
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build


def upcoming(engine, code: str, count: int, today: date) -> list[tuple]:
    with unit_of_work(engine) as s:
        return [(p.start, p.end, p.term, p.days) for p in billing_schedule.upcoming(s, code, count, today)]


def test_a_company_billed_for_the_current_period_is_next_billed_at_the_boundary_after(db):
    w = build(db)
    add_company(db, w, "m1", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    # Before any run, on the boundary itself: the period that starts today is the next one.
    assert upcoming(db, "m1", 2, date(2026, 3, 15)) == [
        (date(2026, 3, 15), date(2026, 4, 15), "monthly", 31),   # 16 days of March + 15 of April
        (date(2026, 4, 15), date(2026, 5, 15), "monthly", 30)]   # 15 of April + 15 of May
    run_billing(db, date(2026, 3, 15))  # 15 January, 15 February and 15 March billed
    # The run of 15 March billed [15 March, 15 April): the next period to bill starts on 15 April.
    expected = [(date(2026, 4, 15), date(2026, 5, 15), "monthly", 30),
                (date(2026, 5, 15), date(2026, 6, 15), "monthly", 31),   # 16 of May + 15 of June
                (date(2026, 6, 15), date(2026, 7, 15), "monthly", 30)]   # 15 of June + 15 of July
    assert upcoming(db, "m1", 3, date(2026, 3, 15)) == expected
    # Asked a few days before the boundary that is billed already (the run went ahead): the same.
    assert upcoming(db, "m1", 3, date(2026, 3, 10)) == expected
    # Asked in the middle of the billed period: its end is the first boundary after today anyway.
    assert upcoming(db, "m1", 3, date(2026, 3, 20)) == expected
    # Asked after the periods billed: from the first boundary on or after today, as before.
    assert upcoming(db, "m1", 1, date(2026, 5, 2)) == [(date(2026, 5, 15), date(2026, 6, 15), "monthly", 31)]


def test_a_company_not_billed_yet_starts_at_its_first_boundary(db):
    w = build(db)
    add_company(db, w, "m3", signup=date(2026, 2, 10),
                events=[(date(2026, 2, 10), "subscribe", {"plan": "archiving"})])
    # Nothing billed; asked on 1 March: the first boundary on or after it is 10 March.
    assert upcoming(db, "m3", 1, date(2026, 3, 1)) == [(date(2026, 3, 10), date(2026, 4, 10), "monthly", 31)]
