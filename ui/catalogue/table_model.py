"""A read-only table of catalogue records (plans, services, extra items) and the filter-and-sort proxy on it.

The catalogue is small (dozens to a few hundred records) and read whole in one worker call, so the model
holds the records and the proxy filters and sorts them in memory: a filter or a sort never waits on the
database. Each column says how it shows a record and how it sorts it (dates by date, amounts by value,
blanks last). A retired record is greyed and says since when in its tooltip.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # a key of one type for every record; None sorts by the text
    right: bool = False
    tooltip: Callable[[Any], str | None] | None = None


class RecordModel(QAbstractTableModel):
    """Rows of records, each with a ``code``; a record whose ``retired`` is true is shown greyed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._columns: list[Column] = []
        self.retired_tooltip: Callable[[Any], str] | None = None

    def set_columns(self, columns: list[Column]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int):
        return self._rows[row]

    def records(self) -> list:
        return list(self._rows)

    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.right else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self._columns)):
            return None
        record, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.text(record).casefold()
        if role == CODE_ROLE:
            return record.code
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT) if column.right else None
        if role == Qt.ItemDataRole.ForegroundRole and getattr(record, "retired", False):
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole:
            if getattr(record, "retired", False) and self.retired_tooltip is not None:
                return self.retired_tooltip(record)
            return column.tooltip(record) if column.tooltip else None
        return None

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))


class RecordFilter(QSortFilterProxyModel):
    """Keeps the records ``accepts`` keeps; sorts by each column's sort key (blanks last either way)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._accepts: Callable[[Any], bool] = lambda _r: True
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, accepts: Callable[[Any], bool]) -> None:
        self.beginFilterChange()
        self._accepts = accepts
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        if model is None or source_parent.isValid():
            return True
        return bool(self._accepts(model.record(source_row)))

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None or a == "" or b == "":  # blanks after every value, in either order
            blank_a, blank_b = a is None or a == "", b is None or b == ""
            if blank_a != blank_b:
                return blank_b if self.sortOrder() == Qt.SortOrder.AscendingOrder else blank_a
            return left.data(CODE_ROLE) < right.data(CODE_ROLE)
        if a == b:
            return left.data(CODE_ROLE) < right.data(CODE_ROLE)
        return a < b

    def code_at(self, row: int) -> str | None:
        return self.index(row, 0).data(CODE_ROLE) if 0 <= row < self.rowCount() else None

    def row_of(self, code: str) -> int:
        source = self.sourceModel().row_of(code)
        if source < 0:
            return -1
        return self.mapFromSource(self.sourceModel().index(source, 0)).row()
