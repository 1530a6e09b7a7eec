"""The price matrix screen: pick a seller, a currency and a day; read and edit the grid."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget)

from app.services import billing_view, currencies
from ui.dialogs.date_edit import DateEdit
from ui.dialogs.messages import show_error
from ui.formatting import fmt_date
from ui.prices.amount_delegate import AmountDelegate
from ui.prices.matrix_model import HOLE_TINT, PriceMatrixModel


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PriceMatrixWidget(QWidget):
    """The Prices feature; the shell shows it as a page of its own."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today or date.today()
        self._sellers: list = []
        self._loaded_choices = False

        self.seller_label = QLabel()
        self.seller_combo = QComboBox()
        self.seller_combo.setMinimumContentsLength(18)
        self.seller_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # a whole seller's name
        self.currency_label = QLabel()
        self.currency_combo = QComboBox()
        self.on_label = QLabel()
        self.on_edit = DateEdit(self._today)
        self.on_edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.reload_button = QPushButton()
        for w in (self.seller_label, self.currency_label, self.on_label):
            w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.seller_label.setBuddy(self.seller_combo)
        self.currency_label.setBuddy(self.currency_combo)
        self.on_label.setBuddy(self.on_edit)
        bar = QHBoxLayout()
        bar.addWidget(self.seller_label)
        bar.addWidget(self.seller_combo)
        bar.addSpacing(12)
        bar.addWidget(self.currency_label)
        bar.addWidget(self.currency_combo)
        bar.addSpacing(12)
        bar.addWidget(self.on_label)
        bar.addWidget(self.on_edit)
        bar.addStretch(1)
        bar.addWidget(self.reload_button)

        self.model = PriceMatrixModel(worker, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(AmountDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(90)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.holes_label = QLabel()
        self.holes_label.setStyleSheet(
            f"background: {HOLE_TINT.name()}; padding: 3px 8px; border-radius: 3px;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.holes_label)
        layout.addLayout(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

        self.seller_combo.currentIndexChanged.connect(self._seller_changed)
        self.currency_combo.currentIndexChanged.connect(lambda _: self.load_matrix())
        self.on_edit.dateChanged.connect(lambda _: self.load_matrix())
        self.reload_button.clicked.connect(self.load)
        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_error.connect(self.show_error)
        self.model.sig_saved.connect(self._saved)
        self.model.sig_removed.connect(lambda _plan, _column, text: self.sig_status.emit(text))
        self.model.ask = self.ask
        self.retranslate()

    def show_error(self, error) -> None:
        show_error(self, error)

    def ask(self, title: str, question: str) -> bool:
        """A yes/no question before a price edit that removes a price or sells at a loss; No is the default."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- loading ---------------------------------------------------------------

    def load(self) -> None:
        """Read the sellers and currencies, then the matrix."""
        def read(s):
            return billing_view.sellers(s), [c for c in currencies.list_currencies(s) if c.enabled]
        self._worker.run(read, on_done=self._choices, on_error=self.show_error)

    def _choices(self, result) -> None:
        sellers, currs = result
        seller = self.seller()
        currency = self.currency()
        self._loaded_choices = False
        self._sellers = sellers
        self.seller_combo.blockSignals(True)
        self.currency_combo.blockSignals(True)
        self.seller_combo.clear()
        for s in sellers:
            label = self.tr("%1 (direct companies)").replace("%1", s.name) if s.code == "hoster" else s.name
            self.seller_combo.addItem(label, s.code)
        self.currency_combo.clear()
        for c in currs:
            self.currency_combo.addItem(c.code, c.code)
        if seller:
            self.seller_combo.setCurrentIndex(max(0, self.seller_combo.findData(seller)))
        if currency:
            self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(currency)))
        self.seller_combo.blockSignals(False)
        self.currency_combo.blockSignals(False)
        self._loaded_choices = True
        self.load_matrix()

    def choose(self, seller: str, currency: str, on: date | None = None) -> None:
        """Show ``seller``'s matrix in ``currency`` (used by the shell and tests once loaded)."""
        self.seller_combo.blockSignals(True)
        self.currency_combo.blockSignals(True)
        self.on_edit.blockSignals(True)
        self.seller_combo.setCurrentIndex(self.seller_combo.findData(seller))
        self.currency_combo.setCurrentIndex(self.currency_combo.findData(currency))
        if on is not None:
            self.on_edit.setDate(QDate(on.year, on.month, on.day))
        self.seller_combo.blockSignals(False)
        self.currency_combo.blockSignals(False)
        self.on_edit.blockSignals(False)
        self.load_matrix()

    def _seller_changed(self, _index: int) -> None:
        # A reseller's matrix opens in its trading currency.
        code = self.seller()
        for s in self._sellers:
            if s.code == code and s.currency:
                i = self.currency_combo.findData(s.currency)
                if i >= 0 and i != self.currency_combo.currentIndex():
                    self.currency_combo.blockSignals(True)
                    self.currency_combo.setCurrentIndex(i)
                    self.currency_combo.blockSignals(False)
        self.load_matrix()

    def seller(self) -> str | None:
        return self.seller_combo.currentData()

    def currency(self) -> str | None:
        return self.currency_combo.currentData()

    def on(self) -> date:
        return to_date(self.on_edit.date())

    def load_matrix(self) -> None:
        if not self._loaded_choices or not self.seller() or not self.currency():
            return
        name = self.seller_combo.currentText()
        if self.seller() == "hoster":
            name = next((s.name for s in self._sellers if s.code == "hoster"), name)
        self.model.show(self.currency(), self.seller(), self.on(), name)
        self._update_title()

    def _loaded(self) -> None:
        header = self.view.horizontalHeader()
        keys = self.model.column_keys()
        for i, key in enumerate(keys):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if key == "plan"
                                        else QHeaderView.ResizeMode.Interactive)
            if key != "plan":
                self.view.resizeColumnToContents(i)
                header.resizeSection(i, max(header.sectionSize(i) + 24, 130))
        holes = self.model.hole_count()
        self.holes_label.setVisible(holes > 0)
        self.holes_label.setText(self.tr("%Ln plan(s) without a price in %1 (tinted)", "", holes).replace(
            "%1", self.currency() or ""))
        self._update_title()

    def _saved(self, plan: str, column: str, shown: str) -> None:
        self.sig_status.emit(self.tr("%1: %2 set to %3 from %4.").replace("%1", plan).replace(
            "%2", column).replace("%3", shown).replace("%4", fmt_date(self.on())))

    def _update_title(self) -> None:
        if not self.seller():
            self.title.setText("")
            return
        name = self.seller_combo.currentText()
        self.title.setText(self.tr("Prices of %1 in %2 on %3").replace("%1", name).replace(
            "%2", self.currency() or "").replace("%3", fmt_date(self.on())))

    def retranslate(self) -> None:
        self.seller_label.setText(self.tr("&Seller:"))
        self.currency_label.setText(self.tr("&Currency:"))
        self.on_label.setText(self.tr("Prices &on and changes from:"))
        self.reload_button.setText(self.tr("Reload"))
        self.hint.setText(self.tr(
            "Double-click a price (or select it and type) to change it; the new price applies from the "
            "chosen date, earlier periods keep theirs. A bold cost is the reseller's own negotiated price; "
            "clear it to fall back to wholesale. Clearing a price removes it from the day it began (you are "
            "asked first)."))
        self.model.retranslate()
        for i, seller in enumerate(self._sellers or []):  # the hoster's entry has words in it
            if seller.code == "hoster" and i < self.seller_combo.count():
                self.seller_combo.setItemText(i, self.tr("%1 (direct companies)").replace("%1", seller.name))
        self._update_title()
        if self._sellers:
            self._loaded()
