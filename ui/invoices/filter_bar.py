"""The invoice list's filters: status, issuer, customer code and period."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.services.invoices import Filters
from ui.dialogs.date_edit import DateEdit
from ui.invoices.words import STATUSES, status_words


class InvoiceFilterBar(QWidget):
    sig_changed = Signal(object)
    """The filters changed: the new Filters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status_label = QLabel()
        self.status = QComboBox()
        self.issuer_label = QLabel()
        self.issuer = QComboBox()
        self.issuer.setMinimumContentsLength(14)
        self.customer_label = QLabel()
        self.customer = QLineEdit()
        self.customer.setClearButtonEnabled(True)
        self.customer.setMaximumWidth(200)
        self.period_label = QLabel()
        self.period_from = DateEdit(None, not_set="any")
        self.to_label = QLabel()
        self.period_to = DateEdit(None, not_set="any")
        self.clear_button = QPushButton()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for label, w in ((self.status_label, self.status), (self.issuer_label, self.issuer),
                         (self.customer_label, self.customer), (self.period_label, self.period_from),
                         (self.to_label, self.period_to)):
            label.setBuddy(w)
            lay.addWidget(label)
            lay.addWidget(w)
        lay.addWidget(self.clear_button)
        lay.addStretch(1)
        self._sellers: list = []
        self.status.currentIndexChanged.connect(self._emit)
        self.issuer.currentIndexChanged.connect(self._emit)
        self.customer.editingFinished.connect(self._customer_done)
        self.period_from.dateChanged.connect(self._emit)
        self.period_to.dateChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self._last_customer = ""
        self.retranslate()

    def set_sellers(self, sellers: list) -> None:
        """The issuers to choose from (``billing_view.Seller``)."""
        current = self.issuer.currentData()
        self._sellers = list(sellers)
        self.issuer.blockSignals(True)
        self._fill_issuers()
        i = self.issuer.findData(current)
        self.issuer.setCurrentIndex(max(0, i))
        self.issuer.blockSignals(False)

    def _fill_issuers(self) -> None:
        self.issuer.clear()
        self.issuer.addItem(self.tr("Anyone"), None)
        for s in self._sellers:
            self.issuer.addItem(s.name, s.code)

    def filters(self) -> Filters:
        return Filters(status=self.status.currentData(), issuer=self.issuer.currentData(),
                       customer=self.customer.text().strip() or None,
                       period_from=self.period_from.day(), period_to=self.period_to.day())

    def set_status(self, status: str | None) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def clear(self) -> None:
        for w in (self.status, self.issuer, self.period_from, self.period_to, self.customer):
            w.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.issuer.setCurrentIndex(0)
        self.customer.clear()
        self._last_customer = ""
        self.period_from.set_day(None)
        self.period_to.set_day(None)
        for w in (self.status, self.issuer, self.period_from, self.period_to, self.customer):
            w.blockSignals(False)
        self._emit()

    def _customer_done(self) -> None:
        if self.customer.text().strip() != self._last_customer:
            self._last_customer = self.customer.text().strip()
            self._emit()

    def _emit(self, *_args) -> None:
        self.sig_changed.emit(self.filters())

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("&Status:"))
        self.issuer_label.setText(self.tr("Issued &by:"))
        self.customer_label.setText(self.tr("C&ustomer:"))
        self.customer.setPlaceholderText(self.tr("code or name"))
        self.period_label.setText(self.tr("&Period from:"))
        self.to_label.setText(self.tr("to:"))
        for edit in (self.period_from, self.period_to):
            edit.set_not_set_text(self.tr("any"))
        self.clear_button.setText(self.tr("Clear filters"))
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Any"), None)
        for s in STATUSES:
            self.status.addItem(status_words(s), s)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)
        if self._sellers:
            current = self.issuer.currentData()
            self.issuer.blockSignals(True)
            self._fill_issuers()
            self.issuer.setCurrentIndex(max(0, self.issuer.findData(current)))
            self.issuer.blockSignals(False)
