"""The apply-credit dialog's "Credit left" is the account's credit less the amounts being applied, live: also
while an amount is still being typed in its cell (before Enter or Tab), as a clerk reads it (a cell being typed
in used to leave "Credit left" at the whole credit until the cell was left). SQLite (the console's world of
tests/ui/test_payment_console.py: d1 has A of 1 Feb open for 1,000.00 and B of 1 Mar for 500.00).
"""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QApplication, QLineEdit

from app.payments import console
from app.storage.engine import unit_of_work
from tests.ui.test_payment_console import books, open_console, pick, yes  # noqa: F401 (fixtures)
from ui.payments.allocation_model import AMOUNT

SHOTS = "/tmp/h/shots"


def shot(widget, name: str) -> None:
    if os.path.isdir(SHOTS):
        QApplication.processEvents()
        widget.grab().save(f"{SHOTS}/{name}{os.environ.get('SHOT_SUFFIX', '')}.png")


def _dialog(qtbot, worker, books):
    """d1 with 300.00 of credit (a check of 20 Mar kept whole), A and B open; the dialog opened."""
    with unit_of_work(worker.engine) as s:
        account = console.invoice_payments(s, books["A"]).account_id
        console.record_payment(s, account, "check", Decimal("300.00"), date(2026, 3, 20), "CHK 77", by_hand=[])
    c = open_console(qtbot, worker)
    d = pick(qtbot, c, "d1").apply_credit()
    d.resize(640, d.sizeHint().height())
    return d


def _typing(qtbot, d, row: int, text: str) -> QLineEdit:
    """Start typing ``text`` in invoice ``row``'s amount, without leaving the cell."""
    view = d.allocations.view
    index = d.allocations.model.index(row, AMOUNT)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def test_credit_left_follows_an_amount_while_it_is_typed(qtbot, worker, books):
    d = _dialog(qtbot, worker, books)
    # Oldest first: all 300.00 to A (open 1,000.00): 300.00 - 300.00 = 0.00 left.
    assert d.allocations.left_text() == "Credit left: €0.00"
    d.allocations.by_hand.setChecked(True)
    editor = _typing(qtbot, d, 0, "120")
    # 120.00 typed for A, still in its cell; B keeps nothing: 300.00 - 120.00 = 180.00 left.
    assert editor.text() == "120"
    shot(d, "credit_dialog_typing")
    assert d.allocations.left_text() == "Credit left: €180.00"
    qtbot.keyClicks(editor, "0")  # now 1,200: 1,200.00 - 300.00 = 900.00 too much
    assert editor.text() == "1200" and editor.hasFocus()
    assert d.allocations.left_text() == "€900.00 more than the credit: allocate less."
    qtbot.keyClick(editor, "\b")  # back to 120, the cursor where it was: 300.00 - 120.00 = 180.00
    assert editor.text() == "120" and editor.cursorPosition() == 3
    assert d.allocations.left_text() == "Credit left: €180.00"


def test_credit_left_once_amounts_are_entered_in_two_cells(qtbot, worker, books):
    d = _dialog(qtbot, worker, books)
    d.allocations.by_hand.setChecked(True)
    qtbot.keyClick(_typing(qtbot, d, 0, "100"), "\t")
    _typing(qtbot, d, 1, "150.50")
    # 300.00 - 100.00 - 150.50 = 49.50 left.
    shot(d, "credit_dialog_two_cells")
    assert d.allocations.left_text() == "Credit left: €49.50"
    assert d.allocations.chosen() == {books["A"]: Decimal("100.00"), books["B"]: Decimal("150.50")}
