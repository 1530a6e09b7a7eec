"""Moving a whole database to an empty PostgreSQL database: how a hoster grows from one workstation to a team.

``copy_database(source, target)`` brings the target to the current schema, then copies every table in dependency
order (parents before children), each in primary-key order, with the bulk writer (``COPY`` on PostgreSQL), and
sets each id sequence past the highest id copied (or, for SQLite's AUTOINCREMENT tables, past the highest id
the source ever gave: a draft deleted as the newest keeps its id from being given again). The rows go over exactly as stored: issued invoices keep their
numbers and their SHA-256 chain, the audit log keeps its chains and their heads (one per owner), so
``prorata audit verify`` holds on the target.

The target's triggers stay in place; only the copying session sets ``session_replication_role = replica``, which
PostgreSQL offers for this: rows are written as they were (an issued invoice's lines after the invoice, the
audit log's rows with their hashes) without the checks that guard single changes, and foreign keys are not
re-checked row by row (the source kept them). That, and creating the staff roles of the schema, needs a
superuser: the copy is a one-off administrator's task.

A target holding any Prorata row, or tables of another application, is refused in words: nothing is merged.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import Integer, func, inspect, select, text
from sqlalchemy.engine import Engine

from app.errors import MESSAGES, ProrataError
from app.models import Base
from app.storage import schema
from app.storage.bulk import BulkWriter, fetch_rows

MESSAGES.setdefault("copy_target_not_postgresql", "the copy goes to a PostgreSQL database: {url} is not one "
                                                  "(give --to postgresql://USER@HOST/DATABASE)")
MESSAGES.setdefault("copy_same_database", "the source and the target are the same database ({url})")
MESSAGES.setdefault("copy_target_not_empty", "the target database {url} is not empty: its table {table} holds "
                                             "{rows} row(s); copy only into a new, empty database (nothing was "
                                             "written)")
MESSAGES.setdefault("copy_target_foreign", "the target database {url} holds tables that are not Prorata's "
                                           "({tables}); copy only into a new, empty database (nothing was written)")
MESSAGES.setdefault("copy_source_not_current", "the source database is at schema {current}, this Prorata writes "
                                               "{head}: run 'prorata db upgrade' on it first")
MESSAGES.setdefault("copy_needs_superuser", "copying into {url} needs a PostgreSQL superuser (it sets up the staff "
                                            "roles and writes the records as they are): connect as one")

# The rows a schema upgrade may write by itself: the audit chain's heads (before 0016 a genesis head; since, the
# legacy head of entries already written). The copy replaces them with the source's heads, one per owner.
_SEEDED = {"audit_chain"}
BATCH = 5000


@dataclass
class CopyReport:
    """Rows copied per table, in the order copied."""
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def as_json(self) -> dict:
        return {"tables": self.rows, "rows": self.total}


def _redacted(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def check_target(source: Engine, target: Engine) -> None:
    """Refuse a target that is not PostgreSQL, is the source, or holds anything (rows or other tables)."""
    url = _redacted(target)
    if target.dialect.name != "postgresql":
        raise ProrataError.of("copy_target_not_postgresql", "--to", url=url)
    if source.url == target.url:
        raise ProrataError.of("copy_same_database", "--to", url=url)
    with target.connect() as conn:
        if not conn.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar():
            raise ProrataError.of("copy_needs_superuser", "--to", url=url)
        present = set(inspect(conn).get_table_names())
        ours = {t.name for t in Base.metadata.sorted_tables}
        foreign = sorted(present - ours - {"alembic_version"})
        if foreign:
            raise ProrataError.of("copy_target_foreign", "--to", url=url, tables=", ".join(foreign[:5]))
        for table in Base.metadata.sorted_tables:
            if table.name in present and table.name not in _SEEDED:
                n = conn.execute(select(func.count()).select_from(table)).scalar_one()
                if n:
                    raise ProrataError.of("copy_target_not_empty", "--to", url=url, table=table.name, rows=n)


def copy_database(source: Engine, target: Engine,
                  progress: Callable[[int, int, str], None] = lambda done, total, message: None) -> CopyReport:
    """Copy every row of ``source`` into the empty PostgreSQL database ``target`` (schema upgraded first).

    One transaction on the target: a failure leaves it with the schema and no rows. ``progress(done, total,
    table)`` is called after each table.
    """
    st = schema.status(source)
    if not st.up_to_date:
        raise ProrataError.of("copy_source_not_current", current=st.current or "empty", head=st.head)
    check_target(source, target)
    schema.upgrade(target)
    tables = Base.metadata.sorted_tables  # parents before children
    report = CopyReport()
    with source.connect() as src, target.begin() as dst:
        dst.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for table in reversed(tables):
            if table.name in _SEEDED:
                dst.execute(table.delete())
        for i, table in enumerate(tables):
            columns = [c.name for c in table.columns]
            order = list(table.primary_key.columns) or list(table.columns)
            writer = BulkWriter(dst, table, columns)
            rows = fetch_rows(src, select(*table.columns).order_by(*order))
            for start in range(0, len(rows), BATCH):
                writer.write(rows[start:start + BATCH])
            report.rows[table.name] = len(rows)
            progress(i + 1, len(tables), table.name)
        _reset_sequences(dst, tables, _ids_given(src, tables))
    # Who copied what from where: the copy's first own entry, chained onto the copied log.
    from app.services import audit
    from app.storage.engine import unit_of_work

    with unit_of_work(target) as s:
        audit.record(s, "copy", "database", None, after={"from": _redacted(source), "rows": report.total})
    with target.connect() as conn:
        conn.exec_driver_sql("ANALYZE")  # fresh statistics: the planner must not think the tables are empty
        conn.commit()
    return report


def _ids_given(src, tables=()) -> dict[str, int]:
    """The largest id the source ever gave in each table: a deleted newest row's id included (a draft deleted as
    the newest, migration 0025), which the copy's sequence must not give again. SQLite: its AUTOINCREMENT tables'
    ``sqlite_sequence``; PostgreSQL: each integer id's sequence (its last value, once it was used)."""
    if src.dialect.name == "postgresql":
        given: dict[str, int] = {}
        for table, _, sequence in _id_sequences(src, tables):
            # The sequence's name comes from the catalogue (already quoted by it), never from input.
            last, called = src.exec_driver_sql(f"SELECT last_value, is_called FROM {sequence}").one()
            given[table.name] = int(last) if called else int(last) - 1
        return given
    if src.dialect.name != "sqlite" or not src.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'").first():
        return {}
    return {name: int(seq) for name, seq in src.exec_driver_sql("SELECT name, seq FROM sqlite_sequence")
            if seq is not None}


def _id_sequences(conn, tables):
    """(table, id column, its sequence) of each table with one integer id backed by a sequence (PostgreSQL)."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                dict(t=table.name, c=pk[0].name)).scalar()
        if sequence is not None:
            yield table, pk[0].name, sequence


def _reset_sequences(conn, tables, given: dict[str, int] | None = None) -> None:
    """Each integer id's sequence continues after the highest id copied (the next insert takes max + 1), or after
    the highest the source ever gave (``given``: SQLite's AUTOINCREMENT tables), so that no id is given twice."""
    given = given or {}
    for table, column, sequence in _id_sequences(conn, tables):
        conn.execute(text(f'SELECT setval(:s, greatest(coalesce((SELECT max("{column}") FROM "{table.name}"), 0), '
                          f':given) + 1, false)'), dict(s=sequence, given=given.get(table.name, 0)))
