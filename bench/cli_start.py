"""Command-line start-up (issue 12): wall time of whole ``prorata`` processes.

Figures: ``prorata --help`` and ``prorata currencies list`` under 250 ms, and
``prorata invoices list --json`` on the 100,000-company demo database after a
month of billing (100,000 invoices) under 300 ms; then other commands against
the issue's "every command under 250 ms" (the printed page of ``invoices list``,
``resellers list``, ``settings show``, ``db status``, ``companies show`` and ``list``,
``users``, ``services``, ``plans`` and ``extras list``, ``payments list``, ``audit --limit 5``, a
subcommand's help), and the commands that write (``companies edit``, ``changes add``, ``payments add``,
``invoices new`` and ``invoices issue``, on a throw-away copy of that database). Each is the median wall time of
several runs after one untimed run, so the files are in the page cache; the CPU time of the same runs
(user + system) follows each figure, since a busy machine stretches wall times. Run by ``make bench`` after
``python -m bench``, or alone: ``python -m bench.cli_start`` (``--companies N``: on an N-company demo database
instead, built as bench/out/cli-<N>.db; for a quick look, its figures are not the issue's).

Setup, not timed, done once and kept as bench/out/cli-100k.db: the demo
database, billed up to the month before TODAY, then one month issued.
"""
from __future__ import annotations

import json
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

from bench.demo_db import OUT, TODAY, demo_db
from bench.report import figure

COMPANIES = 100_000
RUNS = 7


def cli_db(companies: int = COMPANIES) -> Path:
    """bench/out/cli-100k.db: the demo database with one month of issued invoices, made if missing
    (cli-<companies>.db for another size)."""
    from app.storage import schema
    from app.storage.engine import make_engine

    path = OUT / ("cli-100k.db" if companies == COMPANIES else f"cli-{companies}.db")
    if path.exists():
        engine = make_engine(f"sqlite:///{path}")
        schema.upgrade(engine)  # kept from an older Prorata: the commands would refuse it
        engine.dispose()
        return path
    from app.billing.run import run_billing
    from bench.bench_billing import MONTH_BEFORE, mark_billed_until

    tmp = path.with_suffix(".tmp")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    shutil.copy(demo_db(companies), tmp)
    engine = make_engine(f"sqlite:///{tmp}")
    mark_billed_until(engine, MONTH_BEFORE)
    run_billing(engine, TODAY, issue=True)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    tmp.rename(path)
    return path


def prorata() -> list[str]:
    """The installed ``prorata`` script beside this interpreter, as a user runs it."""
    script = Path(sys.executable).with_name("prorata")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.cli.main"]


def run_ms(args: list[str] | Callable[[int], list[str]]) -> tuple[float, float, list[str]]:
    """Median wall time and median CPU time (user + system) of the command, in milliseconds, and what each
    run printed. ``args``: the same for every run, or the arguments of run ``i`` (0 the untimed one)."""
    # As installed: with compiled bytecode (pip writes it at install time), kept under bench/out/ so that the
    # working tree stays clean even where PYTHONDONTWRITEBYTECODE is set for development.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRORATA_") and k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    times, cpu, printed = [], [], []
    for i in range(RUNS + 1):
        run_args = args(i) if callable(args) else args
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(prorata() + run_args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env)
        elapsed = (time.perf_counter() - t0) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(run_args)} failed ({proc.returncode}): {proc.stderr.strip()}")
        printed.append(proc.stdout)
        if i:  # the first run only warms the page cache
            times.append(elapsed)
            cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return statistics.median(times), statistics.median(cpu), printed


def timed(name: str, args: list[str] | Callable[[int], list[str]], target: float) -> bool:
    """The figure of one command: its median wall time beside ``target``, then its CPU time."""
    return _shown(name, run_ms(args), target)


def _shown(name: str, measured: tuple[float, float, list[str]], target: float) -> bool:
    wall, cpu, _ = measured
    ok = figure(name, wall, "ms", target)
    print(f"    (CPU {cpu:.0f} ms)", flush=True)
    return ok


CUSTOMER = "C000002"  # a company of every demo database


def write_commands(db_path: Path) -> list[bool]:
    """The commands that write, each run writing anew (a new name, change, payment, draft; the drafts made
    are then issued, one a run), on a throw-away copy of ``db_path``: the kept database stays as it was."""
    work = OUT / "cli-write.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copy(db_path, work)
    with sqlite3.connect(work) as conn:
        (currency,) = conn.execute("SELECT currency FROM companies WHERE code = ?", (CUSTOMER,)).fetchone()
    db = ["--db", f"sqlite:///{work}"]
    files = OUT / "cli-write"
    files.mkdir(exist_ok=True)

    def change(i: int) -> list[str]:
        path = files / f"change-{i}.json"
        path.write_text(json.dumps([{"date": TODAY.isoformat(), "company": CUSTOMER, "type": "extra",
                                     "code": f"bench-{i}", "amount": "1.50", "recurring": False,
                                     "description": {"en": f"Bench extra {i}"}}]))
        return ["changes", "add", str(path), *db]

    draft = files / "draft.json"
    draft.write_text(json.dumps({"customer": CUSTOMER, "currency": currency, "lines": [
        {"description": "Migration work", "quantity": "1.5", "unit_price": "80.00"}]}))
    ok = [timed("prorata companies edit (SQLite)",
                lambda i: ["companies", "edit", CUSTOMER, "--name", f"Bench Company {i}", *db], 250),
          timed("prorata changes add (one extra, SQLite)", change, 250),
          timed("prorata payments add (SQLite)",
                lambda i: ["payments", "add", CUSTOMER, "10.00", currency, "--method", "bank_transfer",
                           "--date", TODAY.isoformat(), "--reference", f"bench-{i}", "--no-allocate", *db], 250)]
    made = run_ms(["invoices", "new", str(draft), *db])
    ok.append(_shown("prorata invoices new (a manual draft, SQLite)", made, 250))
    drafts = [re.search(r"draft #(\d+)", out).group(1) for out in made[2]]
    ok.append(timed("prorata invoices issue (its PDF stored, SQLite)",
                    lambda i: ["invoices", "issue", drafts[i], *db], 250))
    return ok


def main(argv: list[str] | None = None) -> int:
    """Prints the figures as ``python -m bench`` does its modules'; exit status 1 if one missed its target."""
    args = sys.argv[1:] if argv is None else argv
    companies = int(args[args.index("--companies") + 1]) if "--companies" in args else COMPANIES
    print("cli_start:" if companies == COMPANIES else f"cli_start (on {companies:,} companies):", flush=True)
    size = f"{companies:,} companies, SQLite"
    path = cli_db(companies)
    db = ["--db", f"sqlite:///{path}"]
    ok = [timed("prorata --help", ["--help"], 250),
          timed(f"prorata currencies list ({size})", ["currencies", "list", *db], 250),
          timed("prorata invoices list --json (100,000 invoices, SQLite)" if companies == COMPANIES
                else f"prorata invoices list --json ({size})", ["invoices", "list", "--json", *db], 300),
          # Every command under 250 ms (issue 12): the read-only commands read through the driver
          # (app/storage/quick_read.py, app/cli/quick_lists.py); the commands that write (last) import
          # SQLAlchemy's ORM and the models.
          timed("prorata invoices list (printed page, SQLite)", ["invoices", "list", *db], 250),
          timed("prorata audit verify --help", ["audit", "verify", "--help"], 250),
          timed("prorata resellers list (SQLite)", ["resellers", "list", *db], 250),
          timed("prorata settings show (SQLite)", ["settings", "show", *db], 250),
          timed("prorata db status (SQLite)", ["db", "status", *db], 250),
          timed("prorata companies show (SQLite)", ["companies", "show", "C000002", *db], 250),
          timed("prorata companies list (first page of 1000, SQLite)", ["companies", "list", *db], 250),
          timed("prorata users list (SQLite)", ["users", "list", "C000002", *db], 250),
          timed("prorata services list (SQLite)", ["services", "list", *db], 250),
          timed("prorata plans list (SQLite)", ["plans", "list", *db], 250),
          timed("prorata extras list (SQLite)", ["extras", "list", *db], 250),
          timed("prorata payments list (SQLite)", ["payments", "list", *db], 250),
          timed("prorata audit --limit 5 (SQLite)", ["audit", "--limit", "5", *db], 250),
          *write_commands(path)]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
