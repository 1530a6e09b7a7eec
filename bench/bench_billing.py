"""Billing run benchmarks: one month, issuing, on the demo databases; a year's catch-up.

Targets (issue 12), on a 2-core machine: one month for 100,000 companies after a
year of history in at most 20 s on SQLite and 30 s on PostgreSQL, peak memory
under 500 MB (the run's process and each worker); the same month after three
years of history within 10 % of that; a catch-up of a year (every boundary
since signup) in at most 3 minutes on either database; 10,000 companies no
more than a tenth of 100,000 plus 10 %; a dry run of one company under 50 ms.
Runs use as many worker processes as ``app.billing.parallel`` gives them
(PRORATA_BILLING_WORKERS=0: none); tests/test_parallel_run.py proves the
results equal to a single-process run's.

Setup, not timed: for a month, every company is marked billed up to its last
boundary before the month, with its state there (``app.billing.snapshots``) as
the run that billed it would have kept it, so the timed run bills exactly one
month and reads only that month's events, however long the history.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from multiprocessing import get_context
from typing import NamedTuple

from dateutil.relativedelta import relativedelta
from sqlalchemy import insert, select, text

from app.billing.context import (company_key, events_cutoff, load_companies, load_context, load_events,
                                 reseller_key)
from app.billing.periods import boundary_on_or_before, effective_day
from app.billing.run import run_billing
from app.billing.settlement import reseller_tasks
from app.models import BilledPeriod, Company
from app.payments import ledger
from app.storage.engine import make_engine, unit_of_work
from bench.demo_db import TODAY, working_copy
from bench.report import figure, peak_memory_mb

AS_OF = TODAY
MONTH_BEFORE = AS_OF - relativedelta(months=1)


class _Document(NamedTuple):
    """What ``ledger.account_ids`` reads of a document to find or make its account."""

    reseller_id: int | None
    company_id: int | None
    customer_reseller_id: int | None
    issuer_reseller_id: int | None
    currency: str


def mark_billed_until(engine, day: date, *, snapshots: bool = False) -> None:
    """Every company billed up to its last boundary on or before ``day``, having seen every event recorded,
    with its payment account, and every reseller settled up to its own, as monthly runs would leave them;
    ``snapshots``: with each company's state at that boundary, as the run keeps it (``app.billing.snapshots``),
    so that the next run reads only the events after it."""
    with unit_of_work(engine) as s:
        through = events_cutoff(s)
        rows = []
        for cid, bd, signup, rid in s.execute(select(Company.id, Company.billing_day, Company.signup,
                                                     Company.reseller_id)):
            last = boundary_on_or_before(day, effective_day(bd, signup))
            if last >= signup:
                rows.append(dict(customer_key=company_key(cid), company_id=cid, reseller_id=rid, boundary=last,
                                 outcome="nothing", events_through=through))
        ctx = load_context(s)
        settled: dict[int, date] = {}
        for boundary, r in reseller_tasks(s, ctx, day):
            settled[r.id] = max(boundary, settled.get(r.id, boundary))
        rows += [dict(customer_key=reseller_key(rid), company_id=None, reseller_id=rid, boundary=boundary,
                      outcome="nothing", events_through=None) for rid, boundary in settled.items()]
        s.execute(insert(BilledPeriod), rows)
        # After a year of history each billed company has its payment account (its first invoice made it).
        billed = {r["company_id"] for r in rows}
        ledger.account_ids(s, [_Document(c.reseller_id, c.id, None, ctx.issuer_for(c).reseller_id, c.currency)
                               for c in load_companies(s, None, through) if c.id in billed])
    if engine.dialect.name == "postgresql":  # as the runs that made them left the statistics (``run``)
        with unit_of_work(engine) as s:
            s.execute(text("ANALYZE billed_periods, payment_accounts"))
    if snapshots:
        _snapshot_until(engine, day)


def _snapshot_until(engine, day: date, chunk: int = 1000) -> None:
    """Each company's snapshot at its last billed boundary, folded from its events as a run folds them."""
    from app.billing import snapshots
    from app.company_state import state_on
    from app.errors import ProrataError

    with unit_of_work(engine) as s:
        ctx = load_context(s)
        through = events_cutoff(s)
        companies = [c for c in load_companies(s, None, through) if snapshots.kept_for(c)]
        for i in range(0, len(companies), chunk):
            part = companies[i:i + chunk]
            events = load_events(s, [c.id for c in part], day, through)
            rows = []
            for c in part:
                b = ctx.last_billed.get(company_key(c.id))
                if b is None:
                    continue
                evs = [e for e in events[c.id] if e.date <= b]
                try:
                    state = snapshots.encode(state_on(evs, b, ctx.bases, c.currency), evs, b, ctx.bases)
                except ProrataError:  # a history the run would refuse: it has no snapshot either
                    continue
                if state is not None:
                    rows.append((c.id, c.reseller_id, b, through, c.currency, state))
            snapshots.write(s, rows)
    with unit_of_work(engine) as s:  # as the run that wrote them would leave the planner's statistics
        s.execute(text("ANALYZE billed_periods, billing_snapshots" if engine.dialect.name == "postgresql"
                       else "ANALYZE"))


def timed_run(url: str, label: str, target: float, *, catch_up: bool = False) -> float:
    """A month (or, ``catch_up``, every boundary since signup) billed and issued; its wall time. The run has a
    process of its own, as from the command line, so that its memory is its own, not the setup's."""
    if not catch_up:
        engine = make_engine(url)
        mark_billed_until(engine, MONTH_BEFORE, snapshots=True)
        engine.dispose()
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as one:
        billed, seconds, cpu, peak, workers_peak = one.submit(_run, url).result()
    figure(f"{label} ({billed} invoices)", seconds, "s", target)
    # On a shared machine the wall time says more about the neighbours than about the run: the writing
    # process's own CPU time (workers excluded) and the load show which.
    print(f"    (the run's process used {cpu:.1f} s of CPU; load average {os.getloadavg()[0]:.1f})", flush=True)
    figure("  its peak memory (the run's process)", peak, "MB", 500)
    if workers_peak:
        figure("  its peak memory (a worker process)", workers_peak, "MB", 500)
    return seconds


def _run(url: str) -> tuple[int, float, float, float, float]:
    """In the run's own process: (invoices billed, wall seconds, CPU seconds, peak memory, workers' peak memory)."""
    engine = make_engine(url)
    t0, cpu0 = time.perf_counter(), time.process_time()
    report = run_billing(engine, AS_OF, issue=True)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    return len(report.of("billed")), seconds, cpu, peak_memory_mb(), peak_memory_mb(children=True)  # 0: no worker


def main() -> None:
    ten_k = timed_run(f"sqlite:///{working_copy(10_000, 'billing-10k.db')}", "bill run, 10,000 companies (SQLite)",
                      2.2)
    hundred_k = timed_run(f"sqlite:///{working_copy(100_000, 'billing-100k.db')}",
                          "bill run, 100,000 companies (SQLite)", 20)
    figure("10,000 companies vs a tenth of 100,000 + 10 %", ten_k, "s", hundred_k / 10 * 1.1)
    timed_run(f"sqlite:///{working_copy(100_000, 'billing-100k-3y.db', years=3)}",
              "same month after 3 years of history (SQLite)", hundred_k * 1.1)

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
    _empty_billing(pg)
    timed_run(pg, "bill run, 100,000 companies (PostgreSQL)", 30)

    timed_run(f"sqlite:///{working_copy(100_000, 'billing-100k.db')}", "catch-up of a year, 100,000 companies (SQLite)",
              180, catch_up=True)
    _empty_billing(pg)
    timed_run(pg, "catch-up of a year, 100,000 companies (PostgreSQL)", 180, catch_up=True)


def _empty_billing(url: str) -> None:
    """What a run writes, removed (issued invoices and the ledger are immutable: their triggers step aside)."""
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("SET session_replication_role = replica")  # no triggers for this cleanup
        conn.execute(text("TRUNCATE billed_periods, accruals, invoice_lines, invoices, number_series, "
                          "invoice_chain_heads, ledger_entries, payment_accounts, billing_snapshots CASCADE"))
    engine.dispose()


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
