"""Bills computed in worker processes while the run's own process writes them: one writer.

A run's batches are computed (``run.compute_batch``: read a batch's events,
work out its bills) by a pool of processes, each reading through its own
connection, and written by the run's process alone, in the run's order, one
transaction per batch, exactly as a single-process run writes them: the same
invoices, numbers, lines and accruals (tests/test_parallel_run.py compares
both, row by row, on SQLite and PostgreSQL). A worker hands back the rows to
write, in the database's storage form (``batch_rows``), not the bills, as a
file (``handoff``): the writer writes them, and, when the run issues, chains
each invoice onto its issuer's head from its lines' text that the worker made.

A batch is computed only once every earlier batch billing one of its companies
is written (a catch-up bills a company at several boundaries, and each bill
carries what the one before deferred), and with that company's bookkeeping
(its last billed boundary, the events it saw) as the run's process has it
then. A monthly run bills each company once, so every batch can be computed
ahead while earlier ones are written.

The writer never sits idle waiting for a batch: while the one it needs next
is still being computed, it takes back a later batch that no worker has
started and computes it itself (the same ``compute_batch``, so the same rows),
which keeps both cores busy however the work falls between them.

Workers are started (``spawn``: safe from a process with threads, such as the
window) with the run's context, and never write. As with any ``spawn`` pool, a
script that runs billing must do so under ``if __name__ == "__main__":`` (each
worker imports the script's module), or set PRORATA_BILLING_WORKERS=0.
"""
from __future__ import annotations

import gc
import os
import pickle
import sys
import threading
from concurrent.futures import Future, InvalidStateError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import date
from multiprocessing import get_context
from typing import TYPE_CHECKING, Callable

from sqlalchemy.engine import Engine

from app.billing import handoff

if TYPE_CHECKING:
    from app.billing.context import CompanyRow, RunContext
    from app.billing.run import BatchBills

MIN_TASKS = 2000  # fewer companies to bill than this: starting workers costs more than it saves
AHEAD = 8  # batches computed ahead per worker (each waits as a file, ``handoff``)


def workers_for(engine: Engine, tasks: int) -> int:
    """How many worker processes a run of ``tasks`` company bills uses (0: the run computes its bills itself):
    ``PRORATA_BILLING_WORKERS`` if set, else, for a large run, one per core but the writer's (writing is
    most of a run: a worker more than the cores left slows the writer down). Never for an in-memory
    database (a worker could not see it) or a frozen (packaged) application."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return 0
    setting = os.environ.get("PRORATA_BILLING_WORKERS")
    if setting:
        return max(int(setting), 0)
    if getattr(sys, "frozen", False) or tasks < MIN_TASKS:
        return 0
    return min((os.cpu_count() or 1) - 1, 7)


# -- in a worker ---------------------------------------------------------------------------------------------
_engine: Engine | None = None
_ctx: RunContext | None = None
_handoff: str | None = None


def _start(url: str, ctx: bytes, handoff: str) -> None:
    global _engine, _ctx, _handoff
    from app.storage.engine import make_engine

    _engine = make_engine(url)
    _ctx = pickle.loads(ctx)
    _handoff = handoff
    gc.collect()
    gc.freeze()
    gc.disable()  # collected between batches instead (see run.collected_between_batches)


def _compute(index: int, batch: list[tuple[date, CompanyRow]],
             known: dict[str, tuple[int | None, date | None, date | None]], issue: bool) -> str:
    from app.billing.run import compute_batch
    from app.storage.engine import unit_of_work

    # What the batch before left in reference cycles, freed now that its result is sent (collected after the
    # batch, the collector would also walk the whole result, a million rows, before it goes); what stays (the
    # modules the first batch imported, caches) frozen, so that each collection walks only one batch's.
    gc.collect()
    gc.freeze()
    ctx = _ctx
    for key, (seen, last, stopped) in known.items():
        ctx.seen_through[key], ctx.last_billed[key] = seen, last
        if stopped is not None:
            ctx.stopped[key] = stopped
    with unit_of_work(_engine) as s:  # reads only
        made = compute_batch(s, ctx, batch, issue=issue)
    made.bills = []  # the writer writes ``made.rows``: the bills themselves would cost more to send than to make
    for key in known:
        ctx.seen_through.pop(key, None), ctx.last_billed.pop(key, None), ctx.stopped.pop(key, None)
    path = os.path.join(_handoff, f"{index}.pickle")  # handed over as a file (``handoff``)
    with open(path, "wb") as f:
        pickle.dump(made, f, pickle.HIGHEST_PROTOCOL)
    return path


def _started() -> None:
    """Nothing: submitted to make the pool start its processes."""


# -- in the run's process ------------------------------------------------------------------------------------
def _quiet_cancelled_failures() -> Callable[[], None]:
    """Before CPython 3.12, a pool that loses a worker fails, in its own thread, on each future the writer took
    back (cancelled), and that thread's traceback reaches the person running the run, who has nothing to do
    about it: the run goes on (``Computing._lost_pool``). Only that failure is kept quiet, while the run lasts:
    returns what puts the process's hook back."""
    if sys.version_info >= (3, 12) or getattr(threading.excepthook, "prorata_quiet", False):
        return lambda: None
    previous = threading.excepthook

    def hook(args) -> None:
        if args.exc_type is InvalidStateError and str(args.exc_value).startswith("CANCELLED:"):
            return
        previous(args)

    def put_back() -> None:
        if threading.excepthook is hook:
            threading.excepthook = previous

    hook.prorata_quiet = True
    threading.excepthook = hook
    return put_back


class Computing:
    """The pool and the batches it computes ahead of the writer.

    Started (``workers`` processes spawned, each importing Prorata and loading the run's context) as soon as
    the run has its context, so that this overlaps the run's own reading of what it bills; given the run's
    batches (``plan``) once they are worked out."""

    def __init__(self, engine: Engine, ctx: RunContext, workers: int, *, issue: bool = False):
        """``issue``: the run issues what it bills (its workers also make what the invoice chain hashes)."""
        self.engine = engine
        self.ctx = ctx
        self.issue = issue
        self.here: dict[int, BatchBills] = {}  # batches taken back from the pool and computed in this process
        self.batches: list[list[tuple] | None] = []
        self._ids: dict[int, set[int]] = {}  # a batch's company ids, for the batches near the writer
        self.futures: dict[int, Future] = {}
        self.window = workers * AHEAD
        # The context without the run's per-company bookkeeping (each batch brings its companies').
        shared = replace(ctx, last_billed={}, seen_through={}, stopped={})
        self.handoff = handoff.make(self.window + workers)  # where workers leave the batches they computed
        self._loud_again = _quiet_cancelled_failures()
        try:
            self.pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start,
                                            initargs=(engine.url.render_as_string(hide_password=False),
                                                      pickle.dumps(shared, pickle.HIGHEST_PROTOCOL), self.handoff))
        except BaseException:
            handoff.remove(self.handoff)
            self._loud_again()
            raise
        for _ in range(workers):  # the pool spawns a process per task submitted while none is idle: all now
            self.pool.submit(_started)

    def plan(self, batches: list[list[tuple] | None]) -> None:
        """The run's batches in order, each a list of tasks, tuples that start with the boundary and end with the
        company ((boundary, company), or as the run lists them), or None for a batch that is not a company batch
        (``result`` takes their index). Kept as given: a catch-up's are a million tasks."""
        self.batches = batches

    def result(self, i: int) -> BatchBills:
        """Batch ``i``'s bills (every batch before it written), with later independent batches set going;
        while it is still being computed, later batches no worker has started are computed here."""
        if self.pool is None:  # the pool was lost: everything left is computed here
            return self.here.pop(i) if i in self.here else self._compute_here(i)
        self._submit(i)
        for j in [j for j in self._ids if j < i]:  # written: forgotten (a catch-up has a million rows of them)
            del self._ids[j]
        busy = set(self.ids(i))
        for j in range(i + 1, len(self.batches)):
            if len(self.futures) + len(self.here) >= self.window:
                break
            if self.batches[j] is None:
                continue
            if j not in self.futures and j not in self.here and busy.isdisjoint(self.ids(j)):
                self._submit(j)
            busy |= self.ids(j)
        if i in self.here:
            return self.here.pop(i)
        if self.pool is None:  # lost while submitting
            return self._compute_here(i)
        future = self.futures.pop(i)
        while self._waiting(future):
            j = self._take_back()
            if j is None:
                break
            self.here[j] = self._compute_here(j)
        try:
            path = future.result()
        except BrokenProcessPool:  # a worker died (killed, out of memory): the rest is computed here
            self._lost_pool()
            return self._compute_here(i)
        with open(path, "rb") as f:
            made = pickle.load(f)
        os.unlink(path)
        return made

    def pairs(self, i: int) -> list[tuple[date, CompanyRow]]:
        """Batch ``i`` as ``compute_batch`` takes it: (boundary, company) pairs."""
        return [(t[0], t[-1]) for t in self.batches[i]]

    def ids(self, i: int) -> set[int]:
        """The ids of batch ``i``'s companies (kept while the writer is before it)."""
        found = self._ids.get(i)
        if found is None:
            found = self._ids[i] = {t[-1].id for t in self.batches[i]}
        return found

    @staticmethod
    def _waiting(future: Future) -> bool:
        """Whether the batch the writer needs next is still being computed."""
        return not future.done()

    def _take_back(self) -> int | None:
        """The latest submitted batch that no worker has started, withdrawn from the pool (None: none is)."""
        for j in sorted(self.futures, reverse=True):
            if self.futures[j].cancel():
                del self.futures[j]
                return j
        return None

    def _compute_here(self, j: int) -> BatchBills:
        """Batch ``j`` computed in this process. It was submitted, so no batch before it that is still to be
        written bills one of its companies: what it reads is as a worker would have read it."""
        from app.billing.run import compute_batch
        from app.storage.engine import unit_of_work

        with unit_of_work(self.engine) as s:  # reads only
            made = compute_batch(s, self.ctx, self.pairs(j), issue=self.issue)
        made.bills = []  # as a worker's: the writer writes ``made.rows``
        return made

    def _lost_pool(self) -> None:
        """A worker process ended abruptly, which breaks the whole pool: its batches still to come are computed
        here (the same ``compute_batch``, so the same rows), and the run goes on, slower. Batches already
        written stay written; nothing a dead worker computed is written."""
        pool, self.pool = self.pool, None
        self.futures.clear()
        # The survivors stopped too: Python 3.11's pool leaves them be when it fails on a future taken back
        # (cancelled), which CPython 3.12 fixed; they would idle until the run ends.
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, i: int) -> None:
        if i in self.futures or i in self.here or self.pool is None:
            return
        from app.billing.context import company_key

        batch = self.pairs(i)
        keys = [company_key(c.id) for _, c in batch]
        known = {k: (self.ctx.seen_through.get(k), self.ctx.last_billed.get(k), self.ctx.stopped.get(k))
                 for k in keys}
        try:
            self.futures[i] = self.pool.submit(_compute, i, batch, known, self.issue)
        except BrokenProcessPool:  # noticed between two results: batch ``i`` waits for ``result``
            self._lost_pool()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        handoff.remove(self.handoff)
        self._loud_again()
