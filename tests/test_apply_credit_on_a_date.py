"""Credit applied on a day a person gives (``accounts apply-credit --date``, ``payments.apply_credit`` and the
window's ``console.apply_credit``) spends only the credit that existed on that day, oldest first: a later payment
does not stop older credit that covers the amount, and is left as credit. Refused in words (CLI exit 2, nothing
written) only when the credit there on that day falls short, saying how much it was. SQLite and PostgreSQL;
every figure by hand.

The world of tests/test_payments.py: d1 (EUR) has INV1 (issued 31 Jan, due 14 Feb) and INV2 (issued 28 Feb, due
14 Mar), 24.00 each, both open. Two payments are kept as credit: #1 of 30.00 received on 16 March and #2 of
10.00 received on 20 March.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.errors import ProrataError
from app.models import Invoice
from app.models.payments import Allocation, Payment
from app.payments import console, payments, refunds, reversals, statement
from app.services import invoices
from app.storage.engine import unit_of_work
from app.translation import translator
from tests import test_payments
from tests.test_payments import INV1, INV2

D = Decimal
d1 = test_payments.d1
MAR16, MAR17, MAR18, MAR20 = (date(2026, 3, d) for d in (16, 17, 18, 20))


@pytest.fixture
def credit(db, d1):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", MAR16, "TX-1", auto_allocate=False)
        payments.record(s, "d1", "10.00", "EUR", "bank_transfer", MAR20, "TX-2", auto_allocate=False)
    return db


def allocations(db) -> list[tuple[str, Decimal, date, int]]:
    """(invoice, amount, dated, payment id), in the order made."""
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(
            select(Invoice.number, Allocation.amount, Allocation.allocated_on, Allocation.payment_id)
            .join(Invoice, Invoice.id == Allocation.invoice_id).order_by(Allocation.id))]


def figures(db, day: date) -> tuple[str, str, str]:
    """d1's (open, credit, balance) as of ``day``."""
    with unit_of_work(db) as s:
        a = statement.show(s, "d1", as_of=day)["accounts"][0]
    return a["open"], a["credit"], a["balance"]


def ids(db) -> tuple[int, int, int]:
    with unit_of_work(db) as s:
        return (s.scalar(select(Payment.account_id)),
                s.scalar(select(Invoice.id).where(Invoice.number == INV1)),
                s.scalar(select(Invoice.id).where(Invoice.number == INV2)))


def test_older_credit_that_covers_the_invoice_is_applied_though_a_later_payment_exists(credit):
    db = credit
    with unit_of_work(db) as s:
        done = payments.apply_credit(s, "d1", "EUR", invoices=[INV1], day=MAR17)
    # INV1's 24.00 out of payment #1's 30.00, dated the day given; payment #2 (20 March) untouched.
    assert [(a.invoice, a.amount, a.source) for a in done] == [(INV1, D("24.00"), "payment #1")]
    assert allocations(db) == [(INV1, D("24.00"), MAR17, 1)]
    # As of 18 March: INV2 24.00 open; credit 30.00 - 24.00 = 6.00 (payment #2 not there yet);
    # balance 48.00 - 30.00 = 18.00 = 24.00 - 6.00.
    assert figures(db, MAR18) == ("24.00", "6.00", "18.00")
    # As of 20 March: 6.00 + 10.00 = 16.00 credit; balance 18.00 - 10.00 = 8.00.
    assert figures(db, MAR20) == ("24.00", "16.00", "8.00")


def test_credit_short_on_the_day_is_refused_saying_how_much_there_was(credit):
    db = credit
    # Both invoices open: 24.00 + 24.00 = 48.00; the whole credit, 30.00 + 10.00 = 40.00, would be applied.
    # On 17 March only payment #1's 30.00 was there.
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:
        payments.apply_credit(s, "d1", "EUR", day=MAR17)
    assert refused.value.messages() == [
        "--date: d1 had 30.00 EUR of credit on 2026-03-17, not the 40.00 EUR to apply: credit that came later "
        "cannot settle an invoice before it was there; give a date on or after 2026-03-20; nothing was applied"]
    (german,) = refused.value.messages(translator("de_DE"))
    assert german == ("--date: d1 hatte am 17.03.2026 30.00 EUR Guthaben, nicht die 40.00 EUR, die angerechnet "
                      "werden sollen: später eingegangenes Guthaben kann keine Rechnung begleichen, bevor es da war; "
                      "geben Sie ein Datum ab 20.03.2026 an; nichts wurde angerechnet")
    assert allocations(db) == []
    # On 20 March all 40.00 was there: INV1 24.00 and 6.00 of INV2 from #1, 10.00 of INV2 from #2.
    with unit_of_work(db) as s:
        payments.apply_credit(s, "d1", "EUR", day=MAR20)
    assert allocations(db) == [(INV1, D("24.00"), MAR20, 1), (INV2, D("6.00"), MAR20, 1),
                               (INV2, D("10.00"), MAR20, 2)]
    assert figures(db, MAR20) == ("8.00", "0.00", "8.00")  # 24.00 - 6.00 - 10.00 = 8.00 open


def test_the_cli(credit, capsys, monkeypatch):
    db = credit
    monkeypatch.setenv("LANGUAGE", "en")
    url = db.url.render_as_string(hide_password=False)
    assert main(["accounts", "apply-credit", "d1", "EUR", "--date", "2026-03-17", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "d1 had 30.00 EUR of credit on 2026-03-17, not the 40.00 EUR to apply" in err
    assert "give a date on or after 2026-03-20" in err and "nothing was applied" in err
    assert allocations(db) == []
    # Only INV1 (24.00): payment #1's 30.00 covers it on 17 March.
    assert main(["accounts", "apply-credit", "d1", "EUR", INV1, "--date", "2026-03-17", "--db", url]) == 0
    assert f"{INV1}: 24.00 (paid)" in capsys.readouterr().out
    # INV2 on 18 March: 6.00 was there (30.00 - 24.00), 6.00 + 10.00 = 16.00 would be applied.
    assert main(["accounts", "apply-credit", "d1", "EUR", INV2, "--date", "2026-03-18", "--db", url]) == 2
    assert "d1 had 6.00 EUR of credit on 2026-03-18, not the 16.00 EUR to apply" in capsys.readouterr().err
    assert allocations(db) == [(INV1, D("24.00"), MAR17, 1)]


def test_the_windows_apply_credit(credit):
    db = credit
    account_id, inv1, inv2 = ids(db)
    # 24.00 + 10.00 = 34.00 on 17 March: more than the 30.00 there (all 40.00 is there from 20 March).
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:
        console.apply_credit(s, account_id, [(inv1, "24.00"), (inv2, "10.00")], MAR17)
    (problem,) = refused.value.problems
    assert (problem.id, problem.where) == ("credit_short_on_date", "--date")  # the "Applied on" field
    assert refused.value.messages() == [
        "--date: d1 had 30.00 EUR of credit on 2026-03-17, not the 34.00 EUR to apply: credit that came later "
        "cannot settle an invoice before it was there; give a date on or after 2026-03-20; nothing was applied"]
    assert allocations(db) == []
    # 20.00 + 10.00 = 30.00: payment #1 alone covers it, though payment #2 exists.
    with unit_of_work(db) as s:
        console.apply_credit(s, account_id, [(inv1, "20.00"), (inv2, "10.00")], MAR17)
    assert allocations(db) == [(INV1, D("20.00"), MAR17, 1), (INV2, D("10.00"), MAR17, 1)]
    # As of 17 March: 4.00 + 14.00 = 18.00 open, no credit; balance 48.00 - 30.00 = 18.00.
    assert figures(db, MAR17) == ("18.00", "0.00", "18.00")
    # 5.00 more on 18 March: nothing there (payment #1 spent, #2 not yet).
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:
        console.apply_credit(s, account_id, [(inv1, "4.00"), (inv2, "1.00")], MAR18)
    assert refused.value.messages()[0].startswith("--date: d1 had 0.00 EUR of credit on 2026-03-18, not the 5.00 EUR")
    # Above all the credit there is (10.00 left), the older refusal stands.
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:
        console.apply_credit(s, account_id, [(inv2, "11.00")], MAR20)
    assert refused.value.problems[0].id == "credit_above_available"


# Credit applied dated a day spends what each source had left THAT day and keeps after (``position.credit_on``),
# not what it has left today: money freed later was not there yet, money refunded later cannot be spent twice.

MAR5, MAR6, MAR10, MAR12, MAR25, MAR26 = (date(2026, 3, d) for d in (5, 6, 10, 12, 25, 26))


@pytest.fixture
def freed_later(db, d1):
    """P0 24.00 (5 Mar) pays INV1, P1 24.00 (6 Mar) pays INV2; INV2 credited on 25 Mar (P1's 24.00 freed that
    day: its allocation taken back, the credit note pays INV2); P0 bounced, reversed dated 10 Mar (INV1 open
    again from 10 Mar)."""
    with unit_of_work(db) as s:
        payments.record(s, "d1", "24.00", "EUR", "bank_transfer", MAR5, "P0", allocate_to=[INV1])
    with unit_of_work(db) as s:
        payments.record(s, "d1", "24.00", "EUR", "bank_transfer", MAR6, "P1", allocate_to=[INV2])
    with unit_of_work(db) as s:
        invoices.credit(s, INV2, MAR25)
    with unit_of_work(db) as s:
        reversals.reverse(s, s.scalar(select(Payment.id).where(Payment.reference == "P0")), MAR10, "bounced")
    return db


def test_credit_freed_after_the_day_given_is_not_spent_on_it(freed_later):
    db = freed_later
    # On 12 Mar: P0 reversed (0 left), P1's 24.00 paying INV2 until 25 Mar: 0.00 credit; INV1 24.00 open.
    assert figures(db, MAR12) == ("24.00", "0.00", "24.00")
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:
        payments.apply_credit(s, "d1", "EUR", invoices=[INV1], day=MAR12)
    assert refused.value.messages() == [
        "--date: d1 had 0.00 EUR of credit on 2026-03-12, not the 24.00 EUR to apply: credit that came later "
        "cannot settle an invoice before it was there; give a date on or after 2026-03-25; nothing was applied"]
    account_id, inv1, _ = ids(db)
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:  # the window: the same rule
        console.apply_credit(s, account_id, [(inv1, "24.00")], MAR12)
    assert refused.value.messages()[0].startswith("--date: d1 had 0.00 EUR of credit on 2026-03-12, not the 24.00")
    assert "on or after 2026-03-25" in refused.value.messages()[0]
    # Nothing dated 12 Mar: INV1 still 24.00 open on 15 Mar, as before.
    assert figures(db, date(2026, 3, 15)) == ("24.00", "0.00", "24.00")
    # On 25 Mar P1's 24.00 is there: applied to INV1 dated then. As of 26 Mar nothing open, no credit;
    # balance 24 + 24 (invoices) - 24 - 24 (payments) + 24 (P0 reversed) - 24 (credit note) = 0.00.
    with unit_of_work(db) as s:
        done = payments.apply_credit(s, "d1", "EUR", invoices=[INV1], day=MAR25)
    assert [(a.invoice, a.amount, a.source) for a in done] == [(INV1, D("24.00"), "payment #2")]
    assert figures(db, MAR26) == ("0.00", "0.00", "0.00")


@pytest.fixture
def refunded_later(credit):
    """The ``credit`` world, and 20.00 of payment #1 (30.00, 16 Mar) refunded on 18 Mar."""
    with unit_of_work(credit) as s:
        refunds.refund(s, s.scalar(select(Payment.id).where(Payment.reference == "TX-1")), "20.00", MAR18, "RF-1")
    return credit


def test_credit_refunded_after_the_day_given_is_said_and_not_spent_twice(refunded_later, capsys, monkeypatch):
    db = refunded_later
    # On 17 Mar the account had #1's 30.00 (what accounts show --as-of 2026-03-17 says); 20.00 of it refunded on
    # 18 Mar, so 30.00 - 20.00 = 10.00 may be spent dated 17 Mar. INV1 (24.00) alone: #1's 10.00 + #2's 10.00
    # (20 Mar) = 20.00 would be applied; 20.00 > 10.00: refused, all of it there from 20 Mar (10.00 + 10.00).
    assert figures(db, MAR17) == ("48.00", "30.00", "18.00")
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:
        payments.apply_credit(s, "d1", "EUR", invoices=[INV1], day=MAR17)
    (problem,) = refused.value.problems
    assert problem.id == "credit_short_on_date_since"
    assert refused.value.messages() == [
        "--date: d1 had 30.00 EUR of credit on 2026-03-17, but 20.00 EUR of it was refunded, reversed or applied "
        "after that day: 10.00 EUR can be applied on 2026-03-17, not the 20.00 EUR to apply; give a date on or "
        "after 2026-03-20; nothing was applied"]
    (german,) = refused.value.messages(translator("de_DE"))
    assert "30.00 EUR" in german and "20.00 EUR" in german and "10.00 EUR" in german and "20.03.2026" in german
    assert allocations(db) == []
    monkeypatch.setenv("LANGUAGE", "en")
    url = db.url.render_as_string(hide_password=False)
    assert main(["accounts", "apply-credit", "d1", "EUR", INV1, "--date", "2026-03-17", "--db", url]) == 2
    assert "d1 had 30.00 EUR of credit on 2026-03-17, but 20.00 EUR" in capsys.readouterr().err
    # The window: 15.00 to INV1 on 17 Mar is above the 10.00 that may be spent then (all of it from 20 Mar).
    account_id, inv1, _ = ids(db)
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:
        console.apply_credit(s, account_id, [(inv1, "15.00")], MAR17)
    assert refused.value.messages() == [
        "--date: d1 had 30.00 EUR of credit on 2026-03-17, but 20.00 EUR of it was refunded, reversed or applied "
        "after that day: 10.00 EUR can be applied on 2026-03-17, not the 15.00 EUR to apply; give a date on or "
        "after 2026-03-20; nothing was applied"]
    # 10.00 on 17 Mar: what #1 kept after its refund.
    with unit_of_work(db) as s:
        console.apply_credit(s, account_id, [(inv1, "10.00")], MAR17)
    assert allocations(db) == [(INV1, D("10.00"), MAR17, 1)]
    # As of 18 Mar: #1 30.00 - 20.00 refunded - 10.00 applied = 0.00 credit; open 14.00 + 24.00 = 38.00;
    # balance 48.00 - 30.00 + 20.00 = 38.00.
    assert figures(db, MAR18) == ("38.00", "0.00", "38.00")


def test_freed_credit_applied_as_an_invoice_is_issued_is_dated_no_earlier_than_it_was_freed(db, d1):
    """P1 and P2, 24.00 each (20 Mar), pay INV1 and INV2. INV1 is credited on 2 April (INV-2026-00003): the
    24.00 of P1 that paid it is credit from that day (nothing else open to take it). A run on 15 April issues
    INV-2026-00004, 24.00 dated 31 March, and applies that credit to it as it is issued: dated 2 April, when the
    credit was there, not 31 March (which would leave P1's 24.00 spent twice as of 31 March: INV1 and
    INV-2026-00004 both paid by it, 24.00 owed outside invoices that nobody owes).
    As of 31 March: 24.00 + 24.00 - 24.00 - 24.00 + 24.00 = 24.00 balance, INV-2026-00004's 24.00 open, no
    credit, nothing outside invoices. As of 2 April: 24.00 - 24.00 (the credit note) = 0.00, all paid."""
    from app.billing.run import run_billing

    mar31, apr2 = date(2026, 3, 31), date(2026, 4, 2)
    with unit_of_work(db) as s:
        payments.record(s, "d1", "24.00", "EUR", "bank_transfer", MAR20, "P1", allocate_to=[INV1])
        payments.record(s, "d1", "24.00", "EUR", "bank_transfer", MAR20, "P2", allocate_to=[INV2])
    with unit_of_work(db) as s:
        invoices.credit(s, INV1, apr2)
    run_billing(db, date(2026, 4, 15), issue=True)
    with unit_of_work(db) as s:
        inv4 = s.scalars(select(Invoice).where(Invoice.number == "INV-2026-00004")).one()
        assert (inv4.issue_date, inv4.total, inv4.status) == (mar31, D("24.00"), "paid")
    assert allocations(db)[-1] == ("INV-2026-00004", D("24.00"), apr2, 1)
    with unit_of_work(db) as s:
        on = {day: statement.show(s, "d1", as_of=day)["accounts"][0] for day in (mar31, apr2)}
    assert [(a["balance"], a["open"], a["credit"], a["owed_outside_invoices"]) for a in on.values()] == [
        ("24.00", "24.00", "0.00", "0.00"), ("0.00", "0.00", "0.00", "0.00")]
