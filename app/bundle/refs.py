"""Names a bundle may refer to: those it defines itself and those in the database.

Filled section by section while a bundle is checked, so that a later section
(users, prices, events) resolves codes of an earlier one or of the database.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.bundle.known import Known
from app.company_state import Event
from app.models.users import email_key


@dataclass(frozen=True)
class CompanyRef:
    """What checking a company's events needs. currency/signup are None when invalid."""

    code: str
    currency: str | None
    signup: date | None
    history: tuple[Event, ...] = ()
    seller: str | None = None  # a company the bundle defines: its reseller's code, or "hoster"


class Refs:
    def __init__(self, known: Known) -> None:
        self.known = known
        self.enabled: set[str] = set(known.enabled_currencies)
        self.hoster_language: str = known.hoster_language or "en_GB"
        self.services: set[str] = set()
        self.plans: dict[str, str | None] = {}  # code -> basis (None when the basis was bad)
        self.plans_retired: dict[str, date] = {}  # code -> retired_on, of the bundle's retired plans
        self.resellers: dict[str, str | None] = {}  # code -> language
        self.companies: dict[str, CompanyRef] = {}
        self.users: set[tuple[str, str]] = set()  # (company code, lower-cased e-mail)

    def has_service(self, code: str) -> bool:
        return code in self.services or code in self.known.services

    def has_plan(self, code: str) -> bool:
        return code in self.plans or code in self.known.plans

    def retired_on(self, code: str) -> date | None:
        """The day a plan retires (no new subscription from then on), or None."""
        if code in self.plans:
            return self.plans_retired.get(code)
        return self.known.plans_retired.get(code)

    def bases(self) -> dict[str, str]:
        """Plan code -> basis, for every plan whose basis is valid."""
        out = {c: b for c, (_, b) in self.known.plans.items()}
        out.update({c: b for c, b in self.plans.items() if b is not None})
        return out

    def has_reseller(self, code: str) -> bool:
        return code in self.resellers or code in self.known.resellers

    def reseller_language(self, code: str) -> str | None:
        if code in self.resellers:
            return self.resellers[code]
        return self.known.reseller_languages.get(code)

    def company(self, code: str) -> CompanyRef | None:
        ref = self.companies.get(code)
        if ref is not None:
            return ref
        k = self.known.companies.get(code)
        if k is None:
            return None
        return CompanyRef(code, k.currency, k.signup, tuple(self.known.events.get(code, ())))

    def has_user(self, company: str, email: str) -> bool:
        key = (company, email_key(email))
        return key in self.users or key in self.known.users
