"""Writing hundreds of thousands of rows fast, in the caller's transaction
(the demo generator, billing runs).

``connection.execute(insert(table), rows)`` converts every value of every row
through the column types in Python, which costs about as much as SQLite's own
work; at two million rows that alone would take a minute. Here each column's
conversion (the dialect's own bind processor: dates to text on SQLite,
``Amount`` to an integer, JSON to text) is done once per distinct value and
cached, or by the caller once for a table of values it reuses (``storage``),
and the rows go to the driver as plain tuples: ``executemany`` on
SQLite, ``COPY`` on PostgreSQL. What lands in the database is exactly what a
Core insert would store, except that a JSON column given None stores SQL NULL.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from copy import copy
from operator import itemgetter
from typing import Any, Callable, Iterable, Iterator, Sequence

from sqlalchemy import JSON, ForeignKeyConstraint, Select, Table, bindparam, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.schema import AddConstraint, DropConstraint


class _ValueCache(dict):
    """value -> converted value, computed on first use; None stays None.

    Keyed by value, so only for a column whose values are all of one type in a
    batch (``_single_typed``): 0.5 and Decimal("0.5") are one dict key, yet
    only the Decimal is a valid amount.
    """

    def __init__(self, convert: Callable[[Any], Any]):
        super().__init__({None: None})
        self._convert = convert

    def __missing__(self, value):
        out = self[value] = self._convert(value)
        return out


def _each(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` applied to every value itself (None stays None): for a column of mixed types."""
    return lambda value: None if value is None else convert(value)


def _single_typed(rows: list[tuple], column: int) -> bool:
    """Whether the column's non-None values in ``rows`` all have one type."""
    kinds = set(map(type, map(itemgetter(column), rows)))  # loops in C: checked for every batch written
    kinds.discard(type(None))
    return len(kinds) <= 1


def _json_converter(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """JSON values are dicts (unhashable): cache by identity, so shared dicts serialise once.

    The cache keeps each dict alive, so an id is never reused while cached;
    ``BulkWriter.write`` starts a fresh cache for every batch.
    """
    cache: dict[int, tuple[Any, Any]] = {}

    def conv(value):
        if value is None:
            return None
        hit = cache.get(id(value))
        if hit is None:
            hit = cache[id(value)] = (value, convert(value))
        return hit[1]

    conv.cache = cache  # type: ignore[attr-defined]
    return conv


def _json_text(dialect) -> Callable[[Any], str] | None:
    """PostgreSQL through psycopg: what turns a JSON value into the text the driver would send for it (its bind
    processor only wraps the value, and the driver serialises it as it writes, in the process that writes:
    a billing run's writer, for every line and accrual its workers made). None elsewhere (SQLite's bind
    processor makes the text itself). The same serialiser the driver uses (the dialect's, else ``json.dumps``),
    so the same text is stored; COPY takes text for a ``json`` column as it is."""
    if dialect.name != "postgresql" or dialect.driver != "psycopg":
        return None
    return getattr(dialect, "_json_serializer", None) or json.dumps


class StorageRows:
    """Rows of ``table`` (tuples in the order of ``columns``, the Python values the ORM would take: date,
    Decimal, dict...) turned into what the backend of ``dialect`` stores, as ``BulkWriter`` writes them.

    Needs only the dialect, not a connection: a billing run's worker processes convert the rows they
    compute, so that the process that writes them only writes (``BulkWriter`` with ``stored``)."""

    def __init__(self, dialect, table: Table, columns: Sequence[str], *, stored: Sequence[str] = ()):
        """``stored`` names columns whose values the caller gives already converted (see ``storage``)."""
        self.table = table
        self.columns = list(columns)
        self._procs = {name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                       for name in self.columns}
        self._json: list[Callable] = []
        self._converters: list[Callable | None] = []
        self._cached: list[int] = []  # columns converted through a _ValueCache
        for i, name in enumerate(self.columns):
            proc = self._procs[name]
            if proc is None or name in stored:
                self._converters.append(None)
            elif isinstance(table.c[name].type, JSON):
                conv = _json_converter(_json_text(dialect) or proc)
                self._json.append(conv)
                self._converters.append(conv)
            else:
                self._converters.append(_ValueCache(proc).__getitem__)
                self._cached.append(i)
        self._convert = _row_converter(self._converters)

    def storage(self, column: str, value: Any) -> Any:
        """``value`` as this backend stores it in ``column``: for lookup tables of values used
        over and over (the days of the year), so rows can carry them ready-made."""
        proc = self._procs[column]
        return value if proc is None or value is None else proc(value)

    def convert(self, rows: list[tuple]) -> list[tuple]:
        """``rows`` as stored (the same list when no column needs converting)."""
        for conv in self._json:
            conv.cache.clear()
        mixed = [i for i in self._cached if not _single_typed(rows, i)]
        if mixed:  # rare: convert those columns value by value, as Core would (and refuse what it refuses)
            procs = self._procs
            return _row_converter([_each(procs[self.columns[i]]) if i in mixed else c
                                   for i, c in enumerate(self._converters)])(rows)
        return self._convert(rows)


class BulkWriter:
    """Inserts rows of ``table`` given as tuples in the order of ``columns``.

    Values are the Python values the ORM would take (date, Decimal, dict...), or, for the columns named
    ``stored``, what the backend stores (``StorageRows``). Runs on the caller's thread, inside the
    connection's open transaction.
    """

    def __init__(self, conn: Connection, table: Table, columns: Sequence[str], *, stored: Sequence[str] = ()):
        """``stored`` names columns whose values the caller gives already converted (see ``storage``)."""
        self.conn = conn
        self.table = table
        self.columns = list(columns)
        dialect = conn.dialect
        self.postgres = dialect.name == "postgresql"
        quote = dialect.identifier_preparer.quote
        names = ", ".join(quote(c) for c in self.columns)
        self.names = names
        if self.postgres:
            self.sql = f"COPY {quote(table.name)} ({names}) FROM STDIN"
        else:
            marks = ", ".join("?" if dialect.paramstyle == "qmark" else "%s" for _ in self.columns)
            self.sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"
        self.rows = StorageRows(dialect, table, columns, stored=stored)

    def storage(self, column: str, value: Any) -> Any:
        """``value`` as this backend stores it in ``column`` (``StorageRows.storage``)."""
        return self.rows.storage(column, value)

    def write_keyed(self, rows: list[tuple], column: str, keys: Sequence[int]) -> int:
        """Insert ``rows`` whose ``column`` holds, instead of a key, its index in ``keys`` (or None): rows
        made before the keys were known (a billing run's lines, made ahead of their invoices' ids).

        Keys that follow each other (SQLite's, ``insert_with_ids``) are added by the INSERT itself, so the
        rows go to the driver as they are (one tuple per row); otherwise each row is made again with its key."""
        if not rows:
            return 0
        at = self.columns.index(column)
        if self.conn.dialect.paramstyle == "qmark" and keys and keys[-1] - keys[0] == len(keys) - 1:
            offset = copy(self)
            marks = [f"? + {int(keys[0])}" if i == at else "?" for i in range(len(self.columns))]
            offset.sql = f"{self.sql[:self.sql.index(' VALUES (')]} VALUES ({', '.join(marks)})"
            return offset.write(rows)
        index: dict = dict(enumerate(keys))
        index[None] = None
        parts = ", ".join(f"k[r[{i}]]" if i == at else f"r[{i}]" for i in range(len(self.columns)))
        rekey = eval(f"lambda rows, k: [({parts},) for r in rows]")  # noqa: S307 - built from positions only
        return self.write(rekey(rows, index))

    def write(self, rows: list[tuple]) -> int:
        """Insert ``rows``; returns how many."""
        if not rows:
            return 0
        values = self.rows.convert(rows)
        if self.postgres:
            staged = _staging_table(self.conn, self.table.name)
            sql = self.sql if staged is None else f"COPY {staged} ({self.names}) FROM STDIN"
            cursor = self.conn.connection.driver_connection.cursor()
            with cursor.copy(sql) as copy:
                for row in values:
                    copy.write_row(row)
            cursor.close()
            if staged is not None:
                quoted = self.conn.dialect.identifier_preparer.quote(self.table.name)
                self.conn.exec_driver_sql(f"INSERT INTO {quoted} ({self.names}) SELECT {self.names} FROM {staged}")
                self.conn.exec_driver_sql(f"TRUNCATE {staged}")
        else:
            self.conn.exec_driver_sql(self.sql, values)
        return len(rows)


def _staging_table(conn: Connection, table: str) -> str | None:
    """PostgreSQL refuses COPY into a table under row-level security for the login (a reseller's or the hoster's
    staff, app/storage/row_security.py): for those the rows are copied into a temporary table of the same shape,
    then inserted from it, so the policies check every row. None when COPY may go straight in."""
    policed = conn.info.setdefault("prorata_policed", {})
    if table not in policed:
        policed[table] = conn.exec_driver_sql("SELECT row_security_active(%s::regclass)", (table,)).scalar_one()
    if not policed[table]:
        return None
    # Temporary tables live as long as the connection (emptied at each commit), unless their transaction rolls back.
    # Its columns only, without constraints or defaults: the columns not copied get the real table's defaults.
    conn.exec_driver_sql(f'CREATE TEMPORARY TABLE IF NOT EXISTS prorata_staged_{table} ON COMMIT DELETE ROWS '
                         f'AS SELECT * FROM "{table}" WITH NO DATA')
    return f"pg_temp.prorata_staged_{table}"


def _row_converter(converters: list[Callable | None]) -> Callable[[list[tuple]], list[tuple]]:
    """A function mapping rows to converted rows, touching only columns that need it.

    Built as one list comprehension over a tuple display (generated source),
    because a per-value Python loop would double the cost per row.
    """
    if all(c is None for c in converters):
        return lambda rows: rows
    parts = [f"c{i}(r[{i}])" if c is not None else f"r[{i}]" for i, c in enumerate(converters)]
    env = {f"c{i}": c for i, c in enumerate(converters) if c is not None}
    source = f"lambda rows: [({', '.join(parts)},) for r in rows]"
    return eval(source, env)  # noqa: S307 - the source is built above from column positions only


def insert_with_ids(conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple]) -> list[int]:
    """Insert ``rows`` like ``BulkWriter`` and return their new primary keys, in row order.

    PostgreSQL: the keys are drawn from the table's sequence first and written
    with the rows. SQLite: the rows are inserted while this transaction holds
    the write lock, so they take consecutive rowids ending at
    ``last_insert_rowid()``. Either way no row is written or read back one by one.
    """
    if not rows:
        return []
    key = table.primary_key.columns[0].name
    if conn.dialect.name == "postgresql":
        ids = list(conn.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, :key)) FROM generate_series(1, :n)"),
            dict(table=table.name, key=key, n=len(rows))).scalars())
        BulkWriter(conn, table, [key, *columns]).write([(i, *row) for i, row in zip(ids, rows)])
        return ids
    BulkWriter(conn, table, columns).write(rows)
    last = conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
    first = last - len(rows) + 1
    written = conn.execute(select(func.count()).select_from(table)
                           .where(table.c[key].between(first, last))).scalar_one()
    if written != len(rows):  # cannot happen under SQLite's write lock; refuse rather than mislink
        raise RuntimeError(f"{table.name}: {len(rows)} rows did not take consecutive keys")
    return list(range(first, last + 1))


def fetch_rows(conn: Connection, stmt: Select) -> list[tuple]:
    """All rows of a Core ``select``, as plain tuples of Python values.

    The same values ``conn.execute(stmt).all()`` gives, at a fraction of the
    cost for millions of rows: the driver's rows are fetched in one call and
    each column converted through its type once per distinct raw value (JSON
    once per row, so that no two rows share a dict).
    """
    result = conn.execute(stmt)
    raw = result.cursor.fetchall()
    driver_types = [d[1] for d in result.cursor.description]
    result.close()
    return _converted(conn, stmt, driver_types, raw)


def fetch_chunks(conn: Connection, stmt: Select, size: int) -> Iterator[list[tuple]]:
    """The rows of ``stmt`` as ``fetch_rows`` gives them, ``size`` at a time: never all held at once as Python
    objects (SQLite reads them as they are asked for; psycopg holds the raw result, not Python values)."""
    result = conn.execute(stmt)
    try:
        driver_types = [d[1] for d in result.cursor.description]
        while raw := result.cursor.fetchmany(size):
            yield _converted(conn, stmt, driver_types, raw)
    finally:
        result.close()


def _converted(conn: Connection, stmt: Select, driver_types: list, raw: list[tuple]) -> list[tuple]:
    """The driver's rows of ``stmt`` as Python values (``fetch_rows``)."""
    dialect = conn.dialect
    converters: list[Callable | None] = []
    for i, (col, driver_type) in enumerate(zip(stmt.selected_columns, driver_types)):
        proc = col.type._cached_result_processor(dialect, driver_type)
        if proc is None:
            converters.append(None)
        elif isinstance(col.type, JSON) or not _single_typed(raw, i):
            converters.append(_each(proc))  # a dict per row, as Core gives: rows never share one
        else:
            converters.append(_ValueCache(proc).__getitem__)
    return _row_converter(converters)(raw)


def ids_written_in(ids: Sequence[int]):
    """A list of ids for ``column.in_(...)``, written into the statement's text when it runs instead of sent as
    one parameter per id: psycopg rewrites every parameter of every statement in Python, which for an IN list
    of 1,000 ids cost about 5 ms of the writer's CPU per statement, against about 1 ms written in (SQLite:
    2-2.5 ms against 1.3; the database's own work the same). A statement so written has a text of its own,
    so psycopg never prepares it either (a prepared one may get a generic plan: ``= ANY(array)`` measured
    slower for that). Integers only: anything else is refused, never written into SQL."""
    if not all(type(i) is int for i in ids):
        raise TypeError("ids_written_in takes integers only")
    return bindparam(None, list(ids), expanding=True, literal_execute=True)  # named apart from any other


def statistics_kept_up(conn: Connection, tables: Sequence[str]) -> list[str]:
    """On PostgreSQL: each of ``tables`` that has grown to at least twice the size (in pages) its planner
    statistics were taken at, analysed, in the caller's transaction (which sees its own rows); the names
    analysed. Only tables the login may analyse (it owns them, or is a superuser). Other backends: nothing.

    For a table that bulk writes fill from (nearly) empty, such as the invoices of a first billing run or of a
    demo database, which the rows written next refer to. PostgreSQL plans each foreign key's check once per
    connection, on first use, and keeps that plan until the referred table's statistics change: planned while
    the table was a few pages, the check reads the whole table for every row written, however large it has
    grown since (a month for 10,000 companies spent 27 s of the server's CPU instead of 3.5, most of it in the
    checks of invoice lines and accruals against their invoice). Autovacuum would refresh them within a minute
    or so (or a catalog reset replans them, at random); a run should not depend on when. Doubling bounds the
    work: about ten ANALYZEs from empty to 100,000 invoices (7,000 pages; under 0.1 s of the server's CPU in
    all for 10,000), none on a table a run adds less than its size to."""
    if conn.dialect.name != "postgresql" or not tables:
        return []
    grown = [name for name, in conn.exec_driver_sql(
        "SELECT t FROM unnest(%s::text[]) AS t JOIN pg_class c ON c.oid = to_regclass(t) "
        "WHERE pg_relation_size(c.oid) / current_setting('block_size')::int >= 2 * greatest(c.relpages, 1) "
        "AND pg_has_role(c.relowner, 'USAGE')", (list(tables),))]
    if grown:
        quote = conn.dialect.identifier_preparer.quote
        conn.exec_driver_sql(f"ANALYZE {', '.join(quote(name) for name in grown)}")
    return grown


@contextmanager
def foreign_keys_checked_after(conn: Connection, tables: Iterable[Table]) -> Iterator[None]:
    """On PostgreSQL: the tables' foreign keys are dropped for the block and added back after it.

    Adding a foreign key checks every row in one pass; keeping it checks each
    row with a trigger call, which makes a COPY of two million events five
    times slower. Both happen in the caller's transaction: if the block fails,
    the rollback restores the constraints. Other backends: nothing changes.
    """
    if conn.dialect.name != "postgresql":
        yield
        return
    keys = [c for t in tables for c in t.constraints if isinstance(c, ForeignKeyConstraint)]
    for fk in keys:
        conn.execute(DropConstraint(fk))
    yield
    for fk in keys:
        conn.execute(AddConstraint(fk))
