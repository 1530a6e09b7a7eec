"""A billing run writes each invoice as a draft, then its lines, then makes it issued or deferred, on SQLite; on
PostgreSQL it writes it issued or deferred, then its lines, in one transaction (migration 0041), a reseller's
login as on SQLite (it writes drafts only: migration 0038); the keys from a line to its invoice are not
deferrable (migration 0031, which for a while made them so, and let any login defer them and slip a line under
an invoice another transaction was writing issued), so no login puts a line under an invoice it cannot see or
under one that is not a draft (nor one written issued by another transaction)."""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Iterator

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import DBAPIError

import app.billing.run as run
from app.billing.run import run_billing
from app.models import Invoice, InvoiceLine
from app.services.verification import verify
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build, set_minimum
from tests.staff_world import StaffWorld, add_logins, drop_logins, world_with_logins
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


def test_a_run_writes_its_invoices_once_or_as_drafts_then_issues_them(db):
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
        assert verify(s).intact
    assert tuple(jan[1:]) == ("carried", None, D("6.50"), feb.id)
    assert tuple(feb[1:]) == ("issued", "INV-2026-00001", D("19.50"), None)
    assert lines[jan.id] >= 1 and lines[feb.id] >= 1  # each written with its lines
    # SQLite: January made deferred, February issued, January carried: three UPDATEs; PostgreSQL: both written
    # in their state, January carried: one.
    assert len(updates) == (3 if db.dialect.name == "sqlite" else 1), updates
    assert sum("carried_into_id" in u for u in updates) == 1, updates


# --- the guarantee (PostgreSQL, where a login could defer keys) ---------------------------------------------

_LINE = ("INSERT INTO invoice_lines (invoice_id, reseller_id, position, kind, quantity, unit_price, tax_rate, amount) "
         "VALUES (:i, :r, 9, 'manual', 1, 666, 0, 666)")
LINE_INVOICE_KEYS = ("fk_invoice_lines_invoice_id_invoices", "fk_invoice_lines_invoice_reseller")
_REFUSED = r"\[prorata:issued_lines_frozen\]|fk_invoice_lines_invoice"


def _injected(engine) -> int:
    """Lines a test's clerk tried to slip in (amount 666: no plan costs that)."""
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM invoice_lines WHERE amount = 666")).scalar_one()


@pytest.mark.pg
def test_a_clerk_deferring_the_keys_changes_nothing(pg_db):
    """The keys are not deferrable: ``SET CONSTRAINTS ALL DEFERRED`` leaves them immediate. A line naming an
    invoice id no invoice has is refused by the INSERT itself (not at the commit); one under the issued invoice of
    staff_world's d1 or c1 is refused by the trigger, for the hoster's clerk and acme's."""
    with world_with_logins(pg_db, ("hoster_clerk", "acme_clerk")) as world:
        with world.owner.connect() as conn:
            keys = dict(conn.execute(text(
                "SELECT conname, condeferrable FROM pg_constraint "
                "WHERE conrelid = 'invoice_lines'::regclass AND confrelid = 'invoices'::regclass")).all())
            issued = dict(conn.execute(text("SELECT company_id, id FROM invoices WHERE status = 'issued'")).all())
        assert keys == {name: False for name in LINE_INVOICE_KEYS}
        d1, c1 = issued[world.companies["d1"]], issued[world.companies["c1"]]
        acme = world.resellers["acme"]
        with world.engines["hoster_clerk"].connect() as conn:
            tx = conn.begin()
            conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
            with pytest.raises(DBAPIError, match="fk_invoice_lines_invoice_id_invoices"):
                conn.execute(text(_LINE), dict(i=10**9, r=None))  # the statement fails, before any commit
            tx.rollback()
        for login, invoice, reseller in (("hoster_clerk", d1, None), ("hoster_clerk", c1, acme),
                                         ("acme_clerk", c1, acme)):
            with pytest.raises(DBAPIError, match=r"\[prorata:issued_lines_frozen\]"):
                with world.engines[login].begin() as conn:
                    conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
                    conn.execute(text(_LINE), dict(i=invoice, r=reseller))
        assert _injected(pg_db) == 0


@pytest.mark.pg
@pytest.mark.parametrize("login", ["hoster_clerk", "acme_clerk"])
def test_no_line_lands_under_an_invoice_another_transaction_is_issuing(pg_db, monkeypatch, login):
    """The reviewer's race, with two connections: a run (the owner's) has written its batch issued and holds its
    transaction open; meanwhile a clerk, keys deferred, inserts a line under one of those invoices (acme's clerk
    under acme's). Refused (the invoice is not visible to it yet, or, after the run's commit, it is issued); the
    run commits; no such line is there and the audit verifies clean. Then, the run committed, the same line
    under the same invoice is refused again."""
    w = build(pg_db)
    seller = "acme" if login == "acme_clerk" else None
    for k in range(2):
        add_company(pg_db, w, f"x{k}", reseller=seller, signup=date(2026, 1, 10), events=[
            (date(2026, 1, 10), "subscribe", {"plan": "exchange-basic"}),
            (date(2026, 1, 10), "assign", {"plan": "exchange-basic", "user": f"a@x{k}.example"})])
    sw = StaffWorld(pg_db, w.resellers, w.companies)
    add_logins(sw, (login,))
    try:
        issued, go = threading.Event(), threading.Event()
        ids: list[int] = []
        real = run.issue_linked

        def held(session, got, *a, **k):
            real(session, got, *a, **k)
            if not ids:
                ids.extend(got.values())
                issued.set()
                go.wait(30)

        monkeypatch.setattr(run, "issue_linked", held)
        failed: list[BaseException] = []

        def billing():
            try:
                run_billing(pg_db, date(2026, 2, 15), issue=True, workers=0)
            except BaseException as exc:  # noqa: BLE001 - reported by the test below
                failed.append(exc)

        t = threading.Thread(target=billing)
        t.start()
        try:
            assert issued.wait(60), failed
            reseller = w.resellers["acme"] if seller else None
            clerk = sw.engines[login].connect()
            tx = clerk.begin()
            clerk.execute(text("SET CONSTRAINTS ALL DEFERRED"))
            outcome: list = []

            def insert():
                try:
                    clerk.execute(text(_LINE), dict(i=ids[0], r=reseller))
                    outcome.append(None)
                except DBAPIError as exc:
                    outcome.append(exc)

            ti = threading.Thread(target=insert)
            ti.start()
            ti.join(2)  # refused at once, or blocked until the run ends: either way it is let go now
        finally:
            go.set()
            t.join(60)
        ti.join(30)
        assert not failed and not t.is_alive()
        err = outcome[0]
        if err is None:  # it got through its INSERT: then the commit must refuse it
            with pytest.raises(DBAPIError, match=_REFUSED):
                tx.commit()
        else:
            assert re.search(_REFUSED, str(err.orig)) or "row-level security" in str(err.orig), err
            tx.rollback()
        clerk.close()
        with sw.engines[login].connect() as conn, pytest.raises(DBAPIError, match=r"\[prorata:issued_lines_frozen\]"):
            conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
            conn.execute(text(_LINE), dict(i=ids[0], r=reseller))
    finally:
        drop_logins(sw)
    assert _injected(pg_db) == 0
    with unit_of_work(pg_db) as s, pg_db.connect() as conn:
        assert conn.execute(text("SELECT status FROM invoices WHERE id = :i"), dict(i=ids[0])).scalar_one() == "issued"
        assert verify(s).intact


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


def test_migration_0031_keeps_the_line_keys_immediate(db, tmp_path):
    """0030 -> 0031 -> 0030: the keys not deferrable throughout (SQLite: its table as it was); a database that
    ran 0031's first text (keys made DEFERRABLE INITIALLY IMMEDIATE, here by hand at 0030) is mended by it; a
    database made at head has the same keys."""
    with database_at(db, tmp_path, "0030") as old:
        at_0030 = _line_keys(old)
        if db.dialect.name == "postgresql":
            with old.begin() as conn:
                for name in LINE_INVOICE_KEYS:
                    conn.execute(text(f"ALTER TABLE invoice_lines ALTER CONSTRAINT {name} "
                                      "DEFERRABLE INITIALLY IMMEDIATE"))
            assert _line_keys(old) == {name: (True, False) for name in LINE_INVOICE_KEYS}
        migrate(old, "0031")
        at_0031 = _line_keys(old)
        schema_down(old, "0030")
        again = _line_keys(old)
    if db.dialect.name == "postgresql":
        assert at_0030 == {name: (False, False) for name in LINE_INVOICE_KEYS}
    assert at_0031 == at_0030
    assert again == at_0030
    assert _line_keys(db) == at_0030


def schema_down(engine, revision: str) -> None:
    from app.storage import schema

    schema.migrate(engine, revision, down=True)
