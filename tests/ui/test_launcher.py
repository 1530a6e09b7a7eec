"""Opening a database from the launcher: the first-start demo offer and the schema checks."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from app.errors import ProrataError
from app.services import directory
from app.storage import schema
from app.storage.engine import make_engine, unit_of_work
from ui import launcher
from ui.worker import Worker


@pytest.fixture
def fresh(qapp, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    worker = Worker(engine)
    yield engine, worker
    worker.close()
    engine.dispose()


def test_empty_database_is_set_up_and_demo_data_loaded_when_accepted(fresh, monkeypatch):
    engine, worker = fresh
    assert launcher.open_schema(engine, worker, upgrade=False) is True
    assert schema.status(engine).up_to_date
    monkeypatch.setattr(launcher, "offer_demo", lambda: 100)
    launcher.offer_demo_data(engine, worker)
    with unit_of_work(engine) as s:
        root = directory.root(s)
        assert root is not None and root.name == "Northwind Hosting"
        assert s.scalar(text("SELECT count(*) FROM companies")) == 100


def test_declining_the_demo_leaves_the_database_empty(fresh, monkeypatch):
    engine, worker = fresh
    launcher.open_schema(engine, worker, upgrade=False)
    monkeypatch.setattr(launcher, "offer_demo", lambda: None)
    launcher.offer_demo_data(engine, worker)
    with unit_of_work(engine) as s:
        assert directory.root(s) is None


def test_newer_database_is_refused_and_older_one_asks(fresh, monkeypatch):
    engine, worker = fresh
    schema.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(ProrataError) as exc:
        launcher.open_schema(engine, worker, upgrade=False)
    assert exc.value.problems[0].id == "newer_database"
