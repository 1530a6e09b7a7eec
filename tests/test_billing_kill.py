"""A billing run killed in the middle of writing leaves whole companies only, and the next run
finishes the job: the invoices are exactly those of an uninterrupted run (both databases)."""
from __future__ import annotations

import signal
import subprocess
import sys
from datetime import date

from sqlalchemy import func, select

from app.billing.run import run_billing
from app.demo import generate
from app.models import BilledPeriod, Invoice
from app.storage.engine import unit_of_work
from tests.billing_world import snapshot

TODAY = date(2026, 11, 1)  # the demo's year of history: months of catch-up to bill

# Runs the billing in another process and kills it (SIGKILL: no cleanup, no rollback by Python) right
# after its Nth bulk write: invoices and lines of a batch are in the open transaction, its billed
# periods are not.
KILLED_RUN = """
import os, signal, sys
from datetime import date
from app.billing.run import run_billing
from app.storage import bulk
from app.storage.engine import make_engine

url, kill_at, as_of = sys.argv[1], int(sys.argv[2]), date.fromisoformat(sys.argv[3])
write, calls = bulk.BulkWriter.write, [0]

def write_then_die(self, rows):
    written = write(self, rows)
    calls[0] += 1
    if calls[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return written

bulk.BulkWriter.write = write_then_die
run_billing(make_engine(url), as_of, issue=True)
"""


def _counts(engine) -> tuple[int, int]:
    with unit_of_work(engine) as s:
        return (s.scalar(select(func.count()).select_from(Invoice)),
                s.scalar(select(func.count()).select_from(BilledPeriod)))


def test_killed_run_then_rerun_equals_one_uninterrupted_run(fresh_db):
    whole = fresh_db()
    generate(whole, 120, seed=7, today=TODAY)
    run_billing(whole, TODAY, issue=True)
    expected = snapshot(whole)
    invoices_in_all, periods_in_all = _counts(whole)

    killed = fresh_db()
    generate(killed, 120, seed=7, today=TODAY)
    url = killed.url.render_as_string(hide_password=False)
    killed.dispose()  # the other process writes; no connection of ours holds the file
    proc = subprocess.run([sys.executable, "-c", KILLED_RUN, url, "202", TODAY.isoformat()],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr

    invoices_left, periods_left = _counts(killed)
    assert 0 < invoices_left < invoices_in_all and 0 < periods_left < periods_in_all
    assert snapshot(killed) != expected  # really cut short ...
    run_billing(killed, TODAY, issue=True)
    assert snapshot(killed) == expected  # ... and finished exactly, numbers included
