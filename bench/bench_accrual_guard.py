"""What the accrual guard costs a reseller's clerk issuing drafts (issue 10, migration 0024), on PostgreSQL.

Target: issuing a draft one per transaction under a reseller's clerk login at most 20 % slower with the guard's
triggers (app/storage/row_security.py ``install_accrual_guard``) than without them (``remove_accrual_guard``),
for a reseller with about 2,000 companies and 12 months of billed history. Also: what the guard's index on
``accruals`` costs the hoster's bulk write of 100,000 accruals (target: at most 20 % slower than without it).

The database (made and dropped here): the demo with COMPANIES companies (Rheinwerk Cloud, reseller 1, holds 30 %
of them), everything billed up to the month before the bench's day, and one billing run to that day that leaves
its drafts. The history before it is the run's invoices and accruals of Rheinwerk, copied in bulk SQL for each of
the 12 months before (issued, their dates a month earlier each time): each of its companies then has 13 months of
accruals, as a year of monthly runs leaves them (their lines are not copied: the guard reads the lines of the
draft being issued only). Then Rheinwerk's clerk issues ISSUES drafts with the guard and ISSUES without it, in
blocks taking turns; the figure compares the median issue of each side. With PRORATA_BENCH_EXPLAIN set, the guard's
queries as one more draft is issued are explained (``auto_explain``, nested statements, rolled back).

The machine is shared: the figures are noisy (the load average is printed).
"""
from __future__ import annotations

import os
import statistics
import sys
import time

from sqlalchemy import text

from app.services import invoices
from app.storage import row_security
from app.storage.engine import make_engine, unit_of_work
from bench.bench_concurrency import demo, drafts_for_month, scratch_pg, staff_login
from bench.demo_db import TODAY
from bench.report import figure

COMPANIES = int(os.environ.get("PRORATA_BENCH_GUARD_COMPANIES", 7_000))
RESELLER = 1  # Rheinwerk Cloud: 30 % of the demo's companies
MONTHS = 12
ISSUES = 200  # on each side
BLOCK = 25
BULK = 100_000
TARGET = 1.2
GUARD_INDEXES = ("ix_accruals_company",)  # what the guard's checks look accruals up by (migration 0027)


def _columns(conn, table: str) -> list[tuple[str, str]]:
    return [tuple(r) for r in conn.execute(text(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = :t ORDER BY ordinal_position"), dict(t=table))]


def add_history(owner, drafts: list[int], months: int) -> tuple[int, int]:
    """The reseller's drafts and their accruals copied once for each of ``months`` months before, issued (triggers
    off for the bulk copy, as a restore writes rows); (invoices, accruals) written."""
    with owner.connect() as conn:
        conn.execute(text("SET session_replication_role = replica"))
        inv_cols, acc_cols = _columns(conn, "invoices"), _columns(conn, "accruals")
        conn.execute(text("CREATE TEMP TABLE bench_src AS SELECT id FROM invoices WHERE id = ANY(:ids) "
                          "AND issuer_reseller_id = :r AND status = 'draft'"), dict(ids=drafts, r=RESELLER))
        written = [0, 0]
        for k in range(1, months + 1):
            conn.execute(text("DROP TABLE IF EXISTS bench_map"))
            conn.execute(text("CREATE TEMP TABLE bench_map AS SELECT id AS old, "
                              "nextval(pg_get_serial_sequence('public.invoices', 'id')) AS new FROM bench_src"))

            def value(name, typ, table):
                if name == "id":
                    return "m.new"
                if table == "accruals" and name == "invoice_id":
                    return "m.new"
                if table == "invoices" and name == "status":
                    return "'issued'"
                if table == "invoices" and name in ("number", "chain_pos", "chain_prev", "chain_hash"):
                    return "NULL"
                if typ == "date":
                    return f"(x.\"{name}\" - interval '{k} months')::date"
                if typ.startswith("timestamp"):
                    return f"x.\"{name}\" - interval '{k} months'"
                return f'x."{name}"'

            names = ", ".join(f'"{c}"' for c, _ in inv_cols)
            written[0] += conn.execute(text(
                f"INSERT INTO invoices ({names}) SELECT {', '.join(value(c, t, 'invoices') for c, t in inv_cols)} "
                "FROM invoices x JOIN bench_map m ON m.old = x.id")).rowcount
            acc = [(c, t) for c, t in acc_cols if c != "id"]
            names = ", ".join(f'"{c}"' for c, _ in acc)
            written[1] += conn.execute(text(
                f"INSERT INTO accruals ({names}) SELECT {', '.join(value(c, t, 'accruals') for c, t in acc)} "
                "FROM accruals x JOIN bench_map m ON m.old = x.invoice_id")).rowcount
        conn.execute(text("SET session_replication_role = DEFAULT"))
        conn.commit()
        conn.execute(text("ANALYZE"))
        conn.commit()
    return written[0], written[1]


def issue_block(clerk, ids: list[int]) -> list[float]:
    """Each of ``ids`` issued in its own transaction; the seconds each took."""
    took = []
    for i in ids:
        t = time.perf_counter()
        with unit_of_work(clerk) as s:
            invoices.issue(s, i, TODAY)
        took.append(time.perf_counter() - t)
    return took


def set_guard(owner, on: bool) -> None:
    with owner.begin() as conn:
        if on:
            row_security.install_accrual_guard(conn)
        else:
            row_security.remove_accrual_guard(conn)


def explain_issue(owner, login: str, invoice: int) -> list[str]:
    """The plans of the statements the guard's triggers run while ``login`` issues ``invoice`` (rolled back)."""
    notes: list[str] = []
    with owner.connect() as conn:
        raw = conn.connection.driver_connection
        raw.add_notice_handler(lambda d: notes.append(d.message_primary or ""))
        for s in ("LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0",
                  "SET auto_explain.log_analyze = on", "SET auto_explain.log_nested_statements = on",
                  "SET auto_explain.log_buffers = on", "SET client_min_messages = log", f'SET ROLE "{login}"'):
            conn.exec_driver_sql(s)
        conn.exec_driver_sql(f"UPDATE invoices SET status = 'issued' WHERE id = {invoice}")
        conn.rollback()
    keep = ("duration", "Scan", "Index Cond", "Rows Removed", "Buffers")
    found = []
    for note in notes:  # the guard's own queries: their time, and how each reads accruals and invoices
        if "public.accruals" in note:
            lines = note.splitlines()
            found.append("\n".join([lines[0], lines[1][:110] + " ..."]
                                   + [x[:130] for x in lines[2:] if any(k in x for k in keep)
                                      and ("accruals" in x or "invoices" in x or "Index Cond" in x
                                           or "Rows Removed" in x)]))
    return found


def bulk_insert(hoster, companies: list[int], invoice) -> float:
    """The hoster's bulk write of BULK accruals (one statement under the hoster's login, rolled back)."""
    with hoster.connect() as conn:
        t = time.perf_counter()
        conn.execute(text(
            "INSERT INTO accruals (reseller_id, kind, company_id, invoice_id, boundary, line_kind, plan_id, "
            "quantity, unit_price, currency, amount) "
            "SELECT :r, 'cost', (:c)[1 + g % cardinality(:c)], :i, DATE '2026-10-01', 'recurring', NULL, 1, 2.5, "
            "'EUR', 2.5 FROM generate_series(1, :n) g"),
            dict(r=invoice.reseller_id, c=companies, i=invoice.id, n=BULK))
        elapsed = time.perf_counter() - t
        conn.rollback()
    return elapsed


def bulk_with_and_without(owner, hoster_url: str, rounds: int = 5) -> tuple[float, float]:
    """The best of ``rounds`` bulk writes with the guard's index and without it (dropped and made again by the
    owner between them, the two taking turns)."""
    from sqlalchemy.schema import CreateIndex

    from app.models import Accrual

    made = {ix.name: str(CreateIndex(ix).compile(dialect=owner.dialect)) for ix in Accrual.__table__.indexes
            if ix.name in GUARD_INDEXES}
    with owner.connect() as conn:
        invoice = conn.execute(text("SELECT id, reseller_id FROM invoices WHERE reseller_id IS NOT NULL "
                                    "ORDER BY id LIMIT 1")).one()
        companies = [r[0] for r in conn.execute(text("SELECT id FROM companies ORDER BY id"))]
    hoster = make_engine(hoster_url)
    best = {True: float("inf"), False: float("inf")}
    try:
        for _ in range(rounds):
            best[True] = min(best[True], bulk_insert(hoster, companies, invoice))
            with owner.begin() as conn:
                for name in made:
                    conn.execute(text(f"DROP INDEX {name}"))
            best[False] = min(best[False], bulk_insert(hoster, companies, invoice))
            with owner.begin() as conn:
                for ddl in made.values():
                    conn.execute(text(ddl))
    finally:
        hoster.dispose()
    return best[True], best[False]


def main() -> int:
    with scratch_pg("prorata_bench_guard") as url:
        if url is None:
            print("  (no PostgreSQL server: skipped)")
            return 0
        t0 = time.perf_counter()
        demo(url, COMPANIES)
        drafts = drafts_for_month(url, TODAY)
        owner = make_engine(url)
        inv, acc = add_history(owner, drafts, MONTHS)
        with owner.connect() as conn:
            mine = [r[0] for r in conn.execute(text(
                "SELECT id FROM invoices WHERE id = ANY(:ids) AND issuer_reseller_id = :r AND status = 'draft' "
                "AND kind = 'invoice' ORDER BY id"), dict(ids=drafts, r=RESELLER))]
            companies, accruals = conn.execute(text(
                "SELECT count(DISTINCT company_id), count(*) FROM accruals WHERE reseller_id = :r"),
                dict(r=RESELLER)).one()
            indexes = sorted(conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'accruals'"))
                             .scalars())
        print(f"    (reseller {RESELLER}: {companies:,} companies with accruals, {accruals:,} accruals "
              f"({acc:,} of them history, on {inv:,} issued invoices); {len(mine):,} drafts; accruals' indexes: "
              f"{', '.join(indexes)}; built in {time.perf_counter() - t0:.0f} s)", flush=True)
        if len(mine) < 2 * ISSUES + 1:
            print("  (too few drafts: skipped)")
            return 0
        with staff_login(url, "reseller-clerk", "rheinwerk") as clerk_url:
            login = clerk_url.split("://", 1)[1].split(":", 1)[0].split("@", 1)[0]
            clerk = make_engine(clerk_url)
            issue_block(clerk, mine[:1])  # the connection and the session's plans warm
            todo = mine[1:2 * ISSUES + 1]
            on: list[float] = []
            off: list[float] = []
            load = os.getloadavg()[0]
            for b in range(0, len(todo), 2 * BLOCK):
                for guarded in ((True, False) if b // (2 * BLOCK) % 2 == 0 else (False, True)):
                    set_guard(owner, guarded)
                    ids = todo[b:b + BLOCK] if guarded else todo[b + BLOCK:b + 2 * BLOCK]
                    (on if guarded else off).extend(issue_block(clerk, ids))
            set_guard(owner, True)
            # The median issue on each side: the machine is shared, and a few issues that waited for the CPU
            # would weigh on a mean.
            figure(f"issue one draft, {companies:,} companies x {MONTHS + 1} months: guard / none",
                   statistics.median(on) / statistics.median(off), "x", TARGET)
            print(f"    (median issue: guard {1000 * statistics.median(on):.1f} ms, none "
                  f"{1000 * statistics.median(off):.1f} ms; mean {1000 * statistics.mean(on):.1f} and "
                  f"{1000 * statistics.mean(off):.1f} ms; {len(on)} each; load average {load:.1f}, shared "
                  f"machine)", flush=True)
            if os.environ.get("PRORATA_BENCH_EXPLAIN"):
                for note in explain_issue(owner, login, mine[-1]):
                    print("    " + note.replace("\n", "\n    "))
            clerk.dispose()
        load = os.getloadavg()[0]
        with staff_login(url, "hoster-clerk") as hoster_url:
            indexed, bare = bulk_with_and_without(owner, hoster_url)
        figure(f"hoster bulk insert of {BULK:,} accruals: guard's index / none", indexed / bare, "x", TARGET)
        print(f"    (best of 5: with {indexed:.2f} s, without {bare:.2f} s, as the hoster's clerk; a bare "
              f"INSERT ... SELECT, where a run does much else per accrual; load average {load:.1f})", flush=True)
        owner.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
