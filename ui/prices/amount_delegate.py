"""The editor for a price cell: a right-aligned line for an amount as the user's language writes it.

It takes any keystroke: what is typed is read by the model with
``app.values.typed`` in the UI's locale, and a refusal (not a number,
ambiguous, negative, too many decimals) is said in a sentence, so nothing
typed (a minus sign, a grouping separator) is dropped silently.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

MAX_LENGTH = 40


class AmountDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setMaxLength(MAX_LENGTH)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor, index):
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
