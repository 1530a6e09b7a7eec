"""The payment console's commands under the words the issue and the manual use: `payments record` (the same
as `payments add`) and a top-level `aging` (the same as `accounts aging`).

World as in tests/test_payments.py: d1 owes 24.00 EUR on INV-2026-00001 (due 2026-02-14) and 24.00 on
INV-2026-00002 (due 2026-03-14).
"""
from __future__ import annotations

import json
from datetime import date

from app.billing.run import run_billing
from app.cli.main import main
from tests.billing_world import add_company, build


def test_record_is_add_and_aging_stands_alone(sqlite_db, capsys):
    w = build(sqlite_db)
    add_company(sqlite_db, w, "d1", signup=date(2026, 1, 31),
                events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(sqlite_db, date(2026, 3, 15), issue=True)
    url = str(sqlite_db.url)
    assert main(["payments", "record", "d1", "30.00", "EUR", "--method", "check", "--date", "2026-03-20",
                 "--reference", "CHK 1001", "--db", url]) == 0
    # 30.00 pays the older invoice (24.00) and 6.00 of the newer one.
    assert capsys.readouterr().out.splitlines() == [
        "payment #1: 30.00 EUR", "  INV-2026-00001: 24.00 (paid)", "  INV-2026-00002: 6.00 (partially paid)",
        "  credit left: 0.00"]
    # On 2026-04-20 the 18.00 left of INV-2026-00002 (due 2026-03-14) is 37 days overdue.
    assert main(["aging", "--as-of", "2026-04-20", "--json", "--db", url]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert alone["rows"][0]["buckets"]["31-60"] == "18.00"
    assert main(["accounts", "aging", "--as-of", "2026-04-20", "--json", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out) == alone
