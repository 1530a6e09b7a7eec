"""What every subcommand shares: opening the database the user named.

Imported by the parser, so it imports nothing heavy at the top: the engine,
the schema check and the keyring are loaded when a command first opens the
database.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


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
    _engine: Engine | None = None

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
                    schema.upgrade(self._engine)
                else:
                    schema.check(self._engine, st)
            from app import branding

            brand = branding.current()  # a build locked to a reseller refuses another login (exit 2)
            if brand.reseller is not None:
                from app.services import staff

                branding.check_login(brand, self._engine, staff.current(self._engine))
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
