"""Price matrices: layers side by side, margins, holes, and dated edits."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import ProrataError
from app.models import AuditEntry
from app.services import price_matrix
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal


def test_reseller_matrix_with_margin_and_holes(db):
    build(db)
    with unit_of_work(db) as s:
        rows = {r.plan_code: r for r in price_matrix.matrix(s, "EUR", "acme", on=date(2026, 3, 1))}
    ex = rows["exchange-basic"]
    # wholesale 4.00, acme's override 3.50, retail 6.00: margin 2.50.
    assert (ex.wholesale, ex.cost, ex.retail, ex.margin, ex.cost_overridden) == (
        D("4.00"), D("3.50"), D("6.00"), D("2.50"), True)
    sp = rows["sharepoint-sites"]
    assert (sp.cost, sp.retail, sp.margin, sp.holes) == (D("8.00"), D("12.00"), D("4.00"), [])
    # Archiving has a hoster retail price only: for acme both layers are holes.
    assert rows["archiving"].holes == ["wholesale", "retail"]


def test_edit_from_a_date_keeps_the_past(db):
    build(db)
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="retail", plan="exchange-basic", currency="EUR", amount="6.40",
                               valid_from=date(2026, 4, 1), reseller="acme")
    with unit_of_work(db) as s:
        before = {r.plan_code: r.retail for r in price_matrix.matrix(s, "EUR", "acme", on=date(2026, 3, 31))}
        after = {r.plan_code: r.retail for r in price_matrix.matrix(s, "EUR", "acme", on=date(2026, 4, 1))}
        audits = s.scalars(select(AuditEntry).where(AuditEntry.entity == "price")).all()
    assert before["exchange-basic"] == D("6.00") and after["exchange-basic"] == D("6.40")
    assert [(a.action, a.before, a.after) for a in audits] == [("set", None, {"amount": "6.40"})]


def test_bad_edits_are_refused(db):
    build(db)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            price_matrix.set_price(s, layer="retail", plan="exchange-basic", currency="JPY", amount="10.5",
                                   valid_from=None, reseller="acme")
    assert "more decimals than JPY allows (0)" in exc.value.messages()[0]
    with pytest.raises(ProrataError):
        with unit_of_work(db) as s:
            price_matrix.set_price(s, layer="retail", plan="exchange-basic", currency="GBP", amount="1.00",
                                   valid_from=None, reseller="acme")


def test_company_override_listing(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme")
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="company_override", plan="exchange-basic", currency="EUR",
                               amount="5.50", valid_from=date(2026, 1, 1), company="c1")
    with unit_of_work(db) as s:
        assert price_matrix.company_overrides(s, "c1", on=date(2026, 2, 1)) == [
            {"plan": "exchange-basic", "currency": "EUR", "amount": "5.50", "valid_from": date(2026, 1, 1)}]
        assert price_matrix.company_overrides(s, "c1", on=date(2025, 12, 31)) == []


def test_company_prices_show_the_sellers_price_the_own_price_and_what_it_pays(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme")
    add_company(db, w, "d1")
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="company_override", plan="exchange-basic", currency="EUR",
                               amount="5.50", valid_from=date(2026, 3, 1), company="c1")
    with unit_of_work(db) as s:
        feb = {r.plan_code: r for r in price_matrix.company_prices(s, "c1", "EUR", on=date(2026, 2, 28))}
        mar = {r.plan_code: r for r in price_matrix.company_prices(s, "c1", "EUR", on=date(2026, 3, 1))}
        direct = {r.plan_code: r for r in price_matrix.company_prices(s, "d1", "EUR", on=date(2026, 3, 1))}
    # acme sells Exchange Basic at 6.00; c1's own 5.50 applies from March 1.
    assert (feb["exchange-basic"].retail, feb["exchange-basic"].own, feb["exchange-basic"].pays) == (
        D("6.00"), None, D("6.00"))
    ex = mar["exchange-basic"]
    assert (ex.retail, ex.own, ex.own_from, ex.pays) == (D("6.00"), D("5.50"), date(2026, 3, 1), D("5.50"))
    # acme has no archiving price: c1 pays nothing there (a hole); the hoster's direct d1 pays 20.00.
    assert mar["archiving"].pays is None
    assert (direct["archiving"].retail, direct["exchange-basic"].retail) == (D("20.00"), D("6.50"))
