"""The catalogue service: services and plans added, edited, retired; located problems; versions; audit; bundles."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.run import run_billing
from app.bundle import FORMAT
from app.bundle.exporter import export_bundle
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import AuditEntry, Invoice, InvoiceLine, Plan
from app.services import catalogue, extra_items
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from tests.actors import recorded

D = Decimal


def problems(call) -> list[tuple[str, str]]:
    """(where, id) of every problem ``call`` raises; it must raise."""
    with pytest.raises(ProrataError) as exc:
        call()
    return [(p.where, p.id) for p in exc.value.problems]


def audits(engine, entity: str) -> list[tuple]:
    with unit_of_work(engine) as s:
        return [(a.actor, a.action, a.entity_id, a.before, a.after)
                for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id))]


def test_plans_added_and_listed_with_retired_ones_marked(db):
    build(db)
    with unit_of_work(db) as s:
        catalogue.add_plan(s, "exchange-pro", "exchange", "per_user", {"en": "Exchange Pro", "de": "Exchange Pro"})
        catalogue.add_plan(s, "sharepoint-storage", "sharepoint", "per_unit", {"en": "SharePoint storage"},
                           unit={"en": "GB", "de": "GB"}, description={"en": "Extra storage, by the GB"})
        catalogue.retire_plan(s, "archiving", date(2026, 3, 1))
    with unit_of_work(db) as s:
        all_plans = catalogue.list_plans(s, on=date(2026, 3, 1))
        before = catalogue.list_plans(s, state="retired", on=date(2026, 2, 28))
        active = catalogue.list_plans(s, state="active", on=date(2026, 3, 1))
        sharepoint = catalogue.list_plans(s, service="sharepoint")
        found = catalogue.list_plans(s, search="PRO")
        services = catalogue.list_services(s)
    assert [(p.code, p.service, p.basis, p.retired) for p in all_plans] == [
        ("archiving", "exchange", "per_plan", True), ("exchange-basic", "exchange", "per_user", False),
        ("exchange-pro", "exchange", "per_user", False), ("sharepoint-sites", "sharepoint", "per_unit", False),
        ("sharepoint-storage", "sharepoint", "per_unit", False)]
    assert before == []  # the day before its retirement the plan is still open
    assert [p.code for p in active] == ["exchange-basic", "exchange-pro", "sharepoint-sites", "sharepoint-storage"]
    assert [p.code for p in sharepoint] == ["sharepoint-sites", "sharepoint-storage"]
    assert [p.code for p in found] == ["exchange-pro"]
    storage = sharepoint[1]
    assert (storage.unit, storage.description, storage.version) == (
        {"en": "GB", "de": "GB"}, {"en": "Extra storage, by the GB"}, 1)
    assert [(v.code, v.plans) for v in services] == [("exchange", 3), ("sharepoint", 2)]


def test_bad_input_is_refused_field_by_field(db):
    build(db)

    def add(*args, **kw):
        def call():
            with unit_of_work(db) as s:
                catalogue.add_plan(s, *args, **kw)
        return call

    assert problems(add("=evil", "mail", "per_week", {"de": "Post\x1bfach"})) == [
        ("code", "formula_code"), ("service", "unknown"), ("basis", "bad_value"), ("name.de", "control_character")]
    assert problems(add("disk", "sharepoint", "per_unit", {"en": "Disk"})) == [("unit", "missing")]
    assert problems(add("arch2", "exchange", "per_plan", {"en": "A"}, unit={"en": "site"})) == [
        ("unit", "unit_not_for_basis")]
    assert problems(add("exchange-basic", "exchange", "per_user", {"en": "Again"})) == [("code", "exists")]
    assert problems(add("x", "exchange", "per_user", {"xx_YY": "X"}, description={"en": " "})) == [
        ("name.xx_YY", "unknown_language"), ("description.en", "bad_type")]
    assert problems(add("", "exchange", "per_user", {})) == [("code", "missing"), ("name", "bad_type")]
    with unit_of_work(db) as s:
        assert s.scalars(select(Plan.code).order_by(Plan.code)).all() == [
            "archiving", "exchange-basic", "sharepoint-sites"]
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            catalogue.add_plan(s, "arch2", "exchange", "per_plan", {"en": "A"}, unit={"en": "site"})
    assert exc.value.messages() == ["unit: only a per_unit plan has a unit; plan 'arch2' is billed per_plan"]


def test_every_change_is_audited_with_before_and_after(db, monkeypatch):
    build(db)
    monkeypatch.setenv("PRORATA_ACTOR", "ann")
    with unit_of_work(db) as s:
        catalogue.add_service(s, "citrix", {"en": "Citrix"})
        catalogue.edit_service(s, "citrix", description={"en": "Virtual desktops"})
        catalogue.add_plan(s, "citrix-desktop", "citrix", "per_user", {"en": "Desktop"})
        catalogue.edit_plan(s, "citrix-desktop", name={"en": "Citrix desktop", "de": "Citrix-Desktop"})
        catalogue.retire_plan(s, "citrix-desktop", date(2026, 6, 1))
        catalogue.unretire_plan(s, "citrix-desktop")
        view = catalogue.get_plan(s, "citrix-desktop")
    assert view.version == 4  # created at 1; edited, retired, unretired
    assert audits(db, "service") == [
        (recorded(db, "ann"), "create", "citrix", None, {"code": "citrix", "name": {"en": "Citrix"}, "description": None}),
        (recorded(db, "ann"), "edit", "citrix", {"code": "citrix", "name": {"en": "Citrix"}, "description": None},
         {"code": "citrix", "name": {"en": "Citrix"}, "description": {"en": "Virtual desktops"}})]
    plan = {"code": "citrix-desktop", "service": "citrix", "basis": "per_user", "name": {"en": "Desktop"},
            "description": None, "unit": None, "retired_on": None}
    renamed = {**plan, "name": {"en": "Citrix desktop", "de": "Citrix-Desktop"}}
    assert audits(db, "plan") == [
        (recorded(db, "ann"), "create", "citrix-desktop", None, plan),
        (recorded(db, "ann"), "edit", "citrix-desktop", plan, renamed),
        (recorded(db, "ann"), "retire", "citrix-desktop", renamed, {**renamed, "retired_on": "2026-06-01"}),
        (recorded(db, "ann"), "unretire", "citrix-desktop", {**renamed, "retired_on": "2026-06-01"}, renamed)]


def test_an_unchanged_save_writes_nothing(db):
    build(db)
    with unit_of_work(db) as s:
        view = catalogue.edit_plan(s, "archiving", name={"en": "Archiving"})
    assert view.version == 1
    assert audits(db, "plan") == []


def test_a_save_against_an_older_version_is_refused_naming_who_changed_it(db, monkeypatch):
    build(db)
    with unit_of_work(db) as s:
        seen = catalogue.get_plan(s, "archiving").version  # ann opens the plan: version 1
    monkeypatch.setenv("PRORATA_ACTOR", "bob")
    with unit_of_work(db) as s:
        catalogue.edit_plan(s, "archiving", name={"en": "Mail archive"})
    monkeypatch.setenv("PRORATA_ACTOR", "ann")
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            catalogue.edit_plan(s, "archiving", name={"en": "Archive"}, expected_version=seen)
    assert [(p.where, p.id) for p in exc.value.problems] == [("version", "changed_meanwhile_by")]
    assert exc.value.messages() == [f"version: plan 'archiving' was edited meanwhile by {recorded(db, 'bob')}; nothing was saved: "
                                    "open it again to see their change"]
    with unit_of_work(db) as s:
        assert (catalogue.get_plan(s, "archiving").name, catalogue.get_plan(s, "archiving").version) == (
            {"en": "Mail archive"}, 2)


def test_the_loser_of_two_writers_is_refused_by_the_conditional_write(db, monkeypatch):
    """Ann's session read the plan at version 1; Bob saves in between; Ann's UPDATE ... WHERE version=1 finds
    no row, and she is told Bob changed it."""
    build(db)
    with Session(db, expire_on_commit=False) as ann:
        with ann.begin():
            row = ann.scalars(select(Plan).where(Plan.code == "archiving")).one()
            assert row.version == 1
            monkeypatch.setenv("PRORATA_ACTOR", "bob")
            with unit_of_work(db) as bob:
                catalogue.retire_plan(bob, "archiving", date(2026, 9, 1))
            monkeypatch.setenv("PRORATA_ACTOR", "ann")
            with pytest.raises(ProrataError) as exc:
                catalogue.edit_plan(ann, "archiving", name={"en": "Archive"})
            ann.rollback()
    assert f"was retired meanwhile by {recorded(db, 'bob')}" in exc.value.messages()[0]
    with unit_of_work(db) as s:
        plan = catalogue.get_plan(s, "archiving")
    assert (plan.name, plan.retired_on, plan.version) == ({"en": "Archiving"}, date(2026, 9, 1), 2)
    assert [a[:3] for a in audits(db, "plan")] == [(recorded(db, "bob"), "retire", "archiving")]


def test_basis_changes_only_while_no_invoice_billed_the_plan(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    # Nothing billed sharepoint-sites and no history uses it: it may become per_plan, and loses its unit.
    with unit_of_work(db) as s:
        catalogue.edit_plan(s, "sharepoint-sites", unit={"en": "site"})
        view = catalogue.edit_plan(s, "sharepoint-sites", basis="per_plan")
    assert (view.basis, view.unit, view.version) == ("per_plan", None, 3)
    # Becoming per_unit needs a unit.
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            catalogue.edit_plan(s, "sharepoint-sites", basis="per_unit")
    assert [(p.where, p.id) for p in exc.value.problems] == [("unit", "missing")]

    run_billing(db, date(2026, 1, 31))
    with unit_of_work(db) as s:
        billed = s.scalars(select(InvoiceLine.amount).join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                           .where(InvoiceLine.plan_id == w.plans["archiving"])).all()
        assert billed == [D("20.00")]
        assert catalogue.plan_billed(s, "archiving") and not catalogue.plan_billed(s, "exchange-basic")
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            catalogue.edit_plan(s, "archiving", basis="per_user", name={"en": "Archive"})
    assert [(p.where, p.id) for p in exc.value.problems] == [("basis", "basis_billed")]
    assert exc.value.messages() == ["basis: the basis of plan 'archiving' cannot change: invoices have already "
                                    "billed it per_plan"]
    with unit_of_work(db) as s:
        plan = catalogue.get_plan(s, "archiving")
    assert (plan.basis, plan.name) == ("per_plan", {"en": "Archiving"})  # nothing of the edit was written


def test_basis_change_refused_when_a_recorded_history_would_not_fit(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)  # subscribes 3 SharePoint sites
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            catalogue.edit_plan(s, "sharepoint-sites", basis="per_user")
    assert [(p.where, p.id) for p in exc.value.problems] == [("basis", "basis_history")]
    assert exc.value.messages() == [
        "basis: the basis of plan 'sharepoint-sites' cannot become per_user: the recorded history of company "
        "'c1' would not fit it (plan 'sharepoint-sites' is billed per_user; its quantity is not set by hand)"]


def test_a_retired_plan_takes_no_new_subscription_but_running_ones_are_billed(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    add_company(db, w, "d2", signup=date(2026, 2, 1))
    add_company(db, w, "d3", signup=date(2026, 2, 1), events=[
        (date(2026, 2, 1), "subscribe", {"plan": "exchange-basic"})])
    with unit_of_work(db) as s:
        catalogue.retire_plan(s, "archiving", date(2026, 2, 15))
    with unit_of_work(db) as s:
        assert catalogue.check_open(s, "archiving", date(2026, 2, 14)).code == "archiving"
        with pytest.raises(ProrataError) as exc:
            catalogue.check_open(s, "archiving", date(2026, 2, 15))
    assert exc.value.messages() == [
        "plan: plan 'archiving' is retired since 2026-02-15: it takes no new subscription on 2026-02-15"]

    doc = {"format": FORMAT, "events": [
        {"date": "2026-03-01", "company": "d2", "type": "subscribe", "plan": "archiving"},
        {"date": "2026-03-01", "company": "d3", "type": "plan_change", "plan": "exchange-basic",
         "to_plan": "archiving"},
        {"date": "2026-03-01", "company": "d3", "type": "cancel", "plan": "archiving"},
        {"date": "2026-02-14", "company": "d2", "type": "subscribe", "plan": "sharepoint-sites", "quantity": 2}]}
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            import_bundle(s, doc)
    # The cancel depends on the refused change and is not judged on its own.
    assert [(p.where, p.id) for p in exc.value.problems] == [
        ("$.events[0].plan", "plan_retired"), ("$.events[1].to_plan", "plan_retired")]

    # d1 subscribed before the retirement: billed every month as before (20.00 + 20 % tax).
    report = run_billing(db, date(2026, 4, 30))
    assert [(o.code, o.boundary, o.total) for o in report.of("billed") if o.code == "d1"] == [
        ("d1", date(2026, 1, 31), "24.00"), ("d1", date(2026, 2, 28), "24.00"), ("d1", date(2026, 3, 31), "24.00"),
        ("d1", date(2026, 4, 30), "24.00")]


def test_retiring_before_a_recorded_subscription_is_refused(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            catalogue.retire_plan(s, "archiving", date(2026, 1, 31))
    assert [(p.where, p.id) for p in exc.value.problems] == [("on", "retire_after_subscription")]
    assert "company 'd1' subscribes to it on 2026-01-31" in exc.value.messages()[0]
    with unit_of_work(db) as s:
        assert catalogue.retire_plan(s, "archiving", date(2026, 2, 1)).retired_on == date(2026, 2, 1)
        assert catalogue.unretire_plan(s, "archiving").retired_on is None
    assert problems(lambda: _unretire(db, "archiving")) == [("retired_on", "not_retired")]
    assert problems(lambda: _retire(db, "archiving", date(1999, 12, 31))) == [("on", "date_out_of_range")]
    assert problems(lambda: _retire(db, "nope", date(2026, 2, 1))) == [("code", "not_found")]


def _retire(db, code, on):
    with unit_of_work(db) as s:
        catalogue.retire_plan(s, code, on)


def _unretire(db, code):
    with unit_of_work(db) as s:
        catalogue.unretire_plan(s, code)


def test_bundle_plans_carry_unit_and_retirement(db):
    build(db)
    doc = {"format": FORMAT, "plans": [
        {"code": "disk", "service": "sharepoint", "basis": "per_unit", "name": {"en": "Disk"},
         "unit": {"en": "GB", "de": "GB"}, "retired_on": "2026-06-01"},
        {"code": "flat", "service": "sharepoint", "basis": "per_plan", "name": {"en": "Flat"},
         "unit": {"en": "site"}},
        {"code": "bad", "service": "sharepoint", "basis": "per_unit", "name": {"en": "Bad"},
         "unit": {"en": "\x07"}, "retired_on": "2026-13-01"}]}
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            import_bundle(s, doc)
    assert [(p.where, p.id) for p in exc.value.problems] == [
        ("$.plans[1].unit", "unit_not_for_basis"), ("$.plans[2].unit.en", "control_character"),
        ("$.plans[2].retired_on", "bad_date")]
    doc["plans"] = doc["plans"][:1]
    with unit_of_work(db) as s:
        import_bundle(s, doc)
    with unit_of_work(db) as s:
        disk = catalogue.get_plan(s, "disk", on=date(2026, 6, 1))
    assert (disk.unit, disk.retired_on, disk.retired) == ({"en": "GB", "de": "GB"}, date(2026, 6, 1), True)


def test_catalogue_round_trips_through_a_bundle(db, fresh_db):
    build(db)
    with unit_of_work(db) as s:
        catalogue.add_plan(s, "disk", "sharepoint", "per_unit", {"en": "Disk", "de": "Speicher"},
                           unit={"en": "GB"}, description={"en": "By the gigabyte"})
        catalogue.retire_plan(s, "archiving", date(2026, 3, 1))
        extra_items.add_item(s, "setup", {"en": "Setup", "de": "Einrichtung"}, False, {"EUR": "20.00", "JPY": "2500"})
        extra_items.add_item(s, "backup", {"en": "Backup"}, True, {})
        extra_items.retire_item(s, "backup", date(2026, 5, 1))
    with unit_of_work(db) as s:
        first = export_bundle(s)
    assert [p for p in first["plans"] if p["code"] in ("archiving", "disk")] == [
        {"code": "archiving", "service": "exchange", "basis": "per_plan", "name": {"en": "Archiving"},
         "retired_on": "2026-03-01"},
        {"code": "disk", "service": "sharepoint", "basis": "per_unit", "name": {"en": "Disk", "de": "Speicher"},
         "description": {"en": "By the gigabyte"}, "unit": {"en": "GB"}}]
    assert first["extra_items"] == [
        {"code": "backup", "name": {"en": "Backup"}, "recurring": True, "amounts": {}, "retired_on": "2026-05-01"},
        {"code": "setup", "name": {"en": "Setup", "de": "Einrichtung"}, "recurring": False,
         "amounts": {"EUR": "20.00", "JPY": "2500"}}]
    other = fresh_db()
    with unit_of_work(other) as s:
        result = import_bundle(s, json.loads(json.dumps(first)))
    assert result.counts["extra_items"] == 2 and result.counts["plans"] == 4
    with unit_of_work(other) as s:
        second = export_bundle(s)
    assert json.dumps(second, ensure_ascii=False, indent=2) == json.dumps(first, ensure_ascii=False, indent=2)
