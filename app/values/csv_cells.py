"""Cells of every CSV file Prorata writes, safe to open in a spreadsheet.

A cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is a formula to Excel, LibreOffice and Google Sheets (CSV injection); such a
cell is written with a leading ``'`` (OWASP's advice), which spreadsheets
show as text. A plain number ("-12.50", "-3") is left as it is, so that it
stays a number.
"""
from __future__ import annotations

import csv
from typing import Any, Iterable

from app.values.numbers import is_machine_number
from app.values.text import FORMULA_STARTS


def safe_cell(value: Any) -> Any:
    """``value`` as it may be written to a CSV cell (non-text values unchanged)."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    plain_number = value == value.strip() and is_machine_number(value)  # "-12.50", not "\t12"
    return value if plain_number else "'" + value


class SafeDictWriter(csv.DictWriter):
    """``csv.DictWriter`` whose rows (and header) pass through ``safe_cell``."""

    def writeheader(self) -> Any:
        return self.writer.writerow([safe_cell(name) for name in self.fieldnames])

    def writerow(self, rowdict: dict) -> Any:
        return super().writerow({k: safe_cell(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts: Iterable[dict]) -> None:
        for row in rowdicts:
            self.writerow(row)

