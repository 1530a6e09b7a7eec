"""Database faults in words: each gives a sentence that says what to do, exit 2, never a traceback."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from app.cli.main import main
from app.storage.engine import make_engine, unit_of_work
from app.storage.faults import described


def refused(capsys, url: str, *command: str) -> str:
    assert main(["--db", url, *command]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.strip()


def test_a_malformed_or_foreign_url_is_refused_in_words(capsys):
    assert refused(capsys, "notaurl", "currencies", "list") == (
        "prorata: error: 'notaurl' is not a database address: use sqlite:///PATH/TO/FILE.db or "
        "postgresql://USER@HOST:PORT/DATABASE")
    assert "Prorata works with SQLite and PostgreSQL databases, and mysql://x@y/z is neither" in refused(
        capsys, "mysql://x@y/z", "currencies", "list")


def test_an_sqlite_file_in_a_folder_that_does_not_exist_is_refused_not_created(tmp_path, capsys):
    folder = tmp_path / "no" / "such"
    assert refused(capsys, f"sqlite:///{folder}/prorata.db", "currencies", "list") == (
        f"prorata: error: the folder {folder} does not exist: create it first, or choose a database file in a "
        "folder that exists")
    assert not folder.exists()


def test_a_file_that_is_not_a_database_is_named(tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    assert refused(capsys, f"sqlite:///{path}", "currencies", "list") == (
        f"prorata: error: {path} is not a Prorata database (not an SQLite file)")


def test_a_read_only_database_changes_nothing_and_says_so(sqlite_db, capsys):
    path = sqlite_db.url.database
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    err = refused(capsys, url, "currencies", "enable", "CHF")
    assert "is read-only for you: nothing was changed" in err
    with unit_of_work(sqlite_db) as s:
        assert s.execute(text("SELECT count(*) FROM currencies WHERE code = 'CHF'")).scalar() == 0


def test_a_dead_port_a_missing_database_and_an_unknown_login_on_postgresql(capsys, pg_server_url):
    base = pg_server_url
    dead = base.set(port=1)  # nothing listens on port 1
    assert f"no PostgreSQL server answers at {base.host}:1 (connection refused)" in refused(
        capsys, dead.render_as_string(hide_password=False), "currencies", "list")
    missing = base.set(database="prorata_no_such_database")
    assert (f"the PostgreSQL server at {base.host}:{base.port or 5432} has no database "
            "'prorata_no_such_database': create it (createdb prorata_no_such_database)") in refused(
        capsys, missing.render_as_string(hide_password=False), "currencies", "list")
    stranger = base.set(username="prorata_nobody_at_all", password=None)
    err = refused(capsys, stranger.render_as_string(hide_password=False), "currencies", "list")
    assert "refused the login of 'prorata_nobody_at_all'" in err


def test_a_connection_lost_in_the_middle_of_work_is_said_and_nothing_is_saved(pg_db):
    engine = pg_db
    with engine.connect() as killer, pytest.raises(Exception) as lost:
        with unit_of_work(engine) as s:
            s.execute(text("INSERT INTO currencies (code, enabled) VALUES ('CHF', true)"))
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
            killer.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            s.execute(text("SELECT 1"))
    fault = described(lost.value, str(engine.url))
    assert fault is not None and fault.problems[0].id == "database_connection_lost"
    assert "nothing of this change was saved" in str(fault)
    with unit_of_work(engine) as s:
        assert s.execute(text("SELECT count(*) FROM currencies WHERE code = 'CHF'")).scalar() == 0


def test_a_bug_is_not_passed_off_as_a_database_fault():
    assert described(ZeroDivisionError("division by zero"), "sqlite:///x.db") is None


def test_the_password_never_shows_in_a_message():
    fault = described(type("OperationalError", (Exception,), {"__module__": "sqlalchemy.exc"})(
        'connection failed: FATAL:  database "x" does not exist'), "postgresql://ann:s3cret@db.example:5432/x")
    assert fault is not None and "s3cret" not in str(fault)
    assert os.environ.get("PRORATA_DB_PASSWORD", "") not in ("s3cret",)
