"""One invoice: its header, lines and totals, and what can be done with it in its state."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget)

from app.services import billing_view, invoices
from ui.dialogs.messages import sentence, show_error
from ui.formatting import fmt_date, fmt_money, language_words
from ui.invoices.explain_panel import ExplainPanel
from ui.invoices.lines_model import InvoiceLinesModel
from ui.invoices.list_model import invoice_label, invoice_period, invoice_period_tip, iso
from ui.invoices.manual_dialog import InvoiceLinesDialog
from ui.invoices.words import kind_words, status_words, tax_note_words
from ui.payments.invoice_payments import InvoicePaymentsBox

CREDITABLE = {"issued", "partially_paid", "paid"}
MOST_LINES = 12  # the lines table shows every line up to this many; more scroll in it


def confirm(parent, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; True when the clerk agrees."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def edit_lines(parent, data: dict, lines, companies: dict | None = None) -> list | None:
    """The edited lines of a draft, or None when the clerk cancels; ``companies``: on a reseller's invoice, the
    (code, name) of each line's company by id (``billing_view.line_companies``)."""
    dialog = InvoiceLinesDialog(parent, currency=data["currency"], lines=lines, customer_choice=False,
                                companies=companies,
                                language=(data.get("language") or "en").split("_")[0],
                                title=InvoiceView.tr("Edit %1").replace("%1", invoice_label(data)))
    if dialog.exec() != InvoiceLinesDialog.DialogCode.Accepted:
        return None
    return dialog.lines()


# Errors that mean someone else acted on the invoice first (app/services/invoice_claims.py).
_MEANWHILE = {"issued_meanwhile", "credited_meanwhile", "changed_meanwhile", "stale_invoice"}


class InvoiceView(QWidget):
    """Shows one invoice read through the worker; its buttons run the lifecycle actions."""

    sig_changed = Signal(int)
    """An action changed invoices: the id of the invoice to show next."""

    sig_deleted = Signal()
    """The shown draft was deleted."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    sig_loaded = Signal(int)
    """An invoice is on screen: its id."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._data: dict | None = None
        self._request = 0

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: palette(dark);")
        self.header_box = QGroupBox()
        header_layout = QVBoxLayout(self.header_box)
        self.forms = [QFormLayout(), QFormLayout()]
        for form in self.forms:
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            header_layout.addLayout(form)
        header_layout.addStretch(1)
        self.header_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

        self.lines = InvoiceLinesModel(self)
        self.lines_box = QGroupBox()
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setWordWrap(False)
        self.lines_view.verticalHeader().hide()
        self.lines_view.verticalHeader().setDefaultSectionSize(self.lines_view.fontMetrics().height() + 8)
        header = self.lines_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        # As tall as its lines (up to MOST_LINES): no empty rows below them, no line hidden behind a scroll.
        self.lines_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.lines_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the description gives way
        self.lines.modelReset.connect(self._fit_lines)
        lines_layout = QVBoxLayout(self.lines_box)
        lines_layout.addWidget(self.lines_view)
        self.totals = QFormLayout()
        self.totals.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.subtotal_label, self.tax_label, self.total_label = QLabel(), QLabel(), QLabel()
        self.subtotal, self.tax, self.total = QLabel(), QLabel(), QLabel()
        bold = QFont(self.total.font())
        bold.setBold(True)
        self.total.setFont(bold)
        self.total_label.setFont(bold)
        for label, value in ((self.subtotal_label, self.subtotal), (self.tax_label, self.tax),
                             (self.total_label, self.total)):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(120)
            self.totals.addRow(label, value)
        totals_row = QHBoxLayout()
        self.tax_note = QLabel()
        self.tax_note.setWordWrap(True)
        # Beside the totals while no line is chosen: where the explanation of a line comes from.
        self.explain_hint = QLabel()
        self.explain_hint.setWordWrap(True)
        self.explain_hint.setStyleSheet("color: palette(dark);")
        notes = QVBoxLayout()
        notes.addWidget(self.explain_hint)
        notes.addWidget(self.tax_note)
        notes.addStretch(1)
        totals_row.addLayout(notes, 1)
        totals_row.addLayout(self.totals)
        lines_layout.addLayout(totals_row)
        self.explain = ExplainPanel(worker)  # why the selected line has its amount: shown once a line is chosen
        self.explain.hide()
        lines_layout.addWidget(self.explain)
        self.lines_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._line_chosen(current.row() if current.isValid() else None))

        self.issue_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.modify_button = QPushButton()
        self.credit_button = QPushButton()
        self.send_button = QPushButton()  # e-mail the issued invoice (ui/delivery/send_dialog.py)
        self.send_dialog = None
        actions = QHBoxLayout()
        for b in (self.issue_button, self.edit_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.payments = InvoicePaymentsBox(worker, today=today)  # what paid it; "Record payment…"
        lines_layout.addWidget(self.payments)
        actions.addWidget(self.payments.record_button)
        for b in (self.send_button, self.modify_button, self.credit_button):
            actions.addWidget(b)

        # Wide and short: the header beside the lines, the actions beside the title.
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(heading)
        top.addSpacing(24)
        top.addLayout(actions, 1)
        body = QHBoxLayout()
        body.addWidget(self.header_box)
        body.addWidget(self.lines_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body)
        layout.addStretch(1)  # the boxes end with what they hold; the pane's spare room is below them

        self.issue_button.clicked.connect(self.issue)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.modify_button.clicked.connect(self.modify)
        self.credit_button.clicked.connect(self.credit)
        self.send_button.clicked.connect(self.send_by_email)
        self.payments.sig_changed.connect(self.sig_changed)
        self.payments.sig_status.connect(self.sig_status)
        self.retranslate()
        self._render()

    # --- reading ---------------------------------------------------------------

    def invoice_id(self) -> int | None:
        """The invoice shown, if any."""
        return self._data["id"] if self._data else None

    def show_invoice(self, invoice_id: int | None) -> None:
        self._request += 1
        if invoice_id is None:
            self._data = None
            self._render()
            return
        request = self._request
        self.subtitle.setText(self.tr("Loading…"))

        def done(data: dict) -> None:
            if request == self._request:
                self._data = data
                self._render()
                self.sig_loaded.emit(data["id"])

        def failed(error) -> None:
            if request == self._request:
                self._data = None
                self._render()
            show_error(self, error)
        self._worker.run(lambda s: billing_view.invoice_detail(s, invoice_id), on_done=done, on_error=failed)

    def data(self) -> dict | None:
        return self._data

    def _line_chosen(self, row: int | None) -> None:
        """Explain the chosen line; with none chosen the panel goes and a hint says how to get it."""
        self.explain.show_line(row)
        chosen = row is not None and row >= 0
        self.explain.setVisible(chosen)
        self.explain_hint.setVisible(not chosen and self.lines.rowCount() > 0)

    def _fit_lines(self) -> None:
        """Size the lines table to its lines (at least one row's room, at most MOST_LINES)."""
        view = self.lines_view
        rows = max(1, min(self.lines.rowCount(), MOST_LINES))
        height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(height + 2 * view.frameWidth())

    # --- showing ---------------------------------------------------------------

    def _row(self, column: int, label: str, value: str) -> QLabel:
        field = QLabel(value or "—")
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.forms[column].addRow(label, field)
        return field

    def _render(self) -> None:
        d = self._data
        for form in self.forms:
            while form.rowCount():
                form.removeRow(0)
        self.lines.set_invoice(d)
        self.payments.show_invoice(d)
        self.explain.set_invoice(d["id"] if d else None, d["version"] if d else None)
        self._line_chosen(None)  # a new reading leaves no line chosen
        status = d["status"] if d else None
        self.issue_button.setEnabled(status == "draft")
        self.edit_button.setEnabled(status == "draft")
        self.delete_button.setEnabled(status == "draft")
        creditable = status in CREDITABLE and d["kind"] != "credit_note"
        self.credit_button.setEnabled(creditable)
        self.send_button.setEnabled(status in CREDITABLE)
        self.modify_button.setEnabled(creditable)
        self.header_box.setVisible(d is not None)
        self.lines_box.setVisible(d is not None)
        self.subtitle.setVisible(True)
        if d is None:
            self.title.setText(self.tr("No invoice selected"))
            self.subtitle.setText(self.tr("Pick an invoice in the list to read it."))
            return
        names = d.get("names", {})
        self.title.setText(f"{kind_words(d['kind'])} {invoice_label(d)}")
        self.subtitle.setText(status_words(d["status"]))
        customer = names.get(d["customer"])
        self._row(0, self.tr("Customer:"), f"{customer} ({d['customer']})" if customer else d["customer"])
        self._row(0, self.tr("Issued by:"), names.get(d["issuer"], d["issuer"]))
        self._row(0, self.tr("Language:"), language_words(d.get("language")) if d.get("language") else "")
        self._row(1, self.tr("Issue date:"), fmt_date(iso(d["issue_date"])) or self.tr("not issued yet"))
        self._row(1, self.tr("Period:"), invoice_period(d)).setToolTip(invoice_period_tip(d))
        self._row(1, self.tr("Currency:"), d["currency"])
        if d.get("credits_number"):
            self._row(1, self.tr("Corrects:"), d["credits_number"])
        cur = d["currency"]
        self.subtotal.setText(fmt_money(Decimal(d["subtotal"]), cur))
        self.tax.setText(fmt_money(Decimal(d["tax"]), cur))
        self.total.setText(fmt_money(Decimal(d["total"]), cur))
        self.tax_note.setText(tax_note_words(d.get("tax_note")))
        self.lines_box.setTitle(self.tr("Lines (%1)").replace("%1", str(len(d["lines"]))))

    # --- actions -----------------------------------------------------------------

    def _act(self, fn, done_message, next_id=None, issued=None) -> None:
        """Run ``fn(session)`` on the worker; then say ``done_message(result)`` and show ``next_id(result)``;
        the PDFs of the invoices ``issued(result)`` are then stored (issuing freezes the document)."""
        current = self._data["id"]

        def done(result) -> None:
            if issued is not None:
                self._store_pdfs(issued(result))
            self.sig_status.emit(done_message(result))
            target = next_id(result) if next_id else current
            if target is None:
                self.sig_deleted.emit()
            else:
                self.sig_changed.emit(target)

        def failed(error) -> None:
            show_error(self, error)
            # Someone else acted on the invoice meanwhile: show it as it is now.
            ids = {p.id for p in getattr(error, "problems", [])}
            if "deleted_meanwhile" in ids:
                self.sig_deleted.emit()
            elif ids & _MEANWHILE:
                self.sig_changed.emit(current)
        self._worker.run(fn, on_done=done, on_error=failed)

    def _store_pdfs(self, ids: list[int]) -> None:
        """Store the PDFs of the invoices just issued, on the worker after the issue's own work."""
        engine = self._worker.engine

        def work(progress, cancelled):
            from app.services.document_store import store_pdfs

            return store_pdfs(engine, ids, progress=progress, cancelled=cancelled)
        self._worker.run(work, session=False, on_error=lambda e: show_error(self, e))

    def issue(self) -> None:
        d = self._data
        if d is None or d["status"] != "draft":
            return
        if not confirm(self, self.tr("Issue invoice"), self.tr(
                "Issue %1 to %2 for %3? It gets its number and can no longer be changed, only credited.")
                .replace("%1", invoice_label(d)).replace("%2", d.get("names", {}).get(d["customer"], d["customer"]))
                .replace("%3", fmt_money(Decimal(d["total"]), d["currency"]))):
            return
        ident, today, seen = d["id"], self._today, d["version"]
        def work(s):  # runs on the worker
            inv = invoices.issue(s, ident, today, expected_version=seen)
            return inv.number, _not_applied_words(s, inv)
        self._act(work, lambda r: _with_freed(self.tr("Issued as %1.").replace("%1", r[0]), r[1]),
                  issued=lambda _: [ident])

    def edit(self) -> None:
        d = self._data
        if d is None or d["status"] != "draft":
            return
        ident = d["id"]
        def read(s):  # runs on the worker
            lines = billing_view.draft_lines(s, ident)
            return lines, billing_view.line_companies(s, ident, lines)
        self._worker.run(read, on_done=lambda got: self._edit_with(d, *got), on_error=lambda e: show_error(self, e))

    def _edit_with(self, d: dict, lines, companies: dict | None = None) -> None:
        edited = edit_lines(self, d, lines, companies)
        if edited is None:
            return
        ident, seen = d["id"], d["version"]
        self._act(lambda s: invoices.edit_draft(s, ident, edited, expected_version=seen).id,
                  lambda _: self.tr("%1 saved.").replace("%1", invoice_label(d)))

    def delete(self) -> None:
        d = self._data
        if d is None or d["status"] != "draft":
            return
        if not confirm(self, self.tr("Delete draft"), self.tr(
                "Delete %1? A draft from a billing run is billed again by the next run.").replace(
                "%1", invoice_label(d))):
            return
        ident, seen = d["id"], d["version"]
        self._act(lambda s: invoices.delete_draft(s, ident, expected_version=seen),
                  lambda _: self.tr("%1 deleted.").replace("%1", invoice_label(d)), next_id=lambda _: None)

    def credit(self) -> None:
        d = self._data
        if d is None or d["status"] not in CREDITABLE:
            return
        if not confirm(self, self.tr("Credit invoice"), self.tr(
                "Credit %1 in full? A credit note is issued at once and the invoice becomes void.").replace(
                "%1", invoice_label(d))):
            return
        ident, today, seen = d["id"], self._today, d["version"]

        def work(s):
            note = invoices.credit(s, ident, today, expected_version=seen)
            return note.id, note.number, _freed_words(s, note.id)
        self._act(work, lambda r: _with_freed(self.tr("Credit note %1 issued.").replace("%1", r[1]), r[2]),
                  next_id=lambda r: r[0], issued=lambda r: [r[0]])

    def modify(self) -> None:
        d = self._data
        if d is None or d["status"] not in CREDITABLE:
            return
        if not confirm(self, self.tr("Modify invoice"), self.tr(
                "Modify %1? It is credited in full and a draft copy opens for you to correct and issue.")
                .replace("%1", invoice_label(d))):
            return
        ident, today, seen = d["id"], self._today, d["version"]

        def work(s):
            note, draft = invoices.modify(s, ident, today, expected_version=seen)
            return note.number, draft.id, note.id, _freed_words(s, note.id)
        self._act(work, lambda r: _with_freed(
                      self.tr("Credit note %1 issued; the draft copy is open.").replace("%1", r[0]), r[3]),
                  next_id=lambda r: r[1], issued=lambda r: [r[2]])

    def send_by_email(self):
        """Show what sending the shown invoice by e-mail would do, and send it from there."""
        from ui.delivery import SendInvoicesDialog

        current = self._data["id"]
        dialog = SendInvoicesDialog(self._worker, self, refs=[current])
        dialog.sig_sent.connect(lambda: self.sig_changed.emit(current))
        self.send_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.preview()
        return dialog

    def retranslate(self) -> None:
        self.header_box.setTitle(self.tr("Invoice"))
        self.subtotal_label.setText(self.tr("Subtotal:"))
        self.tax_label.setText(self.tr("Tax:"))
        self.total_label.setText(self.tr("Total:"))
        self.issue_button.setText(self.tr("&Issue"))
        self.edit_button.setText(self.tr("&Edit draft…"))
        self.delete_button.setText(self.tr("&Delete draft"))
        self.modify_button.setText(self.tr("&Modify…"))
        self.credit_button.setText(self.tr("C&redit"))
        self.send_button.setText(self.tr("Send by e-mai&l…"))
        self.send_button.setToolTip(self.tr("E-mail this invoice's PDF to the customer (once; again only if "
                                            "you say so)."))
        self.modify_button.setToolTip(self.tr("Credit this invoice and open a draft copy to correct."))
        self.credit_button.setToolTip(self.tr("Issue a credit note for the whole invoice."))
        self.explain_hint.setText(self.tr("Select a line to see how its amount was worked out."))
        self.lines.retranslate()
        self.explain.retranslate()
        self.payments.retranslate()
        self._render()


def _freed_words(session, note_id: int) -> str | None:
    """What paid the credited invoice became credit and where it went at once (app/payments/ledger.py
    ``freed_credit``), in the window's language; None when the invoice was not paid."""
    from app.payments.ledger import freed_credit

    freed = freed_credit(session, note_id)
    said = freed.note() if freed is not None else None
    return sentence(said) if said is not None else None


def _not_applied_words(session, inv) -> str | None:
    """The account's credit another collector holds, not applied to the invoice just issued
    (``invoices.credit_not_applied``), in the window's language; None when none was held back."""
    return ". ".join(sentence(p) for p in invoices.credit_not_applied(session, inv)) or None


def _with_freed(text: str, freed: str | None) -> str:
    """The status message, with what the freed credit paid (a sentence of the core's) after it."""
    return f"{text} {freed}" if freed else text
