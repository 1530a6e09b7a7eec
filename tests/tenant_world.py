"""A small hand-made tenant world for the directory service and UI tests.

Northwind Hosting has two resellers, Acme Cloud (three companies) and Blue
Reseller (none), and one direct company. Contoso GmbH (code c1, under Acme)
has two users and this history:

  2026-01-15  subscribe Exchange Basic (per user); assign ann; assign bob
  2026-02-01  subscribe SharePoint Sites (per unit), quantity 3
  2026-03-01  SharePoint Sites quantity 5
  2026-04-01  unassign bob from Exchange Basic
  2026-04-10  one-off extra "setup", 25.00 (EUR, the currency then)
  2026-05-01  currency changes to USD
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.models import (Company, CompanyEvent, Currency, Hoster, Plan, Reseller, Service, User)
from app.storage.engine import unit_of_work


@dataclass
class World:
    acme: int
    blue: int
    contoso: int
    alpha: int
    zeta: int
    direct: int
    ann: int
    bob: int


def build_world(engine) -> World:
    with unit_of_work(engine) as s:
        s.add(Hoster(name="Northwind Hosting", email="billing@northwind.example",
                     address={"lines": ["1 Harbour St"], "city": "Leeds", "postcode": "LS1 1AA", "country": "GB"}))
        s.add_all([Currency(code="EUR"), Currency(code="USD")])
        acme = Reseller(code="acme", name="Acme Cloud", currency="EUR", language="de_DE", billing_day=1,
                        billing_mode="reseller_bills")
        blue = Reseller(code="blue", name="Blue Reseller", currency="EUR", language="en_GB")
        s.add_all([acme, blue])
        s.flush()
        svc = Service(code="exchange", name={"en": "Exchange"})
        s.add(svc)
        s.flush()
        basic = Plan(code="exchange-basic", service_id=svc.id, basis="per_user",
                     name={"en": "Exchange Basic", "de": "Exchange Basis"})
        sites = Plan(code="sharepoint-sites", service_id=svc.id, basis="per_unit",
                     name={"en": "SharePoint Sites", "de": "SharePoint-Websites"})
        s.add_all([basic, sites])

        def company(code, name, reseller):
            c = Company(code=code, name=name, reseller_id=reseller, currency="EUR", language="de_DE",
                        signup=date(2026, 1, 15), email=f"billing@{code}.example",
                        address={"lines": ["Hauptstr. 1"], "city": "Berlin", "postcode": "10115", "country": "DE"})
            s.add(c)
            return c
        contoso = company("c1", "Contoso GmbH", acme.id)
        zeta = company("z1", "Zeta AG", acme.id)
        alpha = company("a1", "Alpha Ltd", acme.id)
        direct = company("d1", "Direct One", None)
        s.flush()
        ann = User(company_id=contoso.id, reseller_id=acme.id, email="ann@contoso.example", name="Ann Lee")
        bob = User(company_id=contoso.id, reseller_id=acme.id, email="bob@contoso.example", name="Bob Ray")
        s.add_all([bob, ann])
        s.flush()

        def event(day, type, **kw):
            s.add(CompanyEvent(company_id=contoso.id, reseller_id=acme.id, date=day, type=type, **kw))
            s.flush()  # ids in the order written: events of one day apply in that order
        event(date(2026, 1, 15), "subscribe", plan_id=basic.id)
        event(date(2026, 1, 15), "assign", plan_id=basic.id, user_id=ann.id)
        event(date(2026, 1, 15), "assign", plan_id=basic.id, user_id=bob.id)
        event(date(2026, 2, 1), "subscribe", plan_id=sites.id, quantity=3)
        event(date(2026, 3, 1), "quantity", plan_id=sites.id, quantity=5)
        event(date(2026, 4, 1), "unassign", plan_id=basic.id, user_id=bob.id)
        event(date(2026, 4, 10), "extra", code="setup", amount=Decimal("25.00"), recurring=False,
              description={"en": "Setup fee", "de": "Einrichtung"})
        event(date(2026, 5, 1), "currency", currency="USD")
        return World(acme.id, blue.id, contoso.id, alpha.id, zeta.id, direct.id, ann.id, bob.id)
