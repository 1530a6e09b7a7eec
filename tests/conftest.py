"""Shared fixtures: databases on SQLite and PostgreSQL, and the Qt platform.

``db`` is parametrized over both backends. SQLite tests copy a migrated
template file per test; PostgreSQL tests share one database created for the
session (and dropped at its end), emptied before each test.

PostgreSQL comes from PRORATA_TEST_PG_URL (default below). Without a server the
PostgreSQL cases skip and say why, unless PRORATA_REQUIRE_PG=1 (CI), which
turns that into a failure.
"""
from __future__ import annotations

import os
import shutil
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.models import Base  # noqa: E402
from app.storage import schema  # noqa: E402
from app.storage.engine import make_engine  # noqa: E402

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_server_url():
    """The URL of a fresh database on the test server, dropped after the session."""
    admin_url = os.environ.get("PRORATA_TEST_PG_URL", DEFAULT_PG)
    required = os.environ.get("PRORATA_REQUIRE_PG") == "1"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect():
            pass
    except Exception as exc:  # no server answers
        admin.dispose()
        reason = f"PostgreSQL not reachable at {make_url(admin_url).render_as_string()}: {exc.__class__.__name__}"
        if required:
            pytest.fail(reason + " (PRORATA_REQUIRE_PG=1)")
        pytest.skip(reason)
    name = f"prorata_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_engine(pg_server_url):
    engine = make_engine(pg_server_url)
    schema.upgrade(engine)
    yield engine
    engine.dispose()


def _empty_pg(engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
def sqlite_db(sqlite_template, tmp_path):
    path = tmp_path / "prorata.db"
    shutil.copy(sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_db(pg_engine):
    _empty_pg(pg_engine)
    return pg_engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db(request):
    """A migrated, empty database on each backend."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_db")
    return request.getfixturevalue("pg_db")


@pytest.fixture
def fresh_db(db, request, tmp_path):
    """Call it for another empty database on ``db``'s backend: a new SQLite file each time, or the
    one PostgreSQL database emptied again (so a PostgreSQL test uses one at a time)."""
    engines = []

    def fresh():
        if db.dialect.name != "sqlite":
            _empty_pg(db)
            return db
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / f"fresh-{uuid.uuid4().hex[:8]}.db"
        shutil.copy(template, path)
        engine = make_engine(f"sqlite:///{path}")
        engines.append(engine)
        return engine
    yield fresh
    for engine in engines:
        engine.dispose()
