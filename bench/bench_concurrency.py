"""Eight clerks issuing drafts at once on PostgreSQL (issue 10).

Target: at least 500 issues per second in total, with every issuer's series
gapless and no number used twice. Each clerk is a process of its own (spawned,
its own engine and connections) issuing its share of the drafts one by one
through ``app.services.invoices.issue``, one transaction each, as the window and
the CLI do. The shares are interleaved (draft k goes to clerk k mod 8), so the
clerks take numbers from the same series at the same moment. All wait at a
start line; the time is from the first clerk's start to the last one's end.

Setup, not timed: a scratch database (created and dropped again, like the
tests do) with a demo of ``COMPANIES`` companies, marked billed up to the month
before, and one billing run (without issuing) that leaves a draft per company.
The same again a month later for a second round under a hoster-clerk staff
login, so that row-level security applies to every query of the clerks.

Afterwards every chain is recomputed as ``prorata audit verify`` does it (the
issuers' invoice chains and the audit chain): 0 problems.

The machine is shared: the figures say as much about the neighbours as about
the code; the load average is printed beside them, and so is what an issue
costs, which the neighbours do not change much: the clerks' CPU time, their
server processes' (when the server runs on this machine) and the statements
sent, per issue.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import re
import sys
import time
import traceback
import uuid
from collections import Counter, defaultdict
from contextlib import contextmanager
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from app.models import Invoice, NumberSeries
from app.storage import schema
from app.storage.engine import make_engine, unit_of_work
from bench.demo_db import TODAY
from bench.report import figure

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
CLERKS = 8
COMPANIES = 2_000
SOLO = 200  # drafts issued by one clerk alone first, for comparison
TRAILING_DIGITS = re.compile(r"(\d+)\D*$")


# --- a scratch PostgreSQL database (also used by bench_row_security) ----------------------------------------

@contextmanager
def scratch_pg(prefix: str):
    """A fresh, migrated PostgreSQL database's URL, dropped at the end; None without a server."""
    admin_url = os.environ.get("PRORATA_TEST_PG_URL", DEFAULT_PG)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect():
            pass
    except Exception:
        admin.dispose()
        yield None
        return
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        engine = make_engine(url)
        schema.upgrade(engine)
        engine.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def staff_login(url: str, role: str, reseller: str | None = None):
    """A staff login of ``role`` added through the app (``staff.add``); its URL; the role dropped at the end
    (roles belong to the whole cluster)."""
    from app.services import staff

    owner = make_engine(url)
    login = f"pb{uuid.uuid4().hex[:8]}_{role.replace('-', '_')}"
    staff.add(owner, login, role, reseller, password=uuid.uuid4().hex, keep_in_keyring=False)
    try:
        yield make_url(url).set(username=login).render_as_string(hide_password=False)
    finally:
        with owner.connect() as conn:
            deadline = time.monotonic() + 10
            while conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE usename = :l"),
                               dict(l=login)).scalar_one() and time.monotonic() < deadline:
                conn.rollback()
                time.sleep(0.05)
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
            conn.commit()
        owner.dispose()


def demo(url: str, companies: int) -> None:
    from app.demo import generate

    engine = make_engine(url)
    generate(engine, companies, seed=1, today=TODAY)
    engine.dispose()


def drafts_for_month(url: str, as_of: date) -> list[int]:
    """Everything billed up to the month before ``as_of``, then one run to ``as_of`` without issuing: the ids
    of the drafts it leaves."""
    from app.billing.run import run_billing
    from bench.bench_billing import mark_billed_until

    engine = make_engine(url)
    with unit_of_work(engine) as s:
        before = set(s.scalars(select(Invoice.id).where(Invoice.status == "draft")))
        billed_any = s.scalar(text("SELECT count(*) FROM billed_periods"))
    if not billed_any:
        mark_billed_until(engine, as_of - relativedelta(months=1))
    run_billing(engine, as_of)
    with unit_of_work(engine) as s:
        ids = [i for i in s.scalars(select(Invoice.id).where(Invoice.status == "draft").order_by(Invoice.id))
               if i not in before]
    # The clerks start on a database whose statistics know these drafts, as autovacuum's ANALYZE has them within
    # a minute of the run (a run analyses itself only from ANALYZE_AFTER invoices on, app/billing/run.py). Without
    # them the planner takes the scratch database's tables for empty and may find an invoice by its status, every
    # draft read to issue each one: that is a cliff after a load, measured elsewhere, not the clerks' pace.
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    engine.dispose()
    return ids


# --- the clerks ----------------------------------------------------------------------------------------------

def _backend_cpu(conn) -> float | None:
    """CPU seconds the server process behind ``conn`` has used so far, when the server runs on this machine
    (read from /proc); None otherwise."""
    try:
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _clerk(url: str, ids: list[int], day: date, start, results) -> None:
    """One clerk's process: issue ``ids`` one transaction each, after everyone is at the start line; reports
    its CPU time, its server process's and the statements it sent as well (one connection, kept open)."""
    from sqlalchemy import event

    from app.errors import ProrataError
    from app.services import invoices

    os.environ["PRORATA_ACTOR"] = f"clerk-{os.getpid()}"
    engine = make_engine(url)
    statements = [0]
    event.listen(engine, "before_cursor_execute", lambda *a: statements.__setitem__(0, statements[0] + 1))
    with engine.connect() as conn:  # the connection is open before the clock starts
        server0 = _backend_cpu(conn)
    statements[0] = 0
    issued, refused, failed = 0, [], []
    start.wait()
    t0, cpu0 = time.time(), time.process_time()
    for i in ids:
        try:
            with unit_of_work(engine) as s:
                invoices.issue(s, i, day)
            issued += 1
        except ProrataError as exc:
            refused.append(f"{i}: {exc}")
        except Exception:
            failed.append(f"{i}: {traceback.format_exc(limit=3)}")
    t1, cpu = time.time(), time.process_time() - cpu0
    sent = statements[0]
    with engine.connect() as conn:
        server1 = _backend_cpu(conn)
    server = None if server0 is None or server1 is None else server1 - server0
    results.put((issued, refused, failed, t0, t1, cpu, server, sent))
    engine.dispose()


def issue_concurrently(url: str, ids: list[int], day: date, clerks: int = CLERKS
                       ) -> tuple[int, float, list[str], list[str], dict]:
    """``ids`` issued by ``clerks`` processes at once; (issued, seconds, refusals, failures, per issue: the
    clerks' CPU ms, their server processes' CPU ms (None if unknown), statements)."""
    ctx = mp.get_context("spawn")
    start, results = ctx.Barrier(clerks), ctx.Queue()
    procs = [ctx.Process(target=_clerk, args=(url, ids[k::clerks], day, start, results)) for k in range(clerks)]
    for p in procs:
        p.start()
    got = [results.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    issued = sum(g[0] for g in got)
    seconds = max(g[4] for g in got) - min(g[3] for g in got)
    n = max(1, len(ids))
    servers = [g[6] for g in got]
    cost = {"client_ms": 1000 * sum(g[5] for g in got) / n,
            "server_ms": None if None in servers else 1000 * sum(servers) / n,
            "statements": sum(g[7] for g in got) / n}
    return issued, seconds, [r for g in got for r in g[1]], [f for g in got for f in g[2]], cost


def _cost(cost: dict) -> str:
    server = "" if cost["server_ms"] is None else f", server {cost['server_ms']:.1f} ms"
    return (f"per issue: client CPU {cost['client_ms']:.1f} ms{server}, "
            f"{cost['statements']:.1f} statements (BEGIN and COMMIT aside)")


def numbering(url: str) -> tuple[int, int, list[str]]:
    """(gaps, duplicates, what is wrong in words) over every issuer's series: the numbers held by invoices
    must be 1..n each once, and the series' next number n + 1 (no number taken that no invoice holds)."""
    engine = make_engine(url)
    with unit_of_work(engine) as s:
        held = s.execute(select(Invoice.issuer_key, Invoice.issue_date, Invoice.number)
                         .where(Invoice.number.is_not(None))).all()
        series = {(k, y): n for k, y, n in s.execute(select(NumberSeries.issuer_key, NumberSeries.year,
                                                            NumberSeries.next_seq))}
    engine.dispose()
    seqs: dict[tuple[str, int], list[int]] = defaultdict(list)
    for key, day, number in held:
        year = day.year if (key, day.year) in series else 0
        seqs[(key, year)].append(int(TRAILING_DIGITS.search(number).group(1)))
    gaps = dups = 0
    wrong = []
    for sk in sorted(set(seqs) | set(series)):
        got = Counter(seqs.get(sk, []))
        top = series.get(sk, 1) - 1  # the last number the series gave out
        d = sum(n - 1 for n in got.values())
        g = len(set(range(1, top + 1)) - set(got)) + len([n for n in got if n > top or n < 1])
        if d or g:
            wrong.append(f"series {sk}: {g} gaps, {d} duplicates (series at {top}, {sum(got.values())} held)")
        gaps, dups = gaps + g, dups + d
    return gaps, dups, wrong


def chain_problems(url: str) -> list[str]:
    """What ``prorata audit verify`` would name, in words: every invoice chain and the audit chain recomputed."""
    from app.services import audit_chain, invoice_chain

    engine = make_engine(url)
    with unit_of_work(engine) as s:
        found = invoice_chain.verify(s).problems + audit_chain.verify(s).problems
    engine.dispose()
    return [p.message() for p in found]


def series_count(url: str) -> int:
    engine = make_engine(url)
    with unit_of_work(engine) as s:
        n = s.scalar(select(func.count()).select_from(NumberSeries))
    engine.dispose()
    return n


def one_round(url: str, ids: list[int], day: date, label: str) -> None:
    # For scale: one clerk alone on the first drafts (no target: how far eight clerks get beyond it).
    alone, ids = ids[:SOLO], ids[SOLO:]
    issued, seconds, refused, failed, cost = issue_concurrently(url, alone, day, clerks=1)
    print(f"    (for comparison, one clerk alone: {issued / seconds:.1f} issues/s over {len(alone)} drafts; "
          f"{_cost(cost)})", flush=True)
    issued, seconds, refused, failed, cost = issue_concurrently(url, ids, day)
    figure(f"{CLERKS} clerks issuing {len(ids):,} drafts, {label}", issued / seconds, "/s", 500,
           lower_is_better=False)
    print(f"    ({issued:,} issued in {seconds:.2f} s, into {series_count(url)} issuers' series; load average "
          f"{os.getloadavg()[0]:.1f}, shared machine; {_cost(cost)})", flush=True)
    gaps, dups, wrong = numbering(url)
    figure("  numbers missing from a series (gaps)", gaps, "", 0)
    figure("  numbers used twice (duplicates)", dups, "", 0)
    for line in wrong[:5]:
        print(f"    {line}")
    broken = chain_problems(url)
    figure("  problems `audit verify` names in the invoice and audit chains", len(broken), "", 0)
    for line in broken[:5]:
        print(f"    {line}")
    if issued != len(ids) or refused or failed:
        print(f"    NOT ALL ISSUED: {len(refused)} refused, {len(failed)} failed", flush=True)
        for line in (refused[:3] + failed[:3]):
            print("    " + line.replace("\n", "\n    "))
        figure("  drafts not issued", len(ids) - issued, "", 0)


def main() -> int:
    with scratch_pg("prorata_bench_conc") as url:
        if url is None:
            print("  (no PostgreSQL server: skipped)")
            return 0
        demo(url, COMPANIES)
        ids = drafts_for_month(url, TODAY)
        one_round(url, ids, TODAY + relativedelta(days=1), "superuser")
        later = TODAY + relativedelta(months=1)
        ids = drafts_for_month(url, later)
        with staff_login(url, "hoster-clerk") as clerk_url:
            one_round(clerk_url, ids, later + relativedelta(days=1), "one hoster-clerk login (RLS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
