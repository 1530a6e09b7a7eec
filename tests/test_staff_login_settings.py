"""Every staff login compiles no statement with JIT (``jit = off`` as its session default; migration 0030).

The policies' correlated EXISTS clauses are costed per row, so a reseller's read of a few 10,000 rows passed
``jit_above_cost`` and was compiled, which took longer than the read (bench/bench_row_security.py). A group role's
settings are not inherited by its members: each login has the setting, from ``add_staff`` as it is made and from
``row_security.apply`` for a login made before.
"""
from __future__ import annotations

import pytest
from sqlalchemy import text

from app.storage import row_security
from app.storage.engine import make_engine
from tests.staff_world import world_with_logins  # noqa: F401

pytestmark = pytest.mark.pg


@pytest.fixture
def world(pg_db):
    with world_with_logins(pg_db, ("hoster_admin", "hoster_clerk", "reviewer", "acme_admin", "acme_clerk")) as w:
        yield w


def _jit(engine) -> str:
    with engine.connect() as conn:
        return conn.execute(text("SHOW jit")).scalar_one()


def test_each_login_starts_with_jit_off(world):
    assert {key: _jit(engine) for key, engine in world.engines.items()} == {
        "hoster_admin": "off", "hoster_clerk": "off", "reviewer": "off", "acme_admin": "off", "acme_clerk": "off"}


def test_a_reseller_clerks_read_is_not_compiled(world):
    """Even with the threshold at 0 (every statement would be compiled) the login's reads are not."""
    with world.engines["acme_clerk"].connect() as conn:
        conn.execute(text("SET jit_above_cost = 0"))
        plan = "\n".join(r[0] for r in conn.execute(text("EXPLAIN (ANALYZE) SELECT * FROM billed_periods")))
        assert "JIT:" not in plan, plan
        if conn.execute(text("SELECT pg_jit_available()")).scalar_one():  # the same read, JIT on: compiled
            conn.execute(text("SET jit = on"))
            plan = "\n".join(r[0] for r in conn.execute(text("EXPLAIN (ANALYZE) SELECT * FROM billed_periods")))
            assert "JIT:" in plan, plan


def test_apply_sets_it_for_a_login_made_before(world):
    login = world.logins["acme_clerk"]
    with world.owner.begin() as conn:
        conn.exec_driver_sql(f'ALTER ROLE "{login}" RESET jit')  # as a login made before migration 0030
    fresh = make_engine(world.url("acme_clerk"))
    try:
        default = _jit(fresh)
        with world.owner.begin() as conn:
            row_security.apply(conn)
        fresh.dispose()  # a new session takes the role's defaults
        assert default == _jit(world.owner)  # the server's default, as any role without a setting of its own
        assert _jit(fresh) == "off"
    finally:
        fresh.dispose()
