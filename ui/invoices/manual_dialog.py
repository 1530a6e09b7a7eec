"""A dialog for invoice lines: a new manual invoice, or a draft's lines to edit.

Each line is a description, a quantity, a unit price in the invoice's
currency and a tax rate in per cent. The dialog checks every cell and says
which one is wrong before anything is sent to the worker.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from app.errors import MESSAGES, ProrataError
from app.money import parse_amount
from app.services.invoices import ManualLine
from ui.dialogs.messages import show_error
from ui.prices.matrix_model import amount_text

MESSAGES.setdefault("bad_quantity", "{value!r} is not a quantity (write a number such as 2 or 1.5)")
MESSAGES.setdefault("bad_tax_rate", "{value!r} is not a tax rate in per cent (such as 19 or 7.5)")
MESSAGES.setdefault("no_lines", "an invoice needs at least one line with a description")

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _number(text: str, error_id: str, where: str) -> Decimal:
    t = amount_text(text) or ""
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise ProrataError.of(error_id, where=where, value=text) from None
    if not value.is_finite():
        raise ProrataError.of(error_id, where=where, value=text)
    return value


class InvoiceLinesDialog(QDialog):
    """Lines of an invoice; with ``customer_choice`` also the customer and currency of a new one."""

    def __init__(self, parent=None, *, currencies: list[str] | None = None, currency: str | None = None,
                 lines: list[ManualLine] | None = None, language: str = "en", title: str = "",
                 customer_choice: bool = True):
        super().__init__(parent)
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
        form = QFormLayout()
        form.addRow(self.customer_label, self.customer)
        form.addRow(self.currency_label, self.currency)
        self.customer_label.setVisible(customer_choice)
        self.customer.setVisible(customer_choice)
        self.currency.setEnabled(customer_choice)

        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(100)
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
        self._kinds: list[tuple[str, int | None, dict]] = []
        for ln in lines or []:
            self.add_line(ln)
        if not lines:
            self.add_line()
        self.resize(760, 420)
        self.retranslate()

    def add_line(self, line: ManualLine | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if line is None:
            values = ["", "1", "", "0"]
            self._kinds.append(("manual", None, {}))
        else:
            text = line.description.get(self._language) or next(iter(line.description.values()), "")
            values = [text, format(line.quantity.normalize(), "f"), str(line.unit_price),
                      format(line.tax_rate.normalize(), "f")]
            self._kinds.append((line.kind, line.plan_id, dict(line.description)))
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            if col:
                item.setTextAlignment(RIGHT)
            self.table.setItem(row, col, item)

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._kinds[row]

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
            quantity = _number(text(1), "bad_quantity", where)
            price_text = amount_text(text(2))
            if price_text is None:
                raise ProrataError.of("missing", where=where, field=self.tr("unit price"))
            unit = parse_amount(price_text, currency, allow_negative=True)
            rate = _number(text(3) or "0", "bad_tax_rate", where)
            kind, plan_id, old = self._kinds[row]
            desc = dict(old)
            desc[self._language if self._language in desc or not desc else next(iter(desc))] = description
            out.append(ManualLine(description=desc, quantity=quantity, unit_price=unit, tax_rate=rate,
                                  kind=kind, plan_id=plan_id))
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
                                              self.tr("Unit price"), self.tr("Tax rate (%)")])
        self.add_button.setText(self.tr("&Add line"))
        self.remove_button.setText(self.tr("&Remove line"))
        self.note.setText(self.tr("The invoice is saved as a draft; issue it to give it a number. "
                                  "Unit prices take the currency's decimals; a negative price makes a "
                                  "discount line."))
