"""The billing run dialog: as-of date, a dry-run preview, the run with progress and cancel, a summary.

The run is ``app.billing.run.run_billing`` on the worker (it opens its own
sessions); progress arrives through queued signals, so the window never waits.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QMessageBox, QProgressBar, QPushButton, QSizePolicy, QTableView,
                               QVBoxLayout)

from app.billing.run import RunReport, run_billing
from app.services import billing_view
from ui.billing.outcomes_model import OutcomesModel
from ui.dialogs.date_edit import DateEdit
from ui.dialogs.messages import show_error
from ui.formatting import fmt_count, fmt_date, fmt_money

NOTE_COLUMN = 5  # ``OutcomesModel``'s last: why a row failed or was skipped
PDF_PHASE = "pdf"  # the progress message while the issued invoices' PDFs are stored, after the run


class BillingRunDialog(QDialog):
    """Preview and run billing up to a day."""

    sig_invoices_changed = Signal()
    """A run wrote invoices: lists showing them should read again."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._task = None
        self._mode: str | None = None  # "preview" | "run" while working
        self.report: RunReport | None = None
        self.stored = None  # the last run's stored PDFs (app/services/document_store.StoreReport), when issuing
        self._phase: str | None = None  # PDF_PHASE while the PDFs are stored
        self._previewed: tuple[date, bool] | None = None  # (as of, issue) of the last finished preview
        today = today or date.today()

        self.as_of_label = QLabel()
        self.as_of = DateEdit(today)
        self.as_of.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.as_of_label.setBuddy(self.as_of)
        self.issue_box = QCheckBox()
        self.preview_button = QPushButton()
        self.run_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.as_of_label)
        top.addWidget(self.as_of)
        top.addSpacing(16)
        top.addWidget(self.issue_box)
        top.addStretch(1)
        top.addWidget(self.preview_button)

        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: palette(dark);")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("%p %")
        self.progress_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)

        self.model = OutcomesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        # The short columns fit their contents; the customer's as wide as its names up to a third of the table;
        # the note takes what is left (cut short, whole in its tooltip and, for the selected row, below).
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.model.modelReset.connect(self._fit_customers)
        self.model.dataChanged.connect(self._fit_customers)  # the names arrive after the codes
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self.view.selectionModel().currentRowChanged.connect(self._show_note)
        self.model.modelReset.connect(self._show_note)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        # Run sits apart from Preview (bottom right, beside Close), so the two are never confused; it is the
        # default button only once a preview of the same run has been seen.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addLayout(bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.as_of.dateChanged.connect(self._emphasise)
        self.issue_box.toggled.connect(self._emphasise)
        self.preview_button.clicked.connect(self.preview)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.resize(900, 560)
        self.retranslate()

    # --- actions -------------------------------------------------------------

    def as_of_date(self) -> date:
        return self.as_of.day()

    def preview(self) -> None:
        """A dry run: what billing up to the day would write, writing nothing."""
        self._start("preview")

    def run(self) -> None:
        """Bill every unbilled boundary up to the day, once the clerk has said yes to what it will write;
        issue the invoices if the box is ticked."""
        if self._task is None and self.ask(self.run_question()):
            self._start("run")

    def ask(self, question: str) -> bool:
        """Yes or no from the clerk; No is the default. (Tests answer in place of a person.)"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Run billing"), question, parent=self)
        yes = box.addButton(self.tr("&Run billing"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def run_question(self) -> str:
        """What the run will write, in the preview's counts when the preview was of this same run."""
        as_of, issue = self.as_of_date(), self.issue_box.isChecked()
        report = self.report
        if report is not None and report.dry_run and self._previewed == (as_of, issue):
            billed = len(report.of("billed"))
            text = self.tr("Write %Ln invoice(s) up to %1, totalling %2, as the preview showed?", "", billed)
            text = text.replace("%1", fmt_date(as_of)).replace("%2", self._totals(report))
            if report.reseller_invoices:
                text += " " + self.tr("And %Ln invoice(s) or statement(s) to resellers.", "",
                                      report.reseller_invoices)
        else:
            text = self.tr("You have not previewed this run. Bill every company up to %1 now?").replace(
                "%1", fmt_date(as_of))
        if issue:
            text += "\n\n" + self.tr("The invoices will be issued: they get numbers and can no longer be changed, "
                                      "only credited.")
        else:
            text += "\n\n" + self.tr("The invoices will be drafts: you can check them and issue them later.")
        return text

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            if self._phase == PDF_PHASE:
                self.progress_label.setText(self.tr("Stopping after the PDFs being made now…"))
            else:
                self.progress_label.setText(self.tr("Stopping after the companies being billed now…"))

    def busy(self) -> bool:
        return self._task is not None

    def _start(self, mode: str) -> None:
        if self._task is not None:
            return
        as_of, issue, dry_run, engine = self.as_of_date(), self.issue_box.isChecked(), mode == "preview", \
            self._worker.engine
        self._mode = mode
        self.progress.setRange(0, 0)  # busy until the first report says how much there is
        self.progress_label.setText(self.tr("Reading what is due…"))
        self.summary.setText("")
        self.report = None
        self.stored = None
        self._phase = None
        self.model.set_outcomes([], dry_run)  # the last preview's rows must not pass for this run's
        self._set_working(True)

        def work(progress, cancelled):
            """Runs on the worker: the run, then (issuing) its invoices' PDFs stored, a phase of its own."""
            from app.models.base import utcnow
            from app.services.document_store import store_pdfs

            started = utcnow()
            report = run_billing(engine, as_of, issue=issue, dry_run=dry_run, progress=progress,
                                 cancelled=cancelled)
            if issue and not dry_run and report.invoice_ids:  # credit held by another collector, not applied:
                from app.services.invoices import note_credit_not_applied  # said in the rows' reasons
                from app.storage.engine import unit_of_work

                with unit_of_work(engine) as s:
                    note_credit_not_applied(s, report)
            stored = None
            if issue and not dry_run and not report.cancelled:
                stored = store_pdfs(engine, report.invoice_ids, since=started, cancelled=cancelled,
                                    progress=lambda done, total, _: progress(done, total, PDF_PHASE))
            return report, stored
        self._task = self._worker.run(work, session=False, on_progress=self._progress,
                                      on_done=lambda result: self._done(*result), on_error=self._failed)

    def _set_working(self, working: bool) -> None:
        for w in (self.preview_button, self.run_button, self.as_of, self.issue_box):
            w.setEnabled(not working)
        self.cancel_button.setEnabled(working)
        self.buttons.setEnabled(not working)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 0)
        if message == PDF_PHASE:
            self._phase = PDF_PHASE
            if total:
                self.progress_label.setText(self.tr("Storing the PDFs of the issued invoices: %1 of %2").replace(
                    "%1", fmt_count(done)).replace("%2", fmt_count(total)))
        elif total == 0:
            self.progress_label.setText(self.tr("Nothing is due."))
        else:
            verb = self.tr("Previewing") if self._mode == "preview" else self.tr("Billing")
            text = self.tr("%1: %2 of %3 billing dates done").replace("%1", verb).replace(
                "%2", fmt_count(done)).replace("%3", fmt_count(total))
            if message:
                try:
                    text += " " + self.tr("(up to %1)").replace("%1", fmt_date(date.fromisoformat(message)))
                except ValueError:
                    pass
            self.progress_label.setText(text)

    def _done(self, report: RunReport, stored=None) -> None:
        mode = self._mode
        self._task = None
        self._mode = None
        self._phase = None
        self.stored = stored
        self._set_working(False)
        self.progress.setRange(0, 1 if self.progress.maximum() == 0 else self.progress.maximum())
        if not report.cancelled and not (stored is not None and stored.cancelled):
            self.progress.setValue(self.progress.maximum())
        self.report = report
        self.model.set_outcomes(report.outcomes + report.reseller_outcomes, report.dry_run)
        self._previewed = (report.as_of, self.issue_box.isChecked()) \
            if mode == "preview" and not report.cancelled else None
        self._emphasise()
        self.progress_label.setText(self.tr("Preview finished: nothing was written.") if mode == "preview"
                                    else self.tr("Run finished."))
        self.summary.setText(self.summary_text(report))
        codes = {o.code for o in report.outcomes} | {o.code for o in report.reseller_outcomes}
        if codes:
            self._worker.run(lambda s: billing_view.names_for(s, codes), on_done=self.model.set_names,
                             on_error=lambda e: None)  # names are a nicety; codes still show
        if not report.dry_run and (report.outcomes or report.reseller_invoices):
            self.sig_invoices_changed.emit()

    def _fit_customers(self, *_) -> None:
        """The customer column as wide as its longest name shown, at most a third of the table."""
        fits = max(self.view.sizeHintForColumn(0), self.view.horizontalHeader().sectionSizeHint(0))
        self.view.setColumnWidth(0, min(fits, max(self.view.viewport().width() // 3, 160)))

    def _show_note(self, *_) -> None:
        """The whole note of the selected row under the table (the column shows what fits of it)."""
        row = self.view.currentIndex().row()
        note = self.model.index(row, NOTE_COLUMN).data() if row >= 0 else ""
        who = self.model.index(row, 0).data() if note else ""
        self.note.setText(self.tr("%1: %2").replace("%1", who).replace("%2", note) if note else "")
        self.note.setVisible(bool(note))

    def _emphasise(self) -> None:
        """The preview is the default button until this very run (date and issue box) has been previewed."""
        previewed = self._previewed == (self.as_of_date(), self.issue_box.isChecked())
        self.run_button.setDefault(previewed)
        self.preview_button.setDefault(not previewed)

    def _failed(self, error) -> None:
        self._task = None
        self._mode = None
        self._set_working(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("The run stopped."))
        show_error(self, error)

    # --- words -----------------------------------------------------------------

    @staticmethod
    def _totals(report: RunReport) -> str:
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for o in report.of("billed"):
            if o.total is not None:
                totals[o.currency] += Decimal(o.total)
        return ", ".join(fmt_money(v, c) for c, v in sorted(totals.items())) or "—"

    def summary_text(self, report: RunReport) -> str:
        """One paragraph: how many companies billed, deferred, failed; totals per currency."""
        money = self._totals(report)
        billed, deferred = len(report.of("billed")), len(report.of("deferred"))
        failed, nothing = len(report.of("failed")), len(report.of("nothing"))
        skipped = len(report.of("skipped"))
        if report.dry_run:
            head = self.tr("Preview up to %1: %Ln invoice(s) would be written, totalling %2.", "", billed)
        else:
            head = self.tr("Billed up to %1: %Ln invoice(s) written, totalling %2.", "", billed)
        parts = [head.replace("%1", fmt_date(report.as_of)).replace("%2", money)]
        if report.reseller_invoices:
            parts.append(self.tr("%Ln invoice(s) or statement(s) to resellers.", "", report.reseller_invoices))
        if deferred:
            parts.append(self.tr("%Ln company(ies) deferred under the minimum charge.", "", deferred))
        if nothing:
            parts.append(self.tr("%Ln company(ies) with nothing to bill.", "", nothing))
        if skipped:
            parts.append(self.tr("%Ln company(ies) skipped: invoicing is off for their reseller.", "", skipped))
        if failed:
            parts.append(self.tr("%Ln company(ies) could not be billed: see the rows marked Error.", "", failed))
        refused = len(report.reseller_of("failed"))
        if refused:
            parts.append(self.tr("%Ln settlement(s) with resellers could not be made: see the rows marked Error.",
                                 "", refused))
        if not report.outcomes and not report.reseller_outcomes:
            parts = [self.tr("Nothing is due up to %1: every billing date is already billed.").replace(
                "%1", fmt_date(report.as_of))]
        if report.cancelled:
            parts.append(self.tr("Cancelled: the remaining companies are billed by the next run."))
        stored = self.stored
        if stored is not None and stored.stored:
            parts.append(self.tr("%Ln PDF(s) stored as issued.", "", len(stored.stored)))
        if stored is not None and (stored.cancelled or stored.failed):  # failed: the CLI lists why, per invoice
            parts.append(self.tr("PDFs not stored yet are made when each invoice is first shown, sent or "
                                 "printed."))
        return " ".join(parts)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Run billing"))
        self.as_of_label.setText(self.tr("Bill &up to:"))
        self.issue_box.setText(self.tr("&Issue the invoices (give them numbers)"))
        self.issue_box.setToolTip(self.tr("Unticked, the run writes drafts you can check and issue later."))
        self.preview_button.setText(self.tr("&Preview"))
        self.preview_button.setToolTip(self.tr("Show what the run would bill, without writing anything."))
        self.run_button.setText(self.tr("&Run billing"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.explain.setText(self.tr(
            "Every billing date up to the chosen day that is not billed yet is billed, oldest first. "
            "Preview first; a run never bills a period twice."))
        self.model.retranslate()
        if self.report is not None:
            self.summary.setText(self.summary_text(self.report))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if self._task is not None:  # never walk away from a running task: ask it to stop first
            self.cancel()
            return
        super().reject()
