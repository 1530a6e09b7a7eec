"""Where a reseller's payment meets a statement that nets against it (app/payments/payouts.py
``settle_statements``): recorded without naming invoices, it settles the statement at once; recorded before the
statement is issued, the statement takes it as it is posted (app/payments/ledger.py); allocated by hand to it,
as to an invoice; aging and ``accounts show`` word what the reseller owes as to collect. SQLite and PostgreSQL;
every figure by hand, in the world of tests/test_reseller_negative_statement.py (ST-1 of 1 February: -4.10,
acme owes it; ST-2 of 1 March: 12.56, owed to acme)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.cli.main import main
from app.models import Invoice
from app.models.payments import Allocation
from app.payments import aging, payments
from app.storage.engine import unit_of_work
from tests.test_reseller_negative_statement import FEB1, FEB10, FEB20, MAR1, figures, refused, world

D = Decimal


def settled(db) -> list[tuple]:
    with unit_of_work(db) as s:
        return s.execute(select(Invoice.number, Allocation.payment_id, Allocation.amount, Allocation.allocated_on)
                         .join(Invoice, Invoice.id == Allocation.invoice_id).order_by(Allocation.id)).all()


def test_a_payment_recorded_settles_the_statement(db):
    world(db, auto=True)  # acme pays 4.10 on 10 February (no invoice named)
    assert settled(db) == [("ST-2026-00001", 1, D("4.10"), FEB10)]
    # 10 February: -4.10 + 4.10 = 0; no credit; balance 4.10 - 4.10 = 0.
    assert figures(db, FEB10) == (D("0"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"))
    # 1 March: + ST-2 12.56: 12.56 to pay out; balance -12.56.
    assert figures(db, MAR1) == (D("12.56"), D("0"), D("12.56"), D("0"), D("0"), D("0"), D("0"), D("-12.56"))


def test_a_payment_before_the_statement_settles_it_as_it_is_issued(db):
    from app.services import price_matrix
    from tests.billing_world import add_company, build

    w = build(db, acme_mode="hoster_bills_hoster_processor")
    add_company(db, w, "r1", reseller="acme", signup=FEB1,
                events=[(FEB1, "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="company_override", plan="sharepoint-sites", currency="EUR", amount="5.00",
                               valid_from=FEB1, company="r1")
        payments.record(s, "acme", "5.00", "EUR", "bank_transfer", date(2026, 1, 20), "P0")
    run_billing(db, FEB1, issue=True)
    assert settled(db) == [("ST-2026-00001", 1, D("4.10"), FEB1)]
    # 1 February: statements -4.10 + 4.10 = 0; credit 5.00 - 4.10 = 0.90; balance -5.00 + 4.10 = -0.90.
    assert figures(db, FEB1) == (D("0"), D("0"), D("0"), D("0"), D("0.90"), D("0"), D("0"), D("-0.90"))


def test_a_payment_allocated_by_hand_to_the_statement(db):
    world(db, paid=None, march=False)
    with unit_of_work(db) as s:
        payments.record(s, "acme", "4.10", "EUR", "bank_transfer", FEB10, "P1", auto_allocate=False)
    with unit_of_work(db) as s:
        payments.allocate(s, 1, [("ST-2026-00001", "1.00")], FEB20)
    assert settled(db) == [("ST-2026-00001", 1, D("1.00"), FEB20)]
    # -4.10 + 1.00 = -3.10 to collect; credit 4.10 - 1.00 = 3.10; balance 4.10 - 4.10 = 0.
    assert figures(db, FEB20) == (D("-3.10"), D("0"), D("-3.10"), D("3.10"), D("3.10"), D("0"), D("0"), D("0"))
    assert refused(db, lambda s: payments.allocate(s, 1, [("ST-2026-00001", "3.11")], FEB20)) == [
        "ST-2026-00001 has 3.10 EUR open, not 3.11: allocating that would pay it more than in full; nothing was "
        "allocated"]
    run_billing(db, MAR1, issue=True)
    assert refused(db, lambda s: payments.allocate(s, 1, [("ST-2026-00002", None)], MAR1)) == [
        "ST-2026-00002 leaves the reseller owing nothing: a payment settles only a statement the reseller owes on; "
        "what a statement owes the reseller is paid out (prorata payouts add)"]


def test_aging_and_the_account_say_what_is_to_collect(db, capsys):
    world(db, paid=None, march=False)
    with unit_of_work(db) as s:
        rows = {r.issuer: r.as_json() for r in aging.aging(s, FEB20)}
    # The hoster's row: acme owes 4.10 on ST-1, nothing to pay out; balance 4.10.
    assert (rows["hoster"]["to_pay_out"], rows["hoster"]["to_collect"], rows["hoster"]["balance"]) == (
        "0.00", "4.10", "4.10")
    url = db.url.render_as_string(hide_password=False)
    assert main(["accounts", "show", "acme", "--as-of", "2026-02-20", "--db", url]) == 0
    assert "statements -4.10, paid out 0.00 (4.10 to collect)" in capsys.readouterr().out
    assert main(["aging", "--as-of", "2026-02-20", "--db", url]) == 0
    head, *lines = capsys.readouterr().out.splitlines()
    assert head.split()[-2:] == ["collect", "balance"]
    (hoster,) = [ln for ln in lines if ln.startswith("hoster")]
    assert hoster.split()[-2:] == ["4.10", "4.10"]


def test_the_payment_console_counts_it_as_the_account_view_does(db):
    from app.payments import console
    from app.payments.console import AccountFilters

    world(db, auto=True)  # ST-1 settled by the 4.10 on 10 February; ST-2 12.56
    for sort in ("customer", "balance"):  # summed after the page, and in the query that sorts by the figures
        with unit_of_work(db) as s:
            (row,) = console.account_page(s, AccountFilters(text="acme", sort=sort))
        # statements -4.10 + 12.56 + 4.10 = 12.56, all to pay out; no credit, nothing owed outside invoices;
        # balance 4.10 - 4.10 - 12.56 = -12.56.
        assert (row.statements, row.paid_out, row.to_pay_out, row.credit, row.outside, row.balance) == (
            D("12.56"), D("0"), D("12.56"), D("0"), D("0"), D("-12.56"))


def test_one_of_two_payments_reversed_leaves_the_statement_issued(db):
    """ST-1 (-4.10) settled by two payments, 2.00 and 2.10; the second bounces: ST-1 stays issued (a statement is
    never paid, app/payments/payouts.py), not "paid" because what is left settled (2.00) is above its total."""
    from app.payments import reversals

    world(db, paid=None, march=False)
    feb12 = date(2026, 2, 12)
    with unit_of_work(db) as s:
        payments.record(s, "acme", "2.00", "EUR", "bank_transfer", FEB10, "P1")
        payments.record(s, "acme", "2.10", "EUR", "bank_transfer", feb12, "P2")
    # 2.00 + 2.10 = 4.10: ST-1 settled in full.
    assert settled(db) == [("ST-2026-00001", 1, D("2.00"), FEB10), ("ST-2026-00001", 2, D("2.10"), feb12)]
    with unit_of_work(db) as s:
        done = reversals.reverse(s, 2, FEB20, "bounced")
        assert [(a.invoice, a.amount, a.status_before, a.status_after) for a in done.allocations] == [
            ("ST-2026-00001", D("-2.10"), "issued", "issued")]
    with unit_of_work(db) as s:
        assert s.scalar(select(Invoice.status).where(Invoice.number == "ST-2026-00001")) == "issued"
    # 20 February: -4.10 + 2.00 = -2.10, i.e. 2.10 to collect; no credit; balance 4.10 - 2.00 - 2.10 + 2.10 = 2.10.
    assert figures(db, FEB20) == (D("-2.10"), D("0"), D("-2.10"), D("2.10"), D("0"), D("0"), D("0"), D("2.10"))
