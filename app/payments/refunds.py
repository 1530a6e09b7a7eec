"""Refunds: money paid back out of a payment's credit, in part or in full.

Never more than what the payment collected (less what was refunded of it already), and never more than what
of it settles no invoice: money that pays an invoice is not credit (credit the invoice first; the credit note
turns that payment into credit again). The refund goes back the way the payment came; processors will
refund through the processor that collected it, a manual payment is refunded by hand and recorded here.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models.payments import EntryKind, LedgerEntry, PaymentAccount, PaymentStatus
from app.money import parse_amount, to_text
from app.payments import accounts, allocation, ledger
from app.payments.payments import _reference, _reversed_on, find
from app.services import audit
from app.values.dates import check_date

MESSAGES.setdefault("refund_not_positive", "a refund of {amount} {currency} pays nothing back: give an amount "
                                           "above zero")
MESSAGES.setdefault("refund_above_collected", "a refund of {amount} {currency} is more than payment #{payment} "
                                              "collected: {collected}, of which {refunded} is refunded already; "
                                              "nothing was refunded")
MESSAGES.setdefault("refund_above_credit", "payment #{payment} has {credit} {currency} of credit, not {amount}: the "
                                           "rest of it pays invoices ({invoices}); credit those first to refund "
                                           "more; nothing was refunded")


def refund(session: Session, ref: int | str, amount: object, day: date, reference: str, *,
           actor: str | None = None) -> LedgerEntry:
    """Refund ``amount`` of payment ``ref`` on ``day``. The account is held while it is checked and written."""
    actor = actor or audit.current_actor()
    pay = find(session, ref)
    cur = pay.currency
    value = parse_amount(amount, cur, where="amount")
    if value == 0:
        raise ProrataError.of("refund_not_positive", "amount", amount=to_text(value, cur), currency=cur)
    check_date(day, "--date")
    reference = _reference(reference)
    account = session.get(PaymentAccount, pay.account_id)
    accounts.lock(session, account.id)
    session.refresh(pay)
    if pay.status != PaymentStatus.RECEIVED.value:
        raise ProrataError.of("payment_reversed", payment=pay.id, date=_reversed_on(session, pay), action="refunded")
    e = LedgerEntry.__table__.c
    refunded = session.scalar(select(func.sum(e.amount)).where(e.payment_id == pay.id,
                                                               e.kind == EntryKind.REFUND.value)) or Decimal(0)
    if value > pay.amount - refunded:
        raise ProrataError.of("refund_above_collected", amount=to_text(value, cur), currency=cur, payment=pay.id,
                              collected=to_text(pay.amount, cur), refunded=to_text(refunded, cur))
    left = allocation.payments_left(session, [pay.id])[pay.id]
    if value > left:
        raise ProrataError.of("refund_above_credit", payment=pay.id, credit=to_text(left, cur), currency=cur,
                              amount=to_text(value, cur), invoices=", ".join(_settled(session, pay.id)))
    entry = ledger.post(session, account, EntryKind.REFUND.value, value, day, actor=actor, payment_id=pay.id,
                        reference=reference)
    audit.record(session, "refund", "payment", pay.id, before={"refunded": to_text(refunded, cur)},
                 after={"refunded": to_text(refunded + value, cur), "amount": to_text(value, cur),
                        "date": day.isoformat(), "reference": reference}, reseller_id=account.reseller_id, actor=actor)
    return entry


def _settled(session: Session, payment_id: int) -> list[str]:
    from app.models import Invoice
    from app.models.payments import Allocation

    a, i = Allocation.__table__.c, Invoice.__table__.c
    return [n for n, net in session.execute(
        select(i.number, func.sum(a.amount)).join_from(Allocation.__table__, Invoice.__table__, i.id == a.invoice_id)
        .where(a.payment_id == payment_id).group_by(i.number).order_by(i.number)) if net]
