"""Storage: exact amounts on both backends, migrations, and the URL choice."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from app.errors import ProrataError
from app.models import Currency, Layer, Plan, Price, Service
from app.storage import immutability, schema
from app.storage.engine import make_engine, unit_of_work
from app.storage.location import database_url


def _plan(s):
    for code in ("EUR", "KWD", "JPY", "USD"):
        s.add(Currency(code=code, enabled=True))
    svc = Service(code="exchange", name={"en": "Exchange"})
    s.add(svc)
    s.flush()
    plan = Plan(code="basic", service_id=svc.id, basis="per_user", name={"en": "Basic"})
    s.add(plan)
    s.flush()
    return plan


@pytest.mark.parametrize("currency,amount", [
    ("EUR", "0.10"),
    ("KWD", "12345678.905"),
    ("JPY", "1"),
    ("USD", "999999999999.99"),
    ("EUR", "0.01"),
])
def test_amount_round_trips_exactly(db, currency, amount):
    with unit_of_work(db) as s:
        plan = _plan(s)
        s.add(Price(layer=Layer.WHOLESALE.value, plan_id=plan.id, currency=currency,
                    amount=Decimal(amount), valid_from=date(2026, 1, 1)))
    with unit_of_work(db) as s:
        got = s.scalars(select(Price.amount)).one()
    assert isinstance(got, Decimal)
    assert got == Decimal(amount)


def test_sums_stay_exact(db):
    """Ten times 0.10 is exactly 1.00 in SQL too (a float sum is 0.9999999999999999)."""
    with unit_of_work(db) as s:
        plan = _plan(s)
        for _ in range(10):
            s.add(Price(layer=Layer.WHOLESALE.value, plan_id=plan.id, currency="EUR",
                        amount=Decimal("0.10")))
    with unit_of_work(db) as s:
        total = s.scalar(select(func.sum(Price.amount)))
    assert Decimal(total) == Decimal("1.00")


def test_float_amounts_are_refused(db):
    with pytest.raises(Exception):
        with unit_of_work(db) as s:
            plan = _plan(s)
            s.add(Price(layer=Layer.WHOLESALE.value, plan_id=plan.id, currency="EUR", amount=0.1))
            s.flush()


def test_failed_unit_of_work_writes_nothing(db):
    with pytest.raises(RuntimeError):
        with unit_of_work(db) as s:
            _plan(s)
            s.flush()
            raise RuntimeError("boom")
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(Currency)) == 0


def test_migrations_match_the_models(db):
    """The shipped migrations create exactly what the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.models import Base

    def on_this_backend(obj, name, type_, reflected, compare_to):
        # A constraint the models declare for one backend only (``ddl_if``, e.g. migration 0017's keys) is
        # expected on that backend only.
        only = getattr(obj, "_ddl_if", None)
        if type_ == "column" and name == immutability.BORN and compare_to is None:
            return False  # the database's own mark, kept by a trigger (PostgreSQL, migration 0041)
        return reflected or only is None or only.dialect in (None, db.dialect.name)

    with db.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_object": on_this_backend}),
                                Base.metadata)
    assert diff == []


def test_upgrade_creates_schema_and_newer_database_is_refused(tmp_path):
    (tmp_path / "new").mkdir()
    engine = make_engine(f"sqlite:///{tmp_path / 'new' / 'p.db'}")
    st = schema.status(engine)
    assert st.empty and not st.up_to_date
    with pytest.raises(ProrataError) as exc:
        schema.check(engine)
    assert exc.value.problems[0].id == "upgrade_needed"
    assert schema.upgrade(engine).up_to_date
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(ProrataError) as exc:
        schema.upgrade(engine)
    assert exc.value.problems[0].id == "newer_database"
    assert "newer version" in exc.value.messages()[0]


def test_database_url_precedence(monkeypatch, tmp_path):
    monkeypatch.delenv("PRORATA_DB_URL", raising=False)
    assert database_url().startswith("sqlite:///") and database_url().endswith("prorata.db")
    monkeypatch.setenv("PRORATA_DB_URL", "postgresql+psycopg://u@h/d")
    assert database_url() == "postgresql+psycopg://u@h/d"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"
