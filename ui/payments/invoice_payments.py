"""An invoice's payments, shown with the invoice (ui/invoices/invoice_view.py), and "Record payment…" for
an open issued invoice: the payment dialog on its account, by hand, with this invoice's open amount."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from app.payments import console
from app.payments.console import InvoicePayments
from ui.dialogs.messages import show_error
from ui.formatting import fmt_date, fmt_money
from ui.payments.record_dialog import RecordPaymentDialog
from ui.payments.words import method_words, reference_words
from ui.tables import fit_height, table_view

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class InvoicePaymentsModel(QAbstractTableModel):
    """Columns: date, what paid (payment #n · method, or the credit note), reference, amount."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data: InvoicePayments | None = None

    def set_payments(self, data: InvoicePayments | None) -> None:
        self.beginResetModel()
        self._data = data
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Paid by"), self.tr("Reference"), self.tr("Amount")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._data is None else len(self._data.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < 4):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 3:
            return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._data is None or not (0 <= index.row() < len(self._data.lines)):
            return None
        ln, c = self._data.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if c == 0:
                return fmt_date(ln.day)
            if c == 1:
                if ln.source == "credit_note":
                    return self.tr("Credit note")
                text = self.tr("Payment #%1 · %2").replace("%1", str(ln.payment_id)).replace(
                    "%2", method_words(ln.method))
                return text + (self.tr(" (reversed)") if ln.payment_status == "reversed" else "")
            if c == 2:
                return reference_words(ln.reference, ln.method)
            return fmt_money(ln.amount, self._data.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and c == 3:
            return int(RIGHT)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)


class InvoicePaymentsBox(QGroupBox):
    """What paid the shown invoice; ``record_button`` (placed by the invoice view) records a payment for it."""

    sig_changed = Signal(int)
    """A payment was recorded for the invoice: its id (to show it again)."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._data: InvoicePayments | None = None
        self._request = 0
        self.dialog: RecordPaymentDialog | None = None
        self.model = InvoicePaymentsModel(self)
        self.view = table_view(self.model, 1)
        self.summary = QLabel()
        self.record_button = QPushButton()
        self.record_button.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.view)
        self.record_button.clicked.connect(self.record_payment)
        self.retranslate()
        self.show_invoice(None)

    def show_invoice(self, invoice: dict | None) -> None:
        """Read the payments of the invoice shown (``invoice_json``); only issued documents have any."""
        self._request += 1
        self._data = None
        self.model.set_payments(None)
        shown = invoice is not None and invoice.get("status") not in (None, "draft")
        self.setVisible(shown)
        self.record_button.setVisible(shown)
        self.record_button.setEnabled(False)
        if not shown:
            return
        request, ident = self._request, invoice["id"]

        def done(data: InvoicePayments) -> None:
            if request == self._request:
                self._data = data
                self._render()
        self._worker.run(lambda s: console.invoice_payments(s, ident), on_done=done,
                         on_error=lambda e: show_error(self, e))

    def payments(self) -> InvoicePayments | None:
        return self._data

    def _render(self) -> None:
        d = self._data
        self.model.set_payments(d)
        fit_height(self.view, self.model.rowCount(), 5)
        self.view.setVisible(d is not None and bool(d.lines))
        self.record_button.setEnabled(d is not None and d.payable)
        if d is None:
            self.summary.setText("")
        elif not d.lines:
            self.summary.setText(self.tr("Nothing paid yet; %1 open.").replace("%1", fmt_money(d.open, d.currency))
                                 if d.payable else self.tr("No payments."))
        else:
            self.summary.setText(self.tr("%1 open of %2.").replace("%1", fmt_money(d.open, d.currency)).replace(
                "%2", fmt_money(d.total, d.currency)))

    def record_payment(self) -> None:
        """Read the invoice's account, then open the payment dialog with this invoice chosen by hand."""
        d = self._data
        if d is None or not d.payable:
            return
        account_id, today, invoice_id = d.account_id, self._today, d.invoice_id

        def opened(view) -> None:
            self.dialog = RecordPaymentDialog(self._worker, view, self, today=today, invoice_id=invoice_id)
            self.dialog.sig_done.connect(lambda data: self._recorded(data, invoice_id))
            self.dialog.sig_stale.connect(lambda _e: self.sig_changed.emit(invoice_id))
            self.dialog.open()
        self._worker.run(lambda s: console.account_view(s, account_id, today), on_done=opened,
                         on_error=lambda e: show_error(self, e))

    def _recorded(self, data: dict, invoice_id: int) -> None:
        self.sig_status.emit(self.tr("Payment #%1 recorded.").replace("%1", str(data["payment"])))
        self.sig_changed.emit(invoice_id)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Payments"))
        self.record_button.setText(self.tr("Record &payment…"))
        self.model.retranslate()
        self._render()
