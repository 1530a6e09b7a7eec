"""A billing run that issues writes each invoice once, with its final status and number (issue 12; on
PostgreSQL, where its lines go first under keys deferred for the moment, migration 0031); the lines of an
issued invoice stay closed to every login, the deferred keys notwithstanding."""
from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Iterator

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import DBAPIError

from app.billing.batch_rows import LINE_INVOICE_KEYS
from app.billing.run import run_billing
from app.models import Invoice, InvoiceLine
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build, set_minimum
from tests.staff_world import world_with_logins
from tests.test_immutability import database_at, migrate

D = Decimal
_UPDATE_INVOICES = re.compile(r"^\s*UPDATE\s+invoices\b", re.IGNORECASE)


@contextmanager
def invoice_updates(engine) -> Iterator[list[str]]:
    """The UPDATE statements of ``invoices`` the engine sends within the block."""
    seen: list[str] = []

    def look(conn, cursor, statement, parameters, context, executemany):
        if _UPDATE_INVOICES.match(statement):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", look)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", look)


def test_a_run_that_issues_writes_each_invoice_once(db):
    """test_billing_run's scenario: one mailbox at 6.50 (exempt) under a 10.00 minimum from Jan 10, a second from
    Feb 10. Billed up to Feb 15 and issued in one run: Jan 10 is deferred (6.50 < 10.00), Feb 10 carries it and is
    issued: 2 x 6.50 + 6.50 carried = 19.50, the first number of 2026."""
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "defer")
    add_company(db, w, "small", signup=date(2026, 1, 10), tax_treatment="exempt", events=[
        (date(2026, 1, 10), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 10), "assign", {"plan": "exchange-basic", "user": "a@small.example"}),
        (date(2026, 2, 10), "assign", {"plan": "exchange-basic", "user": "b@small.example"})])
    with invoice_updates(db) as updates:
        run_billing(db, date(2026, 2, 15), issue=True, workers=0)
    t, lt = Invoice.__table__, InvoiceLine.__table__
    with unit_of_work(db) as s:
        jan, feb = s.execute(select(t.c.id, t.c.status, t.c.number, t.c.total, t.c.carried_into_id)
                             .order_by(t.c.id)).all()
        lines = dict(s.execute(select(lt.c.invoice_id, func.count()).group_by(lt.c.invoice_id)).all())
    assert tuple(jan[1:]) == ("carried", None, D("6.50"), feb.id)
    assert tuple(feb[1:]) == ("issued", "INV-2026-00001", D("19.50"), None)
    assert lines[jan.id] >= 1 and lines[feb.id] >= 1  # each written with its lines
    if db.dialect.name == "postgresql":
        # Written once: neither made issued nor deferred by an UPDATE; the one UPDATE is January's, carried into
        # February (an invoice an earlier batch wrote).
        assert len(updates) == 1 and "carried_into_id" in updates[0], updates
    else:  # SQLite writes as before: January made deferred, February issued, January carried: three
        assert len(updates) == 3, updates


# --- the guarantee, with the keys deferrable (PostgreSQL) ---------------------------------------------------

_LINE = ("INSERT INTO invoice_lines (invoice_id, reseller_id, position, kind, quantity, unit_price, tax_rate, amount) "
         "VALUES (:i, :r, 9, 'manual', 1, 5, 0, 5)")


def _deferred(conn) -> None:
    conn.execute(text(f"SET CONSTRAINTS {', '.join(LINE_INVOICE_KEYS)} DEFERRED"))


@pytest.mark.pg
def test_no_login_adds_a_line_to_an_issued_invoice_with_the_keys_deferred(pg_db):
    """The hoster's own d1 and acme's c1 have an issued invoice each (staff_world). With the line keys deferred, as
    the run's writer defers them, a line under either is still refused at once, to the hoster's clerk and to
    acme's; a line naming an invoice that is never written is refused at the commit; nothing is added."""
    with world_with_logins(pg_db, ("hoster_clerk", "acme_clerk")) as world:
        with world.owner.connect() as conn:
            issued = dict(conn.execute(text("SELECT company_id, id FROM invoices WHERE status = 'issued'")).all())
            before = conn.execute(text("SELECT count(*) FROM invoice_lines")).scalar_one()
        d1, c1 = issued[world.companies["d1"]], issued[world.companies["c1"]]
        acme = world.resellers["acme"]
        for login, invoice, reseller in (("hoster_clerk", d1, None), ("hoster_clerk", c1, acme),
                                         ("acme_clerk", c1, acme)):
            with pytest.raises(DBAPIError, match=r"\[prorata:issued_lines_frozen\]"):
                with world.engines[login].begin() as conn:
                    _deferred(conn)
                    conn.execute(text(_LINE), dict(i=invoice, r=reseller))
        # An invoice id no invoice has: the hoster's clerk gets as far as the commit, which the key refuses; acme's
        # is refused at once (its lines' policy asks for an invoice of its own).
        with pytest.raises(DBAPIError, match="fk_invoice_lines_invoice_id_invoices"):
            with world.engines["hoster_clerk"].begin() as conn:
                _deferred(conn)
                conn.execute(text(_LINE), dict(i=10**9, r=None))
        with pytest.raises(DBAPIError, match="row-level security"):
            with world.engines["acme_clerk"].begin() as conn:
                _deferred(conn)
                conn.execute(text(_LINE), dict(i=10**9, r=acme))
        with world.owner.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM invoice_lines")).scalar_one() == before


# --- migration 0031 ----------------------------------------------------------------------------------------


def _line_keys(engine) -> dict:
    """PostgreSQL: key name -> (deferrable, initially deferred) of invoice_lines' keys to invoices; SQLite: the
    table's SQL."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            sql = "SELECT sql FROM sqlite_master WHERE name = 'invoice_lines'"
            return {"sql": conn.execute(text(sql)).scalar_one()}
        return {name: (deferrable, deferred) for name, deferrable, deferred in conn.execute(text(
            "SELECT conname, condeferrable, condeferred FROM pg_constraint "
            "WHERE conrelid = 'invoice_lines'::regclass AND confrelid = 'invoices'::regclass"))}


def test_migration_0031_up_and_down(db, tmp_path):
    with database_at(db, tmp_path, "0030") as old:
        at_0030 = _line_keys(old)
        migrate(old, "0031")
        at_0031 = _line_keys(old)
        schema_down(old, "0030")
        again = _line_keys(old)
    if db.dialect.name == "postgresql":
        assert at_0030 == {name: (False, False) for name in LINE_INVOICE_KEYS}
        assert at_0031 == {name: (True, False) for name in LINE_INVOICE_KEYS}  # deferrable, initially immediate
    else:  # SQLite's schema is not changed
        assert at_0031 == at_0030
    assert again == at_0030
    assert _line_keys(db) == at_0031  # a database made at head has what the upgrade made


def schema_down(engine, revision: str) -> None:
    from app.storage import schema

    schema.migrate(engine, revision, down=True)
