"""Bulk inserts straight to the driver, for runs that write hundreds of thousands of rows.

SQLAlchemy's executemany builds and processes each parameter set in Python;
at a million rows that costs more than the database does. ``insert_rows``
compiles the INSERT once, converts each value with its column type's own bind
processor (so stored values are exactly what the ORM would store), serialises
a JSON value once per distinct object, and hands the driver one executemany.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys) into ``table`` in the session's transaction."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    processors = []
    for key in keys:
        col = table.c[key]
        proc = col.type._cached_bind_processor(dialect)
        if isinstance(col.type, JSON) and proc is not None:
            proc = _memo(proc)
        processors.append(proc)
    positional = compiled.positional
    order = [compiled.binds[name].key for name in compiled.positiontup] if positional else keys
    index = {k: i for i, k in enumerate(keys)}
    converted = []
    for row in rows:
        values = [row[k] for k in keys]
        for i, proc in enumerate(processors):
            if proc is not None and values[i] is not None:
                values[i] = proc(values[i])
        if positional:
            converted.append(tuple(values[index[k]] for k in order))
        else:
            converted.append(dict(zip(keys, values)))
    conn.exec_driver_sql(compiled.string, converted)


def _memo(proc):
    """A JSON bind processor that serialises each distinct object once (plan names repeat)."""
    seen: dict[int, tuple[object, Any]] = {}

    def process(value):
        hit = seen.get(id(value))
        if hit is not None and hit[0] is value:
            return hit[1]
        out = proc(value)
        seen[id(value)] = (value, out)
        return out
    return process
