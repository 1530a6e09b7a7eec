"""What the accrual guard costs a reseller's clerk (issue 10, migration 0024), on PostgreSQL.

Targets (each at most 20 % slower with the guard's triggers, app/storage/row_security.py ``install_accrual_guard``,
than without them, ``remove_accrual_guard``), for a reseller with about 2,000 companies and 12 months of billed
history:

- issuing a draft, one per transaction, under the reseller's clerk login;
- the accrual write of a real billing run under that login: the run's batches written as ``app/billing/run.py``
  ``write_rows`` writes them (``BulkWriter``: COPY into a staging table, then one INSERT through the policies, which
  fires the guard's statement trigger once). The run's batches are those of a real run to the month after the
  bench's day (recorded as it writes them, and committed); each is then written again up to its accruals and rolled
  back, with the guard, without it, and without its index too (``ix_accruals_company``, migration 0027), the sides
  taking turns; the figure compares the median time of the accrual writes of the whole run, same rows on each side.
  (The replays start each batch in a fresh transaction, so each creates its staging table again, as the first batch
  of a run does: the same on every side.)

The database (made and dropped here): the demo with COMPANIES companies (Rheinwerk Cloud, reseller 1, holds 30 %
of them), everything billed up to the month before the bench's day, and one billing run to that day that leaves
its drafts. The history before it is the run's invoices and accruals of Rheinwerk, copied in bulk SQL for each of
the 12 months before (issued, their dates a month earlier each time): each of its companies then has 13 months of
accruals, as a year of monthly runs leaves them (their lines are not copied: the guard reads the lines of the
draft being issued only). Then Rheinwerk's clerk issues ISSUES drafts with the guard and ISSUES without it, in
blocks taking turns; the figure compares the median issue of each side. With PRORATA_BENCH_EXPLAIN set, the guard's
queries as one more draft is issued are explained (``auto_explain``, nested statements, rolled back). With
PRORATA_BENCH_GUARD_RUN_ONLY set, only the run's accrual write is measured.

The machine is shared: the figures are noisy (the load average is printed).
"""
from __future__ import annotations

import os
import statistics
import sys
import time

from dateutil.relativedelta import relativedelta
from sqlalchemy import text

from app.services import invoices
from app.storage import row_security
from app.storage.engine import make_engine, unit_of_work
from bench.bench_concurrency import demo, drafts_for_month, scratch_pg, staff_login
from bench.demo_db import TODAY
from bench.report import figure

COMPANIES = int(os.environ.get("PRORATA_BENCH_GUARD_COMPANIES", 6_600))  # Rheinwerk: about 1,980
RESELLER = 1  # Rheinwerk Cloud: 30 % of the demo's companies
MONTHS = 12
ISSUES = 200  # on each side
BLOCK = 25
ROUNDS = 7  # replays of the run's accrual writes on each side
NEXT_RUN = TODAY + relativedelta(months=1)  # the clerk's run: the month after the drafts issued above
TARGET = 1.2
RUN_ONLY = bool(os.environ.get("PRORATA_BENCH_GUARD_RUN_ONLY"))  # only the run's accrual write (quicker)
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


class _Written(Exception):
    """Raised right after the replayed accrual write: nothing after it is written, and the replay rolls back."""


def capture_run(clerk, as_of) -> list:
    """A real billing run to ``as_of`` under the reseller's clerk login (one process, committed, as a reseller's
    clerk starts it); the rows of each of its batches as the run's writer got them (``run.write_rows``)."""
    from app.billing import run

    batches = []
    write_rows = run.write_rows

    def keep(s, made, *, issue):
        batches.append(made)
        return write_rows(s, made, issue=issue)

    run.write_rows = keep
    try:
        run.run_billing(clerk, as_of, workers=0)
    finally:
        run.write_rows = write_rows
    return batches


def replay_accruals(clerk, batches: list) -> tuple[float, int]:
    """Each of the run's batches written again as the run writes it (``run.write_rows``: its invoices, lines, then
    its accruals by ``BulkWriter``), each in a transaction of its own, rolled back right after its accruals; the
    seconds the accrual writes took in all (the COPY into the staging table, the INSERT through the policies and
    the guard's statement trigger, the staging table emptied), and how many accruals."""
    from sqlalchemy.orm import Session

    from app.billing import run
    from app.storage import bulk

    took = [0.0, 0]
    write = bulk.BulkWriter.write

    def timed(self, rows):
        if self.table.name != "accruals":
            return write(self, rows)
        t = time.perf_counter()
        n = write(self, rows)
        took[0] += time.perf_counter() - t
        took[1] += n
        raise _Written

    bulk.BulkWriter.write = timed
    try:
        for made in batches:
            if not made.accruals:
                continue
            with Session(clerk) as s:
                s.begin()
                try:
                    run.write_rows(s, made, issue=False)
                except _Written:
                    pass
                s.rollback()
    finally:
        bulk.BulkWriter.write = write
    return took[0], took[1]


def set_index(owner, made: dict[str, str], on: bool) -> None:
    with owner.begin() as conn:
        for name, ddl in made.items():
            conn.execute(text(ddl if on else f"DROP INDEX IF EXISTS {name}"))


def run_write_sides(owner, clerk, batches: list, rounds: int = ROUNDS) -> dict[str, list[float]]:
    """The run's accrual writes replayed ``rounds`` times on each side, the sides taking turns (their order turning
    each round): "guard" (as installed: the triggers and their index), "none" (the triggers removed, the index
    kept) and "bare" (the index dropped as well). The seconds of each replay, per side."""
    from sqlalchemy.schema import CreateIndex

    from app.models import Accrual

    made = {ix.name: str(CreateIndex(ix, if_not_exists=True).compile(dialect=owner.dialect))
            for ix in Accrual.__table__.indexes if ix.name in GUARD_INDEXES}
    sides = {"guard": (True, True), "none": (False, True), "bare": (False, False)}
    took: dict[str, list[float]] = {k: [] for k in sides}
    replay_accruals(clerk, batches)  # the clerk's connection, its plans and the staging table warm
    try:
        for r in range(rounds):
            order = list(sides) if r % 2 == 0 else list(reversed(sides))
            for side in order:
                guarded, indexed = sides[side]
                set_guard(owner, guarded)
                set_index(owner, made, indexed)
                took[side].append(replay_accruals(clerk, batches)[0])
    finally:
        set_index(owner, made, True)
        set_guard(owner, True)
    return took


def issue_sides(url: str, owner, mine: list[int], companies: int) -> None:
    """Rheinwerk's clerk issues drafts with the guard and without it, in blocks taking turns (the first figure)."""
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
        if not RUN_ONLY:
            issue_sides(url, owner, mine, companies)
        # As autovacuum leaves a year's history: its rows all-visible, their hint bits set. Bulk-copied just now,
        # the guard's first reads of them (it sums each company's history) would set those bits, a cost a real
        # run does not pay (measured: the guard's trigger 57 to 80 ms for this run's writes before, 31 to 41 after).
        with owner.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE) accruals, invoices")
        with staff_login(url, "reseller-clerk", "rheinwerk") as clerk_url:
            clerk = make_engine(clerk_url)
            try:  # its connections closed before its login is dropped (they own their staging tables)
                t = time.perf_counter()
                batches = capture_run(clerk, NEXT_RUN)
                ran = time.perf_counter() - t
                n_acc = sum(len(b.accruals) for b in batches)
                n_inv = sum(len(b.invoices) for b in batches)
                load = os.getloadavg()[0]
                took = run_write_sides(owner, clerk, batches)
            finally:
                clerk.dispose()
        med = {k: statistics.median(v) for k, v in took.items()}
        figure(f"run's accrual write ({n_acc:,} accruals): guard / none", med["guard"] / med["none"], "x", TARGET)
        print(f"    (Rheinwerk's clerk's billing run to {NEXT_RUN}: {n_inv:,} drafts, {n_acc:,} accruals in "
              f"{len(batches)} batches, {ran:.1f} s in all. Its accrual writes replayed {ROUNDS} times a side, "
              f"sides taking turns, median: guard {1000 * med['guard']:.0f} ms, none {1000 * med['none']:.0f} ms, "
              f"none without the guard's index {1000 * med['bare']:.0f} ms (index / bare "
              f"{med['none'] / med['bare']:.3f} x); all: "
              + "; ".join(f"{k} " + " ".join(f"{1000 * x:.0f}" for x in v) for k, v in took.items())
              + f" ms; the guard's {1000 * (med['guard'] - med['none']):.0f} ms are "
              f"{100 * (med['guard'] - med['none']) / ran:.1f} % of the run's {ran:.1f} s; load average {load:.1f}, "
              f"shared machine)", flush=True)
        owner.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
