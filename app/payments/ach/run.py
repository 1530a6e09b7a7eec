"""An ACH debit run: the issued, open USD invoices of companies with an active ACH authorisation, written as
one NACHA file for one creditor (its ``ach`` processor account), each booked as a direct debit payment on
the effective date, as a SEPA run does (app/payments/sepa/batch.py). The ``payment_collection`` switch of
the invoice's issuer is honoured. As in a SEPA run, the credit of the accounts held is applied to their open
invoices first (oldest first, recorded and audited), and only what is left of an invoice is debited
(``batch.collectable``: app/payments/allocation.py ``due_after_credit``, the one rule).

Trace numbers are the originating bank's eight digits and a seven-digit sequence that continues across
files (the highest used so far, plus one), unique in the database.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models.ach import AchAuthorization, AchDebit
from app.models.base import utcnow
from app.models.payments import Method
from app.money import to_text
from app.payments import accounts, allocation, debit_booking
from app.payments.ach import authorizations, nacha
from app.payments.processors import accounts as processor_accounts
from app.payments.processors.base import minor_units
from app.payments.sepa.batch import collectable
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


def run(session: Session, creditor: str, effective_date: date, *, today: date | None = None,
        now: datetime | None = None, actor: str | None = None, invoice_ids: list[int] | None = None) -> AchFile:
    """Debit every open USD invoice ``creditor`` collects by ACH on ``effective_date`` (only ``invoice_ids``
    when given); returns the NACHA file. Nothing is written when there is nothing to collect."""
    actor = actor or audit.current_actor(session)
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
    # As a SEPA run: the accounts are held before what is open is read again, and the debits booked in bulk.
    au = AchAuthorization.__table__.c
    authorised = select(au.company_id).where(au.creditor_key == creditor_key, au.status == "active")
    wanted = debit_booking.candidates(session, "USD", creditor_key, authorised, invoice_ids)
    account_ids = debit_booking.hold(session, wanted, "USD")
    applied = allocation.apply_before_collection(session, list(account_ids.values()), today, actor=actor)
    wanted = collectable(session, debit_booking.still_open(session, wanted))
    found = authorizations.active_for(session, sorted({inv.company_id for inv in wanted}), creditor_key)
    chosen = []
    for inv in wanted:
        auth = found.get(inv.company_id)
        if auth is None:
            continue
        seq += 1
        chosen.append((inv, auth, inv.open, f"{odfi}{seq:07d}"))  # to the cent (``collectable``)
    payment_ids = debit_booking.book(session, [
        debit_booking.Debit(inv, account_ids[(inv.company_id, inv.issuer_key)], amount, f"ACH {trace}", trace)
        for inv, auth, amount, trace in chosen],
        currency="USD", method=Method.DIRECT_DEBIT.value, day=effective_date, actor=actor,
        processor=account.processor)
    debits: list[dict] = []
    rows = []
    created = utcnow()
    for (inv, auth, amount, trace), pid in zip(chosen, payment_ids):
        b.entries.append(nacha.Entry(nacha.DEBIT_SAVINGS if auth.account_type == "savings" else nacha.DEBIT_CHECKING,
                                     auth.routing_number, auth.account_number, minor_units(amount, "USD"),
                                     inv.number or f"#{inv.id}", auth.holder_name, trace))
        rows.append(dict(reseller_id=inv.reseller_id, invoice_id=inv.id, authorization_id=auth.id, batch=batch_id,
                         trace_number=trace, amount=amount, currency="USD", effective_date=effective_date,
                         status="submitted", payment_id=pid, actor=actor, created_at=created, version=1))
        debits.append({"invoice": inv.number, "trace_number": trace, "amount": to_text(amount, "USD"),
                       "routing": auth.routing_number, "account": f"…{auth.account_number[-4:]}",
                       "payment": pid})
    for start in range(0, len(rows), 2000):
        session.execute(insert(AchDebit.__table__), rows[start:start + 2000])
    session.expire_all()  # what the caller holds of the rows written in bulk is read afresh
    if not debits:
        raise ProrataError.of("nothing_to_debit_ach", creditor=creditor)
    text, totals = nacha.write([b], destination=cfg["odfi_routing"], destination_name=cfg["odfi_name"],
                               origin=cfg["company_id"], origin_name=cfg["company_name"], created=now)
    total = sum((Decimal(x["amount"]) for x in debits), Decimal(0))
    allocation.audit_applied(session, applied)
    audit.record(session, "submit", "ach_batch", batch_id,
                 after={"creditor": creditor, "effective_date": effective_date.isoformat(), "count": len(debits),
                        "total": to_text(total, "USD"), "entry_hash": totals.entry_hash},
                 reseller_id=account.reseller_id, actor=actor)
    return AchFile(batch_id, creditor, effective_date, text, totals, debits, total)
