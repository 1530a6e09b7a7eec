"""The audit log as a table: when (local time), who, what they did in a sentence, and the details.

Rows are ``ReadableEntry`` (app/services/audit_log.py); the words come from ui/audit/words.py, so no
action code, entity key or JSON reaches the screen. Sorting (a click on a header) orders the rows read.
"""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.services.audit_log import ReadableEntry
from ui.audit.words import details_text, sentence_text
from ui.formatting import fmt_date

COLUMNS = ("at", "actor", "what", "details")


def local_time(moment: datetime | str) -> str:
    """A stored UTC time in the user's time zone: the locale's date and HH:MM."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    moment = moment.replace(tzinfo=timezone.utc).astimezone()
    return f"{fmt_date(moment.date())} {moment:%H:%M}"


class AuditLogModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ReadableEntry] = []
        self._texts: list[tuple[str, str]] = []  # (sentence, details) per row, in the current language
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: list[ReadableEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._render()
        self._order()
        self.endResetModel()

    def entry(self, row: int) -> ReadableEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _render(self) -> None:
        self._texts = [(sentence_text(r.sentence), details_text(r.sentence)) for r in self._rows]

    def _key(self, column: int):
        key = COLUMNS[column]
        if key == "at":
            return lambda i: (self._rows[i].at, self._rows[i].id)
        if key == "actor":
            return lambda i: self._rows[i].actor.casefold()
        if key == "what":
            return lambda i: self._texts[i][0].casefold()
        return lambda i: self._texts[i][1].casefold()

    def _order(self) -> None:
        column, order = self._sort
        if not self._rows:
            return
        ranks = sorted(range(len(self._rows)), key=self._key(column),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in ranks]
        self._texts = [self._texts[i] for i in ranks]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order()
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return {"at": self.tr("When"), "actor": self.tr("Who"), "what": self.tr("What happened"),
                    "details": self.tr("Details")}[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, key = self._rows[index.row()], COLUMNS[index.column()]
        sentence, details = self._texts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "at":
                return local_time(r.at)
            if key == "actor":
                return r.actor
            if key == "what":
                return sentence
            return details if len(details) <= 100 else details[:99] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [sentence] + [line for line in details_text(r.sentence, "\n").splitlines() if line]
            return "\n".join(lines)
        return None

    def retranslate(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._render()
        self.layoutChanged.emit()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
