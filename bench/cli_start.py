"""Command-line start-up (issue 12): wall time of whole ``prorata`` processes.

Figures: ``prorata --help`` and ``prorata currencies list`` under 250 ms, and
``prorata invoices list --json`` on the 100,000-company demo database after a
month of billing (100,000 invoices) under 300 ms. Each is the median of
several runs after one untimed run, so the files are in the page cache.
Run by ``make bench`` after ``python -m bench``, or alone: ``python -m bench.cli_start``.

Setup, not timed, done once and kept as bench/out/cli-100k.db: the demo
database, billed up to the month before TODAY, then one month issued.
"""
from __future__ import annotations

import os
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


def wall_ms(args: list[str]) -> float:
    """Median wall time of the command, in milliseconds; its output is checked, then discarded."""
    # As installed: with compiled bytecode (pip writes it at install time), kept under bench/out/ so that the
    # working tree stays clean even where PYTHONDONTWRITEBYTECODE is set for development.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRORATA_") and k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    cmd = prorata() + args
    times = []
    for i in range(RUNS + 1):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        elapsed = (time.perf_counter() - t0) * 1000
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr.strip()}")
        if i:  # the first run only warms the page cache
            times.append(elapsed)
    return statistics.median(times)


def main() -> int:
    """Prints the figures as ``python -m bench`` does its modules'; exit status 1 if one missed its target."""
    print("cli_start:", flush=True)
    db = ["--db", f"sqlite:///{cli_db()}"]
    ok = [figure("prorata --help", wall_ms(["--help"]), "ms", 250),
          figure("prorata currencies list (100,000 companies, SQLite)", wall_ms(["currencies", "list", *db]), "ms",
                 250),
          figure("prorata invoices list --json (100,000 invoices, SQLite)",
                 wall_ms(["invoices", "list", "--json", *db]), "ms", 300)]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
