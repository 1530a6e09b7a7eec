"""The print batch: one PDF with every invoice that goes by post, ready for a duplex printer and window
envelopes, and a CSV manifest of what is in it.

Invoices are ordered by country, then postcode, city and customer (how a post office sorts, and so a franking
machine's discount). Each starts on an odd page, so on its own sheet when printed on both sides: a blank page
follows an invoice with an odd number of pages (not the last one). The pages are the invoices' stored PDFs,
unchanged: the address sits in the envelope's window where the template put it (app/documents/layout.py).

A cover sheet (app/delivery/cover.py) comes first and lists the batch.

The invoices are claimed in the delivery log first (app/delivery/log.py), so two clerks making a batch at
once never print one invoice twice; once the file is written they wait as ``pending`` until the clerk says
the batch printed correctly (``confirm``: marked ``printed``, posted that day, audited), or ``reject`` puts
them back in the queue; ``mark_now`` marks them printed at once. A batch that cannot be written, or is
cancelled, gives them back. An invoice printed before is left out unless
``reprint``; one whose PDF cannot be made is left out and reported, and the batch goes on.
"""
from __future__ import annotations

import io
import os
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.delivery import log
from app.delivery.selection import Due, select_due
from app.errors import MESSAGES, Problem, ProrataError
from app.progress import Cancelled, Progress, no_progress, not_cancelled

MESSAGES.setdefault("post_already_printed", "{invoice} was printed on {when}: --reprint prints it again")
MESSAGES.setdefault("post_taken", "{invoice} is in another print batch being made now")
MESSAGES.setdefault("post_no_document", "{invoice} is left out: its PDF could not be made ({reason})")
MESSAGES.setdefault("post_cannot_write", "cannot write the print batch {path}: {reason}; no invoice was marked "
                                         "printed")
MESSAGES.setdefault("post_pending", "{invoice} is in a print batch waiting to be confirmed (`prorata post "
                                    "confirm BATCH`): --reprint prints it again")
MESSAGES.setdefault("post_no_batch", "there is no print batch {batch} waiting to be confirmed (confirmed "
                                     "already, or never made)")
MESSAGES.setdefault("post_no_address", "{invoice} is left out: {customer} has no postal address")

MANIFEST_FIELDS = ("sequence", "first_page", "pages", "blank_page", "invoice", "issuer", "customer", "name",
                   "address", "postcode", "city", "country", "total", "currency", "issue_date")


@dataclass
class Printed:
    due: Due
    first_page: int
    pages: int  # the invoice's own pages
    blank: bool  # a blank page follows it


@dataclass
class PostReport:
    out: Path
    manifest: Path | None
    batch: str
    printed: list[Printed] = field(default_factory=list)
    left_out: list[tuple[str, Problem]] = field(default_factory=list)  # (invoice, why)
    pages: int = 0
    cancelled: bool = False
    cover_pages: int = 0
    marked: str = "pending"  # what the invoices are now: pending (until confirmed) or printed


    def as_json(self) -> dict:
        return {"file": str(self.out), "manifest": str(self.manifest) if self.manifest else None,
                "batch": self.batch, "pages": self.pages, "cancelled": self.cancelled,
                "cover_pages": self.cover_pages, "marked": self.marked,
                "invoices": [{"invoice": p.due.number, "customer": p.due.customer_code, "first_page": p.first_page,
                              "pages": p.pages, "blank_page": p.blank} for p in self.printed],
                "left_out": [{"invoice": n, "reason": pr.message()} for n, pr in self.left_out]}


def sort_key(due: Due) -> tuple:
    """Country, postcode, city, customer, number; an invoice without an address sorts last."""
    a = due.address or {}
    return (not a, (a.get("country") or "").upper(), (a.get("postcode") or "").replace(" ", "").upper(),
            (a.get("city") or "").casefold(), due.customer_name.casefold(), due.number)


def print_batch(engine, out: Path, *, since: date | None = None, until: date | None = None,
                refs: list[str] = (), reprint: bool = False, manifest: Path | None = None,
                mark_now: bool = False, progress: Progress = no_progress,
                cancelled: Cancelled = not_cancelled) -> PostReport:
    """Write the print batch of the invoices due by post to ``out`` (cover sheet first) and the manifest
    (default: ``out`` with ``.csv``); leave them pending until ``confirm`` (printed at once if ``mark_now``).
    Runs on a worker (or the CLI), never on the GUI thread."""
    import pypdfium2 as pdfium

    from app.delivery.documents import pdf_of
    from app.services import audit
    from app.storage.engine import unit_of_work

    out = Path(out)
    manifest = Path(manifest) if manifest is not None else out.with_suffix(".csv")
    report = PostReport(out, manifest, uuid.uuid4().hex)
    with unit_of_work(engine) as s:
        chosen = select_due(s, "post", since=since, until=until, refs=list(refs))
        for h in chosen.held:
            report.left_out.append((h.number, h.problem))
        dues = []
        for d in chosen.due:
            if not d.address:
                report.left_out.append((d.number, Problem("post_no_address", {"invoice": d.number,
                                                                               "customer": d.customer_code})))
            else:
                dues.append(d)
        log.queue(s, [(d.invoice_id, d.reseller_id) for d in dues], "post")
        rows = log.rows(s, [d.invoice_id for d in dues], "post")
    allowed = log.RETRYABLE + ((log.PRINTED, log.PENDING) if reprint else ())
    claimed: list[tuple[Due, log.Row]] = []
    with unit_of_work(engine) as s:
        for d in sorted(dues, key=sort_key):
            row = rows[d.invoice_id]
            if row.status == log.PRINTED and not reprint:
                if refs:
                    report.left_out.append((d.number, Problem("post_already_printed", {
                        "invoice": d.number, "when": row.printed_at.date().isoformat()})))
                continue
            if row.status == log.PENDING and not reprint:
                if refs:
                    report.left_out.append((d.number, Problem("post_pending", {"invoice": d.number})))
                continue
            if log.claim(s, row, report.batch, report.batch, allowed=allowed):
                claimed.append((d, row))
            else:
                report.left_out.append((d.number, Problem("post_taken", {"invoice": d.number})))
    batch = pdfium.PdfDocument.new()
    included: list[tuple[Due, log.Row]] = []
    try:
        # The PDFs not stored yet (issued before PDFs were stored at issue) are rendered first, on every core;
        # one progress runs through both steps.
        from app.services.document_store import missing, store_pdfs

        ids = [d.invoice_id for d, _ in claimed]
        to_render = len(missing(engine, ids)[0])
        total = to_render + len(claimed)
        progress(0, total, "")
        failed: dict[int, str] = {}  # invoice id -> why its PDF could not be made just now
        if to_render:
            made = store_pdfs(engine, ids, cancelled=cancelled, progress=lambda n, _t, _m: progress(n, total, ""))
            if made.cancelled:
                raise _Cancelled
            failed = {i: problem.params["reason"] for i, problem in made.failed}
        stored = _StoredPdfs(engine, ids)
        for i, (d, row) in enumerate(claimed):
            if cancelled():
                report.cancelled = True
                break
            try:
                data = stored.get(d.invoice_id)
                if d.invoice_id in failed:  # not tried again: it failed a moment ago
                    raise _NoPdf(failed[d.invoice_id])
                src = pdfium.PdfDocument(data if data is not None else pdf_of(engine, d.invoice_id))
            except Exception as exc:  # this invoice is left out; the batch goes on
                reason = "; ".join(exc.messages()) if isinstance(exc, ProrataError) else str(exc)
                report.left_out.append((d.number, Problem("post_no_document", {"invoice": d.number,
                                                                               "reason": reason})))
                with unit_of_work(engine) as s:
                    log.release(s, row.id, report.batch, report.left_out[-1][1].message())
                continue
            # The previous invoice's blank page, if it ended on an odd page, so that this one starts on one.
            if len(batch) % 2 == 1:
                # The size without loading the page, and the new page closed at once: a loaded page stays in
                # memory with its fonts until the batch is closed (some 150 KB each, 1.5 GB for 10,000).
                width, height = batch.get_page_size(len(batch) - 1)
                batch.new_page(width, height).close()
                report.printed[-1].blank = True
            first = len(batch) + 1
            pages = len(src)
            batch.import_pages(src)
            src.close()
            report.printed.append(Printed(d, first, pages, False))
            included.append((d, row))
            progress(to_render + i + 1, total, f"{d.number} {(d.address or {}).get('postcode') or ''}")
        if report.cancelled:
            raise _Cancelled
        if not included:  # nothing to print: no empty file (the ones left out were given back one by one)
            return report
        _add_cover(batch, report)
        report.pages = len(batch)
        _write_atomically(out, lambda fh: batch.save(fh))
        _write_manifest(manifest, report)
    except BaseException as exc:
        reason = "cancelled" if isinstance(exc, _Cancelled) else _os_reason(exc)
        with unit_of_work(engine) as s:
            for d, row in claimed:
                log.release(s, row.id, report.batch, f"print batch not made: {reason}")
        report.printed.clear()
        if isinstance(exc, _Cancelled):
            return report
        if isinstance(exc, OSError):
            raise ProrataError.of("post_cannot_write", path=str(out), reason=reason) from None
        raise
    finally:
        batch.close()
    with unit_of_work(engine) as s:
        for d, row in included:
            (log.printed if mark_now else log.pending)(s, row.id, report.batch)
        if included:
            audit.record(s, "print", "delivery_batch", report.batch,
                         after={"file": str(out), "pages": report.pages, "marked": "printed" if mark_now else
                                "pending", "invoices": [d.number for d, _ in included]})
    report.marked = "printed" if mark_now else "pending"
    return report


def confirm(engine, batch: str, day: date | None = None) -> list[int]:
    """The clerk says print batch ``batch`` printed correctly: its invoices still pending are marked printed,
    posted on ``day`` (default today); audited. Confirming twice changes nothing the second time; a batch
    with nothing pending is refused in words."""
    from app.services import audit
    from app.storage.engine import unit_of_work

    day = day or date.today()
    with unit_of_work(engine) as s:
        ids = log.confirm_batch(s, batch, day)
        if not ids:
            raise ProrataError.of("post_no_batch", "BATCH_ID", batch=batch)
        audit.record(s, "confirm_posted", "delivery_batch", batch,
                     after={"posted": day.isoformat(), "invoices": len(ids)})
    return ids


def reject(engine, batch: str, reason: str = "the batch did not print correctly") -> list[int]:
    """The batch did not print correctly: its invoices go back in the queue for the next batch; audited."""
    from app.services import audit
    from app.storage.engine import unit_of_work

    with unit_of_work(engine) as s:
        ids = log.reject_batch(s, batch, reason)
        if ids:
            audit.record(s, "reject_print", "delivery_batch", batch, after={"reason": reason, "invoices": len(ids)})
    return ids


def _add_cover(batch, report: PostReport) -> None:
    """Put the cover sheet in front of the invoices and move their first pages after it."""
    import pypdfium2 as pdfium

    from app.delivery.cover import CoverRow, cover_pages, cover_pdf

    size = batch.get_page_size(0)
    today = date.today()

    def rows(offset: int) -> list[CoverRow]:
        out = []
        for p in report.printed:
            a = p.due.address or {}
            out.append(CoverRow(p.due.number, f"{p.due.customer_name} ({p.due.customer_code})",
                                a.get("postcode") or "", a.get("country") or "", p.first_page + offset, p.pages))
        return out

    n = cover_pages(report.batch, today, rows(0), size)
    cover = pdfium.PdfDocument(cover_pdf(report.batch, today, rows(n), len(batch) + n, size))
    try:
        batch.import_pages(cover, index=0)
        report.cover_pages = len(cover)
    finally:
        cover.close()
    for p in report.printed:
        p.first_page += report.cover_pages


class _Cancelled(Exception):
    pass


class _NoPdf(Exception):
    """An invoice's PDF could not be made; the text is why."""


class _StoredPdfs:
    """The stored PDFs of ``ids``, read ahead ``chunk`` at a time in the batch's order (one query each, not
    one per invoice) and forgotten once taken, so the batch holds a chunk of them at most."""

    def __init__(self, engine, ids: list[int], chunk: int = 200):
        self.engine, self.ids, self.chunk = engine, ids, chunk
        self.next = 0
        self.ahead: dict[int, bytes] = {}

    def get(self, invoice_id: int) -> bytes | None:
        if invoice_id not in self.ahead and self.next < len(self.ids):
            from sqlalchemy import select

            from app.models import InvoiceDocument
            from app.storage.engine import unit_of_work

            part = self.ids[self.next:self.next + self.chunk]  # asked for in this order: the next ones
            self.next += len(part)
            with unit_of_work(self.engine) as s:
                rows = s.execute(select(InvoiceDocument.invoice_id, InvoiceDocument.content)
                                 .where(InvoiceDocument.invoice_id.in_(part)))
                self.ahead.update((invoice_id, content) for invoice_id, content in rows)
        return self.ahead.pop(invoice_id, None)


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _write_atomically(path: Path, write) -> None:
    """Write through a temporary file beside ``path`` and rename it into place: a reader never sees half a
    batch, and a failed write leaves any earlier file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _write_manifest(path: Path, report: PostReport) -> None:
    import csv

    from app.money import to_text
    from app.values.csv_cells import SafeDictWriter

    buf = io.StringIO()
    writer = SafeDictWriter(buf, fieldnames=MANIFEST_FIELDS, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for n, p in enumerate(report.printed, start=1):
        a = p.due.address or {}
        writer.writerow({"sequence": n, "first_page": p.first_page, "pages": p.pages,
                         "blank_page": "yes" if p.blank else "no", "invoice": p.due.number,
                         "issuer": p.due.issuer, "customer": p.due.customer_code, "name": p.due.customer_name,
                         "address": " / ".join(a.get("lines") or []), "postcode": a.get("postcode") or "",
                         "city": a.get("city") or "", "country": a.get("country") or "",
                         "total": to_text(p.due.total, p.due.currency), "currency": p.due.currency,
                         "issue_date": p.due.issue_date.isoformat() if p.due.issue_date else ""})
    data = buf.getvalue().encode("utf-8")
    _write_atomically(path, lambda fh: fh.write(data))
