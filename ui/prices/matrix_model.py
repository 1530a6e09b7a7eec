"""The price matrix as a table model: one row per plan, one column per price layer.

Reads and writes go through the worker; an edit is read in the UI's locale
and checked like every amount (``app.values.typed.read_amount``: sign, limit,
the currency's minor units; no database) before it is sent,
and the matrix is read again once it is saved.

Two edits ask first (``ask``, set by the widget): clearing a cell removes the price in force on the
chosen day from the day it began (``app.services.price_removal``: a price cannot be withdrawn from a later
day), and a retail price below the reseller's cost (or a cost above its retail) sells at a loss.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.errors import ProrataError
from app.models import Layer
from app.money import to_text
from app.values.typed import amount_edit_text, read_amount
from app.services import price_matrix, price_removal
from app.services.price_matrix import MatrixRow
from ui.formatting import basis_words, fmt_date, fmt_money, ui_language

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HOLE_TINT = QColor(255, 228, 181)  # a soft amber: "something is missing here"
NEGATIVE = QColor(176, 0, 32)


@dataclass(frozen=True)
class Column:
    key: str  # plan | basis | wholesale | cost | retail | margin
    layer: str | None = None  # the price layer an edit writes, None when read-only


class PriceMatrixModel(QAbstractTableModel):
    """Plans x layers for one currency and seller, on one day; editable price cells."""

    sig_error = Signal(object)
    """Reading or saving failed, or an edit was refused: the ProrataError."""

    sig_loaded = Signal()
    """The matrix was (re)read."""

    sig_saved = Signal(str, str, str)
    """A price was saved: (plan name, column title, amount as shown)."""

    sig_removed = Signal(str, str, str)
    """A price was removed: (plan name, column title, the sentence for the status bar)."""

    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._rows: list[MatrixRow] = []
        self._currency: str | None = None
        self._seller: str = "hoster"
        self._seller_name: str = ""
        self._on: date = date.today()
        self._columns: list[Column] = self._columns_for("hoster")
        self._starts: dict[tuple[str, str], date | None] = {}
        self._request = 0
        self.loading = False
        self.ask: Callable[[str, str], bool] = lambda _title, _question: True
        self.locked_layers: set[str] = set()  # column keys this login may not change (ui/login_scope.py)
        """Asks the clerk a yes/no question (title, question); the widget sets it to a message box."""

    # --- what is shown ---------------------------------------------------------

    @staticmethod
    def _columns_for(seller: str) -> list[Column]:
        if seller == "hoster":
            # The hoster sells its own retail prices to direct companies: no cost, no margin.
            return [Column("plan"), Column("basis"), Column("retail", Layer.RETAIL.value)]
        return [Column("plan"), Column("basis"), Column("wholesale", Layer.WHOLESALE.value),
                Column("cost", Layer.WHOLESALE_OVERRIDE.value), Column("retail", Layer.RETAIL.value),
                Column("margin")]

    def show(self, currency: str, seller: str, on: date, seller_name: str = "") -> None:
        """Read the matrix for ``currency`` and ``seller`` with prices in force on ``on``."""
        changed_shape = seller != self._seller or currency != self._currency
        self._currency, self._seller, self._on = currency, seller, on
        self._seller_name = seller_name or seller
        if changed_shape:
            self.beginResetModel()
            self._columns = self._columns_for(seller)
            self._rows = []
            self.endResetModel()
        self.reload()

    def reload(self) -> None:
        if self._currency is None:
            return
        self._request += 1
        request, currency, seller, on, lang = self._request, self._currency, self._seller, self._on, ui_language()
        self.loading = True

        def done(found) -> None:
            if request != self._request:
                return
            rows, self._starts = found
            self.loading = False
            self.beginResetModel()
            self._rows = sorted(rows, key=lambda r: (r.plan_name.casefold(), r.plan_code))
            self.endResetModel()
            self.sig_loaded.emit()

        def failed(error) -> None:
            if request == self._request:
                self.loading = False
                self.beginResetModel()
                self._rows = []
                self.endResetModel()
            self.sig_error.emit(error)
        self._worker.run(lambda s: (price_matrix.matrix(s, currency, seller, on=on, language=lang),
                                    price_removal.starts(s, currency, seller, on)),
                         on_done=done, on_error=failed)

    def currency(self) -> str | None:
        return self._currency

    def seller(self) -> str:
        return self._seller

    def rows(self) -> list[MatrixRow]:
        return list(self._rows)

    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def holes(self, row: MatrixRow) -> list[str]:
        """The layers this seller needs and the plan lacks (the hoster needs no wholesale)."""
        if self._seller == "hoster":
            return [] if row.retail is not None else ["retail"]
        return [k for k, v in (("wholesale", row.wholesale), ("retail", row.retail)) if v is None]

    def hole_count(self) -> int:
        return sum(1 for r in self._rows if self.holes(r))

    def _title(self, key: str) -> str:
        return {
            "plan": self.tr("Plan"),
            "basis": self.tr("Billed"),
            "wholesale": self.tr("Wholesale"),
            "cost": self.tr("Reseller's cost"),
            "retail": self.tr("Retail"),
            "margin": self.tr("Margin"),
        }[key]

    def _value(self, row: MatrixRow, key: str):
        return {"wholesale": row.wholesale, "cost": row.cost, "retail": row.retail,
                "margin": row.margin}.get(key)

    # --- Qt model ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        key = self._columns[section].key
        if role == Qt.ItemDataRole.DisplayRole:
            title = self._title(key)
            return f"{title} ({self._currency})" if self._currency and key not in ("plan", "basis") else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "wholesale": self.tr("The hoster's price to every reseller."),
                "cost": self.tr("What this reseller pays: its own negotiated price, else wholesale."),
                "retail": self.tr("What the seller charges its companies."),
                "margin": self.tr("Retail minus the reseller's cost."),
            }.get(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("plan", "basis"):
            return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        key = self._columns[index.column()].key
        value = self._value(row, key)
        holes = self.holes(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "plan":
                return row.plan_name
            if key == "basis":
                return basis_words(row.basis)
            return fmt_money(value, self._currency) if value is not None else ""
        if role == Qt.ItemDataRole.EditRole:
            if key in ("plan", "basis"):
                return self.data(index, Qt.ItemDataRole.DisplayRole)
            return amount_edit_text(value, self._currency, ui_language())
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("plan", "basis"):
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and key in holes:
            return QBrush(HOLE_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and key == "margin" and value is not None and value < 0:
            return QBrush(NEGATIVE)
        if role == Qt.ItemDataRole.FontRole and key == "cost" and row.cost_overridden:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key, holes)
        return None

    def _tooltip(self, row: MatrixRow, key: str, holes: list[str]) -> str | None:
        if key == "plan":
            text = f"{row.plan_name} · {row.plan_code}"
            if holes:
                text += "\n" + self.tr("Missing prices in %1: %2").replace("%1", self._currency or "").replace(
                    "%2", ", ".join(self._title(h) for h in holes))
            return text
        if key in holes:
            if key == "wholesale":
                text = self.tr("No wholesale price in %1: this reseller's companies on this plan cannot be "
                               "billed in %1. Double-click to set one.")
            else:
                text = self.tr("No retail price in %1: companies on this plan cannot be billed in %1. "
                               "Double-click to set one.")
            return text.replace("%1", self._currency or "")
        if key == "cost":
            if row.cost_overridden:
                return self.tr("%1's own price (wholesale is %2). Clear it to fall back to wholesale.").replace(
                    "%1", self._seller_name).replace("%2", fmt_money(row.wholesale, self._currency)
                                                      if row.wholesale is not None else "—")
            return self.tr("The wholesale price; type an amount to give %1 its own price.").replace(
                "%1", self._seller_name)
        if key in ("wholesale", "retail"):
            return self.tr("Double-click to change the price from the chosen date on.")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if 0 <= index.column() < len(self._columns) and self._columns[index.column()].layer \
                and self._columns[index.column()].key not in self.locked_layers:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check the typed amount, then save it on the worker; False (and sig_error) when refused.

        An empty cell means: remove this layer's price in force on the chosen day, from the day it began
        (for the reseller's cost: fall back to wholesale), once the clerk agrees.
        """
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return False
        column = self._columns[index.column()]
        if column.layer is None:
            return False
        row = self._rows[index.row()]
        currency, on, seller = self._currency, self._on, self._seller
        try:
            amount = read_amount(str(value), ui_language(), currency)
        except ProrataError as error:
            self.sig_error.emit(error)
            return False
        if amount is None:
            return self._remove(row, column)
        if amount == self._value(row, column.key) and not (column.key == "cost" and not row.cost_overridden):
            return False  # unchanged
        if not self._loss_accepted(row, column.key, amount):
            return False
        text = to_text(amount, currency)
        layer = column.layer
        reseller = None if layer == Layer.WHOLESALE.value else seller

        def save(s):
            price_matrix.set_price(s, layer=layer, plan=row.plan_code, currency=currency, amount=text,
                                   valid_from=on, reseller=reseller)

        def done(_) -> None:
            self.sig_saved.emit(row.plan_name, self._title(column.key), fmt_money(amount, currency))
            self.reload()
        self._worker.run(save, on_done=done, on_error=self.sig_error.emit)
        return True

    def _loss_accepted(self, row: MatrixRow, key: str, amount: Decimal) -> bool:
        """True unless the edit leaves the seller's retail below the reseller's cost and the clerk says no."""
        if self._seller == "hoster" or key not in ("retail", "cost", "wholesale"):
            return True
        retail = amount if key == "retail" else row.retail
        if key == "cost" or (key == "wholesale" and not row.cost_overridden):
            cost = amount
        else:
            cost = row.cost
        if retail is None or cost is None or retail >= cost:
            return True
        if key != "retail" and row.retail is not None and row.cost is not None and row.retail < row.cost \
                and cost <= row.cost:
            return True  # already at a loss, and no worse: nothing new to warn about
        cur = self._currency
        question = self.tr(
            "%1 would sell %2 below cost: retail %3, the reseller's cost %4, a loss of %5 a unit.\n\n"
            "Save it anyway?").replace("%1", self._seller_name).replace("%2", row.plan_name).replace(
            "%3", fmt_money(retail, cur)).replace("%4", fmt_money(cost, cur)).replace(
            "%5", fmt_money(cost - retail, cur))
        return self.ask(self.tr("Retail below cost"), question)

    def _remove(self, row: MatrixRow, column: Column) -> bool:
        """An emptied cell: remove the price in force on the chosen day, from the day it began, after asking."""
        if self._value(row, column.key) is None or (column.key == "cost" and not row.cost_overridden):
            return False  # nothing of this layer's own to remove
        cur, on, seller, layer = self._currency, self._on, self._seller, column.layer
        value = row.cost if column.key == "cost" else self._value(row, column.key)
        since = self._starts.get((row.plan_code, layer), None)
        began = (self.tr("since %1").replace("%1", fmt_date(since)) if since is not None
                 else self.tr("with no start date"))
        if column.key == "cost":
            after = self.tr("%1 pays wholesale (%2) again.").replace("%1", self._seller_name).replace(
                "%2", fmt_money(row.wholesale, cur) if row.wholesale is not None else "—")
        else:
            after = self.tr("The price before it applies again; without one, %1 cannot be billed in %2.").replace(
                "%1", row.plan_name).replace("%2", cur or "")
        question = self.tr("Remove this price?\n\n%2 · %1: %3, in force %4.\n\nIt is removed from the day it "
                           "began: periods billed from then on would be billed without it. %5").replace(
            "%1", self._title(column.key)).replace("%2", row.plan_name).replace(
            "%3", fmt_money(value, cur)).replace("%4", began).replace("%5", after)
        if not self.ask(self.tr("Remove a price"), question):
            return False
        reseller = None if layer == Layer.WHOLESALE.value else seller

        def remove(s):
            return price_removal.remove_in_force(s, layer=layer, plan=row.plan_code, currency=cur, on=on,
                                                 reseller=reseller)

        def done(removed) -> None:
            text = self.tr("%1 · %2: removed %3 (in force %4).").replace("%1", row.plan_name).replace(
                "%2", self._title(column.key)).replace("%3", fmt_money(removed.amount, cur)).replace(
                "%4", self.tr("since %1").replace("%1", fmt_date(removed.since)) if removed.since
                else self.tr("with no start date"))
            self.sig_removed.emit(row.plan_name, self._title(column.key), text)
            self.reload()
        self._worker.run(remove, on_done=done, on_error=self.sig_error.emit)
        return True

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
