"""What every subcommand shares: opening the database the user named."""
from __future__ import annotations

import getpass
import sys
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from app.storage import schema
from app.storage.credentials import keyring_available
from app.storage.engine import make_engine
from app.storage.location import database_url


def _prompt(url: str) -> str | None:
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
        return database_url(self.db)

    def engine(self, *, migrate: bool = True) -> Engine:
        """The engine, with the schema checked.

        An empty database is always brought to the current schema; one with
        pending migrations is upgraded only with ``--upgrade`` (else the user
        is told how); one written by a newer Prorata is refused.
        """
        if self._engine is None:
            self._engine = make_engine(self.url, ask_password=_prompt)
            if migrate:
                st = schema.status(self._engine)
                if st.empty or (self.upgrade and st.known):
                    schema.upgrade(self._engine)
                else:
                    schema.check(self._engine)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
