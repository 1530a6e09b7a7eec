"""Payment terms: how many days after its issue date an issuer's invoice is due.

An invoice's due date is fixed when it is posted to the ledger (app/payments/ledger.py), from its issuer's
terms then: changing the terms later moves no due date already given. An issuer without terms of its own
gives ``DEFAULT_TERMS_DAYS``.

When an invoice is overdue is one rule (``due_on``, ``due_column``; ``days_late``, ``is_overdue``), which the
payment console, the aging view and a customer's statement all follow: an invoice is overdue from the day
after it falls due. An invoice posted without a due date (one that came without terms) is due on receipt, on
its issue date (its entry's date): neither never overdue nor overdue for ever.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models.payments import DEFAULT_TERMS_DAYS, PaymentTerms
from app.services import audit

TERMS_RANGE = (0, 365)

MESSAGES.setdefault("bad_terms", "{value!r} is not a payment term: give a whole number of days from {low} to "
                                 "{high}")


def days_by_issuer(session: Session, issuer_keys: set[str]) -> dict[str, int]:
    """issuer key -> its payment terms in days, for each of ``issuer_keys``."""
    found = dict(session.execute(select(PaymentTerms.issuer_key, PaymentTerms.days)
                                 .where(PaymentTerms.issuer_key.in_(issuer_keys))).all()) if issuer_keys else {}
    return {k: found.get(k, DEFAULT_TERMS_DAYS) for k in issuer_keys}


def set_days(session: Session, issuer: str, days: object) -> int:
    """Set ``issuer``'s payment terms (whole days, 0-365; text or int). Audited; returns the days."""
    from app.payments.accounts import issuer_key_of, issuer_reseller_id

    key = issuer_key_of(session, issuer)
    rid = issuer_reseller_id(key)
    low, high = TERMS_RANGE
    text = str(days).strip()
    if not text.isascii() or not text.isdigit() or not low <= int(text) <= high:
        raise ProrataError.of("bad_terms", f"{issuer}.payment_terms", value=days, low=low, high=high)
    value = int(text)
    row = session.get(PaymentTerms, key)
    before = row.days if row is not None else DEFAULT_TERMS_DAYS
    if row is None:
        session.add(PaymentTerms(issuer_key=key, reseller_id=rid, days=value))
    else:
        row.days = value
    if before != value:
        session.flush()
        audit.record(session, "set", "billing_setting", f"{issuer}.payment_terms",
                     before={"payment_terms": before}, after={"payment_terms": value}, reseller_id=rid)
    return value


def due_on(due_date: date | None, issued: date) -> date:
    """The day an invoice falls due: its due date, else (posted without one) its issue date, due on receipt."""
    return due_date if due_date is not None else issued


def due_column(entry):
    """``due_on`` in SQL, of a ledger entry's columns (``LedgerEntry.__table__.c`` or an alias of it)."""
    return func.coalesce(entry.due_date, entry.entry_date)


def days_late(due_date: date | None, issued: date, as_of: date) -> int:
    """How many days overdue an invoice is on ``as_of`` (0 or less: not overdue)."""
    return (as_of - due_on(due_date, issued)).days


def is_overdue(due_date: date | None, issued: date, as_of: date) -> bool:
    """Whether an invoice is overdue on ``as_of``: as ``due_column(e) < as_of`` says in SQL."""
    return days_late(due_date, issued, as_of) > 0
