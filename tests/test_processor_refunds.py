"""Refunds through the processor that collected the payment (the ``test`` gateway), or recorded as manual
refunds; never more than the payment collected, and never twice when the processor's answer is lost; never
dated before the payment was received, nor paying back credit that was not there on its day and every day after.

The world (tests/billing_world.py via tests/test_payment_processors.py): d1 has INV1 (2026-01-31) and INV2
(2026-02-28), 24.00 EUR each.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import ProrataError
from app.models.payments import LedgerEntry, Payment
from app.payments import charges, payments, refunds, statement
from app.payments.processors import accounts as processor_accounts
from app.payments.processors.base import ProcessorTimeout
from app.payments.processors.testing import _MEMORY, TestProcessor
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.test_payment_processors import INV1, _fresh_gateway, d1, pay_cash, refused, ring, save_visa, statuses  # noqa: F401

D = Decimal
DAY = date(2026, 3, 20)


def card_credit(db) -> int:
    """A card payment of 12.14 that is all credit: INV1 24.00 less 11.86 cash = 12.14 open; the gateway
    charges it but the answer is lost (unknown); meanwhile the customer pays the 12.14 in cash too, so when
    the charge is recovered INV1 is paid and the card's 12.14 is credit. Returns the card payment's id."""
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "test", {})
    save_visa(db)
    pay_cash(db, "11.86", INV1)
    assert charges.charge(db, INV1, day=date(2026, 3, 17)).status == "unknown"
    pay_cash(db, "12.14", INV1)
    (found,) = charges.recover(db, day=date(2026, 3, 18))
    assert (found.status, found.amount) == ("succeeded", D("12.14"))
    assert statuses(db)[INV1] == "paid"
    return found.payment


def gateway_refunds() -> list[tuple[str, str]]:
    return sorted((r["amount"], r["charge"]) for r in _MEMORY["refunds"].values())


def test_a_card_payment_is_refunded_through_its_processor_in_parts_never_above_what_it_collected(db, d1, ring):
    pid = card_credit(db)
    with unit_of_work(db) as s:
        charge_ref = s.get(Payment, pid).processor_ref
        done = refunds.refund(s, pid, "5.00", DAY)  # no reference needed: the gateway's refund id names it
        first = done.as_json()
    assert (first["through"], first["amount"], first["idempotency_key"]) == (
        "test", "5.00", f"prorata-refund-{pid}-1-500")
    assert first["processor_ref"].startswith("re_") and first["reference"] == f"test {first['processor_ref']}"
    # 12.14 collected, 5.00 refunded: 7.14 is left; 7.15 is refused before the gateway is asked.
    assert refused(db, lambda s: refunds.refund(s, pid, "7.15", DAY)) == [
        f"a refund of 7.15 EUR is more than payment #{pid} collected: 12.14, of which 5.00 is refunded already; "
        "nothing was refunded"]
    assert gateway_refunds() == [("5.00", charge_ref)]
    with unit_of_work(db) as s:
        second = refunds.refund(s, pid, "7.14", DAY, "call 4711").as_json()
    assert second["idempotency_key"] == f"prorata-refund-{pid}-2-714"
    assert second["reference"] == f"call 4711 (test {second['processor_ref']})"
    assert gateway_refunds() == [("5.00", charge_ref), ("7.14", charge_ref)]
    assert refused(db, lambda s: refunds.refund(s, pid, "0.01", DAY)) == [
        f"a refund of 0.01 EUR is more than payment #{pid} collected: 12.14, of which 12.14 is refunded already; "
        "nothing was refunded"]
    with unit_of_work(db) as s:
        # 48.00 invoiced - 11.86 - 12.14 cash - 12.14 card + 5.00 + 7.14 refunded = 24.00 (INV2, open).
        assert statement.show(s, "d1", as_of=DAY)["accounts"][0]["balance"] == "24.00"


def test_a_cash_payment_is_recorded_as_a_manual_refund_and_needs_a_reference(db, d1, ring):
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "test", {})
        pid = payments.record(s, "d1", "10.00", "EUR", "cash", DAY, "receipt 9", auto_allocate=False).payment.id
    assert refused(db, lambda s: refunds.refund(s, pid, "3.00", DAY)) == [
        "--reference: a payment needs a reference (a transfer's reference, a check's number, a receipt number)"]
    with unit_of_work(db) as s:
        done = refunds.refund(s, pid, "3.00", DAY, "paid back in cash")
        assert (done.manual, done.as_json()["through"], done.entry.reference) == (True, "manual", "paid back in cash")
    assert gateway_refunds() == []


def test_a_disabled_processor_account_leaves_a_manual_refund(db, d1, ring):
    pid = card_credit(db)
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "test", {}, enabled=False)
    with unit_of_work(db) as s:
        assert refunds.refund(s, pid, "2.00", DAY, "bank transfer back").manual
    assert gateway_refunds() == []


def test_a_lost_refund_answer_writes_nothing_and_the_same_refund_again_is_not_paid_twice(db, d1, ring, monkeypatch):
    pid = card_credit(db)
    real = TestProcessor.refund
    lost = []

    def answer_lost_once(self, charge_reference, amount, currency, idempotency_key):
        answer = real(self, charge_reference, amount, currency, idempotency_key)
        if not lost:
            lost.append(idempotency_key)
            raise ProcessorTimeout("read timed out")
        return answer

    monkeypatch.setattr(TestProcessor, "refund", answer_lost_once)
    assert refused(db, lambda s: refunds.refund(s, pid, "4.00", DAY)) == [
        f"test did not answer the refund of 4.00 EUR of payment #{pid} (read timed out): nothing was recorded; "
        "refund the same amount again and the processor is asked with the same key, so it never refunds twice"]
    with unit_of_work(db) as s:
        assert s.scalars(select(LedgerEntry).where(LedgerEntry.kind == "refund")).all() == []
    with unit_of_work(db) as s:
        done = refunds.refund(s, pid, "4.00", DAY)
    assert lost == [done.idempotency_key] == [f"prorata-refund-{pid}-1-400"]
    assert len(_MEMORY["refunds"]) == 1  # the gateway refunded 4.00 once


def test_the_gateway_refusing_writes_nothing(db, d1, ring, monkeypatch):
    pid = card_credit(db)
    _MEMORY["refunds"]["someone else"] = {"id": "re_x", "charge": next(iter(_MEMORY["charges"].values()))["id"],
                                          "amount": "12.00"}  # refunded at the gateway's own dashboard
    assert refused(db, lambda s: refunds.refund(s, pid, "1.00", DAY)) == [
        f"test refused the refund of 1.00 EUR of payment #{pid}: refunds above the charge "
        f"{next(iter(_MEMORY['charges'].values()))['id']}; nothing was refunded"]
    with unit_of_work(db) as s:
        assert s.scalars(select(LedgerEntry).where(LedgerEntry.kind == "refund")).all() == []


def test_cli_refund_through_the_processor(db, d1, ring, capsys):
    from app.cli.main import main

    pid = card_credit(db)
    url = db.url.render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["payments", "refund", str(pid), "2.50", "--date", "2026-03-20", "--json", "--db", url]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["through"], out["amount"], out["currency"]) == ("test", "2.50", "EUR")
    assert main(["payments", "refund", str(pid), "20.00", "--date", "2026-03-20", "--db", url]) == 2
    assert "is more than payment" in capsys.readouterr().err
    with unit_of_work(db) as s:
        cash = s.scalars(select(Payment.id).where(Payment.method == "cash").order_by(Payment.id)).first()
    with pytest.raises(ProrataError):
        with unit_of_work(db) as s:
            refunds.refund(s, cash, "1.00", DAY, "x")  # cash that pays INV1: no credit to refund


def figures(db, day) -> tuple[str, str, str, str]:
    """d1's (balance, open, credit, owed outside invoices) as of ``day`` (``accounts show --as-of``)."""
    with unit_of_work(db) as s:
        a = statement.show(s, "d1", as_of=day)["accounts"][0]
    return a["balance"], a["open"], a["credit"], a["owed_outside_invoices"]


def refunds_written(db) -> list[tuple[date, Decimal]]:
    with unit_of_work(db) as s:
        return [(e.entry_date, e.amount) for e in s.scalars(select(LedgerEntry).where(LedgerEntry.kind == "refund")
                                                            .order_by(LedgerEntry.id))]


def test_a_refund_dated_before_its_payment_was_received_is_refused(db, d1, capsys):
    """100.00 received by transfer on 20 March pays INV1 and INV2 (24.00 + 24.00 = 48.00) and leaves
    100.00 - 48.00 = 52.00 of credit. Refunding those 52.00 dated 1 March, before the money came, is refused at
    --date (CLI exit 2), nothing written: as of 10 March d1 owes its two invoices, 48.00 open, no credit and
    nothing outside them (balance 24.00 + 24.00 = 48.00). Dated 20 March it is refunded: as of that day
    48.00 - 100.00 + 52.00 = 0.00, nothing open, no credit, nothing outside invoices."""
    from app.cli.main import main

    with unit_of_work(db) as s:
        pid = payments.record(s, "d1", "100.00", "EUR", "bank_transfer", DAY, "TX-1").payment.id
    assert refused(db, lambda s: refunds.refund(s, pid, "52.00", date(2026, 3, 1), "R-1")) == [
        f"--date: a refund dated 2026-03-01 is before payment #{pid} was received (2026-03-20): give a date on or "
        "after 2026-03-20; nothing was refunded"]
    url = db.url.render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["payments", "refund", str(pid), "52.00", "--date", "2026-03-01", "--reference", "R-1",
                 "--db", url]) == 2
    assert f"is before payment #{pid} was received (2026-03-20)" in capsys.readouterr().err
    assert refunds_written(db) == []
    assert figures(db, date(2026, 3, 10)) == ("48.00", "48.00", "0.00", "0.00")
    with unit_of_work(db) as s:
        refunds.refund(s, pid, "52.00", DAY, "R-1")
    assert figures(db, date(2026, 3, 10)) == ("48.00", "48.00", "0.00", "0.00")
    assert figures(db, DAY) == ("0.00", "0.00", "0.00", "0.00")


def test_a_refund_pays_back_only_credit_there_on_its_day_and_every_day_after(db, d1):
    """60.00 received by transfer on 20 March pays INV1 and INV2 (48.00) and leaves 12.00 of credit. INV2 is
    credited on 2 April: the 24.00 that paid it is credit again (nothing else open to take it), 12.00 + 24.00
    = 36.00 of credit from then on. A refund dated 25 March may pay back the 12.00 that were credit then, not
    30.00: the other 18.00 were not credit before 2 April (so a refund dated 25 March would show, as of
    31 March, 18.00 owed outside invoices that nobody owes). Refused at --date, nothing written, the first day
    it fits named: 2 April. 12.00 dated 25 March is refunded, then the other 24.00 dated 2 April:
    as of 31 March 48.00 - 60.00 + 12.00 = 0.00, nothing open, no credit, nothing outside invoices;
    as of 2 April 0.00 - 24.00 (credit note) + 24.00 (refund) = 0.00, the same zeros."""
    mar25, mar31, apr2 = date(2026, 3, 25), date(2026, 3, 31), date(2026, 4, 2)
    with unit_of_work(db) as s:
        pid = payments.record(s, "d1", "60.00", "EUR", "bank_transfer", DAY, "TX-1").payment.id
    with unit_of_work(db) as s:
        invoices.credit(s, "INV-2026-00002", apr2)
    assert figures(db, apr2) == ("-36.00", "0.00", "36.00", "0.00")
    assert refused(db, lambda s: refunds.refund(s, pid, "30.00", mar25, "R-1")) == [
        f"--date: a refund of payment #{pid} dated 2026-03-25 pays back at most 12.00 EUR, not 30.00: no more than "
        "the payment had as credit on its day and every day after (credit freed later was not there yet); give a "
        "date on or after 2026-04-02; nothing was refunded"]
    assert refunds_written(db) == []
    with unit_of_work(db) as s:
        refunds.refund(s, pid, "12.00", mar25, "R-1")
    assert refused(db, lambda s: refunds.refund(s, pid, "24.00", mar31, "R-2"))[0].startswith(
        f"--date: a refund of payment #{pid} dated 2026-03-31 pays back at most 0.00 EUR, not 24.00")
    with unit_of_work(db) as s:
        refunds.refund(s, pid, "24.00", apr2, "R-2")
    assert refunds_written(db) == [(mar25, D("12.00")), (apr2, D("24.00"))]
    assert figures(db, mar31) == ("0.00", "0.00", "0.00", "0.00")
    assert figures(db, apr2) == ("0.00", "0.00", "0.00", "0.00")
