"""Word that a colleague committed a change: which tables, as soon as the database knows.

PostgreSQL: migration 0014 gives each table a view shows (``WATCHED``) a statement trigger that runs
``pg_notify('prorata_changes', <table>)``. A notification is delivered when its transaction commits and never if
it rolls back; the same table twice in one transaction arrives once. The payload is the table's name only, so a
reseller's staff learn no more than "companies changed" of another reseller's work (their view then re-reads
through row-level security).

SQLite has no notifications. ``PRAGMA data_version`` on a connection of the feed's own changes whenever another
connection (another process, or this program's worker) commits; it does not say which table, so the feed says
``EVERYTHING``.

No Qt here: ui/live_refresh.py runs ``ChangesFeed.wait`` on a thread of its own and turns the answers into signals.
"""
from __future__ import annotations

import sqlite3
import time
from typing import Protocol

from sqlalchemy.engine import Engine

CHANNEL = "prorata_changes"
# The tables the window shows live: the tenant tree, the invoice list, the payment console.
TENANT_TABLES = frozenset({"hoster", "resellers", "companies", "users", "company_events"})
INVOICE_TABLES = frozenset({"invoices"})
PAYMENT_TABLES = frozenset({"payments", "payment_allocations", "payment_accounts", "invoices"})
WATCHED = TENANT_TABLES | INVOICE_TABLES | PAYMENT_TABLES
EVERYTHING = WATCHED  # what "something changed, the database does not say where" means
SQLITE_POLL = 0.2  # seconds between two looks at data_version: well inside the 1 s a colleague waits


class ChangesFeed(Protocol):
    def wait(self, timeout: float) -> frozenset[str]:
        """Block up to ``timeout`` seconds; the watched tables changed since the last call (empty: none)."""

    def close(self) -> None:
        """Let go of the feed's connection (from any thread; a ``wait`` under way ends soon after)."""


class PostgresFeed:
    """LISTEN on a connection of its own, in autocommit (a notification waits for no transaction of ours)."""

    def __init__(self, engine: Engine):
        raw = engine.raw_connection()  # the engine's own way in (password from the keyring, options)
        self._conn = raw.driver_connection
        raw.detach()  # ours for good: never handed back to the pool
        self._conn.rollback()
        self._conn.autocommit = True
        self._conn.execute(f"LISTEN {CHANNEL}")
        self._closed = False

    def wait(self, timeout: float) -> frozenset[str]:
        if self._closed:
            return frozenset()
        tables: set[str] = set()
        try:
            for note in self._conn.notifies(timeout=timeout, stop_after=1):
                tables.add(note.payload)
            # Others committed at about the same time: take them with this one, without waiting again.
            for note in self._conn.notifies(timeout=0.02):
                tables.add(note.payload)
        except Exception:
            if self._closed:
                return frozenset()
            raise
        return frozenset(tables & WATCHED)

    def close(self) -> None:
        self._closed = True
        try:
            self._conn.close()
        except Exception:  # closing from another thread while it waits: the socket is gone either way
            pass


class SqliteFeed:
    """Polls ``PRAGMA data_version`` on a read-only connection of its own."""

    def __init__(self, engine: Engine):
        path = engine.url.database
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._version = self._data_version()
        self._closed = False

    def _data_version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def wait(self, timeout: float) -> frozenset[str]:
        deadline = time.monotonic() + timeout
        while not self._closed:
            try:
                version = self._data_version()
            except sqlite3.Error:
                if self._closed:
                    break
                raise
            if version != self._version:
                self._version = version
                return EVERYTHING
            left = deadline - time.monotonic()
            if left <= 0:
                break
            time.sleep(min(SQLITE_POLL, left))
        return frozenset()

    def close(self) -> None:
        self._closed = True
        self._conn.close()


def open_feed(engine: Engine) -> ChangesFeed | None:
    """The feed for ``engine``'s database; None for an in-memory SQLite database (no colleague can reach it)."""
    if engine.dialect.name == "postgresql":
        return PostgresFeed(engine)
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        return SqliteFeed(engine)
    return None


