"""Command-line start-up (issue 12): wall time of whole ``prorata`` processes.

Figures: ``prorata --help`` and ``prorata currencies list`` under 250 ms, and
``prorata invoices list --json`` on the 100,000-company demo database after a
month of billing (100,000 invoices) under 300 ms; then other commands against
the issue's "every command under 250 ms" (the printed page of ``invoices list``,
``resellers list``, ``settings show``, ``db status``, ``companies show`` and ``list``,
``users``, ``services``, ``plans`` and ``extras list``, ``payments list``, ``audit --limit 5``, a
subcommand's help). Each is the median wall time of several runs after one untimed run, so the files are
in the page cache; the CPU time of the same runs (user + system) follows each figure, since a busy machine
stretches wall times. Run by ``make bench`` after
``python -m bench``, or alone: ``python -m bench.cli_start``.

Setup, not timed, done once and kept as bench/out/cli-100k.db: the demo
database, billed up to the month before TODAY, then one month issued.
"""
from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.demo_db import OUT, TODAY, demo_db
from bench.report import figure

COMPANIES = 100_000
RUNS = 7


def cli_db() -> Path:
    """bench/out/cli-100k.db: the demo database with one month of issued invoices, made if missing."""
    from app.storage import schema
    from app.storage.engine import make_engine

    path = OUT / "cli-100k.db"
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
    shutil.copy(demo_db(COMPANIES), tmp)
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


def run_ms(args: list[str]) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of the command, in milliseconds; its output is
    checked, then discarded."""
    # As installed: with compiled bytecode (pip writes it at install time), kept under bench/out/ so that the
    # working tree stays clean even where PYTHONDONTWRITEBYTECODE is set for development.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRORATA_") and k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    cmd = prorata() + args
    times, cpu = [], []
    for i in range(RUNS + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        elapsed = (time.perf_counter() - t0) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr.strip()}")
        if i:  # the first run only warms the page cache
            times.append(elapsed)
            cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return statistics.median(times), statistics.median(cpu)


def timed(name: str, args: list[str], target: float) -> bool:
    """The figure of one command: its median wall time beside ``target``, then its CPU time."""
    wall, cpu = run_ms(args)
    ok = figure(name, wall, "ms", target)
    print(f"    (CPU {cpu:.0f} ms)", flush=True)
    return ok


def main() -> int:
    """Prints the figures as ``python -m bench`` does its modules'; exit status 1 if one missed its target."""
    print("cli_start:", flush=True)
    db = ["--db", f"sqlite:///{cli_db()}"]
    ok = [timed("prorata --help", ["--help"], 250),
          timed("prorata currencies list (100,000 companies, SQLite)", ["currencies", "list", *db], 250),
          timed("prorata invoices list --json (100,000 invoices, SQLite)", ["invoices", "list", "--json", *db],
                300),
          # Every command under 250 ms (issue 12): the read-only commands read through the driver
          # (app/storage/quick_read.py, app/cli/quick_lists.py). Commands that write still import SQLAlchemy's
          # ORM and the models, some 300 ms of CPU before the command does anything (not timed here).
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
          timed("prorata audit --limit 5 (SQLite)", ["audit", "--limit", "5", *db], 250)]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
