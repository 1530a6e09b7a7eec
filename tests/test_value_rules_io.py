"""The value rules where data comes in and goes out: bundles, CSV imports and exports, the command line.

Each refusal is the same rule of app/values the window uses (tests/test_values.py); here it is located
at its JSON path, CSV line and column, or command-line option, and nothing is written.
"""
from __future__ import annotations

import csv
import io

import pytest

from app.cli.main import main
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from tests.test_bundle_import import example, load, problems, row_counts


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_bundle_amounts_quantities_dates_codes_and_names(db):
    doc = example()
    doc["hoster"]["tax_rate"] = "-7"
    doc["prices"][0]["amount"] = "1E+2"
    doc["prices"][1]["amount"] = "1e30"
    doc["prices"][2]["amount"] = "99999999999999999.00"
    doc["companies"][0]["name"] = "Contoso \x1b[31mLtd"
    doc["companies"].append({"code": "=cmd|' /C calc'!A0", "name": "Evil", "currency": "EUR",
                             "signup": "9999-12-31", "email": "a@evil.example"})
    doc["events"] += [
        {"date": "2026-02-11", "company": "c1", "type": "quantity", "plan": "sharepoint-sites",
         "quantity": 10 ** 12},
        {"date": "2026-02-12", "company": "c1", "type": "extra", "code": "huge", "amount": "1000000000000",
         "recurring": False, "description": {"en": "Huge"}},
    ]
    found = problems(db, doc)
    for expected in [
        ("$.hoster.tax_rate", "bad_tax_rate"),
        ("$.prices[0].amount", "bad_amount"),
        ("$.prices[1].amount", "bad_amount"),
        ("$.prices[2].amount", "amount_too_large"),
        ("$.companies[0].name", "control_character"),
        ("$.companies[1].code", "formula_code"),
        ("$.companies[1].signup", "date_out_of_range"),
        ("$.events[6].quantity", "quantity_too_large"),
        ("$.events[7].amount", "amount_too_large"),
    ]:
        assert expected in found
    assert set(row_counts(db).values()) == {0}


def test_a_good_bundle_at_the_limits_loads(db):
    doc = example()
    doc["prices"][0]["amount"] = "999999999999.99"
    doc["events"].append({"date": "2026-02-11", "company": "c1", "type": "quantity", "plan": "sharepoint-sites",
                          "quantity": 999_999_999})
    load(db, doc)


def test_csv_import_refuses_formula_codes_and_control_characters(db, tmp_path):
    load(db, example())
    path = tmp_path / "companies.csv"
    path.write_text("code,name,currency,signup,email\n"
                    "@SUM(A1),Fine Name,EUR,2026-02-01,a@x.example\n"
                    "c7,\"Bad\x07Bell\",EUR,2026-02-01,b@x.example\n"
                    "c8,Late,EUR,20260201,c@x.example\n", encoding="utf-8")
    with unit_of_work(db) as s:
        from app.bundle.csv_import import import_csv
        from app.errors import ProrataError
        with pytest.raises(ProrataError) as exc:
            import_csv(s, "companies", str(path))
    assert [(p.where, p.id) for p in exc.value.problems] == [
        ("line 2, column code", "formula_code"),
        ("line 3, column name", "control_character"),
        ("line 4, column signup", "bad_date"),
    ]


@pytest.mark.parametrize("args, message", [
    (["export", "billable", "--from", "20260701", "--to", "2026-08-01", "--format", "csv"],
     "prorata: error: --from: '20260701' is not a date (use YYYY-MM-DD)"),
    (["export", "billable", "--from", "2026-07-01", "--to", "9999-12-31", "--format", "csv"],
     "prorata: error: --to: 9999-12-31 is outside the dates Prorata accepts (2000-01-01 to 2199-12-31)"),
    (["audit", "--since", "2026-W27-3"], "prorata: error: --since: '2026-W27-3' is not a date (use YYYY-MM-DD)"),
    (["demo", "--companies", "1", "--as-of", "9999-12-31"],
     "prorata: error: --as-of: 9999-12-31 is outside the dates Prorata accepts (2000-01-01 to 2199-12-31)"),
])
def test_cli_dates_follow_the_one_rule(sqlite_db, capsys, args, message):
    assert main([*args, "--db", url(sqlite_db)]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [message]
    assert captured.out == ""


def test_billable_csv_cells_cannot_run_in_a_spreadsheet(db, capsys):
    w = build(db)
    # A code from before codes were checked, written straight into the database.
    add_company(db, w, "=cmd|' /C calc'!A0", reseller="acme", events=CONTOSO_EVENTS)
    assert main(["export", "billable", "--from", "2026-02-01", "--to", "2026-03-01", "--format", "csv",
                 "--db", url(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "'=cmd|' /C calc'!A0,acme,exchange-basic,,EUR,2026-02-01,2026-02-15,14,1,6.00,31,2.71"
    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    assert {r[0] for r in rows[1:]} == {"'=cmd|' /C calc'!A0"}


@pytest.mark.parametrize("args, message", [
    (["settings", "set", "hoster", "tax_rate", "-7"],
     "prorata: error: hoster.tax_rate: '-7' is not a tax rate: write a percentage from 0 to 100 with at most "
     "4 decimals, such as \"20\" or \"7.5\""),
    (["settings", "min-charge", "hoster", "EUR", "1E+2"],
     "prorata: error: hoster.min_charge.EUR: '1E+2' is not an amount (write it as a string such as \"12.50\")"),
    (["settings", "min-charge", "hoster", "EUR", "99999999999999999.00"],
     "prorata: error: hoster.min_charge.EUR: 99999999999999999.00 is too large: an amount has at most 12 digits "
     "before the decimal mark (up to 999,999,999,999.99)"),
])
def test_cli_settings_follow_the_same_rules(db, capsys, args, message):
    load(db, example())
    assert main([*args, "--db", url(db)]) == 2
    assert capsys.readouterr().err.splitlines() == [message]
