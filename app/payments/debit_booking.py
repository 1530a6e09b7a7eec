"""Booking a direct debit run in bulk: the open invoices a creditor collects, their accounts held, and one
payment, ledger entry and allocation per invoice written with a few multi-row statements.

A run of 50,000 invoices cannot go through ``payments.book`` one invoice at a time (a flush, a lock, a
claim and two audit entries each). What each debit writes is the same as ``book`` with the invoice as its
only target: a direct debit payment on the collection day, its ledger entry, its allocation (no earlier
than the invoice's issue date), and the invoice moved to paid by the same conditional write as
``app.services.invoice_claims.claim`` (``WHERE id = :id AND status = :seen AND version = :seen_version``),
executed for all invoices at once; if any row was changed meanwhile the whole run is refused and nothing is
written.

Never twice: the accounts are held first (``hold``: the same version bump as ``accounts.lock``, in order of
id, so two runs never wait on each other crosswise), and only then is what is open read again
(``still_open``): a second run waiting on the first finds the invoices paid and debits nothing. The run's
audit entry (written by the caller) lists every invoice and its payment.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, company_key, reseller_key
from app.errors import MESSAGES, ProrataError
from app.models import Invoice, InvoiceKind
from app.models.base import utcnow
from app.models.payments import (Allocation, EntryKind, LedgerEntry, Payment, PaymentAccount, PaymentStatus)
from app.payments import accounts, allocation
from app.payments.processors.routing import collection_on, collectors_of_invoices

PAGE = 500
ZERO = Decimal(0)

MESSAGES.setdefault("debit_run_raced", "{count} of the invoices in this run changed while it was being written "
                                       "(another clerk or run paid or credited them); nothing was submitted: run "
                                       "it again")


@dataclass
class OpenInvoice:
    id: int
    number: str | None
    company_id: int
    reseller_id: int | None
    issuer_key: str
    total: Decimal
    issue_date: date
    status: str
    version: int
    open: Decimal = ZERO
    collector: str = ""  # whose account collects it (the billing mode it was issued under): what ``book`` records


def issuer_key(issuer_reseller_id: int | None) -> str:
    return HOSTER_KEY if issuer_reseller_id is None else reseller_key(issuer_reseller_id)


def candidates(session: Session, currency: str, creditor_key: str, companies,
               invoice_ids: list[int] | None = None) -> list[OpenInvoice]:
    """The issued or partially paid invoices of companies in ``currency`` that ``creditor_key`` collects
    (their collector by the billing mode each was issued under, their issuer's ``payment_collection`` switch
    on), oldest first; only ``invoice_ids`` when given; ``companies`` is a SELECT of the company ids to
    consider (those with an active mandate, say). Read in bulk, without their allocations (``still_open``
    reads those)."""
    i = Invoice.__table__.c
    q = (select(i.id, i.number, i.company_id, i.reseller_id, i.issuer_reseller_id, i.total, i.issue_date, i.status,
                i.version)
         .where(i.kind == InvoiceKind.INVOICE.value, i.status.in_(allocation.OPEN), i.currency == currency,
                i.company_id.in_(companies)).order_by(i.issue_date, i.id))
    rows = []
    if invoice_ids is None:
        rows = session.execute(q).all()
    else:
        wanted = sorted(set(invoice_ids))
        for start in range(0, len(wanted), PAGE):
            rows += session.execute(q.where(i.id.in_(wanted[start:start + PAGE]))).all()
        rows.sort(key=lambda r: (r.issue_date, r.id))
    issuers: dict[str, bool] = {}
    for r in rows:
        key = issuer_key(r.issuer_reseller_id)
        if key not in issuers:
            issuers[key] = collection_on(session, key)
    rows = [r for r in rows if issuers[issuer_key(r.issuer_reseller_id)]]
    # Each invoice's collector as the mode it was issued under says (a reseller may have changed it since).
    collectors = collectors_of_invoices(session, [(r.id, r.issuer_reseller_id) for r in rows])
    return [OpenInvoice(r.id, r.number, r.company_id, r.reseller_id, issuer_key(r.issuer_reseller_id), r.total,
                        r.issue_date, r.status, r.version, collector=creditor_key)
            for r in rows if collectors[r.id] == creditor_key]


def hold(session: Session, invoices: list[OpenInvoice], currency: str) -> dict[tuple[int, str], int]:
    """(company id, issuer key) -> the id of its account in ``currency`` (made if missing), every one of them
    held until the transaction ends (see the module's docstring)."""
    t = PaymentAccount.__table__
    wanted = {(inv.company_id, inv.issuer_key): inv for inv in invoices}
    found: dict[tuple[int, str], int] = {}
    for key in sorted({k[1] for k in wanted}):
        for r in session.execute(select(t.c.id, t.c.company_id).where(t.c.issuer_key == key, t.c.currency == currency,
                                                                      t.c.company_id.is_not(None))):
            if (r.company_id, key) in wanted:
                found[(r.company_id, key)] = r.id
    for key in sorted(set(wanted) - set(found)):  # rare: posting an invoice makes its account
        inv = wanted[key]
        found[key] = accounts.ensure(session, customer_key=company_key(inv.company_id), issuer_key=key[1],
                                     currency=currency, owner_id=inv.reseller_id, company_id=inv.company_id,
                                     customer_reseller_id=None)
    ids = sorted(set(found.values()))
    postgres = session.get_bind().dialect.name == "postgresql"
    for start in range(0, len(ids), PAGE):
        page = ids[start:start + PAGE]
        if postgres:  # row locks taken in order of id
            session.execute(select(t.c.id).where(t.c.id.in_(page)).order_by(t.c.id).with_for_update())
        session.execute(update(t).where(t.c.id.in_(page)).values(version=t.c.version + 1))
    return found


def still_open(session: Session, invoices: list[OpenInvoice]) -> list[OpenInvoice]:
    """``invoices`` as they are now that their accounts are held, each with what is open of it; those no
    longer open are left out."""
    i = Invoice.__table__.c
    now: dict[int, tuple] = {}
    ids = [inv.id for inv in invoices]
    for start in range(0, len(ids), PAGE):
        page = ids[start:start + PAGE]
        for r in session.execute(select(i.id, i.status, i.version).where(i.id.in_(page))):
            now[r.id] = (r.status, r.version)
    settled = {}
    for start in range(0, len(ids), PAGE):
        settled.update(allocation.allocated(session, ids[start:start + PAGE]))
    out = []
    for inv in invoices:
        status, version = now[inv.id]
        if status not in allocation.OPEN:
            continue
        left = inv.total - settled[inv.id]
        if left > 0:
            inv.status, inv.version, inv.open = status, version, left
            out.append(inv)
    return out


def attempts(session: Session, model, invoice_ids: list[int]) -> dict[int, int]:
    """invoice id -> how many rows of ``model`` (DirectDebit, AchDebit) it has had."""
    t = model.__table__.c
    out: dict[int, int] = {}
    for start in range(0, len(invoice_ids), PAGE):
        page = invoice_ids[start:start + PAGE]
        out.update(session.execute(select(t.invoice_id, func.count()).where(t.invoice_id.in_(page))
                                   .group_by(t.invoice_id)).all())
    return out


@dataclass
class Debit:
    """One invoice to book as paid by ``amount`` (all that is open of it) on ``account_id``."""

    invoice: OpenInvoice
    account_id: int
    amount: Decimal
    reference: str
    processor_ref: str


def book(session: Session, debits: list[Debit], *, currency: str, method: str, day: date, actor: str,
         processor: str) -> list[int]:
    """Write the payments, ledger entries and allocations of ``debits`` and move their invoices to paid;
    returns the payment ids in the order of ``debits``. The caller holds the accounts (``hold``) and read
    the invoices after that (``still_open``); ORM objects it holds of these rows are stale until it expires
    them (``session.expire_all()`` once it is done)."""
    if not debits:
        return []
    now = utcnow()
    unknown = [d.invoice for d in debits if not d.invoice.collector]  # ``candidates`` sets it
    if unknown:
        found = collectors_of_invoices(session, [
            (inv.id, None if inv.issuer_key == HOSTER_KEY else int(inv.issuer_key.split(":", 1)[1]))
            for inv in unknown])
        for inv in unknown:
            inv.collector = found[inv.id]
    p, e, a, i = (Payment.__table__, LedgerEntry.__table__, Allocation.__table__, Invoice.__table__)
    payment_ids: list[int] = []
    add_payments = insert(p).returning(p.c.id, sort_by_parameter_order=True)
    for start in range(0, len(debits), PAGE * 4):
        page = debits[start:start + PAGE * 4]
        rows = [dict(reseller_id=d.invoice.reseller_id, account_id=d.account_id, method=method, amount=d.amount,
                     currency=currency, received_on=day, reference=d.reference,
                     status=PaymentStatus.RECEIVED.value, recorded_by=actor, recorded_at=now,
                     collected_by=d.invoice.collector, processor=processor,
                     processor_ref=d.processor_ref, version=1) for d in page]
        payment_ids += [r[0] for r in session.execute(add_payments, rows)]
        session.execute(insert(e), [
            dict(reseller_id=d.invoice.reseller_id, account_id=d.account_id, kind=EntryKind.PAYMENT.value,
                 amount=-d.amount, entry_date=day, due_date=None, document_id=None, payment_id=pid,
                 allocation_id=None, reference=d.reference, actor=actor, recorded_at=now)
            for d, pid in zip(page, payment_ids[start:])])
        session.execute(insert(a), [
            dict(reseller_id=d.invoice.reseller_id, account_id=d.account_id, invoice_id=d.invoice.id,
                 payment_id=pid, credit_note_id=None, amount=d.amount, allocated_on=max(day, d.invoice.issue_date),
                 takes_back_id=None, actor=actor, recorded_at=now)
            for d, pid in zip(page, payment_ids[start:])])
        # The invoices' one conditional write each (app.services.invoice_claims.claim), all at once.
        moved = session.execute(
            update(i).where(i.c.id == bindparam("b_id"), i.c.status == bindparam("b_status"),
                            i.c.version == bindparam("b_version"))
            .values(status=bindparam("b_new"), version=bindparam("b_version") + 1),
            [dict(b_id=d.invoice.id, b_status=d.invoice.status, b_version=d.invoice.version,
                  b_new=allocation.status_for(d.invoice.total, d.invoice.total - d.invoice.open + d.amount))
             for d in page])
        if moved.rowcount != len(page):
            raise ProrataError.of("debit_run_raced", count=len(page) - moved.rowcount)
    return payment_ids
