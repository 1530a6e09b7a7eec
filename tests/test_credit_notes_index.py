"""An invoice's credit notes are found by index (migration 0030: ``ix_invoices_credits``), on both databases.

Whether an invoice is credited, and by which note, is asked by ``credits_id`` (app/services/invoice_claims.py
``lost``, app/services/issue_dates.py), and on PostgreSQL by the key from ``credits_id`` to ``invoices`` whenever an
invoice is deleted. Before 0030 ``credits_id`` had no index: each such question read every invoice.

The world: one issuer, 3,000 issued invoices without a credit note, invoice A and its credit note B.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import insert, inspect, select, text

from app.models import Currency, Invoice
from app.storage.engine import unit_of_work
from tests.test_accrual_indexes import _plans

INVOICES = 3_000
DAY = date(2026, 3, 1)


def _world(db) -> int:
    with unit_of_work(db) as s:
        s.add(Currency(code="EUR"))
        s.flush()
        s.execute(insert(Invoice), [dict(kind="invoice", issuer_key="hoster", currency="EUR", status="issued",
                                         number=f"N-{n}", issue_date=DAY) for n in range(INVOICES)])
        a = Invoice(kind="invoice", issuer_key="hoster", currency="EUR", status="void", number="A", issue_date=DAY)
        s.add(a)
        s.flush()
        s.add(Invoice(kind="credit_note", issuer_key="hoster", currency="EUR", status="issued", number="B",
                      issue_date=DAY, credits_id=a.id))
        a_id = a.id
    with db.begin() as conn:
        conn.execute(text("ANALYZE invoices" if db.dialect.name == "postgresql" else "ANALYZE"))
    return a_id


def test_an_invoices_credit_note_is_found_by_index(db):
    a = _world(db)
    found, plans = _plans(db, lambda s: list(s.scalars(select(Invoice.number).where(Invoice.credits_id == a))))
    assert found == ["B"]  # the one credit note of the 3,000 + 2 invoices
    assert "ix_invoices_credits" in "\n".join(plans), plans


def test_the_index_is_partial(db):
    with db.connect() as conn:
        indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("invoices")}
        definition = conn.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_invoices_credits'"
            if db.dialect.name == "postgresql" else
            "SELECT sql FROM sqlite_master WHERE name = 'ix_invoices_credits'").scalar_one()
    assert indexes["ix_invoices_credits"] == ["credits_id"]
    assert "credits_id IS NOT NULL" in definition
