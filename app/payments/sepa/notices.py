"""The pre-notification an invoice's PDF gives when it is collected by direct debit: the mandate's reference,
the amount debited and the day the debit is collected (app/documents/content.py ``Content.mandate`` switches
the payment block from "please pay" to "we will collect").

Submitted already: the debit's own amount and collection date. Not yet: only when a collection run would debit
it, by the run's own rule (app/payments/sepa/batch.py: an open EUR invoice whose issuer's ``payment_collection``
switch is on, of a company with an active mandate with whoever collects it; a one-off mandate pays only the
oldest such invoice); then that mandate, the invoice's due date (its debit is collected in a run on or after
it) and what the run would debit, not its total: what is open of the invoice when the PDF is made (its total
less the credit and payments allocated to it) less what the account's credit not yet applied would settle of
it (the run applies it to the open invoices oldest first before it debits: batch.py ``collectable``), to the
cent. Nothing left: no run debits it, and no debit is announced.

The notice is about the debit to come, as things stand when the PDF is made: an issued invoice's PDF made
again after a part payment announces the smaller debit the next run would make (the invoice itself, its lines
and total, never changes). Otherwise the PDF asks for payment as usual, with the bank details."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.models import Invoice, InvoiceKind
from app.models.payments import LedgerEntry
from app.models.processors import DebitStatus, DirectDebit, Mandate, MandateStatus

PAGE = 500  # ids per IN (...), under every backend's bound-parameter limit


def mandate_of(session: Session, inv: Invoice) -> dict | None:
    """{reference, collection_date, amount} for ``inv``'s PDF, or None when it is not collected by direct
    debit."""
    return mandates_of(session, [inv])[inv.id]


def mandates_of(session: Session, invoices: list[Invoice],
                dues: dict[int, date | None] | None = None) -> dict[int, dict | None]:
    """``mandate_of`` for many invoices (the PDFs of a run), in a few queries: invoice id -> its notice.
    ``dues``: their ledger due dates when the caller has read them already."""
    from app.payments.processors.routing import collectors_of_invoices
    from app.payments.terms import days_by_issuer

    out: dict[int, dict | None] = {inv.id: None for inv in invoices}
    debited = [inv for inv in invoices
               if inv.kind == InvoiceKind.INVOICE.value and inv.company_id is not None and inv.currency == "EUR"]
    if not debited:
        return out
    ids = [inv.id for inv in debited]
    debits: dict[int, DirectDebit] = {}
    for start in range(0, len(ids), PAGE):
        for d in session.scalars(select(DirectDebit).where(DirectDebit.invoice_id.in_(ids[start:start + PAGE]),
                                                           DirectDebit.status == DebitStatus.SUBMITTED.value)
                                 .order_by(DirectDebit.id.desc())):
            debits.setdefault(d.invoice_id, d)  # the latest
    by_id = {m.id: m for m in session.scalars(select(Mandate).where(
        Mandate.id.in_({d.mandate_id for d in debits.values()})))} if debits else {}
    issuers = {inv.id: HOSTER_KEY if inv.issuer_reseller_id is None else reseller_key(inv.issuer_reseller_id)
               for inv in debited}
    waiting = [inv for inv in debited if inv.id not in debits and inv.issue_date is not None]
    companies: dict[str, set[int]] = {}  # creditor key -> the companies of the invoices it would collect
    # Each invoice's collector as the mode it was issued under says (a reseller may have changed it since).
    collectors = collectors_of_invoices(session, [(inv.id, inv.issuer_reseller_id) for inv in waiting])
    for inv in waiting:
        companies.setdefault(collectors[inv.id], set()).add(inv.company_id)
    collected: dict[int, tuple[Mandate, Decimal]] = {}
    for creditor, company_ids in companies.items():
        collected.update(would_collect(session, creditor, sorted(company_ids)))
    if dues is None:
        dues = {}
        for start in range(0, len(ids), PAGE):  # one entry per document
            dues.update(session.execute(select(LedgerEntry.document_id, LedgerEntry.due_date)
                                        .where(LedgerEntry.document_id.in_(ids[start:start + PAGE]))).all())
    terms = days_by_issuer(session, set(issuers.values()))
    for inv in debited:
        debit = debits.get(inv.id)
        if debit is not None:
            out[inv.id] = {"reference": by_id[debit.mandate_id].reference, "collection_date": debit.collection_date,
                           "amount": debit.amount}
            continue
        if inv.id not in collected:
            continue
        m, amount = collected[inv.id]
        out[inv.id] = {"reference": m.reference, "collection_date": collection_day(inv, dues, terms[issuers[inv.id]]),
                       "amount": amount}
    return out


def collection_day(inv: Invoice, dues: dict[int, date | None], terms_days: int) -> date:
    """The day a notice announces for ``inv``'s debit before one is submitted: its ledger due date (``dues``),
    else its issue date plus its issuer's terms (``terms_days``), on or after which a run debits it."""
    due = dues.get(inv.id)
    return due if due is not None else inv.issue_date + timedelta(days=terms_days)


def would_debit(session: Session, creditor_key: str, company_ids: list[int]) -> dict[int, Mandate]:
    """invoice id -> its mandate, for each invoice of ``company_ids`` that a collection run of ``creditor_key``
    would debit now: what the run reads (app/payments/sepa/batch.py ``run``), read the same way."""
    return {inv_id: mandate for inv_id, (mandate, _) in would_collect(session, creditor_key, company_ids).items()}


def would_collect(session: Session, creditor_key: str, company_ids: list[int]) -> dict[int, tuple[Mandate, Decimal]]:
    """invoice id -> (its mandate, the amount), for each invoice of ``company_ids`` that a collection run of
    ``creditor_key`` would debit now, and what it would debit: what is left of it once its account's credit is
    applied, to the cent, as the run reckons it (app/payments/sepa/batch.py ``run`` and ``collectable``)."""
    from app.payments import debit_booking
    from app.payments.sepa import mandates
    from app.payments.sepa.batch import collectable, debited

    m = Mandate.__table__.c
    out: dict[int, tuple[Mandate, Decimal]] = {}
    for start in range(0, len(company_ids), PAGE):
        with_mandate = select(m.company_id).where(m.creditor_key == creditor_key,
                                                  m.status == MandateStatus.ACTIVE.value,
                                                  m.company_id.in_(company_ids[start:start + PAGE]))
        wanted = collectable(session, debit_booking.still_open(
            session, debit_booking.candidates(session, "EUR", creditor_key, with_mandate)))
        found = mandates.active_for(session, sorted({inv.company_id for inv in wanted}), creditor_key)
        out.update((inv.id, (mandate, inv.open)) for inv, mandate in debited(wanted, found))
    return out
