"""Card payments through a processor: saving a card as a token, charging an invoice never twice, and
recovering what a timeout or a crash left unanswered.

A charge is three steps, each its own transaction, because the processor sits between them:

1. ``prepare``: the attempt is written (``pending``) with its idempotency key, one per invoice and attempt
   number (unique together, so two clerks charging one invoice at once cannot both start: the second is
   refused). While an invoice has an unresolved attempt (pending or unknown), no new one starts.
2. The processor is asked with that key. No answer (``ProcessorTimeout``): the attempt becomes ``unknown``.
   A crash here leaves it ``pending``.
3. ``settle``: one conditional write moves the attempt from pending/unknown to succeeded or failed; only the
   writer that wins books the payment (allocated to the invoice), so an answer settled twice (a recovery
   racing the charge) books once.

What is charged is what is left of the invoice once its account's credit is applied: ``charge`` first applies
the account's credit to its open invoices, oldest first (its own transaction: allocations the ledger records
and the audit log names "credit applied before collection"), and ``prepare`` charges only the rest
(app/payments/allocation.py ``due_after_credit``, the rule every collection follows); an invoice the credit
settles is not charged ("nothing open to charge"). A customer whose payment became credit when the invoice it
paid was credited is not charged twice.

``recover`` resolves unknown attempts, and pending ones older than a grace period (so that a charge still in
flight in another process is left alone), by asking the processor with the same key (``lookup``): found, it
is settled as the processor says; not found, nothing was charged and the attempt failed. A card is never
charged again to find out.

Runs on the caller's thread; takes the engine (not a session) because the processor is asked outside any
transaction.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, company_key, reseller_key
from app.errors import MESSAGES, ProrataError
from app.models import Invoice
from app.models.base import utcnow
from app.models.payments import Method, PaymentAccount
from app.models.processors import UNRESOLVED, AttemptStatus, ChargeAttempt, ProcessorAccount, SavedMethod
from app.money import round_money, to_text
from app.payments import accounts, allocation
from app.payments.processors import accounts as processor_accounts
from app.payments.processors.base import (Capability, ChargeRequest, ChargeResult, ProcessorRefused,
                                          ProcessorTimeout)
from app.payments.processors.routing import collection_on, collector_of, collector_of_invoice
from app.services import audit
from app.storage.engine import unit_of_work

GRACE = timedelta(minutes=5)

MESSAGES.setdefault("no_card_processor", "{collector} has no processor account that charges cards: configure one "
                                         "with `prorata processors configure {collector} PROCESSOR`")
MESSAGES.setdefault("no_saved_card", "{customer} has no saved card with {collector}'s {processor} account: add "
                                     "one with `prorata cards add {customer}`")
MESSAGES.setdefault("saved_card_other", "saved card #{method} is not {customer}'s card with {collector}'s "
                                        "{processor} account")
MESSAGES.setdefault("charge_unresolved", "{invoice} has charge attempt {attempt} whose outcome is not known yet "
                                         "({status}): nothing was charged again; run `prorata payments recover` "
                                         "to ask the processor what became of it")
MESSAGES.setdefault("charge_in_progress", "{invoice} is being charged by someone else at this moment; nothing was "
                                          "charged")
MESSAGES.setdefault("nothing_to_charge", "{invoice} has nothing open to charge")
MESSAGES.setdefault("collection_off", "payment collection is switched off for {issuer}: nothing was charged "
                                      "(`prorata settings set {issuer} payment_collection on`)")
MESSAGES.setdefault("processor_said", "{processor} refused: {words}")


@dataclass
class Outcome:
    """What became of one charge attempt."""

    invoice: str
    attempt: int
    key: str
    status: str  # succeeded | failed | unknown | pending
    amount: Decimal
    currency: str
    payment: int | None = None
    message: str | None = None

    def as_json(self) -> dict:
        return {"invoice": self.invoice, "attempt": self.attempt, "idempotency_key": self.key,
                "status": self.status, "amount": to_text(self.amount, self.currency), "currency": self.currency,
                "payment": self.payment, "message": self.message}


# ---------------------------------------------------------------- saved cards

def save_card(session: Session, customer: str, number: str, expiry: str, cvc: str, *,
              today: date | None = None, actor: str | None = None) -> SavedMethod:
    """Check the card (brand, Luhn, the collector's accepted brands, expiry, CVC), hand it to the processor
    of whoever collects the customer's invoices, and keep the processor's token, the brand, the last four
    digits and the expiry. The number and the CVC are not kept, logged or audited."""
    from app.payments import cards

    actor = actor or audit.current_actor(session)
    who = accounts.find_customer(session, customer)
    collector = collector_of(session, who.issuer_key)
    account = _card_account(session, collector)
    names = accounts.issuer_names(session)
    accepted = [b.strip() for b in str((account.settings or {}).get("brands") or "").split(",") if b.strip()]
    digits, brand = cards.check_card(number, accepted, names(collector))
    month, year = cards.check_expiry(expiry, today or date.today())
    code = cards.check_cvc(cvc, brand)
    proc = processor_accounts.instance(session, account)
    if Capability.SAVED_METHODS not in proc.capabilities:
        raise ProrataError.of("no_card_processor", collector=names(collector))
    try:
        saved = proc.save_card(digits, month, year, code)
    except (ProcessorRefused, ProcessorTimeout) as e:
        raise ProrataError.of("processor_said", "card", processor=account.processor, words=str(e)) from None
    row = SavedMethod(reseller_id=who.owner_id, customer_key=who.key, processor_account_id=account.id,
                      token=saved.token, brand=brand, last4=digits[-4:], exp_month=month, exp_year=year,
                      active=True, created_at=utcnow(), actor=actor, version=1)
    session.add(row)
    session.flush()
    audit.record(session, "create", "payment_method", row.id,
                 after={"customer": who.code, "processor": account.processor, "brand": brand,
                        "last4": row.last4, "expiry": f"{month:02}/{year}"}, reseller_id=who.owner_id, actor=actor)
    return row


def _card_account(session: Session, collector: str) -> ProcessorAccount:
    account = processor_accounts.find(session, collector, capability=Capability.CARD_CHARGE)
    if account is None:
        raise ProrataError.of("no_card_processor", collector=accounts.issuer_names(session)(collector))
    return account


def methods_json(session: Session, customer: str) -> list[dict]:
    who = accounts.find_customer(session, customer)
    rows = session.scalars(select(SavedMethod).where(SavedMethod.customer_key == who.key)
                           .order_by(SavedMethod.id))
    return [{"id": m.id, "brand": m.brand, "last4": m.last4, "expiry": f"{m.exp_month:02}/{m.exp_year}",
             "active": m.active, "processor_account": m.processor_account_id} for m in rows]


# ---------------------------------------------------------------- charging

def _customer_key(inv: Invoice) -> str:
    return company_key(inv.company_id) if inv.company_id is not None else reseller_key(inv.customer_reseller_id)


def _issuer_key(inv: Invoice) -> str:
    return HOSTER_KEY if inv.issuer_reseller_id is None else reseller_key(inv.issuer_reseller_id)


def prepare(session: Session, invoice_ref: str | int, *, method_id: int | None = None,
            actor: str | None = None) -> tuple[int, ChargeRequest]:
    """Step 1: write the attempt (pending) and return its id and what to ask the processor."""
    from app.services import invoices

    actor = actor or audit.current_actor(session)
    inv = invoices.find(session, invoice_ref)
    label = allocation.label(inv)
    if inv.kind not in allocation.ALLOCATABLE:
        raise ProrataError.of("not_payable_kind", invoice=label, kind=inv.kind.replace("_", " "))
    if inv.status not in allocation.OPEN:
        raise ProrataError.of("not_payable", invoice=label, status=inv.status.replace("_", " "))
    issuer = _issuer_key(inv)
    names = accounts.issuer_names(session)
    if not collection_on(session, issuer):
        raise ProrataError.of("collection_off", issuer=names(issuer))
    collector = collector_of_invoice(session, inv)  # by the mode it was issued under, not the reseller's now
    account = _card_account(session, collector)
    customer = _customer_key(inv)
    code = _customer_code(session, inv)
    q = select(SavedMethod).where(SavedMethod.customer_key == customer, SavedMethod.active.is_(True),
                                  SavedMethod.processor_account_id == account.id)
    if method_id is not None:
        method = session.scalars(q.where(SavedMethod.id == method_id)).first()
        if method is None:
            raise ProrataError.of("saved_card_other", "--method", method=method_id, customer=code,
                                  collector=names(collector), processor=account.processor)
    else:
        method = session.scalars(q.order_by(SavedMethod.id.desc())).first()
        if method is None:
            raise ProrataError.of("no_saved_card", customer=code, collector=names(collector),
                                  processor=account.processor)
    t = ChargeAttempt.__table__.c
    unresolved = session.execute(select(t.attempt, t.status).where(t.invoice_id == inv.id,
                                                                   t.status.in_(UNRESOLVED))).first()
    if unresolved is not None:
        raise ProrataError.of("charge_unresolved", invoice=label, attempt=unresolved.attempt,
                              status=unresolved.status)
    # Never more than what is left once the account's credit is applied (``charge`` applies it first).
    due = allocation.due_after_credit(session, [inv.id])[inv.id]
    amount = round_money(due, inv.currency)  # 12.14, not 12.1400
    if amount <= 0:
        raise ProrataError.of("nothing_to_charge", invoice=label)
    n = (session.scalar(select(func.max(t.attempt)).where(t.invoice_id == inv.id)) or 0) + 1
    key = f"prorata-{inv.id}-{n}-{uuid.uuid4().hex[:12]}"
    row = ChargeAttempt(reseller_id=inv.reseller_id, invoice_id=inv.id, attempt=n, idempotency_key=key,
                        processor_account_id=account.id, method_id=method.id, amount=amount, currency=inv.currency,
                        status=AttemptStatus.PENDING.value, actor=actor, created_at=utcnow(), version=1)
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        raise ProrataError.of("charge_in_progress", invoice=label) from None
    audit.record(session, "charge", "invoice", inv.id,
                 after={"attempt": n, "idempotency_key": key, "amount": to_text(amount, inv.currency),
                        "card": f"{method.brand} {method.last4}", "processor": account.processor},
                 reseller_id=inv.reseller_id, actor=actor)
    return row.id, ChargeRequest(amount, inv.currency, method.token, key, f"{label} ({code})")


def _customer_code(session: Session, inv: Invoice) -> str:
    from app.models import Company, Reseller

    if inv.company_id is not None:
        return session.scalar(select(Company.code).where(Company.id == inv.company_id))
    return session.scalar(select(Reseller.code).where(Reseller.id == inv.customer_reseller_id))


def _outcome(session: Session, row: ChargeAttempt) -> Outcome:
    inv = session.get(Invoice, row.invoice_id)
    return Outcome(allocation.label(inv), row.attempt, row.idempotency_key, row.status, row.amount, row.currency,
                   row.payment_id, row.error)


def mark_unknown(session: Session, attempt_id: int, why: str) -> Outcome:
    t = ChargeAttempt.__table__
    session.execute(update(t).where(t.c.id == attempt_id, t.c.status == AttemptStatus.PENDING.value)
                    .values(status=AttemptStatus.UNKNOWN.value, error=why[:300], version=t.c.version + 1))
    row = session.get(ChargeAttempt, attempt_id)
    session.refresh(row)
    return _outcome(session, row)


def settle(session: Session, attempt_id: int, result: ChargeResult | None, *, error: str | None = None,
           day: date | None = None, actor: str | None = None) -> Outcome:
    """Step 3: record the processor's answer (``result``; None: nothing was charged, ``error`` says why).
    Only the first settle of an attempt writes; a later one returns what the first recorded."""
    from app.payments import payments

    actor = actor or audit.current_actor(session)
    row = session.get(ChargeAttempt, attempt_id)
    session.refresh(row)
    ok = result is not None and result.succeeded
    status = AttemptStatus.SUCCEEDED.value if ok else AttemptStatus.FAILED.value
    message = error if result is None else result.message
    t = ChargeAttempt.__table__
    done = session.execute(update(t).where(t.c.id == attempt_id, t.c.status.in_(UNRESOLVED),
                                           t.c.version == row.version)
                           .values(status=status, processor_ref=result.reference if result else None,
                                   error=(message or None) and message[:300], resolved_at=utcnow(),
                                   version=row.version + 1))
    if done.rowcount != 1:
        session.refresh(row)
        return _outcome(session, row)
    inv = session.get(Invoice, row.invoice_id)
    session.refresh(inv)
    account_id = accounts.ensure(session, customer_key=_customer_key(inv), issuer_key=_issuer_key(inv),
                                 currency=inv.currency, owner_id=inv.reseller_id, company_id=inv.company_id,
                                 customer_reseller_id=None if inv.company_id is not None else inv.customer_reseller_id)
    account = session.get(PaymentAccount, account_id)
    charged_by = session.get(ProcessorAccount, row.processor_account_id)  # whose account took the money
    processor, charged_by = charged_by.processor, charged_by.issuer_key
    payment_id = None
    if ok:
        method = session.get(SavedMethod, row.method_id) if row.method_id else None
        # Names and numbers only, no words: the payment's method ("card") is a code the reader's language says.
        from app.payments.cards import BRAND_NAMES

        card = f"{BRAND_NAMES.get(method.brand, method.brand)} {method.last4} " if method else ""
        targets = [inv] if inv.status in allocation.OPEN else []  # paid meanwhile (a check): it is credit
        done_pay = payments.book(session, account, row.amount, Method.CARD.value, day or date.today(),
                                 f"{card}{result.reference or row.idempotency_key}"[:200], targets=targets,
                                 auto_allocate=False, actor=actor, processor=processor,
                                 processor_ref=result.reference, collected_by=charged_by)
        payment_id = done_pay.payment.id
        session.execute(update(t).where(t.c.id == attempt_id).values(payment_id=payment_id,
                                                                     version=t.c.version + 1))
    session.refresh(row)
    audit.record(session, "charged" if ok else "charge_failed", "invoice", inv.id,
                 after={"attempt": row.attempt, "idempotency_key": row.idempotency_key, "status": status,
                        "processor_ref": row.processor_ref, "payment": payment_id, "message": row.error},
                 reseller_id=inv.reseller_id, actor=actor)
    return _outcome(session, row)


def charge(engine: Engine, invoice_ref: str | int, *, method_id: int | None = None, day: date | None = None,
           actor: str | None = None) -> Outcome:
    """Charge what is open of an invoice to the customer's saved card, through whoever collects for it, once
    the account's credit is applied (see the module's docstring)."""
    with unit_of_work(engine) as s:
        apply_credit_first(s, invoice_ref, day or date.today(), actor=actor)
    with unit_of_work(engine) as s:
        attempt_id, request = prepare(s, invoice_ref, method_id=method_id, actor=actor)
        proc = processor_accounts.instance(s, _attempt_account(s, attempt_id))
    try:
        result = proc.charge(request)
    except ProcessorTimeout as e:
        with unit_of_work(engine) as s:
            return mark_unknown(s, attempt_id, str(e) or "no answer")
    except ProcessorRefused as e:
        with unit_of_work(engine) as s:
            return settle(s, attempt_id, None, error=str(e), day=day, actor=actor)
    with unit_of_work(engine) as s:
        return settle(s, attempt_id, result, day=day, actor=actor)


def apply_credit_first(session: Session, invoice_ref: str | int, day: date, *, actor: str | None = None) -> list:
    """Apply the credit of the account ``invoice_ref`` is posted to, to the account's open invoices oldest
    first (``allocation.settle_from_credit``: held, recorded, audited), before it is charged; returns the
    allocations made. Nothing when the invoice is not found, not open or not collected (``prepare`` says why)."""
    from app.services import invoices

    try:
        inv = invoices.find(session, invoice_ref)
    except ProrataError:
        return []
    if (inv.kind not in allocation.ALLOCATABLE or inv.status not in allocation.OPEN
            or not collection_on(session, _issuer_key(inv))):
        return []
    return allocation.settle_from_credit(session, [inv.id], day, actor=actor or audit.current_actor(session))


def _attempt_account(session: Session, attempt_id: int) -> ProcessorAccount:
    return session.get(ProcessorAccount, session.get(ChargeAttempt, attempt_id).processor_account_id)


def _request_of(session: Session, row: ChargeAttempt) -> ChargeRequest:
    """The request ``prepare`` made for this attempt, rebuilt exactly (a processor may compare it)."""
    inv = session.get(Invoice, row.invoice_id)
    method = session.get(SavedMethod, row.method_id) if row.method_id else None
    return ChargeRequest(round_money(row.amount, row.currency), row.currency, method.token if method else "",
                         row.idempotency_key, f"{allocation.label(inv)} ({_customer_code(session, inv)})")


def recover(engine: Engine, *, grace: timedelta = GRACE, now: datetime | None = None, day: date | None = None,
            actor: str | None = None) -> list[Outcome]:
    """Resolve unknown attempts, and pending ones older than ``grace``, by asking the processor with the same
    idempotency key (see the module's docstring). Returns what each became; an attempt the processor still
    does not answer about stays unknown."""
    cutoff = (now or utcnow()) - grace
    t = ChargeAttempt.__table__.c
    with unit_of_work(engine) as s:
        rows = s.execute(select(t.id, t.idempotency_key, t.processor_account_id)
                         .where((t.status == AttemptStatus.UNKNOWN.value)
                                | ((t.status == AttemptStatus.PENDING.value) & (t.created_at <= cutoff)))
                         .order_by(t.id)).all()
        procs = {r.processor_account_id: processor_accounts.instance(s, s.get(ProcessorAccount,
                                                                                r.processor_account_id))
                 for r in rows}
        requests = {r.id: _request_of(s, s.get(ChargeAttempt, r.id)) for r in rows}
    out = []
    for r in rows:
        try:
            found = procs[r.processor_account_id].lookup(r.idempotency_key, requests[r.id])
        except ProcessorRefused as e:  # it could not say: the outcome stays unknown
            with unit_of_work(engine) as s:
                out.append(mark_unknown(s, r.id, str(e) or "the processor could not say"))
            continue
        except ProcessorTimeout as e:
            with unit_of_work(engine) as s:
                out.append(mark_unknown(s, r.id, str(e) or "no answer"))
            continue
        with unit_of_work(engine) as s:
            if found is None:
                out.append(settle(s, r.id, None, error="the processor never received it: nothing was charged",
                                  day=day, actor=actor))
            else:
                out.append(settle(s, r.id, found, day=day, actor=actor))
    return out


def collect(engine: Engine, *, day: date | None = None, actor: str | None = None,
            progress=None) -> list[Outcome]:
    """Charge every open invoice whose customer has a saved card with its collector's card processor (and
    whose issuer lets Prorata collect); unresolved attempts are recovered first. Each invoice is its own
    charge: one failure does not stop the others; refusals come back as failed outcomes to follow up."""
    recover(engine, day=day, actor=actor)
    i, m = Invoice.__table__.c, SavedMethod.__table__.c

    def open_with_card(s: Session) -> list:
        with_cards = {r.customer_key for r in s.execute(select(m.customer_key).where(m.active.is_(True))
                                                        .distinct())}
        return [r for r in s.execute(select(i.id, i.number, i.company_id, i.customer_reseller_id, i.total,
                                            i.currency, i.issuer_reseller_id)
                                     .where(i.status.in_(allocation.OPEN), i.kind.in_(allocation.ALLOCATABLE))
                                     .order_by(i.issue_date, i.id))
                if (company_key(r.company_id) if r.company_id is not None
                    else reseller_key(r.customer_reseller_id)) in with_cards]
    with unit_of_work(engine) as s:  # the credit first (see the module's docstring); then what is left
        on = {}
        ids = [r.id for r in open_with_card(s)
               if on.setdefault(r.issuer_reseller_id, collection_on(s, _issuer_key(r)))]
        allocation.settle_from_credit(s, ids, day or date.today(), actor=actor or audit.current_actor(s))
    with unit_of_work(engine) as s:
        candidates = open_with_card(s)
    out = []
    for n, r in enumerate(candidates, start=1):
        try:
            out.append(charge(engine, r.id, day=day, actor=actor))
        except ProrataError as e:
            out.append(Outcome(r.number or f"#{r.id}", 0, "", "failed", r.total, r.currency, None,
                               "; ".join(e.messages())))
        if progress is not None:
            progress(n, len(candidates), r.number or "")
    return out
