"""What a reseller pays the hoster (or earns, in the margin mode) when a company invoice is credited, modified,
or its draft copy edited or deleted, on both databases.

The rule (H8): what the hoster provided is owed whatever the reseller's documents say. A credit note keeps the
cost (in the margin mode each of its lines accrues its negative amount as margin: the margin ends at minus the
cost); modify's copy accrues no cost (the margin mode: it gets back the margins its note took); a draft edit
never changes a cost (the margin mode: a line's margin changes by what the line bills more or less).

The world: acme (reseller_bills, tax 19 %, billing day 1) sells SharePoint sites at 12.00 a month and pays the
hoster 6.00 a site (its own wholesale price here); the hoster's invoices to acme carry the hoster's 20 %.
A company of acme subscribes on 2026-01-10 and is billed on the 10th.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, Invoice, Price
from app.services import billing_view, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build, set_minimum

D = Decimal
JAN10 = date(2026, 1, 10)


def _world(db, mode="reseller_bills", sites=2):
    w = build(db, acme_mode=mode)
    with unit_of_work(db) as s:
        s.add(Price(layer="wholesale_override", reseller_id=w.resellers["acme"], plan_id=w.plans["sharepoint-sites"],
                    currency="EUR", amount=D("6.00")))
    add_company(db, w, "r1", reseller="acme", signup=JAN10, events=[
        (JAN10, "subscribe", {"plan": "sharepoint-sites", "quantity": sites})])
    return w


def _to_acme(db, w, day):
    """(kind, subtotal, tax, total) of the hoster's invoices or statements to acme dated ``day``."""
    with unit_of_work(db) as s:
        return [(i.kind, i.subtotal, i.tax, i.total) for i in s.scalars(
            select(Invoice).where(Invoice.customer_reseller_id == w.resellers["acme"], Invoice.issue_date == day)
            .order_by(Invoice.id))]


def _company_invoice(db, w):
    with unit_of_work(db) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"],
                                                      Invoice.status == "issued")).one()


def _modified(db, w, day=date(2026, 1, 15)):
    """r1's January invoice (2 sites x 12.00 = 24.00 + 19 % = 28.56) issued, then modified on ``day``."""
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        note, copy = invoices.modify(s, _company_invoice(db, w), today=day)
        assert (note.total, copy.total) == (D("-28.56"), D("28.56"))
        return copy.id


@pytest.mark.parametrize("modify_day", [date(2026, 1, 15), date(2026, 2, 20)])
def test_a_modified_invoice_whose_copy_is_issued_costs_the_reseller_what_it_did(db, modify_day):
    """Modified before or after the settlement that took the first cost: either way acme pays 2 x 6.00 once (the
    cost stays on the invoice credited; neither the credit note nor the copy accrues one)."""
    w = _world(db)
    if modify_day > date(2026, 2, 1):
        run_billing(db, JAN10, issue=True)
        run_billing(db, date(2026, 2, 1))
        assert _to_acme(db, w, date(2026, 2, 1)) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]
        with unit_of_work(db) as s:
            copy = invoices.modify(s, _company_invoice(db, w), today=modify_day)[1].id
    else:
        copy = _modified(db, w, modify_day)
    with unit_of_work(db) as s:
        invoices.issue(s, copy, modify_day)
    if modify_day < date(2026, 2, 1):
        run_billing(db, date(2026, 2, 1))
        # The cost of the first invoice only (the note keeps it, the copy accrues none): 12.00, + 20 % = 14.40.
        assert _to_acme(db, w, date(2026, 2, 1)) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]
    else:
        run_billing(db, date(2026, 3, 1))
        # Feb 10 bills Feb 10 - Mar 10's 2 sites (12.00); the note and the copy accrue no cost: + 20 % = 14.40.
        assert _to_acme(db, w, date(2026, 3, 1)) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_modified_invoice_keeps_the_resellers_margin_in_the_margin_mode(db):
    w = _world(db, mode="hoster_bills_hoster_processor")
    copy = _modified(db, w)
    with unit_of_work(db) as s:
        invoices.issue(s, copy, date(2026, 1, 15))
    run_billing(db, date(2026, 2, 1))
    # The hoster owes acme its margin: 2 x (12.00 - 6.00) = 12.00 on the invoice, -24.00 on the credit note (its
    # line's amount: the margin falls to minus the cost), +24.00 on the copy (the note's margin given back):
    # 12.00 - 24.00 + 24.00 = 12.00, without tax, as before the correction; and the VAT it collected in acme's
    # name on the invoice, the credit note and the copy: 4.56 - 4.56 + 4.56 = 4.56 (19 % of 24.00): 16.56.
    assert _to_acme(db, w, date(2026, 2, 1)) == [("statement", D("16.56"), D("0.00"), D("16.56"))]


def test_a_deleted_copy_leaves_the_cost_owed(db):
    """The customer is no longer billed, but the hoster provided the 2 sites from Jan 10: the credit note keeps
    their cost, the copy had none to take away with it. Feb 1: 2 x 6.00 = 12.00 + 20 % 2.40 = 14.40."""
    w = _world(db)
    copy = _modified(db, w)
    with unit_of_work(db) as s:
        invoices.delete_draft(s, copy)
    run_billing(db, date(2026, 2, 1))
    assert _to_acme(db, w, date(2026, 2, 1)) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def _edit(db, copy, quantity=None, unchanged=False):
    """Save draft ``copy`` unchanged, or with each line at ``quantity`` (a line changed by hand, as the window
    writes it: same plan and period, its amount quantity x price again)."""
    with unit_of_work(db) as s:
        lines = billing_view.draft_lines(s, copy)
        if not unchanged:
            lines = [replace(ln, quantity=D(quantity), amount=None) for ln in lines]
        invoices.edit_draft(s, copy, lines)
        return s.get(Invoice, copy).total


def test_the_copys_edits_leave_the_cost_as_it_was(db):
    """Saved unchanged, or cut to one site (1 x 12.00 + 19 % 2.28 = 14.28), the copy changes no cost: the hoster
    provided 2 sites from Jan 10, whose cost stays on the invoice credited: 2 x 6.00 = 12.00 + 20 % 2.40 = 14.40
    on Feb 1."""
    w = _world(db)
    copy = _modified(db, w)
    assert _edit(db, copy, unchanged=True) == D("28.56")
    assert _edit(db, copy, quantity="1") == D("14.28")
    with unit_of_work(db) as s:
        invoices.issue(s, copy, date(2026, 1, 15))
    run_billing(db, date(2026, 2, 1))
    assert _to_acme(db, w, date(2026, 2, 1)) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_an_edit_of_the_copy_after_a_settlement_gives_nothing_back_on_the_next(db):
    """The settlement of Feb 1 took the invoice's 2 x 6.00 = 12.00 (+ 20 % = 14.40; the note and the copy accrue
    no cost); the copy then bills one site and is issued on Feb 2: no cost changes, so Mar 1 has only the Feb 10
    invoice's own 2 x 6.00 = 12.00 + 20 % 2.40 = 14.40 (before: 12.00 - 6.00 = 6.00, 7.20)."""
    w = _world(db)
    copy = _modified(db, w)
    run_billing(db, date(2026, 2, 1))
    assert _to_acme(db, w, date(2026, 2, 1)) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]
    assert _edit(db, copy, quantity="1") == D("14.28")
    with unit_of_work(db) as s:
        invoices.issue(s, copy, date(2026, 2, 2))
    run_billing(db, date(2026, 3, 1))
    assert _to_acme(db, w, date(2026, 3, 1)) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_the_margin_follows_an_edit_of_the_copy(db):
    """The copy edited to one site at 10.00 instead of two at 12.00. The hoster provided 2 sites (cost 12.00),
    so acme's margin: 24.00 - 12.00 = 12.00 on the invoice, -24.00 on the credit note, +24.00 back on the copy,
    which then bills 10.00 - 24.00 = -14.00 less: 12.00 - 24.00 + 24.00 - 14.00 = -2.00 (10.00 paid less the
    12.00 of cost). The VAT collected in its name: 4.56 - 4.56 on the invoice and its credit note, 19 % of 10.00
    = 1.90 on the copy: 1.90. Feb 1: -2.00 + 1.90 = -0.10, acme owes the hoster 0.10 (before: 4.00 + 1.90)."""
    w = _world(db, mode="hoster_bills_hoster_processor")
    copy = _modified(db, w)
    with unit_of_work(db) as s:
        lines = [replace(ln, quantity=D(1), unit_price=D("10.00"), amount=None)
                 for ln in billing_view.draft_lines(s, copy)]
        invoices.edit_draft(s, copy, lines)
        invoices.issue(s, copy, date(2026, 1, 15))
    run_billing(db, date(2026, 2, 1))
    assert _to_acme(db, w, date(2026, 2, 1)) == [("statement", D("-0.10"), D("0.00"), D("-0.10"))]


def _deferred_then_carried(db, w):
    """acme's minimum of 30.00 defers r2's 12.00 in January and 24.00 in February; March's invoice carries both:
    3 x 12.00 = 36.00 + 19 % = 42.84. acme paid the hoster 6.00 + 20 % = 7.20 on Feb 1 and on Mar 1."""
    set_minimum(db, f"reseller:{w.resellers['acme']}", "EUR", "30.00", "defer")
    run_billing(db, date(2026, 3, 10), issue=True)
    assert _to_acme(db, w, date(2026, 2, 1)) == [("wholesale", D("6.00"), D("1.20"), D("7.20"))]
    assert _to_acme(db, w, date(2026, 3, 1)) == [("wholesale", D("6.00"), D("1.20"), D("7.20"))]
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == w.companies["r1"],
                                              Invoice.status == "issued")).one()
        assert inv.total == D("42.84")
        return inv.id


def test_crediting_an_invoice_that_carried_deferred_ones_keeps_their_cost_too(db):
    """The credit note of Mar 15 gives the customer back the three months, but the hoster provided them: neither
    March's 6.00 nor the carried months' 2 x 6.00 (paid on Feb 1 and Mar 1) is given back. Apr 1 takes March's
    own cost, as uncredited: 6.00 + 20 % 1.20 = 7.20 (before: a credit note of -2 x 7.20 = -14.40)."""
    w = _world(db, sites=1)
    number = _deferred_then_carried(db, w)
    with unit_of_work(db) as s:
        invoices.credit(s, number, today=date(2026, 3, 15))
    run_billing(db, date(2026, 4, 1))
    assert _to_acme(db, w, date(2026, 4, 1)) == [("wholesale", D("6.00"), D("1.20"), D("7.20"))]


def test_modifying_an_invoice_that_carried_deferred_ones_keeps_their_cost(db):
    """The copy bills the three months again; their costs stay where they were (the note keeps them, the copy
    accrues none): Apr 1 has March's 6.00 only, + 20 % = 7.20."""
    w = _world(db, sites=1)
    number = _deferred_then_carried(db, w)
    with unit_of_work(db) as s:
        copy = invoices.modify(s, number, today=date(2026, 3, 15))[1]
        assert copy.total == D("42.84")
        invoices.issue(s, copy.id, date(2026, 3, 15))
    run_billing(db, date(2026, 4, 1))
    assert _to_acme(db, w, date(2026, 4, 1)) == [("wholesale", D("6.00"), D("1.20"), D("7.20"))]


def test_a_run_drafts_edit_keeps_its_cost_by_the_same_rule(db):
    """Not only a copy: a run's draft edited to one site (12.00 + 19 % = 14.28) still costs acme the 2 sites the
    hoster provided: 2 x 6.00 = 12.00 + 20 % 2.40 = 14.40 (before: 6.00 + 20 % = 7.20)."""
    w = _world(db)
    run_billing(db, JAN10)
    with unit_of_work(db) as s:
        draft = s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"])).one()
    assert _edit(db, draft, quantity="1") == D("14.28")
    run_billing(db, date(2026, 2, 1))
    assert _to_acme(db, w, date(2026, 2, 1)) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_draft_edited_without_the_months_it_carried_keeps_their_cost_and_deleted_keeps_it(db):
    """acme's minimum of 30.00 defers r1's January and February; March's draft carries them (3 x 12.00). The
    clerk keeps March's line only (12.00 + 19 % = 14.28): the hoster provided the three months whatever acme
    bills its customer (app/services/invoice_accruals.py), so their cost stays: 3 x 6.00 = 18.00."""
    w = _world(db, sites=1)
    set_minimum(db, f"reseller:{w.resellers['acme']}", "EUR", "30.00", "defer")
    run_billing(db, date(2026, 3, 10))
    with unit_of_work(db) as s:
        draft = s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"],
                                                   Invoice.status == "draft")).one()
        lines = billing_view.draft_lines(s, draft)
        assert len(lines) == 3
        invoices.edit_draft(s, draft, [ln for ln in lines if ln.start >= date(2026, 3, 10)])
        assert s.get(Invoice, draft).total == D("14.28")

    def accrued():
        with unit_of_work(db) as s:
            return sum(a.amount for a in s.scalars(select(Accrual).where(Accrual.company_id == w.companies["r1"])))

    assert accrued() == D("18.00")  # 6.00 x 3 months, none given back
    with unit_of_work(db) as s:  # deleted instead: the deferred months wait again, their cost as it was
        invoices.delete_draft(s, draft)
    assert accrued() == D("12.00")
    with unit_of_work(db) as s:
        assert [i.status for i in s.scalars(select(Invoice).where(Invoice.company_id == w.companies["r1"])
                                            .order_by(Invoice.id))] == ["deferred", "deferred"]
