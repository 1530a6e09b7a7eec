"""What a delivery needs from an invoice: its PDF (the bytes it was issued with) and the facts its message
quotes (number, total, due date, customer, issuer).

The PDF comes from app/services/documents.py: an issued invoice's stored PDF; one issued before stored PDFs
existed is frozen now (rendered once and stored), so the customer's copy, every reprint and every resend
are the same bytes. The due date is the ledger's (fixed when the invoice was posted, app/payments/ledger.py);
an invoice not in the ledger is due its template's payment terms after its issue date, as its PDF says. A
credit note is never due: it is paid back or set against the next invoice, as its PDF says.
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.delivery.selection import Due
from app.delivery.texts import Facts
from app.models import Hoster, Invoice, InvoiceKind, Reseller
from app.models.payments import LedgerEntry


def pdf_of(engine, invoice_id: int) -> bytes:
    """The invoice's PDF: stored (frozen now if it has none yet). Opens its own units of work."""
    from app.services import documents
    from app.storage.engine import unit_of_work

    try:
        with unit_of_work(engine) as s:
            return documents.freeze(s, invoice_id).content
    except Exception:  # another process froze it at the same moment (or cannot write): read what is there
        with unit_of_work(engine) as s:
            return documents.render_invoice(s, invoice_id).data


def issuer_name(session: Session, issuer_key: str) -> str:
    if issuer_key == "hoster":
        return session.get(Hoster, 1).name
    return session.get(Reseller, int(issuer_key.split(":", 1)[1])).name


def due_date(session: Session, invoice_id: int) -> date | None:
    """When the invoice is due; None for a credit note (nothing to pay)."""
    inv = session.get(Invoice, invoice_id)
    if inv.kind == InvoiceKind.CREDIT_NOTE.value:
        return None
    found = session.scalar(select(LedgerEntry.due_date).where(LedgerEntry.document_id == invoice_id))
    if found is not None:
        return found
    from app.services.documents import template_for

    if inv.issue_date is None:
        return None
    return inv.issue_date + timedelta(days=template_for(session, inv).block("payment")["terms_days"])


def facts_of(session: Session, due: Due) -> Facts:
    return Facts(kind=due.kind, number=due.number, total=due.total, currency=due.currency,
                 due_date=due_date(session, due.invoice_id), customer=due.customer_name,
                 issuer=issuer_name(session, due.issuer_key), language=due.language)
