"""A reseller's account with the hoster, when the hoster collects (app/payments/payouts.py): its statements and
the payouts against them are figures of their own, which explain its balance, in ``accounts show`` (text and
--json) and in aging (a row for the account, what is open of its invoices in the buckets, what is to pay out
beside, in no bucket). Balance = open + owed outside invoices - credit - statements + paid out; negative: the
hoster owes the reseller. SQLite and PostgreSQL; every figure by hand.

The world of tests/test_payouts_statement.py: acme's company r1 takes 2 SharePoint sites from 1 February, billed
by the hoster: acme's retail 2 x 12.00 = 24.00 + 19 % VAT 4.56 = 28.56 on r1's invoice (issued 1 February, due
15 February). Acme's statement of 1 February: margin 2 x (12.00 - 8.00) = 8.00 + the VAT 4.56 = 12.56. The hoster
pays out 5.00 on 10 February.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from app.billing.run import run_billing
from app.cli.main import main
from app.payments import aging, payouts, statement
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
FEB5, FEB11, MAR1 = date(2026, 2, 5), date(2026, 2, 11), date(2026, 3, 1)


@pytest.fixture
def acme(db):
    w = build(db, acme_mode="hoster_bills_hoster_processor")
    add_company(db, w, "r1", reseller="acme", signup=date(2026, 2, 1),
                events=[(date(2026, 2, 1), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, date(2026, 2, 1), issue=True)
    with unit_of_work(db) as s:
        payouts.add(s, "acme", "5.00", date(2026, 2, 10), reference="TX-77")
    return db


def shown(db, day: date) -> dict:
    with unit_of_work(db) as s:
        (acc,) = statement.show(s, "acme", as_of=day)["accounts"]
    return acc


def figures(acc: dict) -> tuple[str, ...]:
    return (acc["open"], acc["owed_outside_invoices"], acc["credit"], acc["statements"], acc["paid_out"],
            acc["to_pay_out"], acc["balance"])


def aged(db, day: date, **kw) -> list[dict]:
    with unit_of_work(db) as s:
        return [r.as_json() for r in aging.aging(s, day, **kw)]


def test_the_account_view_explains_the_balance(acme):
    db = acme
    # 1 March: statement 12.56, paid out 5.00, 12.56 - 5.00 = 7.56 to pay out; nothing open, no credit:
    # balance 0.00 + 0.00 - 0.00 - 12.56 + 5.00 = -7.56.
    assert figures(shown(db, MAR1)) == ("0.00", "0.00", "0.00", "12.56", "5.00", "7.56", "-7.56")
    # 5 February, before the payout: all 12.56 to pay out.
    assert figures(shown(db, FEB5)) == ("0.00", "0.00", "0.00", "12.56", "0.00", "12.56", "-12.56")
    # A company's account has none of it: r1 owes acme 28.56, open.
    with unit_of_work(db) as s:
        (r1,) = statement.show(s, "r1", as_of=MAR1)["accounts"]
    assert (r1["statements"], r1["paid_out"], r1["to_pay_out"], r1["balance"]) == ("0.00", "0.00", "0.00", "28.56")


def test_aging_has_a_row_for_the_reseller(acme):
    db = acme
    zero = {"current": "0.00", "1-30": "0.00", "31-60": "0.00", "61-90": "0.00", "90+": "0.00"}
    # The hoster's row: nothing open (the statement is owed to acme, not by it), 7.56 to pay out, balance -7.56.
    assert aged(db, MAR1, customer="acme") == [{
        "issuer": "hoster", "currency": "EUR", "buckets": zero, "open": "0.00", "owed_outside_invoices": "0.00",
        "credit": "0.00", "to_pay_out": "7.56", "to_collect": "0.00", "balance": "-7.56"}]
    # The whole book: and acme's row, r1's 28.56 due 15 February, 14 days late on 1 March (1-30).
    rows = aged(db, MAR1)
    assert [(r["issuer"], r["buckets"]["1-30"], r["open"], r["to_pay_out"], r["balance"]) for r in rows] == [
        ("hoster", "0.00", "0.00", "7.56", "-7.56"), ("acme", "28.56", "28.56", "0.00", "28.56")]
    # The rest paid out on 11 February (12.56 - 5.00 = 7.56): nothing left, no row.
    with unit_of_work(db) as s:
        payouts.add(s, "acme", "7.56", FEB11)
    assert aged(db, MAR1, customer="acme") == []
    assert figures(shown(db, MAR1)) == ("0.00", "0.00", "0.00", "12.56", "12.56", "0.00", "0.00")


def test_an_invoice_to_the_reseller_is_in_the_buckets_beside_what_is_to_pay_out(acme):
    db = acme
    with unit_of_work(db) as s:  # the hoster invoices acme 50.00 (no tax) on 20 February, due 6 March
        draft = invoices.create_manual(s, "acme", "EUR", [invoices.ManualLine({"en": "Setup"}, D(1), D("50.00"))],
                                       issue_date=date(2026, 2, 20))
        inv = invoices.issue(s, draft.id, date(2026, 2, 20))
        assert inv.total == D("50.00")
    # 1 March: 50.00 open, not yet due; 7.56 to pay out: balance 50.00 - 7.56 = 42.44.
    assert figures(shown(db, MAR1)) == ("50.00", "0.00", "0.00", "12.56", "5.00", "7.56", "42.44")
    (row,) = aged(db, MAR1, customer="acme")
    assert (row["buckets"]["current"], row["open"], row["to_pay_out"], row["balance"]) == (
        "50.00", "50.00", "7.56", "42.44")


def test_the_cli(acme, capsys, monkeypatch):
    db = acme
    monkeypatch.setenv("LANGUAGE", "en")
    url = db.url.render_as_string(hide_password=False)
    assert main(["accounts", "show", "acme", "--as-of", "2026-03-01", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == ("  with hoster in EUR: balance -7.56, open 0.00, owed outside invoices 0.00, credit 0.00, "
                      "statements 12.56, paid out 5.00 (7.56 to pay out)")
    assert main(["accounts", "show", "acme", "--as-of", "2026-03-01", "--json", "--db", url]) == 0
    (acc,) = json.loads(capsys.readouterr().out)["accounts"]
    assert figures(acc) == ("0.00", "0.00", "0.00", "12.56", "5.00", "7.56", "-7.56")
    # A company's line says nothing of statements.
    assert main(["accounts", "show", "r1", "--as-of", "2026-03-01", "--db", url]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        "  with acme in EUR: balance 28.56, open 28.56, owed outside invoices 0.00, credit 0.00")
    assert main(["aging", "--as-of", "2026-03-01", "--customer", "acme", "--db", url]) == 0
    head, line = capsys.readouterr().out.splitlines()
    assert head.split()[-5:] == ["credit", "to", "pay", "out", "balance"]
    # open, owed outside, credit, to pay out, balance
    assert line.split()[-5:] == ["0.00", "0.00", "0.00", "7.56", "-7.56"]
    # Without statements, no such column.
    assert main(["aging", "--as-of", "2026-03-01", "--customer", "r1", "--db", url]) == 0
    head, line = capsys.readouterr().out.splitlines()
    assert "to pay out" not in head and line.split()[-4:] == ["28.56", "0.00", "0.00", "28.56"]
