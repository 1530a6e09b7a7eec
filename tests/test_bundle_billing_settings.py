"""A bundle's billing settings: tax, invoice numbering, minimum charges, switches; then a billing run on them."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bundle.exporter import export_bundle
from app.bundle.importer import import_bundle
from app.bundle.reader import dumps, parse_json
from app.cli.main import main
from app.errors import ProrataError
from app.models import Company, CompanyEvent, Hoster, Invoice, MinimumCharge, Reseller
from app.storage import schema
from app.storage.engine import make_engine, unit_of_work

D = Decimal
DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example_bundle.json"


def example() -> dict:
    """The example bundle, read as the CLI reads it (numbers with a fraction as Decimal)."""
    return parse_json(EXAMPLE.read_text(encoding="utf-8"))


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def load(engine, doc: dict):
    with unit_of_work(engine) as s:
        return import_bundle(s, doc, source="test.json")


def problems(engine, doc: dict) -> list[tuple[str, str]]:
    with pytest.raises(ProrataError) as exc:
        load(engine, doc)
    return [(p.where, p.id) for p in exc.value.problems]


def export(engine) -> dict:
    with unit_of_work(engine) as s:
        return export_bundle(s)


@pytest.fixture
def fresh_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    schema.upgrade(engine)
    yield engine
    engine.dispose()


def every_key() -> dict:
    """The example with every new key used, defaults left out where they may be."""
    doc = example()
    doc["hoster"]["min_charge"].append({"currency": "JPY", "amount": "500", "policy": "top_up"})
    doc["settings"] = {"invoicing": True, "payment_collection": False}  # email_delivery: the default, true
    doc["resellers"].append({"code": "beta", "name": "Beta Reseller", "currency": "USD",
                             "tax_treatment": "reverse_charge", "tax_id": "FR47528391046",
                             "settings": {"invoicing": False, "payment_collection": True}})
    doc["companies"] += [
        {"code": "d1", "name": "Direct Ltd", "currency": "EUR", "signup": "2026-02-01", "email": "ap@d1.example",
         "tax_treatment": "exempt"},
        {"code": "c2", "name": "Own Rate SA", "reseller": "acme", "currency": "EUR", "signup": "2026-02-01",
         "email": "ap@c2.example", "tax_rate": "7.5"},
    ]
    doc["events"] += [
        {"date": "2026-02-01", "company": "c1", "type": "extra", "code": "hardware-lease", "amount": "25.00",
         "recurring": True, "description": {"en": "Hardware lease"}},
        {"date": "2026-04-01", "company": "c1", "type": "extra_end", "code": "hardware-lease"},
    ]
    return doc


def test_every_new_key_lands_in_its_row(db):
    load(db, every_key())
    with unit_of_work(db) as s:
        h = s.get(Hoster, 1)
        assert (h.tax_rate, h.invoice_number_format) == (D("20"), "INV-{year}-{seq:05}")
        assert (h.invoicing, h.payment_collection, h.email_delivery) == (True, False, True)
        assert h.checks is True  # the example says so; a bundle without ``checks`` leaves cheques on too
        r = {x.code: x for x in s.scalars(select(Reseller))}
        acme, beta = r["acme"], r["beta"]
        assert (acme.tax_rate, acme.invoice_number_format, acme.tax_treatment) == \
            (D("19"), "AC-{year}-{seq:04}", "standard")
        assert (acme.invoicing, acme.payment_collection, acme.email_delivery) == (None, None, False)
        # Nothing given: rate 0, the default series, standard treatment, every switch as the hoster's.
        assert (beta.tax_rate, beta.invoice_number_format, beta.tax_treatment) == \
            (D("0"), "INV-{year}-{seq:05}", "reverse_charge")
        assert (beta.invoicing, beta.payment_collection, beta.email_delivery, beta.checks) == \
            (False, True, None, None)
        minimums = [(m.issuer_key, m.reseller_id, m.currency, m.amount, m.policy)
                    for m in s.scalars(select(MinimumCharge).order_by(MinimumCharge.issuer_key,
                                                                      MinimumCharge.currency))]
        assert minimums == [("hoster", None, "EUR", D("5.00"), "defer"), ("hoster", None, "JPY", D("500"), "top_up"),
                            (f"reseller:{acme.id}", acme.id, "EUR", D("10.00"), "defer")]
        c = {x.code: x for x in s.scalars(select(Company))}
        assert [(k, c[k].tax_treatment, c[k].tax_rate) for k in ("c1", "c2", "d1")] == [
            ("c1", "standard", None), ("c2", "standard", D("7.5")), ("d1", "exempt", None)]
        lease = [(e.date, e.type, e.amount, e.recurring) for e in s.scalars(
            select(CompanyEvent).where(CompanyEvent.code == "hardware-lease").order_by(CompanyEvent.date))]
        assert lease == [(date(2026, 2, 1), "extra", D("25.00"), True), (date(2026, 4, 1), "extra_end", None, None)]


def test_export_import_export_is_identical_with_the_new_keys(db, fresh_sqlite):
    load(db, every_key())
    first = export(db)
    assert first["hoster"]["tax_rate"] == "20" and first["hoster"]["min_charge"] == [
        {"currency": "EUR", "amount": "5.00", "policy": "defer"},
        {"currency": "JPY", "amount": "500", "policy": "top_up"}]
    assert first["settings"] == {"invoicing": True, "payment_collection": False, "email_delivery": True,
                                 "checks": True}
    beta = first["resellers"][1]
    assert (beta["tax_rate"], beta["invoice_number_format"], beta["tax_treatment"], beta["settings"]) == \
        ("0", "INV-{year}-{seq:05}", "reverse_charge", {"invoicing": False, "payment_collection": True})
    assert "min_charge" not in beta
    companies = {c["code"]: c for c in first["companies"]}
    assert (companies["c2"]["tax_treatment"], companies["c2"]["tax_rate"]) == ("standard", "7.5")
    assert "tax_rate" not in companies["d1"] and companies["d1"]["tax_treatment"] == "exempt"
    assert {"date": "2026-04-01", "company": "c1", "type": "extra_end", "code": "hardware-lease"} in first["events"]
    load(fresh_sqlite, first)
    assert dumps(export(fresh_sqlite)) == dumps(first)


def test_cheques_switched_off_survive_export_and_import(db, fresh_sqlite):
    """Cheques off for everyone, back on for acme alone (as `prorata settings set` leaves them): the export
    carries both switches and an import into a new database (either backend) restores them."""
    from app.services import billing_settings

    load(fresh_sqlite, every_key())
    with unit_of_work(fresh_sqlite) as s:
        billing_settings.set_value(s, "hoster", "checks", "off")
        billing_settings.set_value(s, "acme", "checks", "on")
    first = export(fresh_sqlite)
    assert first["settings"] == {"invoicing": True, "payment_collection": False, "email_delivery": True,
                                 "checks": False}
    acme, beta = first["resellers"]
    assert acme["settings"] == {"email_delivery": False, "checks": True}
    assert beta["settings"] == {"invoicing": False, "payment_collection": True}  # beta's cheques: the hoster's
    load(db, first)
    with unit_of_work(db) as s:
        assert s.get(Hoster, 1).checks is False
        assert {r.code: r.checks for r in s.scalars(select(Reseller))} == {"acme": True, "beta": None}
    assert dumps(export(db)) == dumps(first)
    # The stored hoster takes cheques no more: a bundle saying otherwise is refused, as for the other switches.
    with pytest.raises(ProrataError) as exc:
        load(db, {"format": "prorata-bundle/1", "hoster": {"name": "Northwind Hosting", "currencies": ["EUR"]},
                  "settings": {"checks": True}})
    assert exc.value.messages() == [
        "$.settings.checks: the database's hoster has checks false; a bundle does not change a stored hoster "
        "(this one says true)"]


def test_bad_billing_settings_are_each_reported_at_their_path(db):
    doc = example()
    doc["hoster"].update(tax_rate="120", invoice_number_format="INV-{year}", min_charge=[
        {"currency": "JPY", "amount": "500.50"},
        {"currency": "EUR", "amount": "5.00", "policy": "later"},
        {"currency": "JPY", "amount": "500"}])
    doc["settings"] = {"invoicing": "yes", "colour": "blue"}
    doc["resellers"][0].update(tax_rate=D("20.5"), tax_treatment="domestic", invoice_number_format="{seq.real}",
                               min_charge=[{"currency": "GBP", "amount": "1.00"}], settings={"invoicing": 1})
    doc["companies"][0]["tax_treatment"] = "sometimes"
    doc["companies"] += [
        {"code": "c2", "name": "Reverse", "currency": "EUR", "signup": "2026-02-01", "email": "a@c2.example",
         "tax_treatment": "reverse_charge", "tax_rate": "5", "tax_id": "DE811907980"},
        {"code": "c3", "name": "Comma", "currency": "EUR", "signup": "2026-02-01", "email": "a@c3.example",
         "tax_rate": "7,5"},
        {"code": "c4", "name": "Precise", "currency": "EUR", "signup": "2026-02-01", "email": "a@c4.example",
         "tax_rate": "7.12345"},
    ]
    assert problems(db, doc) == [
        ("$.hoster.tax_rate", "bad_tax_rate"),
        ("$.hoster.invoice_number_format", "bad_number_format"),
        ("$.hoster.min_charge[0].amount", "too_many_decimals"),
        ("$.hoster.min_charge[1].policy", "bad_value"),
        ("$.hoster.min_charge[2].currency", "duplicate_in_file"),
        ("$.settings.colour", "unknown_key"),
        ("$.settings.invoicing", "bad_type"),
        ("$.resellers[0].tax_treatment", "bad_value"),
        ("$.resellers[0].tax_rate", "bad_tax_rate"),
        ("$.resellers[0].invoice_number_format", "bad_number_format"),
        ("$.resellers[0].min_charge[0].currency", "currency_disabled"),
        ("$.resellers[0].settings.invoicing", "bad_type"),
        ("$.companies[0].tax_treatment", "bad_value"),
        ("$.companies[1].tax_rate", "rate_needs_standard"),
        ("$.companies[2].tax_rate", "bad_tax_rate"),
        ("$.companies[3].tax_rate", "bad_tax_rate"),
    ]
    with pytest.raises(ProrataError) as exc:
        load(db, doc)
    messages = exc.value.messages()
    assert ("$.resellers[0].tax_rate: 20.5 is not a tax rate: write a percentage from 0 to 100 with at most "
            "4 decimals, such as \"20\" or \"7.5\"") in messages
    assert ("$.hoster.invoice_number_format: invoice number format 'INV-{year}' is not valid: use {seq} and "
            "optionally {year}, such as INV-{year}-{seq:05}") in messages
    assert "$.hoster.min_charge[0].amount: 500.50 has more decimals than JPY allows (0)" in messages
    assert ("$.hoster.min_charge[2].currency: minimum charge 'JPY' appears twice "
            "(first at $.hoster.min_charge[0].currency)") in messages
    assert ("$.settings.colour: unknown key 'colour' (expected one of: checks, email_delivery, invoicing, "
            "payment_collection)") in messages
    assert "$.settings.invoicing: expected true or false, got a string" in messages
    assert ("$.companies[1].tax_rate: a company's own tax_rate applies only to the standard tax treatment "
            "(this company's is reverse_charge)") in messages


def test_a_stored_hosters_settings_must_match(db):
    load(db, example())
    same = {"format": "prorata-bundle/1",
            "hoster": {"name": "Northwind Hosting", "currencies": ["EUR"], "tax_rate": "20.00",
                       "invoice_number_format": "INV-{year}-{seq:05}",
                       "min_charge": [{"currency": "EUR", "amount": "5.00"}]},
            "settings": {"invoicing": True}}
    assert load(db, same).summary() == "nothing"
    other = {"format": "prorata-bundle/1",
             "hoster": {"name": "Northwind Hosting", "currencies": ["EUR"], "tax_rate": "19",
                        "min_charge": [{"currency": "EUR", "amount": "5.00", "policy": "top_up"}]},
             "settings": {"invoicing": True, "email_delivery": False}}
    with pytest.raises(ProrataError) as exc:
        load(db, other)
    assert exc.value.messages() == [
        "$.hoster.tax_rate: the database's hoster has tax_rate 20; a bundle does not change a stored hoster "
        "(this one says 19)",
        "$.hoster.min_charge: the database's hoster has min_charge EUR 5.00 defer; a bundle does not change "
        "a stored hoster (this one says EUR 5.00 top_up)",
        "$.settings.email_delivery: the database's hoster has email_delivery true; a bundle does not change "
        "a stored hoster (this one says false)",
    ]
    with unit_of_work(db) as s:
        assert (s.get(Hoster, 1).tax_rate, s.get(Hoster, 1).email_delivery) == (D("20"), True)


def test_the_example_bills_in_acmes_name_with_acmes_rate_and_minimum(db, capsys):
    """The example bundle through a billing run (--issue), worked by hand.

    c1 (acme's, anniversary Jan 15): mailbox at its override 5.50, sites at acme's 12.00.
    acme: tax 19 %, minimum 10.00 EUR deferred, numbers AC-{year}-{seq:04}.
    - Jan 15: 5.50 is under acme's 10.00 minimum: deferred, no number.
    - Feb 15: mailbox 5.50 + 3 sites 36.00 + sites Feb 10-15: 3 x 12 x 5/31 = 5.806 -> 5.81 + support call
      50.00 = 97.31, plus the deferred 5.50 = 102.81; tax 19 % = 19.5339 -> 19.53; total 122.34.
    - Mar 15: mailbox 5.50 + 2 more sites Feb 20 - Mar 15: 2 x 12 x 23/28 = 19.714 -> 19.71, and the 5 sites
      cancelled Mar 1: -5 x 12 x 14/28 = -30.00; subtotal -4.79, tax -0.9101 -> -0.91: credit note of -5.70.
    The hoster invoices acme (day 1) its cost, taxed at the hoster's 20 %, numbered INV-{year}-{seq:05}:
    - Feb 1: the Jan 15 mailbox at 3.50 (acme's wholesale override); tax 0.70; total 4.20.
    - Mar 1: Feb 15's mailbox 3.50 + 3 sites x 8.00 + 3 x 8 x 5/31 = 3.871 -> 3.87 = 31.37; tax 6.274 -> 6.27;
      total 37.64.
    """
    assert main(["import", str(EXAMPLE), "--db", url(db)]) == 0
    capsys.readouterr()
    assert main(["bill", "run", "--as-of", "2026-03-20", "--issue", "--json", "--db", url(db)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(d["company"], d["boundary"]) for d in report["deferred"]] == [("c1", "2026-01-15")]
    # Totals compared as numbers: the run reports the Feb 15 total, which carries stored lines, as "122.3400".
    assert [(b["company"], b["boundary"], b["currency"], D(b["total"]), b["kind"]) for b in report["billed"]] == [
        ("c1", "2026-02-15", "EUR", D("122.34"), "invoice"),
        ("c1", "2026-03-15", "EUR", D("-5.70"), "credit_note"),
    ]
    assert report["reseller_invoices"] == 2 and report["failed"] == []
    with unit_of_work(db) as s:
        acme = s.scalar(select(Reseller.id))
        got = [(i.issue_date, i.number, i.issuer_key, i.subtotal, i.tax, i.total)
               for i in s.scalars(select(Invoice).where(Invoice.status != "carried").order_by(Invoice.issue_date))]
    assert got == [
        (date(2026, 2, 1), "INV-2026-00001", "hoster", D("3.50"), D("0.70"), D("4.20")),
        (date(2026, 2, 15), "AC-2026-0001", f"reseller:{acme}", D("102.81"), D("19.53"), D("122.34")),
        (date(2026, 3, 1), "INV-2026-00002", "hoster", D("31.37"), D("6.27"), D("37.64")),
        (date(2026, 3, 15), "AC-2026-0002", f"reseller:{acme}", D("-4.79"), D("-0.91"), D("-5.70")),
    ]
