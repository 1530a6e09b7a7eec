"""The window's draft editor takes a give-back the run wrote kept or changed (tests/test_draft_edit_give_back.py:
g1's Feb 1 draft, 1 x 12.00 for February and -1 x 12.00 x 16/31 = -6.19 given back for January 16-31)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from app.errors import ProrataError
from app.services.invoices import ManualLine

D = Decimal


def _lines():
    charge = ManualLine(description={"en": "SharePoint site"}, quantity=D("1.0000"), unit_price=D("12.0000"),
                        tax_rate=D(19), kind="recurring", plan_id=2, amount=D("12.00"), start=date(2026, 2, 1),
                        end=date(2026, 3, 1), company_id=1, share=Fraction(1))
    give_back = ManualLine(description={"en": "SharePoint site"}, quantity=D("-1.0000"), unit_price=D("12.0000"),
                           tax_rate=D(19), kind="proration", plan_id=2, amount=D("-6.19"), start=date(2026, 1, 16),
                           end=date(2026, 2, 1), company_id=1, share=Fraction(16, 31))
    return charge, give_back


def test_a_give_back_kept_while_another_line_changes_and_changed_itself(qtbot):
    from ui.invoices.manual_dialog import InvoiceLinesDialog

    charge, give_back = _lines()
    dialog = InvoiceLinesDialog(currency="EUR", lines=[charge, give_back], customer_choice=False)
    qtbot.addWidget(dialog)
    dialog.table.item(0, 1).setText("3")  # 3 x 12.00 = 36.00; the give-back kept as the run wrote it
    assert dialog.table.item(0, 4).text() == "36.00" and dialog.table.item(1, 4).text() == "-6.19"
    assert dialog.lines()[1] == give_back
    dialog.table.item(1, 1).setText("-2")  # both sites given back: -2 x 12.00 x 16/31 = -384/31 -> -12.39
    assert dialog.table.item(1, 4).text() == "-12.39"
    dialog.show()
    dialog.resize(900, 260)
    dialog.grab().save("/tmp/h/shots/h16_give_back_edited.png")
    changed = dialog.lines()[1]
    assert (changed.kind, changed.quantity, changed.amount, changed.start) == (
        "proration", D(-2), None, date(2026, 1, 16))
    dialog.table.item(0, 1).setText("-1")  # the charge gave nothing back: a minus is refused there
    with pytest.raises(ProrataError) as err:
        dialog.lines()
    assert err.value.messages() == ["line 1, quantity: a quantity must not be negative (not -1)"]
