"""Refunds: money paid back out of a payment's credit, in part or in full.

Never more than what the payment collected (less what was refunded of it already), and never more than what
of it settles no invoice: money that pays an invoice is not credit (credit the invoice first; the credit note
turns that payment into credit again). The refund goes back the way the payment came: a card payment through
the processor account that collected it, when that processor can refund cards and the account is still
enabled; anything else (cash, transfer, check, a direct debit, a processor that cannot refund) is recorded as
a manual refund that the clerk pays back by hand. A refund is dated no earlier than the payment was received,
and pays back only credit the payment had on its day and kept every day after (app/payments/position.py
``credit_on``, the rule of credit applied on a day): so that as of any past day no refund takes money that was
not credit yet (a payment received later, credit a credit note freed later) and nothing shows as owed outside
invoices that is not.

A processor refund carries its own idempotency key, made from the payment, the refund's ordinal on it and
the amount: the account is held while the processor is asked, so the ordinal cannot move under it; when the
processor does not answer (a timeout) nothing is written and asking again with the same amount repeats the
same key, so the processor gives its first answer instead of refunding twice. The processor is asked inside
the unit of work, after every check and before the ledger entry, so a refusal writes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models.payments import EntryKind, LedgerEntry, Payment, PaymentAccount, PaymentStatus
from app.money import parse_amount, to_text
from app.payments import accounts, allocation, ledger
from app.payments.position import credit_on
from app.payments.processors.base import minor_units
from app.payments.payments import _reference, _reversed_on, find, refunded as refunded_of
from app.services import audit
from app.values.dates import check_date

MESSAGES.setdefault("refund_unanswered", "{processor} did not answer the refund of {amount} {currency} of payment "
                                         "#{payment} ({why}): nothing was recorded; refund the same amount again "
                                         "and the processor is asked with the same key, so it never refunds twice")
MESSAGES.setdefault("refund_processor_said", "{processor} refused the refund of {amount} {currency} of payment "
                                             "#{payment}: {words}; nothing was refunded")
MESSAGES.setdefault("refund_not_positive", "a refund of {amount} {currency} pays nothing back: give an amount "
                                           "above zero")
MESSAGES.setdefault("refund_above_collected", "a refund of {amount} {currency} is more than payment #{payment} "
                                              "collected: {collected}, of which {refunded} is refunded already; "
                                              "nothing was refunded")
MESSAGES.setdefault("refund_above_credit", "payment #{payment} has {credit} {currency} of credit, not {amount}: the "
                                           "rest of it pays invoices ({invoices}); credit those first to refund "
                                           "more; nothing was refunded")
# A refund is dated no earlier than its money was there to pay back (``refund``): the payment received, its credit
# free on that day and every day after (app/payments/position.py ``credit_on``).
MESSAGES.setdefault("refund_before_received", "a refund dated {date} is before payment #{payment} was received "
                                              "({received}): give a date on or after {received}; nothing was "
                                              "refunded")
MESSAGES.setdefault("refund_above_credit_on", "a refund of payment #{payment} dated {date} pays back at most "
                                              "{spendable} {currency}, not {amount}: no more than the payment had "
                                              "as credit on its day and every day after (credit freed later was not "
                                              "there yet); give a date on or after {enough_on}; nothing was "
                                              "refunded")


@dataclass(frozen=True)
class Refunded:
    """A refund just written: its ledger entry, and whether a processor paid it back (``processor`` and its
    refund id) or a clerk must (``processor`` None: a manual refund)."""

    entry: LedgerEntry
    currency: str
    processor: str | None = None
    processor_ref: str | None = None
    idempotency_key: str | None = None

    @property
    def id(self) -> int:
        return self.entry.id

    @property
    def amount(self) -> Decimal:
        return self.entry.amount

    @property
    def payment_id(self) -> int:
        return self.entry.payment_id

    @property
    def manual(self) -> bool:
        return self.processor is None

    def as_json(self) -> dict:
        return {"entry": self.entry.id, "payment": self.entry.payment_id,
                "amount": to_text(self.entry.amount, self.currency), "currency": self.currency,
                "date": self.entry.entry_date.isoformat(), "reference": self.entry.reference,
                "through": self.processor or "manual", "processor_ref": self.processor_ref,
                "idempotency_key": self.idempotency_key}


def refund_key(payment_id: int, ordinal: int, value: Decimal, currency: str) -> str:
    """The idempotency key of the ``ordinal``-th refund of a payment, of ``value``: the same refund asked
    again gets the same key."""
    return f"prorata-refund-{payment_id}-{ordinal}-{minor_units(value, currency)}"


def _refunder(session: Session, pay: Payment):
    """(processor account, processor) that can refund ``pay``, or None: refunded by hand."""
    from app.payments.processors import accounts as processor_accounts
    from app.payments.processors import processor_class
    from app.payments.processors.base import Capability

    if not (pay.processor and pay.processor_ref and pay.collected_by):
        return None
    try:
        if Capability.CARD_REFUND not in processor_class(pay.processor).capabilities:
            return None
    except ProrataError:  # the plug-in is gone: nothing can ask it
        return None
    account = processor_accounts.find(session, pay.collected_by, pay.processor)
    if account is None:
        return None
    return account, processor_accounts.instance(session, account)


def refund(session: Session, ref: int | str, amount: object, day: date, reference: str | None = None, *,
           actor: str | None = None) -> Refunded:
    """Refund ``amount`` of payment ``ref`` on ``day``, through the processor that collected it where it can
    (``reference`` then optional: the processor's refund id names it), else as a manual refund (``reference``
    needed). The account is held while it is checked, refunded and written."""
    from app.payments.processors.base import ProcessorRefused, ProcessorTimeout

    actor = actor or audit.current_actor(session)
    pay = find(session, ref)
    cur = pay.currency
    value = parse_amount(amount, cur, where="amount")
    if value == 0:
        raise ProrataError.of("refund_not_positive", "amount", amount=to_text(value, cur), currency=cur)
    check_date(day, "--date")
    if day < pay.received_on:
        raise ProrataError.of("refund_before_received", "--date", date=day.isoformat(), payment=pay.id,
                              received=pay.received_on.isoformat())
    through = _refunder(session, pay)
    reference = _reference(reference) if through is None or (reference or "").strip() else None
    account = session.get(PaymentAccount, pay.account_id)
    accounts.lock(session, account.id)
    session.refresh(pay)
    if pay.status != PaymentStatus.RECEIVED.value:
        raise ProrataError.of("payment_reversed", payment=pay.id, date=_reversed_on(session, pay), action="refunded")
    e = LedgerEntry.__table__.c
    refunded = refunded_of(session, pay.id)
    if value > pay.amount - refunded:
        raise ProrataError.of("refund_above_collected", amount=to_text(value, cur), currency=cur, payment=pay.id,
                              collected=to_text(pay.amount, cur), refunded=to_text(refunded, cur))
    left = allocation.payments_left(session, [pay.id])[pay.id]
    if value > left:
        raise ProrataError.of("refund_above_credit", payment=pay.id, credit=to_text(left, cur), currency=cur,
                              amount=to_text(value, cur), invoices=", ".join(_settled(session, pay.id)))
    days = credit_on(session, account.id, day)
    spendable = [d.spendable.get((pay.id, None), Decimal(0)) for d in days]
    if value > spendable[0]:
        enough = next((d.day for d, s in zip(days, spendable) if s >= value), max(day, date.today()))
        raise ProrataError.of("refund_above_credit_on", "--date", payment=pay.id, date=day.isoformat(),
                              spendable=to_text(spendable[0], cur), currency=cur, amount=to_text(value, cur),
                              enough_on=enough.isoformat())
    done = Refunded(None, cur)  # type: ignore[arg-type]
    if through is not None:
        proc_account, proc = through
        ordinal = (session.scalar(select(func.count()).where(e.payment_id == pay.id,
                                                              e.kind == EntryKind.REFUND.value)) or 0) + 1
        key = refund_key(pay.id, ordinal, value, cur)
        words = {"processor": proc_account.processor, "amount": to_text(value, cur), "currency": cur,
                 "payment": pay.id}
        try:
            answer = proc.refund(pay.processor_ref, value, cur, key)
        except ProcessorTimeout as exc:
            raise ProrataError.of("refund_unanswered", why=str(exc) or "no answer", **words) from None
        except ProcessorRefused as exc:
            raise ProrataError.of("refund_processor_said", words=str(exc) or "no reason given", **words) from None
        done = Refunded(None, cur, proc_account.processor, answer.reference, key)  # type: ignore[arg-type]
        named = f"{proc_account.processor} {answer.reference}"
        reference = f"{reference} ({named})" if reference else named
    entry = ledger.post(session, account, EntryKind.REFUND.value, value, day, actor=actor, payment_id=pay.id,
                        reference=reference[:200])
    audit.record(session, "refund", "payment", pay.id, before={"refunded": to_text(refunded, cur)},
                 after={"refunded": to_text(refunded + value, cur), "amount": to_text(value, cur),
                        "date": day.isoformat(), "reference": reference, "through": done.processor or "manual",
                        "processor_ref": done.processor_ref, "idempotency_key": done.idempotency_key},
                 reseller_id=account.reseller_id, actor=actor)
    return Refunded(entry, cur, done.processor, done.processor_ref, done.idempotency_key)


def _settled(session: Session, payment_id: int) -> list[str]:
    from app.models import Invoice
    from app.models.payments import Allocation

    a, i = Allocation.__table__.c, Invoice.__table__.c
    return [n for n, net in session.execute(
        select(i.number, func.sum(a.amount)).join_from(Allocation.__table__, Invoice.__table__, i.id == a.invoice_id)
        .where(a.payment_id == payment_id).group_by(i.number).order_by(i.number)) if net]
