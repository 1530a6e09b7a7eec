"""The review file's invoices as a table: invoice, customer, total, and the reviewer's verdict."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.review.answers import Answer
from app.review.package import Entry
from ui.formatting import fmt_money

COLUMNS = ("invoice", "customer", "total", "verdict")


class ReviewListModel(QAbstractTableModel):
    """Rows are the file's entries in its order; ``answers`` by invoice id."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.answers: dict[int, Answer] = {}

    def reset(self, entries: list[Entry], answers: dict[int, Answer]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.answers = dict(answers)
        self.endResetModel()

    def set_answer(self, row: int, answer: Answer | None) -> None:
        entry = self.entries[row]
        if answer is None:
            self.answers.pop(entry.id, None)
        else:
            self.answers[entry.id] = answer
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Invoice"), self.tr("Customer"), self.tr("Total"), self.tr("Verdict"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        col = COLUMNS[index.column()]
        answer = self.answers.get(e.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "invoice":
                return e.label
            if col == "customer":
                return e.customer_name
            if col == "total":
                return fmt_money(Decimal(e.total), e.currency)
            if col == "verdict":
                if answer is None:
                    return ""
                return self.tr("Approved") if answer.verdict == "approved" else self.tr("Queried")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "customer":
                return e.customer
            if col == "verdict" and answer is not None and answer.comment:
                return answer.comment
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == "verdict" and answer is not None:
            return QColor("#1b6e2a") if answer.verdict == "approved" else QColor("#9a5b00")
        return None
