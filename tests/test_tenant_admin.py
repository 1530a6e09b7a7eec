"""Resellers, companies and users created and edited through the services, on both databases.

The world is tests/tenant_world.py: Northwind Hosting (language en_GB, numbers INV-{year}-{seq:05}, EUR and
USD enabled); reseller acme (de_DE, companies c1, z1, a1) and blue (none); direct company d1; c1's users
ann and bob.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select

from app.bundle import FORMAT
from app.bundle import billing_settings as bs
from app.bundle.fields import Problems
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import AuditEntry, Company, Invoice, Reseller, User
from app.services import companies_admin, resellers_admin, users_admin
from app.services.resellers_admin import default_number_format
from app.services.row_version import update_if_version
from app.storage.engine import unit_of_work
from tests.tenant_world import build_world
from tests.actors import recorded

D = Decimal
GOOD_COMPANY = {"code": "n1", "name": "Nova Ltd", "currency": "EUR", "signup": "2026-03-10",
                "email": "billing@nova.example"}


@pytest.fixture
def world(db):
    return build_world(db)


def problems_of(exc: pytest.ExceptionInfo) -> set[tuple[str, str]]:
    return {(p.where, p.id) for p in exc.value.problems}


def count(engine, model) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def audit_entries(engine, entity: str) -> list[AuditEntry]:
    with unit_of_work(engine) as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


# --- resellers ----------------------------------------------------------------

def test_a_new_reseller_gets_defaults_and_its_own_number_prefix(db, world):
    with unit_of_work(db) as s:
        r = resellers_admin.add_reseller(s, {"code": "nova", "name": "Nova IT", "currency": "EUR"})
    assert (r.code, r.name, r.currency, r.language, r.billing_mode, r.tax_treatment, r.tax_rate,
            r.invoice_number_format, r.version, r.companies) == (
        "nova", "Nova IT", "EUR", "en_GB", "reseller_bills", "standard", D(0), "NOVA-{year}-{seq:05}", 1, 0)
    with unit_of_work(db) as s:
        stored = s.scalars(select(Reseller).where(Reseller.code == "nova")).one()
        assert (stored.invoice_number_format, stored.version) == ("NOVA-{year}-{seq:05}", 1)
    [entry] = audit_entries(db, "reseller")
    assert (entry.action, entry.entity_id, entry.reseller_id, entry.before) == ("create", str(r.id), r.id, None)
    assert entry.after["code"] == "nova" and entry.after["tax_rate"] == "0"
    assert entry.after["invoice_number_format"] == "NOVA-{year}-{seq:05}"


def test_a_given_number_format_and_rate_are_kept(db, world):
    with unit_of_work(db) as s:
        r = resellers_admin.add_reseller(s, {"code": "nova", "name": "Nova IT", "currency": "USD",
                                             "tax_rate": "7.5", "invoice_number_format": "NV{seq}",
                                             "language": "de", "signup": date(2026, 1, 1)})
    assert (r.tax_rate, r.invoice_number_format, r.language, r.signup) == (D("7.5"), "NV{seq}", "de",
                                                                             date(2026, 1, 1))


@pytest.mark.parametrize("code, expected", [
    ("acme", "ACME-{year}-{seq:05}"),
    ("blue cloud.de", "BLUE-CLOUD-DE-{year}-{seq:05}"),
    ("{seq}", "SEQ-{year}-{seq:05}"),
    ("über_1", "BER-1-{year}-{seq:05}"),
    ("ßüé", "SS-{year}-{seq:05}"),  # "ß".upper() is "SS"
    ("日本", "R-{year}-{seq:05}"),
    ("inv", "INV-R-{year}-{seq:05}"),  # the hoster's own prefix is never a reseller's
    ("x" * 64, "X" * 20 + "-{year}-{seq:05}"),
    ("a%b}{c", "A-B-C-{year}-{seq:05}"),
])
def test_the_default_number_format_is_valid_for_any_code(code, expected):
    assert default_number_format(code, "INV-{year}-{seq:05}") == expected
    probs = Problems()
    assert bs.number_format(expected, "f", probs) == expected and not probs


def test_every_reseller_problem_at_once_with_its_field(db, world):
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        resellers_admin.add_reseller(s, {"code": "hoster", "currency": "GBP", "billing_mode": "self",
                                         "tax_rate": "-1", "invoice_number_format": "N-{year}",
                                         "address": {"lines": ["1 Main St"], "city": "Leeds", "country": "UK"},
                                         "email": "a@b", "colour": "red"})
    assert problems_of(exc) == {("code", "reserved_code"), ("name", "missing"), ("currency", "currency_disabled"),
                                ("billing_mode", "bad_value"), ("tax_rate", "bad_tax_rate"),
                                ("invoice_number_format", "bad_number_format"),
                                ("address.country", "unknown_country"), ("email", "bad_email"),
                                ("colour", "unknown_key")}
    assert count(db, Reseller) == 2


def test_a_resellers_code_and_currency_are_fixed_once_it_has_companies(db, world):
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        resellers_admin.edit_reseller(s, "acme", {"code": "acme2", "currency": "USD", "name": "Acme 2"})
    assert problems_of(exc) == {("code", "reseller_in_use"), ("currency", "reseller_in_use")}
    assert "cannot change: it already has 3 companies" in exc.value.problems[0].message()
    # blue has no companies, but an invoice it issued ties it just as well.
    with unit_of_work(db) as s:
        r = resellers_admin.edit_reseller(s, "blue", {"code": "blue2", "currency": "USD"})
    assert (r.code, r.currency, r.version) == ("blue2", "USD", 2)
    with unit_of_work(db) as s:
        s.add(Invoice(issuer_key=f"reseller:{world.blue}", issuer_reseller_id=world.blue,
                      reseller_id=world.blue, currency="USD"))
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        resellers_admin.edit_reseller(s, "blue2", {"code": "blue"})
    assert [(p.where, p.id, p.params["uses"]) for p in exc.value.problems] == [("code", "reseller_in_use",
                                                                               "1 invoice")]


def test_a_reseller_edit_is_audited_with_the_changed_fields_only(db, world):
    with unit_of_work(db) as s:
        r = resellers_admin.edit_reseller(s, "acme", {"name": "Acme Cloud AG", "language": "de_DE",
                                                      "tax_rate": "19", "email": "billing@acme.example"})
    assert (r.name, r.tax_rate, r.email, r.version) == ("Acme Cloud AG", D(19), "billing@acme.example", 2)
    [entry] = audit_entries(db, "reseller")
    assert entry.action == "edit" and entry.entity_id == str(world.acme) and entry.reseller_id == world.acme
    assert entry.before == {"name": "Acme Cloud", "tax_rate": "0", "email": None}
    assert entry.after == {"name": "Acme Cloud AG", "tax_rate": "19", "email": "billing@acme.example"}


# --- companies ----------------------------------------------------------------

def test_add_company_under_a_reseller_takes_its_language_and_reseller_id(db, world):
    with unit_of_work(db) as s:
        c = companies_admin.add_company(s, {**GOOD_COMPANY, "reseller": "acme", "term": "quarterly",
                                            "billing_day": 1})
    assert (c.code, c.reseller, c.language, c.term, c.billing_day, c.delivery, c.tax_treatment, c.tax_rate,
            c.version) == ("n1", "acme", "de_DE", "quarterly", 1, "email", "standard", None, 1)
    with unit_of_work(db) as s:
        row = s.scalars(select(Company).where(Company.code == "n1")).one()
        assert (row.reseller_id, row.signup, row.term) == (world.acme, date(2026, 3, 10), "quarterly")
    [entry] = audit_entries(db, "company")
    assert (entry.action, entry.entity_id, entry.reseller_id) == ("create", str(c.id), world.acme)
    assert entry.after["reseller"] == "acme" and entry.after["signup"] == "2026-03-10"


def test_a_direct_company_takes_the_hosters_language_and_any_term(db, world):
    with unit_of_work(db) as s:
        terms = [companies_admin.add_company(s, {**GOOD_COMPANY, "code": f"t-{t}", "term": t}).term
                 for t in ("monthly", "quarterly", "half_yearly", "yearly")]
        plain = companies_admin.add_company(s, GOOD_COMPANY)
    assert terms == ["monthly", "quarterly", "half_yearly", "yearly"]
    assert (plain.reseller, plain.language, plain.term, plain.billing_day) == (None, "en_GB", "monthly", None)


def test_every_company_problem_at_once_with_its_field(db, world):
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        companies_admin.add_company(s, {"code": "=x", "currency": "QQQ", "email": "nope", "tax_rate": "150",
                                        "address": {"lines": ["1 Main St"], "city": "Leeds", "country": "XX"},
                                        "billing_day": 32, "term": "weekly", "signup": "2026-02-30",
                                        "reseller": "nobody", "colour": "red"})
    assert problems_of(exc) == {("code", "formula_code"), ("name", "missing"), ("currency", "unknown_currency"),
                                ("email", "bad_email"), ("tax_rate", "bad_tax_rate"),
                                ("address.country", "unknown_country"), ("billing_day", "bad_billing_day"),
                                ("term", "bad_value"), ("signup", "bad_date"), ("reseller", "unknown"),
                                ("colour", "unknown_key")}
    assert count(db, Company) == 4


def test_delivery_and_own_rate_rules_as_the_bundle_says(db, world):
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        companies_admin.add_company(s, {"code": "n1", "name": "Nova", "currency": "EUR", "signup": "2026-03-10",
                                        "delivery": "post", "tax_treatment": "exempt", "tax_rate": "5"})
    assert problems_of(exc) == {("address", "address_needed"), ("tax_rate", "rate_needs_standard")}
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        companies_admin.add_company(s, {"code": "c1", "name": "Nova", "currency": "EUR", "signup": "2026-03-10"})
    assert problems_of(exc) == {("code", "exists"), ("email", "email_needed")}
    # An edit is judged on the company as it would be after it: c1 has an e-mail address but no own rate.
    with unit_of_work(db) as s:
        companies_admin.edit_company(s, "c1", {"tax_rate": "10"})
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        companies_admin.edit_company(s, "c1", {"email": None, "tax_treatment": "reverse_charge"})
    assert problems_of(exc) == {("email", "email_needed"), ("tax_rate", "rate_needs_standard"),
                                ("tax_id", "reverse_charge_needs_tax_id")}  # c1 has no tax id
    with unit_of_work(db) as s:
        c = companies_admin.edit_company(s, "c1", {"tax_treatment": "reverse_charge", "tax_rate": None,
                                                   "delivery": "post", "email": "", "tax_id": "DE811907980"})
    assert (c.tax_treatment, c.tax_rate, c.delivery, c.email, c.version) == ("reverse_charge", None, "post", None, 3)


def test_dated_and_fixed_fields_are_refused_saying_what_to_use(db, world):
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        companies_admin.edit_company(s, "c1", {"currency": "USD", "billing_day": 5, "term": "yearly",
                                               "reseller": None, "code": "c9", "signup": "2026-01-01",
                                               "name": ""})
    assert problems_of(exc) == {("currency", "dated_field"), ("billing_day", "dated_field"),
                                ("term", "dated_field"), ("reseller", "dated_field"), ("code", "fixed_field"),
                                ("signup", "fixed_field"), ("name", "missing")}
    by_field = {p.where: p.message() for p in exc.value.problems}
    assert by_field["currency"] == ("currency: currency is not edited here: a currency change is dated: "
                                    "record a currency event in the company's history")
    assert "moving a company to another reseller" in by_field["reseller"]


def test_a_company_edit_is_audited_with_the_changed_fields_only(db, world):
    with unit_of_work(db) as s:
        c = companies_admin.edit_company(s, "c1", {"name": "Contoso AG", "language": "de_DE",
                                                   "address": {"lines": ["Ring 2"], "city": "Köln",
                                                               "postcode": "50667", "country": "DE"}})
    assert (c.name, c.version) == ("Contoso AG", 2)
    [entry] = audit_entries(db, "company")
    assert (entry.action, entry.entity_id, entry.reseller_id) == ("edit", str(world.contoso), world.acme)
    assert entry.before == {"name": "Contoso GmbH", "address": {"lines": ["Hauptstr. 1"], "city": "Berlin",
                                                                "postcode": "10115", "country": "DE"}}
    assert entry.after == {"name": "Contoso AG", "address": {"lines": ["Ring 2"], "city": "Köln",
                                                             "postcode": "50667", "country": "DE"}}


def test_saving_nothing_new_writes_nothing(db, world):
    with unit_of_work(db) as s:
        c = companies_admin.edit_company(s, "c1", {"name": "Contoso GmbH"})
        u = users_admin.edit_user(s, "c1", "ann@contoso.example", {"name": "Ann Lee"})
    assert (c.version, u.version) == (1, 1)
    assert count(db, AuditEntry) == 0


def test_company_show_has_fields_version_reseller_and_todays_state(db, world):
    with unit_of_work(db) as s:
        shown = companies_admin.company_show(s, "c1", today=date(2026, 5, 2))
    r, d = shown.record, shown.detail
    assert (r.code, r.name, r.reseller, r.currency, r.version, r.term) == ("c1", "Contoso GmbH", "acme", "EUR", 1,
                                                                         "monthly")
    # Today's currency comes from the events (USD since May 1); two users; Exchange Basic and 5 sites.
    assert (d.currency, d.users, d.reseller_name) == ("USD", 2, "Acme Cloud")
    assert [(x.plan_code, x.quantity) for x in d.subscriptions] == [("exchange-basic", 1), ("sharepoint-sites", 5)]
    data = shown.as_json()
    assert data["version"] == 1 and data["current"]["history_total"] == 8
    assert data["current"]["history"][0]["type"] == "currency"


# --- the same rule as the import --------------------------------------------------

@pytest.mark.parametrize("field, value, problem", [
    ("email", "nope", "bad_email"),
    ("currency", "QQQ", "unknown_currency"),
    ("currency", "GBP", "currency_disabled"),
    ("tax_rate", "150", "bad_tax_rate"),
    ("tax_rate", "7.12345", "bad_tax_rate"),
    ("tax_rate", 20, "bad_tax_rate"),
    ("billing_day", 0, "bad_billing_day"),
    ("signup", "2026-13-01", "bad_date"),
    ("signup", "1999-12-31", "date_out_of_range"),
    ("code", "@home", "formula_code"),
    ("code", " padded", "bad_code"),
    ("name", "A\x1bB", "control_character"),
    ("language", "xx_YY", "unknown_language"),
    ("delivery", "fax", "bad_value"),
    ("tax_treatment", "zero", "bad_value"),
    ("address", {"lines": ["1 Main St"], "city": "Leeds", "country": "XX"}, "unknown_country"),
])
def test_a_bad_value_is_refused_as_the_bundle_import_refuses_it(db, world, field, value, problem):
    item = {**GOOD_COMPANY, field: value}
    with unit_of_work(db) as s, pytest.raises(ProrataError) as imported:
        import_bundle(s, {"format": FORMAT, "companies": [item]}, dry_run=True)
    with unit_of_work(db) as s, pytest.raises(ProrataError) as added:
        companies_admin.add_company(s, item)
    prefix = "$.companies[0]."
    from_import = {(p.where[len(prefix):], p.id, tuple(sorted(p.params.items()))) for p in imported.value.problems}
    from_form = {(p.where, p.id, tuple(sorted(p.params.items()))) for p in added.value.problems}
    assert from_form == from_import
    assert {(where, id) for where, id, _ in from_form} >= {(field if field != "address" else "address.country",
                                                           problem)}


# --- versions -----------------------------------------------------------------------

def test_the_second_of_two_saves_from_the_same_version_is_refused_naming_the_first(db, world, monkeypatch):
    with unit_of_work(db) as first, unit_of_work(db) as second:
        # Both clerks open c1 at version 1 ...
        seen_first = companies_admin.company_show(first, "c1").record.version
        seen_second = companies_admin.company_show(second, "c1").record.version
    assert seen_first == seen_second == 1
    monkeypatch.setenv("PRORATA_ACTOR", "clerk-a")
    with unit_of_work(db) as s:  # ... the first saves ...
        companies_admin.edit_company(s, "c1", {"name": "Contoso A"}, expected_version=seen_first)
    monkeypatch.setenv("PRORATA_ACTOR", "clerk-b")
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:  # ... then the second
        companies_admin.edit_company(s, "c1", {"email": "b@contoso.example"}, expected_version=seen_second)
    [p] = exc.value.problems
    assert p.id == "row_changed_meanwhile" and p.params["actor"] == recorded(db, "clerk-a")
    assert p.message().startswith(f"company 'c1' was changed meanwhile by {recorded(db, 'clerk-a')} (")
    with unit_of_work(db) as s:
        c = s.get(Company, world.contoso)
        assert (c.name, c.email, c.version) == ("Contoso A", "billing@c1.example", 2)
    assert [e.actor for e in audit_entries(db, "company")] == [recorded(db, "clerk-a")]


def test_stale_reseller_and_user_saves_are_refused_too(db, world, monkeypatch):
    monkeypatch.setenv("PRORATA_ACTOR", "clerk-a")
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "blue", {"name": "Blue 2"}, expected_version=1)
        users_admin.edit_user(s, "c1", "ANN@contoso.example", {"email": "ann.lee@contoso.example"},
                              expected_version=1)
    for call in (lambda s: resellers_admin.edit_reseller(s, "blue", {"name": "Blue 3"}, expected_version=1),
                 lambda s: users_admin.edit_user(s, "c1", "ann.lee@contoso.example", {"name": "A"},
                                                 expected_version=1)):
        with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
            call(s)
        assert [(p.id, p.params["actor"]) for p in exc.value.problems] == [("row_changed_meanwhile", recorded(db, "clerk-a"))]


def test_a_row_deleted_meanwhile_is_named_so(db, world):
    with unit_of_work(db) as s:
        carol = users_admin.add_user(s, "z1", "carol@zeta.example", "Carol")
    with unit_of_work(db) as s:
        s.execute(delete(User).where(User.id == carol.id))
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        update_if_version(s, User, carol.id, 1, {"name": "C"}, entity="user", kind="user", code="carol")
    assert [p.id for p in exc.value.problems] == ["row_deleted_meanwhile"]


# --- users ---------------------------------------------------------------------------

def test_users_are_unique_per_company_whatever_the_case_and_carry_the_reseller(db, world):
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        users_admin.add_user(s, "c1", "Ann@Contoso.Example", "Ann Again")
    assert problems_of(exc) == {("email", "exists")}
    with unit_of_work(db) as s:
        carol = users_admin.add_user(s, "c1", "carol@contoso.example", "Carol Fox")
        # The same address in another company is another user.
        direct = users_admin.add_user(s, "d1", "ann@contoso.example", "Ann at Direct")
    with unit_of_work(db) as s:
        assert s.get(User, carol.id).reseller_id == world.acme
        assert s.get(User, direct.id).reseller_id is None
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        users_admin.edit_user(s, "c1", "bob@contoso.example", {"email": "CAROL@contoso.example", "name": " "})
    assert problems_of(exc) == {("email", "exists"), ("name", "missing")}
    with unit_of_work(db) as s:
        bob = users_admin.edit_user(s, "c1", "BOB@contoso.example", {"email": "Bob.Ray@contoso.example"})
    assert (bob.email, bob.version) == ("Bob.Ray@contoso.example", 2)
    entries = audit_entries(db, "user")
    assert [(e.action, e.before, e.after) for e in entries][-1] == (
        "edit", {"email": "bob@contoso.example"}, {"email": "Bob.Ray@contoso.example"})
    assert entries[0].after == {"company": "c1", "email": "carol@contoso.example", "name": "Carol Fox"}


def test_add_user_reports_every_problem(db, world):
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        users_admin.add_user(s, "nope", "not-an-address", None)
    assert problems_of(exc) == {("company", "unknown"), ("email", "bad_email"), ("name", "missing")}
    with unit_of_work(db) as s:
        shown = users_admin.user_show(s, "c1", "ann@CONTOSO.example", today=date(2026, 5, 2))
        listed = users_admin.list_users(s, "c1")
    assert (shown.record.email, shown.company_name, shown.plans) == (
        "ann@contoso.example", "Contoso GmbH", [("Exchange Basic", date(2026, 1, 15))])
    assert [u.email for u in listed] == ["ann@contoso.example", "bob@contoso.example"]


def test_lists(db, world):
    with unit_of_work(db) as s:
        resellers = resellers_admin.list_resellers(s)
        acme = companies_admin.list_companies(s, "acme")
        direct = companies_admin.list_companies(s, direct=True)
        everyone = companies_admin.list_companies(s)
    assert [(r.code, r.companies) for r in resellers] == [("acme", 3), ("blue", 0)]
    assert [c.code for c in acme] == ["a1", "c1", "z1"]  # by name: Alpha, Contoso, Zeta
    assert [c.code for c in direct] == ["d1"]
    assert [c.code for c in everyone] == ["a1", "c1", "d1", "z1"]

