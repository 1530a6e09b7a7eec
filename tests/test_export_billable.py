"""``prorata export billable``: the billable rows as CSV or JSON, through the CLI.

Contoso in February 2026 is worked by hand in tests/test_billable.py: periods
Jan 15 - Feb 15 (31 days) and Feb 15 - Mar 15 (28 days), a mailbox at acme's
6.00 and SharePoint sites at 12.00.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from app.cli.main import main
from tests.billing_world import CONTOSO_EVENTS, add_company, build

FEBRUARY = ["--from", "2026-02-01", "--to", "2026-03-01"]
HEADER = "company,reseller,plan,extra,currency,start,end,days,quantity,unit_price,period_days,amount"


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def contoso(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    return w


def test_csv_to_standard_output(db, capsys):
    contoso(db)
    assert main(["export", "billable", *FEBRUARY, "--format", "csv", "--db", url(db)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        HEADER,
        "c1,acme,exchange-basic,,EUR,2026-02-01,2026-02-15,14,1,6.00,31,2.71",    # 6 x 14/31 = 2.7097
        "c1,acme,sharepoint-sites,,EUR,2026-02-10,2026-02-15,5,3,12.00,31,5.81",  # 36 x 5/31 = 5.8065
        "c1,acme,exchange-basic,,EUR,2026-02-15,2026-03-01,14,1,6.00,28,3.00",    # 6 x 14/28
        "c1,acme,sharepoint-sites,,EUR,2026-02-15,2026-02-20,5,3,12.00,28,6.43",  # 36 x 5/28 = 6.4286
        "c1,acme,sharepoint-sites,,EUR,2026-02-20,2026-03-01,9,5,12.00,28,19.29",  # 60 x 9/28 = 19.2857
        "c1,acme,,support-call,EUR,2026-02-03,2026-02-04,1,1,50.00,31,50.00",
    ]
    assert captured.err == ""


def test_json_to_a_file(db, tmp_path, capsys):
    contoso(db)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "february.json"
    assert main(["export", "billable", *FEBRUARY, "--format", "json", "--output", str(target),
                 "--db", url(db)]) == 0
    assert capsys.readouterr().out == f"wrote 6 billable row(s) from 2026-02-01 to 2026-03-01 to {target}\n"
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert (doc["from"], doc["to"], len(doc["rows"])) == ("2026-02-01", "2026-03-01", 6)
    assert doc["rows"][4] == {"company": "c1", "reseller": "acme", "plan": "sharepoint-sites", "extra": "",
                              "currency": "EUR", "start": "2026-02-20", "end": "2026-03-01", "days": 9,
                              "quantity": 5, "unit_price": "12.00", "period_days": 28, "amount": "19.29"}
    # 2.71 + 5.81 + 3.00 + 6.43 + 19.29 + 50.00
    assert sum(Decimal(r["amount"]) for r in doc["rows"]) == Decimal("87.24")
    assert [p.name for p in target.parent.iterdir()] == ["february.json"]  # no temporary file left behind


def test_a_missing_price_is_reported_and_the_status_is_1(db, capsys):
    w = contoso(db)
    # USD: the world has no exchange-basic price in USD for the hoster's direct companies.
    add_company(db, w, "u1", currency="USD", signup=date(2026, 2, 1),
                events=[(date(2026, 2, 1), "subscribe", {"plan": "exchange-basic"}),
                        (date(2026, 2, 1), "assign", {"plan": "exchange-basic", "user": "al@u1.example"})])
    assert main(["export", "billable", *FEBRUARY, "--format", "json", "--db", url(db)]) == 1
    captured = capsys.readouterr()
    u1 = [r for r in json.loads(captured.out)["rows"] if r["company"] == "u1"]
    assert len(u1) == 1 and u1[0]["amount"] == "" and u1[0]["unit_price"] == "" and "USD" in u1[0]["error"]
    assert captured.err.startswith("prorata: u1: exchange-basic from 2026-02-01: ")


def test_bad_options_exit_2_naming_the_option(db, tmp_path, capsys):
    contoso(db)
    base = ["export", "billable", "--format", "csv", "--db", url(db)]
    assert main(base + ["--from", "2026-02-30", "--to", "2026-03-01"]) == 2
    assert capsys.readouterr().err == \
        "prorata: error: --from: '2026-02-30' is not a date (use YYYY-MM-DD)\n"
    assert main(base + ["--from", "2026-02-01", "--to", "March"]) == 2
    assert capsys.readouterr().err == "prorata: error: --to: 'March' is not a date (use YYYY-MM-DD)\n"
    assert main(base + ["--from", "2026-03-01", "--to", "2026-03-01"]) == 2
    assert capsys.readouterr().err == "prorata: error: --to: 2026-03-01 is not after --from 2026-03-01\n"
    assert main(["export", "billable", "--from", "2026-02-01", "--db", url(db)]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "prorata: error: --to: 'prorata export billable' needs --to",
        "prorata: error: --format: 'prorata export billable' needs --format"]
    assert captured.out == ""


def test_a_bundle_export_refuses_the_billable_options(db, tmp_path, capsys):
    contoso(db)
    target = tmp_path / "bundle.json"
    assert main(["export", str(target), "--from", "2026-02-01", "--format", "csv", "--db", url(db)]) == 2
    assert capsys.readouterr().err == ("prorata: error: --from: --from, --format belong to "
                                       "'prorata export billable'; exporting a bundle takes only FILE.json\n")
    assert not target.exists()
    assert main(["export", str(target), "--db", url(db)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["companies"][0]["code"] == "c1"


def test_nothing_is_written_without_a_hoster(db, capsys):
    assert main(["export", "billable", *FEBRUARY, "--format", "csv", "--db", url(db)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "no hoster" in captured.err
