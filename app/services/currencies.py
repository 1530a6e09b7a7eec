"""The hoster's currencies: list, enable, disable.

A currency is disabled only when nothing still uses it (``currency_uses``):
the refusal says what does, kind by kind, with a few names and the counts.

``prorata currencies list`` reads with ``read_currencies`` through a plain DB-API connection
(app/storage/quick_read.py), so this module imports SQLAlchemy, the models and the audit log only in the
functions that write (issue 12: start-up).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.errors import ProrataError
from app.money import is_currency, minor_digits

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.storage.quick_read import Reader

__all__ = ["CurrencyRow", "companies_using", "disable", "enable", "list_currencies", "read_currencies"]


@dataclass(frozen=True)
class CurrencyRow:
    code: str
    enabled: bool
    digits: int


def list_currencies(session: Session) -> list[CurrencyRow]:
    from sqlalchemy import select

    from app.models import Currency

    rows = session.scalars(select(Currency).order_by(Currency.code))
    return [CurrencyRow(c.code, c.enabled, minor_digits(c.code)) for c in rows]


def read_currencies(reader: Reader) -> list[CurrencyRow]:
    """``list_currencies`` through a plain DB-API connection."""
    rows = reader.rows("SELECT code, enabled FROM currencies ORDER BY code")
    return [CurrencyRow(code, bool(enabled), minor_digits(code)) for code, enabled in rows]


def companies_using(session: Session, code: str, today: date | None = None) -> list[str]:
    """Codes of companies whose currency is ``code`` now or after a dated change (``currency_uses``)."""
    from app.services import currency_uses

    return currency_uses.companies_using(session, code, today)


def enable(session: Session, code: str) -> CurrencyRow:
    from app.models import Currency
    from app.services import audit

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
    from app.models import Currency
    from app.services import audit
    from app.services.currency_uses import uses

    code = code.strip().upper()
    cur = session.get(Currency, code)
    if cur is None:
        raise ProrataError.of("not_found", kind="currency", code=code)
    if not cur.enabled:
        return CurrencyRow(code, False, minor_digits(code))
    found = uses(session, code, today)
    if found:
        raise ProrataError.of("currency_in_use", code=code, users="; ".join(u.words() for u in found),
                              uses=[(u.kind, u.count, list(u.examples)) for u in found],
                              reasons=[u.reason() for u in found])  # worded again in the reader's language
    cur.enabled = False
    audit.record(session, "disable", "currency", code, before={"enabled": True}, after={"enabled": False})
    return CurrencyRow(code, False, minor_digits(code))
