"""Reseller settlement when the hoster collects (``hoster_bills_hoster_processor``): the hoster owes each
reseller the totals of its statements (its margins, and the VAT the hoster collected in its name:
app/billing/settlement.py), and records what it pays out against them.

A statement is posted to the reseller's account with the hoster as a negative entry (what the hoster owes);
a payout is a positive ``payout`` entry on the same account. What the hoster still owes a reseller in a
currency is the negated sum of both, never a stored figure. A payout above what is owed is refused; two
clerks paying out at once queue on the account (``accounts.lock``), so together they never pay more.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.errors import MESSAGES, ProrataError
from app.models import Reseller
from app.models.payments import EntryKind, LedgerEntry, PaymentAccount
from app.money import parse_amount, to_text
from app.payments import accounts, ledger
from app.services import audit
from app.values.dates import check_date
from app.values.text import check_text

KINDS = (EntryKind.STATEMENT.value, EntryKind.PAYOUT.value)


def N_(message: str) -> str:
    """Marks ``message`` for the invoice catalog (app/documents/wording.py extracts it); translated where used."""
    return message


# A statement's line for the VAT of one of the reseller's documents (app/billing/settlement.py), in the invoice
# catalog: the statement is read in the reseller's language.
VAT_ON = {"invoice": N_("VAT on invoice {number} of {date}"),
          "credit_note": N_("VAT on credit note {number} of {date}")}
ZERO = Decimal(0)

MESSAGES.setdefault("payout_not_positive", "a payout of {amount} {currency} pays nothing: give an amount above zero")
MESSAGES.setdefault("payout_above_owed", "the hoster owes {reseller} {owed} {currency}, not {amount}: nothing was "
                                         "paid out")


def _reseller(session: Session, code: str) -> Reseller:
    r = session.scalars(select(Reseller).where(Reseller.code == code)).first()
    if r is None:
        raise ProrataError.of("not_found", kind="reseller", code=code)
    return r


def owed(session: Session, reseller: str | None = None) -> list[dict]:
    """Per reseller and currency: the statements, the payouts and what the hoster still owes."""
    e, a, r = LedgerEntry.__table__.c, PaymentAccount.__table__.c, Reseller.__table__.c
    q = (select(r.code, a.currency, e.kind, func.sum(e.amount))
         .join_from(LedgerEntry.__table__, PaymentAccount.__table__, a.id == e.account_id)
         .join(Reseller.__table__, r.id == a.customer_reseller_id)
         .where(a.issuer_key == HOSTER_KEY, e.kind.in_(KINDS)).group_by(r.code, a.currency, e.kind))
    if reseller is not None:
        q = q.where(r.code == _reseller(session, reseller).code)
    sums: dict[tuple[str, str], dict[str, Decimal]] = {}
    for code, cur, kind, amount in session.execute(q):
        sums.setdefault((code, cur), {})[kind] = amount or ZERO
    out = []
    for (code, cur), k in sorted(sums.items()):
        stated, paid = -k.get(EntryKind.STATEMENT.value, ZERO), k.get(EntryKind.PAYOUT.value, ZERO)
        out.append({"reseller": code, "currency": cur, "statements": to_text(stated, cur),
                    "paid_out": to_text(paid, cur), "owed": to_text(stated - paid, cur)})
    return out


def add(session: Session, reseller: str, amount: object, day: date, *, currency: str | None = None,
        reference: str | None = None, actor: str | None = None) -> LedgerEntry:
    """Record that the hoster paid ``amount`` to ``reseller`` on ``day`` (default currency: the reseller's)."""
    actor = actor or audit.current_actor(session)
    r = _reseller(session, reseller)
    cur = currency or r.currency
    accounts.check_currency(session, cur, "--currency")
    value = parse_amount(amount, cur, where="amount")
    if value == 0:
        raise ProrataError.of("payout_not_positive", "amount", amount=to_text(value, cur), currency=cur)
    check_date(day, "--date")
    # No reference given: none stored (the entry's kind and date say it is a payout, in the reader's language).
    ref = (reference or "").strip() or None
    if ref is not None:
        check_text(ref, "--reference", field="the reference")
    account_id = accounts.ensure(session, customer_key=reseller_key(r.id), issuer_key=HOSTER_KEY, currency=cur,
                                 owner_id=r.id, company_id=None, customer_reseller_id=r.id)
    accounts.lock(session, account_id)  # a rival payout waits here, then reads what this one paid
    e = LedgerEntry.__table__.c
    left = -(session.scalar(select(func.sum(e.amount)).where(e.account_id == account_id, e.kind.in_(KINDS)))
             or ZERO)
    if value > left:
        raise ProrataError.of("payout_above_owed", "amount", reseller=r.code, owed=to_text(left, cur), currency=cur,
                              amount=to_text(value, cur))
    account = session.get(PaymentAccount, account_id)
    entry = ledger.post(session, account, EntryKind.PAYOUT.value, value, day, actor=actor, reference=ref and ref[:200])
    audit.record(session, "payout", "reseller", r.id, before={"owed": to_text(left, cur)},
                 after={"paid": to_text(value, cur), "currency": cur, "date": day.isoformat(), "reference": ref,
                        "owed": to_text(left - value, cur)}, reseller_id=r.id, actor=actor)
    return entry
