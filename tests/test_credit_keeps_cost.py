"""Crediting a company invoice keeps what the hoster provided owed (H8, defect A), on both databases.

The lead's rule: what the hoster provided is owed whatever the reseller's documents say. A credit note keeps the
reseller's cost (cost mode); in the margin mode the reseller's margin for those days becomes minus the cost. A
draft edit that lowers a line's quantity or price lowers no cost. ``modify`` (credit + copy) counts the cost once.
Only usage (the company's events) changes a cost.

The world (tests/test_reseller_accruals_on_corrections.py): acme (19 %, settled on the 1st) sells r1 2 SharePoint
sites at 12.00 a month and pays the hoster 6.00 a site; the hoster's invoices to acme carry 20 %. r1 is billed on
the 10th from 2026-01-10: January (Jan 10 to Feb 10) is 2 x 12.00 = 24.00 + 19 % 4.56 = 28.56; its cost
2 x 6.00 = 12.00 (+ 20 % 2.40 = 14.40 on the hoster's Feb 1 invoice to acme); in the margin mode acme's margin is
24.00 - 12.00 = 12.00.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, Invoice
from app.services import billing_view, invoices, resellers_admin
from app.storage.engine import unit_of_work
from tests.staff_world import StaffWorld, add_logins, drop_logins
from tests.test_reseller_accruals_on_corrections import JAN10, _company_invoice, _to_acme, _world

D = Decimal
MARGIN = "hoster_bills_hoster_processor"
JAN15, FEB1 = date(2026, 1, 15), date(2026, 2, 1)


def _accrued(db, w, kind):
    with unit_of_work(db) as s:
        return sum((a.amount for a in s.scalars(select(Accrual).where(
            Accrual.company_id == w.companies["r1"], Accrual.kind == kind, Accrual.line_kind != "vat"))), D(0))


def _draft(db, w):
    with unit_of_work(db) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"],
                                                  Invoice.status == "draft")).one()


def _one_site(db, draft):
    """The draft's line edited to 1 site (same plan and period: 1 x 12.00 = 12.00 + 19 % 2.28 = 14.28)."""
    with unit_of_work(db) as s:
        lines = [replace(ln, quantity=D(1), amount=None) for ln in billing_view.draft_lines(s, draft)]
        assert invoices.edit_draft(s, draft, lines).total == D("14.28")


def test_a_credit_note_keeps_the_resellers_cost(db):
    """January credited on Jan 15: the 2 sites were provided, acme still pays 2 x 6.00 = 12.00 + 20 % = 14.40."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        assert invoices.credit(s, _company_invoice(db, w), today=JAN15).total == D("-28.56")
    assert _accrued(db, w, "cost") == D("12.00")
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_credit_note_in_the_margin_mode_leaves_minus_the_cost(db):
    """Margin 12.00; credited, the customer pays nothing: the margin is 0.00 - 12.00 = -12.00 (12.00 - 24.00).
    The VAT collected in acme's name nets to 4.56 - 4.56 = 0.00: acme owes the hoster 12.00 on Feb 1."""
    w = _world(db, mode=MARGIN)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        invoices.credit(s, _company_invoice(db, w), today=JAN15)
    assert _accrued(db, w, "margin") == D("-12.00")
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("statement", D("-12.00"), D("0.00"), D("-12.00"))]


def test_a_draft_edited_to_one_site_keeps_the_cost_of_two(db):
    """Cost mode: edited to 1 site and issued, acme still pays the 2 sites provided: 12.00 + 20 % = 14.40."""
    w = _world(db)
    run_billing(db, JAN10)
    draft = _draft(db, w)
    _one_site(db, draft)
    assert _accrued(db, w, "cost") == D("12.00")
    with unit_of_work(db) as s:
        invoices.issue(s, draft)
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_draft_edited_to_one_site_in_the_margin_mode_earns_the_price_less_the_cost_of_two(db):
    """Margin mode: 1 x 12.00 billed less 2 x 6.00 provided = 0.00 margin; VAT on the issued 12.00 is
    19 % = 2.28, passed on: acme's Feb 1 statement 0.00 + 2.28 = 2.28."""
    w = _world(db, mode=MARGIN)
    run_billing(db, JAN10)
    draft = _draft(db, w)
    _one_site(db, draft)
    assert _accrued(db, w, "margin") == D("0.00")
    with unit_of_work(db) as s:
        invoices.issue(s, draft)
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("statement", D("2.28"), D("0.00"), D("2.28"))]


@pytest.mark.parametrize("mode", ["reseller_bills", MARGIN])
def test_a_modified_invoice_whose_copy_is_cut_to_one_site_counts_the_cost_once(db, mode):
    """modify (credit + copy), the copy edited to 1 site and issued. Cost mode: the cost is 12.00 once
    (12.00 - 12.00 + 12.00, not 24.00): 14.40 on Feb 1. Margin mode: the copy bills 12.00 for 12.00 of cost:
    margin 0.00; the VAT 4.56 - 4.56 + 2.28 = 2.28 passed on: 2.28."""
    w = _world(db, mode=mode)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        note, copy = invoices.modify(s, _company_invoice(db, w), today=JAN15)
        assert (note.total, copy.total) == (D("-28.56"), D("28.56"))
        copy = copy.id
    _one_site(db, copy)
    with unit_of_work(db) as s:
        invoices.issue(s, copy, JAN15)
    run_billing(db, FEB1)
    if mode == MARGIN:
        assert _accrued(db, w, "margin") == D("0.00")
        assert _to_acme(db, w, FEB1) == [("statement", D("2.28"), D("0.00"), D("2.28"))]
    else:
        assert _accrued(db, w, "cost") == D("12.00")
        assert _to_acme(db, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


@pytest.mark.pg
@pytest.mark.parametrize("mode", ["reseller_bills", MARGIN])
def test_the_resellers_clerk_credits_and_edits_under_its_own_login(pg_db, mode):
    """acme's clerk (role reseller-clerk, the PostgreSQL triggers checking its writes) bills January, edits the
    draft to 1 site, issues and credits it: nothing is refused; the cost stays 12.00 (cost mode: 14.40 on
    Feb 1) or the margin ends at minus the cost (1 x 12.00 - 12.00 = 0.00, then -12.00 once credited; the VAT
    2.28 - 2.28 nets to nothing: -12.00 on Feb 1)."""
    w = _world(pg_db, mode=mode)
    staff = StaffWorld(pg_db, dict(w.resellers), dict(w.companies))
    add_logins(staff, ("hoster_admin", "acme_clerk"))
    try:
        clerk, hoster = staff.engines["acme_clerk"], staff.engines["hoster_admin"]
        run_billing(clerk, JAN10)
        draft = _draft(hoster, w)
        _one_site(clerk, draft)
        with unit_of_work(clerk) as s:
            invoices.issue(s, draft)
        with unit_of_work(clerk) as s:
            assert invoices.credit(s, draft, today=JAN15).total == D("-14.28")
        report = run_billing(hoster, FEB1)
        assert [o for o in report.outcomes if o.outcome == "failed"] == []
        if mode == MARGIN:
            assert _accrued(hoster, w, "margin") == D("-12.00")
            assert _to_acme(hoster, w, FEB1) == [("statement", D("-12.00"), D("0.00"), D("-12.00"))]
        else:
            assert _accrued(hoster, w, "cost") == D("12.00")
            assert _to_acme(hoster, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]
    finally:
        drop_logins(staff)


@pytest.mark.parametrize("mode", ["reseller_bills", MARGIN])
def test_a_modify_copy_deleted_leaves_what_a_credit_leaves(db, mode):
    """modify on Jan 15, then the copy deleted: as a plain credit. Cost mode: the cost stays 12.00 (14.40 on
    Feb 1). Margin mode: 12.00 - 24.00 (the note) + 24.00 (the copy's, gone with it) = -12.00, the VAT 4.56 -
    4.56 passed on: -12.00 on Feb 1. (Before, the note reversed the cost and the copy held it: deleting the
    copy left the hoster without the cost of days it provided.)"""
    w = _world(db, mode=mode)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        _, copy = invoices.modify(s, _company_invoice(db, w), today=JAN15)
        copy = copy.id
    with unit_of_work(db) as s:
        invoices.delete_draft(s, copy)
    run_billing(db, FEB1)
    if mode == MARGIN:
        assert _accrued(db, w, "margin") == D("-12.00")
        assert _to_acme(db, w, FEB1) == [("statement", D("-12.00"), D("0.00"), D("-12.00"))]
    else:
        assert _accrued(db, w, "cost") == D("12.00")
        assert _to_acme(db, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


@pytest.mark.pg
@pytest.mark.parametrize("mode", ["reseller_bills", MARGIN])
def test_the_resellers_clerk_modifies_and_issues_the_copy_under_its_login(pg_db, mode):
    """acme's clerk modifies January and issues the copy unchanged: the copy accrues no cost (cost mode), yet
    the database lets it leave its draft state (its plan line's cost is on the invoice it replaces); the cost
    is 12.00 once (14.40 on Feb 1), or the margin 12.00 - 24.00 + 24.00 = 12.00 (VAT 4.56 passed on: 16.56)."""
    w = _world(pg_db, mode=mode)
    staff = StaffWorld(pg_db, dict(w.resellers), dict(w.companies))
    add_logins(staff, ("hoster_admin", "acme_clerk"))
    try:
        clerk, hoster = staff.engines["acme_clerk"], staff.engines["hoster_admin"]
        run_billing(clerk, JAN10, issue=True)
        with unit_of_work(clerk) as s:
            _, copy = invoices.modify(s, _company_invoice(hoster, w), today=JAN15)
            copy = copy.id
        with unit_of_work(clerk) as s:
            invoices.issue(s, copy, JAN15)
        run_billing(hoster, FEB1)
        if mode == MARGIN:
            assert _accrued(hoster, w, "margin") == D("12.00")
            assert _to_acme(hoster, w, FEB1) == [("statement", D("16.56"), D("0.00"), D("16.56"))]
        else:
            assert _accrued(hoster, w, "cost") == D("12.00")
            assert _to_acme(hoster, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]
    finally:
        drop_logins(staff)


def test_a_credit_after_a_change_to_the_margin_mode_passes_on_no_vat(db):
    """January billed in the cost mode (acme collected it and its VAT); acme changes to the margin mode; January
    credited on Jan 15. The credit note has no accruals (the cost stays with January) and was issued about a
    document acme collected: the hoster passes on none of its VAT. Feb 1: the wholesale invoice of January's
    cost, 12.00 + 20 % = 14.40, and nothing else (before: a statement of -4.56 besides)."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": MARGIN})
    with unit_of_work(db) as s:
        invoices.credit(s, _company_invoice(db, w), today=JAN15)
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]
