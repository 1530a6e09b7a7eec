"""One engine factory for SQLite and PostgreSQL, and the session scope.

Sessions live for one unit of work: ``with unit_of_work(engine) as s:``
commits on success and rolls back on any error, so nothing is half-written.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, InvalidatePoolError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ProrataError
from app.storage.credentials import with_password


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=15000")
    cur.close()
    # SQLite folds only ASCII letters in LIKE and lower(); searches fold the rest with this (app.services.directory).
    dbapi_conn.create_function("prorata_fold", 1, fold, deterministic=True)


def fold(text: str | None) -> str | None:
    """``text`` for comparing without case, as PostgreSQL's ILIKE compares it (Unicode lower case)."""
    return None if text is None else text.lower()


def _folder_of(path: Path) -> None:
    """The embedded default's folder (the user's data directory) is made when missing; a folder the user
    named must exist: a typing mistake in a path would otherwise leave a new empty database somewhere."""
    if path.parent.is_dir():
        return
    from app.storage.location import default_sqlite_path

    if path.resolve() == default_sqlite_path().resolve():
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    from app.storage.faults import MESSAGES  # noqa: F401  (registers the message)

    raise ProrataError.of("sqlite_folder_missing", folder=str(path.parent))


def _create_private(path: Path) -> None:
    """Create a new SQLite database file readable and writable by its owner only (SQLite gives its -wal and
    -shm files the same mode). SQLite is single-user: this keeps other accounts on the machine out, nothing more."""
    _folder_of(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:  # there already, or not ours to create: SQLite itself says what is wrong on connecting
        pass


def make_engine(url: str | URL, *, ask_password: Callable[[str], str | None] | None = None,
                echo: bool = False) -> Engine:
    """An engine for ``url``; creates the SQLite file's folder; asks for a password if needed."""
    url_obj = url if isinstance(url, URL) else with_password(url)
    if url_obj.get_backend_name() == "sqlite":
        if url_obj.database and url_obj.database != ":memory:" and not url_obj.query.get("uri"):
            _create_private(Path(url_obj.database))
        engine = create_engine(url_obj, echo=echo)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = _server_engine(url_obj, echo)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        if "password" not in str(exc.orig).lower():
            raise
        engine.dispose()
        url_obj = with_password(url_obj.render_as_string(hide_password=False),
                                ask=ask_password, needs_password=True)
        engine = _server_engine(url_obj, echo)
    return engine


# A pooled connection is pinged on checkout only after it sat idle this long (seconds): long enough for a server
# restart or an idle timeout to have closed it, while a clerk at work checks one out every few milliseconds and
# should not pay a round trip each time (pool_pre_ping would). A connection that fails in use is invalidated by
# SQLAlchemy (the whole pool, on a disconnect), so the next unit of work starts on a fresh one.
PING_AFTER_IDLE = 5.0
_IDLE_SINCE = "prorata_idle_since"


def _server_engine(url_obj: URL, echo: bool) -> Engine:
    engine = create_engine(url_obj, echo=echo)
    dialect = engine.dialect

    def checked_in(_dbapi_conn, record) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    def checked_out(dbapi_conn, record, _proxy) -> None:
        since = record.info.pop(_IDLE_SINCE, None)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            if not getattr(dbapi_conn, "closed", False):  # the driver's own check: free
                return
        try:
            dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the pool drops its connections and takes a fresh one (or says why not)
            raise InvalidatePoolError(f"the connection was lost while idle: {exc}") from exc

    event.listen(engine, "checkin", checked_in)
    event.listen(engine, "checkout", checked_out)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """One transaction: committed if the block finishes, rolled back otherwise.

    A change the database itself refuses (app/storage/immutability.py: an issued invoice, a recorded event)
    is raised as the ``ProrataError`` that says so, not as the driver's error.
    """
    with Session(engine, expire_on_commit=False) as session:
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            from app.storage import row_security
            from app.storage.immutability import refusal

            refused = refusal(exc) or row_security.refusal(exc)
            if refused is None:
                raise
            raise refused from exc
