"""The hoster's currencies: list, enable, disable.

A currency is disabled only when nothing still uses it (``currency_uses``):
the refusal says what does, kind by kind, with a few names and the counts.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ProrataError
from app.models import Currency
from app.money import is_currency, minor_digits
from app.services import audit
from app.services.currency_uses import companies_using, uses

__all__ = ["CurrencyRow", "companies_using", "disable", "enable", "list_currencies"]


@dataclass(frozen=True)
class CurrencyRow:
    code: str
    enabled: bool
    digits: int


def list_currencies(session: Session) -> list[CurrencyRow]:
    rows = session.scalars(select(Currency).order_by(Currency.code))
    return [CurrencyRow(c.code, c.enabled, minor_digits(c.code)) for c in rows]


def enable(session: Session, code: str) -> CurrencyRow:
    code = code.strip().upper()
    if not is_currency(code):
        raise ProrataError.of("unknown_currency", code=code)
    cur = session.get(Currency, code)
    before = None if cur is None else {"enabled": cur.enabled}
    if cur is None:
        cur = Currency(code=code, enabled=True)
        session.add(cur)
    cur.enabled = True
    session.flush()  # rows that reference the currency may follow in this unit of work
    if before != {"enabled": True}:
        audit.record(session, "enable", "currency", code, before=before, after={"enabled": True})
    return CurrencyRow(code, True, minor_digits(code))


def disable(session: Session, code: str, today: date | None = None) -> CurrencyRow:
    code = code.strip().upper()
    cur = session.get(Currency, code)
    if cur is None:
        raise ProrataError.of("not_found", kind="currency", code=code)
    if not cur.enabled:
        return CurrencyRow(code, False, minor_digits(code))
    found = uses(session, code, today)
    if found:
        raise ProrataError.of("currency_in_use", code=code, users="; ".join(u.words() for u in found),
                              uses=[(u.kind, u.count, list(u.examples)) for u in found])
    cur.enabled = False
    audit.record(session, "disable", "currency", code, before={"enabled": True}, after={"enabled": False})
    return CurrencyRow(code, False, minor_digits(code))
