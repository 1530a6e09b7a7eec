"""The pre-notification an invoice's PDF gives when it is collected by direct debit: the mandate's reference
and the day the debit is collected (app/documents/content.py ``Content.mandate`` switches the payment block
from "please pay" to "we will collect").

Submitted already: the debit's own collection date. Not yet: the company's active mandate with whoever
collects the invoice, and the invoice's due date (its debit is collected in a run on or after it)."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.models import Invoice, InvoiceKind
from app.models.payments import LedgerEntry
from app.models.processors import DebitStatus, DirectDebit, Mandate, MandateStatus


def mandate_of(session: Session, inv: Invoice) -> dict | None:
    """{reference, collection_date} for ``inv``'s PDF, or None when it is not collected by direct debit."""
    return mandates_of(session, [inv])[inv.id]


def mandates_of(session: Session, invoices: list[Invoice],
                dues: dict[int, date | None] | None = None) -> dict[int, dict | None]:
    """``mandate_of`` for many invoices (the PDFs of a run), in a few queries: invoice id -> its notice.
    ``dues``: their ledger due dates when the caller has read them already."""
    from app.payments.processors.routing import collector_of
    from app.payments.terms import days_by_issuer

    out: dict[int, dict | None] = {inv.id: None for inv in invoices}
    debited = [inv for inv in invoices
               if inv.kind == InvoiceKind.INVOICE.value and inv.company_id is not None and inv.currency == "EUR"]
    if not debited:
        return out
    ids = [inv.id for inv in debited]
    debits: dict[int, DirectDebit] = {}
    for d in session.scalars(select(DirectDebit).where(DirectDebit.invoice_id.in_(ids),
                                                       DirectDebit.status == DebitStatus.SUBMITTED.value)
                             .order_by(DirectDebit.id.desc())):
        debits.setdefault(d.invoice_id, d)  # the latest
    by_id = {m.id: m for m in session.scalars(select(Mandate).where(
        Mandate.id.in_({d.mandate_id for d in debits.values()})))} if debits else {}
    active: dict[tuple[int, str], Mandate] = {}
    for m in session.scalars(select(Mandate).where(Mandate.company_id.in_({inv.company_id for inv in debited}),
                                                   Mandate.status == MandateStatus.ACTIVE.value)
                             .order_by(Mandate.id)):
        active.setdefault((m.company_id, m.creditor_key), m)
    issuers = {inv.id: HOSTER_KEY if inv.issuer_reseller_id is None else reseller_key(inv.issuer_reseller_id)
               for inv in debited}
    collectors = {key: collector_of(session, key) for key in set(issuers.values())}
    if dues is None:
        dues = dict(session.execute(select(LedgerEntry.document_id, LedgerEntry.due_date)
                                    .where(LedgerEntry.document_id.in_(ids))).all())  # one entry per document
    terms = days_by_issuer(session, set(issuers.values()))
    for inv in debited:
        debit = debits.get(inv.id)
        if debit is not None:
            out[inv.id] = {"reference": by_id[debit.mandate_id].reference, "collection_date": debit.collection_date}
            continue
        issuer = issuers[inv.id]
        m = active.get((inv.company_id, collectors[issuer]))
        if m is None or inv.issue_date is None:
            continue
        due = dues.get(inv.id)
        if due is None:
            due = inv.issue_date + timedelta(days=terms[issuer])
        out[inv.id] = {"reference": m.reference, "collection_date": due}
    return out
