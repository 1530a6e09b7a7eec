"""What every subcommand shares: opening the database the user named.

Imported by the parser, so it imports nothing heavy at the top: the engine,
the schema check and the keyring are loaded when a command first opens the
database. A command that only reads may ask for ``reader()`` instead of
``engine()``: a plain driver connection that spares it SQLAlchemy's import
when the database is at the current schema (app/storage/quick_read.py).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from app.storage.quick_read import Reader


def _prompt(url: str) -> str | None:
    import getpass

    from app.storage.credentials import keyring_available

    if not sys.stdin or not sys.stdin.isatty():
        return None
    if not keyring_available():
        print("prorata: no keyring backend on this machine: the password is used for this run only "
              "(set PRORATA_DB_PASSWORD for scripts and cron)", file=sys.stderr)
    return getpass.getpass(f"Password for {url}: ")


@dataclass
class Context:
    """Parsed global options. ``engine()`` opens the database on first use."""

    db: str | None = None
    upgrade: bool = False
    collector_paused: bool = False  # the ``prorata`` process starts with the garbage collector off (main.py)
    _engine: Engine | None = None
    _readers: list[Reader] = field(default_factory=list)

    @property
    def url(self) -> str:
        from app.storage.location import database_url

        return database_url(self.db)

    def engine(self, *, migrate: bool = True) -> Engine:
        """The engine, with the schema checked.

        An empty database is always brought to the current schema; one with
        pending migrations is upgraded only with ``--upgrade`` (else the user
        is told how); one written by a newer Prorata is refused. A database
        already at the current schema is checked without Alembic.
        """
        if self._engine is None:
            from app.storage import schema
            from app.storage.engine import make_engine

            self._engine = make_engine(self.url, ask_password=_prompt)
            if migrate:
                st = schema.status(self._engine)
                if st.empty or (self.upgrade and st.known and not st.up_to_date):
                    self.start_up_done()  # a data migration may be long: with the garbage collector on
                    schema.upgrade(self._engine)
                else:
                    schema.check(self._engine, st)
            from app import branding

            brand = branding.current()  # a build locked to a reseller refuses another login (exit 2)
            if brand.reseller is not None:
                from app.services import staff

                branding.check_login(brand, self._engine, staff.current(self._engine))
            self.start_up_done()
        return self._engine

    def reader(self) -> Reader:
        """A plain DB-API connection for a command that only reads (app/storage/quick_read.py).

        Straight from the driver, without SQLAlchemy, when the database is at the current schema and the
        build locks no reseller's login (its check needs the engine); else the engine's own connection,
        after ``engine()`` has checked, upgraded or refused the database as for any command."""
        from app.storage import quick_read

        found = self.direct_reader()
        if found is not None:
            return found
        engine = self.engine()
        found = quick_read.Reader(engine.raw_connection(), engine.dialect.name)
        self._readers.append(found)
        return found

    def direct_reader(self) -> Reader | None:
        """``reader()`` straight from the driver, or None where that one would go through the engine (a database
        not at the current schema, a password to look up, a build locked to a reseller...)."""
        if self._engine is not None:
            return None
        from app import branding
        from app.storage import quick_read

        if branding.current().reseller is not None:
            return None
        found = quick_read.open_reader(self.url)
        if found is not None:
            self._readers.append(found)
            self.start_up_done()
        return found

    def start_up_done(self) -> None:
        """The command has loaded what it needs and opened the database: the garbage collector, if main.py
        paused it for start-up, goes back on, without walking what start-up made (frozen: it lives until exit)."""
        if self.collector_paused:
            import gc

            self.collector_paused = False
            gc.freeze()
            gc.enable()

    def close(self) -> None:
        while self._readers:
            self._readers.pop().close()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
