"""A billing run finds the few schedule and move events through their own partial index (migration 0020), on
both databases: the condition its queries name (``SCHEDULE_OR_MOVE``) must be the index's, or the database
reads every event of every company, more with every month of history."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import event

from app import storage
from app.billing.context import load_context, load_schedule_changes
from app.billing.settlement import reseller_tasks
from app.company_state import SCHEDULE_EVENT_TYPES
from app.models.events import SCHEDULE_OR_MOVE
from app.storage.engine import unit_of_work
from tests.billing_world import build


def test_schedule_and_move_events_are_read_through_their_own_index(db):
    build(db)
    plans = []

    def explain(conn, cursor, statement, parameters, context, executemany):
        if "company_events" in statement and "'move'" in statement:
            raw = conn.connection.driver_connection.cursor()
            if conn.dialect.name == "sqlite":
                raw.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            else:  # on a table this small a scan is cheaper: asked whether the index can serve the query
                raw.execute("SET LOCAL enable_seqscan = off")
                raw.execute("EXPLAIN " + statement, parameters)
            plans.append(" ".join(str(r) for r in raw.fetchall()))
            raw.close()

    event.listen(db, "before_cursor_execute", explain)
    try:
        with unit_of_work(db) as s:
            load_schedule_changes(s, None, None, {})
            reseller_tasks(s, load_context(s), date(2026, 3, 1))
    finally:
        event.remove(db, "before_cursor_execute", explain)
    assert len(plans) == 2
    for plan in plans:
        assert "ix_company_events_schedule" in plan, plan


def test_the_index_names_every_schedule_event_type_and_moves():
    """A schedule event type added to the company's state but not to the indexed condition would never be
    read by a run: the two lists are one, and the queries' condition is the migration's."""
    named = set(re.findall(r"'(\w+)'", SCHEDULE_OR_MOVE.text))
    assert named == set(SCHEDULE_EVENT_TYPES) | {"move"}
    [migration] = (Path(storage.__file__).parent / "migrations" / "versions").glob("0020_*.py")
    condition = re.search(r"type IN \([^)]*\)", migration.read_text()).group(0)
    assert SCHEDULE_OR_MOVE.text == "company_events." + condition
