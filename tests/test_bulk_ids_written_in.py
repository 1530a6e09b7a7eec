"""``bulk.ids_written_in``: an IN list of ids written into the statement's text (no parameter per id), with the
same rows as the usual IN list, on both databases; anything but integers is refused."""
from __future__ import annotations

import pytest
from sqlalchemy import event, select

from app.models import Currency, Reseller
from app.storage.bulk import ids_written_in
from app.storage.engine import unit_of_work


def test_ids_written_in_finds_what_an_in_list_finds(db):
    with unit_of_work(db) as s:
        s.add(Currency(code="EUR"))
        s.add_all([Reseller(code=f"r{n}", name=f"R{n}", currency="EUR", language="en_GB") for n in range(5)])
    t = Reseller.__table__.c
    with db.connect() as conn:
        ids = dict(conn.execute(select(t.code, t.id)).all())
    r0, r1, r2, r3 = (ids[f"r{n}"] for n in range(4))
    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(db, "before_cursor_execute", seen)
    try:
        with db.connect() as conn:
            # Two lists in one statement, each its own name: in {r0, r1, r3} and in {r1, r2, r3}: r1 and r3.
            both = conn.scalars(select(t.code).where(t.id.in_(ids_written_in([r0, r1, r3])),
                                                     t.id.in_(ids_written_in([r1, r2, r3]))).order_by(t.code)).all()
            usual = conn.scalars(select(t.code).where(t.id.in_([r0, r1, r3]), t.id.in_([r1, r2, r3]))
                                 .order_by(t.code)).all()
            nothing = conn.scalars(select(t.code).where(t.id.in_(ids_written_in([])))).all()
    finally:
        event.remove(db, "before_cursor_execute", seen)
    assert both == usual == ["r1", "r3"]
    assert nothing == []
    assert f"IN ({r0}, {r1}, {r3})" in statements[0] and f"IN ({r1}, {r2}, {r3})" in statements[0], statements


@pytest.mark.parametrize("bad", [["1"], [1.0], [None], [True]])
def test_ids_written_in_refuses_anything_but_integers(bad):
    with pytest.raises(TypeError):
        ids_written_in(bad)
