"""What the console's dialogs share: a FieldForm whose refusals are said at their fields, a confirmation
before anything is written, the write run on the worker, and a clerk who lost a race told so.

A refusal about what was typed keeps the dialog open with the words under the field. A refusal because
someone else changed the account first (a payment allocated, refunded or reversed meanwhile) closes the
dialog, says what happened, and has the console read the account again (``sig_stale``).

Cancel, Esc and the close button ask first when something was typed or chosen since the dialog opened
(``ui.dialogs.unsaved``): each dialog calls ``mark_untouched()`` once it is filled.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from app.errors import ProrataError
from ui.dialogs.field_form import FieldForm
from ui.dialogs.messages import error_text
from ui.dialogs.unsaved import KeepsTypedWork

# Refusals that mean the account changed under the clerk's eyes (app/payments/allocation.py, payments.py,
# reversals.py, payouts.py, app/services/invoice_claims.py).
RACES = frozenset({"over_allocation", "source_exhausted", "payment_reversed", "reversed_meanwhile", "not_payable",
                   "no_credit", "nothing_open", "changed_meanwhile", "stale_invoice", "credited_meanwhile",
                   "issued_meanwhile", "deleted_meanwhile", "unknown_account", "payout_reversed_already"})


def confirm(parent, title: str, text: str) -> bool:
    """Ask before money moves; True when the clerk agrees."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell_race(parent: QWidget | None, error) -> QMessageBox:
    """Say, without waiting for an answer, that someone else acted first and what the account is now."""
    box = QMessageBox(QMessageBox.Icon.Information, QDialog.tr("Changed meanwhile"),
                      QDialog.tr("Someone else changed this account while you were working on it; nothing was "
                                 "written. The account is shown again as it is now."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(error_text(error))
    box.setObjectName("race_message")
    box.open()
    return box


def is_race(error) -> bool:
    return any(p.id in RACES for p in getattr(error, "problems", []))


class ActionDialog(KeepsTypedWork, QDialog):
    """A dialog that writes one thing through the worker (see the module's docstring)."""

    sig_done = Signal(object)
    """The write succeeded: what the service returned. The account changed."""

    sig_stale = Signal(object)
    """Refused because the account changed meanwhile: the ProrataError."""

    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self._worker = worker
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.form = FieldForm()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.form, 1)
        self.layout_.addWidget(self.buttons)
        self.busy = False

    def typed_inputs(self) -> list[QWidget]:
        """Every field of the form."""
        return [self.form.widget(name) for name in self.form.names()]

    def accept(self) -> None:
        """OK: check what was typed, ask, then write (the dialog closes once it is written)."""
        if not self.busy:
            self.submit()

    def submit(self) -> None:
        raise NotImplementedError

    def show_problems(self, error: ProrataError) -> None:
        self.form.show_problems(error)
        self.adjustSize()  # room for the messages under the fields

    def write(self, fn) -> None:
        """Run ``fn(session)`` on the worker; close on success, else say why."""
        self.busy = True
        self.ok_button.setEnabled(False)
        self.form.clear_problems()

        def done(result) -> None:
            self.busy = False
            self.ok_button.setEnabled(True)
            self.sig_done.emit(result)
            super(ActionDialog, self).accept()

        def failed(error) -> None:
            self.busy = False
            self.ok_button.setEnabled(True)
            if is_race(error):
                self.sig_stale.emit(error)
                self.reject_without_asking()  # the account changed: what was typed no longer fits it
                tell_race(self.parentWidget(), error)
            else:
                self.show_problems(error)
        self._worker.run(fn, on_done=done, on_error=failed)
