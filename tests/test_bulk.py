"""Bulk writes and reads store and return exactly what the ORM would, on both backends."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Currency, Plan, Price, Service
from app.storage.bulk import BulkWriter, fetch_rows, insert_with_ids
from app.storage.engine import unit_of_work

NAMES = [{"en": "Basic", "de": "Basis"}, {"en": "Pro"}, {"en": "Basic", "de": "Basis"}]
DESCRIPTIONS = [None, {"en": "Per user"}, None]
PRICES = [  # (currency, amount, valid_from): repeated values exercise the per-value caches
    ("EUR", Decimal("0.10"), date(2026, 1, 31)),
    ("KWD", Decimal("12345678.905"), None),
    ("JPY", Decimal("1"), date(2026, 1, 31)),
    ("EUR", Decimal("999999999999.99"), date(2028, 2, 29)),
    ("EUR", Decimal("-0.01"), None),
    ("EUR", Decimal("0.1"), date(2026, 1, 31)),
]


def _write(db) -> None:
    with unit_of_work(db) as s:
        for code in ("EUR", "KWD", "JPY"):
            s.add(Currency(code=code, enabled=True))
        service = Service(code="exchange", name={"en": "Exchange"})
        s.add(service)
        s.flush()
        conn = s.connection()
        BulkWriter(conn, Plan.__table__, ("code", "service_id", "basis", "name", "description")).write(
            [(f"plan-{i}", service.id, "per_user", name, desc)
             for i, (name, desc) in enumerate(zip(NAMES, DESCRIPTIONS))])
        plan_ids = s.scalars(select(Plan.id).order_by(Plan.code)).all()
        BulkWriter(conn, Price.__table__, ("layer", "plan_id", "currency", "amount", "valid_from")).write(
            [("wholesale", plan_ids[i % 2], cur, amount, day) for i, (cur, amount, day) in enumerate(PRICES)])


def test_bulk_rows_read_back_as_written(db):
    _write(db)
    with unit_of_work(db) as s:
        prices = s.execute(select(Price.currency, Price.amount, Price.valid_from).order_by(Price.id)).all()
        plans = s.execute(select(Plan.name, Plan.description).order_by(Plan.id)).all()
    assert [tuple(r) for r in prices] == PRICES
    assert [tuple(r) for r in plans] == list(zip(NAMES, DESCRIPTIONS))


def test_fetch_rows_gives_what_core_gives(db):
    _write(db)
    p, pl = Price.__table__.c, Plan.__table__.c
    queries = [select(p.id, p.layer, p.plan_id, p.currency, p.amount, p.valid_from, p.reseller_id).order_by(p.id),
               select(pl.id, pl.name, pl.description).order_by(pl.id)]
    with unit_of_work(db) as s:
        for q in queries:
            fast = fetch_rows(s.connection(), q)
            core = [tuple(r) for r in s.execute(q)]
            assert fast == core
            assert [type(v) for row in fast for v in row] == [type(v) for row in core for v in row]
    assert [row[4] for row in fast_prices(db)] == [amount for _, amount, _ in PRICES]


def fast_prices(db):
    p = Price.__table__.c
    with unit_of_work(db) as s:
        return fetch_rows(s.connection(), select(p.id, p.currency, p.valid_from, p.plan_id, p.amount).order_by(p.id))


def test_insert_with_ids_links_each_row_to_its_key(db):
    _write(db)
    with unit_of_work(db) as s:
        kept = s.scalars(select(Plan.id).where(Plan.code != "plan-2")).all()
        s.execute(Plan.__table__.delete().where(Plan.code == "plan-2"))  # no price: the highest key is free again
        service_id = s.scalar(select(Service.id))
        conn = s.connection()
        rows = [(f"bulk-{i}", service_id, "per_unit", {"en": f"Bulk {i}"}) for i in range(250)]
        ids = insert_with_ids(conn, Plan.__table__, ("code", "service_id", "basis", "name"), rows)
        assert len(set(ids)) == 250 and not set(kept) & set(ids)
        stored = dict(s.execute(select(Plan.id, Plan.code).where(Plan.code.like("bulk-%"))).all())
    assert [stored[i] for i in ids] == [code for code, *_ in rows]


def test_a_float_amount_is_refused_even_after_an_equal_decimal(db):
    _write(db)
    with pytest.raises(TypeError, match="amounts must be Decimal, got float"):
        with unit_of_work(db) as s:
            plan_id = s.scalar(select(Plan.id).limit(1))
            BulkWriter(s.connection(), Price.__table__, ("layer", "plan_id", "currency", "amount")).write(
                [("retail", plan_id, "EUR", Decimal("0.5")), ("retail", plan_id, "EUR", 0.5)])


def test_fetched_rows_never_share_a_json_value(db):
    _write(db)
    pl = Plan.__table__.c
    with unit_of_work(db) as s:
        rows = fetch_rows(s.connection(), select(pl.name).order_by(pl.code))
    assert rows[0][0] == rows[2][0] and rows[0][0] is not rows[2][0]  # equal names, separate dicts
