"""Aging and the account view agree, as of every day: money owed outside invoices (a refund that a later bank
return left unpaid) is shown as such, never as negative credit, and as of a day only what is dated on or
before it counts, in both (app/payments/position.py, the one rule). SQLite and PostgreSQL; every figure by hand.

The world (tests/test_payments.py ``d1``): the hoster bills its direct company d1 24.00 EUR a month: INV1
issued 2026-01-31 (due Feb 14), INV2 issued 2026-02-28 (due Mar 14). Payment terms are 14 days.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

from app.payments import aging, payments, refunds, reversals, statement
from app.storage.engine import unit_of_work
from tests import test_payments
from tests.test_payments import INV1, INV2

d1 = test_payments.d1  # the fixture of the payments tests' world


def view(db, day: date) -> dict:
    """d1's account as the account view shows it as of ``day``."""
    with unit_of_work(db) as s:
        return statement.show(s, "d1", as_of=day)["accounts"][0]


def aged(db, day: date) -> dict:
    """d1's aging row as of ``day``."""
    with unit_of_work(db) as s:
        (row,) = aging.aging(s, day, customer="d1")
        return row.as_json()


def figures(shown: dict) -> tuple[str, str, str, str]:
    return shown["open"], shown["owed_outside_invoices"], shown["credit"], shown["balance"]


def agree(db, day: date) -> None:
    """Both views: balance = open + owed outside invoices - credit, the same balance and the same owed outside
    invoices; aging's open is what the credit leaves of the invoices, its credit what they leave of it."""
    acc, row = view(db, day), aged(db, day)
    open_, outside, credit, balance = (D(x) for x in figures(acc))
    assert open_ + outside - credit == D(balance)
    a_open, a_outside, a_credit, a_balance = (D(x) for x in figures(row))
    assert a_open + a_outside - a_credit == a_balance == balance
    assert a_outside == outside and a_credit >= 0 and credit >= 0
    assert a_open == open_ - min(credit, open_) and a_credit == credit - min(credit, open_)


def test_a_refund_a_bank_return_left_unpaid_is_owed_outside_invoices(db, d1):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "100.00", "EUR", "check", date(2026, 3, 20), "CHK 1", auto_allocate=False)
    with unit_of_work(db) as s:
        refunds.refund(s, 1, "100.00", date(2026, 3, 21), "R-1")
    with unit_of_work(db) as s:
        reversals.reverse(s, 1, date(2026, 3, 25), "check bounced")
    # Apr 30: invoices 24 + 24 = 48.00 open; the 100.00 paid back of a check that bounced is owed on no invoice;
    # no credit. Balance 48 + 100 - 0 = 148.00 (= 48 - 100 + 100 + 100, the ledger's sum).
    day = date(2026, 4, 30)
    assert figures(view(db, day)) == ("48.00", "100.00", "0.00", "148.00")
    row = aged(db, day)
    assert figures(row) == ("48.00", "100.00", "0.00", "148.00")
    # INV1 due Feb 14: 75 days late (14 + 31 + 30); INV2 due Mar 14: 47 days (17 + 30).
    assert row["buckets"] == {"current": "0.00", "1-30": "0.00", "31-60": "24.00", "61-90": "24.00", "90+": "0.00"}
    agree(db, day)
    # Mar 20, the check received: 100.00 credit, 48.00 open: balance 48 - 100 = -52.00. Aging nets the credit
    # into the open invoices (0.00 left of them) and shows the 100 - 48 = 52.00 beyond them.
    assert figures(view(db, date(2026, 3, 20))) == ("48.00", "0.00", "100.00", "-52.00")
    assert figures(aged(db, date(2026, 3, 20))) == ("0.00", "0.00", "52.00", "-52.00")
    agree(db, date(2026, 3, 20))
    # Mar 22, refunded and not yet bounced: 100 - 100 = 0.00 credit, nothing owed outside; 48.00.
    assert figures(view(db, date(2026, 3, 22))) == ("48.00", "0.00", "0.00", "48.00")
    assert figures(aged(db, date(2026, 3, 22))) == ("48.00", "0.00", "0.00", "48.00")
    # Mar 25, the day of the return: as on Apr 30.
    assert figures(view(db, date(2026, 3, 25))) == ("48.00", "100.00", "0.00", "148.00")
    agree(db, date(2026, 3, 25))


def test_as_of_a_day_before_an_invoice_neither_view_counts_it(db, d1):
    # Feb 15: INV2 (issued Feb 28) does not exist yet. INV1 alone: 24.00 open, 1 day late (due Feb 14).
    day = date(2026, 2, 15)
    acc = view(db, day)
    assert figures(acc) == ("24.00", "0.00", "0.00", "24.00")
    assert [(o["invoice"], o["open"], o["bucket"]) for o in acc["open_invoices"]] == [(INV1, "24.00", "1-30")]
    assert [(e["kind"], e["document"], e["balance"]) for e in acc["entries"]] == [("invoice", INV1, "24.00")]
    row = aged(db, day)
    assert figures(row) == ("24.00", "0.00", "0.00", "24.00")
    assert row["buckets"]["1-30"] == "24.00" and row["buckets"]["current"] == "0.00"
    agree(db, day)
    # Jan 30, before either: the account shows nothing counted, and aging has no row for it.
    assert figures(view(db, date(2026, 1, 30))) == ("0.00", "0.00", "0.00", "0.00")
    assert view(db, date(2026, 1, 30))["entries"] == []
    with unit_of_work(db) as s:
        assert aging.aging(s, date(2026, 1, 30), customer="d1") == []


def test_as_of_a_day_between_a_payment_and_its_reversal(db, d1):
    # 30.00 on Mar 20 allocated to INV1 only: INV1 paid (24.00), 6.00 credit, refunded on Mar 22.
    with unit_of_work(db) as s:
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", date(2026, 3, 20), "TX-1", allocate_to=[INV1])
    with unit_of_work(db) as s:
        refunds.refund(s, 1, "6.00", date(2026, 3, 22), "R-1")  # the 6.00 the allocation to INV1 left
    with unit_of_work(db) as s:
        reversals.reverse(s, 1, date(2026, 3, 31), "transfer recalled by the bank")
    # Mar 25, paid and refunded, not yet recalled: INV1 settled, INV2 open 24.00; credit 30 - 24 - 6 = 0.00;
    # balance 48 - 30 + 6 = 24.00. The later reversal does not count.
    acc = view(db, date(2026, 3, 25))
    assert figures(acc) == ("24.00", "0.00", "0.00", "24.00")
    assert [(o["invoice"], o["open"], o["status"]) for o in acc["open_invoices"]] == [(INV2, "24.00", "issued")]
    assert [e["kind"] for e in acc["entries"]] == ["invoice", "invoice", "payment", "refund"]
    assert figures(aged(db, date(2026, 3, 25))) == ("24.00", "0.00", "0.00", "24.00")
    agree(db, date(2026, 3, 25))
    # Mar 21, before the refund: 6.00 credit; open 24.00 (INV2); 48 - 30 = 18.00. Aging: 24 - 6 = 18.00 open.
    assert figures(view(db, date(2026, 3, 21))) == ("24.00", "0.00", "6.00", "18.00")
    assert figures(aged(db, date(2026, 3, 21))) == ("18.00", "0.00", "0.00", "18.00")
    agree(db, date(2026, 3, 21))
    # Apr 5, after the recall: INV1 open again (24.00), INV2 24.00; the 6.00 refunded of money that never came
    # is owed outside invoices; no credit. 24 + 30 = 54.00 = 48 + 6 - 0.
    acc = view(db, date(2026, 4, 5))
    assert figures(acc) == ("48.00", "6.00", "0.00", "54.00")
    assert [(o["invoice"], o["open"]) for o in acc["open_invoices"]] == [(INV1, "24.00"), (INV2, "24.00")]
    assert figures(aged(db, date(2026, 4, 5))) == ("48.00", "6.00", "0.00", "54.00")
    agree(db, date(2026, 4, 5))


def test_the_cli_shows_owed_outside_invoices_as_of_a_day(db, d1, capsys, monkeypatch):
    from app.cli.main import main

    monkeypatch.setenv("LANGUAGE", "en")
    url = db.url.render_as_string(hide_password=False)
    with unit_of_work(db) as s:
        payments.record(s, "d1", "100.00", "EUR", "check", date(2026, 3, 20), "CHK 1", auto_allocate=False)
    with unit_of_work(db) as s:
        refunds.refund(s, 1, "100.00", date(2026, 3, 21), "R-1")
    with unit_of_work(db) as s:
        reversals.reverse(s, 1, date(2026, 3, 25), "check bounced")
    assert main(["accounts", "show", "d1", "--as-of", "2026-04-30", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    # 48 open + 100 owed outside invoices - 0 credit = 148.00
    assert out[1] == ("  with hoster in EUR: balance 148.00, open 48.00, owed outside invoices 100.00, "
                      "credit 0.00")
    # Feb 15: INV1 only (see above): no line for INV2, no payment.
    assert main(["accounts", "show", "d1", "--as-of", "2026-02-15", "--json", "--db", url]) == 0
    shown = json.loads(capsys.readouterr().out)["accounts"][0]
    assert figures(shown) == ("24.00", "0.00", "0.00", "24.00")
    assert [o["invoice"] for o in shown["open_invoices"]] == [INV1]
    assert main(["accounts", "aging", "--as-of", "2026-04-30", "--customer", "d1", "--db", url]) == 0
    head, line = capsys.readouterr().out.splitlines()
    assert "owed outside invoices" in head and "balance" in head
    assert line.split()[-4:] == ["48.00", "100.00", "0.00", "148.00"]  # open, owed outside, credit, balance


def test_the_statement_shows_what_is_owed_outside_invoices(db, d1):
    from app.payments import statement_pdf

    with unit_of_work(db) as s:
        payments.record(s, "d1", "100.00", "EUR", "check", date(2026, 3, 20), "CHK 1", auto_allocate=False)
    with unit_of_work(db) as s:
        refunds.refund(s, 1, "100.00", date(2026, 3, 21), "R-1")
    with unit_of_work(db) as s:
        reversals.reverse(s, 1, date(2026, 3, 25), "check bounced")
    with unit_of_work(db) as s:
        data = statement_pdf.statement(s, "d1", date(2026, 3, 1), date(2026, 4, 30))
    (sec,) = data.sections
    # Opening (Feb 28): 24 + 24 = 48.00; closing 48 - 100 + 100 + 100 = 148.00 = 48 open + 100 outside - 0 credit.
    assert (sec.opening, sec.closing, sec.outside, sec.credit) == (D("48.00"), D("148.00"), D("100.00"), D("0.00"))
    assert sum(sec.buckets.values()) + sec.outside - sec.credit == sec.closing
    pdf = statement_pdf.render(data, "de")
    assert pdf.startswith(b"%PDF")
    if __import__("os").path.isdir("/tmp/h/shots"):
        open(f"/tmp/h/shots/statement_owed_outside_{db.dialect.name}.pdf", "wb").write(pdf)
