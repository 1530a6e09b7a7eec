"""Importing a bundle: the issue's example lands in the right rows; bad input is refused whole."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bundle.importer import import_bundle
from app.bundle.reader import read_bundle
from app.cli.main import main
from app.errors import ProrataError
from app.models import (AuditEntry, Company, CompanyEvent, Currency, Hoster, Plan, Price, Reseller, Service,
                        User)
from app.storage.engine import unit_of_work

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example_bundle.json"
BAD = DATA / "bad_bundle.json"
TABLES = (AuditEntry, Company, CompanyEvent, Currency, Hoster, Plan, Price, Reseller, Service, User)


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def load(engine, doc: dict, **kw):
    with unit_of_work(engine) as s:
        return import_bundle(s, doc, source="test.json", **kw)


def problems(engine, doc: dict) -> list[tuple[str, str]]:
    """(where, id) of every problem the import reports."""
    with pytest.raises(ProrataError) as exc:
        load(engine, doc)
    return [(p.where, p.id) for p in exc.value.problems]


def row_counts(engine) -> dict[str, int]:
    with unit_of_work(engine) as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


def test_the_issues_example_lands_in_the_right_rows(db):
    result = load(db, example())
    assert result.counts == {"hoster": 1, "currencies": 3, "services": 2, "plans": 2, "resellers": 1,
                             "companies": 1, "users": 1, "prices": 7, "events": 6}
    with unit_of_work(db) as s:
        hoster = s.get(Hoster, 1)
        assert (hoster.name, hoster.language, hoster.address["city"]) == ("Northwind Hosting", "en_GB", "Leeds")
        assert {c.code: c.enabled for c in s.scalars(select(Currency))} == {"EUR": True, "USD": True, "JPY": True}
        acme = s.scalars(select(Reseller)).one()
        assert (acme.code, acme.billing_day, acme.billing_mode, acme.language) == \
            ("acme", 1, "reseller_bills", "de_DE")
        contoso = s.scalars(select(Company)).one()
        assert (contoso.code, contoso.name, contoso.reseller_id) == ("c1", "Contoso Ltd", acme.id)
        assert contoso.billing_day is None  # "anniversary"
        assert contoso.signup == date(2026, 1, 15)
        assert contoso.address == {"lines": ["Hauptstr. 1"], "city": "Berlin", "postcode": "10115", "country": "DE"}
        ann = s.scalars(select(User)).one()
        assert (ann.email, ann.name, ann.company_id, ann.reseller_id) == \
            ("ann@contoso.example", "Ann Lee", contoso.id, acme.id)
        plans = {p.code: p for p in s.scalars(select(Plan))}
        assert plans["exchange-basic"].name == {"en": "Exchange Basic", "de": "Exchange Basis"}
        assert plans["sharepoint-sites"].basis == "per_unit"
        override = s.scalars(select(Price).where(Price.layer == "company_override")).one()
        assert (override.amount, override.company_id, override.reseller_id, override.valid_from) == \
            (Decimal("5.50"), contoso.id, acme.id, date(2026, 1, 1))
        hoster_retail = s.scalars(select(Price).where(Price.layer == "retail", Price.reseller_id.is_(None))).one()
        assert (hoster_retail.amount, hoster_retail.plan_id) == (Decimal("6.50"), plans["exchange-basic"].id)
        override_ws = s.scalars(select(Price).where(Price.layer == "wholesale_override")).one()
        assert (override_ws.reseller_id, override_ws.amount) == (acme.id, Decimal("3.50"))

        events = list(s.scalars(select(CompanyEvent).order_by(CompanyEvent.id)))
        assert len(events) == 6
        # Written in the order they take effect: the extra of 3 February comes third.
        assert [(e.date, e.type) for e in events] == [
            (date(2026, 1, 15), "subscribe"), (date(2026, 1, 15), "assign"), (date(2026, 2, 3), "extra"),
            (date(2026, 2, 10), "subscribe"), (date(2026, 2, 20), "quantity"), (date(2026, 3, 1), "cancel")]
        assert all(e.company_id == contoso.id and e.reseller_id == acme.id for e in events)
        assert events[1].user_id == ann.id and events[1].plan_id == plans["exchange-basic"].id
        extra = events[2]
        assert (extra.code, extra.amount, extra.recurring, extra.user_id) == \
            ("support-call", Decimal("50.00"), False, None)
        assert extra.description == {"en": "Support call", "de": "Support-Anruf"}
        assert (events[3].quantity, events[4].quantity) == (3, 5)
        audit = s.scalars(select(AuditEntry)).one()
        assert (audit.action, audit.entity, audit.entity_id) == ("import", "bundle", "test.json")
        assert audit.after["counts"]["events"] == 6


def test_a_bad_bundle_reports_every_problem_and_writes_nothing(db):
    found = problems(db, read_bundle(str(BAD)))
    assert found == [
        ("$.plans[1].basis", "bad_value"),
        ("$.resellers[0].billing_day", "bad_billing_day"),
        ("$.companies[1].currency", "unknown_currency"),
        ("$.companies[1].signup", "bad_date"),
        ("$.companies[2].currency", "currency_disabled"),
        ("$.companies[3].code", "duplicate_in_file"),
        ("$.users[1].company", "unknown"),
        ("$.prices[0].amount", "too_many_decimals"),
        ("$.prices[1].amount", "bad_amount"),
        ("$.prices[2].plan", "unknown"),
        ("$.prices[3].company", "missing"),
        ("$.events[0].date", "before_signup"),
        ("$.events[2].user", "unknown_user"),
        ("$.events[3].company", "unknown"),
        ("$.events[4].amount", "too_many_decimals"),
        ("$.events[5].code", "unknown"),
    ]
    assert set(row_counts(db).values()) == {0}


def test_messages_name_the_path_and_the_reason(db):
    with pytest.raises(ProrataError) as exc:
        load(db, read_bundle(str(BAD)))
    messages = exc.value.messages()
    assert "$.companies[2].currency: currency GBP is not enabled for this hoster" in messages
    assert "$.prices[0].amount: 4.001 has more decimals than EUR allows (2)" in messages
    assert '$.prices[1].amount: 400 is not an amount (write it as a string such as "12.50")' in messages
    assert "$.companies[3].code: company 'c1' appears twice (first at $.companies[0].code)" in messages
    assert "$.events[0].date: event dated 2026-01-10 is before the company's signup on 2026-01-15" in messages


@pytest.mark.parametrize("event, where, problem", [
    # sharepoint-sites was cancelled on 1 March: its quantity cannot change after.
    ({"date": "2026-03-05", "type": "quantity", "plan": "sharepoint-sites", "quantity": 2}, "plan", "not_subscribed"),
    ({"date": "2026-01-16", "type": "assign", "plan": "exchange-basic", "user": "ann@contoso.example"},
     "user", "already_assigned"),
    ({"date": "2026-01-20", "type": "quantity", "plan": "exchange-basic", "quantity": 2}, "quantity", "wrong_basis"),
    ({"date": "2026-03-20", "type": "subscribe", "plan": "sharepoint-sites"}, "plan", "wrong_basis"),
    ({"date": "2026-03-20", "type": "plan_change", "plan": "exchange-basic", "to_plan": "exchange-basic"},
     "to_plan", "already_subscribed"),
    ({"date": "2026-03-20", "type": "extra_end", "code": "support-call"}, "code", "unknown"),
])
def test_events_must_make_sense_against_the_companys_history(db, event, where, problem):
    doc = example()
    doc["events"].append({"company": "c1", **event})
    assert problems(db, doc) == [(f"$.events[6].{where}", problem)]


def test_one_mistake_gives_one_message_not_a_cascade(db):
    doc = example()
    doc["events"][0]["date"] = "2026-01-14"  # before signup: the subscription is refused...
    # ...so assigning Ann to it is not judged, and neither is anything else about that plan.
    assert problems(db, doc) == [("$.events[0].date", "before_signup")]


def test_an_extra_is_parsed_in_the_companys_currency_on_its_date(db):
    doc = example()
    doc["events"] += [
        {"date": "2026-04-01", "company": "c1", "type": "currency", "currency": "JPY"},
        {"date": "2026-04-02", "company": "c1", "type": "extra", "code": "late", "amount": "500.50",
         "recurring": False, "description": {"en": "Late"}},
        {"date": "2026-03-31", "company": "c1", "type": "extra", "code": "early", "amount": "500.50",
         "recurring": False, "description": {"en": "Early"}},
    ]
    assert problems(db, doc) == [("$.events[7].amount", "too_many_decimals")]
    doc["events"][7]["amount"] = "500"
    load(db, doc)
    with unit_of_work(db) as s:
        amounts = {code: amount for code, amount in s.execute(select(CompanyEvent.code, CompanyEvent.amount)
                                                               .where(CompanyEvent.code.in_(["late", "early"])))}
    assert amounts == {"late": Decimal("500"), "early": Decimal("500.50")}


def test_a_currency_change_under_a_running_recurring_extra_is_refused_naming_it(db):
    doc = example()
    doc["events"] += [
        {"date": "2026-03-02", "company": "c1", "type": "extra", "code": "backup", "amount": "20.00",
         "recurring": True, "description": {"en": "Backup"}},
        {"date": "2026-04-01", "company": "c1", "type": "currency", "currency": "JPY"},
    ]
    with pytest.raises(ProrataError) as exc:
        load(db, doc)
    assert exc.value.messages() == [
        "$.events[7].currency: the currency cannot change to JPY on 2026-04-01 while the recurring extra "
        "'backup' runs at 20.00 EUR: end the extra first, then add it again at its amount in JPY"]
    # Ended first, then added again in yen, the same change is accepted.
    doc["events"][7:7] = [{"date": "2026-04-01", "company": "c1", "type": "extra_end", "code": "backup"}]
    doc["events"].append({"date": "2026-04-01", "company": "c1", "type": "extra", "code": "backup",
                          "amount": "3200", "recurring": True, "description": {"en": "Backup"}})
    assert load(db, doc).counts["events"] == 10


def test_references_shapes_and_values_are_all_checked(db):
    doc = example()
    doc["surprise"] = 1
    doc["services"][0]["colour"] = "blue"
    doc["plans"][1]["service"] = "teams"
    doc["resellers"][0]["billing_mode"] = "cash"
    doc["resellers"].append({"code": "hoster", "name": "Sneaky", "currency": "EUR"})
    c = doc["companies"][0]
    c.update(reseller="zeta", language="xx_YY", delivery="pigeon", email="not-an-address")
    c["address"]["country"] = "Germany"
    doc["users"].append({"company": "c1", "email": "ANN@contoso.example", "name": "Ann again"})
    doc["prices"][0]["reseller"] = "acme"
    doc["prices"][1]["layer"] = "discount"
    doc["prices"].append(dict(doc["prices"][2]))
    doc["events"][2]["date"] = "10/02/2026"
    doc["events"].append({"date": "2026-04-01", "company": "c1", "type": "refund"})
    assert problems(db, doc) == [
        ("$.surprise", "unknown_key"),
        ("$.services[0].colour", "unknown_key"),
        ("$.plans[1].service", "unknown"),
        ("$.resellers[0].billing_mode", "bad_value"),
        ("$.resellers[1].code", "reserved_code"),
        ("$.companies[0].reseller", "unknown"),
        ("$.companies[0].language", "unknown_language"),
        ("$.companies[0].delivery", "bad_value"),
        ("$.companies[0].email", "bad_email"),
        ("$.companies[0].address.country", "unknown_country"),
        ("$.users[1].email", "duplicate_in_file"),
        ("$.prices[0].reseller", "not_for_layer"),
        ("$.prices[1].layer", "bad_value"),
        ("$.prices[7]", "duplicate_in_file"),
        ("$.events[2].date", "bad_date"),
        ("$.events[6].type", "bad_value"),
    ]


def test_a_repeated_code_does_not_hide_the_items_other_problems(db):
    doc = example()
    doc["companies"].append({**doc["companies"][0], "currency": "EURO", "signup": "2026-13-01"})
    doc["hoster"]["currencies"].append("XXY")
    assert problems(db, doc) == [
        ("$.hoster.currencies[3]", "unknown_currency"),
        ("$.companies[1].currency", "unknown_currency"),
        ("$.companies[1].signup", "bad_date"),
        ("$.companies[1].code", "duplicate_in_file"),
    ]


def test_a_database_with_no_hoster_needs_the_hoster_section(db):
    doc = example()
    del doc["hoster"]
    assert ("$.hoster", "missing") in problems(db, doc)


def test_a_second_bundle_adds_to_the_database_and_refers_to_its_rows(db):
    load(db, example())
    more = {
        "format": "prorata-bundle/1",
        "companies": [{"code": "c2", "name": "Fabrikam", "reseller": "acme", "currency": "USD",
                       "signup": "2026-03-01", "email": "ap@fabrikam.example"}],
        "users": [{"company": "c1", "email": "bob@contoso.example", "name": "Bob"}],
        "prices": [{"layer": "company_override", "company": "c1", "plan": "sharepoint-sites", "currency": "EUR",
                    "amount": "10.00"}],
        "events": [
            {"date": "2026-03-02", "company": "c1", "type": "assign", "plan": "exchange-basic",
             "user": "bob@contoso.example"},
            {"date": "2026-03-03", "company": "c1", "type": "unassign", "plan": "exchange-basic",
             "user": "ann@contoso.example"},
            {"date": "2026-03-01", "company": "c2", "type": "subscribe", "plan": "sharepoint-sites", "quantity": 1},
        ],
    }
    assert load(db, more).counts["events"] == 3
    with unit_of_work(db) as s:
        acme_id = s.scalar(select(Reseller.id))
        c2 = s.scalars(select(Company).where(Company.code == "c2")).one()
        assert (c2.reseller_id, c2.language, c2.delivery, c2.billing_day) == (acme_id, "de_DE", "email", None)
        bob = s.scalars(select(User).where(User.email == "bob@contoso.example")).one()
        last = s.scalars(select(CompanyEvent).order_by(CompanyEvent.id.desc())).first()
        assert (last.type, last.company_id) == ("unassign", bob.company_id)
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 2

    # Against the stored history: Ann is no longer assigned; Bob is.
    again = {"format": "prorata-bundle/1", "events": [
        {"date": "2026-03-10", "company": "c1", "type": "unassign", "plan": "exchange-basic",
         "user": "ann@contoso.example"},
        {"date": "2026-03-10", "company": "c1", "type": "assign", "plan": "exchange-basic",
         "user": "bob@contoso.example"},
    ]}
    assert problems(db, again) == [("$.events[0].user", "not_assigned"), ("$.events[1].user", "already_assigned")]


def test_importing_the_same_bundle_twice_is_refused_whole(db):
    load(db, example())
    before = row_counts(db)
    found = problems(db, example())
    assert ("$.companies[0].code", "exists") in found
    assert ("$.prices[6]", "exists") in found
    assert ("$.events[5]", "event_exists") in found
    assert row_counts(db) == before


def test_another_hosters_bundle_is_refused(db):
    load(db, example())
    doc = {"format": "prorata-bundle/1", "hoster": {"name": "Southwind", "currencies": ["EUR"]}}
    assert problems(db, doc) == [("$.hoster.name", "other_hoster")]


def test_naming_the_same_hoster_enables_its_new_currencies(db):
    load(db, example())
    doc = {"format": "prorata-bundle/1", "hoster": {"name": "Northwind Hosting", "currencies": ["EUR", "GBP"]}}
    assert load(db, doc).counts["currencies"] == 1
    with unit_of_work(db) as s:
        assert s.get(Currency, "GBP").enabled is True
        assert s.get(Hoster, 1).address["city"] == "Leeds"  # the stored hoster is not edited


def test_not_a_bundle(db):
    assert problems(db, [1, 2]) == [("$", "bad_type")]
    assert problems(db, {"format": "prorata-bundle/2"}) == [("$.format", "bad_format")]


def test_dry_run_checks_everything_and_writes_nothing(db):
    result = load(db, example(), dry_run=True)
    assert result.dry_run and result.counts["companies"] == 1 and result.counts["events"] == 6
    assert set(row_counts(db).values()) == {0}
    with pytest.raises(ProrataError):
        load(db, read_bundle(str(BAD)), dry_run=True)


def test_cancelling_writes_nothing_and_progress_reaches_the_total(db):
    with pytest.raises(ProrataError) as exc:
        load(db, example(), cancelled=lambda: True)
    assert exc.value.problems[0].id == "cancelled"
    assert set(row_counts(db).values()) == {0}
    calls = []
    load(db, example(), progress=lambda done, total, message: calls.append((done, total)))
    # 1 hoster + 3 currencies + 2 services + 2 plans + 1 reseller + 1 company + 1 user + 7 prices + 6 events
    assert calls[-1] == (24, 24)


def test_cli_import_dry_run_and_errors(db, tmp_path, capsys):
    assert main(["import", str(EXAMPLE), "--dry-run", "--db", url(db)]) == 0
    out = capsys.readouterr().out
    assert "example_bundle.json is valid" in out and "1 company," in out and "nothing written" in out
    assert set(row_counts(db).values()) == {0}

    assert main(["import", str(BAD), "--db", url(db)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 16
    assert lines[0] == "prorata: error: $.plans[1].basis: 'per_mailbox' is not one of per_plan, per_user, per_unit"
    assert "Traceback" not in captured.err and captured.out == ""
    assert set(row_counts(db).values()) == {0}

    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "prorata-bundle/1",\n "companies": [}', encoding="utf-8")
    assert main(["import", str(broken), "--db", url(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("prorata: error: not valid JSON:") and "line 2" in err

    assert main(["import", str(tmp_path / "missing.json"), "--db", url(db)]) == 2
    assert "cannot read" in capsys.readouterr().err

    assert main(["import", str(EXAMPLE), "--db", url(db)]) == 0
    assert capsys.readouterr().out.startswith("imported example_bundle.json: 1 hoster, 3 currencies")
    assert row_counts(db)["company_events"] == 6
