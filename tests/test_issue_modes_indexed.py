"""``settlement.issue_modes`` finds a document's accruals, and those of the deferred invoices it carries, by
their invoice (``ix_accruals_invoice``, ``ix_invoices_carried_into``), page by page, on both databases, with
or without planner statistics: never by reading the reseller's accruals (``ix_accruals_open``) for each page,
which made a settlement's cost grow with the square of the reseller's documents.

The world: reseller R issued 1,500 documents (two pages of 1,000), each with two accruals of
R's, the even ones costs, the odd ones margins; then a few documents made by hand (below).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import insert, select, text

from app.billing.settlement import issue_modes
from app.models import Accrual, Company, Currency, Invoice, Reseller
from app.storage.engine import unit_of_work
from tests.query_plans import plans_of as _plans

D = Decimal
DOCS = 1_500
DAY = date(2026, 3, 1)


def _accrual(reseller, company, invoice, kind, line_kind="recurring"):
    return dict(reseller_id=reseller, kind=kind, company_id=company, invoice_id=invoice, boundary=DAY,
                line_kind=line_kind, quantity=D(1), unit_price=D("5.00"), currency="EUR", amount=D("5.00"))


def _world(db):
    """(R's id, its documents' ids in order, the named documents' ids)."""
    with unit_of_work(db) as s:
        s.add(Currency(code="EUR"))
        r = Reseller(code="r", name="R", currency="EUR", language="en_GB")
        s.add(r)
        s.flush()
        company = Company(code="c1", name="Company 1", reseller_id=r.id, currency="EUR", language="en_GB",
                          signup=DAY)
        s.add(company)
        s.flush()

        def documents(n, status="issued", into=None):
            s.execute(insert(Invoice), [dict(kind="invoice", issuer_key=f"reseller:{r.id}", issuer_reseller_id=r.id,
                                             company_id=company.id, reseller_id=r.id, currency="EUR", status=status,
                                             period_start=DAY, carried_into_id=into) for _ in range(n)])
            return list(s.scalars(select(Invoice.id).order_by(Invoice.id.desc()).limit(n)))[::-1]

        plain = documents(DOCS)
        s.execute(insert(Accrual), [_accrual(r.id, company.id, i, "cost" if n % 2 == 0 else "margin")
                                    for n, i in enumerate(plain) for _ in range(2)])
        # A: no accruals of its own, carries B (a cost) and C (a margin). D: a cost of its own, carries E (a
        # margin). V: a cost, and a margin that is a VAT line. M: made by hand, no accruals.
        a, d, v, m = documents(4)
        b, c = documents(2, "carried", a)
        e, = documents(1, "carried", d)
        s.execute(insert(Accrual), [_accrual(r.id, company.id, b, "cost"), _accrual(r.id, company.id, c, "margin"),
                                    _accrual(r.id, company.id, d, "cost"), _accrual(r.id, company.id, e, "margin"),
                                    _accrual(r.id, company.id, v, "cost"),
                                    _accrual(r.id, company.id, v, "margin", "vat")])
        return r.id, plain + [a, d, v, m], dict(a=a, d=d, v=v, m=m)


@pytest.mark.parametrize("analysed", [False, True], ids=["no statistics", "analysed"])
def test_issue_modes_reads_each_documents_accruals_by_index(db, analysed):
    rid, ids, named = _world(db)
    if analysed:
        with db.begin() as conn:
            conn.execute(text("ANALYZE accruals, invoices" if db.dialect.name == "postgresql" else "ANALYZE"))
    modes, plans = _plans(db, lambda s: issue_modes(s, rid, ids))
    # The 1,500 plain documents: the even ones' accruals are costs (False), the odd ones' margins (True).
    for n, i in enumerate(ids[:DOCS]):
        assert modes[i] is (n % 2 == 1), (n, i)
    # A: none of its own, so the kinds of what it carries: a cost and a margin, so a margin: True.
    assert modes[named["a"]] is True
    # D: its own cost decides (what it carries is not looked at): False.
    assert modes[named["d"]] is False
    # V: its VAT line is not what it was made with; its cost is: False.
    assert modes[named["v"]] is False
    # M: no accruals: left out (the reseller's mode now decides, in the caller).
    assert named["m"] not in modes
    assert len(modes) == DOCS + 3
    # Two pages: per page, the carried invoices by their index and the accruals by theirs, never the reseller's;
    # then M, with none, looked up by its id (a credit note takes the mode of what it credits): one more.
    assert len(plans) == 5, plans
    for plan in plans:
        assert "ix_accruals_open" not in plan, plan
    accrual_plans = [p for p in plans if "accruals" in p]
    assert len(accrual_plans) == 2 and all("ix_accruals_invoice" in p for p in accrual_plans), plans
    credits = plans[-1]
    assert "accruals" not in credits and ("SEARCH invoices" in credits or "Index Scan" in credits), plans
    # The carried invoices: by their index (PostgreSQL reads these 1,508 invoices, 20 pages, whole: cheaper than
    # any index at this size; at 10,000 companies it takes ix_invoices_carried_into).
    if db.dialect.name == "sqlite":
        assert all("ix_invoices_carried_into" in p for p in plans[:-1] if p not in accrual_plans), plans
