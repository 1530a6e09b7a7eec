"""An invoice's accruals and the deferred invoices it carries are found by index (migration 0028), on both databases.

``app/services/invoice_accruals.billed_by`` (a credit note, a copy) asks for the accruals of an invoice and of the
deferred invoices it carries; deleting a draft asks for its accruals and for the invoices it carries. Before 0028
neither ``accruals.invoice_id`` nor ``invoices.carried_into_id`` had an index: each such question read every row.

The world: one reseller, 40 companies, 3,000 drafts (75 a company), each with 2 accruals (a cost and a margin):
6,000 accruals; invoice A carries deferred invoices B and C; A has 2 accruals of its own besides, one a VAT line.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import insert, select, text

from app.models import Accrual, Company, Currency, Invoice, Reseller
from app.services.invoice_accruals import billed_by
from app.storage.engine import unit_of_work
from tests.query_plans import plans_of as _plans

D = Decimal
DRAFTS, COMPANIES = 3_000, 40
DAY = date(2026, 3, 1)


def _accrual(reseller, company, invoice, kind, line_kind="recurring", amount="5.00"):
    return dict(reseller_id=reseller, kind=kind, company_id=company, invoice_id=invoice, boundary=DAY,
                line_kind=line_kind, quantity=D(1), unit_price=D(amount), currency="EUR", amount=D(amount))


def _world(db):
    with unit_of_work(db) as s:
        s.add(Currency(code="EUR"))
        r = Reseller(code="acme", name="Acme", currency="EUR", language="en_GB")
        s.add(r)
        s.flush()
        companies = []
        for n in range(COMPANIES):
            c = Company(code=f"c{n}", name=f"Company {n}", reseller_id=r.id, currency="EUR", language="en_GB",
                        signup=DAY)
            s.add(c)
            companies.append(c)
        s.flush()
        s.execute(insert(Invoice), [dict(kind="invoice", issuer_key=f"reseller:{r.id}", issuer_reseller_id=r.id,
                                         company_id=companies[n % COMPANIES].id, reseller_id=r.id, currency="EUR",
                                         status="draft", period_start=DAY) for n in range(DRAFTS)])
        ids = list(s.scalars(select(Invoice.id).order_by(Invoice.id)))
        s.execute(insert(Accrual), [_accrual(r.id, companies[n % COMPANIES].id, i, kind)
                                    for n, i in enumerate(ids) for kind in ("cost", "margin")])
        company = companies[0].id
        def invoice(status, carried_into=None):
            inv = Invoice(kind="invoice", issuer_key=f"reseller:{r.id}", issuer_reseller_id=r.id, company_id=company,
                          reseller_id=r.id, currency="EUR", status=status, period_start=DAY,
                          carried_into_id=carried_into)
            s.add(inv)
            s.flush()
            return inv

        a = invoice("draft")
        b, c = invoice("carried", a.id), invoice("carried", a.id)
        s.execute(insert(Accrual), [_accrual(r.id, company, a.id, "cost", amount="1.00"),
                                    _accrual(r.id, company, a.id, "cost", "vat", amount="0.20"),
                                    _accrual(r.id, company, b.id, "cost", amount="2.00"),
                                    _accrual(r.id, company, c.id, "margin", amount="3.00")])
        return a.id


def _analyze(db):
    with db.begin() as conn:
        conn.execute(text("ANALYZE accruals, invoices" if db.dialect.name == "postgresql" else "ANALYZE"))


def test_billed_by_reads_an_invoices_accruals_by_index(db):
    a = _world(db)
    _analyze(db)
    found, plans = _plans(db, lambda s: [(acc.kind, acc.amount) for acc in billed_by(s, a)])
    # A's own cost 1.00 (its VAT line 0.20 left out), B's cost 2.00 and C's margin 3.00, in the order written:
    # 3 of the 6,000 + 4 accruals.
    assert found == [("cost", D("1.00")), ("cost", D("2.00")), ("margin", D("3.00"))]
    plan = "\n".join(plans)
    assert "ix_accruals_invoice" in plan, plan
    assert "ix_invoices_carried_into" in plan, plan


def test_the_invoices_an_invoice_carries_are_found_by_index(db):
    a = _world(db)
    _analyze(db)
    found, plans = _plans(db, lambda s: sorted(s.scalars(select(Invoice.status).where(Invoice.carried_into_id == a))))
    assert found == ["carried", "carried"]  # B and C
    assert "ix_invoices_carried_into" in "\n".join(plans), plans


def test_the_indexes_are_there(db):
    from sqlalchemy import inspect

    with db.connect() as conn:
        found = inspect(conn)
        accruals = {i["name"]: i["column_names"] for i in found.get_indexes("accruals")}
        invoices = {i["name"]: i["column_names"] for i in found.get_indexes("invoices")}
    assert accruals["ix_accruals_invoice"] == ["invoice_id"]
    assert invoices["ix_invoices_carried_into"] == ["carried_into_id"]
    # Partial: only the invoices that are carried are in it (its definition says so on either database).
    with db.connect() as conn:
        definition = conn.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_invoices_carried_into'"
            if db.dialect.name == "postgresql" else
            "SELECT sql FROM sqlite_master WHERE name = 'ix_invoices_carried_into'").scalar_one()
    assert "carried_into_id IS NOT NULL" in definition
