"""A payment goes to one collector: booked to invoices of two collectors (a company's invoices issued before and
after its reseller changed its billing mode), it is refused in words, nothing written; SQLite and PostgreSQL.

The world (tests/billing_world.py): acme (VAT 21 %) sells bc one Exchange Basic user at 6.00 a month, billed on
the 1st: Feb 1 and Mar 1, 6.00 + 1.26 = 7.26 each. acme changes its mode between the two runs, so the Feb 1
invoice is collected by the first mode's collector and the Mar 1 one by the second's
(app/payments/processors/routing.py): reseller_bills, acme itself; the margin mode, the hoster.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import Invoice
from app.models.payments import Allocation, LedgerEntry, Payment, PaymentAccount
from app.payments import console, payments
from app.services import resellers_admin
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
MARGIN, COSTS = "hoster_bills_hoster_processor", "reseller_bills"
FEB1, MAR1, MAR10 = date(2026, 2, 1), date(2026, 3, 1), date(2026, 3, 10)


def _scene(db, before, after) -> tuple[str, str, str]:
    """bc's Feb 1 invoice (first mode) and Mar 1 invoice (second mode): their numbers, and acme's key. (The
    hoster's own invoices are numbered in a series of their own: an invoice is named as acme's, "acme:NUMBER".)"""
    w = build(db, acme_mode=before, acme_tax="21")
    bc = add_company(db, w, "bc", reseller="acme", signup=FEB1, events=[
        (FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"})])
    run_billing(db, FEB1, issue=True)
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": after})
    run_billing(db, MAR1, issue=True)
    with unit_of_work(db) as s:
        found = s.execute(select(Invoice.issue_date, Invoice.number, Invoice.total)
                          .where(Invoice.company_id == bc).order_by(Invoice.issue_date)).all()
    assert [(d, t) for d, _, t in found] == [(FEB1, D("7.26")), (MAR1, D("7.26"))]
    return found[0][1], found[1][1], f"reseller:{w.resellers['acme']}"


def _written(db) -> tuple[int, int, int, int]:
    """Payments, allocations, ledger entries and payment accounts stored."""
    with unit_of_work(db) as s:
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (Payment, Allocation, LedgerEntry, PaymentAccount))


@pytest.mark.parametrize("before, after", [(COSTS, MARGIN), (MARGIN, COSTS)])
def test_a_payment_to_invoices_of_two_collectors_is_refused_in_words_and_writes_nothing(db, before, after):
    feb, mar, acme = _scene(db, before, after)
    by_hoster, by_acme = (mar, feb) if after == MARGIN else (feb, mar)
    written = _written(db)
    with unit_of_work(db) as s, pytest.raises(ProrataError) as refused:
        payments.record(s, "bc", "14.52", "EUR", "bank_transfer", MAR10, "TR-1", allocate_to=[f"acme:{feb}", f"acme:{mar}"])
    assert refused.value.messages() == [
        f"--allocate: one payment cannot pay these invoices: the hoster collects {by_hoster} and acme collects "
        f"{by_acme} (each invoice by the billing mode it was issued under), and a payment goes to one of them: "
        "record a payment for each"]
    assert _written(db) == written
    # One payment per collector: each booked to its invoice's collector, paying it (7.26 each).
    for number, collector in ((feb, acme if before == COSTS else "hoster"),
                              (mar, acme if after == COSTS else "hoster")):
        with unit_of_work(db) as s:
            done = payments.record(s, "bc", "7.26", "EUR", "bank_transfer", MAR10, f"TR {number}",
                                   allocate_to=[f"acme:{number}"])
            assert (done.payment.collected_by, [(a.invoice, a.amount) for a in done.allocations]) == (
                collector, [(number, D("7.26"))])


@pytest.mark.parametrize("before, after", [(COSTS, MARGIN)])
def test_the_command_line_refuses_it_with_exit_status_2(db, before, after, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    feb, mar, _ = _scene(db, before, after)
    written = _written(db)
    status = main(["payments", "add", "bc", "14.52", "EUR", "--method", "bank_transfer", "--date", "2026-03-10",
                   "--reference", "TR-1", "--allocate", f"acme:{feb}", f"acme:{mar}",
                   "--db", db.url.render_as_string(hide_password=False)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"the hoster collects {mar} and acme collects {feb}" in err
    assert _written(db) == written


def test_the_console_books_a_payment_by_hand_to_the_collector_of_its_invoices(db):
    feb, mar, acme = _scene(db, COSTS, MARGIN)  # Feb 1 collected by acme, Mar 1 by the hoster (the margin mode now)
    with unit_of_work(db) as s:
        account = s.scalars(select(PaymentAccount.id).where(PaymentAccount.company_id.is_not(None))).one()
        feb_id, mar_id = s.scalars(select(Invoice.id).where(Invoice.company_id.is_not(None))
                                   .order_by(Invoice.issue_date)).all()
    written = _written(db)
    # Both invoices by hand, 7.26 + 7.26 = 14.52: two collectors, refused in words at the allocations.
    with unit_of_work(db) as s, pytest.raises(ProrataError) as refused:
        console.record_payment(s, account, "cash", D("14.52"), MAR10, "R-7",
                               by_hand=[(feb_id, D("7.26")), (mar_id, D("7.26"))])
    assert refused.value.messages() == [
        f"allocations: one payment cannot pay these invoices: the hoster collects {mar} and acme collects {feb} "
        "(each invoice by the billing mode it was issued under), and a payment goes to one of them: record a "
        "payment for each"]
    assert _written(db) == written
    # Feb 1 alone, 7.26 of 7.26: acme's money (as `payments add --allocate` books it), not the hoster's, though
    # the hoster collects what acme issues now; Feb 1 paid, 7.26 - 7.26 = 0.00 left.
    with unit_of_work(db) as s:
        done = console.record_payment(s, account, "cash", D("7.26"), MAR10, "R-8", by_hand=[(feb_id, D("7.26"))])
        assert done.payment.collected_by == acme
        assert [(a.invoice, a.amount, a.status_after) for a in done.allocations] == [(feb, D("7.26"), "paid")]
        assert done.credit_left == D("0.00")
    # Mar 1 by hand, 5.00 of a 7.26 payment: the hoster's, 2.26 left as the hoster's credit.
    with unit_of_work(db) as s:
        done = console.record_payment(s, account, "cash", D("7.26"), MAR10, "R-9", by_hand=[(mar_id, D("5.00"))])
        assert done.payment.collected_by == "hoster"
        assert [(a.invoice, a.amount) for a in done.allocations] == [(mar, D("5.00"))]
        assert done.credit_left == D("2.26")
