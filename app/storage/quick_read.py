"""Reading straight through the database driver, without SQLAlchemy, for commands that only read.

Importing SQLAlchemy alone takes about 200 ms of CPU, most of a command's start-up budget (issue 12:
every command under 250 ms); ``sqlite3`` is already loaded and ``psycopg`` takes about 120 ms. So the hot
list commands (``prorata invoices list``, ``prorata currencies list``) read through a plain DB-API
connection when they can:

- ``open_reader(url)`` connects by itself only where nothing needs deciding: an SQLite file that exists,
  or a PostgreSQL URL without query options whose login needs no password or has it in the URL or in
  PRORATA_DB_PASSWORD (a password kept in the keyring is the engine's: importing keyring costs as much as
  this saves); and only when the database is at the schema this Prorata writes (one query of the
  revision table). Otherwise it returns None and the caller goes through the engine
  (``app.cli.context.Context.engine``), which creates, upgrades or refuses the database, asks for the
  password and says what is wrong, as for every other command.
- A ``Reader`` is that connection with its backend's name; the caller reads with ``rows``.

The login is the same either way, so PostgreSQL's row-level security shows a reseller's staff only their
own rows, as through the engine. Nothing here writes: the SQLite connection is opened query-only.
"""
from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import unquote, urlsplit

# app.storage.types.Amount keeps an amount on SQLite as an integer count of ten-thousandths
# (tests/test_invoice_listing.py holds the two together).
_SQLITE_AMOUNT_SCALE = 4


class Reader:
    """A DB-API connection that a command reads through, and its backend: "sqlite" or "postgresql".

    Statements are written with ``?`` placeholders; ``rows`` gives psycopg its ``%s``. Not for threads:
    one command, one reader."""

    def __init__(self, connection: Any, backend: str) -> None:
        self.connection = connection
        self.backend = backend

    @property
    def sqlite(self) -> bool:
        return self.backend == "sqlite"

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        if not self.sqlite:
            sql = sql.replace("?", "%s")
        cur = self.connection.cursor()
        try:
            cur.execute(sql, tuple(params))
            return cur.fetchall()
        finally:
            cur.close()

    def amount(self, stored: Any) -> Decimal | None:
        """An amount column's value as the Decimal that ``app.storage.types.Amount`` reads."""
        if stored is None:
            return None
        if self.sqlite:
            return Decimal(int(stored)).scaleb(-_SQLITE_AMOUNT_SCALE)
        return Decimal(stored)

    def date_param(self, day):
        """A date as a statement's parameter: SQLite keeps dates as ISO text (as SQLAlchemy writes them)."""
        return day.isoformat() if self.sqlite else day

    def close(self) -> None:
        self.connection.close()


def open_reader(url: str) -> Reader | None:
    """A reader connected straight through the driver, or None when the engine must open the database
    (see the module's docstring). Raises the driver's error when a PostgreSQL server does not answer or
    refuses the login for another reason than a missing password, as the engine would."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return None
    if scheme == "sqlite":
        reader = _sqlite(rest)
    elif scheme in ("postgresql", "postgresql+psycopg"):
        reader = _postgresql(rest)
    else:
        return None
    if reader is None:
        return None
    try:
        at_head = _at_head(reader)
    except Exception:  # no revision table (an empty database), not a database at all...: the engine says
        at_head = False
    if not at_head:
        reader.close()
        return None
    return reader


def _at_head(reader: Reader) -> bool:
    from app.storage.schema import VERSION_TABLE, head_revision

    found = reader.rows(f"SELECT version_num FROM {VERSION_TABLE}")
    return len(found) == 1 and found[0][0] == head_revision()


def _sqlite(rest: str) -> Reader | None:
    # sqlite:///relative/path and sqlite:////absolute/path, as SQLAlchemy reads them; anything with options,
    # an in-memory database and a file that does not exist yet (the engine creates it) are the engine's.
    if not rest.startswith("/") or "?" in rest or "%" in rest:
        return None
    path = rest[1:]
    if not path or path == ":memory:" or not Path(path).is_file():
        return None
    import sqlite3

    try:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA busy_timeout=15000")  # as the engine's connections wait for a writer
        conn.execute("PRAGMA query_only=ON")
    except sqlite3.Error:
        return None
    return Reader(conn, "sqlite")


def _postgresql(rest: str) -> Reader | None:
    parts = urlsplit("//" + rest)
    if parts.query or parts.fragment:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    if password is None and user:
        password = os.environ.get("PRORATA_DB_PASSWORD") or None  # as app.storage.credentials.with_password
    params = {"host": parts.hostname, "port": port, "user": user, "password": password,
              "dbname": unquote(parts.path.lstrip("/")) or None}
    try:
        import psycopg
    except ImportError:
        return None
    try:
        conn = psycopg.connect(**{k: v for k, v in params.items() if v is not None})
    except psycopg.OperationalError as exc:
        if "password" in str(exc).lower():
            return None  # the engine looks it up in the keyring or asks (app.storage.credentials)
        raise  # as the engine would: the CLI words it (app.storage.faults), without waiting on the server twice
    try:
        conn.read_only = True
    except psycopg.Error:
        conn.close()
        return None
    return Reader(conn, "postgresql")
