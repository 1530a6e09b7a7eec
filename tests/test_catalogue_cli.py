"""``prorata services|plans|extras``: the catalogue from the command line; bad input exits 2 saying what and where."""
from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.services import catalogue
from app.storage.engine import unit_of_work
from tests.billing_world import build
from tests.actors import recorded


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def cli(db, capsys):
    """Run ``prorata ARGS --db <db>``: (exit status, stdout, stderr)."""
    build(db)

    def run(*args: str) -> tuple[int, str, str]:
        status = main([*args, "--db", url(db)])
        out = capsys.readouterr()
        return status, out.out, out.err
    return run


def test_services_list_add_and_edit(cli):
    assert cli("services", "add", "citrix", "--name", "en=Citrix", "--name", "de=Citrix") == (
        0, "service citrix added\n", "")
    assert cli("services", "edit", "citrix", "--description", "en=Virtual desktops")[0] == 0
    status, out, _ = cli("services", "list", "--json")
    assert json.loads(out) == [
        {"code": "citrix", "name": {"en": "Citrix", "de": "Citrix"}, "description": {"en": "Virtual desktops"},
         "plans": 0},
        {"code": "exchange", "name": {"en": "Exchange mailbox"}, "description": None, "plans": 2},
        {"code": "sharepoint", "name": {"en": "SharePoint"}, "description": None, "plans": 1}]
    assert cli("services", "edit", "citrix", "--clear", "description")[0] == 0
    status, out, _ = cli("services", "list", "--search", "citrix")
    assert out.split() == ["citrix", "Citrix", "0", "plan(s)"]
    assert cli("services", "add", "citrix", "--name", "en=Citrix") == (
        2, "", "prorata: error: code: service 'citrix' already exists in the database\n")
    assert cli("services", "edit", "citrix") == (
        2, "", "prorata: error: nothing to change: give at least one of --name, --description, "
               "--clear description\n")


def test_plans_add_show_and_list(cli):
    assert cli("plans", "add", "exchange-pro", "--service", "exchange", "--basis", "per_user",
               "--name", "en=Exchange Pro", "--name", "de=Exchange Pro")[0] == 0
    assert cli("plans", "add", "disk", "--service", "sharepoint", "--basis", "per_unit", "--name", "en=Disk",
               "--unit", "en=GB", "--unit", "de=GB") == (0, "plan disk added (sharepoint, per_unit)\n", "")
    status, out, _ = cli("plans", "show", "disk", "--json")
    assert json.loads(out) == {"code": "disk", "service": "sharepoint", "basis": "per_unit", "name": {"en": "Disk"},
                               "description": None, "unit": {"en": "GB", "de": "GB"}, "retired_on": None,
                               "retired": False, "version": 1, "billed": False}
    status, out, _ = cli("plans", "list", "--service", "exchange", "--json")
    assert [p["code"] for p in json.loads(out)] == ["archiving", "exchange-basic", "exchange-pro"]
    status, out, _ = cli("plans", "show", "disk")
    assert out.splitlines()[:3] == ["plan disk  (version 1)", "  service      sharepoint",
                                    "  basis        per_unit"]
    assert "  unit de      GB" in out.splitlines()


def test_plans_bad_input_exits_2_with_what_and_where_and_writes_nothing(cli, db):
    assert cli("plans", "add", "disk", "--service", "sharepoint", "--basis", "per_unit", "--name", "en=Disk") == (
        2, "", "prorata: error: unit: unit (what a per_unit plan counts) is required\n")
    assert cli("plans", "add", "disk", "--service", "sharepoint", "--basis", "per_unit", "--name", "Disk") == (
        2, "", "prorata: error: --name: 'Disk' is not LANGUAGE=TEXT (such as en=Exchange)\n")
    status, _, err = cli("plans", "add", "=disk", "--service", "storage", "--basis", "per_plan",
                         "--name", "de=Speicher\x1b[31m")
    assert status == 2
    assert err.splitlines() == [
        "prorata: error: code: '=disk' is not a code: a code must not begin with = + - or @",
        "prorata: error: service: unknown service 'storage'",
        "prorata: error: name.de: text contains a control character (U+001B); type it without one"]
    with pytest.raises(SystemExit) as exc:
        cli("plans", "add", "disk", "--service", "sharepoint", "--basis", "per_week", "--name", "en=Disk")
    assert exc.value.code == 2
    with unit_of_work(db) as s:
        assert [p.code for p in catalogue.list_plans(s)] == ["archiving", "exchange-basic", "sharepoint-sites"]


def test_plans_edit_merges_names_and_refuses_a_stale_version(cli, db, monkeypatch):
    assert cli("plans", "edit", "archiving", "--name", "de=Archivierung") == (
        0, "plan archiving saved (version 2)\n", "")
    assert cli("plans", "edit", "sharepoint-sites", "--unit", "en=site", "--description", "en=Team sites")[0] == 0
    assert cli("plans", "edit", "sharepoint-sites", "--clear", "description")[0] == 0
    status, out, _ = cli("plans", "list", "--json")
    plans = {p["code"]: p for p in json.loads(out)}
    assert plans["archiving"]["name"] == {"en": "Archiving", "de": "Archivierung"}
    assert (plans["sharepoint-sites"]["unit"], plans["sharepoint-sites"]["description"],
            plans["sharepoint-sites"]["version"]) == ({"en": "site"}, None, 3)
    monkeypatch.setenv("PRORATA_ACTOR", "bob")
    assert cli("plans", "edit", "archiving", "--name", "de=Archiv")[0] == 0  # version 3 now
    monkeypatch.setenv("PRORATA_ACTOR", "ann")
    assert cli("plans", "edit", "archiving", "--name", "en=Archive", "--expect-version", "2") == (
        2, "", f"prorata: error: version: plan 'archiving' was edited meanwhile by {recorded(db, 'bob')}; nothing "
               "was saved: open it again to see their change\n")
    assert cli("plans", "edit", "archiving", "--name", "en=Archive", "--expect-version", "3")[0] == 0
    assert cli("plans", "edit", "archiving", "--unit", "en=site") == (
        2, "", "prorata: error: unit: only a per_unit plan has a unit; plan 'archiving' is billed per_plan\n")
    assert cli("plans", "edit", "nope", "--name", "en=X") == (2, "", "prorata: error: code: no plan 'nope'\n")


def test_plans_retire_and_undo(cli):
    assert cli("plans", "retire", "archiving", "--on", "2026-05-01") == (
        0, "plan archiving retires on 2026-05-01\n", "")
    status, out, _ = cli("plans", "list", "--state", "retired", "--on", "2026-05-01")
    assert out.split() == ["archiving", "exchange", "per_plan", "Archiving", "retired", "since", "2026-05-01"]
    status, out, _ = cli("plans", "list", "--state", "retired", "--on", "2026-04-30")
    assert out == ""
    assert cli("plans", "retire", "archiving", "--on", "2026-02-30") == (
        2, "", "prorata: error: --on: '2026-02-30' is not a date (use YYYY-MM-DD)\n")
    assert cli("plans", "retire", "archiving") == (2, "", "prorata: error: --on: --on DATE (or --undo) is required\n")
    assert cli("plans", "retire", "archiving", "--undo") == (0, "plan archiving is no longer retired\n", "")
    assert cli("plans", "retire", "archiving", "--undo") == (
        2, "", "prorata: error: retired_on: plan 'archiving' is not retired\n")


def test_extras_add_edit_list_and_retire(cli):
    assert cli("extras", "add", "setup", "--name", "en=Setup fee", "--amount", "EUR=20.00",
               "--amount", "jpy=2500") == (0, "extra item setup added\n", "")
    assert cli("extras", "add", "backup", "--name", "en=Backup", "--recurring")[0] == 0
    assert cli("extras", "edit", "setup", "--amount", "EUR=25.00", "--amount", "JPY=", "--amount", "USD=30.00") == (
        0, "extra item setup saved (version 2)\n", "")
    assert cli("extras", "retire", "backup", "--on", "2199-06-01")[0] == 0
    status, out, _ = cli("extras", "list", "--json")
    assert json.loads(out) == [
        {"code": "backup", "name": {"en": "Backup"}, "recurring": True, "amounts": {}, "retired_on": "2199-06-01",
         "retired": False, "version": 2},
        {"code": "setup", "name": {"en": "Setup fee"}, "recurring": False,
         "amounts": {"EUR": "25.00", "USD": "30.00"}, "retired_on": None, "retired": False, "version": 2}]
    status, out, _ = cli("extras", "list", "--state", "active")
    assert out.splitlines()[1].split() == ["setup", "Setup", "fee", "one-off", "EUR", "25.00,", "USD", "30.00"]


def test_extras_bad_input_exits_2(cli):
    status, _, err = cli("extras", "add", "setup", "--name", "en=Setup", "--amount", "EUR=20,00",
                         "--amount", "GBP=1.00")
    assert status == 2
    assert err.splitlines() == [
        "prorata: error: amounts.EUR: '20,00' is not an amount (write it as a string such as \"12.50\")",
        "prorata: error: amounts.GBP: currency GBP is not enabled for this hoster"]
    assert cli("extras", "add", "setup", "--name", "en=Setup", "--amount", "20.00") == (
        2, "", "prorata: error: --amount: '20.00' is not CURRENCY=AMOUNT (such as EUR=20.00)\n")
    assert cli("extras", "list") == (0, "", "")
