"""Bulk writes on PostgreSQL: planner statistics kept up with a table filled from empty
(``bulk.statistics_kept_up``), and JSON values handed to COPY as text, stored as the driver would store them."""
from __future__ import annotations

from sqlalchemy import JSON, Column, Integer, MetaData, Table, text

from app.storage.bulk import BulkWriter, statistics_kept_up


def _pages(conn, table: str) -> tuple[int, int]:
    """(pages the planner's statistics say, pages the table has now)."""
    return conn.execute(text("SELECT relpages, pg_relation_size(oid) / current_setting('block_size')::int "
                             "FROM pg_class WHERE oid = to_regclass(:t)"), {"t": table}).one()


def _fill(conn, first: int, last: int) -> None:
    # 200 characters a row: about 35 rows a page of 8 KiB
    conn.execute(text("INSERT INTO scratch SELECT g, repeat('x', 200) FROM generate_series(CAST(:a AS integer), CAST(:b AS integer)) AS g"),
                 {"a": first, "b": last})


def test_a_table_grown_to_twice_its_statistics_is_analysed(db):
    with db.begin() as conn:
        if db.dialect.name != "postgresql":  # SQLite's key checks read the parent's key, whatever its size
            assert statistics_kept_up(conn, ["invoices"]) == []
            return
        conn.execute(text("CREATE TEMPORARY TABLE scratch (id integer, pad text) ON COMMIT DROP"))
        conn.execute(text("ANALYZE scratch"))  # statistics of the empty table, as after a fresh demo database
        assert _pages(conn, "scratch") == (0, 0)
        assert statistics_kept_up(conn, ["scratch"]) == []  # empty: nothing to refresh

        _fill(conn, 1, 1000)  # 1,000 rows of ~230 bytes: far more than 2 pages
        stats, now = _pages(conn, "scratch")
        assert stats == 0 and now >= 2
        assert statistics_kept_up(conn, ["scratch"]) == ["scratch"]  # analysed in this transaction, its rows seen
        assert _pages(conn, "scratch") == (now, now)
        assert statistics_kept_up(conn, ["scratch"]) == []  # not grown since

        _fill(conn, 1001, 1100)  # +10 %: less than twice what the statistics say
        assert statistics_kept_up(conn, ["scratch"]) == []
        assert _pages(conn, "scratch")[0] == now

        _fill(conn, 1101, 3000)  # 3,000 rows: three times the 1,000 analysed
        assert statistics_kept_up(conn, ["scratch", "no_such_table"]) == ["scratch"]  # an unknown name is skipped
        stats, grown = _pages(conn, "scratch")
        assert stats == grown and grown >= 2 * now


def test_json_reaches_the_table_as_the_drivers_text(db):
    """A JSON column written through ``BulkWriter`` stores the serialiser's text (``json.dumps``): non-ASCII
    escaped, keys in the order given; None is SQL NULL (the column's ``none_as_null``)."""
    table = Table("scratch_json", MetaData(), Column("id", Integer), Column("doc", JSON(none_as_null=True)),
                  prefixes=["TEMPORARY"], postgresql_on_commit="DROP")  # gone with the test's transaction
    shared = {"de": "Ä", "en": "Basic"}  # one dict in two rows: serialised once, stored twice
    with db.begin() as conn:
        table.create(conn)
        BulkWriter(conn, table, ["id", "doc"]).write([(1, shared), (2, None), (3, shared), (4, {"n": [1, 2]})])
        cast = "CAST(doc AS TEXT)"
        stored = conn.execute(text(f"SELECT id, {cast} FROM scratch_json ORDER BY id")).all()
    # "Ä" is U+00C4: json.dumps writes it as the escape \u00c4
    assert [tuple(r) for r in stored] == [(1, '{"de": "\\u00c4", "en": "Basic"}'), (2, None),
                                          (3, '{"de": "\\u00c4", "en": "Basic"}'), (4, '{"n": [1, 2]}')]
