"""What the database already holds, as far as a bundle refers to it.

A bundle adds to a database: its references may name rows already there, and
its codes must not collide with them. ``load_known`` reads the small tables
whole (currencies, catalogue, resellers) and, of the large ones, only the rows
the bundle names (companies, their users, their events and prices).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY
from app.company_state import Event
from app.models import (Company, CompanyEvent, Currency, ExtraItem, Hoster, MinimumCharge, Plan, Price, Reseller,
                        Service, User)
from app.models.users import email_key

_CHUNK = 500


@dataclass(frozen=True)
class KnownCompany:
    id: int
    reseller_id: int | None
    currency: str
    signup: date


@dataclass
class Known:
    """Rows of the database a bundle may refer to, keyed as the bundle names them.

    ``events`` holds each known company's stored events with plans keyed by
    code and users by lower-cased e-mail, each with ``seq`` = its id, so the
    bundle's events can be checked against the history already recorded.
    """

    hoster: str | None = None
    hoster_language: str | None = None
    # The stored hoster's billing settings: tax_rate, invoice_number_format, the
    # switches, and min_charge as {currency: (amount, policy)}.
    hoster_billing: dict = field(default_factory=dict)
    currencies: dict[str, bool] = field(default_factory=dict)  # code -> enabled
    services: dict[str, int] = field(default_factory=dict)
    plans: dict[str, tuple[int, str]] = field(default_factory=dict)  # code -> (id, basis)
    plans_retired: dict[str, date] = field(default_factory=dict)  # code -> retired_on, of retired plans only
    extra_items: dict[str, int] = field(default_factory=dict)  # code -> id
    resellers: dict[str, int] = field(default_factory=dict)
    reseller_languages: dict[str, str] = field(default_factory=dict)
    companies: dict[str, KnownCompany] = field(default_factory=dict)
    # Stored companies' codes among the codes the bundle gives its resellers (a code names one customer).
    company_codes: set[str] = field(default_factory=set)
    users: dict[tuple[str, str], int] = field(default_factory=dict)  # (company, email) -> id
    prices: set[tuple] = field(default_factory=set)  # (layer, plan_id, currency, reseller_id, company_id, valid_from)
    events: dict[str, list[Event]] = field(default_factory=dict)

    @property
    def enabled_currencies(self) -> set[str]:
        return {c for c, on in self.currencies.items() if on}


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _strings(values: Iterable[object]) -> list[str]:
    return sorted({v for v in values if isinstance(v, str)})


def _items(doc: dict, key: str) -> list[dict]:
    value = doc.get(key)
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def referenced_companies(doc: dict) -> list[str]:
    """Every company code a bundle defines or refers to (bad shapes are ignored here)."""
    codes = [c.get("code") for c in _items(doc, "companies")]
    codes += [u.get("company") for u in _items(doc, "users")]
    codes += [p.get("company") for p in _items(doc, "prices")]
    codes += [e.get("company") for e in _items(doc, "events")]
    return _strings(codes)


def load_known(session: Session, doc: dict) -> Known:
    """The database rows the bundle ``doc`` may touch (the document need not be valid)."""
    k = Known()
    hoster = session.get(Hoster, 1)
    if hoster is not None:
        k.hoster, k.hoster_language = hoster.name, hoster.language
        k.hoster_billing = {"tax_rate": hoster.tax_rate, "invoice_number_format": hoster.invoice_number_format,
                            "invoicing": hoster.invoicing, "payment_collection": hoster.payment_collection,
                            "email_delivery": hoster.email_delivery, "checks": hoster.checks,
                            "min_charge": {c: (a, p) for c, a, p in session.execute(
                                select(MinimumCharge.currency, MinimumCharge.amount, MinimumCharge.policy)
                                .where(MinimumCharge.issuer_key == HOSTER_KEY))}}
    k.currencies = {c: on for c, on in session.execute(select(Currency.code, Currency.enabled))}
    k.services = {c: i for c, i in session.execute(select(Service.code, Service.id))}
    plan_code: dict[int, str] = {}
    for pid, pcode, basis, retired_on in session.execute(select(Plan.id, Plan.code, Plan.basis, Plan.retired_on)):
        k.plans[pcode] = (pid, basis)
        plan_code[pid] = pcode
        if retired_on is not None:
            k.plans_retired[pcode] = retired_on
    k.extra_items = {c: i for c, i in session.execute(select(ExtraItem.code, ExtraItem.id))}
    for rid, rcode, lang in session.execute(select(Reseller.id, Reseller.code, Reseller.language)):
        k.resellers[rcode] = rid
        k.reseller_languages[rcode] = lang

    for codes in _chunks(_strings(r.get("code") for r in _items(doc, "resellers"))):
        k.company_codes.update(session.scalars(select(Company.code).where(Company.code.in_(codes))))

    company_code: dict[int, str] = {}
    for codes in _chunks(referenced_companies(doc)):
        q = select(Company.id, Company.code, Company.reseller_id, Company.currency, Company.signup).where(
            Company.code.in_(codes))
        for cid, ccode, rid, cur, signup in session.execute(q):
            k.companies[ccode] = KnownCompany(cid, rid, cur, signup)
            company_code[cid] = ccode
    ids = sorted(company_code)
    user_email: dict[int, str] = {}
    for chunk in _chunks(ids):
        q = select(User.id, User.company_id, User.email).where(User.company_id.in_(chunk))
        for uid, cid, mail in session.execute(q):
            k.users[(company_code[cid], email_key(mail))] = uid
            user_email[uid] = email_key(mail)
    for chunk in _chunks(ids):
        q = select(CompanyEvent).where(CompanyEvent.company_id.in_(chunk)).order_by(
            CompanyEvent.date, CompanyEvent.id)
        for e in session.scalars(q):
            k.events.setdefault(company_code[e.company_id], []).append(Event(
                date=e.date, type=e.type, plan=plan_code.get(e.plan_id), to_plan=plan_code.get(e.to_plan_id),
                quantity=e.quantity, user=user_email.get(e.user_id), code=e.code, amount=e.amount,
                recurring=e.recurring, currency=e.currency, description=e.description, seq=e.id))

    plan_ids = sorted({k.plans[p][0] for p in _strings(x.get("plan") for x in _items(doc, "prices"))
                       if p in k.plans})
    for chunk in _chunks(plan_ids):
        q = select(Price.layer, Price.plan_id, Price.currency, Price.reseller_id, Price.company_id,
                   Price.valid_from).where(Price.plan_id.in_(chunk))
        k.prices.update(tuple(row) for row in session.execute(q))
    return k
