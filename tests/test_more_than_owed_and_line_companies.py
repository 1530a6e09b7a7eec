"""Two figures the windows show: how much of a payment is more than its invoices owe (the record-payment
dialog's note: that part becomes credit), and the company each line of a reseller's draft is for (the draft
lines dialog shows it beside the line), on both databases."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Invoice
from app.payments.console import more_than_owed
from app.services import billing_view
from app.storage.engine import unit_of_work
from tests.billing_world import add_company
from tests.test_reseller_accruals_on_corrections import JAN10, _world

D = Decimal
OPENS = [(1, D("1000.00")), (2, D("500.00"))]  # two open invoices, oldest first: 1,500.00 owed


def test_a_payment_above_every_open_invoice_is_more_than_owed_by_the_difference():
    assert more_than_owed(D("1600.00"), OPENS) == D("100.00")  # 1,600.00 - 1,500.00
    assert more_than_owed(D("1500.00"), OPENS) == D("0")  # exactly owed: nothing over
    assert more_than_owed(D("1234.56"), OPENS) == D("0")
    assert more_than_owed(None, OPENS) == D("0")  # nothing typed yet


def test_by_hand_only_the_chosen_invoices_count():
    # 600.00 given to invoice 2 alone (500.00 open): 100.00 more than it owes, though the account owes 1,500.00.
    assert more_than_owed(D("600.00"), OPENS, {2: D("500.00")}) == D("100.00")
    assert more_than_owed(D("1200.00"), OPENS, {1: D("1000.00"), 2: D("200.00")}) == D("0")  # 1,500.00 owed
    # Nothing chosen yet (or only zeros): the whole account's invoices, as oldest first would pay them.
    assert more_than_owed(D("1600.00"), OPENS, {1: D("0")}) == D("100.00")
    assert more_than_owed(D("1600.00"), OPENS, {}) == D("100.00")


def test_an_account_owing_nothing_has_all_of_the_payment_over():
    assert more_than_owed(D("30.00"), []) == D("30.00")


def test_the_lines_of_a_resellers_draft_name_their_companies(db):
    """acme's companies r1 (2 sites) and r2 (1 site) sign up on Jan 10; the February run bills acme the hoster's
    wholesale invoice, a line per company. r1's own invoice (from acme) is for r1 alone: no names needed."""
    w = _world(db)
    add_company(db, w, "r2", reseller="acme", signup=JAN10, events=[
        (JAN10, "subscribe", {"plan": "sharepoint-sites", "quantity": 1})])
    run_billing(db, JAN10, issue=True)
    run_billing(db, date(2026, 2, 1))
    with unit_of_work(db) as s:
        wholesale = s.scalars(select(Invoice.id).where(Invoice.customer_reseller_id == w.resellers["acme"],
                                                       Invoice.status == "draft")).one()
        lines = billing_view.draft_lines(s, wholesale)
        assert {ln.company_id for ln in lines} == {w.companies["r1"], w.companies["r2"]}
        assert billing_view.line_companies(s, wholesale, lines) == {w.companies["r1"]: ("r1", "R1"),
                                                                    w.companies["r2"]: ("r2", "R2")}
        own = s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"])
                        .order_by(Invoice.id)).first()
        assert billing_view.line_companies(s, own, billing_view.draft_lines(s, own)) == {}
