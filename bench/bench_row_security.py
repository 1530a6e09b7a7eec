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

The machine is shared: the figures are noisy (the load average is printed).
"""
from __future__ import annotations

import os
import sys
import time

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.models import Company
from app.services import directory
from app.services.tenant_view import HOSTER_REF, NodeKind, NodeRef
from app.storage.engine import make_engine, unit_of_work
from bench.bench_billing import mark_billed_until
from bench.bench_concurrency import demo, scratch_pg, staff_login
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


def main() -> int:
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
