"""A ``top_up`` minimum charge, on both databases: it tops up what the invoice charges, never its credits, and in
the margin mode the top-up is the reseller's margin. Amounts worked by hand from tests/billing_world.py's
prices (the hoster's mailbox 6.50 a month; acme sells it at 6.00 and pays 3.50)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.explain import explain_invoice
from app.billing.run import run_billing
from app.models import Accrual, Invoice, InvoiceLine
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, add_events, build, set_minimum

D = Decimal
JAN10, FEB10 = date(2026, 1, 10), date(2026, 2, 10)
PLAN = {"plan": "exchange-basic"}


def _invoices(engine, **where):
    """(invoice, [(line kind, amount)]) in date order."""
    with unit_of_work(engine) as s:
        q = select(Invoice).order_by(Invoice.issue_date, Invoice.id)
        for k, v in where.items():
            q = q.where(getattr(Invoice, k) == v)
        return [(inv, [(ln.kind, ln.amount) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))])
            for inv in s.scalars(q)]


def _accruals(engine):
    with unit_of_work(engine) as s:
        return [(a.kind, a.line_kind, a.boundary, a.start, a.end, a.amount)
                for a in s.scalars(select(Accrual).order_by(Accrual.id))]


def _outcomes(report):
    return [(o.boundary, o.outcome, o.total) for o in report.outcomes]


def test_a_refund_for_a_past_period_is_given_in_full(db):
    """Three mailboxes from Jan 10, one gone on Jan 11 (exempt, 10.00 minimum with top-up). Feb 10 charges
    2 x 6.50 = 13.00, at least the minimum: no top-up; the refund 6.50 x 30/31 = 6.290... -> -6.29 in full:
    6.71 (the reviewer's s9)."""
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "top_up")
    add_company(db, w, "s", signup=JAN10, tax_treatment="exempt", events=[
        (JAN10, "subscribe", PLAN), *[(JAN10, "assign", PLAN | {"user": f"{u}@s.example"}) for u in "abc"],
        (date(2026, 1, 11), "unassign", PLAN | {"user": "c@s.example"})])
    expected = [(JAN10, "billed", "19.50"), (FEB10, "billed", "6.71")]
    assert _outcomes(run_billing(db, FEB10, dry_run=True)) == expected
    assert _outcomes(run_billing(db, FEB10, issue=True)) == expected
    jan, feb = _invoices(db)
    assert jan[1] == [("recurring", D("19.50"))]
    assert feb[1] == [("recurring", D("13.00")), ("proration", D("-6.29"))]
    assert (feb[0].subtotal, feb[0].tax, feb[0].total) == (D("6.71"), D("0"), D("6.71"))


def test_a_late_correction_is_given_in_full(db):
    """Three mailboxes billed on Jan 10 (19.50 + 20 % = 23.40); then recorded: the third never started. Feb 10:
    13.00 charged (no top-up under 10.00), the correction -6.50 in full: 6.50, tax 1.30, total 7.80 (s4)."""
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "top_up")
    add_company(db, w, "s", signup=JAN10, events=[
        (JAN10, "subscribe", PLAN), *[(JAN10, "assign", PLAN | {"user": f"{u}@s.example"}) for u in "abc"]])
    run_billing(db, JAN10, issue=True)
    add_events(db, w, "s", [(JAN10, "unassign", PLAN | {"user": "c@s.example"})])
    run_billing(db, FEB10, issue=True)
    jan, feb = _invoices(db)
    assert jan[0].total == D("23.40")
    assert feb[1] == [("recurring", D("13.00")), ("correction", D("-6.50"))]
    assert (feb[0].subtotal, feb[0].tax, feb[0].total) == (D("6.50"), D("1.30"), D("7.80"))


def test_charges_under_the_minimum_are_topped_up_and_the_credit_given_beside(db):
    """Two mailboxes from Jan 10 (13.00), one gone on Jan 26 (exempt). Feb 10: 6.50 charged, topped up by 3.50
    to 10.00; the refund 6.50 x 15/31 = 3.145... -> -3.15 given in full: 10.00 - 3.15 = 6.85. A direct company:
    nothing accrues to a reseller."""
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "top_up")
    add_company(db, w, "s", signup=JAN10, tax_treatment="exempt", events=[
        (JAN10, "subscribe", PLAN), *[(JAN10, "assign", PLAN | {"user": f"{u}@s.example"}) for u in "ab"],
        (date(2026, 1, 26), "unassign", PLAN | {"user": "b@s.example"})])
    expected = [(JAN10, "billed", "13.00"), (FEB10, "billed", "6.85")]
    assert _outcomes(run_billing(db, FEB10, dry_run=True)) == expected
    assert _outcomes(run_billing(db, FEB10)) == expected
    _, (feb, lines) = _invoices(db)
    assert lines == [("recurring", D("6.50")), ("proration", D("-3.15")), ("minimum", D("3.50"))]
    assert (feb.subtotal, feb.total) == (D("6.85"), D("6.85"))
    assert _accruals(db) == []
    with unit_of_work(db) as s:
        *_, minimum = explain_invoice(s, feb.id).lines
    # The minimum 10.00: the charges came to 6.50, topped up by 3.50 (the credit stays aside).
    assert (minimum.kind, minimum.minimum, minimum.topped_subtotal) == ("minimum", D("10.00"), D("6.50"))
    assert minimum.words[0].params == {"minimum": D("10.00"), "subtotal": D("6.50"), "top_up": D("3.50")}


def _margin_world(db):
    """acme in the margin mode, its minimum 10.00 with top-up; c1's mailbox from Jan 15 at 6.00 (cost 3.50)."""
    w = build(db, acme_mode="hoster_bills_hoster_processor")
    set_minimum(db, f"reseller:{w.resellers['acme']}", "EUR", "10.00", "top_up")
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS[:2])
    return w


def test_in_the_margin_mode_the_top_up_is_the_resellers_margin(db):
    """c1's Jan 15 invoice in acme's name: 6.00 topped up by 4.00 (acme's tax 19 %: 11.90). The hoster collects
    it and owes acme on Feb 1 the mailbox's margin 6.00 - 3.50 = 2.50 and the top-up, which costs nothing:
    2.50 + 4.00 = 6.50 (the reviewer's s1)."""
    w = _margin_world(db)
    preview = run_billing(db, date(2026, 2, 1), dry_run=True)
    assert [(r.kind, r.total, r.lines) for r in preview.reseller_outcomes] == [("statement", "6.50", 2)]
    run_billing(db, date(2026, 2, 1), issue=True)
    [(inv, lines)] = _invoices(db, company_id=w.companies["c1"])
    assert lines == [("recurring", D("6.00")), ("minimum", D("4.00"))] and inv.total == D("11.90")
    # Both margins accrue on the invoice's boundary, for its period; the settlement accrues the VAT the hoster
    # collected in acme's name, 19 % of 10.00 = 1.90, on the invoice's date (app/billing/settlement.py).
    period = (date(2026, 1, 15), date(2026, 1, 15), date(2026, 2, 15))
    assert _accruals(db) == [("margin", "recurring", *period, D("2.50")), ("margin", "minimum", *period, D("4.00")),
                             ("margin", "vat", date(2026, 1, 15), None, None, D("1.90"))]
    [(st, st_lines)] = _invoices(db, customer_reseller_id=w.resellers["acme"])
    # 2.50 + 4.00 + 1.90 = 8.40, untaxed.
    assert (st.kind, st.subtotal, st.tax, st.total) == ("statement", D("8.40"), D("0"), D("8.40"))
    assert st_lines == [("recurring", D("2.50")), ("minimum", D("4.00")), ("vat", D("1.90"))]
    with unit_of_work(db) as s:
        _, minimum, _ = explain_invoice(s, st.id).lines
    assert (minimum.kind, minimum.amount, minimum.margin, minimum.minimum) == ("minimum", D("4.00"), D("4.00"), None)


def test_a_credit_note_takes_back_the_top_up_margin_and_leaves_minus_the_mailbox_cost(db):
    """c1's Jan 15 invoice (6.00 mailbox, margin 2.50; 4.00 top-up, margin 4.00) credited on Jan 20. Each of the
    note's lines accrues its amount as margin (H8: the hoster provided the mailbox, its cost 3.50 stays): the
    mailbox 2.50 - 6.00 = -3.50 (minus its cost), the top-up 4.00 - 4.00 = 0.00 (it costs nothing). The VAT
    collected in acme's name: 1.90 - 1.90 = 0.00 (19 % of 10.00, and of -10.00). acme's Feb 1 statement:
    -3.50 + 0.00 + 0.00 = -3.50, acme owes it (before: 0.00)."""
    w = _margin_world(db)
    run_billing(db, date(2026, 1, 15), issue=True)
    [(inv, _)] = _invoices(db, company_id=w.companies["c1"])
    with unit_of_work(db) as s:
        invoices.credit(s, inv.id, date(2026, 1, 20))
    run_billing(db, date(2026, 2, 1))
    [(st, st_lines)] = _invoices(db, customer_reseller_id=w.resellers["acme"])
    assert (st.kind, st.subtotal, st.tax, st.total) == ("statement", D("-3.50"), D("0"), D("-3.50"))
    assert sorted(st_lines) == [("minimum", D("-4.00")), ("minimum", D("4.00")),
                                ("recurring", D("-6.00")), ("recurring", D("2.50")),
                                ("vat", D("-1.90")), ("vat", D("1.90"))]


def test_when_the_reseller_bills_its_companies_the_top_up_accrues_nothing(db):
    """acme (reseller_bills) issues c1's invoice itself, 6.00 topped up by 4.00; it pays the hoster the cost
    only: 3.50 + 20 % = 4.20 on Feb 1."""
    w = build(db)
    set_minimum(db, f"reseller:{w.resellers['acme']}", "EUR", "10.00", "top_up")
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS[:2])
    run_billing(db, date(2026, 2, 1))
    [(_, lines)] = _invoices(db, company_id=w.companies["c1"])
    assert lines == [("recurring", D("6.00")), ("minimum", D("4.00"))]
    assert [a[:2] + a[-1:] for a in _accruals(db)] == [("cost", "recurring", D("3.50"))]
    [(wholesale, _)] = _invoices(db, customer_reseller_id=w.resellers["acme"])
    assert (wholesale.kind, wholesale.subtotal, wholesale.total) == ("wholesale", D("3.50"), D("4.20"))
