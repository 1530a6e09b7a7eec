"""Changing billing settings one at a time: switches, tax rate, numbering, minimum charges; audited."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import AuditEntry, MinimumCharge
from app.services import billing_settings as settings
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build

D = Decimal


def test_read_shows_own_and_effective_switches(db):
    build(db)
    with unit_of_work(db) as s:
        hoster, acme = settings.read(s)
    assert (hoster.issuer, hoster.tax_rate, hoster.switches["invoicing"]) == ("hoster", D("20"), True)
    assert (acme.issuer, acme.tax_rate, acme.switches["invoicing"], acme.effective["invoicing"]) == (
        "acme", D("19"), None, True)


def test_switching_invoicing_off_for_a_reseller_skips_its_companies(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        after = settings.set_value(s, "acme", "invoicing", "off")
    assert (after.switches["invoicing"], after.effective["invoicing"]) == (False, False)
    report = run_billing(db, date(2026, 1, 31))
    assert [(o.code, o.outcome) for o in report.outcomes] == [("c1", "skipped"), ("d1", "billed")]
    with unit_of_work(db) as s:
        settings.set_value(s, "acme", "invoicing", "inherit")  # follows the hoster again
        audits = s.scalars(select(AuditEntry).where(AuditEntry.entity == "billing_setting")
                           .order_by(AuditEntry.id)).all()
    assert [(a.entity_id, a.before, a.after) for a in audits] == [
        ("acme.invoicing", {"invoicing": None}, {"invoicing": False}),
        ("acme.invoicing", {"invoicing": False}, {"invoicing": None})]
    assert [o.code for o in run_billing(db, date(2026, 1, 31)).of("billed")] == ["c1"]


def test_hoster_invoicing_off_refuses_the_run(db):
    build(db)
    with unit_of_work(db) as s:
        settings.set_value(s, "hoster", "invoicing", False)
    with pytest.raises(ProrataError) as exc:
        run_billing(db, date(2026, 3, 1))
    assert "invoicing is switched off" in exc.value.messages()[0]


def test_tax_rate_numbering_and_minimum(db):
    build(db)
    with unit_of_work(db) as s:
        settings.set_value(s, "hoster", "tax_rate", "7.5")
        settings.set_value(s, "acme", "invoice_number_format", "AC-{year}-{seq:04}")
        after = settings.set_minimum(s, "acme", "EUR", "10.00", "top_up")
    assert after.minimums == [("EUR", D("10.00"), "top_up")]
    with unit_of_work(db) as s:
        hoster, acme = settings.read(s)
        assert (hoster.tax_rate, acme.invoice_number_format) == (D("7.5"), "AC-{year}-{seq:04}")
        assert settings.set_minimum(s, "acme", "EUR", None).minimums == []


@pytest.mark.parametrize("issuer,name,value,message", [
    ("hoster", "invoicing", None, "hoster.invoicing: the hoster's invoicing must be on or off"),
    ("hoster", "invoicing", "inherit", "hoster.invoicing: the hoster's invoicing must be on or off"),
    ("acme", "invoicing", "maybe", "acme.invoicing: 'maybe' is not a switch value: use on or off, or inherit"),
    ("acme", "tax_rate", "120", "'120' is not a tax rate"),
    ("acme", "invoice_number_format", "INV-{number}", "invoice number format"),
    ("acme", "colour", "red", "'colour' is not a billing setting"),
    ("nobody", "tax_rate", "5", "no reseller 'nobody'"),
])
def test_bad_settings_are_refused_and_change_nothing(db, issuer, name, value, message):
    build(db)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            settings.set_value(s, issuer, name, value)
    assert message in exc.value.messages()[0]
    with unit_of_work(db) as s:
        assert [x.as_json() for x in settings.read(s)][1]["tax_rate"] == "19"
        assert s.scalars(select(AuditEntry)).all() == []


def test_minimum_in_a_disabled_currency_or_with_too_many_decimals(db):
    build(db)
    for currency, amount, message in (("GBP", "5.00", "hoster.min_charge.GBP: currency GBP is not enabled"),
                                      ("JPY", "5.5", "hoster.min_charge.JPY: 5.5 has more decimals than JPY "
                                                     "allows (0)")):
        with pytest.raises(ProrataError) as exc:
            with unit_of_work(db) as s:
                settings.set_minimum(s, "hoster", currency, amount)
        assert message in exc.value.messages()[0]


def test_cli_settings(sqlite_db, capsys):
    from app.cli.main import main

    build(sqlite_db)
    url = str(sqlite_db.url)
    assert main(["settings", "set", "acme", "invoicing", "off", "--db", url]) == 0
    assert main(["settings", "set", "acme", "checks", "off", "--db", url]) == 0
    assert main(["settings", "min-charge", "hoster", "eur", "5.00", "--policy", "top_up", "--db", url]) == 0
    capsys.readouterr()
    assert main(["settings", "show", "--db", url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "hoster  Northwind Hosting",
        "  tax 20 %, numbers INV-{year}-{seq:05}",
        "  invoicing on, payment_collection on, email_delivery on, checks on",
        "  minimum charges: EUR 5.00 top_up",
        "acme  Acme Cloud GmbH",
        "  tax 19 %, numbers INV-{year}-{seq:05}",
        "  invoicing off, payment_collection on (hoster's), email_delivery on (hoster's), checks off",
        "  minimum charges: none",
    ]
    assert main(["settings", "show", "--json", "--db", url]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown[1]["settings"] == {"invoicing": False, "payment_collection": None, "email_delivery": None,
                                    "checks": False}
    assert shown[1]["effective"]["checks"] is False and shown[0]["effective"]["checks"] is True
    assert shown[0]["min_charge"] == [{"currency": "EUR", "amount": "5.00", "policy": "top_up"}]
    assert main(["settings", "set", "hoster", "tax_rate", "x", "--db", url]) == 2
    assert "hoster.tax_rate: 'x' is not a tax rate" in capsys.readouterr().err
    assert main(["settings", "min-charge", "acme", "EUR", "5", "--remove", "--db", url]) == 2
    assert "give an AMOUNT or --remove, not both" in capsys.readouterr().err


def test_a_resellers_minimum_charge_carries_its_reseller(db):
    w = build(db)
    with unit_of_work(db) as s:
        settings.set_minimum(s, "acme", "EUR", "5.00")
        row = s.scalars(select(MinimumCharge)).one()
    assert (row.issuer_key, row.reseller_id) == (f"reseller:{w.resellers['acme']}", w.resellers["acme"])
