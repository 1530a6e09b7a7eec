"""CSV imports of companies and users: the bundle's rules, located by line and column."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bundle.csv_import import csv_location, import_csv, parse_csv
from app.bundle.importer import import_bundle
from app.cli.main import main
from app.errors import ProrataError
from app.models import AuditEntry, Company, Reseller, User
from app.storage.engine import unit_of_work

DATA = Path(__file__).parent / "data"


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def contoso(db):
    """The issue's example bundle loaded: hoster, reseller acme, company c1 with user ann."""
    with unit_of_work(db) as s:
        import_bundle(s, json.loads((DATA / "example_bundle.json").read_text(encoding="utf-8")))
    return db


def load_csv(engine, kind: str, name: str, **kw):
    with unit_of_work(engine) as s:
        return import_csv(s, kind, str(DATA / name), **kw)


def problems(engine, kind: str, name: str) -> list[tuple[str, str]]:
    with pytest.raises(ProrataError) as exc:
        load_csv(engine, kind, name)
    return [(p.where, p.id) for p in exc.value.problems]


def count(engine, model) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_companies_from_a_spreadsheet(contoso):
    assert load_csv(contoso, "companies", "companies.csv").counts["companies"] == 2
    with unit_of_work(contoso) as s:
        acme = s.scalar(select(Reseller.id))
        rows = {c.code: c for c in s.scalars(select(Company))}
        fab, tail = rows["c2"], rows["c3"]
        assert (fab.name, fab.reseller_id, fab.currency, fab.billing_day, fab.signup) == \
            ("Fabrikam GmbH", acme, "EUR", 15, date(2026, 2, 1))
        assert fab.language == "de_DE"  # empty cell: the reseller's language
        assert fab.address == {"lines": ["Fabrikstr. 2", "Hinterhaus"], "city": "München", "postcode": "80331",
                               "country": "DE"}
        assert fab.tax_id == "DE123456789"
        assert (tail.name, tail.reseller_id, tail.language, tail.billing_day, tail.delivery, tail.email) == \
            ("Tailspin Toys, Inc.", None, "en_US", None, "post", None)
        assert tail.address == {"lines": ["1 Main St", "Suite 5"], "city": "Springfield", "postcode": "12345",
                                "country": "US"}
        audit = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (audit.action, audit.entity, audit.entity_id) == ("import", "csv companies", "companies.csv")


def test_semicolons_a_byte_order_mark_and_capitalised_headers_are_fine(contoso):
    load_csv(contoso, "companies", "companies_semicolon.csv")
    with unit_of_work(contoso) as s:
        wingtip = s.scalars(select(Company).where(Company.code == "c4")).one()
        assert (wingtip.name, wingtip.currency, wingtip.language, wingtip.email) == \
            ("Wingtip", "EUR", "en_GB", "ap@wingtip.example")


def test_bad_companies_are_all_reported_by_line_and_column(contoso):
    assert problems(contoso, "companies", "companies_bad.csv") == [
        ("line 2, column code", "exists"),
        ("line 3, column currency", "unknown_currency"),
        ("line 4, column currency", "currency_disabled"),
        ("line 4, column signup", "bad_date"),
        ("line 4, column billing_day", "bad_billing_day"),
        ("line 6, column name", "missing"),
        ("line 6, column reseller", "unknown"),
        ("line 6, column email", "email_needed"),
        ("line 7, column code", "duplicate_in_file"),
    ]
    assert count(contoso, Company) == 1


def test_users_from_a_spreadsheet(contoso):
    assert load_csv(contoso, "users", "users.csv").counts == {
        "hoster": 0, "currencies": 0, "services": 0, "plans": 0, "resellers": 0, "companies": 0, "users": 2,
        "prices": 0, "events": 0}
    with unit_of_work(contoso) as s:
        c1, acme = s.scalar(select(Company.id)), s.scalar(select(Reseller.id))
        users = {u.email: (u.name, u.company_id, u.reseller_id) for u in s.scalars(select(User))}
    assert users == {"ann@contoso.example": ("Ann Lee", c1, acme), "bob@contoso.example": ("Bob Marsh", c1, acme),
                     "cy@contoso.example": ("Cy Young", c1, acme)}


def test_bad_users_are_all_reported_and_a_quoted_line_break_counts(contoso):
    assert problems(contoso, "users", "users_bad.csv") == [
        ("line 2, column email", "exists"),
        ("line 3, column company", "unknown"),
        ("line 4, column email", "bad_email"),
        ("line 5, column name", "control_character"),  # a line break inside a name
        ("line 7, column email", "duplicate_in_file"),  # line 5-6 hold one row
    ]
    assert count(contoso, User) == 1


def test_header_problems_are_reported_together():
    with pytest.raises(ProrataError) as exc:
        parse_csv("users", "company,mail,name,name\nc1,a@b.example,A,A\n")
    assert [(p.where, p.id, p.params.get("column")) for p in exc.value.problems] == [
        ("line 1", "unknown_column", "mail"), ("line 1", "duplicate_column", "name"),
        ("line 1", "missing_column", "email")]
    with pytest.raises(ProrataError) as exc:
        parse_csv("users", "company,email,name\nc1,a@b.example,A,extra\n")
    assert [(p.where, p.id) for p in exc.value.problems] == [("line 2", "too_many_cells")]
    with pytest.raises(ProrataError) as exc:
        parse_csv("companies", "")
    assert exc.value.problems[0].id == "bad_csv"


def test_json_paths_map_to_the_cell_they_came_from():
    lines = [2, 3, 5]
    assert csv_location("$.companies[2].currency", "companies", lines) == "line 5, column currency"
    assert csv_location("$.companies[0].address.lines[1]", "companies", lines) == "line 2, column address_lines"
    assert csv_location("$.companies[1].address.city", "companies", lines) == "line 3, column city"
    assert csv_location("$.companies[1].address", "companies", lines) == "line 3, column address_lines"
    assert csv_location("$.companies[1]", "companies", lines) == "line 3"
    assert csv_location("$.hoster", "companies", lines) == "$.hoster"


def test_dry_run_writes_nothing(contoso):
    result = load_csv(contoso, "companies", "companies.csv", dry_run=True)
    assert result.dry_run and result.counts["companies"] == 2
    assert count(contoso, Company) == 1


def test_cli_import_csv(contoso, capsys):
    assert main(["import-csv", "users", str(DATA / "users_bad.csv"), "--db", url(contoso)]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines()[0] == \
        "prorata: error: line 2, column email: user 'ann@contoso.example of c1' already exists in the database"
    assert "Traceback" not in captured.err
    assert main(["import-csv", "users", str(DATA / "users.csv"), "--db", url(contoso)]) == 0
    assert capsys.readouterr().out == "imported users.csv: 2 users\n"
    # A CSV given to the JSON import says where to go.
    assert main(["import", str(DATA / "users.csv"), "--db", url(contoso)]) == 2
    assert "prorata import-csv" in capsys.readouterr().err


def test_csv_needs_a_hoster_first(db, capsys):
    assert main(["import-csv", "companies", str(DATA / "companies.csv"), "--db", url(db)]) == 2
    assert "no hoster" in capsys.readouterr().err


def test_companies_tax_treatment_and_own_rate(contoso):
    load_csv(contoso, "companies", "companies_tax.csv")
    with unit_of_work(contoso) as s:
        rows = {c.code: (c.tax_treatment, c.tax_rate) for c in s.scalars(select(Company))}
    assert rows == {"c1": ("standard", None), "t1": ("standard", Decimal("7.5")), "t2": ("reverse_charge", None)}
    assert problems(contoso, "companies", "companies_tax_bad.csv") == [
        ("line 2, column tax_rate", "rate_needs_standard"),
        ("line 3, column tax_treatment", "bad_value"),
        ("line 4, column tax_rate", "bad_tax_rate"),
    ]
