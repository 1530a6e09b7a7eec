"""Deleting a draft while a billing run's reseller settlement takes its accruals, as real processes on both
databases: the reseller is charged for a customer only while the customer is billed.

The world (as in test_reseller_accruals_on_corrections), in the margin mode (the hoster collects in acme's
name and owes it the margin): acme pays the hoster 6.00 a site for the 2 sites its company r1 buys at 12.00;
r1's January invoice (margin 24.00 - 12.00 = 12.00, VAT 4.56 passed on) is issued and then modified on 15
January, which leaves a credit note (margin -24.00: minus the cost, as a credit keeps the cost; its VAT -4.56)
and a draft copy (margin +24.00 again). acme's statement of 1 February takes them all: 12.00 - 24.00 + 24.00 +
4.56 - 4.56 = 12.00. (In the cost modes a copy accrues nothing since a credit keeps the cost: there is nothing
of a copy for a settlement to take.)

The overlap is made certain: the settlement runs in a process of its own that stops after its settlement has
taken the accruals, its transaction open, until the test lets it commit; the deletion (``prorata invoices
delete``, another process) starts meanwhile. On PostgreSQL the test waits until the deletion waits for the
accrual rows; SQLite lets one writer in at a time, so there the deletion waits for the settlement as a whole.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Accrual, Invoice, Price
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.racers import RACER

D = Decimal
JAN10, JAN15, FEB1 = date(2026, 1, 10), date(2026, 1, 15), date(2026, 2, 1)

# Runs billing up to 1 February once its imports are done (file STARTED); after each settlement, says so (file
# SETTLED) and keeps its transaction open until RELEASE exists.
SETTLER = r"""
import os, sys, time
from datetime import date
import app.billing.run as run
from app.storage.engine import make_engine
url, started, settled, release = sys.argv[1:5]
real = run.settle_reseller
def held(*args, **kwargs):
    out = real(*args, **kwargs)
    open(settled, "w").close()
    while not os.path.exists(release):
        time.sleep(0.005)
    return out
run.settle_reseller = held
open(started, "w").close()
run.run_billing(make_engine(url), date(2026, 2, 1), workers=0)
"""


def _copy(db):
    """(world, id of the draft copy) once r1's January invoice is issued and modified on 15 January."""
    w = build(db, acme_mode="hoster_bills_hoster_processor")
    with unit_of_work(db) as s:
        s.add(Price(layer="wholesale_override", reseller_id=w.resellers["acme"], plan_id=w.plans["sharepoint-sites"],
                    currency="EUR", amount=D("6.00")))
    add_company(db, w, "r1", reseller="acme", signup=JAN10, events=[
        (JAN10, "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, JAN10, issue=True)
    with unit_of_work(db) as s:
        issued = s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"])).one()
        note, copy = invoices.modify(s, issued, today=JAN15)
        assert (note.total, copy.total) == (D("-28.56"), D("28.56"))
        return w, copy.id


def _to_acme(db, w):
    """(status, subtotal) of the hoster's invoices to acme dated 1 February."""
    with unit_of_work(db) as s:
        return [(i.status, i.subtotal) for i in s.scalars(
            select(Invoice).where(Invoice.customer_reseller_id == w.resellers["acme"], Invoice.issue_date == FEB1)
            .order_by(Invoice.id))]


def _copy_state(db, copy):
    """(the copy's status or None when gone, its accruals' (amount, settled by))."""
    with unit_of_work(db) as s:
        inv = s.get(Invoice, copy)
        rows = s.execute(select(Accrual.amount, Accrual.settled_by_id).where(Accrual.invoice_id == copy)
                         .order_by(Accrual.id)).all()
        return (inv.status if inv else None), [tuple(r) for r in rows]


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _env():
    return dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")


def _wait_for(condition, procs, what: str) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        assert time.monotonic() < deadline, what
        for p in procs:
            assert p.poll() is None, p.communicate()
        time.sleep(0.01)


def _waiting_on_locks(watcher) -> int:
    """Sessions of this database waiting for a lock (PostgreSQL)."""
    watcher.rollback()
    return watcher.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                "AND wait_event_type = 'Lock'")).scalar_one()


def _until_waiting(db, procs, what: str) -> None:
    """Until one of ``procs`` waits for the rows the test's other party holds: on PostgreSQL as the server
    sees it; on SQLite, a while (its writer waits on the database lock, which nothing shows)."""
    if db.dialect.name == "sqlite":
        time.sleep(1.5)
        for p in procs:
            assert p.poll() is None, p.communicate()
        return
    with db.connect() as watcher:
        _wait_for(lambda: _waiting_on_locks(watcher) >= 1, procs, what)


def test_a_draft_whose_cost_a_settlement_took_is_not_deleted(db):
    """One after the other: the settlement took the copy's margin, so deleting the copy is refused and keeps it."""
    w, copy = _copy(db)
    run_billing(db, FEB1)
    [(status, subtotal)] = _to_acme(db, w)
    assert (status, subtotal) == ("draft", D("12.00"))  # 12.00 - 24.00 + 24.00 + 4.56 - 4.56: the copy's
    before = _copy_state(db, copy)
    with unit_of_work(db) as s:
        settlement = s.scalars(select(Invoice).where(Invoice.customer_reseller_id == w.resellers["acme"])).one()
        with pytest.raises(ProrataError) as exc:
            invoices.delete_draft(s, copy)
    assert exc.value.messages() == [
        f"draft #{copy} cannot be deleted: its cost to reseller acme is already on the hoster's "
        f"{invoices.label(settlement)}; delete that draft first, then this one"]
    assert before == ("draft", [(D("24.00"), settlement.id)]) == _copy_state(db, copy)


def test_deleting_a_draft_while_a_settlement_takes_its_cost_is_refused(db, tmp_path):
    """The clerk deletes the copy while the run's settlement holds its accruals: the deletion waits, then is
    refused in words; the copy stays whole, with the margin the settlement took."""
    w, copy = _copy(db)
    settled, release = tmp_path / "settled", tmp_path / "release"
    settler = subprocess.Popen([sys.executable, "-c", SETTLER, _url(db), str(tmp_path / "started"),
                                str(settled), str(release)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    ready, go = tmp_path / "ready", tmp_path / "go"
    argv = ["invoices", "delete", str(copy), "--db", _url(db)]
    deleter = subprocess.Popen([sys.executable, "-c", RACER, str(ready), str(go), json.dumps(argv)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        _wait_for(lambda: settled.exists() and ready.exists(), [settler, deleter], "the racers did not start")
        go.touch()
        _until_waiting(db, [settler, deleter], "the deletion did not reach the accruals")
    finally:
        release.touch()
    out, err = settler.communicate(timeout=120)
    assert settler.returncode == 0, err
    out, err = deleter.communicate(timeout=120)
    assert deleter.returncode == 0, err
    result = json.loads(out)
    with unit_of_work(db) as s:
        settlement = s.scalars(select(Invoice).where(Invoice.customer_reseller_id == w.resellers["acme"])).one()
        settlement_label, settlement = invoices.label(settlement), settlement.id
    assert (result["rc"], result["out"], result["err"]) == (
        2, "", f"prorata: error: draft #{copy} cannot be deleted: its cost to reseller acme is already on the "
               f"hoster's {settlement_label}; delete that draft first, then this one\n")
    # Nothing of the deletion was written: the copy and its margin are as the settlement left them.
    assert _copy_state(db, copy) == ("draft", [(D("24.00"), settlement)])
    assert _to_acme(db, w) == [("draft", D("12.00"))]


def test_a_settlement_that_waits_for_a_deletion_takes_nothing_of_the_deleted_draft(db, tmp_path):
    """The other order: the copy's deletion holds its accruals when the run settles; the settlement waits,
    and takes only what is left: January's margin and the credit note's, 12.00 - 24.00, and their VAT, 4.56 -
    4.56: -12.00 (minus acme's cost of what r1 was given back)."""
    w, copy = _copy(db)
    settled, release = tmp_path / "settled", tmp_path / "release"
    release.touch()  # the settlement commits at once; the deletion is what is held
    with unit_of_work(db) as s:
        invoices.delete_draft(s, copy)
        settler = subprocess.Popen([sys.executable, "-c", SETTLER, _url(db), str(tmp_path / "started"),
                                    str(settled), str(release)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
        _wait_for((tmp_path / "started").exists, [settler], "the run did not start")
        _until_waiting(db, [settler], "the settlement did not reach the accruals")
    out, err = settler.communicate(timeout=120)
    assert settler.returncode == 0, err
    with unit_of_work(db) as s:  # (SQLite may give the settlement the copy's id again)
        assert s.scalars(select(Invoice.status).where(Invoice.company_id == w.companies["r1"])
                         .order_by(Invoice.id)).all() == ["void", "issued"]  # the copy is gone
    assert _to_acme(db, w) == [("draft", D("-12.00"))]
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).where(Accrual.settled_by_id.is_(None))) == 0

