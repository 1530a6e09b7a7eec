"""A price change may not alter what is billed already: refused on and before a company's last billed boundary.

Worked scenario (the second review's finding 4): d1, a direct company billed on the 15th, has one Exchange
user at the hoster's retail 6.50. Billed on 2026-01-15, a retail price of 8.00 from 2026-01-01 would reprice
the billed month (and later refund at 8.00 what was charged at 6.50): refused. From 2026-01-16 it is taken,
and the next boundary bills it.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, select, update

from app import storage
from app.billing.run import run_billing
from app.bundle.importer import import_bundle
from app.cli.main import main
from app.errors import ProrataError
from app.models import AuditEntry, Company, Invoice, InvoiceLine, Price, Reseller
from app.services import billed_prices, price_matrix, price_removal
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, add_events, build

D = Decimal
ANN = CONTOSO_EVENTS[:2]  # subscribe exchange-basic and assign ann on 2026-01-15


def _set(engine, layer, plan, currency, amount, valid_from, **who):
    with unit_of_work(engine) as s:
        price_matrix.set_price(s, layer=layer, plan=plan, currency=currency, amount=amount, valid_from=valid_from,
                               **who)


def _refused(engine, layer, plan, currency, amount, valid_from, **who) -> ProrataError:
    with pytest.raises(ProrataError) as exc:
        _set(engine, layer, plan, currency, amount, valid_from, **who)
    return exc.value


def _prices(engine) -> list[tuple]:
    with unit_of_work(engine) as s:
        return sorted(s.execute(select(Price.layer, Price.plan_id, Price.currency, Price.amount, Price.valid_from,
                                       Price.reseller_id)).all(), key=repr)


@pytest.fixture(params=["by_company", "by_boundary"])
def both_ways(request, monkeypatch):
    """The scope's companies looked up one by one (few), or met walking the billed boundaries (many)."""
    if request.param == "by_boundary":
        monkeypatch.setattr(billed_prices, "FEW", 0)


@pytest.fixture
def billed(db):
    """d1 billed on 2026-01-15 at the hoster's retail 6.50."""
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 15), events=ANN)
    run_billing(db, date(2026, 1, 15), issue=True)
    return w


def test_the_reviewers_back_dated_price_is_refused_and_nothing_is_written(db, billed):
    before = _prices(db)
    err = _refused(db, "retail", "exchange-basic", "EUR", "8.00", date(2026, 1, 1))
    assert err.messages() == ["the price from 2026-01-01 would change what is billed already (company d1 is "
                              "billed up to 2026-01-15): set it from 2026-01-16 or later"]
    # The billed boundary itself is billed (its recurring line took the price in force on it).
    assert _refused(db, "retail", "exchange-basic", "EUR", "8.00", date(2026, 1, 15)).problems[0].id == "price_billed"
    # Undated, and an edit of the undated 6.50 itself.
    assert _refused(db, "retail", "exchange-basic", "EUR", "8.00", None).problems[0].id == "price_billed_undated"
    assert _prices(db) == before
    with unit_of_work(db) as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.entity == "price")).all() == []


def test_from_the_day_after_the_billed_boundary_it_is_taken_and_billed_at_the_next(db, billed):
    _set(db, "retail", "exchange-basic", "EUR", "8.00", date(2026, 1, 16))
    add_events(db, billed, "d1", [(date(2026, 2, 1), "assign", {"plan": "exchange-basic",
                                                                 "user": "bob@contoso.example"})])
    run_billing(db, date(2026, 2, 15), issue=True)
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == billed.companies["d1"],
                                              Invoice.period_start == date(2026, 2, 15))).one()
        lines = s.execute(select(InvoiceLine.kind, InvoiceLine.quantity, InvoiceLine.unit_price, InvoiceLine.amount)
                          .where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position)).all()
    # Bob from Feb 1 is prorated at the price of Jan 15 (6.50): 6.50 x 14/31 = 2.935... -> 2.94.
    # From Feb 15 the two users are billed at the new 8.00: 16.00.
    assert sorted((k, q, p, a) for k, q, p, a in lines) == sorted([
        ("proration", D("1"), D("6.50"), D("2.94")), ("recurring", D("2"), D("8.00"), D("16.00"))])
    assert (inv.subtotal, inv.tax, inv.total) == (D("18.94"), D("3.79"), D("22.73"))


def test_a_removal_reaching_billed_days_is_refused(db, billed):
    before = _prices(db)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            price_removal.remove_in_force(s, layer="retail", plan="exchange-basic", currency="EUR",
                                          on=date(2026, 3, 1))
    assert exc.value.messages() == ["the price cannot be removed: it applies to days billed already (company d1 "
                                    "is billed up to 2026-01-15); set the price that should follow it from "
                                    "2026-01-16 or later instead"]
    assert _prices(db) == before
    # A price that starts after the billed boundary can be taken back.
    _set(db, "retail", "exchange-basic", "EUR", "8.00", date(2026, 2, 1))
    with unit_of_work(db) as s:
        removed = price_removal.remove_in_force(s, layer="retail", plan="exchange-basic", currency="EUR",
                                                on=date(2026, 3, 1))
    assert (removed.amount, removed.since) == (D("8.00"), date(2026, 2, 1))
    assert _prices(db) == before


def test_an_unchanged_amount_and_a_first_price_of_a_plan_are_not_refused(db, billed):
    # Setting the billed price again changes nothing.
    _set(db, "retail", "exchange-basic", "EUR", "6.50", None)
    # The hoster never priced sharepoint-sites retail: nobody can have been billed at such a price.
    _set(db, "retail", "sharepoint-sites", "EUR", "11.00", None)
    # An override falls back to the layer below: d1's own price from Jan 1 would reprice its billed month.
    err = _refused(db, "company_override", "sharepoint-sites", "EUR", "9.00", date(2026, 1, 1), company="d1")
    assert err.problems[0].params["company"] == "d1"


def test_scope_reseller_a_is_not_refused_for_reseller_b(db, both_ways):
    w = build(db)
    add_company(db, w, "a1", reseller="acme", signup=date(2026, 1, 1), events=[
        (date(2026, 1, 1), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 1), "assign", {"plan": "exchange-basic", "user": "ann@a1.example"})])
    with unit_of_work(db) as s:  # a second reseller, bravo, with its own retail price
        bravo = Reseller(code="bravo", name="Bravo IT", currency="EUR", language="en_GB", billing_day=1,
                         billing_mode="reseller_bills", tax_rate=D("20"))
        s.add(bravo)
        s.flush()
        w.resellers["bravo"] = bravo.id
        s.add(Price(layer="retail", reseller_id=bravo.id, plan_id=w.plans["exchange-basic"], currency="EUR",
                    amount=D("7.00")))
    run_billing(db, date(2026, 1, 1), issue=True)  # a1 (acme's) billed up to 2026-01-01
    # bravo has billed nobody: its back-dated retail and own cost are taken.
    _set(db, "retail", "exchange-basic", "EUR", "7.50", date(2025, 12, 1), reseller="bravo")
    _set(db, "wholesale_override", "exchange-basic", "EUR", "3.00", date(2025, 12, 1), reseller="bravo")
    # acme's are refused, naming its company; so is the hoster's wholesale (acme's cost of a1).
    for layer in ("retail", "wholesale_override"):
        err = _refused(db, layer, "exchange-basic", "EUR", "5.00", date(2025, 12, 1), reseller="acme")
        assert err.problems[0].params == {"company": "a1", "billed": "2026-01-01", "next": "2026-01-02",
                                          "date": "2025-12-01"}
    assert _refused(db, "wholesale", "exchange-basic", "EUR", "5.00", date(2025, 12, 1)).problems[0].params[
        "company"] == "a1"
    # The hoster's own retail reaches no reseller's company.
    _set(db, "retail", "exchange-basic", "EUR", "6.80", date(2025, 12, 1))


def test_scope_a_company_that_moved_away_still_counts_for_the_seller_it_left(db, both_ways):
    w = build(db)
    add_company(db, w, "m1", reseller="acme", signup=date(2026, 1, 1), events=[
        (date(2026, 1, 1), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 1), "assign", {"plan": "exchange-basic", "user": "ann@m1.example"})])
    run_billing(db, date(2026, 1, 1), issue=True)
    # Moved to the hoster on Jan 10 (as app.services.moves records it: the event names the seller left).
    add_events(db, w, "m1", [(date(2026, 1, 10), "move", {"code": "hoster"})])
    with unit_of_work(db) as s:
        s.execute(update(Company).where(Company.code == "m1").values(reseller_id=None))
    err = _refused(db, "retail", "exchange-basic", "EUR", "5.00", date(2025, 12, 15), reseller="acme")
    assert err.problems[0].params["company"] == "m1"


def test_scope_a_jpy_price_is_not_refused_for_eur_companies(db, billed, both_ways):
    _set(db, "retail", "archiving", "JPY", "2600", date(2026, 1, 1))  # d1 bills in EUR
    assert _refused(db, "retail", "archiving", "EUR", "21.00", date(2026, 1, 1)).problems[0].params[
        "company"] == "d1"  # the plan is not looked at: d1 may have billed archiving
    # A company that changed to JPY counts for JPY prices too: j1 billed in EUR on Jan 15, in JPY on Feb 15.
    add_company(db, billed, "j1", signup=date(2026, 1, 15), events=[
        (date(2026, 1, 15), "subscribe", {"plan": "archiving"}), (date(2026, 2, 15), "currency", {"currency": "JPY"})])
    run_billing(db, date(2026, 2, 15), issue=True)
    with unit_of_work(db) as s:
        assert s.scalars(select(Invoice.currency).where(Invoice.company_id == billed.companies["j1"])
                         .order_by(Invoice.period_start)).all() == ["EUR", "JPY"]
    err = _refused(db, "retail", "archiving", "JPY", "2700", date(2026, 2, 1))
    assert err.problems[0].params == {"company": "j1", "billed": "2026-02-15", "next": "2026-02-16",
                                      "date": "2026-02-01"}
    _set(db, "retail", "archiving", "JPY", "2700", date(2026, 2, 16))


def test_the_cli_refuses_with_status_2(db, billed, capsys):
    status = main(["prices", "set", "retail", "exchange-basic", "EUR", "8.00", "--from", "2026-01-01",
                   "--db", db.url.render_as_string(hide_password=False)])
    err = capsys.readouterr().err
    assert status == 2
    assert "company d1 is billed up to 2026-01-15): set it from 2026-01-16 or later" in err


def test_a_bundle_import_of_a_back_dated_price_is_refused_at_its_path(db, billed):
    doc = {"format": "prorata-bundle/1", "prices": [
        {"layer": "retail", "seller": "hoster", "plan": "exchange-basic", "currency": "EUR", "amount": "8.00",
         "valid_from": "2026-02-01"},
        {"layer": "retail", "seller": "hoster", "plan": "exchange-basic", "currency": "EUR", "amount": "7.00",
         "valid_from": "2026-01-10"}]}
    before = _prices(db)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            import_bundle(s, doc, source="t.json")
    assert [(p.where, p.id, p.params["next"]) for p in exc.value.problems] == [
        ("$.prices[1]", "price_billed", "2026-01-16")]
    assert _prices(db) == before
    doc["prices"].pop()
    with unit_of_work(db) as s:
        assert import_bundle(s, doc, source="t.json").counts["prices"] == 1


def _plans_of(engine, table: str):
    """Collects the query plan of every statement reading ``table`` while the block runs."""
    plans: list[tuple[str, str]] = []

    def explain(conn, cursor, statement, parameters, context, executemany):
        if f"FROM {table}" not in statement and f"JOIN {table}" not in statement:
            return
        raw = conn.connection.driver_connection.cursor()
        if conn.dialect.name == "sqlite":
            raw.execute("EXPLAIN QUERY PLAN " + statement, parameters)
        else:  # on tables this small a scan is cheaper: asked whether an index can serve the query
            raw.execute("SET LOCAL enable_seqscan = off")
            raw.execute("EXPLAIN " + statement, parameters)
        plans.append((statement, " ".join(str(r) for r in raw.fetchall())))
        raw.close()

    event.listen(engine, "before_cursor_execute", explain)
    return plans, lambda: event.remove(engine, "before_cursor_execute", explain)


@pytest.mark.parametrize("few", [2000, 0])
def test_each_check_reads_billed_periods_and_currency_changes_through_indexes(db, billed, monkeypatch, few):
    """A check costs the same on a year of billed history as on a day: no read of every billed period or every
    event (migration 0022), whichever way the scope's companies are met."""
    monkeypatch.setattr(billed_prices, "FEW", few)
    plans, stop = _plans_of(db, "billed_periods")
    events, stop_events = _plans_of(db, "company_events")
    try:
        with unit_of_work(db) as s:
            for layer, start, reseller_id in (("retail", date(2026, 1, 1), None), ("wholesale", None, None),
                                              ("retail", date(2026, 3, 1), None), ("retail", date(2026, 1, 1),
                                                                                   billed.resellers["acme"])):
                billed_prices.last_billed(s, layer=layer, currency="EUR", valid_from=start, reseller_id=reseller_id)
            billed_prices.last_billed(s, layer="company_override", currency="EUR", valid_from=date(2026, 1, 1),
                                      company_id=billed.companies["d1"])
    finally:
        stop()
        stop_events()
    assert len(plans) >= 5
    for statement, plan in plans:
        assert re.search(r"ix_billed_periods_boundary|uq_billed_periods_customer_boundary|"
                         r"sqlite_autoindex_billed_periods_1", plan), (statement, plan)
    currency_reads = [plan for statement, plan in events if "'currency'" in statement]
    assert currency_reads, events
    for plan in currency_reads:
        assert "ix_company_events_currency" in plan or "ix_company_events_company" in plan, plan


def test_the_indexes_conditions_are_the_queries():
    """The partial indexes serve only a query naming their condition literally (SQLite compares the text)."""
    [migration] = (Path(storage.__file__).parent / "migrations" / "versions").glob("0022_*.py")
    source = migration.read_text()
    assert billed_prices.COMPANY_PERIOD.text == "billed_periods." + re.search(r'text\("(company_id IS NOT NULL)"\)',
                                                                              source).group(1)
    assert billed_prices.CURRENCY_CHANGE.text == "company_events." + re.search(r"text\(\"(type = 'currency')\"\)",
                                                                               source).group(1)


def test_a_price_list_asks_for_the_latest_billed_boundary_once_per_scope(db, billed):
    """16 back-dated prices of one scope and currency (an imported price list): one look at the billed
    boundaries, and every one refused naming d1."""
    plan = billed.plans["exchange-basic"]
    changes = [{"layer": "retail", "plan_id": plan, "currency": "EUR", "valid_from": date(2026, 1, 1 + i),
                "where": f"$.prices[{i}]"} for i in range(16)]  # Jan 1 to Jan 16
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if "FROM billed_periods" in statement and "max(billed_periods.boundary)" in statement:
            seen.append(statement)

    event.listen(db, "before_cursor_execute", count)
    try:
        with unit_of_work(db) as s:
            found = billed_prices.problems(s, changes)
    finally:
        event.remove(db, "before_cursor_execute", count)
    assert len(seen) == 1
    assert [p.where for p in found] == [f"$.prices[{i}]" for i in range(15)]  # up to the billed Jan 15
    assert {(p.params["company"], p.params["billed"]) for p in found} == {("d1", "2026-01-15")}
