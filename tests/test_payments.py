"""Accounts, the ledger, manual payments, allocation, credit, refunds, reversals and aging, as worked
scenarios on SQLite and PostgreSQL. Every expected figure is worked out by hand in the comments.

The world: the hoster bills its direct company d1 for archiving, 20.00 EUR a month plus 20 % tax = 24.00,
on its billing day (signup Jan 31): a run as of 2026-03-15 issues INV-2026-00001 (2026-01-31) and
INV-2026-00002 (2026-02-28). Payment terms are 14 days: due 2026-02-14 and 2026-03-14.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Hoster, Invoice, Reseller
from app.models.payments import Allocation, LedgerEntry, Payment, PaymentAccount
from app.payments import aging, ledger, payments, refunds, reversals, statement, terms
from app.services import billing_settings, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
INV1, INV2 = "INV-2026-00001", "INV-2026-00002"


@pytest.fixture
def d1(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    return w


def account(db, customer="d1", currency="EUR") -> dict:
    with unit_of_work(db) as s:
        return statement.show(s, customer, currency=currency, as_of=date(2026, 4, 20))["accounts"][0]


def statuses(db) -> dict[str, str]:
    with unit_of_work(db) as s:
        return dict(s.execute(select(Invoice.number, Invoice.status).order_by(Invoice.id)).all())


def refused(db, work) -> list[str]:
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            work(s)
    return exc.value.messages()


def counts(db) -> tuple[int, int, int]:
    with unit_of_work(db) as s:
        return (s.scalar(select(func.count()).select_from(Payment)),
                s.scalar(select(func.count()).select_from(LedgerEntry)),
                s.scalar(select(func.count()).select_from(Allocation)))


def test_issuing_posts_each_invoice_once_with_its_due_date(db, d1):
    acc = account(db)
    assert [(e["kind"], e["document"], e["amount"], e["due_date"]) for e in acc["entries"]] == [
        ("invoice", INV1, "24.00", "2026-02-14"), ("invoice", INV2, "24.00", "2026-03-14")]
    assert (acc["balance"], acc["credit"]) == ("48.00", "0.00")
    with unit_of_work(db) as s:
        ids = list(s.scalars(select(Invoice.id)))
        ledger.post_issued(s, ids)  # again: nothing new
    assert counts(db)[1] == 2


def test_payment_refund_and_reversal_scenario(db, d1):
    # 30.00 by transfer on Mar 20, oldest first: INV1 24.00 (paid), INV2 6.00 (partially paid, 18.00 open).
    with unit_of_work(db) as s:
        done = payments.record(s, "d1", "30.00", "EUR", "bank_transfer", date(2026, 3, 20), "TX-1")
        assert done.as_json()["allocations"] == [
            {"invoice": INV1, "amount": "24.00", "source": "payment #1", "status": "paid"},
            {"invoice": INV2, "amount": "6.00", "source": "payment #1", "status": "partially_paid"}]
    assert statuses(db) == {INV1: "paid", INV2: "partially_paid"}
    assert (account(db)["balance"], account(db)["credit"]) == ("18.00", "0.00")  # 48 - 30
    # 20.00 by check on Mar 25: INV2's 18.00, and 2.00 credit. Balance 18 - 20 = -2.00.
    with unit_of_work(db) as s:
        done = payments.record(s, "d1", "20.00", "EUR", "check", date(2026, 3, 25), "CHK 4711")
        assert done.credit_left == D("2.00")
    assert statuses(db) == {INV1: "paid", INV2: "paid"}
    assert (account(db)["balance"], account(db)["credit"]) == ("-2.00", "2.00")
    # More than payment 2 collected less refunded: 20.00 - 0 < 20.01; more than its credit: 2.00 < 3.00.
    assert refused(db, lambda s: refunds.refund(s, 2, "20.01", date(2026, 3, 28), "R-0")) == [
        "a refund of 20.01 EUR is more than payment #2 collected: 20.00, of which 0.00 is refunded already; "
        "nothing was refunded"]
    assert refused(db, lambda s: refunds.refund(s, 2, "3.00", date(2026, 3, 28), "R-0")) == [
        f"payment #2 has 2.00 EUR of credit, not 3.00: the rest of it pays invoices ({INV2}); credit those first "
        "to refund more; nothing was refunded"]
    with unit_of_work(db) as s:
        refunds.refund(s, 2, "2.00", date(2026, 3, 28), "R-1")
    assert (account(db)["balance"], account(db)["credit"]) == ("0.00", "0.00")
    # Payment 1 comes back on Mar 31: its 24.00 on INV1 and 6.00 on INV2 are taken back. INV1 open again
    # (issued), INV2 keeps payment 2's 18.00 of 24.00 (partially paid). Balance 0 + 30 = 30.00 = 24 + 6 open.
    with unit_of_work(db) as s:
        done = reversals.reverse(s, 1, date(2026, 3, 31), "transfer recalled by the bank")
        assert [(a.invoice, a.amount, a.status_after) for a in done.allocations] == [
            (INV1, D("-24.00"), "issued"), (INV2, D("-6.00"), "partially_paid")]
    assert statuses(db) == {INV1: "issued", INV2: "partially_paid"}
    acc = account(db)
    assert (acc["balance"], acc["credit"]) == ("30.00", "0.00")
    assert [(o["invoice"], o["open"], o["bucket"]) for o in acc["open_invoices"]] == [
        (INV1, "24.00", "61-90"), (INV2, "6.00", "31-60")]  # Apr 20: 65 and 37 days after due
    assert [(e["kind"], e["amount"], e["balance"]) for e in acc["entries"]] == [
        ("invoice", "24.00", "24.00"), ("invoice", "24.00", "48.00"), ("payment", "-30.00", "18.00"),
        ("payment", "-20.00", "-2.00"), ("refund", "2.00", "0.00"), ("reversal", "30.00", "30.00")]
    # Once reversed, never again, nor refunded.
    assert refused(db, lambda s: reversals.reverse(s, 1, date(2026, 4, 1), "again")) == [
        "payment #1 was reversed on 2026-03-31: it can no longer be reversed again"]
    with unit_of_work(db) as s:
        rows = aging.aging(s, date(2026, 4, 20))
        assert [r.as_json() for r in rows] == [{
            "issuer": "hoster", "currency": "EUR", "open": "30.00", "owed_outside_invoices": "0.00", "credit": "0.00",
            "to_pay_out": "0.00", "to_collect": "0.00", "balance": "30.00",
            "buckets": {"current": "0.00", "1-30": "0.00", "31-60": "6.00", "61-90": "24.00", "90+": "0.00"}}]
        # As of Mar 10: only INV1 was issued (Feb 28's INV2 too, not yet due), nothing paid yet.
        assert rows_of(aging.aging(s, date(2026, 3, 10))) == {"current": "24.00", "1-30": "24.00"}


def rows_of(rows) -> dict[str, str]:
    (row,) = rows
    return {k: v for k, v in row.as_json()["buckets"].items() if v != "0.00"}


def test_payment_by_hand_and_overpayment_as_credit_applied_on_the_next_invoice(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 15), issue=True)  # INV1 only
    with unit_of_work(db) as s:
        done = payments.record(s, "d1", "50.00", "EUR", "cash", date(2026, 2, 10), "receipt 17", allocate_to=[INV1])
        assert (done.allocations[0].amount, done.credit_left) == (D("24.00"), D("26.00"))
    run_billing(db, date(2026, 3, 15), issue=True)  # INV2, 24.00: the credit pays it, 2.00 left
    assert statuses(db) == {INV1: "paid", INV2: "paid"}
    acc = account(db)
    assert (acc["balance"], acc["credit"], acc["open_invoices"]) == ("-2.00", "2.00", [])
    assert [(e["kind"], e["amount"], e["reference"]) for e in acc["entries"]] == [
        ("invoice", "24.00", INV1), ("payment", "-50.00", "receipt 17"), ("invoice", "24.00", INV2),
        ("credit_applied", "0.00", INV2)]


def test_a_credit_note_turns_what_paid_the_invoice_into_credit_applied_at_once(db, d1):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "10.00", "EUR", "cash", date(2026, 3, 1), "receipt 1", allocate_to=[INV1])
    with unit_of_work(db) as s:
        note = invoices.credit(s, INV1, date(2026, 3, 5))
        assert note.number == "INV-2026-00003"
    # INV1 void; the payment's 10.00 is credit again, applied at once to INV2, the account's other open invoice
    # (10.00 of its 24.00: 14.00 open); the credit note settles INV1's 24.00.
    # Balance 24 + 24 - 10 - 24 = 14.00 = INV2's 14.00 open; no credit left.
    assert statuses(db) == {INV1: "void", INV2: "partially_paid", "INV-2026-00003": "issued"}
    acc = account(db)
    assert (acc["balance"], acc["credit"]) == ("14.00", "0.00")
    assert [(o["invoice"], o["open"]) for o in acc["open_invoices"]] == [(INV2, "14.00")]
    assert refused(db, lambda s: payments.apply_credit(s, "d1", "EUR")) == [
        "d1 has no credit in EUR with hoster"]


def test_allocation_is_refused_beyond_what_is_open_or_left(db, d1):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", date(2026, 3, 20), "TX-1", auto_allocate=False)
        payments.record(s, "d1", "20.00", "EUR", "bank_transfer", date(2026, 3, 21), "TX-2", auto_allocate=False,
                        actor="bob")
        payments.allocate(s, 2, [(INV1, "20.00")], date(2026, 3, 21), actor="bob")
    # INV1 has 4.00 open; payment 1 has 30.00.
    msg = refused(db, lambda s: payments.allocate(s, 1, [(INV1, "5.00")], date(2026, 3, 22)))[0]
    assert msg.startswith(f"{INV1} has 4.00 EUR open, not 5.00: allocating that would pay it more than in full "
                          "(bob allocated 20.00 to it on 2026-")
    assert msg.endswith("UTC); nothing was allocated")
    assert refused(db, lambda s: payments.allocate(s, 2, [(INV2, "0.01")])) == [
        "payment #2 has 0.00 EUR left to allocate, not 0.01; nothing was allocated"]
    with unit_of_work(db) as s:
        done = payments.allocate(s, 1, None, date(2026, 3, 22))  # oldest first: 4.00, then 24.00
        assert [(a.invoice, a.amount) for a in done.allocations] == [(INV1, D("4.00")), (INV2, D("24.00"))]
        assert done.credit_left == D("2.00")
    assert refused(db, lambda s: payments.allocate(s, 1, [(INV2, None)])) == [
        f"{INV2} is paid: only an issued or partially paid invoice takes a payment"]


def test_bad_payments_are_refused_and_nothing_is_written(db, d1):
    before = counts(db)
    for args, kw, words in (
            (("-5.00", "EUR", "cash"), {}, "amount: -5.00 must not be negative"),
            (("0.00", "EUR", "cash"), {}, "amount: a payment of 0.00 EUR pays nothing: give an amount above zero"),
            (("10.001", "EUR", "cash"), {}, "amount: 10.001 has more decimals than EUR allows (2)"),
            (("12", "JPY", "cash"), {}, None),  # fine as an amount; the account then has no invoice: allowed
            (("1e3", "EUR", "cash"), {}, "amount: '1e3' is not an amount"),
            (("10.00", "XXQ", "cash"), {}, "unknown currency 'XXQ'"),
            (("10.00", "EUR", "card"), {}, "--method: 'card' is not one of cash, bank_transfer, check"),
            (("10.00", "EUR", "cash"), {"reference": " "}, "--reference: a payment needs a reference"),
            (("10.00", "EUR", "cash"), {"reference": "a\x1b[31m"}, "--reference: the reference contains a control"),
            (("10.00", "EUR", "cash"), {"allocate_to": ["INV-2026-00099"]}, "no invoice 'INV-2026-00099'")):
        if words is None:
            continue

        def work(s, args=args, kw=kw):
            kw = dict(kw)
            payments.record(s, "d1", *args, date(2026, 3, 20), kw.pop("reference", "R"), **kw)
        (msg,) = refused(db, work)
        assert msg.startswith(words), msg
    assert counts(db) == before


def test_checks_can_be_switched_off_for_everyone_and_per_reseller(db, d1):
    add_company(db, d1, "r1", reseller="acme", signup=date(2026, 1, 1))

    def check(customer):
        return lambda s: payments.record(s, customer, "5.00", "EUR", "check", date(2026, 3, 20), "CHK 1",
                                         auto_allocate=False)
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "checks", "off")
    off = "--method: checks are switched off for {0}: record the payment another way, or switch them on with " \
          "`prorata settings set {0} checks on`"
    assert refused(db, check("d1")) == [off.format("hoster")]
    assert refused(db, check("r1")) == [off.format("hoster")]  # acme follows the hoster
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "acme", "checks", "on")
    with unit_of_work(db) as s:
        check("r1")(s)
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "checks", "on")
        billing_settings.set_value(s, "acme", "checks", "off")
    assert refused(db, check("r1")) == [off.format("acme")]
    assert refused(db, check("acme")) == [off.format("acme")]  # acme as the hoster's customer too
    with unit_of_work(db) as s:
        check("d1")(s)
        assert (s.get(Hoster, 1).checks, s.scalars(select(Reseller.checks)).one()) == (True, False)


def test_the_ledger_is_append_only_in_the_database(db, d1):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", date(2026, 3, 20), "TX-1")
    e, a, p, acc = (LedgerEntry.__table__, Allocation.__table__, Payment.__table__, PaymentAccount.__table__)
    ledger_words = "the database refused the change: ledger entries are appended, never changed or deleted"
    assert refused(db, lambda s: s.execute(update(e).values(amount=D("0")))) == [ledger_words]
    assert refused(db, lambda s: s.execute(delete(e))) == [ledger_words]
    assert refused(db, lambda s: s.execute(update(a).values(amount=D("1")))) == [
        "the database refused the change: allocations are appended, never changed or deleted; take one back with "
        "a new one"]
    pay_words = ("the database refused the change: a payment is never deleted; only its status may change, from "
                 "received to reversed")
    assert refused(db, lambda s: s.execute(update(p).values(amount=D("3.00")))) == [pay_words]
    assert refused(db, lambda s: s.execute(delete(p))) == [pay_words]
    assert refused(db, lambda s: s.execute(update(acc).values(currency="USD"))) == [
        "the database refused the change: a payment account is never deleted or given to another customer"]
    with pytest.raises(DBAPIError, match=r"\[prorata:ledger_frozen\]"):
        with db.begin() as conn:
            conn.execute(text("DELETE FROM ledger_entries"))
    assert counts(db) == (1, 3, 2)


def test_an_invoice_reopens_only_after_an_allocation_is_taken_back(db, d1):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "24.00", "EUR", "bank_transfer", date(2026, 3, 20), "TX-1", allocate_to=[INV1])
    inv_t = Invoice.__table__
    # Paid by its allocations: the database refuses to call it open again.
    assert refused(db, lambda s: s.execute(update(inv_t).where(inv_t.c.number == INV1).values(status="issued")))[0] \
        .startswith("the database refused the change: only a draft invoice can be changed")
    with unit_of_work(db) as s:
        reversals.reverse(s, 1, date(2026, 3, 30), "debit returned")
    assert statuses(db)[INV1] == "issued"


def test_payment_terms_fix_the_due_date_when_issued(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        assert terms.set_days(s, "hoster", "30") == 30
        assert refused(db, lambda s2: terms.set_days(s2, "hoster", "366")) == [
            "hoster.payment_terms: '366' is not a payment term: give a whole number of days from 0 to 365"]
    run_billing(db, date(2026, 2, 15), issue=True)
    with unit_of_work(db) as s:
        terms.set_days(s, "hoster", "7")
    run_billing(db, date(2026, 3, 15), issue=True)
    assert [o["due_date"] for o in account(db)["open_invoices"]] == ["2026-03-02", "2026-03-07"]  # +30, +7


def test_cli(sqlite_db, capsys):
    from app.cli.main import main

    w = build(sqlite_db)
    add_company(sqlite_db, w, "d1", signup=date(2026, 1, 31),
                events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(sqlite_db, date(2026, 3, 15), issue=True)
    url = str(sqlite_db.url)
    assert main(["payments", "add", "d1", "30.00", "EUR", "--method", "bank_transfer", "--date", "2026-03-20",
                 "--reference", "TX-1", "--db", url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "payment #1: 30.00 EUR", f"  {INV1}: 24.00 (paid)", f"  {INV2}: 6.00 (partially paid)",
        "  credit left: 0.00"]
    assert main(["payments", "add", "d1", "-3", "EUR", "--method", "cash", "--date", "2026-03-20",
                 "--reference", "x", "--db", url]) == 2
    assert capsys.readouterr().err == "prorata: error: amount: -3 must not be negative\n"
    assert main(["accounts", "show", "d1", "--as-of", "2026-04-20", "--json", "--db", url]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["accounts"][0]["balance"], shown["accounts"][0]["open_invoices"][0]["open"]) == ("18.00", "18.00")
    assert main(["accounts", "aging", "--as-of", "2026-04-20", "--json", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out)["rows"][0]["buckets"]["31-60"] == "18.00"
    assert main(["payments", "reverse", "1", "--date", "2026-03-31", "--reason", "returned", "--db", url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "payment #1 reversed", f"  {INV1}: -24.00 (issued)", f"  {INV2}: -6.00 (issued)"]
    assert main(["payments", "refund", "1", "1.00", "--date", "2026-04-01", "--reference", "R", "--db", url]) == 2
    assert capsys.readouterr().err == ("prorata: error: payment #1 was reversed on 2026-03-31: it can no longer be "
                                       "refunded\n")
    assert main(["payments", "show", "1", "--json", "--db", url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["status"], [a["amount"] for a in data["allocations"]]) == ("reversed",
                                                                           ["24.00", "6.00", "-24.00", "-6.00"])
