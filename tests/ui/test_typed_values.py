"""The invoice lines dialog reads quantities, unit prices and tax rates as the clerk's language writes them."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from app.errors import ProrataError
from app.services.invoices import ManualLine
from ui.invoices.manual_dialog import InvoiceLinesDialog


def dialog_with(qtbot, description, quantity, unit, rate):
    dialog = InvoiceLinesDialog(currency="EUR", customer_choice=False)
    qtbot.addWidget(dialog)
    for col, text in enumerate((description, quantity, unit, rate)):
        dialog.table.item(0, col).setText(text)
    return dialog


def refusal(dialog) -> list[str]:
    with pytest.raises(ProrataError) as exc:
        dialog.lines()
    return exc.value.messages()


def test_english_lines_with_grouping_and_a_discount(qtbot):
    dialog = dialog_with(qtbot, "Migration", "1,500", "1,200.50", "20")
    assert dialog.table.item(0, 4).text() == "1,800,750.00"  # 1500 x 1200.50, grouped
    assert dialog.lines() == [ManualLine(description={"en": "Migration"}, quantity=Decimal(1500),
                                         unit_price=Decimal("1200.50"), tax_rate=Decimal(20))]
    discount = dialog_with(qtbot, "Discount", "1", "-5", "20")
    assert discount.lines()[0].unit_price == Decimal("-5.00")  # a negative price is a discount line, kept negative


def test_german_lines(qtbot):
    QLocale.setDefault(QLocale("de_DE"))  # the autouse fixture puts en_GB back
    dialog = dialog_with(qtbot, "Migration", "1,5", "1.200,50", "7,5")
    assert dialog.table.item(0, 4).text() == "1.800,75"  # 1.5 x 1200.50, grouped
    (line,) = dialog.lines()
    assert (line.quantity, line.unit_price, line.tax_rate) == (Decimal("1.5"), Decimal("1200.50"), Decimal("7.5"))


@pytest.mark.parametrize("quantity, unit, rate, message", [
    ("-3", "10.00", "20", "line 1, quantity: a quantity must not be negative (not -3)"),
    ("1", "10.00", "-7", "line 1, tax rate: '-7' is not a tax rate: write a percentage from 0 to 100 with at "
                         "most 4 decimals, such as \"20\" or \"7.5\""),
    ("1", "10.00", "101", "line 1, tax rate: '101' is not a tax rate: write a percentage from 0 to 100 with at "
                          "most 4 decimals, such as \"20\" or \"7.5\""),
    ("1", "abc,1.2x3", "20", "line 1, unit price: 'abc,1.2x3' is not a number: write it such as 1,234.56"),
    ("1", "1e30", "20", "line 1, unit price: '1e30' is not a number: write it such as 1,234.56"),
    ("1", "1,20", "20", "line 1, unit price: '1,20' is ambiguous: write it such as 1,234.56 ('.' is the decimal "
                        "mark, thousands may be grouped by threes)"),
    ("1", "1000000000000", "20", "line 1, unit price: 1000000000000 is too large: an amount has at most 12 digits "
                                 "before the decimal mark (up to 999,999,999,999.99)"),
    ("1000000000", "1.00", "20", "line 1, quantity: 1000000000 is too large: a quantity is below 1,000,000,000"),
    ("1.23456", "1.00", "20", "line 1, quantity: '1.23456' is not a quantity: write a number of 0 or more with "
                              "at most 4 decimals, such as 2 or 1.5"),
    ("", "1.00", "20", "line 1: quantity is required"),
])
def test_bad_cells_are_refused_in_words(qtbot, quantity, unit, rate, message):
    assert refusal(dialog_with(qtbot, "Work", quantity, unit, rate)) == [message]
