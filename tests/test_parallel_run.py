"""A run whose bills worker processes compute writes exactly what a single-process run writes.

Two copies of one demo database are billed the same way, one computing every bill itself and one
with two worker processes (``app.billing.parallel``), in small batches so that many are in flight at
once: a catch-up of eight months (each company billed at several boundaries, deferred invoices carried
from one to the next, reseller settlements between), then a move of a company dated into a billed
period (a late change, a closing bill of the seller it left) and the months since. Every invoice, line,
accrual, billed period and ledger entry is compared, column by column, leaving out only the clock
times of writing.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select, update

import app.billing.parallel as parallel_run
import app.billing.run as run
from app.billing.run import run_billing
from app.demo import generate
from app.models import Accrual, BilledPeriod, Company, Invoice, InvoiceLine, MinimumCharge, Reseller
from app.models.payments import LedgerEntry
from app.services.moves import move_company
from app.storage.engine import unit_of_work

TODAY = date(2026, 11, 1)
FIRST_RUN = date(2026, 7, 1)
MOVED_ON = date(2026, 5, 10)  # into a period the first run billed
CLOCK = {"created_at", "issued_at", "recorded_at", "at"}


def bill(engine, workers: int) -> list:
    generate(engine, 120, seed=3, today=TODAY)
    with unit_of_work(engine) as s:  # a minimum most small invoices miss: deferred, then carried
        s.execute(update(MinimumCharge).values(amount=Decimal(60)).where(MinimumCharge.currency != "JPY"))
    first = run_billing(engine, FIRST_RUN, issue=True, workers=workers)
    with unit_of_work(engine) as s:
        company = s.scalar(select(Company.code).where(Company.reseller_id.is_(None), Company.signup < date(2026, 4, 1))
                           .order_by(Company.id))
        to = s.scalar(select(Reseller.code).order_by(Reseller.id))
        move_company(s, company, to, MOVED_ON)
    second = run_billing(engine, TODAY, issue=True, workers=workers)
    return [first.as_json(), second.as_json()]


def export(engine) -> dict[str, list[dict]]:
    out = {}
    with unit_of_work(engine) as s:
        for model in (Invoice, InvoiceLine, Accrual, BilledPeriod, LedgerEntry):
            t = model.__table__
            columns = [c for c in t.c if c.name not in CLOCK]
            out[t.name] = [dict(r._mapping) for r in s.execute(select(*columns).order_by(t.c.id))]
    return out


def single_process_run(fresh_db) -> tuple[list, dict]:
    alone = fresh_db()
    reports = bill(alone, workers=0)
    return reports, export(alone)


def assert_same_rows(got: dict, expected: dict) -> None:
    for table, rows in expected.items():
        assert len(got[table]) == len(rows), table
        for a, b in zip(rows, got[table]):
            assert a == b, table


def test_workers_write_what_one_process_writes(db, fresh_db, monkeypatch):
    monkeypatch.setattr(run, "BATCH", 16)  # many batches, several per date, computed ahead of the writer
    reports, expected = single_process_run(fresh_db)
    # Hand-checked shape of what was billed, so that equality below is about something.
    assert len(expected["invoices"]) > 500
    assert {"recurring", "proration", "correction"} <= {ln["kind"] for ln in expected["invoice_lines"]}
    assert {"invoice", "wholesale"} <= {inv["kind"] for inv in expected["invoices"]}
    assert {"issued", "carried"} <= {inv["status"] for inv in expected["invoices"]}

    computed = []  # batches the workers computed (the run's process only writes them)
    result = parallel_run.Computing.result
    monkeypatch.setattr(parallel_run.Computing, "result", lambda self, i: computed.append(i) or result(self, i))
    parallel = fresh_db()  # on PostgreSQL: the same database, emptied (ids start again)
    assert bill(parallel, workers=2) == reports
    assert len(computed) > 100
    assert_same_rows(export(parallel), expected)


def test_batches_the_writer_takes_back_are_written_as_a_worker_would(db, fresh_db, monkeypatch):
    """Whenever it would wait, the writer computes later batches no worker has started: here it always
    would, so every batch still queued for the pool is taken back; the rows are the same."""
    monkeypatch.setattr(run, "BATCH", 16)
    reports, expected = single_process_run(fresh_db)
    taken = []
    take_back = parallel_run.Computing._take_back
    monkeypatch.setattr(parallel_run.Computing, "_waiting", staticmethod(lambda future: True))
    monkeypatch.setattr(parallel_run.Computing, "_take_back",
                        lambda self: (lambda j: j is not None and taken.append(j) or j)(take_back(self)))
    written = []
    result = parallel_run.Computing.result
    monkeypatch.setattr(parallel_run.Computing, "result", lambda self, i: written.append(i) or result(self, i))
    parallel = fresh_db()
    assert bill(parallel, workers=1) == reports
    assert_same_rows(export(parallel), expected)
    # How many depends on how soon the pool starts what is queued: some of each, at least.
    assert taken and len(written) - len(taken) > 0


def test_a_run_whose_worker_dies_goes_on_and_writes_what_one_process_writes(db, fresh_db, monkeypatch):
    """A worker process killed mid-run (the out-of-memory killer, a clerk's kill) breaks the pool: the run
    computes the batches left itself instead of stopping with a traceback; the rows are the same."""
    monkeypatch.setattr(run, "BATCH", 16)
    reports, expected = single_process_run(fresh_db)
    lost = []
    result, lost_pool = parallel_run.Computing.result, parallel_run.Computing._lost_pool

    def killing(self, i):
        if i == 5 and self.pool is not None:  # a few batches in: every worker killed
            for process in list(self.pool._processes.values()):
                process.kill()
                process.join()
        return result(self, i)

    monkeypatch.setattr(parallel_run.Computing, "result", killing)
    monkeypatch.setattr(parallel_run.Computing, "_lost_pool", lambda self: lost.append(1) or lost_pool(self))
    parallel = fresh_db()
    assert bill(parallel, workers=2) == reports
    assert lost  # the pool was lost, in the first run at least (the second starts a pool of its own)
    assert_same_rows(export(parallel), expected)
