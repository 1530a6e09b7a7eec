"""The audit log as a table: when (local time), who, what was done to what, before and after."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ui.formatting import fmt_date

COLUMNS = ("at", "actor", "action", "what", "before", "after")


def local_time(stamp: str) -> str:
    """A stored UTC time (ISO text) in the user's time zone: the locale's date and HH:MM."""
    moment = datetime.fromisoformat(stamp).replace(tzinfo=timezone.utc).astimezone()
    return f"{fmt_date(moment.date())} {moment:%H:%M}"


def brief(value) -> str:
    """A before or after in one line: ``key: value, ...``; an unset value shows as a dash."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items())
    return _scalar(value)


def _scalar(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class AuditLogModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {"at": self.tr("When"), "actor": self.tr("Who"), "action": self.tr("Did"),
                    "what": self.tr("To"), "before": self.tr("Before"), "after": self.tr("After")}[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, key = self._rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "at":
                return local_time(r["at"])
            if key == "what":
                return f"{r['entity']} {r['entity_id']}" if r["entity_id"] else r["entity"]
            if key in ("before", "after"):
                text = brief(r[key])
                if role == Qt.ItemDataRole.ToolTipRole:
                    return json.dumps(r[key], ensure_ascii=False, indent=2) if r[key] is not None else None
                return text if len(text) <= 80 else text[:77] + "…"
            return r[key]
        return None
