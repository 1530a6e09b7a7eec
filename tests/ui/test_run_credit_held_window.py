"""The run window says, on the billed company's row, the credit held by another collector that was not applied
to the invoice it issued (``invoices.note_credit_not_applied``, as ``prorata bill run --issue`` says it).
The world of tests/test_run_credit_held_notice.py: bc's Feb 1 and Mar 1 invoices of 6.00 + 21 % = 7.26, acme's to
collect, while bc's 50.00 of credit is the hoster's."""
from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.test_booking_collectors import MARGIN
from tests.test_run_credit_held_notice import HELD, held_by_hoster
from ui.billing import BillingRunDialog

SHOTS = "/tmp/h/shots"


@pytest.fixture(autouse=True)
def yes(monkeypatch):
    monkeypatch.setattr(BillingRunDialog, "ask", lambda self, question: True)


def _run(qtbot, worker, issue: bool) -> BillingRunDialog:
    d = BillingRunDialog(worker, today=date(2026, 3, 1))
    qtbot.addWidget(d)
    d.resize(1100, 420)
    d.show()
    d.issue_box.setChecked(issue)
    d.run_button.click()
    qtbot.waitUntil(lambda: not d.busy() and d.report is not None, timeout=15000)
    qtbot.waitUntil(worker.idle, timeout=10000)
    return d


def _rows(d) -> list[tuple[str, str, str]]:
    m = d.model
    return [(m.index(r, 0).data(), m.index(r, 1).data(), m.index(r, 5).data()) for r in range(m.rowCount())]


def test_the_run_window_says_the_credit_held_back_on_each_row(qtbot, worker, sqlite_db):
    held_by_hoster(sqlite_db)
    d = _run(qtbot, worker, issue=True)
    bc = [row for row in _rows(d) if row[0].endswith("(bc)")]
    # Both invoices issued, 7.26 each, and neither took the hoster's 50.00.
    assert bc == [("Bc (bc)", "01/02/2026", HELD), ("Bc (bc)", "01/03/2026", HELD)]
    if os.path.isdir(SHOTS):
        QApplication.processEvents()
        d.grab().save(f"{SHOTS}/run_window_credit_held.png")


def test_nothing_is_said_when_the_credit_was_applied(qtbot, worker, sqlite_db):
    held_by_hoster(sqlite_db, MARGIN)
    d = _run(qtbot, worker, issue=True)
    assert [r for r in _rows(d) if r[2]] == []  # the hoster collects: 7.26 + 7.26 paid from its 50.00
