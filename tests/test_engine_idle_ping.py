"""Pooled PostgreSQL connections: checked with a round trip only after sitting idle (app/storage/engine.py), not on
every checkout; a connection that died meanwhile never reaches the person as a traceback.

A connection the server dropped while it sat in the pool longer than ``PING_AFTER_IDLE`` is found dead on
checkout and replaced: the work goes through. One dropped within that time fails the first work on it, said in
words (app/storage/faults.py), and the next unit of work runs on a fresh connection.
"""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from app.storage import engine as engine_module
from app.storage.engine import make_engine, unit_of_work
from app.storage.faults import described


def _pooled_backend_killed(engine) -> None:
    """The server ends the backend of ``engine``'s one pooled connection, which is idle in the pool."""
    with engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    killer = create_engine(engine.url, isolation_level="AUTOCOMMIT")
    try:
        with killer.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
    finally:
        killer.dispose()


def _url(pg_db) -> str:
    return pg_db.url.render_as_string(hide_password=False)


def test_a_connection_dropped_while_idle_is_replaced_on_checkout(pg_db, monkeypatch):
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE", 0.0)
    engine = make_engine(_url(pg_db))
    try:
        _pooled_backend_killed(engine)
        with unit_of_work(engine) as s:
            assert s.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        engine.dispose()


def test_a_connection_dropped_just_now_fails_in_words_then_work_goes_on(pg_db, monkeypatch):
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE", 3600.0)
    engine = make_engine(_url(pg_db))
    try:
        _pooled_backend_killed(engine)
        with pytest.raises(Exception) as lost, unit_of_work(engine) as s:
            s.execute(text("SELECT 1"))
        fault = described(lost.value, _url(pg_db))
        assert fault is not None and fault.problems[0].id == "database_connection_lost"
        with unit_of_work(engine) as s:
            assert s.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        engine.dispose()
