"""One billing run at a time per database.

Two runs at once (two workstations, or the window and a cron job) would bill
the same periods side by side until one of them hit the other's billed
periods. A run therefore holds a lock for its whole length, one that the
operating system or the server lets go of when the process ends, however it
ends:

- PostgreSQL: a session advisory lock, on a connection of its own;
- SQLite: an exclusive lock on the file ``<database>.billing-lock`` beside the
  database (in-memory databases need none).

Taking it never waits: a second run is refused at once, saying why.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Engine

from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("run_in_progress", "another billing run is in progress on this database; try again when it "
                                       "has finished")

_PG_KEY = 0x50524F52  # "PROR": the advisory lock of billing runs


@contextmanager
def billing_run_lock(engine: Engine) -> Iterator[None]:
    """Hold the database's billing run lock for the block; ProrataError ``run_in_progress`` if taken."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            if not conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": _PG_KEY}).scalar_one():
                raise ProrataError.of("run_in_progress")
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_KEY})
                conn.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    # The real file's name: two paths to one database (a symlink, a relative path) share one lock.
    real = Path(database).resolve()
    with _file_lock(real.with_name(real.name + ".billing-lock")):
        yield


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    handle = open(path, "a+b")
    try:
        if not _try_lock(handle):
            raise ProrataError.of("run_in_progress")
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(handle) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

