"""The pre-notification an invoice's PDF gives when it is collected by direct debit: the mandate's reference
and the day the debit is collected (app/documents/content.py ``Content.mandate`` switches the payment block
from "please pay" to "we will collect").

Submitted already: the debit's own collection date. Not yet: the company's active mandate with whoever
collects the invoice, and the invoice's due date (its debit is collected in a run on or after it)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.models import Invoice, InvoiceKind
from app.models.payments import LedgerEntry
from app.models.processors import DebitStatus, DirectDebit, Mandate, MandateStatus


def mandate_of(session: Session, inv: Invoice) -> dict | None:
    """{reference, collection_date} for ``inv``'s PDF, or None when it is not collected by direct debit."""
    if inv.kind != InvoiceKind.INVOICE.value or inv.company_id is None or inv.currency != "EUR":
        return None
    debit = session.scalars(select(DirectDebit).where(DirectDebit.invoice_id == inv.id,
                                                      DirectDebit.status == DebitStatus.SUBMITTED.value)
                            .order_by(DirectDebit.id.desc())).first()
    if debit is not None:
        m = session.get(Mandate, debit.mandate_id)
        return {"reference": m.reference, "collection_date": debit.collection_date}
    from app.payments.processors.routing import collector_of
    from app.payments.terms import days_by_issuer

    issuer = HOSTER_KEY if inv.issuer_reseller_id is None else reseller_key(inv.issuer_reseller_id)
    m = session.scalars(select(Mandate).where(Mandate.company_id == inv.company_id,
                                              Mandate.creditor_key == collector_of(session, issuer),
                                              Mandate.status == MandateStatus.ACTIVE.value)).first()
    if m is None or inv.issue_date is None:
        return None
    due = session.scalar(select(LedgerEntry.due_date).where(LedgerEntry.document_id == inv.id))
    if due is None:
        due = inv.issue_date + timedelta(days=days_by_issuer(session, {issuer})[issuer])
    return {"reference": m.reference, "collection_date": due}
