""""Undo this change" from a company's history: a confirmation that says what the undo records and what it
puts on the next invoice, then the counter-change recorded (``app.services.undo``); nothing is deleted.

A change that cannot be undone (undone already, itself an undo, a later change depends on it) is refused in
words before anything is asked.
"""
from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.errors import ProrataError
from app.services import change_preview, undo
from app.services.change_choices import change_choices
from ui.formatting import ui_language
from ui.tenants.changes.preview_model import PreviewBox
from ui.tenants.changes.words import bare_text, change_text


class UndoDialog(QDialog):
    """Asks before undoing change ``event_id`` of ``company``; ``what`` names the change in words."""

    sig_loaded = Signal()
    """The confirmation (or the refusal) is on screen."""

    sig_saved = Signal(object)
    """The undo was recorded: the RecordResult."""

    sig_failed = Signal()
    """Saving the undo was refused (the reason is shown)."""

    def __init__(self, worker, company: str, event_id: int, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._company = company
        self._id = event_id
        self._what = what
        self._language = ui_language()
        self._saving = False
        self.counters: list[dict] = []
        self.refused = False
        self.setWindowTitle(self.tr("Undo this change"))
        self.heading = QLabel(self.tr("Undo change #%1: %2?").replace("%1", str(event_id)).replace("%2", what))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(self.tr("Loading…"))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PreviewBox()
        self.preview.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.undo_button = self.buttons.addButton(self.tr("&Undo the change"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.undo_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 300)

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def load(self) -> None:
        """Work out the counter-change and its preview on the worker (or the reason there is none)."""
        event_id, company, lang = self._id, self._company, self._language

        def read(s):  # runs on the worker
            counters = undo.counter_changes(s, event_id)
            choices = change_choices(s, company, date.fromisoformat(counters[0]["date"]), lang)
            try:
                shown = change_preview.preview(s, counters, prefix=None).companies
            except ProrataError as error:
                return counters, choices, None, error
            return counters, choices, shown, None
        self._worker.run(read, on_done=self._loaded, on_error=self._refused)

    def _loaded(self, result) -> None:
        if not self._alive():
            return
        counters, choices, shown, trouble = result
        self.counters = counters
        plans = {p.code: p.name for p in choices.plans}
        steps = "".join(f"<li>{_escape(change_text(e, plans, choices.currency))}</li>" for e in counters)
        self.text.setText(
            "<p>" + _escape(self.tr("Undoing it records, dated like the change:")) + f"</p><ul>{steps}</ul><p>"
            + _escape(self.tr("Nothing is deleted: the change and its undo both stay in the history, and the "
                              "invoices come to what they would have been without the change.")) + "</p>")
        if shown is not None:
            self.preview.show_preview(shown, plans)
        else:
            self.preview.show_text(self.tr("The next invoice cannot be worked out yet: %1").replace(
                "%1", bare_text(trouble)))
        self.preview.show()
        self.undo_button.setEnabled(True)
        self.undo_button.setDefault(True)
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(max(self.width(), 860), max(self.height(), self.sizeHint().height()))
        self.sig_loaded.emit()

    def _refused(self, error) -> None:
        if not self._alive():
            return
        self.refused = True
        self.text.setText("<p>" + _escape(self.tr("This change cannot be undone:")) + "</p><p>"
                          + _escape(bare_text(error)).replace("\n", "<br>") + "</p>")
        self.text.setStyleSheet("color: #5f1410;")
        self.undo_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_loaded.emit()

    def save(self) -> None:
        """Record the undo on the worker."""
        if self._saving or not self.undo_button.isEnabled():
            return
        self._saving = True
        self.undo_button.setEnabled(False)
        event_id, company = self._id, self._company

        def done(result) -> None:
            if self._alive():
                self._saving = False
                self.sig_saved.emit(result)
                self.accept()

        def failed(error) -> None:
            if self._alive():
                self._saving = False
                self._refused(error)
                self.sig_failed.emit()
        self._worker.run(lambda s: undo.undo_change(s, event_id, company=company, source="window"),
                         on_done=done, on_error=failed)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
