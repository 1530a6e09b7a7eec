"""``prorata db copy --to`` continues each id after the highest the SOURCE ever gave, whichever database the
source is: SQLite's ``sqlite_sequence`` (AUTOINCREMENT) and PostgreSQL's sequences alike.

Before the fix only SQLite's were read: from a PostgreSQL source whose newest draft (#2) had been deleted, the
copy's next draft was given id 2 again, so "draft #2" in the audit log named two invoices.

The world: one customer d1; drafts 1 and 2 made (ids 1 and 2 by hand: the first two invoices ever), draft 2
deleted; the copy holds draft 1 only (max id 1), but the source gave 2: the next draft on the copy is 3, as on the
source (2 + 1 = 3).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.models import Invoice
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_db_copy import empty_pg, url  # noqa: F401 - the fixture

pytestmark = pytest.mark.pg


def draft(s, day: date) -> Invoice:
    return invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Setup"}, Decimal(1), Decimal("10.00"))],
                                  issue_date=day)


def test_a_deleted_newest_draft_id_is_not_given_again_by_the_copy(db, empty_pg, capsys):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        first, second = draft(s, date(2026, 2, 1)).id, draft(s, date(2026, 2, 2)).id
    assert second == first + 1
    with unit_of_work(db) as s:
        invoices.delete_draft(s, second)
    with unit_of_work(db) as s:
        assert list(s.scalars(select(Invoice.id))) == [first]

    rc = main(["db", "copy", "--to", url(empty_pg), "--db", url(db)])
    assert rc == 0, capsys.readouterr().err
    with unit_of_work(empty_pg) as s:
        on_copy = draft(s, date(2026, 2, 3)).id
    with unit_of_work(db) as s:
        on_source = draft(s, date(2026, 2, 3)).id
    # Both continue after the deleted draft's id: second + 1 (3 when first is 1).
    assert on_copy == second + 1
    assert on_source == second + 1
