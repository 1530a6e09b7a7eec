"""Schema versions: the Alembic migrations that ship inside the package.

``status`` tells where a database stands; ``upgrade`` applies what is
pending; ``check`` refuses a database written by a newer Prorata and one that
still needs upgrading.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from app.errors import ProrataError

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None  # None: an empty database
    head: str
    known: bool  # False: written by a newer Prorata

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def empty(self) -> bool:
        return self.current is None


def status(engine: Engine) -> SchemaStatus:
    script = ScriptDirectory.from_config(_config())
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    known = True
    if current is not None:
        try:
            known = script.get_revision(current) is not None
        except Exception:
            known = False
    return SchemaStatus(current, head, known)


def upgrade(engine: Engine) -> SchemaStatus:
    """Apply pending migrations in one transaction; refuse a newer database."""
    st = status(engine)
    if not st.known:
        raise ProrataError.of("newer_database", revision=st.current)
    if not st.up_to_date:
        with engine.begin() as conn:
            command.upgrade(_config(conn), "head")
    return status(engine)


def check(engine: Engine) -> SchemaStatus:
    """Raise unless the database is at the head revision (an empty one is 'behind')."""
    st = status(engine)
    if not st.known:
        raise ProrataError.of("newer_database", revision=st.current)
    if not st.up_to_date:
        raise ProrataError.of("upgrade_needed", current=st.current or "empty", head=st.head)
    return st
