"""A large billing run leaves the planner's statistics of every table it filled up to date (PostgreSQL).

Without them, the next run plans for the tables as they were before (empty, after a first load): its
look-up of the companies' payment accounts, 500 keys at a time, became a scan of every account.
"""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from app.billing import run
from app.billing.run import run_billing
from tests.billing_world import add_company, build

FILLED = ("invoices", "invoice_lines", "accruals", "billed_periods", "payment_accounts", "ledger_entries")


def _estimates(engine) -> dict[str, tuple[float, int]]:
    """Per table: (the planner's row estimate, the rows it holds)."""
    with engine.connect() as conn:
        return {t: (conn.scalar(text("SELECT reltuples FROM pg_class WHERE oid = CAST(:t AS regclass)"), dict(t=t)),
                    conn.scalar(text(f"SELECT count(*) FROM {t}"))) for t in FILLED}


def test_a_large_run_brings_the_statistics_of_the_tables_it_filled_up_to_date(pg_db, monkeypatch):
    w = build(pg_db)
    for k in range(3):
        add_company(pg_db, w, f"c{k}", reseller="acme" if k else None,
                    events=[(date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    monkeypatch.setattr(run, "ANALYZE_AFTER", 3)  # "large": as many invoices as this run writes
    run_billing(pg_db, date(2026, 2, 15), issue=True)
    estimates = _estimates(pg_db)
    assert all(rows > 0 for _, rows in estimates.values()), estimates
    # ANALYZE reads every row of a table this small: the estimate is the count.
    assert {t: int(e) for t, (e, _) in estimates.items()} == {t: rows for t, (_, rows) in estimates.items()}

