"""Several people acting on the same invoices at once, as real processes on both databases.

Each racer is a process of its own running the CLI (its own connection, its
own transactions); all wait at a start line and then go through the same
invoices. Whatever the interleaving, every state change happens once: a draft
is issued once with one number and the series stays gapless, an invoice is
credited once, an issued invoice is never deleted or edited, two edits never
merge. The losers are told in words (exit 2), never with a traceback.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import AuditEntry, Invoice, InvoiceLine, NumberSeries
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.actors import recorded
from tests.billing_world import add_company, build


RACER = r"""
import contextlib, io, json, os, sys, time, traceback
from app.cli.main import main
ready, go, plan = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
open(ready, "w").close()
while not os.path.exists(go):
    time.sleep(0.001)
for argv in plan:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(argv)
        except SystemExit as exc:
            rc = exc.code
        except BaseException:
            traceback.print_exc(file=err)
            rc = 99
    print(json.dumps({"ref": argv[2], "action": argv[1], "rc": rc, "err": err.getvalue()}), flush=True)
"""

NUMBER = re.compile(r"^INV-2026-(\d+)$")


@pytest.fixture
def drafts(db):
    """24 drafts of the hoster's own companies (one each, so each may be deleted), all in the hoster's
    one series."""
    w = build(db)
    for k in range(24):
        add_company(db, w, f"h{k}", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 10))
    with unit_of_work(db) as s:
        ids = s.scalars(select(Invoice.id).where(Invoice.status == "draft").order_by(Invoice.id)).all()
    assert len(ids) == 24
    return ids


def race(engine, tmp_path, plans: list[list[list[str]]]) -> list[dict]:
    """Run each plan (a list of CLI argument lists) in a process of its own, all started at once."""
    url = engine.url.render_as_string(hide_password=False)
    go = tmp_path / "go"
    procs = []
    for k, plan in enumerate(plans):
        ready = tmp_path / f"ready-{k}"
        argvs = [argv + ["--db", url] for argv in plan]
        env = dict(os.environ, PRORATA_ACTOR=f"racer-{k}")
        procs.append((ready, subprocess.Popen([sys.executable, "-c", RACER, str(ready), str(go), json.dumps(argvs)],
                                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)))
    deadline = time.monotonic() + 120
    while not all(ready.exists() for ready, _ in procs):
        assert time.monotonic() < deadline, "racers did not start"
        assert all(p.poll() is None for _, p in procs), [p.stderr.read() for _, p in procs if p.poll() is not None]
        time.sleep(0.01)
    go.touch()
    results = []
    for _, p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
        results.extend(json.loads(line) for line in out.splitlines())
    for r in results:
        assert "Traceback" not in r["err"], r["err"]
        assert r["rc"] in (0, 2), r
    return results


def _issued_numbers(engine) -> list[int]:
    with unit_of_work(engine) as s:
        numbers = s.scalars(select(Invoice.number).where(Invoice.issuer_key == "hoster",
                                                         Invoice.number.is_not(None))).all()
        next_seq = s.scalar(select(NumberSeries.next_seq).where(NumberSeries.issuer_key == "hoster"))
    seqs = sorted(int(NUMBER.match(n).group(1)) for n in numbers)
    assert seqs == list(range(1, len(seqs) + 1)), "numbers must be gapless and each used once"
    # No series row yet (every draft deleted before any was issued) is a series that took no number.
    assert (next_seq or 1) == len(seqs) + 1, "no number was taken that no invoice holds"
    return seqs


def test_four_clerks_issuing_the_same_drafts_issue_each_once(db, drafts, tmp_path):
    # Run drafts: each keeps its billing day (``--date`` is refused for them).
    plan = [["invoices", "issue", str(i)] for i in drafts]
    results = race(db, tmp_path, [plan] * 4)

    wins = Counter(r["ref"] for r in results if r["rc"] == 0)
    assert wins == Counter({str(i): 1 for i in drafts})
    racer = recorded(db, "racer-")[:-1]  # "<login> (racer-", the racer's number follows
    for r in results:
        if r["rc"] == 2:
            assert (f"issued meanwhile by {racer}" in r["err"] and "as INV-2026-" in r["err"]) or \
                "is issued: it cannot become issued" in r["err"], r["err"]
    assert len(_issued_numbers(db)) == 24
    with unit_of_work(db) as s:
        issues = Counter(s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "issue")).all())
    assert issues == Counter({str(i): 1 for i in drafts})


def test_four_clerks_crediting_the_same_invoices_make_one_credit_note_each(db, drafts, tmp_path):
    with unit_of_work(db) as s:
        for i in drafts:
            invoices.issue(s, i, date(2026, 2, 20))
    plan = [["invoices", "credit", str(i), "--date", "2026-02-21"] for i in drafts]
    results = race(db, tmp_path, [plan] * 4)

    assert Counter(r["ref"] for r in results if r["rc"] == 0) == Counter({str(i): 1 for i in drafts})
    racer = recorded(db, "racer-")[:-1]  # "<login> (racer-", the racer's number follows
    for r in results:
        if r["rc"] == 2:
            assert f"credited meanwhile by {racer}" in r["err"] or "is void: only issued invoices" in r["err"], \
                r["err"]
    with unit_of_work(db) as s:
        notes = Counter(s.scalars(select(Invoice.credits_id).where(Invoice.kind == "credit_note")).all())
        statuses = set(s.scalars(select(Invoice.status).where(Invoice.id.in_(drafts))).all())
    assert notes == Counter({i: 1 for i in drafts})
    assert statuses == {"void"}
    assert len(_issued_numbers(db)) == 48  # 24 invoices and their 24 credit notes, one series


def _lines_file(tmp_path, price: str) -> str:
    path = tmp_path / f"lines-{price}.json"
    path.write_text(json.dumps({"lines": [{"description": f"Work at {price}", "quantity": "2",
                                           "unit_price": price, "tax_rate": "0"},
                                          {"description": "Setup", "quantity": "1", "unit_price": price,
                                           "tax_rate": "0"}]}))
    return str(path)


def test_deleting_issuing_and_editing_the_same_drafts_at_once(db, drafts, tmp_path):
    seven, nine = _lines_file(tmp_path, "7.00"), _lines_file(tmp_path, "9.00")
    results = race(db, tmp_path, [
        [["invoices", "delete", str(i)] for i in drafts],
        [["invoices", "issue", str(i)] for i in drafts],
        [["invoices", "edit", str(i), seven] for i in drafts],
        [["invoices", "edit", str(i), nine] for i in drafts],
    ])
    won = {(r["ref"], r["action"]) for r in results if r["rc"] == 0}
    with unit_of_work(db) as s:
        rows = {inv.id: inv for inv in s.scalars(select(Invoice).where(Invoice.id.in_(drafts)))}
        lines = {i: [(ln.quantity, ln.unit_price, ln.amount) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == i).order_by(InvoiceLine.position))] for i in rows}
        audit = {}
        for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "invoice").order_by(AuditEntry.id)):
            audit.setdefault(int(e.entity_id), []).append(e)
    for i in drafts:
        actions = [e.action for e in audit.get(i, [])]
        if i not in rows:  # deleted: it was never issued, and its deletion came last
            assert (str(i), "delete") in won and "issue" not in actions and actions[-1] == "delete"
            continue
        inv = rows[i]
        assert (str(i), "delete") not in won
        # Whatever edit won last is the invoice's whole content: never two edits merged.
        assert inv.subtotal == sum(amount for _, _, amount in lines[i])
        if any(a == "edit" for a in actions):
            last_edit = max(k for k, a in enumerate(actions) if a == "edit")
            price = audit[i][last_edit].after["lines"][0]["unit_price"]
            assert lines[i] == [(Decimal(2), Decimal(price), 2 * Decimal(price)),
                                (Decimal(1), Decimal(price), Decimal(price))]
        if inv.status == "issued":
            # Issued as it is now: nothing changed it after the issue.
            assert actions[-1] == "issue"
            issued = audit[i][-1].after
            assert issued["number"] == inv.number and issued["total"] == f"{inv.total:.2f}"
            assert [(ln["quantity"], ln["unit_price"]) for ln in issued["lines"]] == \
                [(f"{q.normalize():f}", f"{p:.2f}") for q, p, _ in lines[i]]
        else:
            assert inv.status == "draft" and inv.number is None
    assert len(_issued_numbers(db)) == sum(1 for inv in rows.values() if inv.status == "issued")
    for r in results:
        if r["rc"] == 2:
            assert "meanwhile" in r["err"] or "has changed since" in r["err"] or "no invoice" in r["err"] or \
                "is issued: only drafts" in r["err"] or "is issued: it cannot" in r["err"], r["err"]
