"""What the row-level security policies cost (issue 10), on PostgreSQL.

Target: a billing run and the tenant tree at most 20 % slower under a staff
login (where every query passes through the policies) than under the superuser
(which bypasses them). Measured here at 20,000 companies rather than the issue's
100,000, so that the bench stays a few minutes on a shared 2-core machine; the
label says so. The staff login is a hoster clerk: it sees every row, so both
sides read the same rows and the difference is the policies' own cost.

- billing: a dry run of one month (every company billed up to the month before,
  then ``run_billing(dry_run=True)``), the best of three, alternating sides;
- tree: what the window reads to show it (``app.services.directory``: the root,
  the hoster's children, each reseller's and the direct group's count and first
  page, the path, row and users of a company deep in the biggest reseller, a
  search for a common word), the best of five.

JIT (migration 0030): a reseller clerk's big reads, in the server (EXPLAIN ANALYZE's execution time, the best of
seven): its invoice list (the count, a page sorted by customer and one by issue date, as ``invoices list`` asks),
its ``company_events``, its ``billed_periods`` and ``billing_snapshots``, for a reseller with 2,000 of 6,000
companies (bench/bench_moved_history.py's world, with 12 issued invoices and billed periods a company written in
bulk). The policies' correlated EXISTS clauses are costed per row, and such reads passed ``jit_above_cost``: compiled,
they took several times their time. Every staff login has ``jit = off`` as its session default; the figure is the
reads as the clerk's login starts against the same reads with ``SET jit = off`` (target <= 1.2 x: the login's
default is JIT off); the reads with ``SET jit = on`` are printed beside it. ``python -m bench.bench_row_security jit``
runs this part only.

The machine is shared: the figures are noisy (the load average is printed).
"""
from __future__ import annotations

import os
import re
import sys
import time

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select, text

from app.billing.run import run_billing
from app.models import Company
from app.services import directory
from app.services.invoice_listing import _COLUMNS, _CUSTOMER
from app.services.tenant_view import HOSTER_REF, NodeKind
from app.storage.engine import make_engine, unit_of_work
from bench.bench_billing import mark_billed_until
from bench.bench_concurrency import demo, scratch_pg, staff_login
from bench.bench_moved_history import build as build_moved
from bench.demo_db import TODAY
from bench.report import figure

COMPANIES = 20_000
TARGET = 1.2


def load_tree(engine) -> int:
    """What the window reads to show the tree and walk it; the number of rows read."""
    rows = 0
    with unit_of_work(engine) as s:
        top = directory.root(s)
        resellers = directory.children(s, HOSTER_REF)
        rows += 1 + len(resellers)
        for node in resellers:
            directory.child_count(s, node.ref)
            page = directory.children(s, node.ref)
            rows += len(page)
        biggest = max((n for n in resellers if n.ref.kind == NodeKind.RESELLER), key=lambda n: n.child_count or 0)
        deep = directory.children(s, biggest.ref, (biggest.child_count or 1) * 5 // 6, 1)
        if deep:
            directory.path_to(s, deep[0].ref)
            directory.row_of(s, deep[0].ref)
            rows += len(directory.children(s, deep[0].ref))
        rows += len(directory.search(s, "gmbh"))
    assert top is not None
    return rows


def best_of(n: int, fn, *engines) -> list[float]:
    """The best wall time of ``n`` calls of ``fn(engine)`` for each engine, the engines taking turns."""
    best = [float("inf")] * len(engines)
    for _ in range(n):
        for k, engine in enumerate(engines):
            t = time.perf_counter()
            fn(engine)
            best[k] = min(best[k], time.perf_counter() - t)
    return best


# A reseller clerk's big reads (the JIT figure): name -> statements.
BIG_READS = {
    "invoice list": ["SELECT count(*) FROM invoices",
                     f"SELECT {_COLUMNS} FROM invoices ORDER BY {_CUSTOMER}, invoices.id LIMIT 100",
                     f"SELECT {_COLUMNS} FROM invoices ORDER BY invoices.issue_date DESC, invoices.id DESC LIMIT 100"],
    "company_events": ["SELECT * FROM company_events"],
    "billed_periods": ["SELECT * FROM billed_periods"],
    "billing_snapshots": ["SELECT * FROM billing_snapshots"],
}


def add_billing_history(engine) -> None:
    """12 issued invoices a company, each with its billed period, and a snapshot a company (bulk SQL, triggers off
    as a restore writes rows)."""
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text(
            "INSERT INTO invoices (kind, number, issuer_key, issuer_reseller_id, company_id, reseller_id, currency, "
            "  language, status, issue_date, period_start, period_end, subtotal, tax, total, created_at, version) "
            "SELECT 'invoice', 'JB-' || c.id || '-' || k, coalesce('reseller:' || c.reseller_id, 'hoster'), "
            "       c.reseller_id, c.id, c.reseller_id, 'EUR', 'en_GB', 'issued', d, d, d + 30, 10, 2, 12, now(), 1 "
            "  FROM companies c CROSS JOIN generate_series(1, 12) k "
            "  CROSS JOIN LATERAL (SELECT (DATE '2025-01-01' + (k - 1) * INTERVAL '1 month')::date AS d) dd"))
        conn.execute(text(
            "INSERT INTO billed_periods (customer_key, company_id, reseller_id, boundary, outcome, invoice_id) "
            "SELECT 'company:' || i.company_id, i.company_id, i.reseller_id, i.period_start, 'invoiced', i.id "
            "  FROM invoices i WHERE i.number LIKE 'JB-%'"))
        conn.execute(text(
            "INSERT INTO billing_snapshots (company_id, reseller_id, boundary, events_through, currency, state) "
            "SELECT c.id, c.reseller_id, DATE '2025-12-01', 1, 'EUR', '{}' FROM companies c"))
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))


def _server_ms(engine, statements: list[str], jit: str | None) -> float:
    """The server's execution time of ``statements`` in one new session, ``SET jit`` to ``jit`` unless None."""
    took = 0.0
    with engine.connect() as conn:
        if jit is not None:
            conn.execute(text(f"SET jit = {jit}"))
        for sql in statements:
            plan = "\n".join(r[0] for r in conn.execute(text("EXPLAIN (ANALYZE, TIMING OFF) " + sql)))
            took += float(re.search(r"Execution Time: ([0-9.]+) ms", plan).group(1))
    return took


def jit_reads() -> None:
    """The JIT figure (see the module's text)."""
    with scratch_pg("prorata_bench_jit") as url:
        if url is None:
            print("  (no PostgreSQL server: skipped)")
            return
        owner = make_engine(url)
        build_moved(owner)
        add_billing_history(owner)
        with staff_login(url, "reseller-clerk", "mh-a") as clerk_url:
            clerk = make_engine(clerk_url)
            with clerk.connect() as conn:
                default = conn.execute(text("SHOW jit")).scalar_one()
                seen = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                        for t in ("invoices", "company_events", "billed_periods")}
            load = os.getloadavg()[0]
            times = {}
            for name, statements in BIG_READS.items():
                best = {}
                for _ in range(7):
                    for jit in (None, "off", "on"):
                        best[jit] = min(best.get(jit, float("inf")), _server_ms(clerk, statements, jit))
                times[name] = best
            as_login, off = (sum(t[k] for t in times.values()) for k in (None, "off"))
            figure(f"reseller clerk's big reads: as logged in (jit {default}) / JIT off", as_login / off, "x", TARGET)
            print(f"    ({seen['invoices']:,} invoices, {seen['company_events']:,} events, {seen['billed_periods']:,} "
                  f"billed periods of its 2,000 companies; in the server, as logged in / JIT off / JIT on: "
                  + "; ".join(f"{name} {t[None]:.1f} / {t['off']:.1f} / {t['on']:.1f} ms" for name, t in times.items())
                  + f"; load average {load:.1f}, shared machine)", flush=True)
            clerk.dispose()
        owner.dispose()


def main() -> int:
    jit_reads()
    if sys.argv[1:] == ["jit"]:
        return 0
    with scratch_pg("prorata_bench_rls") as url:
        if url is None:
            print("  (no PostgreSQL server: skipped)")
            return 0
        demo(url, COMPANIES)
        owner = make_engine(url)
        mark_billed_until(owner, TODAY - relativedelta(months=1))
        with unit_of_work(owner) as s:
            companies = s.scalar(select(func.count()).select_from(Company))
        with staff_login(url, "hoster-clerk") as clerk_url:
            clerk = make_engine(clerk_url)
            with unit_of_work(clerk) as s:  # a hoster clerk sees every company: the same work on both sides
                seen = s.scalar(select(func.count()).select_from(Company))
            if seen != companies:
                print(f"    (the hoster clerk sees {seen:,} of {companies:,} companies)")

            def dry_run(engine):
                run_billing(engine, TODAY, dry_run=True)

            load = os.getloadavg()[0]
            su, staff = best_of(3, dry_run, owner, clerk)
            figure(f"billing dry run, {companies:,} companies (not 100,000): staff / superuser", staff / su, "x",
                   TARGET)
            print(f"    (superuser {su:.2f} s, hoster clerk {staff:.2f} s; load average {load:.1f}, shared "
                  f"machine)", flush=True)

            rows = load_tree(owner)
            load = os.getloadavg()[0]
            su, staff = best_of(5, load_tree, owner, clerk)
            figure(f"tenant tree, {companies:,} companies ({rows} rows): staff / superuser", staff / su, "x",
                   TARGET)
            print(f"    (superuser {su * 1000:.0f} ms, hoster clerk {staff * 1000:.0f} ms; load average "
                  f"{load:.1f}, shared machine)", flush=True)
            clerk.dispose()
        owner.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
