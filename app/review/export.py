"""Exporting invoices for review: the database side of the review file.

``export_review`` selects the invoices (dated from ``since``; drafts unless another status is asked),
reads each one's JSON, its context and what its PDF is made of in short units of work, renders the PDFs
outside them, and writes the file (package.py). The invoice's JSON is hashed as the import will hash it
again (``invoice_digest``): an answer applies only to the invoice exactly as it was reviewed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models import Company, Invoice, InvoiceDocument, Reseller, Status
from app.progress import Cancelled, Progress, no_progress, not_cancelled
from app.review import package

MESSAGES.setdefault("review_nothing", "no {status} invoice is dated from {since}: nothing to review")

PREVIOUS = 3  # earlier invoices of the same customer shown for comparison
CHUNK = 50


@dataclass(frozen=True)
class Exported:
    path: Path
    sha256: str
    count: int


def invoice_digest(session: Session, inv: Invoice) -> tuple[dict, str]:
    """The invoice's JSON (``prorata invoices show --json``) and its SHA-256 (canonical form)."""
    from app.services import invoices

    doc = invoices.invoice_json(session, inv)
    return doc, package.sha256(package.canonical(doc))


def label(inv: Invoice) -> str:
    return inv.number or f"draft #{inv.id}"


def _customer(session: Session, inv: Invoice) -> tuple[str, str]:
    row = session.get(Company, inv.company_id) if inv.company_id else session.get(Reseller, inv.customer_reseller_id)
    return row.code, row.name


def _previous(session: Session, inv: Invoice) -> list[dict]:
    """The customer's last issued invoices of the same issuer before this one: what the reviewer compares."""
    from app.money import to_text

    who = (Invoice.company_id == inv.company_id) if inv.company_id else (
        Invoice.customer_reseller_id == inv.customer_reseller_id)
    q = (select(Invoice).where(who, Invoice.issuer_key == inv.issuer_key, Invoice.id != inv.id,
                               Invoice.status != Status.DRAFT.value)
         .order_by(Invoice.issue_date.desc(), Invoice.id.desc()).limit(PREVIOUS))
    return [{"number": p.number, "issue_date": p.issue_date.isoformat() if p.issue_date else None,
             "total": to_text(p.total, p.currency), "currency": p.currency, "status": p.status}
            for p in session.scalars(q)]


def export_review(engine, out: Path, *, since: date, until: date | None = None, status: str | None = "draft",
                  issuer: str | None = None, exported_by: str | None = None, progress: Progress = no_progress,
                  cancelled: Cancelled = not_cancelled) -> Exported | None:
    """Write the review file of the invoices dated from ``since`` (to ``until``) of ``status`` (None: any)
    and ``issuer`` to ``out``. None when ``cancelled``; ``review_nothing`` when none match. Runs on a worker
    or the CLI, never on the GUI thread."""
    from app.documents.render import render
    from app.services import audit, documents
    from app.storage.engine import unit_of_work
    from app.models.base import utcnow

    with unit_of_work(engine) as s:
        ids = documents.select_invoices(s, since=since, until=until, status=status, issuer=issuer)
        who = exported_by or audit.current_actor(s)
    if not ids:
        raise ProrataError.of("review_nothing", "--since", status=status or "", since=since.isoformat())
    entries, members = [], {}
    progress(0, len(ids), "")
    for start in range(0, len(ids), CHUNK):
        work = []
        with unit_of_work(engine) as s:
            for invoice_id in ids[start:start + CHUNK]:
                inv = s.get(Invoice, invoice_id)
                doc, digest = invoice_digest(s, inv)
                code, name = _customer(s, inv)
                context = {"customer": {"code": code, "name": name}, "previous": _previous(s, inv)}
                stored = s.scalars(select(InvoiceDocument).where(InvoiceDocument.invoice_id == inv.id)).first()
                pdf = stored.content if stored is not None else None
                made = None if pdf is not None else (documents.content_of(s, inv), documents.template_for(s, inv))
                work.append((inv.id, inv.version, label(inv), code, name, doc, digest, context, pdf, made))
        for invoice_id, version, text, code, name, doc, digest, context, pdf, made in work:
            if cancelled():
                return None
            pdf = pdf if pdf is not None else render(*made)
            json_member, pdf_member = f"invoices/{invoice_id}.json", f"pdfs/{invoice_id}.pdf"
            members[json_member] = package.canonical({"invoice": doc, "context": context})
            members[pdf_member] = pdf
            entries.append({"id": invoice_id, "version": version, "label": text, "customer": code,
                            "customer_name": name, "issuer": doc["issuer"], "currency": doc["currency"],
                            "total": doc["total"], "status": doc["status"], "issue_date": doc["issue_date"],
                            "json_member": json_member, "pdf_member": pdf_member, "invoice_sha256": digest})
            progress(len(entries), len(ids), text)
    manifest = {"exported_at": utcnow().isoformat(timespec="seconds") + "Z", "exported_by": who,
                "selection": {"since": since.isoformat(), "until": until.isoformat() if until else None,
                              "status": status, "issuer": issuer},
                "invoices": entries}
    return Exported(out, package.write(out, manifest, members), len(entries))
