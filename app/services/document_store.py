"""Storing the PDFs of issued invoices, many at once: what makes "issuing freezes the document" true for a
whole billing run, rendered on every core.

``store_pdfs(engine, invoice_ids)`` renders and stores (with its SHA-256, as app/services/documents.freeze
does for one) the PDF of each issued invoice among ``invoice_ids`` that has none yet; a draft, or an invoice
stored already, is skipped, so calling it twice, or on a run that was half stored when it was cancelled,
stores each PDF once. Called after issuing (``prorata run --issue``, ``prorata invoices issue``, the window's
run and issue actions) and before a print batch.

The PDFs are made by a pool of worker processes (``spawn``, like app/billing/parallel.py), each reading its
invoices through its own connection and rendering them (app/documents/render.py is a pure function); this
process alone writes, one transaction per few chunks, so SQLite sees one writer. The long documents (a
reseller's wholesale invoice or statement: thousands of lines) go first, each a task of its own, and results
are written as they come, so no worker waits behind another's long document. A small job, an in-memory
database or a frozen build renders in this process instead (``PRORATA_DOCUMENT_WORKERS`` overrides: 0 for
none). Two processes storing the same invoice at once keep the first copy: a chunk that meets a copy
written meanwhile stores the rest of it one by one, each in a savepoint.
"""
from __future__ import annotations

import gc
import hashlib
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from app.errors import MESSAGES, Problem
from app.progress import Cancelled, Progress, no_progress, not_cancelled

if TYPE_CHECKING:
    from concurrent.futures import Future

MESSAGES.setdefault("pdf_not_stored", "{invoice}: its PDF could not be made ({reason}); it is made again when the "
                                      "invoice is first shown, sent or printed")

CHUNK = 50  # invoices per task: large enough to amortise a round trip, small enough to cancel soon
MIN_WORK = 200  # fewer PDFs than this: starting workers costs more than it saves
AHEAD = 3  # chunks in flight per worker (bounds the PDFs held in memory)
LONG = 60  # lines: a document this long is a task of its own (a chunk of ordinary invoices renders as fast)
WRITE_EVERY = 150  # PDFs per transaction at most: fewer commits, and little lost to a crash


@dataclass
class StoreReport:
    """What ``store_pdfs`` did: ids stored now, ids that had a PDF already, ids skipped (not issued, or gone),
    and whether it was cancelled before the end."""

    stored: list[int] = field(default_factory=list)
    already: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    failed: list[tuple[int, Problem]] = field(default_factory=list)  # (invoice id, why): the others are stored
    cancelled: bool = False

    def as_json(self) -> dict:
        return {"stored": len(self.stored), "already_stored": len(self.already), "skipped": len(self.skipped),
                "failed": [{"invoice_id": i, "reason": p.message()} for i, p in self.failed],
                "cancelled": self.cancelled}


def workers_for(engine: Engine, count: int) -> int:
    """How many worker processes render ``count`` PDFs (0: this process renders them)."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return 0
    setting = os.environ.get("PRORATA_DOCUMENT_WORKERS")
    if setting:
        return max(int(setting), 0)
    if getattr(sys, "frozen", False) or count < MIN_WORK:
        return 0
    return max(min(os.cpu_count() or 1, 8), 1)


def missing(engine: Engine, invoice_ids: list[int]) -> tuple[list[int], list[int], list[int]]:
    """(to store, stored already, not issued or gone) among ``invoice_ids``, each in the given order."""
    todo, already, skipped, _ = _survey(engine, invoice_ids)
    return todo, already, skipped


def _survey(engine: Engine, invoice_ids: list[int]) -> tuple[list[int], list[int], list[int], dict[int, int]]:
    """``missing``, and the number of lines of each invoice that has more than ``LONG``."""
    from app.models import Invoice, InvoiceDocument, InvoiceLine
    from app.services.documents import ISSUED_STATES
    from app.storage.engine import unit_of_work

    issued: set[int] = set()
    stored: set[int] = set()
    long: dict[int, int] = {}
    with unit_of_work(engine) as s:
        mine = _issued_by_login(s)
        for start in range(0, len(invoice_ids), 900):  # under every backend's bound-parameter limit
            part = invoice_ids[start:start + 900]
            issued.update(s.scalars(select(Invoice.id).where(Invoice.id.in_(part), Invoice.status.in_(ISSUED_STATES),
                                                             *mine)))
            stored.update(s.scalars(select(InvoiceDocument.invoice_id).where(InvoiceDocument.invoice_id.in_(part))))
            long.update(s.execute(select(InvoiceLine.invoice_id, func.count()).where(InvoiceLine.invoice_id.in_(part))
                                  .group_by(InvoiceLine.invoice_id).having(func.count() > LONG)).all())
    todo, already, skipped = [], [], []
    for i in dict.fromkeys(invoice_ids):
        (already if i in stored else todo if i in issued else skipped).append(i)
    return todo, already, skipped, long


def _tasks(todo: list[int], long: dict[int, int]) -> list[list[int]]:
    """``todo`` as tasks: each long document alone, longest first, then the others ``CHUNK`` at a time."""
    first = sorted((i for i in todo if i in long), key=lambda i: -long[i])
    rest = [i for i in todo if i not in long]
    return [[i] for i in first] + [rest[i:i + CHUNK] for i in range(0, len(rest), CHUNK)]


def store_pdfs(engine: Engine, invoice_ids: list[int], *, since=None, progress: Progress = no_progress,
               cancelled: Cancelled = not_cancelled, workers: int | None = None) -> StoreReport:
    """Render and store the PDF of every issued invoice in ``invoice_ids`` that has none yet, and (``since``, a
    UTC datetime taken before a run) of every invoice issued since then that has none: a run's documents to
    resellers, which its report does not list.

    Reports ``progress(done, total, "")`` as chunks come back rendered (total: the PDFs to make) and polls
    ``cancelled`` between chunks; what was rendered before a cancel is stored (``WRITE_EVERY`` PDFs to a
    transaction, the rest before it returns). Runs on a worker thread or the CLI, never on the GUI thread; as
    any ``spawn`` pool, a script calling it must do so under ``if __name__ == "__main__":`` (or set
    PRORATA_DOCUMENT_WORKERS=0)."""
    invoice_ids = list(invoice_ids)
    if since is not None:
        invoice_ids += issued_since(engine, since)
    todo, already, skipped, long = _survey(engine, invoice_ids)
    report = StoreReport(already=already, skipped=skipped)
    total = len(todo)
    progress(0, total, "")
    if not todo:
        return report
    tasks = _tasks(todo, long)
    workers = workers_for(engine, total) if workers is None else workers
    writer = _Writer(engine, report, total, progress)
    try:
        if workers <= 0:
            for task in tasks:
                if cancelled():
                    report.cancelled = True
                    break
                writer.add(_render_chunk(engine, task), len(task))
        else:
            _in_pool(engine, tasks, workers, writer, cancelled)
    finally:
        writer.flush()
    _in_given_order(report, todo)
    return report


def _in_pool(engine: Engine, tasks: list[list[int]], workers: int, writer: _Writer, cancelled: Cancelled) -> None:
    """Render ``tasks`` in ``workers`` processes, at most ``AHEAD`` tasks each in flight, handing each result
    to ``writer`` as it comes; stops submitting once ``cancelled``."""
    # Imported here: issuing one invoice (``prorata invoices issue``) renders it in this process (issue 12).
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from multiprocessing import get_context

    pool = ProcessPoolExecutor(min(workers, len(tasks)), mp_context=get_context("spawn"), initializer=_start,
                               initargs=(engine.url.render_as_string(hide_password=False),))
    pending: dict[Future, int] = {}
    queue = list(reversed(tasks))
    try:
        while queue or pending:
            while queue and len(pending) < workers * AHEAD:
                task = queue.pop()
                pending[pool.submit(_render_in_worker, task)] = len(task)
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                writer.add(future.result(), pending.pop(future))
            if cancelled():
                writer.report.cancelled = bool(queue or pending)
                break
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _in_given_order(report: StoreReport, todo: list[int]) -> None:
    """Sort what was stored or failed into the order the invoices were given (they are done as they come)."""
    where = {i: n for n, i in enumerate(todo)}
    report.stored.sort(key=where.__getitem__)
    report.failed.sort(key=lambda f: where[f[0]])
    report.already.sort(key=lambda i: where.get(i, -1))


# -- rendering (in a worker, or here for a small job) --------------------------------------------------------

def _render_chunk(engine: Engine, invoice_ids: list[int]) -> list[dict]:
    """The document rows of these invoices, rendered now (an invoice no longer issued, or stored meanwhile, is
    left out). Reads in one unit of work; writes nothing. What the invoices share (prices, companies and their
    schedules; app/billing/explain.py ``Explainer``) and their mandates and due dates are read once for the
    chunk."""
    from app.billing.explain import Explainer
    from app.documents.render import render
    from app.models import Invoice, InvoiceDocument
    from app.services.documents import ISSUED_STATES, content_of, payment_facts, template_for
    from app.storage.engine import unit_of_work

    out = []
    with unit_of_work(engine) as s:
        stored = set(s.scalars(select(InvoiceDocument.invoice_id).where(InvoiceDocument.invoice_id.in_(invoice_ids))))
        templates: dict[str, object] = {}
        invoices = [inv for inv in s.scalars(select(Invoice).where(Invoice.id.in_(invoice_ids)).order_by(Invoice.id))
                    if inv.id not in stored and inv.status in ISSUED_STATES]
        explainer = Explainer(s)
        explainer.prefetch(invoices)
        facts = payment_facts(s, invoices)
        for inv in invoices:
            t = templates.get(inv.issuer_key)
            if t is None:
                t = templates[inv.issuer_key] = template_for(s, inv)
            try:
                with s.begin_nested():  # a read that fails leaves the unit of work usable for the next invoice
                    data = render(content_of(s, inv, explainer=explainer, facts=facts), t)
            except Exception as exc:  # noqa: BLE001 - this invoice is reported; the others are stored
                out.append({"invoice_id": inv.id, "failed": Problem("pdf_not_stored", {
                    "invoice": inv.number or f"#{inv.id}", "reason": _reason(exc)})})
                continue
            out.append({"invoice_id": inv.id, "reseller_id": inv.reseller_id, "content": data,
                        "sha256": hashlib.sha256(data).hexdigest(), "language": inv.language,
                        "template_id": t.id, "template_version": t.version})
    return out


def _reason(exc: BaseException) -> str:
    from app.errors import ProrataError

    return "; ".join(exc.messages()) if isinstance(exc, ProrataError) else f"{type(exc).__name__}: {exc}"


_engine: Engine | None = None


def _start(url: str) -> None:
    global _engine
    from app.storage.engine import make_engine

    _engine = make_engine(url)
    # Warm the fonts and catalogs once per worker, not in the first chunk's time.
    from app.documents.fonts import CJK, faces

    faces("DejaVu Sans"), faces(CJK)
    gc.collect()
    gc.freeze()


def _render_in_worker(invoice_ids: list[int]) -> list[dict]:
    made = _render_chunk(_engine, invoice_ids)
    gc.collect()
    return made


# -- writing (this process only) -----------------------------------------------------------------------------

class _Writer:
    """Collects rendered rows, reporting progress, and stores them ``WRITE_EVERY`` at a time (``flush``: the
    rest)."""

    def __init__(self, engine: Engine, report: StoreReport, total: int, progress: Progress):
        self.engine, self.report, self.total, self.progress = engine, report, total, progress
        self.rows: list[dict] = []
        self.done = 0  # invoices handled: rendered (or failed, or no longer to store)

    def add(self, rows: list[dict], invoices: int) -> None:
        self.rows += rows
        if len(self.rows) >= WRITE_EVERY:
            self.flush()
        self.done += invoices
        self.progress(self.done, self.total, "")

    def flush(self) -> None:
        rows, self.rows = self.rows, []
        if rows:
            _write(self.engine, rows, self.report)


def _write(engine: Engine, rows: list[dict], report: StoreReport) -> None:
    """Store ``rows`` in one transaction; if another process stored one of them meanwhile, store the others
    one by one and count that one as stored already."""
    from app.models import InvoiceDocument
    from app.storage.engine import unit_of_work

    for r in [r for r in rows if "failed" in r]:
        report.failed.append((r["invoice_id"], r["failed"]))
    rows = [r for r in rows if "failed" not in r]
    if not rows:
        return
    try:
        with unit_of_work(engine) as s:
            s.execute(insert(InvoiceDocument), rows)
        report.stored += [r["invoice_id"] for r in rows]
        return
    except IntegrityError:
        pass
    with unit_of_work(engine) as s:
        for r in rows:
            try:
                with s.begin_nested():
                    s.execute(insert(InvoiceDocument), [r])
                report.stored.append(r["invoice_id"])
            except IntegrityError:
                report.already.append(r["invoice_id"])


def _issued_by_login(s) -> list:
    """Under a reseller's staff login, the condition of the invoices it issues: the hoster's invoices to that
    reseller are the hoster's documents to store (row_security refuses the reseller's login to write them)."""
    from app.models import Invoice
    from app.storage import row_security

    found = row_security.login_scope(s.connection())
    if found is None or not found[1]:  # not staff, or the hoster's
        return []
    return [Invoice.issuer_reseller_id == found[1]]


def issued_since(engine: Engine, when) -> list[int]:
    """Ids of the invoices issued at or after ``when`` (a UTC datetime, as ``issued_at`` is written) that have
    no stored PDF: what a run issued, its documents to resellers included."""
    from app.models import Invoice, InvoiceDocument
    from app.services.documents import ISSUED_STATES
    from app.storage.engine import unit_of_work

    with unit_of_work(engine) as s:
        stored = select(InvoiceDocument.invoice_id).where(InvoiceDocument.invoice_id == Invoice.id)
        return list(s.scalars(select(Invoice.id).where(Invoice.issued_at >= when, Invoice.status.in_(ISSUED_STATES),
                                                       ~stored.exists(), *_issued_by_login(s)).order_by(Invoice.id)))
