"""Billing runs: every unbilled boundary up to a date, oldest first.

``run_billing`` is idempotent: a boundary billed once (invoiced, deferred, or
with nothing to bill) is recorded in ``billed_periods`` and never billed again.
Work is committed in batches of whole companies, so a run that is killed or
cancelled leaves only whole companies billed, and the next run carries on.

Boundaries are processed in date order across all customers (companies
before resellers on the same date), so billing up to X and then up to Y
writes the same invoices, with the same numbers, as one run up to Y.

A company's bill starts from its state at its last billed boundary, kept by
the run that billed it (``snapshots``), and the events after it, so that a
month costs the same after three years of history as after one.

A dry run writes nothing and reports everything a real run would write, the
reseller invoices and statements included (``dry_run.DryRun`` keeps in memory
what the real run would have stored for later boundaries to read).

Runs on a worker thread or the CLI; touches no widgets. Progress goes through
``progress(done, total, message)``; ``cancelled()`` is checked between batches.
"""
from __future__ import annotations

import gc
import sys
from collections import defaultdict
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Callable, Iterable

from sqlalchemy import String, func, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.billing import parallel, snapshots, vat_ids
from app.billing.assembly import DEFERRED, INVOICE, NOTHING
from app.billing.bill_limits import check_storable
from app.billing.billed_rates import billed_rates
from app.billing.batch_rows import (ACCRUAL_COLUMNS, INVOICE_COLUMNS, LINE_COLUMNS, MARK_COLUMNS, WRITER_COLUMNS,
                                    BatchRows, RowMaker)
from app.billing.checkpoints import checkpointed_at_end
from app.billing.company_bill import CompanyBill, bill_sellers
from app.billing.context import (HOSTER_KEY, CompanyRow, RunContext, company_key, events_cutoff, load_companies,
                                 load_context, load_events, reseller_key, seller_id, seller_key)
from app.billing.dry_run import DryRun
from app.billing.numbering import take_numbers
from app.billing.periods import MONTHLY, boundaries, effective_day, first_boundary, next_boundary
from app.billing.run_lock import billing_run_lock
from app.billing.waiting import waiting_invoices
from app.billing.settlement import ResellerTask, Settlement, margin_mode, reseller_tasks, settle_reseller
from app.errors import MESSAGES, Problem, ProrataError
from app.money import to_text
from app.models import Accrual, BilledPeriod, Company, Invoice, InvoiceLine, Status
from app.models.base import utcnow
from app.payments.ledger import account_key, accounts_found
from app.services import audit
from app.services.invoice_chain import CanonicalLines, Written, issue_linked, link_written
from app.storage.bulk import BulkWriter, ids_written_in, insert_with_ids, statistics_kept_up
from app.storage import row_security
from app.storage.engine import unit_of_work
from app.progress import Progress, no_progress, not_cancelled

BATCH = 1000  # companies per transaction (fewer within a date): per-batch claims, reads and commits add up
CHAIN_COLUMNS = ("chain_pos", "chain_prev", "chain_hash")  # an invoice the run issues is inserted linked
_UNLINKED = (None, None, None)
_DEFERRED = Status.DEFERRED.value
_ISSUED = Status.ISSUED.value
_STATUS = INVOICE_COLUMNS.index("status")
REFERRED = ("invoices", "payment_accounts")  # what the rows a run writes refer to, filled by runs


@dataclass(slots=True)  # a catch-up reports a million of them
class CompanyOutcome:
    code: str
    boundary: date
    outcome: str  # billed | deferred | nothing | failed | skipped
    currency: str | None = None
    total: str | None = None
    kind: str | None = None
    problems: tuple[Problem, ...] = ()  # why it failed or was skipped (``reason_in``)

    def reason_in(self, translate: Callable[[str], str] | None = None) -> str | None:
        """Why it failed or was skipped, in the language of ``translate`` (app.translation.translator)."""
        return "; ".join(p.message(translate) for p in self.problems) or None

    @property
    def reason(self) -> str | None:
        """Why, in English, as the run's JSON report gives it."""
        return self.reason_in()

    @classmethod
    def refused(cls, code: str, boundary: date, outcome: str, problems) -> "CompanyOutcome":
        return cls(code, boundary, outcome, problems=tuple(problems))


MESSAGES.setdefault("run_invoicing_off", "invoicing is off for its reseller")
MESSAGES.setdefault("run_invoicing_off_left", "invoicing is off for a reseller it moved from")
MESSAGES.setdefault("run_other_sellers_period", "it was {seller}'s on this date: a run under a login of the "
                                             "hoster's staff bills it")
MESSAGES.setdefault("run_earlier_boundary_open", "waits for its bill of {boundary}, which this run could not make "
                                              "(above): once that is resolved, the next run bills both")


@dataclass
class ResellerOutcome:
    """An invoice, credit note or statement to a reseller that the run wrote (or a dry run would write); or a
    settlement it could not make (``refused``: failed, or skipped after a failed one, with no document).
    Shaped like ``CompanyOutcome`` so that one table can list both."""

    code: str  # the reseller's
    boundary: date
    kind: str | None  # wholesale | credit_note | statement; None: refused
    currency: str | None
    total: str | None
    subtotal: str | None
    tax: str | None
    lines: int
    outcome: str = "billed"  # billed | failed | skipped
    problems: tuple[Problem, ...] = ()  # why it failed or was skipped (``reason_in``)

    @classmethod
    def of(cls, d: Settlement) -> "ResellerOutcome":
        return cls(d.reseller, d.boundary, d.kind, d.currency, to_text(d.total, d.currency),
                   to_text(d.subtotal, d.currency), to_text(d.tax, d.currency), d.lines)

    @classmethod
    def refused(cls, code: str, boundary: date, outcome: str, problems) -> "ResellerOutcome":
        return cls(code, boundary, None, None, None, None, None, 0, outcome, tuple(problems))

    def reason_in(self, translate: Callable[[str], str] | None = None) -> str | None:
        """Why it failed or was skipped, in the language of ``translate`` (app.translation.translator)."""
        return "; ".join(p.message(translate) for p in self.problems) or None

    @property
    def reason(self) -> str | None:
        """Why, in English, as the run's JSON report gives it."""
        return self.reason_in()


@dataclass
class RunReport:
    as_of: date
    dry_run: bool
    outcomes: list[CompanyOutcome] = field(default_factory=list)
    reseller_outcomes: list[ResellerOutcome] = field(default_factory=list)
    invoice_ids: list[int] = field(default_factory=list)
    cancelled: bool = False

    @property
    def reseller_invoices(self) -> int:
        """Invoices, credit notes and statements to resellers written (or, in a dry run, to be written)."""
        return len(self.reseller_of("billed"))

    def of(self, outcome: str) -> list[CompanyOutcome]:
        return [o for o in self.outcomes if o.outcome == outcome]

    def reseller_of(self, outcome: str) -> list[ResellerOutcome]:
        """The settlements with resellers of ``outcome``: billed (a document), failed or skipped (none)."""
        return [r for r in self.reseller_outcomes if r.outcome == outcome]

    def noted(self) -> list[CompanyOutcome]:
        """The companies billed (or with nothing to bill) with a word for the clerk: a late change left to them."""
        return [o for o in self.outcomes if o.problems and o.outcome in ("billed", "deferred", "nothing")]

    def as_json(self, *, summary: bool = False) -> dict:
        """The report as JSON; ``summary``: without the list of invoices billed and of reseller documents
        (a large run's would be a hundred thousand rows)."""
        def row(o: CompanyOutcome) -> dict:
            d = {"company": o.code, "boundary": o.boundary.isoformat()}
            if o.total is not None:
                d.update(currency=o.currency, total=o.total, kind=o.kind)
            if o.reason:
                d["reason"] = o.reason
            return d

        def refused(r: ResellerOutcome) -> dict:
            return {"reseller": r.code, "boundary": r.boundary.isoformat(), "reason": r.reason}
        out: dict = {"as_of": self.as_of.isoformat(), "dry_run": self.dry_run, "cancelled": self.cancelled}
        if not summary:
            out["billed"] = [row(o) for o in self.of("billed")]
        # A settlement with a reseller that could not be made is listed with the companies', by its reseller.
        out.update(deferred=[row(o) for o in self.of("deferred")],
                   failed=[row(o) for o in self.of("failed")] + [refused(r) for r in self.reseller_of("failed")],
                   skipped=[row(o) for o in self.of("skipped")] + [refused(r) for r in self.reseller_of("skipped")],
                   notes=[row(o) for o in self.noted()],
                   nothing_to_bill=len(self.of("nothing")),
                   reseller_invoices=self.reseller_invoices)
        if not summary:
            out["reseller_documents"] = [{"reseller": r.code, "boundary": r.boundary.isoformat(), "kind": r.kind,
                                          "currency": r.currency, "subtotal": r.subtotal, "tax": r.tax,
                                          "total": r.total, "lines": r.lines} for r in self.reseller_of("billed")]
        return out


def company_tasks(ctx: RunContext, companies: Iterable[CompanyRow], as_of: date) -> list[tuple[date, CompanyRow]]:
    """Every unbilled boundary on or before ``as_of``, per company."""
    tasks = []
    for c in companies:
        last = ctx.last_billed.get(company_key(c.id))
        if c.term != MONTHLY or c.changes:  # a term or a changed schedule: its own boundaries
            schedule = c.schedule
            start = schedule.next_boundary(last) if last else schedule.first
            tasks += [(p, c) for p in schedule.boundaries(start, as_of)]
            continue
        b = effective_day(c.billing_day, c.signup)
        start = next_boundary(last, b) if last else first_boundary(c.signup, c.billing_day)
        for p in boundaries(b, start, as_of):
            tasks.append((p, c))
    tasks.sort(key=lambda t: (t[0], t[1].id))
    return tasks


def run_billing(engine: Engine, as_of: date, *, issue: bool = False, dry_run: bool = False,
                company: str | None = None, progress: Progress = no_progress,
                cancelled: Callable[[], bool] = not_cancelled, workers: int | None = None) -> RunReport:
    """Bill every unbilled boundary up to ``as_of``. A run that writes holds the database's billing run lock
    (``run_lock``): a second one at the same time is refused; a dry run needs no lock.

    ``workers``: processes that compute bills while this one writes them (``parallel``); 0: none, None: as
    ``parallel.workers_for`` decides for the run's size. The result is the same either way."""
    # One company's run makes too little garbage to manage: two full collections would be most of its time.
    with (nullcontext() if dry_run else billing_run_lock(engine),
          nullcontext() if company else collected_between_batches(),
          nullcontext() if dry_run else checkpointed_at_end(engine)):
        return _run(engine, as_of, issue=issue, dry_run=dry_run, company=company, progress=progress,
                    cancelled=cancelled, workers=workers)


@contextmanager
def collected_between_batches():
    """Python's cyclic garbage collector off for the run, and run by ``between_batches`` instead.

    A batch makes millions of short-lived tuples: the collector would start every few hundred thousand
    of them and, once they outnumber what is loaded, walk everything in memory (a full collection) many
    times a run. What is loaded before the run is frozen (never walked again); what a batch leaves behind
    in cycles is collected once after it. Process-wide while it lasts (the GUI runs billing on a worker
    thread: its own garbage waits for the next batch, a fraction of a second). Nested uses do nothing."""
    if not gc.isenabled():
        yield
        return
    # The young generations only: a full collection would walk the whole heap of a long-lived process (the
    # window, a test session) on every run; older garbage is frozen with the rest and collected after the run.
    gc.collect(1)
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.enable()


def between_batches() -> None:
    """What a batch left in reference cycles freed, and what it keeps (the report, the run's bookkeeping)
    frozen, so that the next collection walks only the next batch's (see ``collected_between_batches``)."""
    if not gc.isenabled():
        gc.collect()
        gc.freeze()


def _run(engine: Engine, as_of: date, *, issue: bool, dry_run: bool, company: str | None, progress: Progress,
         cancelled: Callable[[], bool], workers: int | None) -> RunReport:
    report = RunReport(as_of, dry_run)
    pool = None
    try:
        with unit_of_work(engine) as s:
            ctx = load_context(s)
            ctx.events_through = events_cutoff(s)
            if not ctx.invoicing_on(None):
                raise ProrataError.of("invoicing_off")
            ahead = _workers_ahead(s, engine, ctx, as_of, workers, dry_run=dry_run, company=company)
            if ahead > 0:  # started now: their start overlaps the reading below
                pool = parallel.Computing(engine, ctx, ahead, issue=issue)
            companies = load_companies(s, company, ctx.events_through)
            # Reseller invoices settle what company invoices accrued: not when billing one company, nor under a
            # reseller's login (the hoster's invoice to its reseller is the hoster's to write: row_security).
            resellers = [] if company or _reseller_login(s) else reseller_tasks(s, ctx, as_of)
            # What runs under resellers' logins left to others' (``OWING``); a reseller's login writes none.
            owed = [] if _reseller_login(s) else owed_tasks(s, companies, as_of)
        tasks: list[tuple[date, int, object]] = [(p, 0, c) for p, c in company_tasks(ctx, companies, as_of)]
        tasks += [(p, 1, r) for p, r in resellers]
        tasks.sort(key=lambda t: (t[0], t[1], t[2].id))
        tasks[:0] = [(p, _OWED, c) for p, c in owed]  # first: see ``_OWED``
        total = len(tasks)
        progress(0, total, "")
        done = 0
        preview = DryRun(ctx, issue=issue) if dry_run else None
        batches = list(_batches(tasks))
        if pool is None and workers is None and not (dry_run or company):  # a catch-up of fewer companies
            ahead = parallel.workers_for(engine, total - len(resellers))
            pool = parallel.Computing(engine, ctx, ahead, issue=issue) if ahead > 0 else None
        if pool is not None:
            pool.plan([None if b[0][1] != 0 else b for b in batches])
        for i, batch in enumerate(batches):
            if cancelled():
                report.cancelled = True
                break
            if batch[0][1] == 1:
                with unit_of_work(engine) as s:
                    for p, _, r in batch:
                        report.reseller_outcomes += _settle(s, ctx, r, p, issue=issue, preview=preview)
            elif batch[0][1] == _OWED:
                _bill_owed(engine, ctx, [(p, c) for p, _, c in batch], report, issue=issue, preview=preview)
            elif pool is not None:  # computed by a worker; written here, in order
                _write_computed(engine, ctx, pool.result(i), report, issue=issue)
            else:
                _bill_batch(engine, ctx, [(p, c) for p, _, c in batch], report, issue=issue, preview=preview)
            between_batches()
            done += len(batch)
            progress(done, total, batch[-1][0].isoformat())
    finally:
        if pool is not None:
            pool.close()
    if not dry_run and (report.outcomes or report.reseller_outcomes):
        with unit_of_work(engine) as s:
            summary = report.as_json(summary=True)
            audit.record(s, "bill_run", "billing", as_of.isoformat(),
                         after=summary | {"billed": len(report.of("billed")), "issue": issue})
        if len(report.invoice_ids) >= ANALYZE_AFTER:
            _refresh_statistics(engine)
    return report


def _settle(s: Session, ctx: RunContext, r: ResellerTask, p: date, *, issue: bool,
            preview: DryRun | None) -> list[ResellerOutcome]:
    """The reseller's settlement at ``p`` (a dry run only reads: it settles what is stored and what it would have
    written). One refused before it writes (``vat_ids.refuse_settlement_without_tax_id``) fails, as a company
    the run cannot bill does: its accruals stay open, its later boundaries in the run wait (skipped: settled
    past, that boundary would never be), and the next run settles them once the reseller is fixed."""
    key = reseller_key(r.id)
    if key in ctx.stopped:
        return [ResellerOutcome.refused(r.code, p, "skipped", [
            Problem("run_earlier_boundary_open", params={"boundary": ctx.stopped[key].isoformat()})])]
    try:
        settled = preview.settle(s, ctx, r, p) if preview is not None else settle_reseller(s, ctx, r, p, issue=issue)
    except ProrataError as exc:
        if not any(x.id == "settlement_reverse_charge_no_tax_id" for x in exc.problems):
            raise  # anything else stops the run, as it did: written in part, it must not be committed
        ctx.stopped.setdefault(key, p)
        return [ResellerOutcome.refused(r.code, p, "failed", exc.problems)]
    return [ResellerOutcome.of(d) for d in settled]


def _reseller_login(s: Session) -> bool:
    return _login_seller(s) is not None


def _login_seller(s: Session) -> str | None:
    """The seller key of the reseller whose staff this session's login is; None: the hoster's staff, or no staff
    login (a superuser, SQLite), which bill every seller's bills."""
    reseller = row_security.login_reseller(s.connection())
    return None if reseller is None else seller_key(reseller)


# A company that moved, billed under a reseller's login: the bills of the company's other sellers (the closing
# bill of the seller it left, and that seller's later corrections of late changes to its days) are not the
# login's to make (their prices and invoices are hidden from it) nor to write (row_security). It bills its own
# and marks the period owing theirs: ``OWING`` before its billed period's outcome. A later run under a login
# that may write them (the hoster's staff; no staff login) bills them as the run that billed the period would
# have (its events, the period before's mark), then clears the mark (``compute_owed``), once.
OWING = "~"
# A moved company's period billed with another seller's bill written (a closing bill, or a cost given back: what
# ``compute_owed`` keeps), by ``_bill_owed`` clearing ``OWING`` or by a run under the hoster's billing the whole
# period (``compute_batch``): ``CLOSED`` before its outcome. That bill is hidden from a reseller's login, whose
# clerk may not delete the period's draft once it is written (app/services/invoices.py ``_release_period``): the
# period would be billed again, closing bill and all. A period that owed nothing more is cleared plain.
CLOSED = "+"


def mark_closed_periods(conn) -> int:
    """``CLOSED`` set on the billed periods written before the mark was (migration 0037): a period of a company
    that moved, not owing, with an invoice of another issuer for the same period (a closing bill). Where that
    cannot be told apart from the seller's own extra documents, the mark errs on the side of refusing a clerk's
    delete (the hoster's staff delete it). How many were marked."""
    return conn.exec_driver_sql(
        f"UPDATE billed_periods SET outcome = '{CLOSED}' || outcome "
        f"WHERE company_id IS NOT NULL AND substr(outcome, 1, 1) NOT IN ('{OWING}', '{CLOSED}') "
        "AND EXISTS (SELECT 1 FROM company_events e WHERE e.company_id = billed_periods.company_id "
        "AND e.type = 'move') "
        "AND EXISTS (SELECT 1 FROM invoices i WHERE i.company_id = billed_periods.company_id "
        "AND i.period_start = billed_periods.boundary AND i.issuer_key <> coalesce((SELECT j.issuer_key "
        "FROM invoices j WHERE j.id = billed_periods.invoice_id), ''))").rowcount


# The run's tasks of such bills ((date, kind, company) as the others), before all others, by date: the companies'
# later boundaries are after them, a reseller's settlement takes accruals of its date or before (the same as in
# date order), and none of them is written while a worker computes a later batch (``parallel``) from what they
# change (the deferred invoices a closing bill takes).
_OWED = -1


def _workers_ahead(s: Session, engine: Engine, ctx: RunContext, as_of: date, workers: int | None, *,
                   dry_run: bool, company: str | None) -> int:
    """The worker processes to start before the run's tasks are worked out (``workers``: as ``run_billing``
    takes it), so that their start overlaps the run's own reading. Left to ``parallel.workers_for``, for
    the companies that may be due: never billed, or last billed 28 days or more before ``as_of`` (a month
    or more of a monthly company's; a run found smaller decides again once its tasks are known)."""
    if dry_run:
        return 0
    if workers is not None:
        return workers
    if company:
        return 0
    billed = [day for key, day in ctx.last_billed.items() if key.startswith(_COMPANY_KEY)]
    soon = as_of - timedelta(days=28)
    companies = s.scalar(select(func.count()).select_from(Company.__table__))
    return parallel.workers_for(engine, companies - len(billed) + sum(day <= soon for day in billed))


_COMPANY_KEY = company_key(0)[:-1]


ANALYSIS_LIMIT = 1000  # rows of each index SQLite's ANALYZE samples (its advice: a few hundred to a thousand)
ANALYZE_AFTER = 10_000  # invoices written by one run: enough to change how their tables are best read


def _refresh_statistics(engine: Engine) -> None:
    """The planner's statistics of the tables a large run filled, brought up to date (PostgreSQL's autovacuum
    would get there in its own time; the next command, say ``invoices list``, should not plan for the tables
    as they were). SQLite: ``PRAGMA optimize`` (it analyses the tables that changed enough), each from a sample
    (``analysis_limit``, as SQLite advises for it): a whole ANALYZE of a 100,000-company database reads every
    index, about 3 s, a tenth of a month's run, for statistics the planner uses only to rank indexes."""
    with unit_of_work(engine) as s:
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("ANALYZE invoices, invoice_lines, accruals, billed_periods, billing_snapshots, "
                           "payment_accounts, ledger_entries"))
        else:
            s.execute(text(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}"))
            s.execute(text("PRAGMA optimize"))
            s.execute(text("PRAGMA analysis_limit = 0"))  # the connection's other ANALYZEs stay whole


def _batches(tasks):
    """Runs of tasks of one date and one kind, at most BATCH long."""
    batch: list = []
    for t in tasks:
        if batch and (len(batch) >= BATCH or (t[0], t[1]) != (batch[0][0], batch[0][1])):
            yield batch
            batch = []
        batch.append(t)
    if batch:
        yield batch


@dataclass
class BatchBills:
    """What billing a batch of companies made: the bills to write, the outcomes to report, and each billed
    company's key (its last billed boundary moves to the batch's date, having seen the run's events).
    Plain data: a worker process sends it back to the one that writes (``parallel``)."""

    bills: list[CompanyBill]
    outcomes: list[CompanyOutcome]
    billed: list[tuple[str, date]]
    snapshots: list[tuple] = field(default_factory=list)  # rows of billing_snapshots (``snapshots.write``)
    rows: BatchRows | None = None  # the bills as written (``batch_rows``); None: a dry run's, never written
    stopped: list[tuple[str, date]] = field(default_factory=list)  # companies not billed at their boundary

    def mark(self, ctx: RunContext) -> None:
        """The run's bookkeeping: these companies are billed up to their boundary, those stopped at theirs."""
        for key, p in self.billed:
            ctx.seen_through[key], ctx.last_billed[key] = ctx.events_through, p
        for key, p in self.stopped:
            ctx.stopped.setdefault(key, p)


def compute_batch(s: Session, ctx: RunContext, batch: list[tuple[date, CompanyRow]],
                  preview: DryRun | None = None, *, issue: bool = False) -> BatchBills:
    """The bills of a batch of companies, reading (never writing) what they need: their events, the deferred
    invoices they carry. Updates ``ctx`` as billing them does (``BatchBills.mark``). ``issue``: each invoice's
    lines also as the invoice chain hashes them (``CompanyBill.lines_text``), so that the writer only chains.
    Unless a dry run (``preview``), the bills also as the rows that store them (``batch_rows``): the writer
    only writes those."""
    out = BatchBills([], [], [])
    ids = [c.id for _, c in batch]
    events = snapshots.events_for(s, ctx, batch)
    keep = preview is None and ctx.events_through is not None  # a real run: each company's state kept
    carried = waiting_invoices(s, ids)
    rates = billed_rates(s, ctx, batch, events)  # of earlier runs' invoices, for the lines giving days back
    no_tax_id = vat_ids.without_tax_id(s, (c for _, c in batch))  # reverse charge, stored before the rule
    own = _login_seller(s)  # a reseller's login: its own bills alone (``OWING``)
    owing: set[int] = set()  # ids of the companies whose billed period owes other sellers' bills
    closed: set[int] = set()  # ids of the companies billed with another seller's bill written (``CLOSED``)

    def stop(key: str, c: CompanyRow, p: date, outcome: str, problems) -> None:
        """``c`` is not billed at ``p``, nor at its later boundaries in this run (``RunContext.stopped``)."""
        out.outcomes.append(CompanyOutcome.refused(c.code, p, outcome, problems))
        out.stopped.append((key, p))
        ctx.stopped.setdefault(key, p)

    for p, c in batch:
        key = company_key(c.id)
        if key in ctx.stopped:
            out.outcomes.append(CompanyOutcome.refused(c.code, p, "skipped", [
                Problem("run_earlier_boundary_open", params={"boundary": ctx.stopped[key].isoformat()})]))
            continue
        seller = seller_id(c.seller_on(events[c.id], p)) if c.first_seller is not None else c.reseller_id
        if own is not None and c.first_seller is not None and seller_key(seller) != own:
            # Its seller's bill on that day is that seller's to write (it came to the login's reseller since).
            name = ctx.hoster.name if seller is None else getattr(ctx.resellers.get(seller), "name", seller_key(seller))
            stop(key, c, p, "skipped", [Problem("run_other_sellers_period", params={"seller": name})])
            continue
        if not ctx.invoicing_on(seller):
            stop(key, c, p, "skipped", [Problem("run_invoicing_off")])
            continue
        waiting = carried.get(c.id, [])
        if preview is not None:
            waiting = preview.waiting(c.id, waiting)
        end_state = [] if keep and snapshots.kept_for(c) else None
        try:
            # Late changes are corrected on the company's first bill of the run; its later bills in the
            # run saw every event this run bills with.
            # A company that moved: the bill of its seller on ``p``, then those of sellers it left.
            company_bills = bill_sellers(ctx, c, events[c.id], p, waiting,
                                         seen_through=ctx.seen_through.get(key),
                                         last_billed=ctx.last_billed.get(key), end_state=end_state,
                                         rates=rates.get(c.id), sellers=None if own is None else (own,))
            check_storable(company_bills)
            vat_ids.refuse_without_tax_id(c, company_bills, no_tax_id)
        except ProrataError as exc:
            stop(key, c, p, "failed", exc.problems)
            continue
        # A seller it left that has invoicing off: the company waits for it, as for its own seller (billed, the
        # closing bill's credit or charge would never come back).
        held = [b for b in company_bills if b.closing and b.outcome != NOTHING
                and not ctx.invoicing_on(b.company.reseller_id)]
        if held:
            stop(key, c, p, "skipped", [Problem("run_invoicing_off_left")])
            continue
        company_bills = [b for b in company_bills if not b.closing or ctx.invoicing_on(b.company.reseller_id)]
        if own is not None and c.first_seller is not None:
            owing.add(c.id)
        elif c.first_seller is not None and company_bills and _closes_others(company_bills[1:],
                                                                            company_bills[0].issuer.key):
            closed.add(c.id)
        out.bills += company_bills
        out.billed.append((key, p))
        if end_state:
            state = snapshots.encode(end_state[0], events[c.id], p, ctx.bases)
            if state is not None:
                out.snapshots.append((c.id, c.reseller_id, p, ctx.events_through, c.currency, state))
        ctx.seen_through[key], ctx.last_billed[key] = ctx.events_through, p
        for bill in company_bills:
            if preview is not None:
                preview.billed(c.id, bill)
            if bill.closing and bill.outcome == NOTHING:
                continue
            name = {INVOICE: "billed", DEFERRED: "deferred", NOTHING: "nothing"}[bill.outcome]
            out.outcomes.append(CompanyOutcome(c.code, p, name, bill.currency, to_text(bill.draft.total, bill.currency),
                                               bill.draft.kind if bill.outcome == INVOICE else None,
                                               tuple(bill.notes)))  # what it left to the clerk, in words
    _made_rows(s, ctx, out, preview, issue=issue)
    if (owing or closed) and out.rows is not None:
        at, of = MARK_COLUMNS.index("outcome"), MARK_COLUMNS.index("company_id")
        out.rows.marks = [m[:at] + (OWING + m[at],) + m[at + 1:] if m[of] in owing
                          else m[:at] + (CLOSED + m[at],) + m[at + 1:] if m[of] in closed else m
                          for m in out.rows.marks]
    return out


def _closes_others(bills: list[CompanyBill], main: str) -> bool:
    """Whether ``bills`` (a period's, after its seller's own) write a bill of another seller than ``main`` (the
    period's seller's key): a closing bill with something to invoice, or a cost given back (``CLOSED``)."""
    return any(b.closing and b.issuer.key != main and (b.outcome != NOTHING or b.accruals) for b in bills)


def _made_rows(s: Session, ctx: RunContext, out: BatchBills, preview: DryRun | None, *, issue: bool) -> None:
    """``out``'s bills as the rows that store them (not in a dry run, ``preview``); ``issue``: with the text the
    invoice chain hashes and the accounts their invoices go to."""
    if issue:
        text = CanonicalLines(LINE_COLUMNS[1:])
        for bill in out.bills:
            if bill.outcome == INVOICE:
                bill.lines_text = text(_line_rows(bill))
    if preview is None:
        stamp_collectors(ctx, out.bills)
        out.rows = RowMaker(s.get_bind().dialect).rows_of(out.bills, issue=issue)
        if issue:  # their accounts found here (reads), not by the writer
            out.rows.accounts = accounts_found(s, {account_key(b.company.id, None, b.issuer.reseller_id, b.currency)
                                                   for b in out.bills
                                                   if b.outcome == INVOICE})


def owed_tasks(s: Session, companies: list[CompanyRow], as_of: date) -> list[tuple[date, CompanyRow]]:
    """The periods up to ``as_of`` of ``companies`` that owe other sellers' bills (``OWING``), by date."""
    moved = {c.id: c for c in companies if c.first_seller is not None}
    if not moved:  # nearly every run
        return []
    b = BilledPeriod.__table__.c
    rows = s.execute(select(b.boundary, b.company_id).where(
        b.company_id.in_(ids_written_in(sorted(moved))), b.outcome.startswith(OWING), b.boundary <= as_of)
        .order_by(b.boundary, b.company_id))
    return [(day, moved[cid]) for day, cid in rows]


def compute_owed(s: Session, ctx: RunContext, batch: list[tuple[date, CompanyRow]],
                 preview: DryRun | None = None, *, issue: bool = False) -> tuple[BatchBills, list[str]]:
    """The bills a batch's billed periods owe (``OWING``): those of each company's sellers but the one whose bill
    billed the period, made from what that bill was made from (the events it saw, the period before's mark),
    with the deferred invoices waiting for them now. Closing bills: no billed period of their own. Also the keys
    of the companies whose period no longer owes them (a company that fails, or waits for a seller with
    invoicing off, owes them still)."""
    out = BatchBills([], [], [])
    paid: list[str] = []
    b = BilledPeriod.__table__.c
    ids = [c.id for _, c in batch]
    carried = waiting_invoices(s, ids)
    no_tax_id = vat_ids.without_tax_id(s, (c for _, c in batch))
    for p, c in batch:
        key = company_key(c.id)
        through = s.scalar(select(b.events_through).where(b.customer_key == key, b.boundary == p))
        before = s.execute(select(b.boundary, b.events_through).where(b.customer_key == key, b.boundary < p)
                           .order_by(b.boundary.desc()).limit(1)).first()
        events = load_events(s, [c.id], p, through)
        waiting = carried.get(c.id, [])
        if preview is not None:
            waiting = preview.waiting(c.id, waiting)
        main = c.seller_on(events[c.id], p)
        last, seen = before if before else (None, None)
        # The rates of the invoices the period's bills give back, as that run read them (from its last billed).
        known = replace(ctx, last_billed={key: last} if before else {}, seen_through={key: seen} if before else {})
        try:
            bills = bill_sellers(ctx, c, events[c.id], p, waiting, seen_through=seen, last_billed=last,
                                 rates=billed_rates(s, known, [(p, c)], events).get(c.id),
                                 sellers=tuple(k for k in c.sellers if k != main))
            check_storable(bills)
            vat_ids.refuse_without_tax_id(c, bills, no_tax_id)
        except ProrataError as exc:
            out.outcomes.append(CompanyOutcome.refused(c.code, p, "failed", exc.problems))
            continue
        if any(x.outcome != NOTHING and not ctx.invoicing_on(x.company.reseller_id) for x in bills):
            out.outcomes.append(CompanyOutcome.refused(c.code, p, "skipped", [Problem("run_invoicing_off_left")]))
            continue
        bills = [x for x in bills if x.outcome != NOTHING or x.accruals]  # with a reseller's cost (``_homed``)
        out.bills += bills
        paid.append(key)
        for bill in bills:
            if preview is not None:
                preview.billed(c.id, bill)
            if bill.outcome == NOTHING:
                continue
            name = {INVOICE: "billed", DEFERRED: "deferred"}[bill.outcome]
            out.outcomes.append(CompanyOutcome(c.code, p, name, bill.currency, to_text(bill.draft.total, bill.currency),
                                               bill.draft.kind if bill.outcome == INVOICE else None,
                                               tuple(bill.notes)))
    _made_rows(s, ctx, out, preview, issue=issue)
    return out, paid


def _bill_owed(engine: Engine, ctx: RunContext, batch: list[tuple[date, CompanyRow]], report: RunReport,
               *, issue: bool, preview: DryRun | None) -> None:
    """Bill what a batch's periods owe (``compute_owed``) and clear their marks, in one transaction; a dry run
    (``preview``) writes nothing.

    The marks are locked first (PostgreSQL), and only the periods still owing are billed: a clerk deleting the
    period's draft meanwhile (app/services/invoices.py ``delete_draft``, which deletes the mark first) releases
    the period, whose closing bill written now would be billed again with it; one deleting it once the mark is
    locked waits for this transaction, then finds the mark cleared (refused under a reseller's login; the
    hoster's staff delete the closing bill along)."""
    t = BilledPeriod.__table__
    with unit_of_work(engine) as s:
        if preview is None:
            owing = set(s.scalars(select(t.c.customer_key).where(
                t.c.customer_key.in_([company_key(c.id) for _, c in batch]), t.c.boundary == batch[0][0],
                t.c.outcome.startswith(OWING)).order_by(t.c.customer_key).with_for_update()))
            batch = [(p, c) for p, c in batch if company_key(c.id) in owing]
            if not batch:
                return
        made, paid = compute_owed(s, ctx, batch, preview, issue=issue and preview is None)
        report.outcomes += made.outcomes
        if preview is None:
            report.invoice_ids += write_rows(s, made.rows, issue=issue)
            # ``compute_owed`` keeps only the bills it writes: their periods are ``CLOSED``, the others plain.
            written = {company_key(b.company.id) for b in made.bills}
            outcome = func.substr(t.c.outcome, len(OWING) + 1, type_=String)
            for keys, cleared in (([k for k in paid if k in written], CLOSED + outcome),
                                  ([k for k in paid if k not in written], outcome)):
                if keys:
                    s.execute(update(t).where(t.c.customer_key.in_(keys), t.c.boundary == batch[0][0],
                                              t.c.outcome.startswith(OWING)).values(outcome=cleared))


def stamp_collectors(ctx: RunContext, bills: list[CompanyBill]) -> None:
    """Each reseller's bill's collector (``Invoice.collected_by``) that it has not of its own (a correction
    document of another mode's collector has: ``company_bill._by_collector``): by the reseller's mode now, the
    hoster in the margin mode (app/payments/processors/routing.py ``collector_of``). The hoster's own: none."""
    for b in bills:
        rid = b.issuer.reseller_id
        if rid is not None and b.collected_by is None:
            b.collected_by = HOSTER_KEY if margin_mode(ctx, rid) else reseller_key(rid)


def _line_rows(b: CompanyBill) -> list[tuple]:
    """The bill's lines as written, in ``LINE_COLUMNS`` order but the invoice's id."""
    rid, rate = b.company.reseller_id, b.tax_rate
    return [(rid, pos, ln.kind, ln.company_id, ln.plan_id, ln.extra_code, ln.user_id, ln.description, ln.quantity,
             ln.unit_price, ln.start, ln.end, rate if ln.tax_rate is None else ln.tax_rate, ln.amount)
            for pos, ln in enumerate(b.lines)]


def _write_computed(engine: Engine, ctx: RunContext, made: BatchBills, report: RunReport, *, issue: bool) -> None:
    """Write a batch the pool computed (a worker, or the writer itself: ``parallel``), in one transaction."""
    made.mark(ctx)
    for o in made.outcomes:  # the report keeps them: each company's code once, not once per batch it came in
        o.code = sys.intern(o.code)
    report.outcomes += made.outcomes
    with unit_of_work(engine) as s:
        report.invoice_ids += write_rows(s, made.rows, issue=issue)
        snapshots.write(s, made.snapshots)


def _bill_batch(engine: Engine, ctx: RunContext, batch: list[tuple[date, CompanyRow]], report: RunReport,
                *, issue: bool, preview: DryRun | None) -> None:
    """Bill a batch of companies in one transaction; a dry run (``preview``) writes nothing."""
    with unit_of_work(engine) as s:
        made = compute_batch(s, ctx, batch, preview, issue=issue and preview is None)
        report.outcomes += made.outcomes
        if preview is None:
            report.invoice_ids += write_rows(s, made.rows, issue=issue)
            snapshots.write(s, made.snapshots)


def write_rows(s: Session, made: BatchRows, *, issue: bool) -> list[int]:
    """Write a batch's invoices, lines, accruals and billed periods (``batch_rows``, made where its bills were
    computed), in bulk; the ids of its invoices, in order."""
    numbers = _numbers(s, made.numbered)
    if issue and made.lines_text.keys() != made.numbered.keys():  # cannot happen: ``compute_batch`` makes them
        raise RuntimeError("an issued invoice came without its lines' text")
    now = utcnow()
    conn = s.connection()
    # Written as drafts, so that their lines may be written; then deferred or issued below. Or, where the
    # database lets the lines of an invoice written issued (or deferred) follow in its transaction, written so.
    final = _written_final(conn)
    rows = [row + (numbers.get(i), now, now if i in numbers else None) for i, row in enumerate(made.invoices)]
    columns = INVOICE_COLUMNS + WRITER_COLUMNS
    written = None
    if issue:  # chained before they are written, from the rows as written here (invoice_chain.link_written)
        written = Written(columns, LINE_COLUMNS[1:], {i: rows[i] for i in numbers}, {}, made.lines_text)
        links = link_written(s, written)
        rows = [row + links.get(i, _UNLINKED) for i, row in enumerate(rows)]
        columns += CHAIN_COLUMNS
    if final:
        states = {**{i: _DEFERRED for i in made.deferred}, **{i: _ISSUED for i in numbers}}
        rows = [row[:_STATUS] + (states[i],) + row[_STATUS + 1:] if i in states else row
                for i, row in enumerate(rows)]
    ids = insert_with_ids(conn, Invoice.__table__, columns, rows)
    # What the rows below are checked against (their foreign keys), as large as the planner knows them to be
    # (PostgreSQL; a first run fills these from empty: ``statistics_kept_up``).
    statistics_kept_up(conn, REFERRED)
    t = Invoice.__table__
    for i, carried_ids in made.carried:
        s.execute(update(t).where(t.c.id.in_(carried_ids)).values(status=Status.CARRIED.value,
                                                                   carried_into_id=ids[i]))
    BulkWriter(conn, InvoiceLine.__table__, LINE_COLUMNS, stored=LINE_COLUMNS).write_keyed(made.lines, "invoice_id",
                                                                                         ids)
    BulkWriter(conn, Accrual.__table__, ACCRUAL_COLUMNS, stored=ACCRUAL_COLUMNS).write_keyed(made.accruals,
                                                                                           "invoice_id", ids)
    if made.homed:  # on credit notes already issued (``BatchRows.homed``)
        BulkWriter(conn, Accrual.__table__, ACCRUAL_COLUMNS, stored=ACCRUAL_COLUMNS).write(made.homed)
    if made.deferred and not final:
        s.execute(update(t).where(t.c.id.in_([ids[i] for i in made.deferred])).values(status=_DEFERRED))
    if written is not None:
        issue_linked(s, {i: ids[i] for i in written.rows}, written, made.accounts, inserted_issued=final)
    BulkWriter(conn, BilledPeriod.__table__, MARK_COLUMNS, stored=MARK_COLUMNS).write_keyed(made.marks,
                                                                                          "invoice_id", ids)
    return ids


def _written_final(conn) -> bool:
    """Whether a batch's issued and deferred invoices are written in that state, their lines following in the
    same transaction (PostgreSQL: app/storage/immutability.py, migration 0041), not as drafts moved on after their
    lines: for a login row security lets (a reseller's writes drafts, which the accrual guard checks as they
    leave that state)."""
    return conn.dialect.name == "postgresql" and row_security.login_reseller(conn) is None


def _numbers(s: Session, numbered: dict[int, tuple[str, str, date]]) -> dict[int, str]:
    """index -> its number, for the invoices of a batch that are issued, taken from each issuer's series."""
    by_series: dict[tuple, list[int]] = defaultdict(list)
    for i, (key, fmt, day) in numbered.items():
        by_series[(key, fmt, day.year)].append(i)
    numbers = {}
    for (key, fmt, _), idx in by_series.items():
        numbers.update(zip(idx, take_numbers(s, key, fmt, numbered[idx[0]][2], len(idx))))
    return numbers
