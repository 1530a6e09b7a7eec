"""The "Send invoices" dialog: what would be sent, then the sending with progress, then each invoice's outcome
in words.

Opening it runs ``app.delivery.send.send_invoices`` as a dry run on the worker, so the clerk sees who gets
which invoice before anything goes out; "Send" runs it for real (the same selection), reporting progress
through queued signals. Invoices sent before are listed as such and go again only with "Send again".
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QProgressBar, QPushButton, QTableView, QVBoxLayout)

from app.translation import translator
from ui.dialogs.messages import show_error


class SendInvoicesDialog(QDialog):
    """Send issued invoices by e-mail: the invoices ``refs`` (ids), else every one issued up to ``until``."""

    sig_sent = Signal()
    """Invoices were sent: views showing delivery should read again."""

    def __init__(self, worker, parent=None, *, refs: list[int] | None = None, until: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._refs = list(refs or [])  # ids (ints: never read as invoice numbers)
        self._until = until
        self._task = None
        self.report = None  # the last SendReport (the preview's, then the send's)
        self.sent = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, 4, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.resend_box = QCheckBox()
        self.resend_box.toggled.connect(self.preview)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)  # shown while sending and after
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.resend_box)
        below.addWidget(self.progress, 1)
        layout.addLayout(below)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        self.retranslate()

    # ---------------------------------------------------------------- work (on the worker)

    def _call(self, dry_run: bool):
        from app.delivery.send import send_invoices

        engine, refs, until, resend = self._worker.engine, list(self._refs), self._until, self.resend_box.isChecked()

        def work(progress, cancelled):
            """Runs on the worker; never touches widgets."""
            return send_invoices(engine, refs=refs, until=until, resend=resend, dry_run=dry_run,
                                 progress=progress, cancelled=cancelled)
        return work

    def preview(self) -> None:
        """Say what would be sent (a dry run: nothing is sent or written)."""
        self.send_button.setEnabled(False)
        self.summary.setText(self.tr("Looking for invoices to send…"))
        self._task = self._worker.run(self._call(True), session=False, on_done=self._previewed,
                                      on_error=self._failed)

    def send(self) -> None:
        """Send what the preview listed, with progress; the outcome of each in the table."""
        self.send_button.setEnabled(False)
        self.resend_box.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.summary.setText(self.tr("Sending…"))
        self._task = self._worker.run(self._call(False), session=False, on_progress=self._progress,
                                      on_done=self._done, on_error=self._failed)

    def busy(self) -> bool:
        return self._task is not None

    # ---------------------------------------------------------------- results (GUI thread)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 sent").replace("%1", str(done)).replace("%2", str(total)))

    def _previewed(self, report) -> None:
        from app.delivery.send import WOULD_SEND

        self._task = None
        self.report = report
        self._fill(report)
        n = report.count(WOULD_SEND)
        self.send_button.setEnabled(n > 0)
        self.send_button.setText(self.tr("&Send %Ln invoice(s)", "", n) if n else self.tr("&Send"))
        self.summary.setText(self.tr("%Ln invoice(s) will be sent by e-mail, each with its PDF attached.", "", n)
                             if n else self.tr("Nothing to send: every invoice listed was sent before or goes "
                                               "another way."))

    def _done(self, report) -> None:
        from app.delivery.send import FAILED, IN_DOUBT, SENT

        self._task = None
        self.report = report
        self.sent = True
        self.resend_box.setEnabled(True)
        self._fill(report)
        sent, failed, doubtful = report.count(SENT), report.count(FAILED), report.count(IN_DOUBT)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("Done"))
        text = self.tr("%Ln invoice(s) sent.", "", sent)
        if failed:
            text += " " + self.tr("%Ln could not be sent: see why below; the next send tries them again.", "",
                                  failed)
        if doubtful:
            text += " " + self.tr("%Ln in doubt: the connection was lost after sending, so they may have been "
                                  "delivered. They are not sent again unless you check \"Send again those sent "
                                  "before\"; ask the customer first.", "", doubtful)
        self.summary.setText(text)
        self.send_button.setText(self.tr("&Send"))
        if sent:
            self.sig_sent.emit()

    def _failed(self, error) -> None:
        self._task = None
        self.progress.setRange(0, 1)
        self.resend_box.setEnabled(True)
        self.summary.setText(self.tr("Nothing was sent."))
        show_error(self, error)

    def _fill(self, report) -> None:
        from PySide6.QtCore import QLocale

        words = translator(QLocale().name())
        self.model.removeRows(0, self.model.rowCount())
        for o in report.outcomes:
            said = self._status_word(o.status)
            if not (o.status == "would_send" or o.status == "sent" and o.problem is None):
                said += ": " + o.text(words)  # why, in words (the number and address are in their columns)
            row = [QStandardItem(o.number or f"#{o.invoice_id}"), QStandardItem(o.customer or ""),
                   QStandardItem(o.recipient or ""), QStandardItem(said)]
            row[3].setToolTip(o.text(words))
            self.model.appendRow(row)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()

    def _status_word(self, status: str) -> str:
        return {"sent": self.tr("Sent"), "failed": self.tr("Not sent"), "held": self.tr("Not by e-mail"),
                "skipped": self.tr("Left out"), "in_doubt": self.tr("In doubt"),
                "would_send": self.tr("Will be sent")}.get(status, status)

    def rows(self) -> list[list[str]]:
        """The table as the clerk reads it."""
        return [[self.model.item(r, c).text() for c in range(4)] for r in range(self.model.rowCount())]

    def outcome_texts(self) -> list[str]:
        """The table's last column, row by row (what the clerk reads)."""
        return [self.model.item(r, 3).text() for r in range(self.model.rowCount())]

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send invoices by e-mail"))
        self.model.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Customer"), self.tr("To"),
                                              self.tr("What happens")])
        self.resend_box.setText(self.tr("Send &again those sent before"))
        if not self.send_button.text():
            self.send_button.setText(self.tr("&Send"))
        for h in range(4):
            self.model.horizontalHeaderItem(h).setTextAlignment(Qt.AlignmentFlag.AlignLeft
                                                                | Qt.AlignmentFlag.AlignVCenter)
