"""The extra-item catalogue: items with default amounts per currency, edited by version, retired, in bundles."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.bundle import FORMAT
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import AuditEntry, ExtraItem, ExtraItemAmount
from app.services import extra_items
from app.storage.engine import unit_of_work
from tests.billing_world import build
from tests.actors import recorded

D = Decimal


def refused(engine, fn, *args, **kw) -> list[tuple[str, str]]:
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(engine) as s:
            fn(s, *args, **kw)
    return [(p.where, p.id) for p in exc.value.problems]


def test_items_with_their_default_amounts(db):
    build(db)  # EUR, USD, JPY and KWD enabled
    with unit_of_work(db) as s:
        extra_items.add_item(s, "setup", {"en": "Setup fee", "de": "Einrichtung"}, False,
                             {"JPY": "2500", "EUR": "20.00", "KWD": "6.500"})
        extra_items.add_item(s, "backup", {"en": "Offsite backup"}, True, {"EUR": "9.90"})
    with unit_of_work(db) as s:
        items = extra_items.list_items(s)
        assert extra_items.default_amount(s, "setup", "EUR") == D("20.00")
        assert extra_items.default_amount(s, "setup", "KWD") == D("6.500")
        assert extra_items.default_amount(s, "setup", "USD") is None
        with pytest.raises(ProrataError) as exc:
            extra_items.default_amount(s, "nope", "EUR")
    assert exc.value.messages() == ["code: no extra item 'nope'"]
    assert [(i.code, i.recurring, i.amounts, i.version, i.retired) for i in items] == [
        ("backup", True, {"EUR": D("9.90")}, 1, False),
        ("setup", False, {"EUR": D("20.00"), "JPY": D("2500"), "KWD": D("6.500")}, 1, False)]
    assert items[1].as_json()["amounts"] == {"EUR": "20.00", "JPY": "2500", "KWD": "6.500"}


def test_amounts_are_checked_with_the_currencys_minor_unit_and_the_limits(db):
    build(db)
    assert refused(db, extra_items.add_item, "setup", {"en": "Setup"}, "yes",
                   {"EUR": "20.005", "JPY": "-5", "GBP": "1.00", "KWD": "1000000000000.000", "USD": "1E+2",
                    "XYZ": "1"}) == [
        ("recurring", "bad_type"), ("amounts.EUR", "too_many_decimals"), ("amounts.JPY", "negative_amount"),
        ("amounts.GBP", "currency_disabled"), ("amounts.KWD", "amount_too_large"), ("amounts.USD", "bad_amount"),
        ("amounts.XYZ", "unknown_currency")]
    assert refused(db, extra_items.add_item, "=x", {"en": "X"}, False, {"EUR": 20}) == [
        ("code", "formula_code"), ("amounts.EUR", "bad_amount")]
    with unit_of_work(db) as s:
        assert s.scalars(select(ExtraItem)).all() == [] and s.scalars(select(ExtraItemAmount)).all() == []


def test_edits_change_the_given_currencies_and_are_audited(db, monkeypatch):
    build(db)
    monkeypatch.setenv("PRORATA_ACTOR", "ann")
    with unit_of_work(db) as s:
        extra_items.add_item(s, "setup", {"en": "Setup"}, False, {"EUR": "20.00", "JPY": "2500"})
    with unit_of_work(db) as s:
        view = extra_items.edit_item(s, "setup", name={"en": "Setup fee"}, recurring=True,
                                     amounts={"EUR": "25.00", "JPY": None, "USD": "30.00"})
    assert (view.name, view.recurring, view.amounts, view.version) == (
        {"en": "Setup fee"}, True, {"EUR": D("25.00"), "USD": D("30.00")}, 2)
    with unit_of_work(db) as s:
        assert extra_items.get_item(s, "setup").amounts == {"EUR": D("25.00"), "USD": D("30.00")}
        entries = [(a.actor, a.action, a.entity_id, a.before, a.after) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "extra_item").order_by(AuditEntry.id))]
    created = {"code": "setup", "name": {"en": "Setup"}, "recurring": False,
               "amounts": {"EUR": "20.00", "JPY": "2500"}, "retired_on": None}
    assert entries == [
        (recorded(db, "ann"), "create", "setup", None, created),
        (recorded(db, "ann"), "edit", "setup", created, {"code": "setup", "name": {"en": "Setup fee"}, "recurring": True,
                                           "amounts": {"EUR": "25.00", "USD": "30.00"}, "retired_on": None})]


def test_a_stale_edit_is_refused_naming_who_changed_the_item(db, monkeypatch):
    build(db)
    with unit_of_work(db) as s:
        extra_items.add_item(s, "setup", {"en": "Setup"}, False, {"EUR": "20.00"})
    monkeypatch.setenv("PRORATA_ACTOR", "bob")
    with unit_of_work(db) as s:
        extra_items.edit_item(s, "setup", amounts={"EUR": "22.00"})
    monkeypatch.setenv("PRORATA_ACTOR", "ann")
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            extra_items.edit_item(s, "setup", amounts={"EUR": "24.00"}, expected_version=1)
    assert exc.value.messages() == [f"version: extra item 'setup' was edited meanwhile by {recorded(db, 'bob')}; nothing was saved: "
                                    "open it again to see their change"]
    with unit_of_work(db) as s:
        assert extra_items.default_amount(s, "setup", "EUR") == D("22.00")


def test_retired_items_are_marked_and_can_come_back(db):
    build(db)
    with unit_of_work(db) as s:
        extra_items.add_item(s, "setup", {"en": "Setup"}, False, {"EUR": "20.00"})
        extra_items.add_item(s, "fax", {"en": "Fax line"}, True, {"EUR": "5.00"})
        extra_items.retire_item(s, "fax", date(2026, 4, 1))
    with unit_of_work(db) as s:
        assert [i.code for i in extra_items.list_items(s, state="active", on=date(2026, 3, 31))] == ["fax", "setup"]
        assert [i.code for i in extra_items.list_items(s, state="active", on=date(2026, 4, 1))] == ["setup"]
        assert [i.code for i in extra_items.list_items(s, state="retired", on=date(2026, 4, 1))] == ["fax"]
        back = extra_items.unretire_item(s, "fax")
    assert (back.retired_on, back.version, back.amounts) == (None, 3, {"EUR": D("5.00")})
    assert refused(db, extra_items.unretire_item, "fax") == [("retired_on", "not_retired")]
    assert refused(db, extra_items.retire_item, "fax", "2026-02-30") == [("on", "bad_date")]


def test_bundle_extra_items_are_checked_and_imported(db):
    build(db)
    doc = {"format": FORMAT, "extra_items": [
        {"code": "setup", "name": {"en": "Setup"}, "recurring": False, "amounts": {"EUR": "20.00", "JPY": "2500"}},
        {"code": "setup", "name": {"en": "Again"}, "recurring": False},
        {"code": "bad", "name": {"en": "Bad"}, "recurring": "no", "amounts": {"EUR": "1.001", "GBP": "1.00"},
         "price": "1.00"}]}
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            import_bundle(s, doc)
    assert [(p.where, p.id) for p in exc.value.problems] == [
        ("$.extra_items[1].code", "duplicate_in_file"), ("$.extra_items[2].price", "unknown_key"),
        ("$.extra_items[2].recurring", "bad_type"), ("$.extra_items[2].amounts.EUR", "too_many_decimals"),
        ("$.extra_items[2].amounts.GBP", "currency_disabled")]
    doc["extra_items"] = doc["extra_items"][:1]
    with unit_of_work(db) as s:
        result = import_bundle(s, doc)
    assert result.summary() == "1 extra item"
    with unit_of_work(db) as s:
        assert extra_items.get_item(s, "setup").amounts == {"EUR": D("20.00"), "JPY": D("2500")}
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            import_bundle(s, doc)
    assert [(p.where, p.id) for p in exc.value.problems] == [("$.extra_items[0].code", "exists")]
