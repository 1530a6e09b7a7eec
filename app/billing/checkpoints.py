"""SQLite: a billing run's write-ahead log copied into the database once, at its end, not every 4 MB.

In WAL mode every commit appends the pages it changed to the log, and SQLite copies the log into the
database file (a checkpoint, with its fsyncs) whenever the log passes ``wal_autocheckpoint`` pages
(1,000 by default). A run commits a batch of whole companies at a time and changes the same index pages
batch after batch: checkpointing after every few batches writes those pages, and syncs the file, over and
over. While ``checkpointed_at_end`` lasts, connections checked out of the engine's pool let the log grow
to ``RUN_LOG_PAGES`` (about 200 MB) before they checkpoint; the run then checkpoints once itself, within
its own time, and each connection gets its setting back when it returns to the pool. PostgreSQL: nothing
changes.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine

RUN_LOG_PAGES = 50_000
_KEPT = "prorata_wal_autocheckpoint"  # a pooled connection's own setting, while the run changes it


@contextmanager
def checkpointed_at_end(engine: Engine) -> Iterator[None]:
    """For the block, the engine's SQLite connections checkpoint only past ``RUN_LOG_PAGES``; at its end
    (not when it fails: the next commit checkpoints as usual) the log is checkpointed once."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        yield
        return

    def checked_out(dbapi_conn, record, _proxy) -> None:
        if _KEPT not in record.info:
            record.info[_KEPT] = dbapi_conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={RUN_LOG_PAGES}")

    def checked_in(dbapi_conn, record) -> None:
        if _KEPT in record.info and dbapi_conn is not None:
            dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={int(record.info.pop(_KEPT))}")

    event.listen(engine, "checkout", checked_out)
    event.listen(engine, "checkin", checked_in)
    try:
        yield
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        event.remove(engine, "checkout", checked_out)
        event.remove(engine, "checkin", checked_in)
