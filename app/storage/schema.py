"""Schema versions: the Alembic migrations that ship inside the package.

``status`` tells where a database stands; ``upgrade`` applies what is
pending; ``check`` refuses a database written by a newer Prorata and one that
still needs upgrading.

Every command checks the schema when it opens the database, so ``status``
does without Alembic (whose import costs more than most commands): it reads
the revision table itself and learns the migrations' revisions from the
files in migrations/versions/. Alembic is imported only to upgrade.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import ProrataError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default, which migrations/env.py keeps


def _config(connection=None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _assigned(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value is not None:
                return ast.literal_eval(node.value)
    raise LookupError(name)


@lru_cache(maxsize=1)
def revisions() -> dict[str, tuple[str, ...]]:
    """Each shipped migration's revision -> the revisions it follows, read from the files (not imported)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        try:  # Alembic's template puts them before the first function: parse only that (most of the check's cost)
            rev, down = _identifiers(ast.parse(source.split("\ndef ", 1)[0], str(path)))
        except (SyntaxError, LookupError):
            rev, down = _identifiers(ast.parse(source, str(path)))
        graph[str(rev)] = () if down is None else (down,) if isinstance(down, str) else tuple(down)
    return graph


def _identifiers(tree: ast.Module) -> tuple[object, object]:
    return _assigned(tree, "revision"), _assigned(tree, "down_revision")


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The revision no other migration follows: the schema this Prorata writes.

    Equal to Alembic's ``ScriptDirectory.get_current_head()`` (a test holds them together); several heads
    are a packaging mistake, and Alembic is asked to say so.
    """
    graph = revisions()
    heads = set(graph) - {down for downs in graph.values() for down in downs}
    if len(heads) != 1:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(_config()).get_current_head()  # raises, naming the heads
    return heads.pop()


def current_revision(conn: Connection) -> str | None:
    """The revision stored in the database; None when it has no schema yet."""
    from sqlalchemy import inspect, text  # here, so that app.storage.quick_read reads the head without SQLAlchemy

    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise ProrataError.of("newer_database", revision=", ".join(sorted(rows)))
    return rows[0] if rows else None


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
    with engine.connect() as conn:
        current = current_revision(conn)
    return SchemaStatus(current, head_revision(), current is None or current in revisions())


def upgrade(engine: Engine) -> SchemaStatus:
    """Apply pending migrations in one transaction; refuse a newer database."""
    st = status(engine)
    if not st.known:
        raise ProrataError.of("newer_database", revision=st.current)
    if not st.up_to_date:
        migrate(engine, "head")
    return status(engine)


def migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    """Run the migrations up (``down``: down) to ``revision``, in one transaction.

    SQLite: a migration that rebuilds a table others refer to (batch mode: copy, drop, rename) must not have its
    drop checked against the rows that refer to it, nor those rows refused; the foreign-key pragma is ignored
    inside a transaction, so it is turned off before and on again after (each migration that rebuilds such a
    table checks the references it moved: migrations/versions/0025_draft_ids_not_reused.py)."""
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                (command.downgrade if down else command.upgrade)(_config(conn), revision)
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def check(engine: Engine, st: SchemaStatus | None = None) -> SchemaStatus:
    """Raise unless the database is at the head revision (an empty one is 'behind').

    ``st``: the status just read, so that it is not read twice.
    """
    st = st or status(engine)
    if not st.known:
        raise ProrataError.of("newer_database", revision=st.current)
    if not st.up_to_date:
        raise ProrataError.of("upgrade_needed", current=st.current or "empty", head=st.head)
    return st
