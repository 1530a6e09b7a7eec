"""The accounts list's filters: issuer, currency, part of the customer's code or name, only those owing."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.payments.console import AccountFilters


class AccountFilterBar(QWidget):
    sig_changed = Signal(object)
    """The filters changed: the new AccountFilters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.issuer_label = QLabel()
        self.issuer = QComboBox()
        self.issuer.setMinimumContentsLength(16)
        self.currency_label = QLabel()
        self.currency = QComboBox()
        self.currency.setMinimumContentsLength(5)
        self.text_label = QLabel()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setMaximumWidth(240)
        self.owing = QCheckBox()
        self.clear_button = QPushButton()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for label, w in ((self.text_label, self.text), (self.issuer_label, self.issuer),
                         (self.currency_label, self.currency)):
            label.setBuddy(w)
            lay.addWidget(label)
            lay.addWidget(w)
        lay.addWidget(self.owing)
        lay.addWidget(self.clear_button)
        lay.addStretch(1)
        self._sellers: list = []
        self._currencies: list[str] = []
        self._last_text = ""
        self.issuer.currentIndexChanged.connect(self._emit)
        self.currency.currentIndexChanged.connect(self._emit)
        self.owing.toggled.connect(self._emit)
        self.text.editingFinished.connect(self._text_done)
        self.text.textChanged.connect(lambda t: self._text_done() if not t else None)  # the clear button
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def set_choices(self, sellers: list, currencies: list[str]) -> None:
        """The issuers (``billing_view.Seller``) and currencies to choose from."""
        self._sellers, self._currencies = list(sellers), list(currencies)
        self._fill()

    def _fill(self) -> None:
        for combo, items, anyone in ((self.issuer, [(s.name, s.code) for s in self._sellers], self.tr("Anyone")),
                                     (self.currency, [(c, c) for c in self._currencies], self.tr("Any"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anyone, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def filters(self) -> AccountFilters:
        return AccountFilters(issuer=self.issuer.currentData(), currency=self.currency.currentData(),
                              text=self.text.text().strip() or None, owing=self.owing.isChecked())

    def clear(self) -> None:
        for w in (self.issuer, self.currency, self.text, self.owing):
            w.blockSignals(True)
        self.issuer.setCurrentIndex(0)
        self.currency.setCurrentIndex(0)
        self.text.clear()
        self._last_text = ""
        self.owing.setChecked(False)
        for w in (self.issuer, self.currency, self.text, self.owing):
            w.blockSignals(False)
        self._emit()

    def _text_done(self) -> None:
        if self.text.text().strip() != self._last_text:
            self._last_text = self.text.text().strip()
            self._emit()

    def _emit(self, *_args) -> None:
        self.sig_changed.emit(self.filters())

    def retranslate(self) -> None:
        self.text_label.setText(self.tr("C&ustomer:"))
        self.text.setPlaceholderText(self.tr("code or name"))
        self.issuer_label.setText(self.tr("Issued &by:"))
        self.currency_label.setText(self.tr("Cu&rrency:"))
        self.owing.setText(self.tr("Only with a balance"))
        self.clear_button.setText(self.tr("Clear filters"))
        self._fill()
