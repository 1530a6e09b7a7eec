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

A price change that could alter billed days holds a share of the same lock from its check until its
transaction ends (``held_against_runs``): a run never prices with a price that was checked against boundaries
it then bills. Shares do not exclude each other; a run starting during one is refused as if another run held
the lock (the share lasts one price change's transaction).
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

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


_SHARE = "prorata_run_lock_share"


def held_against_runs(session: Session) -> bool:
    """Hold a share of the billing run lock until ``session``'s transaction ends (commit or rollback); False,
    holding nothing, while a run holds the lock. Never waits. Runs on the session's thread."""
    if _SHARE in session.info:
        return True
    engine = session.get_bind()
    if engine.dialect.name == "postgresql":  # a transaction's lock: the server lets go of it at commit or rollback
        taken = session.execute(text("SELECT pg_try_advisory_xact_lock_shared(:key)"), {"key": _PG_KEY}).scalar_one()
        if taken:
            session.info[_SHARE] = None
        return bool(taken)
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return True
    real = Path(database).resolve()
    handle = open(real.with_name(real.name + ".billing-lock"), "a+b")
    if not _try_lock(handle, shared=True):
        handle.close()
        return False
    session.info[_SHARE] = handle
    return True


@event.listens_for(Session, "after_transaction_end")
def _forget_share(session: Session, transaction) -> None:
    if _SHARE not in session.info or transaction.parent is not None:  # a savepoint or nested block: it goes on
        return
    handle = session.info.pop(_SHARE, None)
    if handle is not None:
        _unlock(handle)
        handle.close()


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

    def _try_lock(handle, shared: bool = False) -> bool:  # no shared locks here: a share excludes others too
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

    def _try_lock(handle, shared: bool = False) -> bool:
        try:
            fcntl.flock(handle.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

