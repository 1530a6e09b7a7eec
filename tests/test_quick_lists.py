"""The read-only commands' rows read through the driver (app/cli/quick_lists.py) are their services' rows.

Each function of quick_lists stands for one service function that the commands used to call; here both read
the same database, on SQLite and PostgreSQL, through the driver's own connection and through the engine's,
and must give the same JSON. The world has what the plain reads must convert as SQLAlchemy's column types
do: addresses and per-language names (JSON), dates, rates and amounts, switches left to the hoster (NULL),
retired and retiring plans and items, minimum charges, payments partly allocated, refunded and reversed.
"""
from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.billing.run import run_billing
from app.cli import quick_lists
from app.cli.main import main
from app.errors import ProrataError
from app.models import Company, ExtraItem, MinimumCharge, Plan, Reseller, Service, User
from app.models.catalogue import ExtraItemAmount
from app.payments import payments, refunds, reversals
from app.services import billing_settings, catalogue, companies_admin, extra_items, resellers_admin, users_admin
from app.storage import quick_read
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
TODAY = date.today()


def _url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def world(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    add_company(db, w, "a1", reseller="acme", signup=date(2026, 1, 15))
    add_company(db, w, "a2", reseller="acme", signup=date(2026, 2, 1), tax_rate=D("7.5"))
    run_billing(db, date(2026, 3, 15), issue=True)
    with unit_of_work(db) as s:
        s.add(Reseller(code="blue", name="Blue Reseller", currency="USD", language="en", tax_rate=D("0"),
                       address={"lines": ["Ring 2"], "city": "Köln", "country": "DE"}, signup=date(2025, 12, 1),
                       invoicing=False, email_delivery=True))
        s.flush()
        s.add(MinimumCharge(issuer_key="hoster", currency="EUR", amount=D("5.00"), policy="defer"))
        s.add(MinimumCharge(issuer_key="hoster", currency="JPY", amount=D("500"), policy="top_up"))
        s.add(MinimumCharge(issuer_key=f"reseller:{w.resellers['acme']}", currency="EUR", amount=D("2.50"),
                            policy="top_up"))
        a1 = s.query(Company).filter_by(code="a1").one()
        a1.address = {"lines": ["1 Main St", "Floor 2"], "city": "Leeds", "postcode": "LS1 1AA", "country": "GB"}
        a1.email = "billing@a1.example"
        s.add_all([User(company_id=a1.id, reseller_id=a1.reseller_id, email=e, name=n)
                   for e, n in (("zoe@a1.example", "Zoë Ünal"), ("Ann@a1.example", "Ann Lee"))])
        svc = Service(code="backup", name={"en": "Backup", "de": "Sicherung"}, description={"en": "Nightly"})
        s.add(svc)
        s.flush()
        s.add_all([Plan(code="backup-site", service_id=svc.id, basis="per_unit", name={"en": "Backup site"},
                        unit={"en": "site", "de": "Seite"}, description={"de": "Je Seite"},
                        retired_on=TODAY + timedelta(days=30)),
                   Plan(code="backup-old", service_id=svc.id, basis="per_plan", name={"de": "Alt"},
                        retired_on=date(2026, 1, 1))])
        setup = ExtraItem(code="setup", name={"en": "Setup"}, recurring=False)
        support = ExtraItem(code="support", name={"en": "Support", "fr": "Assistance"}, recurring=True,
                            retired_on=date(2026, 2, 1))
        s.add_all([setup, support])
        s.flush()
        s.add_all([ExtraItemAmount(item_id=setup.id, currency="USD", amount=D("30")),
                   ExtraItemAmount(item_id=setup.id, currency="EUR", amount=D("25.5")),
                   ExtraItemAmount(item_id=setup.id, currency="JPY", amount=D("3000"))])
    with unit_of_work(db) as s:
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", date(2026, 3, 20), "TX-1")
        payments.record(s, "d1", "20.00", "EUR", "check", date(2026, 3, 25), "CHK 4711")
        payments.record(s, "d1", "7.00", "EUR", "cash", date(2026, 3, 25), "R-7")
    with unit_of_work(db) as s:
        refunds.refund(s, 2, "2.00", date(2026, 3, 28), "R-1")
    with unit_of_work(db) as s:
        reversals.reverse(s, 1, date(2026, 3, 31), "transfer recalled by the bank")
    return w


def _readers(engine):
    """The readers a command may get: the driver's own connection (where it opens one) and the engine's."""
    direct = quick_read.open_reader(_url(engine))
    assert direct is not None  # the test databases are at the current schema, their logins need no keyring
    return [direct, quick_read.Reader(engine.raw_connection(), engine.dialect.name)]


def _same(engine, quick, service, rows: bool = True):
    """``quick(reader)`` through each reader equals ``service(session)``, or both refuse with the same words;
    ``rows``: the world has some to compare."""
    def outcome(read):
        try:
            return read()
        except ProrataError as exc:
            return ("refused", exc.messages())

    with unit_of_work(engine) as s:
        expected = outcome(lambda: service(s))
    assert bool(expected) == rows
    for reader in _readers(engine):
        try:
            assert outcome(lambda: quick(reader)) == expected, reader.backend
        finally:
            reader.close()
    return expected


def _as_json(rows):
    return [r.as_json() for r in rows]


def test_tenants(db, world):
    rows = _same(db, quick_lists.resellers, lambda s: _as_json(resellers_admin.list_resellers(s)))
    assert [(r["code"], r["companies"], r["tax_rate"], r["signup"]) for r in rows] == [
        ("acme", 2, "19", None), ("blue", 0, "0", "2025-12-01")]
    for kw in ({}, {"reseller": "acme"}, {"direct": True}, {"offset": 1, "limit": 1}, {"reseller": "nosuch"}):
        _same(db, lambda r: quick_lists.companies(r, **kw),
              lambda s: _as_json(companies_admin.list_companies(s, **kw)))
    rows = _same(db, lambda r: quick_lists.companies(r, limit=10),
                 lambda s: _as_json(companies_admin.list_companies(s, limit=10)))
    assert {r["code"]: (r["address"], r["tax_rate"]) for r in rows}["a1"][0]["lines"] == ["1 Main St", "Floor 2"]
    for code, some in (("a1", True), ("d1", False), ("nosuch", True)):
        _same(db, lambda r: quick_lists.users(r, code), lambda s: _as_json(users_admin.list_users(s, code)), some)


def test_catalogue(db, world):
    for kw in ({}, {"search": "SICHER"}, {"search": "share"}):
        _same(db, lambda r: quick_lists.services(r, **kw), lambda s: _as_json(catalogue.list_services(s, **kw)))
    for kw in ({}, {"state": "active"}, {"state": "retired"}, {"service": "backup"}, {"search": "site"},
               {"on": TODAY + timedelta(days=31), "state": "retired"}, {"service": "nosuch"}, {"state": "gone"}):
        _same(db, lambda r: quick_lists.plans(r, **kw), lambda s: _as_json(catalogue.list_plans(s, **kw)))
    for kw in ({}, {"state": "active"}, {"state": "retired"}, {"on": date(2026, 1, 1)}):
        _same(db, lambda r: quick_lists.extras(r, **kw), lambda s: _as_json(extra_items.list_items(s, **kw)))


def test_settings(db, world):
    rows = _same(db, quick_lists.settings, lambda s: _as_json(billing_settings.read(s)))
    assert [(r["issuer"], r["settings"]["invoicing"], r["effective"]["invoicing"]) for r in rows] == [
        ("hoster", True, True), ("acme", None, True), ("blue", False, False)]
    assert quick_lists.SWITCHES == billing_settings.ALL_SWITCHES
    # Cheques are on unless switched off: the hoster's on, its resellers follow it.
    assert [(r["settings"]["checks"], r["effective"]["checks"]) for r in rows] == [(True, True), (None, True),
                                                                                   (None, True)]


def test_payments(db, world):
    rows = _same(db, quick_lists.payments, payments.list_payments)
    # Newest first. #3 7.00 found nothing open: all credit. #2 20.00 paid INV2's 18.00, and 2.00 of credit was
    # refunded. #1 30.00 paid 24.00 + 6.00, then came back: both taken back, its 30.00 reversed.
    assert [(p["id"], p["customer"], p["issuer"], p["status"], p["amount"], p["refunded"], p["unallocated"])
            for p in rows] == [(3, "d1", "hoster", "received", "7.00", "0.00", "7.00"),
                               (2, "d1", "hoster", "received", "20.00", "2.00", "0.00"),
                               (1, "d1", "hoster", "reversed", "30.00", "0.00", "0.00")]
    for args in (("d1",), ("d1", 2), ("nosuch",)):
        _same(db, lambda r: quick_lists.payments(r, *args), lambda s: payments.list_payments(s, *args))
    assert _same(db, lambda r: quick_lists.payments(r, "acme"), lambda s: payments.list_payments(s, "acme"),
                 rows=False) == []


def test_payments_of_a_code_a_company_and_a_reseller_both_hold(db, world, capsys):
    """A database written before codes were kept apart: reseller d1 beside company d1. The list refuses the bare
    code in the same words as the service and takes it qualified, ``company:d1`` or ``reseller:d1``."""
    with unit_of_work(db) as s:
        s.add(Reseller(code="d1", name="D1 Reseller", currency="EUR", language="en", tax_rate=D("0"),
                       signup=date(2026, 1, 1)))
    with unit_of_work(db) as s:
        payments.record(s, "reseller:d1", "40.00", "EUR", "bank_transfer", date(2026, 3, 26), "RS-1")

    def same(code, rows=True):
        return _same(db, lambda r: quick_lists.payments(r, code), lambda s: payments.list_payments(s, code), rows)

    refused = "d1 is both a reseller and a company: use reseller:d1 or company:d1"
    assert same("d1") == ("refused", [refused])
    assert [(p["id"], p["customer"]) for p in same("company:d1")] == [(3, "d1"), (2, "d1"), (1, "d1")]
    assert [(p["customer"], p["amount"], p["reference"]) for p in same("reseller:d1")] == [("d1", "40.00", "RS-1")]
    assert same("reseller:acme", rows=False) == []  # a reseller's code qualified, though it needs not be
    # A kind that does not hold the code, a kind that is none, a code no one holds: no such customer.
    for code in ("reseller:a1", "partner:d1", "company:nosuch", "company:"):
        assert same(code) == ("refused", [f"no customer {code!r}"])

    url = _url(db)
    assert main(["payments", "list", "--customer", "d1", "--db", url]) == 2
    assert capsys.readouterr().err == f"prorata: error: {refused}\n"
    assert main(["payments", "list", "--customer", "reseller:d1", "--json", "--db", url]) == 0
    with unit_of_work(db) as s:
        assert json.loads(capsys.readouterr().out) == payments.list_payments(s, "reseller:d1")


def test_the_commands_print_what_the_services_give(db, world, capsys):
    """Through ``main``, the JSON of each command is its service's (the printed lines are made from it)."""
    def run(*argv):
        assert main([*argv, "--db", _url(db)]) == 0
        return json.loads(capsys.readouterr().out)

    with unit_of_work(db) as s:
        expected = {"resellers": _as_json(resellers_admin.list_resellers(s)),
                    "companies": _as_json(companies_admin.list_companies(s, "acme", limit=1000)),
                    "users": _as_json(users_admin.list_users(s, "a1")),
                    "services": _as_json(catalogue.list_services(s)),
                    "plans": _as_json(catalogue.list_plans(s, state="active")),
                    "extras": _as_json(extra_items.list_items(s)),
                    "settings": _as_json(billing_settings.read(s)),
                    "payments": payments.list_payments(s, "d1"),
                    "show": companies_admin.company_show(s, "a1").as_json()}
    assert run("resellers", "list", "--json") == expected["resellers"]
    assert run("companies", "list", "--reseller", "acme", "--json") == expected["companies"]
    assert run("users", "list", "a1", "--json") == expected["users"]
    assert run("services", "list", "--json") == expected["services"]
    assert run("plans", "list", "--state", "active", "--json") == expected["plans"]
    assert run("extras", "list", "--json") == expected["extras"]
    assert run("settings", "show", "--json") == expected["settings"]
    assert run("payments", "list", "--customer", "d1", "--json") == expected["payments"]
    assert run("companies", "show", "a1", "--json") == expected["show"]


def test_the_models_vocabulary_is_the_plain_one():
    """``app.models`` exports the very objects of app/vocabulary.py, which the driver reads use without the models."""
    from app import models, vocabulary

    assert (models.Basis, models.EventType, models.localized) == (vocabulary.Basis, vocabulary.EventType,
                                                                  vocabulary.localized)
    assert quick_lists.localized is vocabulary.localized
    assert models.localized({"de_AT": "Oida", "de": "Alt", "en": "Old"}, "de-CH") == "Alt"


@pytest.fixture
def histories(db, world, monkeypatch):
    """The world, with what ``companies show`` and ``audit`` read: a1's sites go from 3 to 5 and Zoë gets a
    mailbox, a recurring extra starts and ends; a2 moves to the hoster and back to Acme, then changes its
    currency and takes an extra in yen; settings, a price, a user, a manual invoice and a payment reversed for a bank's
    return reason are audited, by actors whose names hold LIKE's wildcards."""
    from app.services import changes, invoices, moves, price_matrix

    monkeypatch.setenv("PRORATA_ACTOR", "Anna_B%")
    with unit_of_work(db) as s:
        changes.record_changes(s, [
            changes.subscribe("a1", "sharepoint-sites", "2026-02-10", quantity=3),
            changes.subscribe("a1", "exchange-basic", "2026-02-10"),
            changes.assign("a1", "exchange-basic", "zoe@a1.example", "2026-02-11"),
            changes.add_extra("a1", "support", "12.5", date="2026-02-12", recurring=True,
                              description={"en": "Support", "de": "Unterstützung"}),
            changes.end_extra("a1", "support", "2026-03-12"),
            changes.add_extra("a1", "setup", "30", date=TODAY + timedelta(days=3), description="Setup later")])
        changes.record_change(s, changes.change_quantity("a1", "sharepoint-sites", 5, "2026-03-01"))
        billing_settings.set_value(s, "acme", "tax_rate", "20")
        billing_settings.set_value(s, "hoster", "invoicing", "off")
    monkeypatch.setenv("PRORATA_ACTOR", "Bob")
    with unit_of_work(db) as s:
        moves.move_company(s, "a2", "hoster", date(2026, 5, 1))
    with unit_of_work(db) as s:
        moves.move_company(s, "a2", "acme", date(2026, 6, 1))
    with unit_of_work(db) as s:
        changes.record_changes(s, [changes.change_currency("a2", "JPY", "2026-07-01"),
                                   changes.add_extra("a2", "setup", "3000", date="2026-07-02", description="Setup")])
        billing_settings.set_value(s, "hoster", "invoicing", "on")
        price_matrix.set_price(s, layer="retail", plan="archiving", currency="EUR", amount="21.00",
                               valid_from=date(2026, 7, 1))
        users_admin.add_user(s, "a1", "new@a1.example", "New User")
        companies_admin.edit_company(s, "a1", {"name": "A1 Renamed", "tax_id": "GB123"})
        draft = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Setup"}, D(2), D("40.00"))],
                                       issue_date=date(2026, 3, 2))
        draft_id = draft.id
    with unit_of_work(db) as s:
        invoices.issue(s, draft_id)
        reversals.reverse(s, 3, date(2026, 4, 2), "direct debit E2E-9 returned: AM04 (insufficient funds)")
    return world


def test_company_show(db, histories):
    """``companies show`` (the company, its state today or on a day, its newest history) is the service's."""
    shown = {}
    for code in ("a1", "a2", "d1", "nosuch"):
        for today in (None, date(2026, 2, 11), date(2026, 4, 15)):
            found = _same(db, lambda r: quick_lists.company_show(r, code, today),
                          lambda s: companies_admin.company_show(s, code, today).as_json())
            shown[code, today] = found
    _same(db, lambda r: quick_lists.company_show(r, "a1", language="de"),
          lambda s: companies_admin.company_show(s, "a1", language="de").as_json())
    a1, a2 = shown["a1", None], shown["a2", None]
    assert (a1["name"], a1["reseller"], a1["reseller_name"], a1["current"]["users"]) == (
        "A1 Renamed", "acme", "Acme Cloud GmbH", 3)
    assert [(p["plan"], p["quantity"], p["since"]) for p in a1["current"]["subscriptions"]] == [
        ("exchange-basic", 1, "2026-02-10"), ("sharepoint-sites", 5, "2026-02-10")]
    assert [p["quantity"] for p in shown["a1", date(2026, 2, 11)]["current"]["subscriptions"]] == [1, 3]
    assert [(h["date"], h["type"], h["amount"]) for h in a1["current"]["history"][:3]] == [
        ((TODAY + timedelta(days=3)).isoformat(), "extra", "30.0000"), ("2026-03-12", "extra_end", None),
        ("2026-03-01", "quantity", None)]
    assert a1["current"]["history_total"] == 7
    assert [(h["type"], h["description"], h["currency"]) for h in a2["current"]["history"]] == [
        ("extra", "Setup", "JPY"), ("currency", None, "JPY"), ("move", "→ Acme Cloud GmbH", "EUR"),
        ("move", "→ Northwind Hosting", "EUR")]
    assert (a2["currency"], a2["current"]["currency"], a2["reseller"]) == ("EUR", "JPY", "acme")
    assert shown["a2", date(2026, 4, 15)]["current"]["currency"] == "EUR"
    assert shown["nosuch", None][0] == "refused"
    from app.services.directory import HISTORY_PAGE

    assert quick_lists.HISTORY_PAGE == HISTORY_PAGE


AUDIT_FILTERS = ({}, {"limit": 3}, {"limit": 0}, {"entity": "company"}, {"entity": "billing_setting"},
                 {"entity": "invoice", "entity_id": "4"}, {"actor": "Bob"}, {"actor": "Anna_B%"},
                 {"actor": "AnnaxB%"}, {"actor": "Anna"}, {"since": TODAY}, {"until": TODAY - timedelta(days=1)},
                 {"since": TODAY, "until": TODAY, "entity": "price"})


def test_audit_entries_and_their_names(db, histories):
    """``audit``'s page of entries is ``audit_log.entries``'s and the names it reads are ``Names.read``'s."""
    from app.services.audit_log import AuditFilter, entries
    from app.services.audit_words import Names, describe

    found = {}
    for kw in AUDIT_FILTERS:
        with unit_of_work(db) as s:
            found[str(kw)] = expected = entries(s, AuditFilter(**kw))
        for reader in _readers(db):
            try:
                assert quick_lists.audit_entries(reader, **kw) == expected, (kw, reader.backend)
            finally:
                reader.close()
    # LIKE's wildcards in a name are plain; a name is matched whole (the login, the display name, or both).
    assert len(found[str({"actor": "Anna_B%"})]) == 4 and not found[str({"actor": "AnnaxB%"})]
    assert not found[str({"actor": "Anna"})] and len(found[str({"limit": 0})]) == 1
    assert found[str({})] and not found[str({"until": TODAY - timedelta(days=1)})]
    with unit_of_work(db) as s:
        rows = entries(s, AuditFilter(limit=1000))
        expected = {lang: vars(Names.read(s, rows, lang)) for lang in ("en", "de")}
    kinds = {(r["action"], r["entity"]) for r in rows}
    assert {("change", "company"), ("move", "company"), ("set", "billing_setting"), ("create", "user"),
            ("issue", "invoice"), ("reverse", "payment")} <= kinds, kinds
    assert expected["en"]["quantities"] and expected["en"]["invoices"] and expected["en"]["users"]
    for reader in _readers(db):
        try:
            for lang in ("en", "de"):
                names = quick_lists.audit_names(reader, rows, lang)
                assert vars(names) == expected[lang], reader.backend
                assert [describe(r, names) for r in rows]  # a sentence for each
        finally:
            reader.close()
    # A range running backwards is the service's to refuse in words.
    reader = quick_read.open_reader(_url(db))
    try:
        assert quick_lists.audit_entries(reader, since=TODAY, until=TODAY - timedelta(days=1)) is None
    finally:
        reader.close()


@pytest.mark.parametrize("argv", [["audit"], ["audit", "--json"], ["audit", "--actor", "Anna_B%", "--limit", "4"],
                                  ["audit", "--since", "2026-05-02", "--until", "2026-05-01"]],
                         ids=lambda argv: " ".join(argv))
def test_the_audit_command_prints_what_it_printed_through_the_service(db, histories, capsys, monkeypatch, argv):
    """The command's output (sentences in English and German, or JSON) read through the driver is the one it
    gives when it reads through the service, as it did before."""
    def run(*lang):
        for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(var, raising=False)
        monkeypatch.setenv("LANG", *lang)
        try:
            code = main([*argv, "--db", _url(db)])
        except ProrataError as exc:
            code = exc.messages()
        return code, capsys.readouterr().out

    quick = {lang: run(lang) for lang in ("en_GB.UTF-8", "de_DE.UTF-8")}
    monkeypatch.setattr(quick_lists, "audit_entries", lambda *a, **kw: None)  # the service reads
    assert {lang: run(lang) for lang in quick} == quick
    if "--until" not in argv:
        assert quick["en_GB.UTF-8"][0] == 0 and quick["en_GB.UTF-8"][1].count("\n") >= 4
