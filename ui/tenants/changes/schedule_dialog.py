"""A company's billing schedule on its page (term, billing day, next boundary, a change coming) and the
dialog that changes its term or billing day (``app.services.billing_schedule``).

A change takes effect at the company's first boundary on or after the date chosen that is not billed yet;
the dialog says which date before it is saved, and what the period that starts there is.
"""
from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from app.services import billing_schedule
from app.services.billing_schedule import Period, ScheduleChange
from ui.dialogs.field_form import FieldForm
from ui.formatting import fmt_count, fmt_date, fmt_last_day, term_words
from ui.tenants.changes.words import bare_text, tr
from ui.tenants.forms.base import date_edit, date_of

TERMS = ("monthly", "quarterly", "half_yearly", "yearly")
PAUSE_MS = 250


def schedule_words(p: Period) -> str:
    """"Monthly in advance, on day 15"."""
    return tr("%1 in advance, on day %2").replace("%1", term_words(p.term)).replace("%2", str(p.billing_day))


def period_words(p: Period, whole: bool = True) -> str:
    """"15/03/2026 to 31/03/2026: 17 of 31 days, billed pro rata" (the last day covered, as invoices show it);
    ``whole``: say so of a whole term."""
    if p.days == p.term_days:
        text = tr("%1 to %2").replace("%1", fmt_date(p.start)).replace("%2", fmt_last_day(p.end))
        return tr("%1, a whole term").replace("%1", text) if whole else text
    return (tr("%1 to %2: %3 of %4 days, billed pro rata").replace("%1", fmt_date(p.start))
            .replace("%2", fmt_last_day(p.end)).replace("%3", fmt_count(p.days)).replace("%4", fmt_count(p.term_days)))


class ScheduleBox(QWidget):
    """"Billing schedule" on a company's page, in one line: how it is billed now, its next boundary, a change
    coming, and the button that changes it."""

    sig_read = Signal()
    """The schedule of the company shown is on screen."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._company: str | None = None
        self._asked = 0
        self.now: Period | None = None  # the period that holds today
        self.periods: list[Period] = []  # from the next boundary on
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QToolButton()  # shows the "Change term or billing day…" action
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()

    def show_company(self, code: str | None) -> None:
        """Read and show ``code``'s schedule (None: hide)."""
        self._asked += 1
        self._company = code
        self.setVisible(code is not None)
        self.now, self.periods = None, []
        if code is None:
            return
        asked, today = self._asked, self._today or date.today()
        self.text.setText(self.tr("Loading…"))

        def done(result: tuple[Period, list[Period]]) -> None:
            if shiboken6.isValid(self) and asked == self._asked:
                self.now, self.periods = result
                self.text.setText(self.words())
                self.sig_read.emit()

        def failed(error) -> None:
            if shiboken6.isValid(self) and asked == self._asked:
                self.text.setText(bare_text(error))
        self._worker.run(lambda s: (billing_schedule.period_on(s, code, today),
                                    billing_schedule.upcoming(s, code, 13, today)), on_done=done, on_error=failed)

    def current(self) -> Period | None:
        """How the company is billed today."""
        return self.now

    def words(self) -> str:
        """"Monthly in advance, on day 15. Next invoice on 15/03/2026, for 15/03/2026 to 15/04/2026." and the
        first change coming, if any."""
        now = self.now
        if now is None or not self.periods:
            return ""
        following = self.periods[0]
        text = self.tr("%1. Next invoice on %2, for %3.").replace("%1", schedule_words(now)).replace(
            "%2", fmt_date(following.start)).replace("%3", period_words(following, whole=False))
        later = next((p for p in self.periods if (p.term, p.billing_day) != (now.term, now.billing_day)), None)
        if later is not None:
            text += " " + self.tr("From %1: %2.").replace("%1", fmt_date(later.start)).replace(
                "%2", schedule_words(later).lower())
        return text

    def retranslate(self) -> None:
        self.title.setText(self.tr("Billing schedule:"))
        if self.periods:
            self.text.setText(self.words())


class ScheduleDialog(QDialog):
    """Change the term or the billing day of ``company`` from a date; says where it takes effect first."""

    sig_previewed = Signal()
    """Where the change would take effect (or why it cannot) is on screen."""

    sig_saved = Signal(object)
    """Recorded: the ScheduleChange."""

    sig_failed = Signal()

    def __init__(self, worker, company: str, company_name: str, current: Period | None, signup: date | None,
                 parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._company = company
        self._asked = 0
        self._saving = False
        self._previewed: tuple | None = None
        self.setWindowTitle(self.tr("Billing schedule · %1").replace("%1", company_name or company))
        self.form = FieldForm()
        self.form.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.what = QComboBox()
        self.what.addItem(self.tr("The billing term"), "term")
        self.what.addItem(self.tr("The billing day"), "billing_day")
        self.term = QComboBox()
        for t in TERMS:
            self.term.addItem(term_words(t), t)
        self.day = QComboBox()
        self.day.addItem(self.tr("Anniversary of signup (day %1)").replace("%1", str(signup.day)) if signup
                         else self.tr("Anniversary of signup"), None)
        for d in range(1, 32):
            self.day.addItem(self.tr("Day %1 of the month").replace("%1", str(d)), d)
        if current is not None:
            self.term.setCurrentIndex(max(0, self.term.findData(current.term)))
            self.day.setCurrentIndex(max(0, self.day.findData(current.billing_day)))
        self.on = date_edit(today or date.today())
        self.form.add_field("what", self.tr("&Change:"), self.what)
        self.form.add_field("term", self.tr("&Term:"), self.term)
        self.form.add_field("billing_day", self.tr("Billing &day:"), self.day,
                            hint=self.tr("Days 29 to 31 fall on the last day of shorter months."))
        self.form.add_field("on", self.tr("&From:"), self.on,
                            hint=self.tr("It takes effect at the first billing boundary on or after this date "
                                         "that is not invoiced yet."))
        self.now = QLabel(self.tr("Now: %1.").replace("%1", schedule_words(current)) if current else "")
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now)
        layout.addWidget(self.form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.ask_preview)
        for signal in (self.what.currentIndexChanged, self.term.currentIndexChanged, self.day.currentIndexChanged,
                       self.on.dateChanged):
            signal.connect(lambda *_: self._edited())
        self.what.currentIndexChanged.connect(lambda _i: self._show_rows())
        self._show_rows()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _show_rows(self) -> None:
        kind = self.what.currentData()
        self.form.set_visible("term", kind == "term")
        self.form.set_visible("billing_day", kind == "billing_day")

    def _edited(self) -> None:
        self._asked += 1
        self._previewed = None
        self.save_button.setEnabled(False)
        self._pause.start()

    def choice(self) -> tuple:
        """(kind, value, date) as the fields stand."""
        kind = self.what.currentData()
        value = self.term.currentData() if kind == "term" else self.day.currentData()
        return kind, value, date_of(self.on)

    def ask_preview(self) -> None:
        """Where the change would take effect, worked out on the worker, writing nothing."""
        self._pause.stop()
        self._asked += 1
        asked, company, choice = self._asked, self._company, self.choice()
        kind, value, on = choice
        call = billing_schedule.preview_term if kind == "term" else billing_schedule.preview_billing_day

        def done(change: ScheduleChange) -> None:
            if shiboken6.isValid(self) and asked == self._asked:
                self.form.clear_problems()
                self._previewed = choice
                self.outcome.setText(self.outcome_words(change))
                self.save_button.setEnabled(not self._saving)
                self.sig_previewed.emit()

        def failed(error) -> None:
            if shiboken6.isValid(self) and asked == self._asked:
                self.form.show_problems(error, QLocale().name())
                self.outcome.setText("")
                self.sig_previewed.emit()
        self._worker.run(lambda s: call(s, company, value, on), on_done=done, on_error=failed)

    def outcome_words(self, change: ScheduleChange) -> str:
        return self.tr("Takes effect on %1. The period that starts there: %2.").replace(
            "%1", fmt_date(change.effective)).replace("%2", period_words(change.period))

    def save(self) -> None:
        if self._saving or self._previewed is None:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        company, (kind, value, on) = self._company, self._previewed
        call = billing_schedule.change_term if kind == "term" else billing_schedule.change_billing_day

        def done(change) -> None:
            if shiboken6.isValid(self):
                self._saving = False
                self.sig_saved.emit(change)
                self.accept()

        def failed(error) -> None:
            if shiboken6.isValid(self):
                self._saving = False
                self.form.show_problems(error, QLocale().name())
                self.outcome.setText(self.tr("Nothing was saved."))
                self.sig_failed.emit()
        self._worker.run(lambda s: call(s, company, value, on), on_done=done, on_error=failed)

    def saved_words(self, change: ScheduleChange) -> str:
        what = (self.tr("Billing term: %1").replace("%1", term_words(change.value)) if change.change == "term"
                else self.tr("Billing day: %1").replace("%1", self.day.currentText()))
        return self.tr("%1, from %2.").replace("%1", what).replace("%2", fmt_date(change.effective))

    def open(self) -> None:
        super().open()
        self.what.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ask_preview()
