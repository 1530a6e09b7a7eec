"""A change that leaves a company on a plan without a price in its currency is refused when recorded.

The billing run prices every plan line with the company's own price, else its seller's retail price, and,
for a reseller's company, the reseller's cost (its wholesale override, else the hoster's wholesale price); a
missing one fails the company's bill until a clerk sets it (``pricebook.missing_price``). So recording such a
change (a currency change, a subscription) is refused, naming the plan, the currency and the layer, with
nothing written; once the price is there the same change is taken and the run bills it.

The world (tests/billing_world.py): Archiving 20.00 EUR / 2500 JPY at the hoster (no USD), SharePoint site
12.00 EUR at acme (wholesale 8.00 EUR, no USD); hoster tax 20 %, acme's 19 %.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import CompanyEvent, Invoice
from app.services import changes, price_matrix
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_change_cli import cli  # noqa: F401 - the fixture

D = Decimal


def events(engine) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(CompanyEvent))


def invoices(engine, cid):
    with unit_of_work(engine) as s:
        return [(i.period_start, i.currency, i.subtotal, i.total) for i in s.scalars(
            select(Invoice).where(Invoice.company_id == cid).order_by(Invoice.period_start))]


def record(engine, event):
    with unit_of_work(engine) as s:
        return changes.record_change(s, event)


def test_a_currency_change_into_a_currency_the_hoster_has_no_price_in_is_refused_then_taken(db):
    w = build(db)
    cid = add_company(db, w, "d1", signup=date(2026, 1, 10), events=[(date(2026, 1, 10), "subscribe",
                                                                      {"plan": "archiving"})])
    before = events(db)
    with pytest.raises(ProrataError) as err:
        record(db, changes.change_currency("d1", "USD", "2026-03-10"))
    assert str(err.value.problems[0].message()) == (
        "date: d1 would be billed plan archiving in USD on 2026-03-10, and the hoster has no retail price for it in USD "
        "on that day (nor d1 an own price): set the price first")
    assert events(db) == before  # nothing written
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="retail", plan="archiving", currency="USD", amount="25.00", valid_from=None)
    record(db, changes.change_currency("d1", "USD", "2026-03-10"))
    assert events(db) == before + 1
    report = run_billing(db, date(2026, 3, 10))
    assert [o.outcome for o in report.outcomes] == ["billed", "billed", "billed"]
    # Jan 10, Feb 10: 20.00 EUR + 20 % = 24.00; Mar 10 (changed on the boundary): 25.00 USD + 5.00 = 30.00.
    assert invoices(db, cid) == [(date(2026, 1, 10), "EUR", D("20.00"), D("24.00")),
                                 (date(2026, 2, 10), "EUR", D("20.00"), D("24.00")),
                                 (date(2026, 3, 10), "USD", D("25.00"), D("30.00"))]


def test_a_resellers_company_needs_the_wholesale_price_too(db):
    w = build(db)
    cid = add_company(db, w, "r1", reseller="acme", signup=date(2026, 1, 1), events=[
        (date(2026, 1, 1), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    with unit_of_work(db) as s:  # acme sells in USD, the hoster has no wholesale price in USD
        price_matrix.set_price(s, layer="retail", plan="sharepoint-sites", currency="USD", amount="15.00",
                               valid_from=None, reseller="acme")
    before = events(db)
    with pytest.raises(ProrataError) as err:
        record(db, changes.change_currency("r1", "USD", "2026-03-01"))
    assert str(err.value.problems[0].message()) == (
        "date: r1 would be billed plan sharepoint-sites in USD on 2026-03-01, and the hoster has no wholesale price for "
        "it in USD on that day (nor acme a wholesale price of its own), which acme pays: set the price first")
    assert events(db) == before
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="wholesale", plan="sharepoint-sites", currency="USD", amount="10.00",
                               valid_from=None)
    record(db, changes.change_currency("r1", "USD", "2026-03-01"))
    report = run_billing(db, date(2026, 3, 1))
    assert "failed" not in [o.outcome for o in report.outcomes]
    # Mar 1 in USD: 2 sites x 15.00 = 30.00, acme's tax 19 % = 5.70, total 35.70.
    assert invoices(db, cid)[-1] == (date(2026, 3, 1), "USD", D("30.00"), D("35.70"))


def test_a_subscription_to_a_plan_without_a_price_in_the_companys_currency_is_refused(db):
    w = build(db)
    add_company(db, w, "j1", currency="JPY", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "archiving"})])
    before = events(db)
    with pytest.raises(ProrataError) as err:  # only acme sells SharePoint sites, and in EUR only
        record(db, changes.subscribe("j1", "sharepoint-sites", "2026-02-10", quantity=1))
    assert str(err.value.problems[0].message()) == (
        "date: j1 would be billed plan sharepoint-sites in JPY on 2026-02-10, and the hoster has no retail price for it "
        "in JPY on that day (nor j1 an own price): set the price first")
    assert events(db) == before


def test_the_command_line_refuses_it_with_exit_status_2_and_writes_nothing(db, cli):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 10), events=[(date(2026, 1, 10), "subscribe",
                                                                {"plan": "archiving"})])
    before = events(db)
    rc, out, err = cli("company", "d1", "currency", "USD", "--date", "2026-03-10")
    assert (rc, out) == (2, "")
    assert "d1 would be billed plan archiving in USD on 2026-03-10, and the hoster has no retail price" in err
    assert events(db) == before
    rc, out, err = cli("prices", "set", "retail", "archiving", "USD", "25.00", "--from", "2026-01-01")
    assert rc == 0, err
    rc, out, err = cli("company", "d1", "currency", "USD", "--date", "2026-03-10")
    assert (rc, err) == (0, "")
    assert events(db) == before + 1


def test_an_import_of_such_a_change_to_a_company_on_file_is_refused_and_writes_nothing(db):
    from app.bundle.importer import import_bundle
    from app.bundle import FORMAT

    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 10), events=[(date(2026, 1, 10), "subscribe",
                                                                {"plan": "archiving"})])
    before = events(db)
    doc = {"format": FORMAT, "events": [{"date": "2026-03-10", "company": "d1", "type": "currency",
                                         "currency": "USD"}]}
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            import_bundle(s, doc, source="hand.json")
    assert err.value.messages()[-1] == (
        "$.events[0].date: d1 would be billed plan archiving in USD on 2026-03-10, and the hoster has no retail "
        "price for it in USD on that day (nor d1 an own price): set the price first")
    assert events(db) == before
    doc["prices"] = [{"layer": "retail", "seller": "hoster", "plan": "archiving", "currency": "USD",
                      "amount": "25.00"}]
    with unit_of_work(db) as s:
        assert import_bundle(s, doc, source="hand.json").counts["events"] == 1
