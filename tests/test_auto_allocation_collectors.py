"""A payment allocated oldest first pays only the invoices of the collector it is booked to; the other
collector's invoices stay open and the clerk is told. SQLite and PostgreSQL; figures by hand.

The world (tests/test_booking_collectors.py ``_scene``): acme sells bc one Exchange Basic user, 6.00 + 21 % VAT =
7.26 on Feb 1 and again on Mar 1; acme changes its billing mode between the two runs. Under reseller_bills acme
collects its invoices; under the margin mode (hoster_bills_hoster_processor) the hoster does. A payment recorded
without invoices is booked to the collector of acme's mode now (the second mode).
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.models import Invoice
from app.models.payments import Allocation, PaymentAccount
from app.payments import aging, allocation, console, payments, statement_pdf
from app.payments.console import AccountFilters
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.test_booking_collectors import COSTS, MARGIN, MAR10, _scene

D = Decimal


def _statuses(db) -> list[tuple[str, str]]:
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(select(Invoice.number, Invoice.status)
                                            .where(Invoice.company_id.is_not(None)).order_by(Invoice.issue_date))]


def _allocated(db) -> list[tuple[str, Decimal]]:
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(select(Invoice.number, Allocation.amount)
                                            .join(Invoice, Invoice.id == Allocation.invoice_id)
                                            .order_by(Allocation.id))]


def test_margin_now_the_hosters_payment_pays_march_and_leaves_acmes_february_open(db):
    feb, mar, _ = _scene(db, COSTS, MARGIN)  # Feb 1 collected by acme, Mar 1 by the hoster
    with unit_of_work(db) as s:
        done = payments.record(s, "bc", "10.00", "EUR", "bank_transfer", MAR10, "TR-1")
        # Booked to the hoster (the margin mode now); of the two open invoices it pays the hoster's Mar 1 one
        # only, 7.26 in full; 10.00 - 7.26 = 2.74 stays credit, though Feb 1 (older) has 7.26 open.
        assert done.payment.collected_by == "hoster"
        assert [(a.invoice, a.amount) for a in done.allocations] == [(mar, D("7.26"))]
        assert done.credit_left == D("2.74")
        assert done.left_open == [(feb, D("7.26"))]
        assert done.left_open_note().message() == (
            f"left open: {feb}: acme collects them (by the billing mode each was issued under), "
            "and this payment went to the hoster")
        assert done.as_json()["left_open"] == [{"invoice": feb, "open": "7.26", "collector": "acme"}]
        assert done.left_open_note().message(translator("de")) == (
            f"offen gelassen: {feb}: diese zieht acme ein (jede nach dem Abrechnungsmodus, in dem sie ausgestellt "
            "wurde), und diese Zahlung ging an den Hoster")
    assert _statuses(db) == [(feb, "issued"), (mar, "paid")]


def test_the_hosters_credit_is_not_netted_into_acmes_invoice_by_aging_the_statement_or_the_console(db):
    feb, mar, _ = _scene(db, COSTS, MARGIN)  # Feb 1 collected by acme, Mar 1 by the hoster
    with unit_of_work(db) as s:
        payments.record(s, "bc", "10.00", "EUR", "bank_transfer", MAR10, "TR-1")  # Mar 1 paid, 2.74 hoster credit
    apr30 = date(2026, 4, 30)
    # Apr 30: Feb 1 (7.26, due Feb 15) is 13 + 31 + 30 = 74 days late: 61-90. The hoster's 2.74 never pays acme's
    # invoice (a collection takes 7.26 for it: ``due_after_credit``), so it stays beside it as credit:
    # 61-90 = 7.26, credit 2.74 (not 7.26 - 2.74 = 4.52 and 0.00); balance 7.26 + 7.26 - 10.00 = 4.52
    # = 7.26 - 2.74.
    with unit_of_work(db) as s:
        feb_id = s.scalar(select(Invoice.id).where(Invoice.company_id.is_not(None)).order_by(Invoice.issue_date)
                          .limit(1))
        assert allocation.due_after_credit(s, [feb_id]) == {feb_id: D("7.26")}
        (row,) = aging.aging(s, apr30, customer="bc")
        assert (row.buckets, row.credit, row.balance) == (
            {"current": 0, "1-30": 0, "31-60": 0, "61-90": D("7.26"), "90+": 0}, D("2.74"), D("4.52"))
        # The customer's statement shows aging's figures.
        (section,) = statement_pdf.statement(s, "bc", date(2026, 4, 1), apr30).sections
        assert (section.buckets["61-90"], section.credit) == (D("7.26"), D("2.74"))
        # The console: overdue 7.26 (not 4.52), the same in the database's sort by overdue and on the account.
        for sort in ("customer", "overdue"):
            assert [(r.balance, r.credit, r.overdue) for r in console.account_page(
                s, AccountFilters(as_of=apr30, text="bc", sort=sort))] == [(D("4.52"), D("2.74"), D("7.26"))]
        account = s.scalars(select(PaymentAccount.id).where(PaymentAccount.company_id.is_not(None))).one()
        assert console.account_view(s, account, apr30).row.overdue == D("7.26")


def test_the_console_records_oldest_first_by_the_same_rule(db):
    feb, mar, _ = _scene(db, COSTS, MARGIN)
    with unit_of_work(db) as s:
        account = s.scalars(select(PaymentAccount.id).where(PaymentAccount.company_id.is_not(None))).one()
        done = console.record_payment(s, account, "cash", D("7.26"), MAR10, "R-7")
        # The hoster's 7.26 pays its Mar 1 invoice in full; acme's Feb 1 stays open, said so.
        assert [(a.invoice, a.amount) for a in done.allocations] == [(mar, D("7.26"))]
        assert done.left_open == [(feb, D("7.26"))] and done.left_open_note() is not None
    assert _statuses(db) == [(feb, "issued"), (mar, "paid")]


def test_reseller_bills_now_acmes_payment_pays_march_and_leaves_the_hosters_february_open(db):
    feb, mar, acme = _scene(db, MARGIN, COSTS)  # Feb 1 collected by the hoster, Mar 1 by acme
    with unit_of_work(db) as s:
        done = payments.record(s, "bc", "5.00", "EUR", "cash", MAR10, "R-1")
        # Booked to acme; 5.00 of Mar 1's 7.26 (2.26 still open), nothing of the hoster's Feb 1.
        assert done.payment.collected_by == acme
        assert [(a.invoice, a.amount, a.status_after) for a in done.allocations] == [
            (mar, D("5.00"), "partially_paid")]
        assert done.credit_left == D("0.00")
        assert done.left_open_note().message() == (
            f"left open: {feb}: the hoster collects them (by the billing mode each was issued under), "
            "and this payment went to acme")
    assert _statuses(db) == [(feb, "issued"), (mar, "partially_paid")]


def test_one_collector_alone_pays_oldest_first_and_says_nothing_more(db):
    feb, mar, _ = _scene(db, MARGIN, MARGIN)  # both collected by the hoster
    with unit_of_work(db) as s:
        done = payments.record(s, "bc", "10.00", "EUR", "bank_transfer", MAR10, "TR-1")
        # Feb 1 7.26 in full, then 10.00 - 7.26 = 2.74 of Mar 1.
        assert [(a.invoice, a.amount) for a in done.allocations] == [(feb, D("7.26")), (mar, D("2.74"))]
        assert (done.left_open, done.left_open_note()) == ([], None)
        assert done.as_json()["left_open"] == []


def _run(db, capsys, *argv) -> tuple[int, str]:
    status = main([*argv, "--db", db.url.render_as_string(hide_password=False)])
    return status, capsys.readouterr().out


@pytest.mark.parametrize("before, after", [(COSTS, MARGIN)])
def test_the_command_line_says_what_it_left_open(db, capsys, monkeypatch, before, after):
    monkeypatch.setenv("LANGUAGE", "en")
    feb, mar, _ = _scene(db, before, after)
    status, out = _run(db, capsys, "payments", "add", "bc", "10.00", "EUR", "--method", "bank_transfer",
                       "--date", "2026-03-10", "--reference", "TR-1")
    assert status == 0
    assert out.splitlines()[1:] == [
        f"  {mar}: 7.26 (paid)",
        f"  left open: {feb}: acme collects them (by the billing mode each was issued under), and this payment "
        "went to the hoster",
        "  credit left: 2.74"]
    # A payment kept as credit, allocated later without invoices: the same rule (hoster's, so nothing: Mar 1 is
    # paid, and Feb 1 is acme's).
    status, out = _run(db, capsys, "payments", "add", "bc", "3.00", "EUR", "--method", "cash", "--date",
                       "2026-03-11", "--reference", "R-2", "--no-allocate", "--json")
    pay = json.loads(out)["payment"]
    status, out = _run(db, capsys, "payments", "allocate", str(pay), "--date", "2026-03-12")
    assert status == 0
    assert out.splitlines() == [
        f"left open: {feb}: acme collects them (by the billing mode each was issued under), and this payment "
        "went to the hoster",
        f"payment #{pay}: 3.00 EUR left"]
    assert _statuses(db) == [(feb, "issued"), (mar, "paid")]
    assert _allocated(db) == [(mar, D("7.26"))]


def test_a_repeated_allocate_flag_adds_up(db, capsys):
    feb, mar, _ = _scene(db, MARGIN, MARGIN)
    # Named in the order Mar 1 then Feb 1: 7.26 to Mar 1, the other 2.74 of 10.00 to Feb 1 (4.52 still open).
    status, out = _run(db, capsys, "payments", "add", "bc", "10.00", "EUR", "--method", "bank_transfer",
                       "--date", "2026-03-10", "--reference", "TR-1",
                       "--allocate", f"acme:{mar}", "--allocate", f"acme:{feb}", "--json")
    assert status == 0
    assert [(a["invoice"], a["amount"], a["status"]) for a in json.loads(out)["allocations"]] == [
        (mar, "7.26", "paid"), (feb, "2.74", "partially_paid")]
