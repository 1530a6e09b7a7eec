"""A dialog for invoice lines: a new manual invoice, or a draft's lines to edit.

Each line is a description, a quantity, a unit price in the invoice's
currency and a tax rate in per cent; its amount shows beside them. A line
the billing engine computed keeps its amount while it stays as billed; with
another quantity or price it bills the same share of its billing period
(``invoices.share_of_period``: 12 days of a 31-day month, 12/31 of quantity x
price). The dialog checks every cell and says which one is wrong before
anything is sent to the worker.

A draft's billed lines also show, read-only, the period each bills and, on a
reseller's (wholesale) invoice, the company each is for: beside the
description, so a clerk editing a line knows which it is. Cancel, Esc and the
close button ask before typed lines are thrown away (``ui.dialogs.unsaved``).
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.errors import MESSAGES, ProrataError
from app.money import minor_digits, round_money
from app.services.invoices import ManualLine
from app.values.typed import amount_edit_text, edit_text, read_amount, read_number, read_quantity, read_tax_rate
from ui.dialogs.messages import error_text, show_error
from ui.dialogs.unsaved import KeepsTypedWork
from ui.formatting import fmt_amount, fmt_date, fmt_last_day, ui_language
from ui.invoices.list_model import period_text

MESSAGES.setdefault("no_lines", "an invoice needs at least one line with a description")

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Cells by column: description, quantity, unit price, tax rate (typed), amount (worked out); then, read-only and
# shown beside the description, the company a line is for and the period it bills.
AMOUNT, COMPANY, PERIOD = 4, 5, 6
Lookup = Callable[[str, Callable[[tuple], None], Callable[[ProrataError], None]], None]


def _typed(text: str) -> Decimal | None:
    """A cell's number in the UI's locale, None while it is blank or not (yet) a number."""
    try:
        return read_number(text, ui_language())
    except ProrataError:
        return None


class InvoiceLinesDialog(KeepsTypedWork, QDialog):
    """Lines of an invoice; with ``customer_choice`` also the customer and currency of a new one."""

    def __init__(self, parent=None, *, currencies: list[str] | None = None, currency: str | None = None,
                 lines: list[ManualLine] | None = None, language: str = "en", title: str = "",
                 customer_choice: bool = True, lookup: Lookup | None = None,
                 companies: dict[int, tuple[str, str]] | None = None):
        """``lookup(code, done, failed)`` reads a customer's currency and tax rate (on the worker) and calls
        ``done((currency, rate))`` or ``failed(error)``: a new invoice then starts from them. ``companies``:
        on a reseller's invoice, the (code, name) of each company its lines are for, by id (the Company
        column shows only then)."""
        super().__init__(parent)
        self._companies = companies
        self._lookup = lookup
        self._default_rate = "0"
        self._looked_up: str | None = None
        self._language = language
        self._customer_choice = customer_choice
        self._fixed_currency = currency
        self._title = title
        self.customer_label = QLabel()
        self.customer = QLineEdit()
        self.currency_label = QLabel()
        self.currency = QComboBox()
        for code in currencies or ([currency] if currency else []):
            self.currency.addItem(code, code)
        if currency:
            self.currency.setCurrentIndex(max(0, self.currency.findData(currency)))
        self.customer_hint = QLabel()
        self.customer_hint.setStyleSheet("color: palette(dark);")
        self.customer.editingFinished.connect(self._customer_entered)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer, 1)
        customer_row.addWidget(self.customer_hint, 2)
        form = QFormLayout()
        form.addRow(self.customer_label, customer_row)
        form.addRow(self.currency_label, self.currency)
        self.customer_label.setVisible(customer_choice)
        self.customer.setVisible(customer_choice)
        self.customer_hint.setVisible(customer_choice)
        self.currency.setEnabled(customer_choice)

        self.table = QTableWidget(0, 7)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(100)
        header.moveSection(COMPANY, 1)  # read beside the description (the cells keep their columns)
        header.moveSection(PERIOD, 2)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_line)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(dark);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._originals: list[ManualLine | None] = []  # per row: the line as it came, for kept amounts
        for ln in lines or []:
            self.add_line(ln)
        if not lines:
            self.add_line()
        self.table.itemChanged.connect(self._show_amount)
        self.currency.currentIndexChanged.connect(self._show_amounts)
        with_company = bool(companies)
        with_period = any(ln.start and ln.end for ln in lines or [])
        self.table.setColumnHidden(COMPANY, not with_company)
        self.table.setColumnHidden(PERIOD, not with_period)
        self.resize(820 + 180 * with_company + 180 * with_period, 420)
        self.retranslate()
        self.mark_untouched()

    def typed_inputs(self) -> list[QWidget]:
        return [self.customer, self.currency, self.table]

    def add_line(self, line: ManualLine | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if line is None:
            values = ["", "1", "", self._default_rate, "", "", ""]
        else:
            text = line.description.get(self._language) or next(iter(line.description.values()), "")
            locale = ui_language()
            values = [text, edit_text(line.quantity.normalize(), locale),
                      amount_edit_text(line.unit_price, self.currency_code(), locale) if self.currency_code()
                      else edit_text(line.unit_price, locale), edit_text(line.tax_rate.normalize(), locale), "",
                      self._company_text(line.company_id),
                      period_text(line.start, line.end) if line.start and line.end else ""]
        self._originals.append(line)
        billed = None
        if line is not None and line.start and line.end:
            billed = self.tr("Billed for %1 to %2").replace("%1", fmt_date(line.start)).replace(
                "%2", fmt_last_day(line.end))
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            if col in (1, 2, 3, AMOUNT):
                item.setTextAlignment(RIGHT)
            if col >= AMOUNT:  # worked out or as billed: not typed
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setBackground(self.palette().window())
                if billed and col in (AMOUNT, PERIOD):
                    item.setToolTip(billed)
                if col == COMPANY and value:
                    item.setToolTip(self.tr("This line bills company %1").replace("%1", value))
            self.table.setItem(row, col, item)
        self._show_amount(self.table.item(row, 1))

    def _company_text(self, company_id: int | None) -> str:
        """"Contoso Ltd (c1)": the company a line is for, on a reseller's invoice; blank otherwise."""
        if not self._companies or company_id is None:
            return ""
        code, name = self._companies.get(company_id, (str(company_id), ""))
        return f"{name} ({code})" if name else code

    def _amount(self, row: int) -> Decimal | None:
        """The row's amount: kept from the engine while quantity and price are as they came, else
        quantity x price (a billed line's: times its share of the period, rounded as the draft's save rounds
        it); None while either cell is not a number."""
        cell = lambda col: (self.table.item(row, col).text() if self.table.item(row, col) else "")  # noqa: E731
        quantity, unit = _typed(cell(1)), _typed(cell(2))
        if quantity is None or unit is None:
            return None
        original = self._originals[row]
        if original is not None and original.amount is not None and (quantity, unit) == (
                original.quantity, original.unit_price):
            return original.amount
        if original is not None and original.share is not None and original.share != 1 and self.currency_code():
            return round_money(Fraction(quantity) * Fraction(unit) * original.share, self.currency_code())
        return quantity * unit

    def _show_amounts(self) -> None:
        """Every row's amount again (the currency, and so its decimals, changed)."""
        for row in range(self.table.rowCount()):
            self._show_amount(self.table.item(row, 1))

    def _show_amount(self, item: QTableWidgetItem | None) -> None:
        if item is None or item.column() not in (1, 2):
            return
        row = item.row()
        target = self.table.item(row, 4)
        if target is None:
            return
        amount = self._amount(row)
        text = ""
        if amount is not None:
            currency = self.currency_code()
            digits = minor_digits(currency) if currency else 2
            rounded = amount.quantize(Decimal(1).scaleb(-digits))
            text = fmt_amount(rounded, currency) if currency else edit_text(rounded, ui_language())
        if target.text() != text:
            target.setText(text)

    def _customer_entered(self) -> None:
        code = self.customer_code()
        if not code or self._lookup is None or code == self._looked_up:
            return
        self._looked_up = code
        self.customer_hint.setText(self.tr("Looking up %1…").replace("%1", code))

        def done(found) -> None:
            if code != self.customer_code():
                return  # typed on since
            currency, rate = found
            i = self.currency.findData(currency)
            if i >= 0:
                self.currency.setCurrentIndex(i)
            old, self._default_rate = self._default_rate, edit_text(rate.normalize(), ui_language())
            for row in range(self.table.rowCount()):  # rates still as they came follow the customer's
                item = self.table.item(row, 3)
                if self._originals[row] is None and item is not None and item.text() == old:
                    item.setText(self._default_rate)
            self.customer_hint.setText(self.tr("Currency %1, tax %2 %").replace("%1", currency).replace(
                "%2", self._default_rate))

        def failed(error) -> None:
            if code == self.customer_code():
                self.customer_hint.setText(error_text(error).replace("\n", "; "))
        self._lookup(code, done, failed)

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._originals[row]

    def customer_code(self) -> str:
        return self.customer.text().strip()

    def currency_code(self) -> str:
        return self.currency.currentData() or ""

    def lines(self) -> list[ManualLine]:
        """The lines as typed; raises ProrataError naming the first bad cell."""
        currency = self.currency_code()
        out = []
        for row in range(self.table.rowCount()):
            text = lambda col: (self.table.item(row, col).text() if self.table.item(row, col) else "")  # noqa
            description = text(0).strip()
            if not description and not any(text(c).strip() for c in (2,)):
                continue  # an untouched empty line
            where = self.tr("line %1").replace("%1", str(row + 1))
            if not description:
                raise ProrataError.of("missing", where=where, field=self.tr("description"))
            locale = ui_language()
            original = self._originals[row]
            quantity = _quantity(text(1), locale, self.tr("line %1, quantity").replace("%1", str(row + 1)), original)
            if quantity is None:
                raise ProrataError.of("missing", where=where, field=self.tr("quantity"))
            unit = read_amount(text(2), locale, currency, allow_negative=True,
                               where=self.tr("line %1, unit price").replace("%1", str(row + 1)))
            if unit is None:
                raise ProrataError.of("missing", where=where, field=self.tr("unit price"))
            rate = read_tax_rate(text(3), locale, self.tr("line %1, tax rate").replace("%1", str(row + 1)))
            rate = Decimal(0) if rate is None else rate
            desc = dict(original.description) if original else {}
            desc[self._language if self._language in desc or not desc else next(iter(desc))] = description
            if original is None:
                out.append(ManualLine(description=desc, quantity=quantity, unit_price=unit, tax_rate=rate))
            elif (quantity, unit) == (original.quantity, original.unit_price):
                out.append(replace(original, description=desc, tax_rate=rate))
            else:  # changed by hand: the save works the amount out again (its share of the period kept)
                out.append(replace(original, description=desc, quantity=quantity, unit_price=unit,
                                   tax_rate=rate, amount=None))
        if not out:
            raise ProrataError.of("no_lines")
        return out

    def accept(self) -> None:
        try:
            if self._customer_choice and not self.customer_code():
                raise ProrataError.of("missing", field=self.tr("customer code"))
            self.lines()
        except ProrataError as error:
            show_error(self, error)
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title or self.tr("New manual invoice"))
        self.customer_label.setText(self.tr("Customer code:"))
        self.customer.setPlaceholderText(self.tr("a company's or a reseller's code"))
        self.currency_label.setText(self.tr("Currency:"))
        self.table.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Quantity"),
                                              self.tr("Unit price"), self.tr("Tax rate (%)"),
                                              self.tr("Amount"), self.tr("Company"), self.tr("Period")])
        self.add_button.setText(self.tr("&Add line"))
        self.remove_button.setText(self.tr("&Remove line"))
        self.note.setText(self.tr("The invoice is saved as a draft; issue it to give it a number. "
                                  "Unit prices take the currency's decimals; a negative price makes a "
                                  "discount line. A billed line keeps its amount; with another quantity or "
                                  "price it still bills the same share of its billing period (12 days of a "
                                  "31-day month: quantity x price x 12/31)."))


def _quantity(text: str, locale: str, where: str, original: ManualLine | None) -> Decimal | None:
    """The quantity typed (``read_quantity``: 0 or more), or on a give-back the billing run wrote (a billed line
    with a negative quantity) a negative one: kept or changed, it still gives back (the save checks its size)."""
    try:
        return read_quantity(text, locale, where)
    except ProrataError as exc:
        if original is None or exc.problems[0].id != "negative_quantity" or original.kind == "manual" \
                or original.quantity >= 0:
            raise
        typed = read_number(text, locale, where)
        return original.quantity if typed == original.quantity else typed
