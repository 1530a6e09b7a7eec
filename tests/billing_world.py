"""A small hoster built by hand for billing scenarios (the issue's example)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models import (Accrual, BilledPeriod, Company, CompanyEvent, Currency, Hoster, Invoice, InvoiceLine,
                        MinimumCharge, Plan, Price, Reseller, Service, User)
from app.storage.engine import unit_of_work

D = Decimal


class World:
    """Ids by code, for the scenarios to refer to."""

    def __init__(self):
        self.plans: dict[str, int] = {}
        self.resellers: dict[str, int] = {}
        self.companies: dict[str, int] = {}
        self.users: dict[str, int] = {}


def build(engine, *, acme_mode="reseller_bills", hoster_tax="20", acme_tax="19") -> World:
    w = World()
    with unit_of_work(engine) as s:
        s.add(Hoster(name="Northwind Hosting", tax_rate=D(hoster_tax)))
        s.add_all([Currency(code=c) for c in ("EUR", "USD", "JPY", "KWD")])
        s.flush()
        exch = Service(code="exchange", name={"en": "Exchange mailbox"})
        sp = Service(code="sharepoint", name={"en": "SharePoint"})
        s.add_all([exch, sp])
        s.flush()
        for code, svc, basis, name in (("exchange-basic", exch, "per_user", "Exchange Basic"),
                                       ("sharepoint-sites", sp, "per_unit", "SharePoint site"),
                                       ("archiving", exch, "per_plan", "Archiving")):
            p = Plan(code=code, service_id=svc.id, basis=basis, name={"en": name})
            s.add(p)
            s.flush()
            w.plans[code] = p.id
        acme = Reseller(code="acme", name="Acme Cloud GmbH", currency="EUR", language="de_DE", billing_day=1,
                        billing_mode=acme_mode, tax_rate=D(acme_tax))
        s.add(acme)
        s.flush()
        w.resellers["acme"] = acme.id
        pl = w.plans
        s.add_all([
            Price(layer="wholesale", plan_id=pl["exchange-basic"], currency="EUR", amount=D("4.00")),
            Price(layer="wholesale_override", reseller_id=acme.id, plan_id=pl["exchange-basic"], currency="EUR",
                  amount=D("3.50")),
            Price(layer="retail", reseller_id=acme.id, plan_id=pl["exchange-basic"], currency="EUR",
                  amount=D("6.00")),
            Price(layer="retail", reseller_id=None, plan_id=pl["exchange-basic"], currency="EUR", amount=D("6.50")),
            Price(layer="retail", reseller_id=acme.id, plan_id=pl["sharepoint-sites"], currency="EUR",
                  amount=D("12.00")),
            Price(layer="wholesale", plan_id=pl["sharepoint-sites"], currency="EUR", amount=D("8.00")),
            Price(layer="retail", reseller_id=None, plan_id=pl["archiving"], currency="EUR", amount=D("20.00")),
            Price(layer="retail", reseller_id=None, plan_id=pl["archiving"], currency="JPY", amount=D("2500")),
        ])
    return w


def add_company(engine, w: World, code: str, *, reseller: str | None = None, currency="EUR",
                signup=date(2026, 1, 15), billing_day=None, tax_treatment="standard", tax_rate=None,
                events=(), tax_id=...) -> int:
    """A company and its events: (date, type, fields) with plan codes and user emails. ``tax_id``: unless
    given, a VAT id for a company taxed by reverse charge (which needs one: app/bundle/validate.py), else none."""
    if tax_id is ...:
        tax_id = "DE811907980" if tax_treatment == "reverse_charge" else None
    with unit_of_work(engine) as s:
        rid = w.resellers[reseller] if reseller else None
        c = Company(code=code, name=code.title(), reseller_id=rid, currency=currency, language="en_GB",
                    signup=signup, billing_day=billing_day, tax_treatment=tax_treatment,
                    tax_rate=None if tax_rate is None else D(tax_rate), tax_id=tax_id)
        s.add(c)
        s.flush()
        w.companies[code] = c.id
    add_events(engine, w, code, events)
    return c.id


def add_events(engine, w: World, code: str, events) -> None:
    """Events of an existing company, recorded now: (date, type, fields) with plan codes and user emails."""
    with unit_of_work(engine) as s:
        c = s.get(Company, w.companies[code])
        rid = c.reseller_id
        for day, typ, fields in events:
            fields = dict(fields)
            if "user" in fields:
                email = fields.pop("user")
                if email not in w.users:
                    u = User(company_id=c.id, reseller_id=rid, email=email, name=email.split("@")[0])
                    s.add(u)
                    s.flush()
                    w.users[email] = u.id
                fields["user_id"] = w.users[email]
            if "plan" in fields:
                fields["plan_id"] = w.plans[fields.pop("plan")]
            if "to_plan" in fields:
                fields["to_plan_id"] = w.plans[fields.pop("to_plan")]
            s.add(CompanyEvent(company_id=c.id, reseller_id=rid, date=day, type=typ, **fields))
            s.flush()


def set_minimum(engine, issuer_key: str, currency: str, amount: str, policy: str) -> None:
    with unit_of_work(engine) as s:
        s.add(MinimumCharge(issuer_key=issuer_key, currency=currency, amount=D(amount), policy=policy))


CONTOSO_EVENTS = [
    (date(2026, 1, 15), "subscribe", {"plan": "exchange-basic"}),
    (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "ann@contoso.example"}),
    (date(2026, 2, 3), "extra", {"code": "support-call", "amount": D("50.00"), "recurring": False,
                                  "description": {"en": "Support call"}}),
    (date(2026, 2, 10), "subscribe", {"plan": "sharepoint-sites", "quantity": 3}),
    (date(2026, 2, 20), "quantity", {"plan": "sharepoint-sites", "quantity": 5}),
    (date(2026, 3, 1), "cancel", {"plan": "sharepoint-sites"}),
]


def snapshot(engine):
    """Everything a run writes, with invoices named by what they are rather than by row id."""
    with unit_of_work(engine) as s:
        invoices = s.scalars(select(Invoice)).all()
        name = {i.id: (i.issuer_key, i.company_id, i.customer_reseller_id, i.kind, i.period_start, i.number)
                for i in invoices}
        name[None] = None
        inv = sorted(((name[i.id], i.status, i.subtotal, i.tax, i.total, name[i.carried_into_id])
                      for i in invoices), key=repr)
        lines = sorted(((name[ln.invoice_id], ln.position, ln.kind, ln.plan_id, ln.extra_code, ln.quantity,
                         ln.unit_price, ln.start, ln.end, ln.amount)
                        for ln in s.scalars(select(InvoiceLine))), key=repr)
        accruals = sorted(((name[a.invoice_id], a.kind, a.company_id, a.boundary, a.line_kind, a.plan_id,
                            a.amount, name[a.settled_by_id]) for a in s.scalars(select(Accrual))), key=repr)
        billed = sorted(((b.customer_key, b.boundary, b.outcome, name[b.invoice_id])
                         for b in s.scalars(select(BilledPeriod))), key=repr)
    return inv, lines, accruals, billed
