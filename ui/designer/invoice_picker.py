"""Choosing a real invoice to preview a template on: a search box over the issuer's invoices (number,
customer code or name), answered on the worker as the user types."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from app.services import template_designer
from ui.formatting import fmt_date, fmt_money


class InvoicePicker(QDialog):
    """Modal; ``chosen`` is the picked invoice's row (see template_designer.find_invoices) once accepted."""

    def __init__(self, worker, issuer: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview on an invoice"))
        self.worker = worker
        self.issuer = issuer
        self.chosen: dict | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Number, customer code or name"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.count = QLabel()
        self.count.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.results, 1)
        lay.addWidget(self.count)
        lay.addWidget(self.buttons)
        self.resize(560, 420)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._asked = 0
        self.find()

    def find(self) -> None:
        self._asked += 1
        asked, text, issuer = self._asked, self.search.text(), self.issuer
        self.worker.run(lambda s: template_designer.find_invoices(s, issuer, text),
                        on_done=lambda rows: self._found(asked, rows))

    def _found(self, asked: int, rows: list[dict]) -> None:
        if asked != self._asked:
            return  # a newer search is on its way
        self.results.clear()
        for row in rows:
            text = "   ".join(x for x in (row["label"], f"{row['customer_name']} ({row['customer']})",
                                          fmt_date(row["issue_date"]), fmt_money(row["total"], row["currency"]),
                                          row["status"]) if x)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        self.count.setText(self.tr("No invoice matches.") if not rows else
                           self.tr("The newest %Ln invoice(s) that match.", "", len(rows)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(rows))

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
