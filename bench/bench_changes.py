"""Recording changes on the 100,000-company demo database (SQLite), as a clerk does from the company page.

Figures (issue 7): recording one change with its preview (the preview, then the change checked and written
in its own transaction) under 50 ms; opening a company page whose company has 2,000 events (its details on
today with the first page of its history: the service call the window makes) under 200 ms. Each figure
is the median of several tries on a working copy of the demo database.
"""
from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

from sqlalchemy import func, select

from app.models import Basis, Company, CompanyEvent, EventType, Plan
from app.services import change_preview, changes, companies_admin, directory
from app.storage.engine import make_engine, unit_of_work
from bench.demo_db import TODAY, working_copy
from bench.report import figure

COMPANIES = 100_000
TRIES = 9
HISTORY = 2_000


def busy_company(engine) -> tuple[str, str, int]:
    """A company with a running per-unit subscription: (code, plan code, quantity) on TODAY."""
    with unit_of_work(engine) as s:
        ids = s.scalars(select(CompanyEvent.company_id).join(Plan, Plan.id == CompanyEvent.plan_id)
                        .where(CompanyEvent.type == EventType.SUBSCRIBE, Plan.basis == Basis.PER_UNIT)
                        .order_by(CompanyEvent.id.desc()).limit(50))
        for cid in ids:
            detail = directory.company_detail(s, cid, today=TODAY)
            for sub in detail.subscriptions:
                if sub.basis == Basis.PER_UNIT.value and sub.quantity:
                    return detail.code, sub.plan_code, sub.quantity
    raise SystemExit("no company of the demo has a per-unit subscription")


def record_timings(engine, code: str, plan: str, quantity: int) -> list[float]:
    times = []
    for i in range(TRIES):
        event = changes.change_quantity(code, plan, quantity + 1 + i, TODAY + timedelta(days=1 + i))
        start = time.perf_counter()
        with unit_of_work(engine) as s:
            change_preview.preview(s, [event])
        with unit_of_work(engine) as s:
            changes.record_change(s, event, source="bench")
        times.append(time.perf_counter() - start)
    return times


def long_history_company(engine) -> int:
    """A new company with a subscription and 1,999 quantity changes, a day apart: 2,000 events."""
    with unit_of_work(engine) as s:
        plan = s.scalar(select(Plan.code).where(Plan.retired_on.is_(None), Plan.basis == Basis.PER_UNIT)
                        .order_by(Plan.id).limit(1))
        currency = s.scalar(select(Company.currency).group_by(Company.currency)
                            .order_by(func.count().desc()).limit(1))
        start = TODAY - timedelta(days=HISTORY + 30)
        companies_admin.add_company(s, {"code": "bench-history", "name": "Long History Ltd",
                                        "currency": currency, "signup": start,
                                        "email": "billing@long-history.example"})
    events = [changes.subscribe("bench-history", plan, start, quantity=1)]
    events += [changes.change_quantity("bench-history", plan, 2 + i % 50, start + timedelta(days=1 + i))
               for i in range(HISTORY - 1)]
    with unit_of_work(engine) as s:
        changes.record_changes(s, events, source="bench")
        return s.scalar(select(Company.id).where(Company.code == "bench-history"))


def page_timings(engine, company_id: int) -> list[float]:
    times = []
    for _ in range(TRIES):
        start = time.perf_counter()
        with unit_of_work(engine) as s:
            directory.company_detail(s, company_id, today=TODAY)  # with the first page of its history
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    engine = make_engine(f"sqlite:///{working_copy(COMPANIES, 'changes-100k.db')}")
    code, plan, quantity = busy_company(engine)
    figure("record one change with its preview (median)", statistics.median(
        record_timings(engine, code, plan, quantity)) * 1000, "ms", 50)
    company_id = long_history_company(engine)
    figure(f"open a company page with {HISTORY:,} events (median)", statistics.median(
        page_timings(engine, company_id)) * 1000, "ms", 200)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
