"""Asking before typed work is thrown away.

A dialog a person types into (a form, an invoice's lines, a payment) mixes in ``KeepsTypedWork`` and says what
counts as typed work in ``has_typed_work``. Cancel, Esc and the window's close button all end in ``reject()``
(QDialog's closeEvent calls it), so one override asks for all three; a dialog with nothing typed closes at once.

Most dialogs need no rule of their own: they name their inputs (``typed_inputs``), call ``mark_untouched()``
once they are filled with what they open with, and have typed work while any input differs from that
(``typed_state`` reads a line, a combo, a date, a check box, a table's cells). Closing after a save, or because
the dialog cannot go on (someone else changed the account), goes through ``reject_without_asking``.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDateTimeEdit,
                               QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget)

_EDITING = "\0a cell is being typed in"  # never equal to what a dialog opened with


def let_typed_work_go(parent: QWidget) -> bool:
    """Ask whether what was typed may be thrown away: True lets it go, False keeps the dialog open."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("UnsavedWork", "Discard your changes?"),
                      QCoreApplication.translate("UnsavedWork", "What you typed here has not been saved. "
                                                                "Close and discard it?"),
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("UnsavedWork", "Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


def _state(widget: QWidget):
    """What ``widget`` holds, as a value to compare with an earlier one."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentData(), widget.currentText() if widget.isEditable() else None
    if isinstance(widget, QDateTimeEdit):
        day = getattr(widget, "day", None)  # ui.dialogs.date_edit.DateEdit: "not set" too
        return day() if day is not None else widget.dateTime()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView):
        if widget.state() == QAbstractItemView.State.EditingState:
            return _EDITING  # what is in the open editor is not in the model yet
        model = widget.model()
        if model is None:
            return None
        return tuple(tuple(model.index(r, c).data(Qt.ItemDataRole.EditRole) for c in range(model.columnCount()))
                     for r in range(model.rowCount()))
    # A box of inputs (an allocation editor, a row of fields): what each of them holds.
    return tuple(_state(child) for child in widget.children() if isinstance(child, QWidget))


def typed_state(widgets: Iterable[QWidget]) -> tuple:
    """What each of ``widgets`` holds (see ``_state``), in order."""
    return tuple(_state(w) for w in widgets)


class KeepsTypedWork:
    """Mix into a QDialog (before QDialog in the bases): rejecting it with typed work asks first."""

    _untouched: tuple | None = None

    def typed_inputs(self) -> list[QWidget]:
        """The inputs whose change is typed work (for the default ``has_typed_work``)."""
        raise NotImplementedError

    def mark_untouched(self) -> None:
        """What the inputs hold now is what the dialog opened with (again, after a reload)."""
        self._untouched = typed_state(self.typed_inputs())

    def has_typed_work(self) -> bool:
        """True once an input differs from what it held at ``mark_untouched`` (never before that call)."""
        return self._untouched is not None and typed_state(self.typed_inputs()) != self._untouched

    def reject(self) -> None:
        if self.has_typed_work() and not let_typed_work_go(self):
            return
        super().reject()

    def reject_without_asking(self) -> None:
        """Close as Cancel does, without the question (nothing is left to keep)."""
        super().reject()
