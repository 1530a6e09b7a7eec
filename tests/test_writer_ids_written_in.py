"""A billing run's writer sends its id lists written into the statements (``bulk.ids_written_in``), not one
parameter per id, on both databases: the snapshots it replaces (``snapshots.write``), the drafts it issues
(``invoice_chain.issue_linked``; on SQLite: PostgreSQL writes them issued, migration 0041) and the accounts it looks
for credit in (``allocation.accounts_with_credit``).
What those statements find and change is checked by the billing, snapshot, chain and payment tests."""
from __future__ import annotations

import re
from datetime import date

from sqlalchemy import event

from app.billing.run import run_billing
from app.demo import generate

TODAY = date(2026, 11, 1)
WRITTEN_IN = re.compile(r" IN \((\d+(, \d+)*)\)")  # integers only, no placeholder (? or %(name)s)
IN_LIST = re.compile(r" IN \(")


def test_the_writers_id_lists_are_written_into_its_statements(db):
    generate(db, 30, seed=5, today=TODAY)
    sent = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        sent.append(" ".join(statement.split()))

    event.listen(db, "before_cursor_execute", seen)
    try:
        report = run_billing(db, TODAY, issue=True, workers=0)
    finally:
        event.remove(db, "before_cursor_execute", seen)
    assert report.of("billed"), "the month issued nothing: nothing was checked"
    kinds = {
        "snapshots replaced": lambda q: q.startswith("DELETE FROM billing_snapshots WHERE "
                                                     "billing_snapshots.company_id IN"),
        "payments received": lambda q: "sum(payments.amount)" in q and "payments.account_id IN" in q,
        "credit notes": lambda q: "sum(ledger_entries.amount)" in q and "ledger_entries.account_id IN" in q,
        "allocated": lambda q: "sum(payment_allocations.amount)" in q and "payment_allocations.account_id IN" in q,
    }
    if db.dialect.name == "sqlite":
        kinds["drafts issued"] = lambda q: q.startswith("UPDATE invoices SET status=") and "chain_hash IS NOT NULL" in q
    for name, kind in kinds.items():
        found = [q for q in sent if kind(q)]
        assert found, f"no statement of {name} was sent"
        for q in found:
            # Each IN list of the statement is the ids themselves: as many written-in lists as IN lists.
            assert len(WRITTEN_IN.findall(q)) == len(IN_LIST.findall(q)) >= 1, (name, q)
