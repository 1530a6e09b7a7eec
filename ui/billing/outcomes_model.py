"""What a billing run did (or would do) per company and boundary, as a table."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.billing.run import CompanyOutcome, ResellerOutcome
from app.translation import translator
from ui.formatting import fmt_date, fmt_money, tr

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FAILED = QColor(255, 218, 218)


def outcome_words(outcome: str, dry_run: bool) -> str:
    if dry_run:
        return {"billed": tr("Will be invoiced"), "deferred": tr("Will be deferred (under the minimum)"),
                "nothing": tr("Nothing to bill"), "failed": tr("Error"),
                "skipped": tr("Skipped")}.get(outcome, outcome)
    return {"billed": tr("Invoiced"), "deferred": tr("Deferred (under the minimum)"),
            "nothing": tr("Nothing to bill"), "failed": tr("Error"), "skipped": tr("Skipped")}.get(outcome, outcome)


def kind_words(kind: str | None) -> str:
    return {None: "", "invoice": tr("Invoice"), "credit_note": tr("Credit note"),
            "wholesale": tr("Wholesale invoice"), "statement": tr("Statement")}.get(kind, kind or "")


class OutcomesModel(QAbstractTableModel):
    """Rows of CompanyOutcome (and ResellerOutcome: the invoices and statements to resellers):
    customer, boundary, outcome, total, document, note."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CompanyOutcome | ResellerOutcome] = []
        self._names: dict[str, str] = {}
        self._dry_run = True

    def set_outcomes(self, outcomes: list[CompanyOutcome | ResellerOutcome], dry_run: bool) -> None:
        self.beginResetModel()
        # What needs a clerk's eye first: errors, then invoices, then the rest.
        order = {"failed": 0, "billed": 1, "deferred": 2, "skipped": 3, "nothing": 4}
        self._rows = sorted(outcomes, key=lambda o: (order.get(o.outcome, 9), o.boundary, o.code))
        self._dry_run = dry_run
        self.endResetModel()

    def set_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rows(self) -> list[CompanyOutcome | ResellerOutcome]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [self.tr("Customer"), self.tr("Billing date"), self.tr("Outcome"), self.tr("Total"),
                self.tr("Document"), self.tr("Note")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 6:
            return self.headers()[section]
        return None

    def _cell(self, o: CompanyOutcome | ResellerOutcome, column: int) -> str:
        if column == 0:
            name = self._names.get(o.code)
            who = f"{name} ({o.code})" if name else o.code
            return self.tr("Reseller %1").replace("%1", who) if isinstance(o, ResellerOutcome) else who
        if column == 1:
            return fmt_date(o.boundary)
        if column == 2:
            return outcome_words(o.outcome, self._dry_run)
        if column == 3:
            return fmt_money(Decimal(o.total), o.currency) if o.total is not None else ""
        if column == 4:
            return kind_words(o.kind)
        return o.reason_in(translator(QLocale().name())) or ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < 6):
            return None
        o = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(o, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and o.outcome == "failed":
            return QBrush(FAILED)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))
