"""Credit is the money of the collector who took it: applied when an invoice is issued
(app/payments/ledger.py ``_apply_credit_on_issue``), by hand (``payments.apply_credit``, the console's
``apply_credit``) and before a collection (``allocation.due_after_credit``), each credit source pays only the
invoices its collector collects; what cannot be applied so stays credit, and the clerk is told. SQLite and
PostgreSQL; every figure by hand.

The world of tests/test_booking_collectors.py: acme (VAT 21 %) sells bc one Exchange Basic user at 6.00 a month,
billed on the 1st: 6.00 + 1.26 = 7.26 an invoice. reseller_bills: acme collects; the margin mode: the hoster.
bc pays 10.00 for its Feb 1 invoice: 10.00 - 7.26 = 2.74 stays credit, the money of the Feb 1 invoice's
collector.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import Company, Invoice
from app.models.payments import Allocation, PaymentAccount
from app.payments import allocation, console, payments
from app.services import resellers_admin
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_booking_collectors import COSTS, MARGIN

D = Decimal
FEB1, FEB10, MAR1, MAR10, MAR12, APR1 = (date(2026, 2, 1), date(2026, 2, 10), date(2026, 3, 1), date(2026, 3, 10),
                                         date(2026, 3, 12), date(2026, 4, 1))
WHO = {COSTS: "acme", MARGIN: "hoster"}  # who collects an invoice issued in that mode


def _world(db, before: str) -> None:
    """bc's Feb 1 invoice (7.26) issued in ``before``, paid 10.00 on Feb 10: 2.74 credit of its collector."""
    w = build(db, acme_mode=before, acme_tax="21")
    add_company(db, w, "bc", reseller="acme", signup=FEB1, events=[
        (FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"})])
    run_billing(db, FEB1, issue=True)
    with unit_of_work(db) as s:
        done = payments.record(s, "bc", "10.00", "EUR", "bank_transfer", FEB10, "TR-FEB",
                               allocate_to=[f"acme:{_numbers(s)[0]}"])
        assert [a.amount for a in done.allocations] == [D("7.26")]


def _bc(s) -> int:
    return s.scalar(select(Company.id).where(Company.code == "bc"))


def _numbers(s) -> list[str]:
    return list(s.scalars(select(Invoice.number).where(Invoice.kind == "invoice", Invoice.company_id == _bc(s))
                          .order_by(Invoice.issue_date, Invoice.id)))


def _account(s) -> int:
    (acc,) = s.scalars(select(PaymentAccount.id).where(PaymentAccount.company_id == _bc(s)))
    return acc


def _change(db, mode: str) -> None:
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": mode})


def _state(db) -> tuple[list[tuple[str, str, Decimal]], Decimal]:
    """(number, status, open) of bc's invoices oldest first, and bc's credit."""
    with unit_of_work(db) as s:
        invs = s.scalars(select(Invoice).where(Invoice.kind == "invoice", Invoice.company_id == _bc(s))
                         .order_by(Invoice.issue_date, Invoice.id)).all()
        return [(i.number, i.status, allocation.open_amount(s, i)) for i in invs], allocation.credit(s, _account(s))


def _due(db, number: str) -> Decimal:
    with unit_of_work(db) as s:
        inv_id = s.scalar(select(Invoice.id).where(Invoice.number == number, Invoice.company_id == _bc(s)))
        return allocation.due_after_credit(s, [inv_id])[inv_id]


@pytest.mark.parametrize("before, after", [(MARGIN, COSTS), (COSTS, MARGIN)])
def test_credit_of_one_collector_is_not_applied_to_a_new_invoice_of_the_other(db, before, after):
    _world(db, before)
    _change(db, after)
    run_billing(db, MAR1, issue=True)
    (feb, _, _), (mar, status, open_) = _state(db)[0]
    # The 2.74 is WHO[before]'s money; the Mar 1 invoice is WHO[after]'s: left whole, the credit kept.
    assert (status, open_) == ("issued", D("7.26"))
    assert _state(db)[1] == D("2.74")
    # A collection takes all of it: the credit is not counted off.
    assert _due(db, mar) == D("7.26")


@pytest.mark.parametrize("mode", [MARGIN, COSTS])
def test_credit_of_the_same_collector_is_applied_on_issue(db, mode):
    _world(db, mode)
    run_billing(db, MAR1, issue=True)
    (_, feb_status, _), (mar, status, open_) = _state(db)[0]
    # 7.26 - 2.74 = 4.52 open; all credit spent.
    assert (feb_status, status, open_) == ("paid", "partially_paid", D("4.52"))
    assert _state(db)[1] == D("0")
    assert _due(db, mar) == D("4.52")


@pytest.mark.parametrize("before, after", [(MARGIN, COSTS), (COSTS, MARGIN)])
def test_after_a_change_of_mode_the_credit_pays_only_its_collectors_invoices(db, before, after):
    """The Feb 1 invoice (WHO[before]) is left unpaid; bc pays 10.00 for the Mar 1 one (WHO[after]): 2.74 of
    WHO[after]'s credit. By hand it passes over the older Feb 1 invoice; the Apr 1 one (WHO[after]) takes it."""
    w = build(db, acme_mode=before, acme_tax="21")
    add_company(db, w, "bc", reseller="acme", signup=FEB1, events=[
        (FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"})])
    run_billing(db, FEB1, issue=True)
    _change(db, after)
    run_billing(db, MAR1, issue=True)
    with unit_of_work(db) as s:
        feb, mar = _numbers(s)
        done = payments.record(s, "bc", "10.00", "EUR", "bank_transfer", MAR10, "TR-MAR",
                               allocate_to=[f"acme:{mar}"])
        assert (done.payment.collected_by == "hoster") == (after == MARGIN)
    with unit_of_work(db) as s:
        done = payments.apply_credit(s, "bc", "EUR", day=MAR12)
        assert list(done) == []
        assert [k.message() for k in done.kept] == [
            f"2.74 EUR of credit stays on the account: {WHO[after]} holds that money, and {WHO[before]} collects "
            f"the invoices still open ({feb}), by the billing mode each was issued under"]
    assert _state(db) == ([(feb, "issued", D("7.26")), (mar, "paid", D("0.00"))], D("2.74"))
    assert _due(db, feb) == D("7.26")
    run_billing(db, APR1, issue=True)
    invs, left = _state(db)
    assert (invs[0], invs[2][1:], left) == ((feb, "issued", D("7.26")), ("partially_paid", D("4.52")), D("0"))


@pytest.mark.parametrize("before, after", [(MARGIN, COSTS)])
def test_by_hand_the_command_line_and_the_window_say_so(db, before, after, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    _world(db, before)
    _change(db, after)
    run_billing(db, MAR1, issue=True)
    with unit_of_work(db) as s:
        mar = _numbers(s)[1]
        acc = _account(s)
        mar_id = s.scalar(select(Invoice.id).where(Invoice.number == mar, Invoice.company_id == _bc(s)))
    status = main(["accounts", "apply-credit", "bc", "EUR", "--date", "2026-03-12",
                   "--db", db.url.render_as_string(hide_password=False)])
    out = capsys.readouterr().out
    assert status == 0
    assert out == ("credit applied:\n  2.74 EUR of credit stays on the account: hoster holds that money, and acme "
                   f"collects the invoices still open ({mar}), by the billing mode each was issued under\n")
    # The window: 2.00 of the hoster's 2.74 to acme's invoice is refused in words, nothing written.
    with unit_of_work(db) as s:
        before_rows = len(s.scalars(select(Allocation.id)).all())
    with unit_of_work(db) as s, pytest.raises(ProrataError) as refused:
        console.apply_credit(s, acc, [(mar_id, "2.00")], MAR12)
    assert refused.value.messages() == [
        f"allocations: {mar}: acme collects it (by the billing mode it was issued under) and holds 0.00 EUR of the "
        "account's credit, not 2.00: credit another collector holds does not pay it; nothing was applied"]
    with unit_of_work(db) as s:
        assert len(s.scalars(select(Allocation.id)).all()) == before_rows
    assert _state(db)[0][1][1:] == ("issued", D("7.26"))
