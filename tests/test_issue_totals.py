"""A draft whose stored lines, subtotal, tax and total disagree is not issued (app/services/invoices.py ``issue``).

The application keeps them in step; a draft changed behind its back (a login writing the rows in SQL) is refused
in words, whatever the backend, and stays a draft.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select, update

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Invoice, InvoiceLine
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build


@pytest.fixture
def draft(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    run_billing(db, date(2026, 2, 15))
    with unit_of_work(db) as s:
        return s.scalar(select(Invoice.id).where(Invoice.company_id == w.companies["c1"], Invoice.status == "draft")
                        .order_by(Invoice.id).limit(1))


def _issue_refused(db, invoice_id: int) -> str:
    with pytest.raises(ProrataError) as exc, unit_of_work(db) as s:
        invoices.issue(s, invoice_id, date(2026, 2, 16))
    assert [p.id for p in exc.value.problems] == ["totals_do_not_add_up"]
    with unit_of_work(db) as s:
        assert s.get(Invoice, invoice_id).status == "draft"
    return str(exc.value)


# What a login changed, and the figures the refusal then names (c1's first draft: 6.00 + 19% tax 1.14 = 7.14).
CASES = {
    "lines zeroed": ("lines", {"amount": D(0)}, "0.00", "6.00", "7.14"),
    "total changed": ("invoice", {"total": D("0.01")}, "6.00", "6.00", "0.01"),
    "subtotal and total changed": ("invoice", {"subtotal": D("0.01"), "total": D("0.01")}, "6.00", "0.01", "0.01"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_draft_whose_totals_disagree_is_not_issued(db, draft, case):
    table, values, lines, subtotal, total = CASES[case]
    with db.begin() as conn:  # through the models' types: SQLite stores amounts in its own form
        if table == "lines":
            conn.execute(update(InvoiceLine).where(InvoiceLine.invoice_id == draft).values(**values))
        else:
            conn.execute(update(Invoice).where(Invoice.id == draft).values(**values))
    assert _issue_refused(db, draft) == (
        f"invoice draft #{draft} cannot be issued: its lines add up to {lines} and its tax to 1.14, but its "
        f"subtotal is {subtotal} and its total {total}; edit the draft so that they agree")
    with db.begin() as conn:  # put back as the application wrote it: issued
        conn.execute(update(InvoiceLine).where(InvoiceLine.invoice_id == draft).values(amount=D("6.00")))
        conn.execute(update(Invoice).where(Invoice.id == draft).values(subtotal=D("6.00"), total=D("7.14")))
    with unit_of_work(db) as s:
        assert invoices.issue(s, draft, date(2026, 2, 16)).status == "issued"
