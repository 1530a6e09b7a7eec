"""After a currency change, the days billed in the old currency are prorated in it, on an invoice in it
(app/billing/lines.py, app/billing/company_bill.py ``_past``): Prorata never converts an amount (both
databases).

The world is tests/billing_world.py's: the hoster's Archiving at 20.00 EUR or 2,500 JPY a month (per plan),
Exchange Basic at 6.50 EUR (and here 800 JPY) a user a month, the hoster's tax 20 %. The company bills on the
10th: 10 February to 10 March 2026 is 28 days, 20 February to 10 March 18 of them.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, BilledPeriod, Invoice, InvoiceLine, Price
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
SIGNUP = date(2026, 1, 10)
ARCHIVING = [(SIGNUP, "subscribe", {"plan": "archiving"})]


def _invoices(engine, company_id, boundary):
    """The company's invoices of ``boundary`` by currency: (kind, subtotal, tax, total, [(kind, start, end, quantity,
    unit price, amount)])."""
    with unit_of_work(engine) as s:
        out = {}
        for inv in s.scalars(select(Invoice).where(Invoice.company_id == company_id,
                                                   Invoice.period_start == boundary)):
            lines = [(ln.kind, ln.start, ln.end, ln.quantity, ln.unit_price, ln.amount) for ln in s.scalars(
                select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))]
            out[inv.currency] = (inv.kind, inv.subtotal, inv.tax, inv.total, lines)
        return out


def test_a_cancellation_before_the_change_is_credited_in_the_currency_it_was_billed_in(db):
    # The review's case: 10 February's advance 20.00 EUR; cancelled on 20 February; JPY from 10 March; both
    # recorded before the 10 March run.
    w = build(db)
    k1 = add_company(db, w, "k1", signup=SIGNUP, events=ARCHIVING + [
        (date(2026, 2, 20), "cancel", {"plan": "archiving"}),
        (date(2026, 3, 10), "currency", {"currency": "JPY"})])
    report = run_billing(db, date(2026, 3, 10))
    # 18 of 28 days come back in EUR: -20.00 x 18/28 = -12.857... -> -12.86; 20 % = -2.572 -> -2.57; -15.43.
    # Nothing in JPY: nothing runs from 10 March.
    assert [(o.boundary, o.outcome, o.currency, o.total) for o in report.outcomes] == [
        (date(2026, 1, 10), "billed", "EUR", "24.00"), (date(2026, 2, 10), "billed", "EUR", "24.00"),
        (date(2026, 3, 10), "nothing", "JPY", "0"), (date(2026, 3, 10), "billed", "EUR", "-15.43")]
    assert _invoices(db, k1, date(2026, 3, 10)) == {"EUR": (
        "credit_note", D("-12.86"), D("-2.57"), D("-15.43"),
        [("proration", date(2026, 2, 20), date(2026, 3, 10), -1, D("20.00"), D("-12.86"))])}
    with unit_of_work(db) as s:  # the boundary is billed once (the EUR invoice has no period of its own)
        assert s.scalars(select(BilledPeriod.outcome).where(BilledPeriod.company_id == k1,
                                                            BilledPeriod.boundary == date(2026, 3, 10))).all() == [
            "nothing"]
    run_billing(db, date(2026, 4, 10))  # and never again
    assert _invoices(db, k1, date(2026, 4, 10)) == {}


def test_the_new_advance_in_the_new_currency_and_the_old_days_in_the_old(db):
    # Archiving and two mailboxes from 10 January; Bob's mailbox ends on 20 February; JPY from 10 March.
    w = build(db)
    with unit_of_work(db) as s:
        s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["exchange-basic"], currency="JPY",
                    amount=D("800")))
    k1 = add_company(db, w, "k1", signup=SIGNUP, events=ARCHIVING + [
        (SIGNUP, "subscribe", {"plan": "exchange-basic"}),
        (SIGNUP, "assign", {"plan": "exchange-basic", "user": "ann@k1.example"}),
        (SIGNUP, "assign", {"plan": "exchange-basic", "user": "bob@k1.example"}),
        (date(2026, 2, 20), "unassign", {"plan": "exchange-basic", "user": "bob@k1.example"}),
        (date(2026, 3, 10), "currency", {"currency": "JPY"})])
    run_billing(db, date(2026, 3, 10))
    got = _invoices(db, k1, date(2026, 3, 10))
    # JPY, in advance (plans in id order): 1 x 800 + 2,500 = 3,300; 20 % = 660; 3,960.
    assert got["JPY"] == ("invoice", D("3300"), D("660"), D("3960"), [
        ("recurring", date(2026, 3, 10), date(2026, 4, 10), 1, D("800"), D("800")),
        ("recurring", date(2026, 3, 10), date(2026, 4, 10), 1, D("2500"), D("2500"))])
    # EUR: Bob's 18 of 28 days back, -6.50 x 18/28 = -4.178... -> -4.18; 20 % = -0.836 -> -0.84; -5.02.
    assert got["EUR"] == ("credit_note", D("-4.18"), D("-0.84"), D("-5.02"), [
        ("proration", date(2026, 2, 20), date(2026, 3, 10), -1, D("6.50"), D("-4.18"))])


def test_a_one_off_extra_goes_on_the_invoice_in_its_own_currency(db):
    # A 50.00 EUR support call on 20 February; JPY from 1 March (within the period billed in EUR); a 3,000 JPY
    # call on 5 March. On 10 March: the EUR call on an EUR invoice, the JPY one with the JPY advance.
    w = build(db)
    k1 = add_company(db, w, "k1", signup=SIGNUP, events=ARCHIVING + [
        (date(2026, 2, 20), "extra", {"code": "support-call", "amount": D("50.00"), "recurring": False}),
        (date(2026, 3, 1), "currency", {"currency": "JPY"}),
        (date(2026, 3, 5), "extra", {"code": "support-call", "amount": D("3000"), "recurring": False})])
    run_billing(db, date(2026, 3, 10))
    got = _invoices(db, k1, date(2026, 3, 10))
    # JPY: 2,500 + 3,000 = 5,500; 20 % = 1,100; 6,600. EUR: 50.00; 10.00; 60.00.
    assert got["JPY"] == ("invoice", D("5500"), D("1100"), D("6600"), [
        ("recurring", date(2026, 3, 10), date(2026, 4, 10), 1, D("2500"), D("2500")),
        ("extra", date(2026, 3, 5), date(2026, 3, 6), 1, D("3000"), D("3000"))])
    assert got["EUR"] == ("invoice", D("50.00"), D("10.00"), D("60.00"), [
        ("extra", date(2026, 2, 20), date(2026, 2, 21), 1, D("50.00"), D("50.00"))])


def test_a_resellers_cost_of_the_old_days_accrues_in_the_old_currency(db):
    # acme: 12.00 EUR a SharePoint site to its companies, 8.00 EUR wholesale; here also 1,500 / 1,000 JPY.
    # Three sites from 15 January; one less from 1 March; JPY from 15 March.
    w = build(db)
    with unit_of_work(db) as s:
        sp = w.plans["sharepoint-sites"]
        s.add_all([Price(layer="retail", reseller_id=w.resellers["acme"], plan_id=sp, currency="JPY",
                         amount=D("1500")),
                   Price(layer="wholesale", plan_id=sp, currency="JPY", amount=D("1000"))])
    c1 = add_company(db, w, "c1", reseller="acme", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 3}),
        (date(2026, 3, 1), "quantity", {"plan": "sharepoint-sites", "quantity": 2}),
        (date(2026, 3, 15), "currency", {"currency": "JPY"})])
    run_billing(db, date(2026, 3, 15))
    got = _invoices(db, c1, date(2026, 3, 15))
    # 1 to 15 March, 14 of 28 days: -12.00 x 14/28 = -6.00 EUR; acme's 19 %: -1.14; -7.14.
    assert got["EUR"] == ("credit_note", D("-6.00"), D("-1.14"), D("-7.14"), [
        ("proration", date(2026, 3, 1), date(2026, 3, 15), -1, D("12.00"), D("-6.00"))])
    # JPY: 2 x 1,500 = 3,000; 19 % = 570; 3,570.
    assert got["JPY"][:4] == ("invoice", D("3000"), D("570"), D("3570"))
    with unit_of_work(db) as s:
        cost = sorted((a.currency, a.line_kind, a.amount) for a in s.scalars(
            select(Accrual).where(Accrual.company_id == c1, Accrual.boundary == date(2026, 3, 15))))
    # acme's cost: -8.00 x 14/28 = -4.00 EUR back; 2 x 1,000 = 2,000 JPY for the new month.
    assert cost == [("EUR", "proration", D("-4.00")), ("JPY", "recurring", D("2000"))]


def test_a_late_change_into_the_old_currencys_days_is_refused_not_converted(db):
    # Billed through 10 March as in the first case but without the cancellation; then a cancellation dated
    # 20 February is recorded: its credit is EUR days, the company now bills in JPY: refused, as any late
    # change into a period billed in another currency (corrections.check_currency).
    w = build(db)
    add_company(db, w, "k1", signup=SIGNUP, events=ARCHIVING + [
        (date(2026, 3, 10), "currency", {"currency": "JPY"})])
    run_billing(db, date(2026, 3, 10))
    add_events(db, w, "k1", [(date(2026, 2, 20), "cancel", {"plan": "archiving"})])
    report = run_billing(db, date(2026, 4, 10))
    assert [(o.boundary, o.outcome) for o in report.outcomes] == [(date(2026, 4, 10), "failed")]
    assert "Prorata never converts an amount" in report.of("failed")[0].reason


def test_a_recurring_extra_started_after_the_change_is_prorated_in_its_own_currency(db):
    # The demo's case: a recurring extra at 30.00 EUR ends on 25 February; JPY from 1 March (within the period
    # 10 February to 10 March, billed in EUR); a firewall lease at 6,200 JPY a month from 5 March. Its first
    # days are JPY days: they go with the JPY advance, the EUR extra's days back on the EUR invoice.
    w = build(db)
    k1 = add_company(db, w, "k1", signup=SIGNUP, events=ARCHIVING + [
        (SIGNUP, "extra", {"code": "backup", "amount": D("30.00"), "recurring": True}),
        (date(2026, 2, 25), "extra_end", {"code": "backup"}),
        (date(2026, 3, 1), "currency", {"currency": "JPY"}),
        (date(2026, 3, 5), "extra", {"code": "firewall-lease", "amount": D("6200"), "recurring": True})])
    report = run_billing(db, date(2026, 3, 10))
    assert not report.of("failed")
    got = _invoices(db, k1, date(2026, 3, 10))
    # JPY: 2,500 + 6,200 for 10 March to 10 April, and 5 to 10 March, 5 of 28 days: 6,200 x 5/28 = 1,107.14...
    # -> 1,107; 9,807; 20 % = 1,961.4 -> 1,961; 11,768.
    assert got["JPY"] == ("invoice", D("9807"), D("1961"), D("11768"), [
        ("recurring", date(2026, 3, 10), date(2026, 4, 10), 1, D("2500"), D("2500")),
        ("recurring", date(2026, 3, 10), date(2026, 4, 10), 1, D("6200"), D("6200")),
        ("proration", date(2026, 3, 5), date(2026, 3, 10), 1, D("6200"), D("1107"))])
    # EUR: 25 February to 10 March, 13 of 28 days back: -30.00 x 13/28 = -13.928... -> -13.93; 20 % = -2.786
    # -> -2.79; -16.72.
    assert got["EUR"] == ("credit_note", D("-13.93"), D("-2.79"), D("-16.72"), [
        ("proration", date(2026, 2, 25), date(2026, 3, 10), -1, D("30.00"), D("-13.93"))])
