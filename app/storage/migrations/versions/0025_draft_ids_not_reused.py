"""draft ids never given twice: SQLite's invoices ids AUTOINCREMENT

SQLite gives a new row the largest id in its table + 1. Deleting the newest draft (#5) and making another gave
the new one id 5 again, so "draft #5" in the audit log, in a clerk's notes or in a mail named another invoice.
With AUTOINCREMENT SQLite never gives an id again (it keeps the largest one given in ``sqlite_sequence``).

SQLite adds AUTOINCREMENT only by rebuilding the table (batch mode, ``sqlite_autoincrement``: the model,
app/models/invoices.py). Every row, index and foreign key is copied; the triggers that keep issued invoices and
their lines unchanged (app/storage/immutability.py) are dropped for the rebuild and created again after it.
``schema.upgrade`` runs the migrations with SQLite's foreign-key checks off (a batch drops the old table, which
the lines, accruals, payments... refer to); this migration checks afterwards that every row referring to an
invoice still finds it, and fails (nothing changed) otherwise. Run with the checks on, it refuses a database
that has invoices.

The first id given after the upgrade is above every invoice id there is and every one the audit log names (a
draft deleted before the upgrade: its "delete" entry keeps its id). PostgreSQL's sequences never give an id
twice: nothing to do there.

The downgrade rebuilds the table without AUTOINCREMENT.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07
"""
from alembic import op

from app.storage import immutability


revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def _create_sql(conn) -> str:
    return conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'invoices'").scalar()


def _referring(conn) -> list[str]:
    """The tables with a foreign key to ``invoices`` (``invoices`` itself among them)."""
    tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
    return [t for t in tables
            if any(row[2] == 'invoices' for row in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{t}")'))]


def _broken_references(conn, tables: list[str]) -> set[tuple]:
    return {tuple(row) for t in tables for row in conn.exec_driver_sql(f'PRAGMA foreign_key_check("{t}")')
            if row[2] == 'invoices'}


def _rebuild(conn, autoincrement: bool) -> None:
    if conn.exec_driver_sql("PRAGMA foreign_keys").scalar() \
            and conn.exec_driver_sql("SELECT 1 FROM invoices LIMIT 1").first() is not None:
        # Dropping the old table would be refused, or checked at the commit, against the rows referring to it
        # (with no invoice yet there are none: a test's database migrated step by step).
        raise RuntimeError("migration 0025 rebuilds the invoices table: run it through app.storage.schema.upgrade "
                           "(SQLite's foreign-key checks off)")
    tables = _referring(conn)
    before = _broken_references(conn, tables)
    with immutability.rebuilding(conn):
        with op.batch_alter_table('invoices', recreate='always',
                                  table_kwargs={'sqlite_autoincrement': autoincrement}):
            pass
    after = _broken_references(conn, tables)
    if after - before:
        raise RuntimeError(f"migration 0025: rows refer to invoices that are gone after the rebuild: {sorted(after)}")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != 'sqlite' or 'AUTOINCREMENT' in _create_sql(conn).upper():
        return
    _rebuild(conn, True)
    # Above every id given: the invoices there are, and those the audit log names (deleted drafts among them).
    highest = conn.exec_driver_sql(
        "SELECT max(coalesce((SELECT max(id) FROM invoices), 0), coalesce((SELECT max(CAST(entity_id AS INTEGER)) "
        "FROM audit_log WHERE entity = 'invoice' AND entity_id GLOB '[0-9]*' AND entity_id NOT GLOB '*[^0-9]*'), "
        "0))").scalar()
    conn.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = 'invoices'")
    conn.exec_driver_sql(f"INSERT INTO sqlite_sequence (name, seq) VALUES ('invoices', {int(highest)})")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != 'sqlite' or 'AUTOINCREMENT' not in _create_sql(conn).upper():
        return
    _rebuild(conn, False)
    conn.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = 'invoices'")
