"""What an edit of a draft, a manual invoice and a credit note move between the hoster and its reseller, on
both databases.

The rule: the hoster's cost follows the service it provided (the company's events), never the words of the
reseller's invoice: a billed line reworded, left out or with another quantity keeps its cost; a credit note
keeps the cost too (the days it gives back were provided): in the margin mode each of its lines accrues its
(negative) amount as margin, so the margin for those days ends at minus the cost; ``modify``'s copy accrues no
cost (the cost stays on the invoice credited) and, in the margin mode, gets back the margins the note took
(app/services/invoice_accruals.py says why). A line without a plan costs the hoster nothing: in the margin mode
all of its net is the reseller's margin. A credited statement gives what it settled back to the next one.

The world (tests/test_reseller_accruals_on_corrections.py): acme (19 %, settled on the 1st) sells r1 2 SharePoint
sites at 12.00 a month and pays the hoster 6.00 a site; the hoster's invoices to acme carry 20 %. r1 signs up on
2026-01-10 and is billed on the 10th: January (Jan 10 to Feb 10) is 2 x 12.00 = 24.00 + 19 % = 4.56, 28.56; its
cost 2 x 6.00 = 12.00; in the margin mode its margin 24.00 - 12.00 = 12.00.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, Invoice
from app.services import billing_view, invoices
from app.services.invoices import ManualLine
from app.storage.engine import unit_of_work
from tests.test_reseller_accruals_on_corrections import JAN10, _company_invoice, _to_acme, _world

D = Decimal
MARGIN = "hoster_bills_hoster_processor"
JAN15, JAN20, FEB1, FEB5, MAR1 = (date(2026, 1, 15), date(2026, 1, 20), date(2026, 2, 1), date(2026, 2, 5),
                                  date(2026, 3, 1))


def _typed(text, quantity, unit, rate="19"):
    """A line written as text, as ``invoices edit`` reads it from JSON (no plan, no period)."""
    return ManualLine(description={"en": text}, quantity=D(quantity), unit_price=D(unit), tax_rate=D(rate))


def _run_draft(db, w):
    run_billing(db, JAN10)
    with unit_of_work(db) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"])).one()


def _accrued(db, w, kind):
    with unit_of_work(db) as s:
        return sum((a.amount for a in s.scalars(select(Accrual).where(
            Accrual.company_id == w.companies["r1"], Accrual.kind == kind, Accrual.line_kind != "vat"))), D(0))


# -- 1: a billed line reworded keeps the cost of what was provided ---------------------------------------------

def test_a_billed_line_reworded_on_the_resellers_draft_keeps_its_cost(db):
    """The clerk writes January out as "Hosted sites, January" 2 x 12.00 (text that names no billed line) and
    adds "Migration" 1 x 80.00. r1 is billed 24.00 + 80.00 = 104.00 + 19 % = 19.76, 123.76; the hoster still
    provided the 2 sites: acme pays 2 x 6.00 = 12.00 + 20 % = 2.40, 14.40 on Feb 1 (the free text costs
    nothing)."""
    w = _world(db)
    draft = _run_draft(db, w)
    with unit_of_work(db) as s:
        inv = invoices.edit_draft(s, draft, [_typed("Hosted sites, January", "2", "12.00"),
                                             _typed("Migration", "1", "80.00")])
        assert (inv.subtotal, inv.tax, inv.total) == (D("104.00"), D("19.76"), D("123.76"))
        invoices.issue(s, draft)
    assert _accrued(db, w, "cost") == D("12.00")
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_billed_line_with_another_quantity_or_left_out_keeps_its_cost(db):
    """Edited to 1 site (the window's line, same plan and period): a draft edit never changes a cost, the hoster
    provided 2 sites: 2 x 6.00 = 12.00 still. Then the line is left out for "Goodwill" 1 x 1.00 (free text, no
    cost): 12.00 still. Feb 1 bills acme 12.00 + 20 % = 2.40, 14.40."""
    w = _world(db)
    draft = _run_draft(db, w)
    with unit_of_work(db) as s:
        (line,) = billing_view.draft_lines(s, draft)
        invoices.edit_draft(s, draft, [ManualLine(**{**line.__dict__, "quantity": D(1), "amount": None})])
    assert _accrued(db, w, "cost") == D("12.00")
    with unit_of_work(db) as s:
        invoices.edit_draft(s, draft, [_typed("Goodwill", "1", "1.00")])
    assert _accrued(db, w, "cost") == D("12.00")
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_billed_line_reworded_in_the_margin_mode_keeps_the_margin_it_had(db):
    """Margin mode: January reworded as "Hosted sites, January" 2 x 12.00. The text is all margin, 24.00; the
    billed line's margin 12.00 becomes minus its cost, -12.00 (the hoster still provided the sites): 12.00 in
    all, as before the edit. Issued Jan 10 (VAT 4.56): acme's Feb 1 statement 12.00 + 4.56 = 16.56."""
    w = _world(db, mode=MARGIN)
    draft = _run_draft(db, w)
    with unit_of_work(db) as s:
        invoices.edit_draft(s, draft, [_typed("Hosted sites, January", "2", "12.00")])
    assert _accrued(db, w, "margin") == D("12.00")
    with unit_of_work(db) as s:
        invoices.issue(s, draft)
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("statement", D("16.56"), D("0.00"), D("16.56"))]


# -- 2: manual lines in the margin mode are all margin ----------------------------------------------------------

def test_manual_lines_are_all_margin_in_the_margin_mode(db):
    """r1's January draft (not issued) gets "Migration" 1 x 50.00 beside its line: margin 12.00 + 50.00. A manual
    invoice "Setup" 1 x 100.00 at 19 % (19.00), dated and issued Jan 20: margin 100.00. Feb 1's statement:
    12.00 + 50.00 + 100.00 + the manual invoice's VAT 19.00 = 181.00 (the draft's VAT is not final yet)."""
    w = _world(db, mode=MARGIN)
    draft = _run_draft(db, w)
    with unit_of_work(db) as s:
        (line,) = billing_view.draft_lines(s, draft)
        invoices.edit_draft(s, draft, [line, _typed("Migration", "1", "50.00")])
    assert _accrued(db, w, "margin") == D("62.00")
    with unit_of_work(db) as s:
        manual = invoices.create_manual(s, "r1", "EUR", [_typed("Setup", "1", "100.00")], issue_date=JAN20)
        invoices.issue(s, manual.id)
    assert _accrued(db, w, "margin") == D("162.00")
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("statement", D("181.00"), D("0.00"), D("181.00"))]


def test_a_manual_invoice_accrues_nothing_when_the_reseller_bills(db):
    """reseller_bills: acme collects its manual invoice itself and it costs the hoster nothing: Feb 1 bills acme
    January's 12.00 + 20 % = 14.40 only."""
    w = _world(db)
    _run_draft(db, w)
    with unit_of_work(db) as s:
        manual = invoices.create_manual(s, "r1", "EUR", [_typed("Setup", "1", "100.00")], issue_date=JAN20)
        invoices.issue(s, manual.id)
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


# -- 3: a credit note of the reseller's invoice ----------------------------------------------------------------

def test_modifying_the_resellers_invoice_does_not_bill_the_cost_twice(db):
    """Modified on Jan 15 and the copy issued: the cost once, 12.00 (the invoice; the credit note keeps it, the
    copy accrues none) = 12.00, + 20 % = 14.40."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        copy = invoices.modify(s, _company_invoice(db, w), today=JAN15)[1].id
        invoices.issue(s, copy, JAN15)
    assert _accrued(db, w, "cost") == D("12.00")
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_crediting_in_the_margin_mode_leaves_minus_the_cost(db):
    """The customer got its 28.56 back; the hoster still provided the 2 sites (cost 2 x 6.00 = 12.00): the
    note's line -2 x 12.00 = -24.00 accrues as margin, 12.00 - 24.00 = -12.00 (minus the cost); the VAT passed
    on: the invoice's 4.56 and the note's -4.56 = 0.00. Feb 1's statement: -12.00 + 0.00 = -12.00 (acme owes
    it)."""
    w = _world(db, mode=MARGIN)
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        invoices.credit(s, _company_invoice(db, w), today=JAN15)
    assert _accrued(db, w, "margin") == D("-12.00")
    run_billing(db, FEB1)
    assert _to_acme(db, w, FEB1) == [("statement", D("-12.00"), D("0.00"), D("-12.00"))]


# -- 4: a credited statement ------------------------------------------------------------------------------------

def _statement(db, w):
    """Feb 1's statement: January's margin 12.00 + its VAT 4.56 = 16.56, ST-2026-00001."""
    run_billing(db, FEB1, issue=True)
    with unit_of_work(db) as s:
        st = s.scalars(select(Invoice).where(Invoice.kind == "statement")).one()
        assert (st.number, st.total) == ("ST-2026-00001", D("16.56"))
        return st.number


def test_a_credited_statement_gives_what_it_settled_to_the_next(db):
    """Credited on Feb 5: its credit note is the next of the statements' series, ST-2026-00002, -16.56. Mar 1's
    statement pays January again (12.00 + 4.56) with February's own (r1's Feb 10 invoice: 12.00 + 4.56):
    16.56 + 16.56 = 33.12."""
    w = _world(db, mode=MARGIN)
    number = _statement(db, w)
    with unit_of_work(db) as s:
        note = invoices.credit(s, number, today=FEB5, issuer="hoster")
        assert (note.kind, note.number, note.total) == ("credit_note", "ST-2026-00002", D("-16.56"))
    run_billing(db, MAR1, issue=True)
    assert _to_acme(db, w, MAR1) == [("statement", D("33.12"), D("0.00"), D("33.12"))]


def test_a_modified_statements_copy_takes_what_it_settled(db):
    """Modified on Feb 5: the copy (a draft statement of 16.56) takes January's margin and VAT, so Mar 1 pays
    February's only: 12.00 + 4.56 = 16.56. Deleted instead, the copy gives them back: Mar 1 pays 33.12."""
    w = _world(db, mode=MARGIN)
    number = _statement(db, w)
    with unit_of_work(db) as s:
        note, copy = invoices.modify(s, number, today=FEB5, issuer="hoster")
        assert (note.number, copy.kind, copy.total) == ("ST-2026-00002", "statement", D("16.56"))
        copy_id = copy.id
    with unit_of_work(db) as s:
        assert sum(s.scalars(select(Accrual.amount).where(Accrual.settled_by_id == copy_id)), D(0)) == D("16.56")
    run_billing(db, MAR1, issue=True)
    assert _to_acme(db, w, MAR1)[-1] == ("statement", D("16.56"), D("0.00"), D("16.56"))
    with unit_of_work(db) as s:
        invoices.delete_draft(s, copy_id)
        assert s.scalar(select(Accrual.id).where(Accrual.settled_by_id == copy_id)) is None
        # 12.00 + 4.56 open again for the next settlement.
        assert sum(s.scalars(select(Accrual.amount).where(Accrual.company_id == w.companies["r1"],
                                                          Accrual.settled_by_id.is_(None))), D(0)) == D("16.56")
