"""The plans of the queries a piece of code runs: for tests that check an index is used, on both databases."""
from __future__ import annotations

from sqlalchemy import event

from app.storage.engine import unit_of_work


def plans_of(db, call):
    """``call(session)``'s result and the plan of every SELECT it ran, each one text (EXPLAIN on PostgreSQL,
    EXPLAIN QUERY PLAN on SQLite)."""
    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(db, "before_cursor_execute", seen)
    try:
        with unit_of_work(db) as s:
            result = call(s)
    finally:
        event.remove(db, "before_cursor_execute", seen)
    explain = "EXPLAIN" if db.dialect.name == "postgresql" else "EXPLAIN QUERY PLAN"
    plans = []
    with db.connect() as conn:
        for statement, parameters in statements:
            rows = conn.exec_driver_sql(f"{explain} {statement}", parameters).all()
            plans.append("\n".join(str(row[0] if db.dialect.name == "postgresql" else row[-1]) for row in rows))
    return result, plans
