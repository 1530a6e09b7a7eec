"""Issuing a draft locks its row FOR UPDATE before its lines are read (app/services/invoice_claims.py
``held_against_new_lines``): a line a clerk inserts under the draft while the issue is under way waits for the
issue's commit and is then refused, as the invoice is issued; it never lands under the sealed invoice.

Before, the issue's claim (FOR NO KEY UPDATE) did not conflict with the line's key (FOR KEY SHARE): a line
inserted after the issue had read the lines and before it committed landed under the issued invoice, its
trigger having seen a draft, and ``verify`` then found the invoice altered.

Two connections on PostgreSQL: the issue (the owner's) in a thread, paused once it has read the lines and made
the content it seals; the clerk's insert in another thread. SQLite's writers take turns: nothing to race there.
"""
from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

import app.services.invoice_chain as invoice_chain
from app.billing.run import run_billing
from app.services import invoices
from app.services.verification import verify
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.staff_world import StaffWorld, add_logins, drop_logins

_LINE = ("INSERT INTO invoice_lines (invoice_id, reseller_id, position, kind, quantity, unit_price, tax_rate, amount) "
         "VALUES (:i, :r, 99, 'manual', 1, 666, 0, 666)")


def _waiting_on_a_lock(engine) -> bool:
    watcher = create_engine(engine.url, isolation_level="AUTOCOMMIT")
    try:
        with watcher.connect() as conn:
            return bool(conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND wait_event_type = 'Lock'")).scalar_one())
    finally:
        watcher.dispose()


@pytest.mark.pg
@pytest.mark.parametrize("login,seller,ref", [("hoster_clerk", None, "id"), ("acme_clerk", "acme", "id"),
                                              ("hoster_clerk", None, "text")])
def test_a_line_inserted_while_a_draft_is_issued_waits_and_is_refused(pg_db, monkeypatch, login, seller, ref):
    """A run's committed draft (one mailbox); its issue pauses after ``invoice_chain.prepare`` (lines read,
    content made); the clerk (the hoster's, or acme's under acme's draft) inserts a line under it with the keys
    deferred: the insert waits on the row lock (seen in pg_stat_activity); the issue commits; the insert is then
    refused as the invoice is issued. No line of 666 is there and the audit verifies clean. ``ref``: the draft
    named by its id (claimed and read in one statement) or by its id as text (found, then claimed)."""
    w = build(pg_db)
    add_company(pg_db, w, "x0", reseller=seller, signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 10), "assign", {"plan": "exchange-basic", "user": "a@x0.example"})])
    sw = StaffWorld(pg_db, w.resellers, w.companies)
    add_logins(sw, (login,))
    try:
        run_billing(pg_db, date(2026, 2, 15), issue=False, workers=0)
        with pg_db.connect() as conn:
            # x0's first draft (January's period, then February's): its seller's (acme's, or the hoster's)
            draft = conn.execute(text("SELECT id FROM invoices WHERE status = 'draft' AND company_id = :c "
                                      "AND reseller_id IS NOT DISTINCT FROM :r ORDER BY id LIMIT 1"),
                                 dict(c=w.companies["x0"], r=w.resellers[seller] if seller else None)).scalar_one()
        prepared, go, failed = threading.Event(), threading.Event(), []
        real = invoice_chain.prepare

        def paused(*a, **k):
            made = real(*a, **k)
            prepared.set()
            go.wait(30)
            return made

        monkeypatch.setattr(invoice_chain, "prepare", paused)

        def issuing():
            try:
                with unit_of_work(pg_db) as s:
                    invoices.issue(s, draft if ref == "id" else str(draft), date(2026, 2, 16))
            except BaseException as exc:  # noqa: BLE001 - reported below
                failed.append(exc)

        t = threading.Thread(target=issuing)
        t.start()
        outcome: list = []
        clerk = sw.engines[login].connect()
        try:
            assert prepared.wait(30), failed
            tx = clerk.begin()
            clerk.execute(text("SET CONSTRAINTS ALL DEFERRED"))

            def insert():
                try:
                    clerk.execute(text(_LINE), dict(i=draft, r=w.resellers[seller] if seller else None))
                    tx.commit()
                    outcome.append(None)
                except DBAPIError as exc:
                    outcome.append(exc)
                    tx.rollback()

            ti = threading.Thread(target=insert)
            ti.start()
            deadline = time.monotonic() + 30
            while not _waiting_on_a_lock(pg_db):  # the clerk's insert waits on the issue's lock
                assert time.monotonic() < deadline and ti.is_alive(), f"the insert did not wait: {outcome}"
                time.sleep(0.02)
        finally:
            go.set()
            t.join(30)
        ti.join(30)
        clerk.close()
        assert not failed, failed
        assert len(outcome) == 1 and outcome[0] is not None, "the line landed"
        assert "[prorata:issued_lines_frozen]" in str(outcome[0].orig)
    finally:
        drop_logins(sw)
    with pg_db.connect() as conn:
        status, number, injected = conn.execute(text(
            "SELECT status, number, (SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id AND l.amount = 666) "
            "FROM invoices i WHERE i.id = :d"), dict(d=draft)).one()
    issuer = "INV" if seller is None else None
    assert status == "issued" and injected == 0
    if issuer:  # the hoster's first number of 2026
        assert number == "INV-2026-00001"
    with unit_of_work(pg_db) as s:
        assert verify(s).intact
