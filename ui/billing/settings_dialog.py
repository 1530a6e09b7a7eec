"""Billing > Settings: the hoster's and each reseller's switches, tax rate, numbering and minimum charges.

Every edit is saved at once through the worker (one change, checked and
audited by ``app.services.billing_settings``) and the table is read again;
a refused value is explained in a message box and the old value stays.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QStyledItemDelegate, QTableView, QVBoxLayout)

from app.errors import ProrataError
from app.models import MinimumPolicy
from app.money import to_text
from app.services import billing_settings, currencies
from app.values.typed import amount_edit_text, read_amount
from ui.billing.settings_models import CHOICES_ROLE, IssuerSettingsModel, MinimumsModel
from ui.dialogs.messages import show_error
from ui.formatting import ui_language
from ui.tables import fit_height, table_view


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for cells that offer choices (``CHOICES_ROLE``); a line edit for the others."""

    def createEditor(self, parent, option, index):
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole)
            for i in range(editor.count()):
                if editor.itemData(i) == current:
                    editor.setCurrentIndex(i)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _table(model, stretch: int) -> QTableView:
    view = table_view(model, stretch, editable=True, padding=12)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view


class BillingSettingsDialog(QDialog):
    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._enabled: list[str] = []
        self._selected_issuer: str | None = None

        self.issuers = IssuerSettingsModel(self)
        self.issuers_view = _table(self.issuers, 0)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: palette(dark);")

        self.minimums = MinimumsModel(self)
        self.minimums_view = _table(self.minimums, 2)
        self.minimums_box = QGroupBox()
        self.add_currency = QComboBox()
        self.add_amount = QLineEdit()
        self.add_amount.setMaximumWidth(120)
        self.add_amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_policy = QComboBox()
        self.add_button = QPushButton()
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_currency)
        add_row.addWidget(self.add_amount)
        add_row.addWidget(self.add_policy)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        box = QVBoxLayout(self.minimums_box)
        box.addWidget(self.minimums_view)
        box.addLayout(add_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.issuers_view)
        layout.addWidget(self.explain)
        layout.addWidget(self.minimums_box, 1)
        layout.addWidget(self.buttons)

        self.issuers.sig_edit.connect(self._save_setting)
        self.minimums.sig_edit.connect(self._save_minimum)
        self.issuers.sig_refused.connect(self._refused_typed)
        self.minimums.sig_refused.connect(self._refused_typed)
        self.issuers_view.selectionModel().currentRowChanged.connect(self._issuer_chosen)
        self.add_button.clicked.connect(self._add_minimum)
        self.resize(980, 560)
        self.retranslate()

    # --- reading ---------------------------------------------------------------

    def load(self) -> None:
        def read(s):
            return billing_settings.read(s), [c.code for c in currencies.list_currencies(s) if c.enabled]
        self._worker.run(read, on_done=self._loaded, on_error=lambda e: show_error(self, e))

    def _loaded(self, result) -> None:
        rows, self._enabled = result
        keep = self._selected_issuer
        self.issuers.set_rows(rows)
        fit_height(self.issuers_view, len(rows), 8)
        row = next((i for i, r in enumerate(rows) if r.issuer == keep), 0)
        if rows:
            self.issuers_view.setCurrentIndex(self.issuers.index(row, 0))
        self._show_minimums()

    def _issuer_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        r = self.issuers.row(current.row())
        self._selected_issuer = r.issuer if r else None
        self._show_minimums()

    def _show_minimums(self) -> None:
        r = self.issuers.find(self._selected_issuer)
        self.minimums.set_rows(r.minimums if r else [])
        self.minimums_box.setTitle(self.tr("Minimum charges of %1").replace("%1", r.name) if r else
                                   self.tr("Minimum charges"))
        self.add_currency.clear()
        for code in self._enabled:
            if code not in self.minimums.currencies():
                self.add_currency.addItem(code, code)
        self.add_button.setEnabled(r is not None and self.add_currency.count() > 0)

    def selected_issuer(self) -> str | None:
        return self._selected_issuer

    # --- saving ------------------------------------------------------------------

    def _save_setting(self, issuer: str, name: str, value) -> None:
        self._worker.run(lambda s: billing_settings.set_value(s, issuer, name, value),
                         on_done=lambda _: self.load(), on_error=self._refused)

    def _save_minimum(self, currency: str, amount: str | None, policy: str) -> None:
        issuer = self._selected_issuer
        if issuer is None:
            return
        self._worker.run(lambda s: billing_settings.set_minimum(s, issuer, currency, amount, policy),
                         on_done=lambda _: self.load(), on_error=self._refused)

    def _add_minimum(self) -> None:
        currency = self.add_currency.currentData()
        try:
            amount = read_amount(self.add_amount.text(), ui_language(), currency) if currency else None
            if amount is None:
                raise ProrataError.of("missing", field=self.tr("the minimum amount"))
        except ProrataError as error:
            show_error(self, error)
            return
        self.add_amount.clear()
        self._save_minimum(currency, to_text(amount, currency), self.add_policy.currentData())

    def _refused_typed(self, error) -> None:
        """A typed value the models could not read: said at once, nothing sent."""
        show_error(self, error)

    def _refused(self, error) -> None:
        show_error(self, error)
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Billing settings"))
        self.explain.setText(self.tr(
            "Double-click a cell to change it; it is saved at once. A reseller's switch set to “As the hoster” "
            "follows the hoster's. Invoicing off: billing runs skip the issuer's companies (the hoster's "
            "switch stops every run). A changed number format applies to numbers given from now on."))
        self.add_amount.setPlaceholderText(self.tr("amount, e.g. %1").replace("%1", amount_edit_text(
            Decimal("5"), "EUR", ui_language())))
        self.add_button.setText(self.tr("&Add minimum"))
        current = self.add_policy.currentData()
        self.add_policy.clear()
        self.add_policy.addItem(self.tr("Defer to the next invoice"), MinimumPolicy.DEFER.value)
        self.add_policy.addItem(self.tr("Top up to the minimum"), MinimumPolicy.TOP_UP.value)
        if current:
            self.add_policy.setCurrentIndex(max(0, self.add_policy.findData(current)))
        self._show_minimums()
