"""Reseller settlements across a change of billing mode, across currencies and tax rates, and their dry runs,
on both databases; every figure worked out by hand.

The world (tests/billing_world.py): acme, VAT 21 % here, sells one Exchange Basic user at its retail 6.00 and pays
the hoster 3.50 for it (its wholesale override): a company invoice of 6.00 + 21 % = 6.00 + 1.26 = 7.26, a cost of
3.50 (reseller_bills: the hoster invoices it 3.50 + its 20 % = 3.50 + 0.70 = 4.20) or a margin of
6.00 - 3.50 = 2.50 (the margin mode: the hoster collects the 7.26 and owes acme 2.50 and the 1.26 of VAT).

- A mode change: every open accrual settles by the kind it was made under (costs on the hoster's invoice, margins
  on a statement, both at one settlement if both are open); the VAT is passed on only for the documents the
  hoster collected (issued in the margin mode); an invoice's payments go to whoever collected it then.
- Two currencies: deleting one statement draft gives back its accruals to the rerun, and passes no VAT twice.
- The hoster's invoice to acme gives back days at the rate of the invoice that billed them, when a change of
  usage gives them back (even days a credit note gave the customer back already); a credit note itself gives
  back no cost (H8: the hoster provided those days).
- A dry run with --issue shows the VAT of the invoices the run would issue.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Hoster, Invoice, InvoiceLine, Price, Reseller
from app.payments.processors.routing import collector_of, collector_of_invoice
from app.services import invoices, resellers_admin
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
MARGIN, COSTS = "hoster_bills_hoster_processor", "reseller_bills"
FEB1, FEB10, FEB15, FEB20 = date(2026, 2, 1), date(2026, 2, 10), date(2026, 2, 15), date(2026, 2, 20)
MAR1, MAR15, APR1 = date(2026, 3, 1), date(2026, 3, 15), date(2026, 4, 1)


def user(day, email):
    return [(day, "subscribe", {"plan": "exchange-basic"}), (day, "assign", {"plan": "exchange-basic", "user": email})]


def world(db, mode, billing_day=1):
    w = build(db, acme_mode=mode, acme_tax="21")
    with unit_of_work(db) as s:
        s.get(Reseller, w.resellers["acme"]).billing_day = billing_day
    return w


def to_acme(db, day=None) -> list[tuple]:
    """The hoster's documents to acme (dated ``day``): (date, kind, currency, status, subtotal, tax, total,
    [(line kind, amount, tax rate)] sorted), by date, kind and currency."""
    with unit_of_work(db) as s:
        q = select(Invoice).where(Invoice.customer_reseller_id.is_not(None))
        if day is not None:
            q = q.where(Invoice.issue_date == day)
        out = []
        for i in s.scalars(q.order_by(Invoice.issue_date, Invoice.kind, Invoice.currency, Invoice.id)):
            lines = sorted(map(tuple, s.execute(select(InvoiceLine.kind, InvoiceLine.amount, InvoiceLine.tax_rate)
                                                .where(InvoiceLine.invoice_id == i.id)).all()))
            out.append((i.issue_date, i.kind, i.currency, i.status, i.subtotal, i.tax, i.total, lines))
        return out


def previewed(report) -> list[tuple]:
    """A run's (or dry run's) documents to resellers: (boundary, kind, currency, subtotal, tax, total, lines)."""
    return [(r.boundary, r.kind, r.currency, D(r.subtotal), D(r.tax), D(r.total), r.lines)
            for r in report.reseller_outcomes]


def company_invoice(db, company_id, day) -> Invoice:
    with unit_of_work(db) as s:
        inv = s.scalar(select(Invoice).where(Invoice.company_id == company_id, Invoice.issue_date == day))
        s.expunge(inv)
        return inv


def set_mode(db, mode):
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": mode})


# --- A: a change of billing mode ---------------------------------------------------------------------------------

@pytest.mark.parametrize("before, after", [(COSTS, MARGIN), (MARGIN, COSTS), ("hoster_bills_reseller_processor",
                                                                              MARGIN)])
def test_a_mode_change_settles_each_open_accrual_by_the_kind_it_was_made_under(db, before, after):
    # acme is billed on the 15th; bc1 on the 1st (from Feb 1), bc2 on the 10th (from Feb 10, after the change).
    w = world(db, before, billing_day=15)
    bc1 = add_company(db, w, "bc1", reseller="acme", signup=FEB1, events=user(FEB1, "ann@bc1.example"))
    run_billing(db, FEB1, issue=True)  # bc1's Feb 1 invoice, made in the first mode; acme not settled yet
    set_mode(db, after)
    bc2 = add_company(db, w, "bc2", reseller="acme", signup=FEB10, events=user(FEB10, "bob@bc2.example"))
    preview = run_billing(db, MAR1, issue=True, dry_run=True)
    report = run_billing(db, MAR1, issue=True)
    margin_first = before == MARGIN
    # Feb 15, both documents: bc1's Feb 1 accrual of the first mode, bc2's Feb 10 one of the second.
    # The costs: 3.50 + 20 % (0.70) = 4.20 on the hoster's invoice. The margins: 2.50 and the VAT 1.26 of the
    # invoice the hoster collected (made in the margin mode): 2.50 + 1.26 = 3.76. The other invoice's VAT
    # was collected by acme: not passed on.
    wholesale = (FEB15, "wholesale", "EUR", "issued", D("3.50"), D("0.70"), D("4.20"),
                 [("recurring", D("3.50"), D("20.00"))])
    statement = (FEB15, "statement", "EUR", "issued", D("3.76"), D("0.00"), D("3.76"),
                 [("recurring", D("2.50"), D("0.00")), ("vat", D("1.26"), D("0.00"))])
    assert to_acme(db) == [statement, wholesale]  # by kind
    expected = [(FEB15, "wholesale", "EUR", D("3.50"), D("0.70"), D("4.20"), 1),
                (FEB15, "statement", "EUR", D("3.76"), D("0.00"), D("3.76"), 2)]
    assert previewed(report) == expected
    assert previewed(preview) == expected  # the dry run showed the same
    # Whose account collects each invoice: the mode it was made under; a new one the mode now.
    made_in_margin, made_in_costs = (bc1, bc2) if margin_first else (bc2, bc1)
    acme = f"reseller:{w.resellers['acme']}"
    with unit_of_work(db) as s:
        assert collector_of_invoice(s, company_invoice(db, made_in_margin, FEB1 if margin_first else FEB10)) \
            == "hoster"
        assert collector_of_invoice(s, company_invoice(db, made_in_costs, FEB10 if margin_first else FEB1)) == acme
        assert collector_of(s, acme) == ("hoster" if after == MARGIN else acme)
    # Mar 15: bc1's Mar 1 and bc2's Mar 10 invoices, both made in the second mode: two costs of 3.50
    # (7.00 + 20 % = 7.00 + 1.40 = 8.40) or two margins and their VAT (2.50 + 2.50 + 1.26 + 1.26 = 7.52).
    run_billing(db, APR1, issue=True)
    if after == MARGIN:
        assert to_acme(db, MAR15) == [(MAR15, "statement", "EUR", "issued", D("7.52"), D("0.00"), D("7.52"),
                                       [("recurring", D("2.50"), D("0.00")), ("recurring", D("2.50"), D("0.00")),
                                        ("vat", D("1.26"), D("0.00")), ("vat", D("1.26"), D("0.00"))])]
    else:
        assert to_acme(db, MAR15) == [(MAR15, "wholesale", "EUR", "issued", D("7.00"), D("1.40"), D("8.40"),
                                       [("recurring", D("3.50"), D("20.00")), ("recurring", D("3.50"), D("20.00"))])]


def test_the_mode_waits_for_the_drafts_made_under_the_current_one(db):
    w = world(db, COSTS)
    add_company(db, w, "bc1", reseller="acme", signup=FEB1, events=user(FEB1, "ann@bc1.example"))
    run_billing(db, FEB1)  # bc1's invoice is a draft: its accrual is a cost
    with pytest.raises(ProrataError) as e:
        set_mode(db, MARGIN)
    assert [(p.id, p.where, p.params["drafts"], p.params["deferred"]) for p in e.value.problems] == [
        ("reseller_mode_pending", "billing_mode", 1, 0)]
    with unit_of_work(db) as s:
        assert s.get(Reseller, w.resellers["acme"]).billing_mode == COSTS
        draft = s.scalar(select(Invoice.id).where(Invoice.company_id.is_not(None)))
        invoices.issue(s, draft)
    set_mode(db, MARGIN)  # issued: made and collected under the mode it was made in
    with unit_of_work(db) as s:
        assert s.get(Reseller, w.resellers["acme"]).billing_mode == MARGIN


# --- B: statements in two currencies, one deleted ----------------------------------------------------------------

def test_deleting_one_currencys_statement_passes_no_vat_twice(db):
    # bc2 buys in USD: 7.00 + 21 % = 7.00 + 1.47 = 8.47, at a cost of 4.00: a margin of 3.00.
    w = world(db, MARGIN)
    with unit_of_work(db) as s:
        s.add_all([Price(layer="retail", reseller_id=w.resellers["acme"], plan_id=w.plans["exchange-basic"],
                         currency="USD", amount=D("7.00")),
                   Price(layer="wholesale", plan_id=w.plans["exchange-basic"], currency="USD", amount=D("4.00"))])
    add_company(db, w, "bc1", reseller="acme", signup=FEB1, events=user(FEB1, "ann@bc1.example"))
    add_company(db, w, "bc2", reseller="acme", currency="USD", signup=FEB1, events=user(FEB1, "bob@bc2.example"))
    run_billing(db, FEB1)  # drafts: Feb 1's statements hold the margins 2.50 EUR and 3.00 USD, no VAT yet
    with unit_of_work(db) as s:
        for iid in s.scalars(select(Invoice.id).where(Invoice.company_id.is_not(None))).all():
            invoices.issue(s, iid)
    run_billing(db, MAR1)
    # Mar 1: March's margins and the VAT of February's invoices issued since: 2.50 + 1.26 = 3.76 EUR,
    # 3.00 + 1.47 = 4.47 USD.
    eur = (MAR1, "statement", "EUR", "draft", D("3.76"), D("0.00"), D("3.76"),
           [("recurring", D("2.50"), D("0.00")), ("vat", D("1.26"), D("0.00"))])
    usd = (MAR1, "statement", "USD", "draft", D("4.47"), D("0.00"), D("4.47"),
           [("recurring", D("3.00"), D("0.00")), ("vat", D("1.47"), D("0.00"))])
    assert to_acme(db, MAR1) == [eur, usd]
    with unit_of_work(db) as s:
        invoices.delete_draft(s, s.scalar(select(Invoice.id).where(Invoice.kind == "statement",
                                                                   Invoice.issue_date == MAR1,
                                                                   Invoice.currency == "EUR")))
    # The rerun makes the EUR statement again (3.76, its accruals released), and nothing in USD: its VAT is on
    # the USD draft still there.
    preview = run_billing(db, MAR1, dry_run=True)
    assert previewed(preview) == [(MAR1, "statement", "EUR", D("3.76"), D("0.00"), D("3.76"), 2)]
    run_billing(db, MAR1)
    assert to_acme(db, MAR1) == [eur, usd]


# --- C: the rate of the days given back --------------------------------------------------------------------------

def rate_change_world(db):
    """bc1 from Feb 1: one Exchange Basic user (cost 3.50) and one SharePoint site (acme pays the hoster's 8.00
    for it). Feb 1's hoster invoice: 3.50 + 8.00 = 11.50 + 20 % (2.30) = 13.80. Then the hoster's rate
    becomes 25 %."""
    w = world(db, COSTS)
    bc1 = add_company(db, w, "bc1", reseller="acme", signup=FEB1, events=user(FEB1, "ann@bc1.example") + [
        (FEB1, "subscribe", {"plan": "sharepoint-sites", "quantity": 1})])
    run_billing(db, FEB1, issue=True)
    assert to_acme(db, FEB1) == [(FEB1, "wholesale", "EUR", "issued", D("11.50"), D("2.30"), D("13.80"),
                                  [("recurring", D("3.50"), D("20.00")), ("recurring", D("8.00"), D("20.00"))])]
    with unit_of_work(db) as s:
        s.scalar(select(Hoster)).tax_rate = D(25)
    return w, bc1


def test_a_proration_gives_back_the_reseller_cost_at_the_rate_it_was_billed(db):
    w, bc1 = rate_change_world(db)
    add_events(db, w, "bc1", [(FEB15, "unassign", {"plan": "exchange-basic", "user": "ann@bc1.example"})])
    preview = run_billing(db, MAR1, issue=True, dry_run=True)
    run_billing(db, MAR1, issue=True)
    # Mar 1: the site's March 8.00 at today's 25 % = 2.00; ann's days from Feb 15 given back, 14 of February's 28:
    # -3.50 x 14/28 = -1.75, at the 20 % of Feb 1's invoice = -0.35. Tax 2.00 - 0.35 = 1.65; subtotal
    # 8.00 - 1.75 = 6.25; total 7.90 (at 25 % throughout it would be 6.25 x 25 % = 1.56: 7.81).
    assert to_acme(db, MAR1) == [(MAR1, "wholesale", "EUR", "issued", D("6.25"), D("1.65"), D("7.90"),
                                  [("proration", D("-1.75"), D("20.00")), ("recurring", D("8.00"), D("25.00"))])]
    assert previewed(preview)[-1] == (MAR1, "wholesale", "EUR", D("6.25"), D("1.65"), D("7.90"), 2)


def test_a_credit_note_gives_back_no_reseller_cost_at_either_rate(db):
    w, bc1 = rate_change_world(db)
    with unit_of_work(db) as s:
        invoices.credit(s, company_invoice(db, bc1, FEB1).id, FEB20)
    preview = run_billing(db, MAR1, issue=True, dry_run=True)
    run_billing(db, MAR1, issue=True)
    # Mar 1: the credit note of Feb 20 keeps Feb 1's 3.50 and 8.00 (paid on Feb 1's invoice at 20 %): nothing
    # given back. March brings 3.50 and 8.00 at today's 25 %: 11.50 x 25 % = 2.875 = 2.88; total 14.38
    # (before: -11.50 at 20 % besides, 0.00 + 0.58).
    assert to_acme(db, MAR1) == [(MAR1, "wholesale", "EUR", "issued", D("11.50"), D("2.88"), D("14.38"),
                                  [("recurring", D("3.50"), D("25.00")), ("recurring", D("8.00"), D("25.00"))])]
    assert previewed(preview)[-1] == (MAR1, "wholesale", "EUR", D("11.50"), D("2.88"), D("14.38"), 2)


def test_a_change_into_credited_days_gives_back_the_reseller_cost_at_the_rate_it_was_billed(db):
    """Feb 1's invoice credited on Feb 20, then ann's unassignment of Feb 15 recorded. bc1 was given back all of
    February already: its Mar 1 invoice bills only March's site, 12.00 + 21 % 2.52 = 14.52, nothing more given
    back. The hoster no longer provided ann's mailbox from Feb 15, so acme's cost of those days is given back all
    the same (H8), at the 20 % of Feb 1's hoster invoice that billed them: -3.50 x 14/28 = -1.75, tax -0.35.
    Mar 1 to acme: -1.75 and the site's March 8.00 at today's 25 % (2.00): subtotal 6.25, tax 2.00 - 0.35 =
    1.65, total 7.90, as if February had not been credited (the proration test above)."""
    w, bc1 = rate_change_world(db)
    with unit_of_work(db) as s:
        invoices.credit(s, company_invoice(db, bc1, FEB1).id, FEB20)
    add_events(db, w, "bc1", [(FEB15, "unassign", {"plan": "exchange-basic", "user": "ann@bc1.example"})])
    run_billing(db, MAR1, issue=True)
    march = company_invoice(db, bc1, MAR1)
    assert (march.subtotal, march.tax, march.total) == (D("12.00"), D("2.52"), D("14.52"))
    [(day, kind, currency, status, subtotal, tax, total, lines)] = to_acme(db, MAR1)
    assert (day, kind, currency, status, subtotal, tax, total) == (
        MAR1, "wholesale", "EUR", "issued", D("6.25"), D("1.65"), D("7.90"))
    assert [(amount, rate) for _, amount, rate in lines] == [(D("-1.75"), D("20.00")), (D("8.00"), D("25.00"))]


# --- D: a dry run that issues ------------------------------------------------------------------------------------

def test_a_dry_run_with_issue_shows_the_vat_of_the_invoices_it_would_issue(db):
    w = world(db, MARGIN)
    add_company(db, w, "bc1", reseller="acme", signup=FEB1, events=user(FEB1, "ann@bc1.example"))
    # Each 1st: bc1's invoice, issued, then acme's statement: the margin 2.50 and that invoice's VAT 1.26 = 3.76.
    each = [(day, "statement", "EUR", D("3.76"), D("0.00"), D("3.76"), 2) for day in (FEB1, MAR1, APR1)]
    assert previewed(run_billing(db, APR1, issue=True, dry_run=True)) == each
    assert previewed(run_billing(db, APR1, issue=True)) == each
    # Without --issue May's invoice would stay a draft: the margin alone, 2.50.
    assert [r.total for r in run_billing(db, date(2026, 5, 1), dry_run=True).reseller_outcomes] == ["2.50"]
