"""A company's prices on its page: the seller's price per plan, the company's own, and what it pays.

The "Own price" column is the per-company override layer of the price
matrices: typing an amount sets it from the chosen day on; clearing it removes
the own price in force (after asking: that reaches back to the day it began),
so the price before it applies again. "End own price from…" ends the selected
plan's own price from a later day (``ui.tenants.end_own_price``): from then the
company pays its seller's price, with its later changes; on a day after that the
"Own price" cell says "ended" and from when. Reads and writes go through the worker,
like every screen; edits wait while the prices are being read.
"""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout)

from app.errors import ProrataError
from app.models import Layer
from app.money import parse_amount, to_text
from app.values.typed import amount_edit_text, read_amount
from app.services import price_matrix
from app.services.price_matrix import CompanyPriceRow
from ui.dialogs.date_edit import DateEdit, short_format
from ui.dialogs.messages import sentence
from ui.formatting import basis_words, fmt_date, fmt_money, ui_language
from ui.prices.amount_delegate import AmountDelegate
from ui.prices.matrix_model import HOLE_TINT
from ui.tables import fit_height, table_view
from ui.tenants.end_own_price import EndOwnPriceDialog

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMNS = ("plan", "basis", "retail", "own", "pays")
OWN = COLUMNS.index("own")


class CompanyPricesModel(QAbstractTableModel):
    """Plans x (seller's price, own price, pays) for one company and currency on one day."""

    sig_error = Signal(object)
    """Reading or saving failed, or a typed amount was refused: the ProrataError."""

    sig_loaded = Signal()

    sig_saved = Signal(str, str, object, str)  # plan, amount shown, from, a notice (app.services wording)
    """An own price was saved: (plan name, the amount as shown or "" when removed, the day it starts)."""

    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._rows: list[CompanyPriceRow] = []
        self._company: str | None = None
        self._currency: str | None = None
        self._subscribed: set[str] = set()
        self._on = date.today()
        self._request = 0
        self._reading = False
        self.confirm: Callable[[str], bool] = lambda question: True
        """Asks the person before an own price is removed (the box puts up a question)."""

    def show(self, company: str | None, currency: str | None, on: date, subscribed: set[str] = frozenset()) -> None:
        """Read ``company``'s prices in ``currency`` in force on ``on`` (None: show nothing)."""
        self._company, self._currency, self._on, self._subscribed = company, currency, on, set(subscribed)
        self.reload()

    def set_day(self, on: date) -> None:
        """Read the prices in force on ``on``; edits apply from that day."""
        self._on = on
        self.reload()

    def currency(self) -> str | None:
        return self._currency

    def company(self) -> str | None:
        return self._company

    def plan_name(self, code: str) -> str:
        """A plan's name as shown (its code when it is not shown)."""
        return next((r.plan_name for r in self._rows if r.plan_code == code), code)

    def row_at(self, index: QModelIndex) -> CompanyPriceRow | None:
        """The plan's row at ``index`` (None: no row there, or the rows are being read)."""
        if self._reading or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return self._rows[index.row()]

    def reload(self) -> None:
        self._request += 1
        if self._company is None or self._currency is None:
            self.beginResetModel()
            self._rows = []
            self.endResetModel()
            return
        request, company, currency, on, lang = self._request, self._company, self._currency, self._on, ui_language()
        self._reading = True

        def done(rows: list[CompanyPriceRow]) -> None:
            if request != self._request:
                return
            self._reading = False
            self.beginResetModel()
            # The plans the company has first, then the others, each by name.
            self._rows = sorted(rows, key=lambda r: (r.plan_code not in self._subscribed, r.plan_name.casefold()))
            self.endResetModel()
            self.sig_loaded.emit()

        def failed(error) -> None:
            if request == self._request:
                self._reading = False
                self.beginResetModel()
                self._rows = []
                self.endResetModel()
            self.sig_error.emit(error)
        self._worker.run(lambda s: price_matrix.company_prices(s, company, currency, on=on, language=lang),
                         on_done=done, on_error=failed)

    def since_words(self, day: date | None) -> str:
        """When an own price began, in words (None: it always applied)."""
        return fmt_date(day) if day else self.tr("always")

    def hole_count(self) -> int:
        return sum(1 for r in self._rows if r.pays is None and r.plan_code in self._subscribed)

    def _title(self, key: str) -> str:
        return {"plan": self.tr("Plan"), "basis": self.tr("Billed"), "retail": self.tr("Seller's price"),
                "own": self.tr("Own price"), "pays": self.tr("Pays")}[key]

    # --- Qt model ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(COLUMNS)):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            title = self._title(key)
            return f"{title} ({self._currency})" if self._currency and key not in ("plan", "basis") else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"retail": self.tr("What the company's seller charges its companies."),
                    "own": self.tr("A price for this company only; it comes before the seller's price."),
                    "pays": self.tr("What billing charges this company per unit.")}.get(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("plan", "basis"):
            return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, key = self._rows[index.row()], COLUMNS[index.column()]
        value = {"retail": row.retail, "own": row.own, "pays": row.pays}.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "plan":
                return row.plan_name
            if key == "basis":
                return basis_words(row.basis)
            if key == "own" and row.own is None and row.own_ended is not None:
                return self.tr("ended %1").replace("%1", fmt_date(row.own_ended))
            return fmt_money(value, self._currency) if value is not None else ""
        if role == Qt.ItemDataRole.EditRole:
            return amount_edit_text(row.own, self._currency, ui_language()) if key == "own" else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("plan", "basis"):
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and key == "pays" and value is None:
            return QBrush(HOLE_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and key == "own" and row.own is None and row.own_ended:
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))  # no price: an end, quieter
        if role == Qt.ItemDataRole.FontRole and (
                (key == "plan" and row.plan_code in self._subscribed) or (key == "pays" and row.own is not None)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        return None

    def _tooltip(self, row: CompanyPriceRow, key: str) -> str | None:
        if key == "plan":
            text = f"{row.plan_name} · {row.plan_code}"
            if row.plan_code in self._subscribed:
                text += "\n" + self.tr("The company has this plan.")
            return text
        if key == "own":
            if row.own is None and row.own_ended is not None:
                return self.tr("Its own price ended on %1: it pays its seller's price, with the seller's later "
                               "changes. Double-click to give it an own price again from the chosen day on.").replace(
                    "%1", fmt_date(row.own_ended))
            if row.own is None:
                return self.tr("Double-click to give this company its own price from the chosen day on.")
            since = self.since_words(row.own_from)
            return self.tr("Its own price since %1. Type an amount to change it from the chosen day on; "
                           "clear it to remove it.").replace("%1", since)
        if key == "pays" and row.pays is None:
            return self.tr("No price in %1: the company cannot be billed for this plan. "
                           "Give it its own price, or set its seller's price in Prices.").replace(
                "%1", self._currency or "")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == OWN else flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check the typed amount, then save it on the worker; False (and sig_error) when refused."""
        if role != Qt.ItemDataRole.EditRole or index.column() != OWN or not (0 <= index.row() < len(self._rows)) \
                or self._reading:  # the rows shown are about to change: nothing to edit against
            return False
        row = self._rows[index.row()]
        company, currency = self._company, self._currency
        try:
            amount = read_amount(str(value), ui_language(), currency)
        except ProrataError as error:
            self.sig_error.emit(error)
            return False
        text = None
        if amount is None:
            if row.own is None:
                return False
            valid_from = row.own_from  # clearing removes the own price in force
            since = self.since_words(valid_from)
            if not self.confirm(self.tr(
                    "Remove the own price of %1 for %2, in force since %3? Invoices already written keep it; "
                    "periods billed from now on take the price that then applies.").replace(
                    "%1", fmt_money(row.own, currency)).replace("%2", row.plan_name).replace("%3", since)):
                return False
        else:
            if amount == row.own:
                return False
            text, valid_from = to_text(amount, currency), self._on

        def save(s):
            price_matrix.set_price(s, layer=Layer.COMPANY_OVERRIDE.value, plan=row.plan_code, currency=currency,
                                   amount=text, valid_from=valid_from, company=company)
            # An own price is its seller's of the day: it ends at the company's next move (say so).
            return price_matrix.own_price_notice(s, company, valid_from) if text else None

        def done(notice) -> None:
            self.sig_saved.emit(row.plan_name, fmt_money(parse_amount(text, currency), currency) if text else "",
                                valid_from, sentence(notice) if notice is not None else "")
            self.reload()
        self._worker.run(save, on_done=done, on_error=self.sig_error.emit)
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


class CompanyPricesBox(QGroupBox):
    """The company page's price section: the table, the day prices are read on and changed from, a hint."""

    sig_status = Signal(str)

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        today = today or date.today()
        self.model = CompanyPricesModel(worker, self)
        self.on_label = QLabel()
        self.on_edit = DateEdit(today)  # typed whole in the clerk's format, or picked from the calendar
        self.on_label.setBuddy(self.on_edit)
        self.holes = QLabel()
        self.holes.setStyleSheet(f"background: {HOLE_TINT.name()}; padding: 2px 6px; border-radius: 3px;")
        self.holes.hide()
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(dark);")
        bar = QHBoxLayout()
        bar.addWidget(self.on_label)
        bar.addWidget(self.on_edit)
        bar.addStretch(1)
        bar.addWidget(self.holes)
        self.end_button = QPushButton()  # the selected plan's own price, from a day on
        self.end_button.setEnabled(False)
        self.end_button.clicked.connect(self.end_own_price)
        bar.addWidget(self.end_button)
        self.end_dialog: EndOwnPriceDialog | None = None
        self._worker = worker
        self.view = table_view(self.model, 0, editable=True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setItemDelegateForColumn(OWN, AmountDelegate(self.view))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.hint.setWordWrap(True)  # its own line: long in German, French and Dutch, never cut off
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        self.on_edit.dateChanged.connect(lambda _: self.model.set_day(self.on()))
        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_saved.connect(self._saved)
        self.model.modelReset.connect(self._can_end)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._can_end())
        self.model.confirm = self._ask
        self.retranslate()

    def on(self) -> date:
        return self.on_edit.day()

    def show_company(self, code: str | None, currency: str | None, subscribed: set[str] = frozenset()) -> None:
        self.model.show(code, currency, self.on(), subscribed)
        self._title()

    def _loaded(self) -> None:
        # At most four rows, then it scrolls: at 1280x800 the change history below keeps room to be read.
        fit_height(self.view, self.model.rowCount(), 4)
        holes = self.model.hole_count()
        self.holes.setVisible(holes > 0)
        self.holes.setText(self.tr("%Ln of its plan(s) without a price (tinted)", "", holes))

    def _selected(self) -> CompanyPriceRow | None:
        return self.model.row_at(self.view.currentIndex())

    def _can_end(self) -> None:
        row = self._selected()
        self.end_button.setEnabled(row is not None and row.own is not None)
        self.end_button.setToolTip(self.tr("End the own price of %1 from a day on: from then the company pays "
                                           "its seller's price.").replace("%1", row.plan_name)
                                   if row is not None and row.own is not None
                                   else self.tr("Select a plan with an own price to end it from a day on."))

    def end_own_price(self) -> None:
        """Ask from which day the selected plan's own price ends (``EndOwnPriceDialog``), then end it."""
        row, company, currency = self._selected(), self.model.company(), self.model.currency()
        if row is None or row.own is None or company is None or currency is None:
            return
        self.end_dialog = EndOwnPriceDialog(self._worker, self, company=company, currency=currency, row=row,
                                            day=self.on())  # the day shown (its own price is in force)
        self.end_dialog.sig_ended.connect(self._ended)
        self.end_dialog.open()

    def _ended(self, ended) -> None:
        currency, plan = self.model.currency(), self.model.plan_name(ended.plan)
        self.sig_status.emit(self.tr("%1: own price ended from %2; it pays its seller's price, %3.").replace(
            "%1", plan).replace("%2", fmt_date(ended.day)).replace(
            "%3", fmt_money(ended.pays, currency) if ended.pays is not None else "-"))
        self.model.reload()

    def _saved(self, plan: str, shown: str, valid_from, notice: str = "") -> None:
        since = self.model.since_words(valid_from)
        if shown:
            said = self.tr("%1: own price set to %2 from %3.").replace("%1", plan).replace(
                "%2", shown).replace("%3", since)
            self.sig_status.emit(f"{said} {notice}." if notice else said)
        else:
            self.sig_status.emit(self.tr("%1: own price in force since %2 removed.").replace("%1", plan).replace(
                "%2", since))

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove own price"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _title(self) -> None:
        currency = self.model.currency()
        self.setTitle(self.tr("Prices in %1").replace("%1", currency) if currency else self.tr("Prices"))

    def retranslate(self) -> None:
        self.on_label.setText(self.tr("Prices on, and changes from:"))
        self.on_edit.setDisplayFormat(short_format(self.on_edit.locale()))  # the language's date order
        self.hint.setText(self.tr("Double-click an own price to set one for this company."))
        self.end_button.setText(self.tr("End own price from…"))
        self._can_end()
        self.model.retranslate()
        self._title()
