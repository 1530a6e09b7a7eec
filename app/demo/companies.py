"""Demo companies with their users, events and the odd negotiated price, a batch at a time.

Companies spread over the sellers by ``tenants.SLOTS``; most speak their
reseller's language and pay in its currency. Ids are assigned here (1, 2, ...
for companies and users), since the database is empty, so children reference
their parents without reading anything back.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.demo import catalogue, names, tenants
from app.demo.history import EventRows, HistoryMaker
from app.models import Delivery, Layer, TaxTreatment

COMPANY_COLUMNS = ("id", "code", "name", "reseller_id", "currency", "language", "billing_day", "signup",
                   "delivery", "email", "address", "tax_id", "tax_treatment", "tax_rate")
USER_COLUMNS = ("id", "company_id", "reseller_id", "email", "name")

LANGUAGES = ("en_GB", "de_DE", "fr_FR", "en_US", "ja_JP")
HOME_CURRENCY = {"DE": "EUR", "FR": "EUR", "GB": "GBP", "US": "USD", "JP": "JPY"}
OUTSIDE_VAT = {"US", "JP"}  # no VAT that the European issuers would charge or reverse
# Anniversary (None) for about half the companies; the rest on fixed days, month ends included.
BILLING_DAYS = (None,) * 45 + (1,) * 30 + (15,) * 10 + (28,) * 4 + (29,) * 4 + (30,) * 3 + (31,) * 4
USERS_PER_COMPANY = (1, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7)  # about four
BILLING_MAILBOX = {"DE": "rechnung", "FR": "facturation", "GB": "accounts", "US": "billing", "JP": "keiri"}
# Every 150th company has negotiated its own price for its mail plan.
OVERRIDE_EVERY, OVERRIDE_AT = 150, 7
_POST, _EMAIL, _STANDARD = Delivery.POST.value, Delivery.EMAIL.value, TaxTreatment.STANDARD.value


@dataclass
class Batch:
    """Rows for some companies: tuples in the column orders above (events: see
    ``app.demo.history.SHAPES``), override prices as dicts."""

    companies: list[tuple] = field(default_factory=list)
    users: list[tuple] = field(default_factory=list)
    events: EventRows = field(default_factory=EventRows)
    overrides: list[dict] = field(default_factory=list)


def cross_border(country: str, issuer_country: str) -> str:
    """A business customer abroad with a tax id: reverse charge in Europe, else outside the scope of VAT."""
    if country in OUTSIDE_VAT or issuer_country in OUTSIDE_VAT:
        return TaxTreatment.EXEMPT.value
    return TaxTreatment.REVERSE_CHARGE.value


class CompanyMaker:
    """Makes companies 1..n in order; call ``batch`` with consecutive ranges."""

    def __init__(self, rnd: random.Random, history: HistoryMaker, retail: dict, total: int):
        self.rnd = rnd
        self.history = history
        # (seller, plan, currency) -> undated retail price: the base of negotiated prices.
        self.retail = retail
        self.width = max(6, len(str(total)))
        self.resellers = {x.id: x for x in tenants.RESELLERS}
        self.issuer_country = {x.id: x.address["country"] for x in tenants.RESELLERS}
        self.issuer_country[None] = tenants.HOSTER["address"]["country"]
        self.last_user = 0
        self.slots: list = []

    def batch(self, start: int, stop: int) -> Batch:
        """Companies ``start + 1`` to ``stop`` (ids), with their users and events."""
        rnd, out = self.rnd, Batch()
        r = rnd.random
        days = self.history.days
        n_slots = len(tenants.SLOTS)
        for i in range(start, stop):
            cid = i + 1
            if i % n_slots == 0:
                self.slots = list(tenants.SLOTS)
                rnd.shuffle(self.slots)
            rid = self.slots[i % n_slots]
            seller = self.resellers.get(rid)
            if seller is not None:
                language = seller.language if r() < 0.85 else LANGUAGES[int(r() * len(LANGUAGES))]
            else:
                language = tenants.HOSTER_LANGUAGES[int(r() * len(tenants.HOSTER_LANGUAGES))]
            country = names.COUNTRY[language]
            home = HOME_CURRENCY[country]
            currency = seller.currency if seller is not None and r() < 0.9 else home
            name = names.company_name(rnd, country)
            domain = names.domain_for(name, country)
            signup: date = days[len(days) - 1 - int(r() * len(days))]
            tax_id = names.tax_id(rnd, country) if r() < 0.6 else None
            treatment = _STANDARD
            if tax_id and country != self.issuer_country[rid]:
                treatment = cross_border(country, self.issuer_country[rid])
            out.companies.append((
                cid, f"C{cid:0{self.width}d}", name, rid, currency, language,
                BILLING_DAYS[int(r() * len(BILLING_DAYS))], signup,
                _POST if r() < 0.12 else _EMAIL,
                f"{BILLING_MAILBOX[country]}@{domain}", names.postal_address(rnd, country), tax_id, treatment, None))
            users = self._users(out.users, cid, rid, country, domain)
            mail_plan = self.history.company(out.events, cid, rid, signup, users, currency, rnd)
            if i % OVERRIDE_EVERY == OVERRIDE_AT:
                out.overrides.append(self._override(cid, rid, mail_plan, currency))
        return out

    def _users(self, rows: list, cid: int, rid: int | None, country: str, domain: str) -> list[int]:
        """About four people, each with an address unique within the company."""
        r = self.rnd.random
        people = names.PEOPLE[country]
        taken: set[str] = set()
        ids = []
        for _ in range(USERS_PER_COMPANY[int(r() * len(USERS_PER_COMPANY))]):
            person = people[int(r() * len(people))]
            local, k = person.local_part, 2
            while local in taken:
                local, k = f"{person.local_part}{k}", k + 1
            taken.add(local)
            self.last_user += 1
            ids.append(self.last_user)
            rows.append((self.last_user, cid, rid, f"{local}@{domain}", person.name))
        return ids

    def _override(self, cid: int, rid: int | None, plan: int, currency: str) -> dict:
        amount: Decimal = catalogue.company_price(self.retail[(rid, plan, currency)], currency)
        return {"layer": Layer.COMPANY_OVERRIDE.value, "plan_id": plan, "currency": currency, "amount": amount,
                "valid_from": None, "reseller_id": rid, "company_id": cid}
