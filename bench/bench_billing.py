"""Billing run benchmarks: one month, issuing, on the demo databases.

Targets (issue 3): 100,000 companies under 60 s on SQLite and under 120 s on
PostgreSQL, peak memory under 1 GB; 10,000 companies no more than a tenth of
that plus 10 %; a dry run of one company under 50 ms.

Setup, not timed: every company is marked billed up to its last boundary
before the month, so the timed run bills exactly one month.
"""
from __future__ import annotations

import os
import time
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import insert, select, text

from app.billing.context import company_key
from app.billing.periods import boundary_on_or_before, effective_day
from app.billing.run import run_billing
from app.models import BilledPeriod, Company
from app.storage.engine import make_engine, unit_of_work
from bench.demo_db import TODAY, working_copy
from bench.report import figure, peak_memory_mb

AS_OF = TODAY
MONTH_BEFORE = AS_OF - relativedelta(months=1)


def mark_billed_until(engine, day: date) -> None:
    with unit_of_work(engine) as s:
        rows = []
        for cid, bd, signup, rid in s.execute(select(Company.id, Company.billing_day, Company.signup,
                                                     Company.reseller_id)):
            last = boundary_on_or_before(day, effective_day(bd, signup))
            if last >= signup:
                rows.append(dict(customer_key=company_key(cid), company_id=cid, reseller_id=rid, boundary=last,
                                 outcome="nothing"))
        s.execute(insert(BilledPeriod), rows)


def timed_run(url: str, label: str, target: float) -> float:
    engine = make_engine(url)
    mark_billed_until(engine, MONTH_BEFORE)
    t0 = time.perf_counter()
    report = run_billing(engine, AS_OF, issue=True)
    seconds = time.perf_counter() - t0
    figure(f"{label} ({len(report.of('billed'))} invoices)", seconds, "s", target)
    engine.dispose()
    return seconds


def main() -> None:
    ten_k = timed_run(f"sqlite:///{working_copy(10_000, 'billing-10k.db')}", "bill run, 10,000 companies (SQLite)",
                      6.6)
    hundred_k = timed_run(f"sqlite:///{working_copy(100_000, 'billing-100k.db')}",
                          "bill run, 100,000 companies (SQLite)", 60)
    figure("10,000 companies vs a tenth of 100,000 + 10 %", ten_k, "s", hundred_k / 10 * 1.1)
    figure("peak memory", peak_memory_mb(), "MB", 1024)

    engine = make_engine(f"sqlite:///{working_copy(100_000, 'billing-100k.db')}")
    with unit_of_work(engine) as s:
        code = s.scalar(select(Company.code).order_by(Company.id).limit(1))
    t0 = time.perf_counter()
    run_billing(engine, AS_OF, dry_run=True, company=code)
    figure("dry run of one company", (time.perf_counter() - t0) * 1000, "ms", 50)

    pg = pg_demo_url()
    if pg is None:
        print("  (no PostgreSQL server: the PostgreSQL figure is skipped)")
        return
    engine = make_engine(pg)
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE billed_periods, accruals, invoice_lines, invoices, number_series"))
    engine.dispose()
    timed_run(pg, "bill run, 100,000 companies (PostgreSQL)", 120)


def pg_demo_url() -> str | None:
    """A PostgreSQL database holding the 100,000-company demo, made once (database prorata_bench_100k)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from app.demo import generate
    from app.models import Hoster
    from app.storage import schema

    admin_url = os.environ.get("PRORATA_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = 'prorata_bench_100k'"))
            if not exists:
                conn.execute(text("CREATE DATABASE prorata_bench_100k"))
    except Exception:
        return None
    finally:
        admin.dispose()
    url = make_url(admin_url).set(database="prorata_bench_100k").render_as_string(hide_password=False)
    engine = make_engine(url)
    schema.upgrade(engine)
    with unit_of_work(engine) as s:
        ready = s.get(Hoster, 1) is not None
    if not ready:
        generate(engine, 100_000, seed=1, today=TODAY)
    engine.dispose()
    return url


if __name__ == "__main__":
    main()
