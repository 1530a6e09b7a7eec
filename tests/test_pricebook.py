"""Price resolution over the four layers, loaded from the database."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.billing.pricebook import PriceBook
from app.errors import ProrataError
from app.models import Company, Currency, Plan, Price, Reseller, Service
from app.storage.engine import unit_of_work

D = Decimal


@pytest.fixture
def world(db):
    with unit_of_work(db) as s:
        s.add_all([Currency(code="EUR"), Currency(code="USD")])
        s.flush()
        svc = Service(code="exchange", name={"en": "Exchange"})
        s.add(svc)
        s.flush()
        basic = Plan(code="basic", service_id=svc.id, basis="per_user", name={"en": "Basic"})
        pro = Plan(code="pro", service_id=svc.id, basis="per_user", name={"en": "Pro"})
        acme = Reseller(code="acme", name="Acme", currency="EUR", language="de_DE")
        zeta = Reseller(code="zeta", name="Zeta", currency="EUR", language="en_GB")
        s.add_all([basic, pro, acme, zeta])
        s.flush()
        c1 = Company(code="c1", name="Contoso", reseller_id=acme.id, currency="EUR", language="de_DE",
                     signup=date(2026, 1, 15))
        c2 = Company(code="c2", name="Fabrikam", reseller_id=acme.id, currency="EUR", language="de_DE",
                     signup=date(2026, 1, 15))
        d1 = Company(code="d1", name="Direct", currency="EUR", language="en_GB", signup=date(2026, 1, 1))
        s.add_all([c1, c2, d1])
        s.flush()
        s.add_all([
            Price(layer="wholesale", plan_id=basic.id, currency="EUR", amount=D("4.00")),
            Price(layer="wholesale", plan_id=basic.id, currency="EUR", amount=D("4.20"),
                  valid_from=date(2026, 6, 1)),
            Price(layer="wholesale_override", reseller_id=acme.id, plan_id=basic.id, currency="EUR",
                  amount=D("3.50")),
            Price(layer="retail", reseller_id=acme.id, plan_id=basic.id, currency="EUR", amount=D("6.00")),
            Price(layer="retail", reseller_id=None, plan_id=basic.id, currency="EUR", amount=D("6.50")),
            Price(layer="company_override", company_id=c1.id, reseller_id=acme.id, plan_id=basic.id,
                  currency="EUR", amount=D("5.50"), valid_from=date(2026, 1, 1)),
        ])
        ids = dict(basic=basic.id, pro=pro.id, acme=acme.id, zeta=zeta.id, c1=c1.id, c2=c2.id, d1=d1.id)
    with unit_of_work(db) as s:
        return PriceBook.load(s), ids


def test_company_override_beats_retail(world):
    book, i = world
    assert book.company_price(i["basic"], "EUR", date(2026, 2, 1), company_id=i["c1"], seller_id=i["acme"]) == D("5.50")
    assert book.company_price(i["basic"], "EUR", date(2026, 2, 1), company_id=i["c2"], seller_id=i["acme"]) == D("6.00")
    # Before the override's valid_from the seller's retail price applies.
    assert book.company_price(i["basic"], "EUR", date(2025, 12, 31), company_id=i["c1"], seller_id=i["acme"]) == D("6.00")


def test_direct_companies_pay_the_hosters_retail(world):
    book, i = world
    assert book.company_price(i["basic"], "EUR", date(2026, 2, 1), company_id=i["d1"], seller_id=None) == D("6.50")


def test_reseller_cost_override_then_wholesale_by_date(world):
    book, i = world
    assert book.reseller_cost(i["basic"], "EUR", date(2026, 7, 1), reseller_id=i["acme"]) == D("3.50")
    assert book.reseller_cost(i["basic"], "EUR", date(2026, 5, 31), reseller_id=i["zeta"]) == D("4.00")
    assert book.reseller_cost(i["basic"], "EUR", date(2026, 6, 1), reseller_id=i["zeta"]) == D("4.20")


def test_a_missing_price_names_customer_plan_and_currency(world):
    book, i = world
    with pytest.raises(ProrataError) as exc:
        book.company_price(i["pro"], "EUR", date(2026, 2, 1), company_id=i["c1"], seller_id=i["acme"],
                           customer="c1")
    assert exc.value.messages() == ["no retail price for plan pro in EUR for c1 on 2026-02-01"]
    with pytest.raises(ProrataError):
        book.company_price(i["basic"], "USD", date(2026, 2, 1), company_id=i["c1"], seller_id=i["acme"])
