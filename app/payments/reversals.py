"""Reversals: a payment that did not hold (a returned direct debit, a bounced check, a chargeback).

The payment becomes reversed (its one conditional write: received -> reversed, so it is reversed once even
when two clerks try at once), every allocation it made is taken back, so the invoices it paid are open again
(paid -> partially paid or issued, which the database allows only after such a take-back), and a reversal
entry puts back on the account what the bank or the card network took back. A bank takes back the whole
payment (a bounced check, a returned debit, a recalled transfer): what was refunded of it stays in the ledger
as the money it was, paid out to the customer. A check of 100.00 refunded in full, then bounced, leaves the
customer owing 100.00: the payment (-100.00) never arrived, the refund (+100.00) did go out, and the
reversal (+100.00) undoes only the payment. A card payment's refunds went back to the card
(app/payments/refunds.py), so its chargeback takes back only what the card still held: 24.00 by card,
10.00 refunded, the chargeback is of 14.00 and the customer owes nothing for it; one refunded in full is
not reversed. Refunds are entries written when the money is paid back (there is no pending refund to cancel),
so none is undone here.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models.payments import EntryKind, Method, Payment, PaymentAccount, PaymentStatus
from app.money import to_text
from app.payments import accounts, allocation, ledger
from app.payments.payments import Recorded, _reversed_on, find, refunded
from app.services import audit
from app.services.row_version import last_change
from app.values.dates import check_date
from app.values.text import check_text

MESSAGES.setdefault("reversed_meanwhile", "payment #{payment} was reversed meanwhile by {actor} ({at}); nothing "
                                          "was changed")
MESSAGES.setdefault("chargeback_refunded", "payment #{payment} was refunded in full to the card ({amount} "
                                          "{currency}): a chargeback takes nothing back; nothing was reversed")
MESSAGES.setdefault("reason_needed", "say why the payment is reversed (such as: check bounced, debit returned "
                                     "AC04)")


def reverse(session: Session, ref: int | str, day: date, reason: str, *, actor: str | None = None) -> Recorded:
    """Reverse payment ``ref`` on ``day`` for ``reason``; returns it with the allocations taken back, and those
    that settle again what it reopened of a void invoice (``allocation.settle_void_from_corrections``)."""
    actor = actor or audit.current_actor(session)
    pay = find(session, ref)
    reason = (reason or "").strip()
    if not reason:
        raise ProrataError.of("reason_needed", "--reason")
    check_text(reason, "--reason", field="the reason")
    check_date(day, "--date")
    account = session.get(PaymentAccount, pay.account_id)
    if pay.status != PaymentStatus.RECEIVED.value:
        raise ProrataError.of("payment_reversed", payment=pay.id, date=_reversed_on(session, pay),
                              action="reversed again")
    seen = pay.version
    accounts.lock(session, account.id)
    back = pay.amount  # the whole payment: a refund of it went out and stays booked (see the docstring)
    if pay.method == Method.CARD.value:  # a chargeback: the card holds what was not refunded to it
        back -= refunded(session, pay.id)
        if back <= 0:
            raise ProrataError.of("chargeback_refunded", payment=pay.id, amount=to_text(pay.amount, pay.currency),
                                  currency=pay.currency)
    t = Payment.__table__
    done = session.execute(update(t).where(t.c.id == pay.id, t.c.status == PaymentStatus.RECEIVED.value,
                                           t.c.version == seen)
                           .values(status=PaymentStatus.REVERSED.value, version=seen + 1))
    if done.rowcount != 1:
        who, at = last_change(session, "payment", pay.id)
        raise ProrataError.of("reversed_meanwhile", payment=pay.id, actor=who, at=at)
    session.expire(pay)
    taken = allocation.take_back(session, account, day, actor=actor, payment_id=pay.id)
    settled = allocation.settle_void_from_corrections(session, account, taken, day, actor=actor)
    ledger.post(session, account, EntryKind.REVERSAL.value, back, day, actor=actor, payment_id=pay.id,
                reference=reason[:200])
    cur = pay.currency
    audit.record(session, "reverse", "payment", pay.id, before={"status": PaymentStatus.RECEIVED.value},
                 after={"status": PaymentStatus.REVERSED.value, "reversed": to_text(back, cur),
                        "date": day.isoformat(), "reason": reason,
                        "reopened": [a.invoice for a in taken]}, reseller_id=account.reseller_id, actor=actor)
    allocation.audit_all(session, taken + settled, account.reseller_id, f"payment #{pay.id} reversed")
    return Recorded(pay, taken + settled)
