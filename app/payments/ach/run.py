"""An ACH debit run: the issued, open USD invoices of companies with an active ACH authorisation, written as
one NACHA file for one creditor (its ``ach`` processor account), each booked as a direct debit payment on
the effective date, as a SEPA run does (app/payments/sepa/batch.py). The ``payment_collection`` switch of
the invoice's issuer is honoured.

Trace numbers are the originating bank's eight digits and a seven-digit sequence that continues across
files (the highest used so far, plus one), unique in the database.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing.context import company_key
from app.errors import MESSAGES, ProrataError
from app.models import Invoice, InvoiceKind
from app.models.ach import AchDebit
from app.models.base import utcnow
from app.models.payments import Method, PaymentAccount
from app.money import to_text
from app.payments import accounts, allocation
from app.payments.ach import authorizations, nacha
from app.payments.processors import accounts as processor_accounts
from app.payments.processors.base import minor_units
from app.payments.processors.routing import collection_on, collector_of
from app.payments.sepa.batch import _issuer_key
from app.services import audit
from app.values.dates import check_date

MESSAGES.setdefault("no_ach_account", "{creditor} has no ACH originator account: configure one with `prorata "
                                      "processors configure {creditor} ach --set company_name=... --set "
                                      "company_id=... --set odfi_routing=... --set odfi_name=...`")
MESSAGES.setdefault("nothing_to_debit_ach", "no issued, open USD invoice of a company with an active ACH "
                                            "authorisation with {creditor} is left to collect")


@dataclass
class AchFile:
    batch: str
    creditor: str
    effective_date: date
    text: str
    totals: nacha.Totals
    debits: list[dict] = field(default_factory=list)
    total: Decimal = Decimal(0)

    def as_json(self) -> dict:
        t = self.totals
        return {"batch": self.batch, "creditor": self.creditor, "effective_date": self.effective_date.isoformat(),
                "count": len(self.debits), "total": to_text(self.total, "USD"),
                "control": {"batches": t.batches, "blocks": t.blocks, "entries": t.entries,
                            "entry_hash": t.entry_hash, "debit_cents": t.debit_cents,
                            "credit_cents": t.credit_cents},
                "debits": self.debits}


def _candidates(session: Session, creditor_key: str):
    i = Invoice.__table__.c
    rows = list(session.scalars(select(Invoice).where(
        i.kind == InvoiceKind.INVOICE.value, i.status.in_(allocation.OPEN), i.currency == "USD",
        i.company_id.is_not(None)).order_by(i.issue_date, i.id)))
    issuers: dict[str, bool] = {}
    wanted = []
    for inv in rows:
        key = _issuer_key(inv)
        if key not in issuers:
            issuers[key] = collector_of(session, key) == creditor_key and collection_on(session, key)
        if issuers[key]:
            wanted.append(inv)
    found = authorizations.active_for(session, sorted({inv.company_id for inv in wanted}), creditor_key)
    wanted = [inv for inv in wanted if inv.company_id in found]
    settled = allocation.allocated(session, [inv.id for inv in wanted])
    for inv in wanted:
        amount = inv.total - settled[inv.id]
        if amount > 0:
            yield inv, found[inv.company_id], amount.quantize(Decimal("0.01"))


def run(session: Session, creditor: str, effective_date: date, *, today: date | None = None,
        now: datetime | None = None, actor: str | None = None) -> AchFile:
    """Debit every open USD invoice ``creditor`` collects by ACH on ``effective_date``; returns the NACHA file.
    Nothing is written when there is nothing to collect."""
    from app.payments import payments

    actor = actor or audit.current_actor()
    check_date(effective_date, "--effective-date")
    today = today or date.today()
    if effective_date < today:
        raise ProrataError.of("collection_in_past", "--effective-date", date=effective_date.isoformat(),
                              today=today.isoformat())
    creditor_key = accounts.issuer_key_of(session, creditor)
    account = processor_accounts.find(session, creditor_key, "ach")
    if account is None:
        raise ProrataError.of("no_ach_account", creditor=creditor)
    cfg = account.settings or {}
    odfi = cfg["odfi_routing"][:8]
    now = now or utcnow()
    batch_id = f"ACH-{now:%Y%m%d%H%M%S}-{creditor_key}"[:35]
    d = AchDebit.__table__.c
    last = session.scalar(select(func.max(d.trace_number)).where(d.trace_number.like(f"{odfi}%")))
    seq = int(last[8:]) if last else 0
    b = nacha.Batch(cfg["company_name"], cfg["company_id"], cfg.get("entry_description") or "INVOICE",
                    effective_date, odfi)
    debits: list[dict] = []
    pay_accounts: dict[tuple, PaymentAccount] = {}
    for inv, auth, amount in _candidates(session, creditor_key):
        seq += 1
        trace = f"{odfi}{seq:07d}"
        b.entries.append(nacha.Entry(nacha.DEBIT_SAVINGS if auth.account_type == "savings" else nacha.DEBIT_CHECKING,
                                     auth.routing_number, auth.account_number, minor_units(amount, "USD"),
                                     inv.number or f"#{inv.id}", auth.holder_name, trace))
        akey = (inv.company_id, _issuer_key(inv))
        if akey not in pay_accounts:
            pay_accounts[akey] = session.get(PaymentAccount, accounts.ensure(
                session, customer_key=company_key(inv.company_id), issuer_key=akey[1], currency="USD",
                owner_id=inv.reseller_id, company_id=inv.company_id, customer_reseller_id=None))
        booked = payments.book(session, pay_accounts[akey], amount, Method.DIRECT_DEBIT.value, effective_date,
                               f"ACH {trace}", targets=[inv], auto_allocate=False, actor=actor,
                               processor=account.processor, processor_ref=trace)
        session.add(AchDebit(reseller_id=inv.reseller_id, invoice_id=inv.id, authorization_id=auth.id,
                             batch=batch_id, trace_number=trace, amount=amount, currency="USD",
                             effective_date=effective_date, status="submitted", payment_id=booked.payment.id,
                             actor=actor, created_at=utcnow(), version=1))
        debits.append({"invoice": inv.number, "trace_number": trace, "amount": to_text(amount, "USD"),
                       "routing": auth.routing_number, "account": f"…{auth.account_number[-4:]}",
                       "payment": booked.payment.id})
    if not debits:
        raise ProrataError.of("nothing_to_debit_ach", creditor=creditor)
    text, totals = nacha.write([b], destination=cfg["odfi_routing"], destination_name=cfg["odfi_name"],
                               origin=cfg["company_id"], origin_name=cfg["company_name"], created=now)
    total = sum((Decimal(x["amount"]) for x in debits), Decimal(0))
    audit.record(session, "submit", "ach_batch", batch_id,
                 after={"creditor": creditor, "effective_date": effective_date.isoformat(), "count": len(debits),
                        "total": to_text(total, "USD"), "entry_hash": totals.entry_hash},
                 reseller_id=account.reseller_id, actor=actor)
    return AchFile(batch_id, creditor, effective_date, text, totals, debits, total)
