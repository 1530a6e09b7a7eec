"""The hoster's currencies: list, enable, disable.

A currency is disabled only when nothing still uses it: no company whose
currency is it today or will be after a dated change, and no reseller that
trades in it. (Open invoices join this check when invoices exist.)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ProrataError
from app.models import Company, CompanyEvent, Currency, EventType, Reseller
from app.money import is_currency, minor_digits
from app.services import audit


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


def companies_using(session: Session, code: str, today: date | None = None) -> list[str]:
    """Codes of companies whose currency is ``code`` now or after a dated change."""
    today = today or date.today()
    last: dict[int, tuple[date, int, str]] = {}
    future: set[int] = set()
    q = select(CompanyEvent.company_id, CompanyEvent.date, CompanyEvent.id, CompanyEvent.currency).where(
        CompanyEvent.type == EventType.CURRENCY.value)
    for company_id, day, eid, cur in session.execute(q):
        if day > today and cur == code:
            future.add(company_id)
        if day <= today and (company_id not in last or (day, eid) > last[company_id][:2]):
            last[company_id] = (day, eid, cur)
    users = set(future)
    users.update(cid for cid, (_, _, cur) in last.items() if cur == code)
    signup_q = select(Company.id).where(Company.currency == code)
    users.update(cid for cid in session.scalars(signup_q) if cid not in last)
    if not users:
        return []
    return sorted(session.scalars(select(Company.code).where(Company.id.in_(users))))


def disable(session: Session, code: str, today: date | None = None) -> CurrencyRow:
    code = code.strip().upper()
    cur = session.get(Currency, code)
    if cur is None:
        raise ProrataError.of("not_found", kind="currency", code=code)
    if not cur.enabled:
        return CurrencyRow(code, False, minor_digits(code))
    companies = companies_using(session, code, today)
    resellers = list(session.scalars(select(Reseller.code).where(Reseller.currency == code)))
    if companies or resellers:
        parts = []
        if companies:
            shown = ", ".join(companies[:5]) + (f" and {len(companies) - 5} more" if len(companies) > 5 else "")
            parts.append(f"{len(companies)} compan{'y' if len(companies) == 1 else 'ies'} use it ({shown})")
        if resellers:
            parts.append(f"reseller(s) {', '.join(resellers)} trade in it")
        raise ProrataError.of("currency_in_use", code=code, users="; ".join(parts))
    cur.enabled = False
    audit.record(session, "disable", "currency", code, before={"enabled": True}, after={"enabled": False})
    return CurrencyRow(code, False, minor_digits(code))
