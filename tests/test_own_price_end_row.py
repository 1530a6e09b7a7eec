"""An own price really ends: the end is a row of the company's own prices without amount (migration 0029), and
from its day the company pays its seller's price with that price's later changes, until a later own price.
Billing, the price screens' rows, ``prices show``, the explanations, the audit log and the bundle read it.
Both databases.

The world (tests/billing_world.py): the hoster sells Exchange Basic (per user) at 6.50 EUR to its direct
companies; hoster tax 20 %. The direct company d1, signed up on 10 January with two users, is billed on the
10th, in advance, each period at the price in force on its first day (app/billing/lines.py).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from app.billing.explain import explain_invoice
from app.billing.run import run_billing
from app.bundle.exporter import export_bundle
from app.bundle.importer import import_bundle
from app.cli.main import main
from app.errors import ProrataError
from app.models import Invoice, Layer, Plan, Price
from app.services import price_matrix, price_removal
from app.services.audit_log import AuditFilter, readable
from app.services.audit_text import AuditWords
from app.storage import schema
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
JAN10, FEB10, FEB20, MAR1, MAR10, APR1, APR10 = (date(2026, 1, 10), date(2026, 2, 10), date(2026, 2, 20),
                                                 date(2026, 3, 1), date(2026, 3, 10), date(2026, 4, 1),
                                                 date(2026, 4, 10))


def _world(db):
    w = build(db)
    cid = add_company(db, w, "d1", signup=JAN10, events=[
        (JAN10, "subscribe", {"plan": "exchange-basic"}),
        (JAN10, "assign", {"plan": "exchange-basic", "user": "ann@d1.example"}),
        (JAN10, "assign", {"plan": "exchange-basic", "user": "bob@d1.example"})])
    return w, cid


def price(db, layer, amount, valid_from, **who):
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer=layer, plan="exchange-basic", currency="EUR", amount=amount,
                               valid_from=valid_from, **who)


def totals(db, cid, start):
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == cid, Invoice.period_start == start)).one()
        return inv.subtotal, inv.tax, inv.total


def _ended_on_feb20(db):
    """Own 5.00 from 10 January, billed to 10 February, ended from 20 February; the hoster's price goes from
    6.50 to 7.00 on 1 March, after the end."""
    w, cid = _world(db)
    price(db, "company_override", "5.00", JAN10, company="d1")
    run_billing(db, JAN10)
    run_billing(db, FEB10)
    with unit_of_work(db) as s:
        ended = price_removal.end_own_price(s, company="d1", plan="exchange-basic", currency="EUR", day=FEB20)
    assert (ended.own, ended.since, ended.day, ended.pays, ended.removed) == (D("5.00"), JAN10, FEB20, D("6.50"),
                                                                              False)
    price(db, "retail", "7.00", MAR1)
    return w, cid


def test_the_sellers_later_change_reaches_the_company_after_the_end(db):
    _, cid = _ended_on_feb20(db)
    # Before the end: 2 users x own 5.00 = 10.00; tax 20 % = 2.00; total 12.00.
    assert totals(db, cid, FEB10) == (D("10.00"), D("2.00"), D("12.00"))
    run_billing(db, MAR10)
    # From 10 March: 2 users x the hoster's new 7.00 = 14.00; tax 20 % = 2.80; total 16.80 (the pinned own
    # price of before would have billed 2 x 6.50 = 13.00).
    assert totals(db, cid, MAR10) == (D("14.00"), D("2.80"), D("16.80"))
    with unit_of_work(db) as s:
        rows = {r.plan_code: r for r in price_matrix.company_prices(s, "d1", "EUR", MAR10)}
        assert price_matrix.company_overrides(s, "d1", MAR10) == []  # nothing of its own in force
        assert price_matrix.company_overrides(s, "d1", FEB10) == [
            {"plan": "exchange-basic", "currency": "EUR", "amount": "5.00", "valid_from": JAN10}]
        inv = s.scalars(select(Invoice).where(Invoice.company_id == cid, Invoice.period_start == MAR10)).one()
        layers = explain_invoice(s, inv.id).lines[0].layers
    r = rows["exchange-basic"]
    assert (r.retail, r.own, r.own_from, r.own_ended, r.pays) == (D("7.00"), None, None, FEB20, D("7.00"))
    assert [(x.layer, x.amount, x.valid_from, x.applied) for x in layers] == [
        ("company_override", None, FEB20, False), ("retail", D("7.00"), MAR1, True)]
    from app.cli.explain_command import _layer  # what 'prorata explain' prints for it

    assert _layer(1, layers[0], "EUR") == f"1. {'company override (d1)':<32} own price ended from 2026-02-20"


def test_a_new_own_price_after_the_end_applies(db):
    _, cid = _ended_on_feb20(db)
    run_billing(db, MAR10)
    price(db, "company_override", "4.00", APR1, company="d1")
    run_billing(db, APR10)
    # From 10 April: 2 users x the new own 4.00 = 8.00; tax 20 % = 1.60; total 9.60.
    assert totals(db, cid, APR10) == (D("8.00"), D("1.60"), D("9.60"))
    with pytest.raises(ProrataError) as err:  # on 1 March there is no own price to end any more
        with unit_of_work(db) as s:
            price_removal.end_own_price(s, company="d1", plan="exchange-basic", currency="EUR", day=date(2026, 3, 20))
    assert err.value.messages() == [
        "valid_from: d1 has no own price for plan exchange-basic in EUR on 2026-03-20: there is none to end"]


def test_the_end_is_audited_as_an_end_and_shown_by_prices_show(db, capsys):
    _ended_on_feb20(db)
    with unit_of_work(db) as s:
        entries = readable(s, AuditFilter(), "en_GB")
    ended = next(e for e in entries if e.sentence.id == "own_price_ended")
    assert AuditWords("en_GB").sentence_text(ended.sentence).endswith(
        "ended D1's own price of Exchange Basic from 20/02/2026: it pays its seller's price")
    url = db.url.render_as_string(hide_password=False)
    assert main(["prices", "show", "--company", "d1", "--currency", "EUR", "--plan", "exchange-basic",
                 "--on", "2026-03-10", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2].split() == ["exchange-basic", "EUR", "7.00", "ended", "2026-02-20", "7.00"]
    assert out[3] == "  exchange-basic: own price ended from 2026-02-20; it pays its seller's price"
    # The end removed (its row, from its day, not billed yet): the own 5.00 applies again.
    price(db, "company_override", None, FEB20, company="d1")
    with unit_of_work(db) as s:
        removed = readable(s, AuditFilter(), "en_GB")[0]
        r = {r.plan_code: r for r in price_matrix.company_prices(s, "d1", "EUR", MAR10)}["exchange-basic"]
    assert removed.sentence.id == "own_price_end_removed"
    assert (r.own, r.own_from, r.own_ended, r.pays) == (D("5.00"), JAN10, None, D("5.00"))


def test_only_an_own_price_may_have_no_amount(db):
    _world(db)
    with unit_of_work(db) as s:
        plan = s.scalar(select(Plan.id).where(Plan.code == "exchange-basic"))
    with pytest.raises(IntegrityError):
        with db.begin() as conn:
            conn.execute(insert(Price), {"layer": Layer.RETAIL.value, "plan_id": plan, "currency": "EUR",
                                         "amount": None, "valid_from": MAR1})


def test_the_bundle_round_trip_keeps_the_end(db, fresh_db):
    _ended_on_feb20(db)
    with unit_of_work(db) as s:
        doc = export_bundle(s)
    own = [p for p in doc["prices"] if p["layer"] == "company_override"]
    assert own == [
        {"layer": "company_override", "company": "d1", "plan": "exchange-basic", "currency": "EUR",
         "amount": "5.00", "valid_from": "2026-01-10"},
        {"layer": "company_override", "company": "d1", "plan": "exchange-basic", "currency": "EUR",
         "ended": True, "valid_from": "2026-02-20"}]
    for c in doc["companies"]:  # the world's companies have no address (the import asks for one)
        c.setdefault("email", f"billing@{c['code']}.example")
    other = fresh_db()
    with unit_of_work(other) as s:
        import_bundle(s, doc, source="test.json")
    with unit_of_work(other) as s:
        assert export_bundle(s)["prices"] == doc["prices"]
        r = {r.plan_code: r for r in price_matrix.company_prices(s, "d1", "EUR", MAR10)}["exchange-basic"]
    assert (r.own, r.own_ended, r.pays) == (None, FEB20, D("7.00"))


@pytest.mark.parametrize("change, where, message", [
    ({"layer": "retail", "seller": "hoster"}, "$.prices[0].ended",
     "only a company's own price ends: a retail price needs an amount"),
    ({"amount": "5.00"}, "$.prices[0].amount",
     "an ended own price has no amount: give 'ended' or 'amount', not both"),
    ({"valid_from": None}, "$.prices[0].valid_from", "an own price ends from a day: give its valid_from"),
    ({"ended": False}, "$.prices[0].ended", None),
])
def test_the_bundle_accepts_an_end_only_for_an_own_price(sqlite_db, change, where, message):
    _world(sqlite_db)
    row = {"layer": "company_override", "company": "d1", "plan": "exchange-basic", "currency": "EUR",
           "ended": True, "valid_from": "2026-05-01"}
    row.update(change)
    if row["layer"] != "company_override":
        del row["company"]
    row = {k: v for k, v in row.items() if v is not None}
    with pytest.raises(ProrataError) as err:
        with unit_of_work(sqlite_db) as s:
            import_bundle(s, {"format": "prorata-bundle/1", "prices": [row]}, source="test.json")
    found = [p for p in err.value.problems if p.where == where]
    assert found, err.value.messages()
    if message is not None:
        assert found[0].message() == f"{where}: {message}"


def test_migration_0029_keeps_the_prices_and_its_downgrade_refuses_an_end(db):
    from alembic import command

    _world(db)
    with db.begin() as conn:
        command.downgrade(schema._config(conn), "0028")
    try:
        with db.begin() as conn:
            before = conn.execute(text("SELECT id, layer, amount, valid_from FROM prices ORDER BY id")).all()
            with pytest.raises(IntegrityError):  # before 0029 every price has an amount
                with conn.begin_nested():
                    conn.execute(text("UPDATE prices SET amount = NULL WHERE layer = 'retail'"))
    finally:
        assert schema.upgrade(db).up_to_date
    with db.begin() as conn:
        assert conn.execute(text("SELECT id, layer, amount, valid_from FROM prices ORDER BY id")).all() == before
    price(db, "company_override", "5.00", JAN10, company="d1")
    with unit_of_work(db) as s:
        price_removal.end_own_price(s, company="d1", plan="exchange-basic", currency="EUR", day=FEB20)
    head = schema.status(db).current  # 0029 or a later migration's
    with pytest.raises(RuntimeError, match="ended own prices"):
        with db.begin() as conn:
            command.downgrade(schema._config(conn), "0028")
    assert schema.status(db).current == head and schema.status(db).up_to_date


def test_removing_an_end_is_refused_once_its_days_are_billed(db):
    """Removing the end row after 10 March is billed would put the own 5.00 back on days billed at the hoster's
    7.00 (a later give-back would then be priced at 5.00: 7.00 x 16/31 = 3.61 owed, 2.58 given): refused as
    setting a price from that day is, and the end stays."""
    _, cid = _ended_on_feb20(db)
    run_billing(db, MAR10)
    with pytest.raises(ProrataError) as err:
        price(db, "company_override", None, FEB20, company="d1")
    assert "2026-03-10" in " ".join(err.value.messages())
    with unit_of_work(db) as s:
        r = {r.plan_code: r for r in price_matrix.company_prices(s, "d1", "EUR", MAR10)}["exchange-basic"]
        ends = s.scalars(select(Price).where(Price.company_id == cid, Price.amount.is_(None))).all()
    assert (r.own, r.own_ended, r.pays) == (None, FEB20, D("7.00"))
    assert [p.valid_from for p in ends] == [FEB20]
