"""``prorata payments collect`` says which invoices the customers' credit settled, not collected (the report's
``settled_by_credit``), on SQLite and PostgreSQL.

The world is tests/test_payment_collection.py's: the hoster bills d1, d2 and d3 24.00 EUR a month; d1 gets
INV-2026-00001 and -00002, d2 -00003 and -00004, d3 -00005 and -00006. d1 has a saved card with the test
gateway, d2 a SEPA mandate, d3 nothing. d2 pays 24.00 kept as credit, and -00003
(unpaid) is credited in full: that 24.00 of credit settles -00004 (24.00) whole, so nothing is debited of it.
"""
from __future__ import annotations

from app.cli.main import main
from tests.test_collection_applies_credit import credit_kept_then_credit
from tests.test_payment_collection import N, statuses, world  # noqa: F401 (fixture)
from tests.test_payment_processors import _fresh_gateway, ring  # noqa: F401 (fixtures)


def test_the_summary_names_the_invoices_the_credit_settled(db, world, tmp_path, capsys):
    credit_kept_then_credit(db, "d2", "24.00", N[2])
    url = db.url.render_as_string(hide_password=False)
    assert main(["payments", "collect", "--as-of", "2026-03-15", "--date", "2026-03-20", "--out-dir",
                 str(tmp_path), "--db", url]) == 0
    lines = capsys.readouterr().out.splitlines()
    # d1's two by card (collected); d2's -00004 settled by its credit; d3's two with nothing to collect them by.
    assert lines == ["2 collected, 0 to follow up, 2 with nothing to collect them by, 0 with collection "
                     "switched off",
                     "1 invoice(s) settled by the customers' credit, not collected",
                     f"  {N[3]} d2 24.00 EUR: settled by credit"]
    assert statuses(db)[N[3]] == "paid"


def test_nothing_settled_by_credit_says_nothing_of_it(db, world, tmp_path, capsys):
    url = db.url.render_as_string(hide_password=False)
    assert main(["payments", "collect", "--as-of", "2026-03-15", "--date", "2026-03-20", "--out-dir",
                 str(tmp_path), "--db", url]) == 0
    assert "settled by" not in capsys.readouterr().out  # (the file's folder is named after the test)
