"""The invoices a collection left to follow up: customer, invoice, how, amount, why; sortable by any column."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.payments.collection import Line
from ui.formatting import fmt_money
from ui.payments.collection_words import reason_words

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER, INVOICE, METHOD, AMOUNT, REASON = range(5)


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


def collection_method_words(method: str) -> str:
    return {"card": tr("Card"), "sepa": tr("SEPA direct debit"), "ach": tr("ACH debit")}.get(method, method)


class FollowUpModel(QAbstractTableModel):
    """Rows of collection.Line; ``sort`` orders them in place (amounts as numbers, within a currency)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[Line] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_lines(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()
        if self._sort is not None:
            self.sort(*self._sort)

    def line(self, row: int) -> Line | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def headers(self) -> list[str]:
        return [self.tr("Customer"), self.tr("Invoice"), self.tr("Method"), self.tr("Amount"),
                self.tr("Why it was not collected")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < 5):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == AMOUNT:
            return int(RIGHT)
        return None

    def _text(self, ln: Line, column: int) -> str:
        if column == CUSTOMER:
            return ln.customer
        if column == INVOICE:
            return ln.invoice
        if column == METHOD:
            return collection_method_words(ln.method)
        if column == AMOUNT:
            return fmt_money(ln.amount, ln.currency)
        return reason_words(ln.status, ln.reason, ln.problems)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        ln = self.line(index.row()) if index.isValid() else None
        if ln is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ln, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == REASON:  # the words, and what was said
            words = self._text(ln, REASON)
            return words + (f"\n({ln.reason})" if ln.reason and ln.reason not in words else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == AMOUNT:
            return int(RIGHT)
        if role == LINE_ROLE:
            return ln
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < 5):
            self._sort = None  # the order the collection met them in
            return
        self._sort = (column, order)

        def key(ln: Line):
            if column == AMOUNT:
                return (ln.currency, ln.amount)
            return (self._text(ln, column).casefold(), ln.invoice)
        self.layoutAboutToBeChanged.emit()
        before = list(self._lines)
        self._lines.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(ln): row for row, ln in enumerate(self._lines)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(where[id(before[i.row()])], i.column()) for i in old])
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 4))
