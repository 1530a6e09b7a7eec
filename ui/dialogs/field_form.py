"""A form whose fields show their own problems: the message under the field it is about.

The core refuses bad input with one ProrataError carrying every problem, each
naming its field in ``where`` ("email", "address.country", "amounts.EUR").
``FieldForm.show_problems`` puts each message under the field it names (the
longest registered name that ``where`` starts with), in the window's
language, marks the field, and focuses the first one; a problem about no
registered field goes to the banner at the top. Editing a field clears its
message.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from app.translation import translator

_BANNER_STYLE = "color: #5f1410; background: #fbe3e1; border: 1px solid #e8a29c; border-radius: 4px; padding: 6px;"
_MESSAGE_STYLE = "color: #b3261e;"
_MARK_STYLE = "border: 1px solid #b3261e; border-radius: 2px;"
_PATH_START = re.compile(r"^\$\.?")


def field_of(where: str, names) -> str | None:
    """The registered field a problem's ``where`` is about: the longest name it starts with."""
    where = _PATH_START.sub("", where or "")
    best = None
    for name in names:
        if where == name or where.startswith(name + ".") or where.startswith(name + "["):
            if best is None or len(name) > len(best):
                best = name
    return best


class FieldForm(QWidget):
    """Labelled fields in a QFormLayout, each with a message line under it for its problems."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.banner)
        lay.addLayout(self.form)
        lay.addStretch(1)
        self._fields: dict[str, tuple[QLabel, QWidget, QLabel]] = {}

    def add_field(self, name: str, label: str, widget: QWidget, hint: str | None = None) -> QWidget:
        """Add a row for the field ``name`` (as the core names it); returns ``widget``."""
        title = QLabel(label)
        title.setBuddy(widget)
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(_MESSAGE_STYLE)
        message.hide()
        col.addWidget(message)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setEnabled(False)
            col.addWidget(note)
        self.form.addRow(title, box)
        self._fields[name] = (title, widget, message)
        _on_edit(widget, lambda: self.clear_field(name))
        return widget

    def set_label(self, name: str, label: str) -> None:
        self._fields[name][0].setText(label)

    def set_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self._fields[name][0], visible)

    def widget(self, name: str) -> QWidget:
        return self._fields[name][1]

    def names(self) -> list[str]:
        """The registered fields' names, in the order they were added (the form's reading order)."""
        return list(self._fields)

    def has_field(self, name: str) -> bool:
        return name in self._fields

    def field_for(self, where: str) -> str | None:
        """The registered field a problem's ``where`` is about (``field_of``), or None."""
        return field_of(where, self._fields)

    def label_text(self, name: str) -> str:
        """The field's label as shown, mnemonic and colon included ("&Plan:")."""
        return self._fields[name][0].text()

    def label_words(self, name: str) -> str:
        """The field's label as words: "&Plan:" -> "Plan", "プラン(&P):" -> "プラン", "R&&D:" -> "R&D"."""
        text = re.sub(r"\(&\w\)", "", self.label_text(name))
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip().rstrip(":：").rstrip()

    def message_text(self, name: str) -> str:
        """The problem shown under the field ("" when none is)."""
        message = self._fields[name][2]
        return message.text() if not message.isHidden() else ""

    def clear_field(self, name: str) -> None:
        _, widget, message = self._fields[name]
        message.hide()
        message.clear()
        widget.setStyleSheet("")

    def clear_problems(self) -> None:
        for name in self._fields:
            self.clear_field(name)
        self.banner.hide()
        self.banner.clear()

    def show_problems(self, error, language: str | None = None) -> int:
        """Show each of the error's problems under its field; returns how many were placed on fields."""
        self.clear_problems()
        translate = translator(language or QLocale().name())
        problems = getattr(error, "problems", None)
        if problems is None:
            self._banner([str(error)])
            return 0
        placed: dict[str, list[str]] = {}
        loose: list[str] = []
        for p in problems:
            name = field_of(p.where, self._fields)
            if name is None:
                loose.append(p.message(translate))
            else:
                bare = type(p)(p.id, p.params, "")  # the field says where; the message says what
                placed.setdefault(name, []).append(bare.message(translate))
        for name, texts in placed.items():
            _, widget, message = self._fields[name]
            message.setText("\n".join(texts))
            message.show()
            widget.setStyleSheet(_MARK_STYLE)
        if loose:
            self._banner(loose)
        first = next((n for n in self._fields if n in placed), None)
        if first is not None:
            self._fields[first][1].setFocus(Qt.FocusReason.OtherFocusReason)
        return sum(len(t) for t in placed.values())

    def _banner(self, texts: list[str]) -> None:
        self.banner.setText("\n".join(texts))
        self.banner.show()


def _on_edit(widget: QWidget, callback) -> None:
    """Call ``callback`` when the user edits ``widget`` (whatever kind of input it is)."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda _t: callback())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(callback)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _i: callback())
        if widget.isEditable():
            widget.editTextChanged.connect(lambda _t: callback())
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(lambda _d: callback())
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(callback)
