"""The changes feed hears a commit made by another process, and (PostgreSQL) only committed changes of watched tables."""
from __future__ import annotations

import subprocess
import sys
import time

from sqlalchemy import text

from app.storage.changes_feed import EVERYTHING, open_feed
from app.storage.engine import unit_of_work
from tests.tenant_world import build_world


def commit_elsewhere(engine, sql: str) -> None:
    """Run ``sql`` in a process of its own and commit it there."""
    url = engine.url.render_as_string(hide_password=False)
    code = ("import sys\nfrom sqlalchemy import text\nfrom app.storage.engine import make_engine, unit_of_work\n"
            "e = make_engine(sys.argv[1])\nwith unit_of_work(e) as s:\n    s.execute(text(sys.argv[2]))\n")
    subprocess.run([sys.executable, "-c", code, url, sql], check=True, timeout=60)


def heard(feed, seconds: float = 3.0) -> frozenset[str]:
    out: set[str] = set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not out:
        out |= feed.wait(0.25)
    return frozenset(out)


def test_another_process_commit_is_heard_within_a_second(db):
    build_world(db)
    feed = open_feed(db)
    try:
        assert feed.wait(0.3) == frozenset()  # nothing happened yet
        started = time.monotonic()
        commit_elsewhere(db, "UPDATE companies SET name = 'Contoso AG' WHERE code = 'c1'")
        committed = time.monotonic()
        tables = heard(feed)
        assert time.monotonic() - committed < 1.0, "heard more than a second after the commit"
        if db.dialect.name == "postgresql":
            assert tables == {"companies"}
        else:  # data_version says only that something changed
            assert tables == EVERYTHING
        assert committed > started
    finally:
        feed.close()


def test_postgresql_hears_nothing_of_a_rollback_or_an_unwatched_table(pg_db):
    build_world(pg_db)
    feed = open_feed(pg_db)
    try:
        try:
            with unit_of_work(pg_db) as s:
                s.execute(text("UPDATE companies SET name = 'Nobody' WHERE code = 'c1'"))
                raise RuntimeError("changed my mind")
        except RuntimeError:
            pass
        commit_elsewhere(pg_db, "UPDATE plans SET code = code")  # the catalogue is not shown live
        assert heard(feed, 1.0) == frozenset()
        commit_elsewhere(pg_db, "UPDATE users SET name = name; UPDATE resellers SET name = name")
        assert heard(feed) == {"users", "resellers"}
    finally:
        feed.close()
