"""Issuing a draft by its id, as the window and a clerk's script do: on PostgreSQL the draft is read and claimed
by one statement (app/services/invoice_claims.py ``claim_fresh``). The same refusals as reading it first, in the
same words: a rival who got there first while this clerk waited on the row is named with what they did, a draft
issued or changed before is refused as such, and nothing is written for the loser.

Two sessions on PostgreSQL, each in a thread of its own: the first holds its change uncommitted while the
second waits on the row, then commits.
"""
from __future__ import annotations

import threading
import time
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import create_engine, select, text

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import AuditEntry, Invoice
from app.services import audit_chain, invoice_chain, invoices
from app.storage.engine import unit_of_work
from tests.actors import recorded
from tests.billing_world import add_company, build

DAY = date(2026, 2, 20)


@pytest.fixture
def drafts(pg_db, monkeypatch):
    monkeypatch.setenv("PRORATA_ACTOR", "clerk-a")
    w = build(pg_db)
    for k in range(3):
        add_company(pg_db, w, f"h{k}", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(pg_db, date(2026, 2, 10))
    with unit_of_work(pg_db) as s:
        ids = s.scalars(select(Invoice.id).where(Invoice.status == "draft").order_by(Invoice.id)).all()
    assert len(ids) == 3
    return ids


def _waiting_on_a_lock(engine) -> bool:
    watcher = create_engine(engine.url, isolation_level="AUTOCOMMIT")
    try:
        with watcher.connect() as conn:
            return bool(conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND wait_event_type = 'Lock'")).scalar_one())
    finally:
        watcher.dispose()


def _while_held(engine, first, second):
    """``first(session)`` in a unit of work held open until ``second(session)``, in another, waits on a lock;
    then the first commits. What the second returned or raised."""
    held, release, outcome = threading.Event(), threading.Event(), {}

    def holder():
        with unit_of_work(engine) as s:
            first(s)
            held.set()
            release.wait(30)

    def rival():
        try:
            with unit_of_work(engine) as s:
                outcome["returned"] = second(s)
        except ProrataError as exc:
            outcome["refused"] = str(exc)

    a = threading.Thread(target=holder)
    a.start()
    assert held.wait(30)
    b = threading.Thread(target=rival)
    b.start()
    deadline = time.monotonic() + 30
    while not _waiting_on_a_lock(engine):
        assert time.monotonic() < deadline and b.is_alive(), "the rival did not wait on the row"
        time.sleep(0.02)
    release.set()
    a.join(30)
    b.join(30)
    return outcome


def _issues(engine, invoice_id: int) -> list[AuditEntry]:
    with unit_of_work(engine) as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "issue",
                                                       AuditEntry.entity_id == str(invoice_id))))


def test_a_clerk_waiting_on_a_draft_another_issues_is_told_its_number(pg_db, drafts):
    draft = drafts[0]
    outcome = _while_held(pg_db, lambda s: invoices.issue(s, draft, DAY), lambda s: invoices.issue(s, draft, DAY))
    with unit_of_work(pg_db) as s:
        number = s.scalar(select(Invoice.number).where(Invoice.id == draft))
    assert outcome == {"refused": f"draft #{draft} was issued meanwhile by {recorded(pg_db, 'clerk-a')} as "
                                  f"{number}; nothing was changed"}
    assert len(_issues(pg_db, draft)) == 1


def test_a_clerk_waiting_on_a_draft_another_edits_is_refused_not_issuing_the_edit(pg_db, drafts):
    draft = drafts[1]
    line = invoices.ManualLine(description={"en": "Work"}, quantity=D(2), unit_price=D("7.00"))
    outcome = _while_held(pg_db, lambda s: invoices.edit_draft(s, draft, [line]),
                          lambda s: invoices.issue(s, draft, DAY))
    assert outcome == {"refused": f"draft #{draft} was edited meanwhile by {recorded(pg_db, 'clerk-a')} (it is now "
                                  "draft); nothing was changed: open it again to see their change"}
    with unit_of_work(pg_db) as s:
        inv = s.get(Invoice, draft)
        assert (inv.status, inv.number, inv.total) == ("draft", None, D("14.00"))
    assert _issues(pg_db, draft) == []


def test_refusals_by_id_say_what_they_said_before(pg_db, drafts):
    first = drafts[0]
    with unit_of_work(pg_db) as s:
        number = invoices.issue(s, first, DAY).number
        version = s.scalar(select(Invoice.version).where(Invoice.id == drafts[1]))
    cases = [(first, None, f"invoice {number} is issued: it cannot become issued"),
             (999_999, None, "no invoice"),
             (drafts[1], version + 5, f"draft #{drafts[1]} has changed since you opened it")]
    for ref, expected_version, words in cases:
        with pytest.raises(ProrataError) as refused, unit_of_work(pg_db) as s:
            invoices.issue(s, ref, DAY, expected_version=expected_version)
        assert words in str(refused.value)
    with unit_of_work(pg_db) as s:
        assert s.scalar(select(Invoice.status).where(Invoice.id == drafts[1])) == "draft"


def test_issued_by_id_or_by_reference_the_records_are_the_same(pg_db, drafts):
    """The audit entry's before (date and version as reviewed) and after, the chains: whichever way the draft was
    found and claimed."""
    with unit_of_work(pg_db) as s:
        before = {i: (inv.issue_date, inv.version) for i in drafts[:2] for inv in [s.get(Invoice, i)]}
    with unit_of_work(pg_db) as s:
        by_id = invoices.issue(s, drafts[0], DAY)
        assert by_id.status == "issued" and by_id.issue_date == (before[drafts[0]][0] or DAY)
    with unit_of_work(pg_db) as s:
        invoices.issue(s, str(drafts[1]), DAY)
    entries = {i: _issues(pg_db, i)[0] for i in drafts[:2]}
    for i in drafts[:2]:
        day, version = before[i]
        assert entries[i].before["issue_date"] == (day.isoformat() if day else None)
        assert entries[i].before["version"] == version
        assert entries[i].after["status"] == "issued" and entries[i].after["number"].startswith("INV-2026-")
    assert entries[drafts[0]].before.keys() == entries[drafts[1]].before.keys()
    assert entries[drafts[0]].after.keys() == entries[drafts[1]].after.keys()
    with unit_of_work(pg_db) as s:
        assert invoice_chain.verify(s).intact
        assert audit_chain.verify(s).intact
