"""Margin mode (``hoster_bills_hoster_processor``): the hoster collects what acme's companies pay, VAT
included, in acme's name; acme's statement passes that VAT on, once per issued document (a credit note's
negative), on top of the margins. A credit note's lines accrue their (negative) amounts as margin: the hoster
provided the days, so acme's margin for them ends at minus their cost (H8). SQLite and PostgreSQL; figures by hand.

acme (21 % VAT here) sells one Exchange Basic user to bc1 at its retail 6.00, at a cost of 3.50:
an invoice of 6.00 + 21 % = 6.00 + 1.26 = 7.26, a margin of 6.00 - 3.50 = 2.50.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Accrual, Invoice, InvoiceLine
from app.payments import payouts
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
FEB, MAR = date(2026, 2, 1), date(2026, 3, 1)
USER = [(FEB, "subscribe", {"plan": "exchange-basic"}),
        (FEB, "assign", {"plan": "exchange-basic", "user": "ann@bc1.example"})]


def world(db, mode="hoster_bills_hoster_processor"):
    w = build(db, acme_mode=mode, acme_tax="21")
    add_company(db, w, "bc1", reseller="acme", signup=FEB, events=USER)
    return w


def statements(db) -> list[tuple]:
    """Each statement to acme: (date, status, subtotal, tax, total, [(line kind, amount)] in line order)."""
    with unit_of_work(db) as s:
        out = []
        for inv in s.scalars(select(Invoice).where(Invoice.kind == "statement").order_by(Invoice.issue_date)):
            lines = s.execute(select(InvoiceLine.kind, InvoiceLine.amount).where(InvoiceLine.invoice_id == inv.id)
                              .order_by(InvoiceLine.position)).all()
            out.append((inv.issue_date, inv.status, inv.subtotal, inv.tax, inv.total, sorted(map(tuple, lines))))
        return out


def vat_texts(db) -> list[dict]:
    with unit_of_work(db) as s:
        return [d for (d,) in s.execute(select(InvoiceLine.description).join(
            Invoice, Invoice.id == InvoiceLine.invoice_id).where(Invoice.kind == "statement",
                                                                 InvoiceLine.kind == "vat").order_by(InvoiceLine.id))]


def owed(db) -> str:
    with unit_of_work(db) as s:
        (row,) = payouts.owed(s, "acme")
        return row["owed"]


def company_doc(db, kind="invoice", day=FEB) -> int:
    with unit_of_work(db) as s:
        return s.scalar(select(Invoice.id).where(Invoice.kind == kind, Invoice.company_id.is_not(None),
                                                 Invoice.issue_date == day))


def test_the_statement_passes_on_an_invoices_vat_and_its_credit_note_reverses_it_leaving_minus_the_cost(db):
    world(db)
    run_billing(db, FEB, issue=True)
    # Feb 1: bc1's invoice 6.00 + 1.26 = 7.26, collected by the hoster. acme is owed its margin 2.50 and the
    # 1.26 of VAT it must declare: 3.76, untaxed.
    assert statements(db) == [(FEB, "issued", D("3.76"), D("0.00"), D("3.76"),
                               [("recurring", D("2.50")), ("vat", D("1.26"))])]
    assert owed(db) == "3.76"
    # In acme's language (de_DE), naming the invoice.
    with unit_of_work(db) as s:
        number = s.get(Invoice, company_doc(db)).number
    assert vat_texts(db) == [{"de_DE": f"USt. auf Rechnung {number} vom 01.02.2026"}]
    with unit_of_work(db) as s:
        note = invoices.credit(s, company_doc(db), date(2026, 2, 10))
        note_number = note.number
    run_billing(db, MAR, issue=True)
    # Mar 1: the credit note of Feb 10 gives bc1 back its -6.00 line, which acme's margin loses (February's margin
    # 2.50 - 6.00 = -3.50, minus the cost), and the VAT -1.26; March's invoice brings 2.50 + 1.26:
    # -6.00 + 2.50 - 1.26 + 1.26 = -3.50, acme owes it (before: -2.50 + 2.50 = 0.00).
    assert statements(db)[1] == (MAR, "issued", D("-3.50"), D("0.00"), D("-3.50"),
                                 [("recurring", D("-6.00")), ("recurring", D("2.50")),
                                  ("vat", D("-1.26")), ("vat", D("1.26"))])
    with unit_of_work(db) as s:
        march = s.get(Invoice, company_doc(db, day=MAR)).number
    # In the order of their dates: the credit note (Feb 10), March's invoice (Mar 1).
    assert vat_texts(db)[1:] == [{"de_DE": f"USt. auf Gutschrift {note_number} vom 10.02.2026"},
                                 {"de_DE": f"USt. auf Rechnung {march} vom 01.03.2026"}]
    assert owed(db) == "0.26"  # 3.76 - 3.50: margins 2.50 - 6.00 + 2.50 = -1.00, VAT 1.26 - 1.26 + 1.26 = 1.26


def test_a_draft_issued_after_its_settlement_passes_its_vat_on_the_next_one(db):
    world(db)
    run_billing(db, FEB)  # no --issue: bc1's invoice is a draft, its tax not final
    # Feb 1: the margin 2.50 only (a draft's VAT is not collected).
    assert statements(db) == [(FEB, "draft", D("2.50"), D("0.00"), D("2.50"), [("recurring", D("2.50"))])]
    with unit_of_work(db) as s:
        invoices.issue(s, company_doc(db))
    # The dry run shows what the run writes: Mar 1's margin 2.50 and the VAT 1.26 of the invoice issued since.
    preview = run_billing(db, MAR, dry_run=True)
    assert [(r.boundary, r.subtotal, r.tax, r.total, r.lines) for r in preview.reseller_outcomes] == [
        (MAR, "3.76", "0.00", "3.76", 2)]
    run_billing(db, MAR)
    assert statements(db)[1] == (MAR, "draft", D("3.76"), D("0.00"), D("3.76"),
                                 [("recurring", D("2.50")), ("vat", D("1.26"))])
    # Once: an April run finds nothing new issued (March's invoice is a draft): 2.50 alone.
    run_billing(db, date(2026, 4, 1))
    assert statements(db)[2][2:] == (D("2.50"), D("0.00"), D("2.50"), [("recurring", D("2.50"))])


def test_a_deleted_statement_gives_its_vat_back_to_the_rerun_once(db):
    world(db)
    run_billing(db, FEB)
    with unit_of_work(db) as s:
        invoices.issue(s, company_doc(db))
    run_billing(db, MAR)  # Mar 1: 2.50 + 1.26 (as above)
    with unit_of_work(db) as s:
        st = s.scalar(select(Invoice.id).where(Invoice.kind == "statement", Invoice.issue_date == MAR))
        invoices.delete_draft(s, st)
    run_billing(db, MAR)  # the same statement again: the VAT once, not 1.26 twice
    assert statements(db)[1] == (MAR, "draft", D("3.76"), D("0.00"), D("3.76"),
                                 [("recurring", D("2.50")), ("vat", D("1.26"))])
    with unit_of_work(db) as s:
        assert s.scalar(select(Accrual.id).where(Accrual.line_kind == "vat", Accrual.settled_by_id.is_(None))) \
            is None


def test_a_manual_invoice_dated_after_a_boundary_is_passed_on_by_the_settlement_that_reaches_its_date(db):
    world(db)
    with unit_of_work(db) as s:
        draft = invoices.create_manual(s, "bc1", "EUR", [invoices.ManualLine({"en": "Migration"}, D(2), D("50.00"),
                                                                            D(21))], issue_date=date(2026, 2, 10))
        did = draft.id
    with unit_of_work(db) as s:
        invoices.issue(s, did)
        assert (s.get(Invoice, did).subtotal, s.get(Invoice, did).tax) == (D("100.00"), D("21.00"))  # 2 x 50.00
    preview = run_billing(db, MAR, dry_run=True)
    run_billing(db, MAR, issue=True)  # Feb 1 and Mar 1 in one run
    vat = [[a for k, a in st[5] if k == "vat"] for st in statements(db)]
    # Feb 1: the Feb 1 invoice's 1.26 (the manual one is dated Feb 10: after Feb 1). Mar 1: the manual 21.00
    # (21 % of 100.00) and March's invoice 1.26.
    assert vat == [[D("1.26")], [D("1.26"), D("21.00")]]
    real = run_billing(db, MAR, dry_run=True)  # nothing left to settle
    assert real.reseller_outcomes == []
    with unit_of_work(db) as s:
        totals = [t for (t,) in s.execute(select(Invoice.total).where(Invoice.kind == "statement")
                                           .order_by(Invoice.issue_date))]
    # The preview (its invoices are drafts: it issues none) saw the manual invoice's VAT on Mar 1 as the run
    # did; only the 1.26 of the Feb 1 invoice the run issued (Mar 1) is not in it.
    assert [r.boundary for r in preview.reseller_outcomes] == [FEB, MAR]
    assert D(preview.reseller_outcomes[1].total) == totals[1] - D("1.26")


def test_the_wholesale_modes_pass_no_vat(db):
    world(db, mode="reseller_bills")
    run_billing(db, FEB, issue=True)
    with unit_of_work(db) as s:
        (inv,) = s.scalars(select(Invoice).where(Invoice.kind == "wholesale")).all()
        # The cost 3.50 + the hoster's 20 % = 3.50 + 0.70 = 4.20, as before.
        assert (inv.subtotal, inv.tax, inv.total) == (D("3.50"), D("0.70"), D("4.20"))
        assert s.scalar(select(Accrual.id).where(Accrual.line_kind == "vat")) is None


def test_a_modified_invoice_passes_on_the_vat_of_its_credit_note_and_of_its_copy_once_issued(db):
    world(db)
    run_billing(db, FEB, issue=True)  # Feb 1: 2.50 + 1.26 (as above)
    with unit_of_work(db) as s:
        _, copy = invoices.modify(s, company_doc(db), date(2026, 2, 10))
        copy_id = copy.id
    run_billing(db, MAR, issue=True)
    # Mar 1: the credit note of Feb 10 takes its line's 6.00 from the margin and passes on its VAT -1.26; the
    # copy, a draft, brings back the 6.00 the note took (its accruals) but no VAT yet; March's invoice 2.50 + 1.26.
    # -6.00 + 6.00 + 2.50 = 2.50 of margins, -1.26 + 1.26 = 0.00 of VAT: 2.50.
    assert statements(db)[1] == (MAR, "issued", D("2.50"), D("0.00"), D("2.50"),
                                 [("recurring", D("-6.00")), ("recurring", D("2.50")), ("recurring", D("6.00")),
                                  ("vat", D("-1.26")), ("vat", D("1.26"))])
    with unit_of_work(db) as s:
        invoices.issue(s, copy_id, date(2026, 3, 5))
        assert s.get(Invoice, copy_id).tax == D("1.26")
    run_billing(db, date(2026, 4, 1), issue=True)
    # Apr 1: April's 2.50 + 1.26, and the copy's VAT 1.26 once it is issued: 2.50 + 1.26 + 1.26 = 5.02.
    assert statements(db)[2] == (date(2026, 4, 1), "issued", D("5.02"), D("0.00"), D("5.02"),
                                 [("recurring", D("2.50")), ("vat", D("1.26")), ("vat", D("1.26"))])
    assert owed(db) == "11.28"  # 3.76 + 2.50 + 5.02
