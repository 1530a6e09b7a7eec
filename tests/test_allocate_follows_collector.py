"""Allocated by hand (``prorata payments allocate PAYMENT INVOICE``, ``payments.allocate``), a payment pays only
the invoices its collector collects, as ``payments add`` and ``apply_credit`` decide (``allocation.pays_for``):
an invoice of the other collector is refused in words naming it and both collectors, exit 2, nothing written.
(A payment without a recorded collector, from before collectors were recorded, would pay either; the
database keeps payments unchanged, so none is made here.) SQLite and PostgreSQL; every figure by hand.

The world of tests/test_booking_collectors.py: acme (VAT 21 %) sells bc one Exchange Basic user at 6.00 a month,
billed on the 1st: 6.00 + 1.26 = 7.26 an invoice. The Feb 1 invoice is issued in the margin mode (the hoster
collects it), acme then bills itself (reseller_bills) and the Mar 1 invoice is acme's to collect. bc pays
10.00 on Mar 10, kept as credit: acme's money (its mode now).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import Company, Invoice
from app.models.payments import Allocation, LedgerEntry, Payment
from app.payments import allocation, payments
from app.services import resellers_admin
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_booking_collectors import COSTS, MARGIN

D = Decimal
FEB1, MAR1, MAR10, MAR12 = date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 10), date(2026, 3, 12)


def _world(db) -> tuple[str, str, int]:
    """The Feb 1 (hoster's) and Mar 1 (acme's) invoice numbers, and the id of bc's 10.00 payment to acme."""
    w = build(db, acme_mode=MARGIN, acme_tax="21")
    add_company(db, w, "bc", reseller="acme", signup=FEB1, events=[
        (FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"})])
    run_billing(db, FEB1, issue=True)
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": COSTS})
    run_billing(db, MAR1, issue=True)
    with unit_of_work(db) as s:
        done = payments.record(s, "bc", "10.00", "EUR", "bank_transfer", MAR10, "TR-MAR", auto_allocate=False)
        assert done.allocations == []
        pay_id = done.payment.id
        bc = s.scalar(select(Company.id).where(Company.code == "bc"))
        feb, mar = s.scalars(select(Invoice.number).where(Invoice.kind == "invoice", Invoice.company_id == bc)
                             .order_by(Invoice.issue_date, Invoice.id))
    with unit_of_work(db) as s:
        assert s.get(Payment, pay_id).collected_by != "hoster"  # acme's
    return feb, mar, pay_id


def _written(db) -> tuple[int, int]:
    with unit_of_work(db) as s:
        return s.scalar(select(func.count(Allocation.id))), s.scalar(select(func.count(LedgerEntry.id)))


def _open(db, number: str) -> tuple[str, Decimal]:
    with unit_of_work(db) as s:
        inv = s.scalar(select(Invoice).where(Invoice.number == number, Invoice.kind == "invoice"))
        return inv.status, allocation.open_amount(s, inv)


def _refusal(feb: str, pay_id: int) -> str:
    return (f"payment #{pay_id} cannot pay {feb}: the payment went to acme and {feb} is collected by hoster (by the "
            f"billing mode it was issued under): allocate it to invoices acme collects, and record the payment "
            f"for {feb} to hoster")


def test_an_invoice_of_the_other_collector_is_refused_nothing_written(db):
    feb, mar, pay_id = _world(db)
    before = _written(db)
    # Alone, and after an invoice it may pay (Mar 1 first): refused before anything is written.
    for targets in ([(f"acme:{feb}", None)], [(f"acme:{mar}", None), (f"acme:{feb}", "2.00")]):
        with unit_of_work(db) as s, pytest.raises(ProrataError) as refused:
            payments.allocate(s, pay_id, targets, MAR12)
        assert refused.value.messages() == [_refusal(feb, pay_id)]
    assert _written(db) == before
    assert _open(db, feb) == ("issued", D("7.26"))
    assert _open(db, mar) == ("issued", D("7.26"))
    # Its own collector's invoice it pays: 7.26 of 10.00, 2.74 left.
    with unit_of_work(db) as s:
        done = payments.allocate(s, pay_id, [(f"acme:{mar}", None)], MAR12)
        assert ([a.amount for a in done.allocations], done.credit_left) == ([D("7.26")], D("2.74"))
    assert _open(db, mar) == ("paid", D("0"))


def test_the_command_line_refuses_with_exit_2_and_apply_credit_prints_cents(db, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    feb, mar, pay_id = _world(db)
    url = db.url.render_as_string(hide_password=False)
    before = _written(db)
    status = main(["payments", "allocate", str(pay_id), f"acme:{feb}", "--date", "2026-03-12", "--db", url])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err == f"prorata: error: {_refusal(feb, pay_id)}\n"
    assert captured.out == ""
    assert _written(db) == before
    # The credit by hand: acme's 10.00 pays acme's Mar 1 invoice (7.26), in cents; the hoster's Feb 1 stays open.
    status = main(["accounts", "apply-credit", "bc", "EUR", "--date", "2026-03-12", "--db", url])
    out = capsys.readouterr().out
    assert status == 0
    assert out == (f"credit applied:\n  {mar}: 7.26 (paid)\n  2.74 EUR of credit stays on the account: acme holds "
                   f"that money, and hoster collects the invoices still open ({feb}), by the billing mode each was "
                   "issued under\n")
