"""``prorata prices set|show``: layer prices from the command line, through the price matrix service."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.models import AuditEntry, Price
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.actors import recorded


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def world(db):
    return build(db)


@pytest.fixture
def cli(db, world, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        status = main([*args, "--db", url(db)])
        out = capsys.readouterr()
        return status, out.out, out.err
    return run


def _row(out: str, plan: str, currency: str = "EUR") -> dict:
    return next(r for r in json.loads(out) if r["plan"] == plan and r["currency"] == currency)


def test_a_retail_price_from_a_date_keeps_the_past(cli, db, monkeypatch):
    monkeypatch.setenv("PRORATA_ACTOR", "ann")
    assert cli("prices", "set", "retail", "exchange-basic", "eur", "6.40", "--from", "2026-04-01",
               "--seller", "acme") == (0, "retail exchange-basic EUR 6.40 for acme from 2026-04-01\n", "")
    # acme: wholesale 4.00, its own cost 3.50; retail 6.00 until March, 6.40 from April.
    status, out, _ = cli("prices", "show", "--seller", "acme", "--currency", "EUR", "--on", "2026-03-31", "--json")
    assert _row(out, "exchange-basic") == {
        "currency": "EUR", "plan": "exchange-basic", "name": "Exchange Basic", "basis": "per_user",
        "wholesale": "4.00", "cost": "3.50", "retail": "6.00", "margin": "2.50", "holes": []}
    status, out, _ = cli("prices", "show", "--seller", "acme", "--plan", "exchange-basic", "--on", "2026-04-01",
                         "--json")
    assert [(r["currency"], r["retail"], r["margin"]) for r in json.loads(out)] == [
        ("EUR", "6.40", "2.90"), ("JPY", None, None), ("KWD", None, None), ("USD", None, None)]
    with unit_of_work(db) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "price")).one()
    assert (entry.actor, entry.action, entry.before, entry.after) == (recorded(db, "ann"), "set", None,
                                                                          {"amount": "6.40"})


def test_show_as_text_for_the_hoster(cli):
    status, out, _ = cli("prices", "show", "--currency", "EUR", "--on", "2026-03-01")
    lines = out.splitlines()
    assert lines[0] == "prices of seller hoster on 2026-03-01"
    # The hoster's own retail: archiving 20.00 with no wholesale (a hole); exchange-basic 6.50 over 4.00.
    assert lines[2].split() == ["archiving", "EUR", "-", "-", "20.00", "-", "missing:", "wholesale"]
    assert lines[3].split() == ["exchange-basic", "EUR", "4.00", "-", "6.50", "2.50"]


def test_a_companys_own_price(cli, db, world):
    add_company(db, world, "c1", reseller="acme")
    assert cli("prices", "set", "company_override", "exchange-basic", "EUR", "5.50", "--from", "2026-03-01",
               "--company", "c1")[0] == 0
    status, out, _ = cli("prices", "show", "--company", "c1", "--currency", "EUR", "--on", "2026-03-01", "--json")
    assert _row(out, "exchange-basic") == {
        "currency": "EUR", "plan": "exchange-basic", "name": "Exchange Basic", "basis": "per_user",
        "retail": "6.00", "own": "5.50", "own_from": "2026-03-01", "own_ended": None,
        "pays": "5.50"}
    with unit_of_work(db) as s:
        price = s.scalars(select(Price).where(Price.layer == "company_override")).one()
    assert (price.company_id, price.reseller_id) == (world.companies["c1"], world.resellers["acme"])


@pytest.mark.parametrize("args, err", [
    (("retail", "exchange-basic", "EUR", "6,40"),
     "AMOUNT: '6,40' is not an amount (write it as a string such as \"12.50\")"),
    (("retail", "exchange-basic", "EUR", "1E+2"),
     "AMOUNT: '1E+2' is not an amount (write it as a string such as \"12.50\")"),
    (("retail", "exchange-basic", "JPY", "10.5"), "AMOUNT: 10.5 has more decimals than JPY allows (0)"),
    (("retail", "exchange-basic", "EUR", "-1.00"), "AMOUNT: -1.00 must not be negative"),
    (("retail", "exchange-basic", "GBP", "1.00"), "CURRENCY: currency GBP is not enabled for this hoster"),
    (("retail", "exchange-basic", "EURO", "1.00"), "CURRENCY: unknown currency 'EURO' (not an ISO 4217 code)"),
    (("retail", "nope", "EUR", "1.00"), "plan: unknown plan 'nope'"),
    (("wholesale_override", "exchange-basic", "EUR", "3.00"),
     "--seller: --seller RESELLER (whose cost it is) is required"),
    (("wholesale", "exchange-basic", "EUR", "3.00", "--seller", "acme"),
     "--seller: '--seller' does not belong to a wholesale price"),
    (("retail", "exchange-basic", "EUR", "3.00", "--company", "c1"),
     "--company: '--company' does not belong to a retail price"),
    (("company_override", "exchange-basic", "EUR", "3.00"),
     "--company: --company (whose own price it is) is required"),
    (("company_override", "exchange-basic", "EUR", "3.00", "--company", "zz"), "company: unknown company 'zz'"),
])
def test_bad_input_exits_2_saying_what_and_where_and_writes_nothing(cli, db, args, err):
    with unit_of_work(db) as s:
        before = len(s.scalars(select(Price)).all())
    assert cli("prices", "set", *args, "--from", "2026-04-01") == (2, "", f"prorata: error: {err}\n")
    with unit_of_work(db) as s:
        assert len(s.scalars(select(Price)).all()) == before


def test_bad_dates_and_filters_exit_2(cli):
    assert cli("prices", "set", "retail", "exchange-basic", "EUR", "6.40", "--from", "01.04.2026") == (
        2, "", "prorata: error: --from: '01.04.2026' is not a date (use YYYY-MM-DD)\n")
    assert cli("prices", "show", "--on", "2026-13-01") == (
        2, "", "prorata: error: --on: '2026-13-01' is not a date (use YYYY-MM-DD)\n")
    assert cli("prices", "show", "--plan", "nope") == (2, "", "prorata: error: --plan: unknown plan 'nope'\n")
    assert cli("prices", "show", "--currency", "GBP") == (
        2, "", "prorata: error: --currency: currency GBP is not enabled for this hoster\n")
    with pytest.raises(SystemExit) as exc:
        cli("prices", "set", "list_price", "exchange-basic", "EUR", "6.40", "--from", "2026-04-01")
    assert exc.value.code == 2
