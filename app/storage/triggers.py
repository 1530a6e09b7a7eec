"""Installing and removing a set of guard triggers on SQLite and PostgreSQL: the loops the guards share
(``app.storage.immutability`` for issued records and the audit log, ``app.storage.ledger_guard`` for the
payment ledger). Each guard owns its trigger texts; this only writes them into the database.
"""
from __future__ import annotations

from sqlalchemy.engine import Connection


def install(conn: Connection, there: set[str], sqlite: dict[str, str], functions: dict[str, str],
            postgresql: dict[str, tuple[str, str]]) -> None:
    """Create the triggers not ``there``: ``sqlite`` name -> DDL after CREATE TRIGGER name; on PostgreSQL the
    ``functions`` (name -> plpgsql body, replaced) and ``postgresql`` name -> (table, DDL)."""
    if conn.dialect.name == "sqlite":
        for name, ddl in sqlite.items():
            if name not in there:
                conn.exec_driver_sql(f"CREATE TRIGGER {name} {ddl}")
        return
    for name, body in functions.items():
        conn.exec_driver_sql(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                             f"$prorata${body}\n$prorata$")
    for name, (_, ddl) in postgresql.items():
        if name not in there:
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {ddl}")


def remove(conn: Connection, sqlite: dict[str, str], functions: dict[str, str],
           postgresql: dict[str, tuple[str, str]]) -> None:
    """Drop the triggers (and PostgreSQL functions) named by the same mappings as ``install``."""
    if conn.dialect.name == "sqlite":
        for name in sqlite:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        return
    for name, (table, _) in postgresql.items():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for name in functions:
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")
