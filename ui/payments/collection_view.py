"""The collection page: collect the issued invoices of customers with a saved card, a SEPA mandate or an ACH
authorisation, with progress and cancel, then what was collected, the bank files written, and the invoices
to follow up.

The run is ``app.payments.collection.collect_issued`` on the worker (it opens its own sessions), after
``charges.recover`` has asked the processors about any charge left unanswered, as the CLI does. Before it
starts, the clerk is asked with the counts of ``collection_console.preview`` (read on the worker too).
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from app.payments.collection import Report
from app.payments.collection_console import Preview
from ui.dialogs.date_edit import DateEdit
from ui.dialogs.messages import show_error
from ui.formatting import fmt_count, fmt_date, fmt_money
from ui.payments.collection_model import LINE_ROLE, FollowUpModel
from ui.tables import table_view

FOLDER_KEY = "payments/collection_folder"
_DEBIT_STEP = re.compile(r"(sepa|ach) (\d+)")


def money_by_currency(pairs) -> str:
    """"€48.00, $12.00": (amount, currency) pairs summed per currency."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for amount, currency in pairs:
        totals[currency] += amount
    return ", ".join(fmt_money(v, c) for c, v in sorted(totals.items())) or "—"


class CollectionView(QWidget):
    """Collect what is open (see the module's docstring); a page of the payment console."""

    sig_payments_changed = Signal()
    """A collection booked payments: accounts and aging should read again."""

    sig_open_account = Signal(int)
    """The clerk wants this account shown in the console: its id."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, worker, parent=None, today: date | None = None, settings: QSettings | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._settings = settings or QSettings()
        self._task = None
        self._asking = False
        self.report: Report | None = None
        today = today or date.today()

        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: palette(dark);")
        self.as_of = DateEdit(today)
        self.collection_date = DateEdit(today + timedelta(days=2))
        for d in (self.as_of, self.collection_date):
            d.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setText(str(self._settings.value(FOLDER_KEY, "") or ""))
        self.folder.setMinimumWidth(420)
        self.choose_button = QPushButton()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 3)
        folder_row.addWidget(self.choose_button)
        folder_row.addStretch(1)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.as_of_label, self.date_label, self.folder_label = QLabel(), QLabel(), QLabel()
        self.as_of_label.setBuddy(self.as_of)
        self.date_label.setBuddy(self.collection_date)
        self.folder_label.setBuddy(self.choose_button)
        self.form.addRow(self.as_of_label, self.as_of)
        self.form.addRow(self.date_label, self.collection_date)
        self.form.addRow(self.folder_label, folder_row)
        self.collect_button = QPushButton()
        self.collect_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("%p %")
        self.progress_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.collect_button)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton()
        files_row = QHBoxLayout()
        files_row.addWidget(self.files_label, 1)
        files_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)

        self.model = FollowUpModel(self)
        self.table = table_view(self.model, 4)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as collected, at first
        self.table.setSortingEnabled(True)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.follow_box = QGroupBox()
        follow = QVBoxLayout(self.follow_box)
        follow.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.open_button)
        follow.addLayout(below)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addLayout(bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary)
        layout.addLayout(files_row)
        layout.addWidget(self.follow_box, 1)
        layout.addStretch(0)  # takes the room while there is no list yet
        self._show_result()

        self.choose_button.clicked.connect(lambda: self.choose_folder())
        self.collect_button.clicked.connect(lambda: self.collect())
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda index: self.open_line(index.row()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.open_button.setEnabled(current.isValid()))
        self.retranslate()

    # --- choices ------------------------------------------------------------------------

    def folder_path(self) -> str:
        return self.folder.text().strip()

    def set_folder(self, path: str) -> None:
        """Where bank files go; remembered for the next time."""
        self.folder.setText(path)
        self.folder.setToolTip(path)
        if path:
            self._settings.setValue(FOLDER_KEY, path)

    def choose_folder(self) -> bool:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the bank files"),
                                                self.folder_path() or str(Path.home()))
        if path:
            self.set_folder(path)
        return bool(path)

    # --- the run ------------------------------------------------------------------------

    def busy(self) -> bool:
        return self._task is not None or self._asking

    def collect(self) -> None:
        """Count what would be collected (on the worker), ask the clerk, then collect."""
        if self.busy():
            return
        from app.payments import collection_console

        as_of, engine = self.as_of.day(), self._worker.engine
        self._asking = True
        self._set_working(True, counting=True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Counting what is open…"))

        def counted(preview: Preview) -> None:
            self._asking = False
            self._set_working(False)
            self.progress.setRange(0, 1)
            self.progress_label.setText("")
            self._confirm(preview)

        def failed(error) -> None:
            self._asking = False
            self._failed(error)
        self._worker.run(lambda _progress, _cancelled: collection_console.preview(engine, as_of), session=False,
                         on_done=counted, on_error=failed)

    def _confirm(self, preview: Preview) -> None:
        as_of = fmt_date(self.as_of.day())
        if not preview.to_collect and not preview.by_credit:
            self.progress_label.setText(self.tr("Nothing to collect up to %1.").replace("%1", as_of) + " "
                                        + self._left_alone(preview.skipped, preview.switched_off))
            return
        if preview.by_debit and not self.folder_path() and not self.choose_folder():
            self.progress_label.setText(self.tr("Choose a folder for the bank files first."))
            return
        if self.ask(self.question(preview)):
            self._start()

    def question(self, preview: Preview) -> str:
        """What the collection will do, in the preview's counts."""
        if preview.to_collect:
            text = self.tr("Collect %Ln invoice(s) issued up to %1, %2 in all?", "", preview.to_collect).replace(
                "%1", fmt_date(self.as_of.day())).replace(
                "%2", money_by_currency((v, c) for c, v in preview.amounts.items()))
        else:  # only invoices the customers' credit settles: the run applies the credit, collects nothing
            text = self.tr("Nothing to collect up to %1. Apply the customers' credit to the invoices it "
                           "settles?").replace("%1", fmt_date(self.as_of.day()))
        parts = []
        if preview.by_credit:
            parts.append(self.tr("%Ln settled by the customers' credit first, not collected.", "",
                                 preview.by_credit))
        if preview.by_card:
            parts.append(self.tr("%Ln charged to a saved card now.", "", preview.by_card))
        if preview.by_debit:
            parts.append(self.tr("%Ln debited on %1, in bank file(s) written to %2.", "", preview.by_debit)
                         .replace("%1", fmt_date(self.collection_date.day())).replace("%2", self.folder_path()))
        left = self._left_alone(preview.skipped, preview.switched_off)
        return text + "\n\n" + "\n".join(parts) + ("\n\n" + left if left else "")

    def ask(self, question: str) -> bool:
        """Yes or no from the clerk; No is the default. (Tests answer in place of a person.)"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Collect payments"), question, parent=self)
        yes = box.addButton(self.tr("&Collect"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _start(self) -> None:
        from app.payments import charges, collection

        engine, as_of, day = self._worker.engine, self.as_of.day(), self._today or date.today()
        when, folder = self.collection_date.day(), self.folder_path() or None

        def work(progress, cancelled):
            """Runs on the worker; never touches widgets."""
            charges.recover(engine, day=day)  # a charge left unanswered is resolved first, never made again
            return collection.collect_issued(engine, as_of=as_of, day=day, collection_date=when, out_dir=folder,
                                             progress=progress, cancelled=cancelled)
        self.report = None
        self._show_result()
        self._set_working(True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Asking the processors about charges left unanswered…"))
        self._task = self._worker.run(work, session=False, on_progress=self._progress, on_done=self._done,
                                      on_error=self._failed)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the payment being collected now…"))

    def _set_working(self, working: bool, counting: bool = False) -> None:
        for w in (self.collect_button, self.as_of, self.collection_date, self.choose_button):
            w.setEnabled(not working)
        self.cancel_button.setEnabled(working and not counting)

    def _progress(self, done: int, total: int, message: str) -> None:
        if self._task is None or self._task.cancelled():
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        text = self.tr("Collecting: %1 of %2 done").replace("%1", fmt_count(done)).replace("%2", fmt_count(total))
        m = _DEBIT_STEP.fullmatch(message)
        if m:
            what = self.tr("writing the SEPA file") if m.group(1) == "sepa" else self.tr("writing the ACH file")
            text += f" ({what})"
        elif message:
            text += " " + self.tr("(charging %1)").replace("%1", message)
        self.progress_label.setText(text)

    def _done(self, report: Report) -> None:
        self._task = None
        self._set_working(False)
        self.progress.setRange(0, max(self.progress.maximum(), 1))
        if not report.cancelled:
            self.progress.setValue(self.progress.maximum())
        self.report = report
        self.progress_label.setText(self.tr("Collection cancelled.") if report.cancelled
                                    else self.tr("Collection finished."))
        self._show_result()
        self.sig_status.emit(self.summary.text())
        if report.collected or report.settled_by_credit:  # credit applied changes the accounts too
            self.sig_payments_changed.emit()

    def _failed(self, error) -> None:
        self._task = None
        self._set_working(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("The collection stopped."))
        show_error(self, error)

    # --- the result --------------------------------------------------------------------------

    def _left_alone(self, skipped: int, switched_off: int) -> str:
        parts = []
        if skipped:
            parts.append(self.tr("%Ln invoice(s) left alone: no saved card, mandate or authorisation.", "",
                                 skipped))
        if switched_off:
            parts.append(self.tr("%Ln invoice(s) left alone: payment collection is switched off for their "
                                 "issuer.", "", switched_off))
        return " ".join(parts)

    def summary_text(self, report: Report) -> str:
        """One paragraph: collected (count, money per currency), to follow up, left alone, cancelled."""
        got = report.collected
        parts = [self.tr("%Ln invoice(s) collected, %1.", "", len(got)).replace(
            "%1", money_by_currency((x.amount, x.currency) for x in got))] if got else [
            self.tr("Nothing was collected.")]
        debits = [x for x in got if x.status == "submitted"]
        if debits:
            parts.append(self.tr("%Ln of them by direct debit: upload the bank file(s) below to the bank.", "",
                                 len(debits)))
        if report.follow_up:
            parts.append(self.tr("%Ln to follow up: see the list below.", "", len(report.follow_up)))
        settled = report.settled_by_credit
        if settled:
            parts.append(self.tr("%Ln invoice(s) settled by the customers' credit (%1), not collected.", "",
                                 len(settled)).replace(
                "%1", money_by_currency((x.amount, x.currency) for x in settled)))
        left = self._left_alone(report.skipped, report.switched_off)
        if left:
            parts.append(left)
        if report.cancelled:
            parts.append(self.tr("Cancelled: what was collected stays collected; the rest is collected by the "
                                 "next run."))
        return " ".join(parts)

    def _show_result(self) -> None:
        r = self.report
        self.summary.setText(self.summary_text(r) if r is not None else "")
        self.summary.setVisible(r is not None)
        files = r.files if r is not None else []
        if files:
            folder = str(Path(files[0]).parent)
            self.files_label.setText(self.tr("%Ln bank file(s) written to %1: %2", "", len(files)).replace(
                "%1", folder).replace("%2", ", ".join(Path(f).name for f in files)))
        self.files_label.setVisible(bool(files))
        self.open_folder_button.setVisible(bool(files))
        follow = r.follow_up if r is not None else []
        self.model.set_lines(follow)
        self.follow_box.setVisible(r is not None)
        self.follow_box.setTitle(self.tr("To follow up (%1)").replace("%1", fmt_count(len(follow))))
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def open_folder(self) -> None:
        if self.report is not None and self.report.files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.report.files[0]).parent)))

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_line(index.row())

    def open_line(self, row: int) -> None:
        """Find the account of the line's customer (on the worker) and ask the console to show it."""
        from app.payments import collection_console

        ln = self.model.index(row, 0).data(LINE_ROLE)
        if ln is None:
            return

        def found(account_id: int | None) -> None:
            if account_id is None:
                self.sig_status.emit(self.tr("%1 has no account in %2.").replace("%1", ln.customer).replace(
                    "%2", ln.currency))
            else:
                self.sig_open_account.emit(account_id)
        self._worker.run(lambda s: collection_console.account_of(s, ln.customer, ln.currency, ln.invoice),
                         on_done=found, on_error=lambda e: show_error(self, e))

    def retranslate(self) -> None:
        self.explain.setText(self.tr(
            "Collects the issued, open invoices of customers with a saved card (charged now through the "
            "processor) or a SEPA mandate or ACH authorisation (a bank file to upload to the bank). Issuers "
            "with payment collection switched off are left alone. Nothing is ever charged twice."))
        self.as_of_label.setText(self.tr("Invoices issued &up to:"))
        self.date_label.setText(self.tr("Direct debits &due on:"))
        self.folder_label.setText(self.tr("Bank files &in:"))
        self.folder.setPlaceholderText(self.tr("No folder chosen"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.collect_button.setText(self.tr("&Collect…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_folder_button.setText(self.tr("&Open folder"))
        self.open_button.setText(self.tr("Show the customer's &account"))
        self.model.retranslate()
        self._show_result()
