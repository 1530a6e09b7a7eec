"""One invoice's lines as a table: kind, description, quantity, unit price, period, amount."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ui.formatting import fmt_money
from ui.invoices.list_model import iso, period_text
from ui.invoices.words import line_kind_words

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class InvoiceLinesModel(QAbstractTableModel):
    """The ``lines`` of ``invoice_json``; money in the invoice's currency."""

    numeric = frozenset({2, 3, 5})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[dict] = []
        self._currency: str | None = None
        self._names: dict[str, str] = {}

    def set_invoice(self, data: dict | None) -> None:
        self.beginResetModel()
        self._lines = list(data["lines"]) if data else []
        self._currency = data["currency"] if data else None
        self._names = dict(data.get("names", {})) if data else {}
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Type"), self.tr("Description"), self.tr("Quantity"), self.tr("Unit price"),
                self.tr("Period"), self.tr("Amount")]

    def _cell(self, ln: dict, column: int) -> str:
        if column == 0:
            return line_kind_words(ln["kind"])
        if column == 1:
            text = ln["description"] if ln["description"] != ln["kind"] else line_kind_words(ln["kind"])
            extra = []
            if ln.get("company"):
                code = ln["company"]
                extra.append(f"{self._names[code]} ({code})" if code in self._names else code)
            if ln.get("user"):
                extra.append(ln["user"])
            return f"{text} — {', '.join(extra)}" if extra else text
        if column == 2:
            return ln["quantity"]
        if column == 3:
            return fmt_money(Decimal(ln["unit_price"]), self._currency)
        if column == 4:
            return period_text(iso(ln["start"]), iso(ln["end"]))
        return fmt_money(Decimal(ln["amount"]), self._currency)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < 6):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric:
            return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._lines)) or not (0 <= index.column() < 6):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(self._lines[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(RIGHT)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 5))
