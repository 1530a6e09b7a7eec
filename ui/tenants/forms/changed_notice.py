"""The bar an open edit form shows when someone else changed (or deleted) its record meanwhile.

Non-modal: it sits above the form's buttons and leaves every field as typed. Reload puts the stored record into
the fields (what was typed is replaced); the × only hides the bar (a save then meets the usual "changed
meanwhile" refusal, which compares the two versions).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from ui.amber import amber_note


class ChangedNotice(QFrame):
    """"Someone else changed this record …" with what changed, Reload and a dismiss button. Hidden at first."""

    sig_reload = Signal()
    """The person chose Reload."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("changedNotice")
        amber_note(self)  # dark text on a light amber ground, whatever the theme: it has to be read
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.sig_reload)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("×")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.clicked.connect(self.hide)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.headline)
        words.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 6, 8)
        row.addLayout(words, 1)
        row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._deleted = False
        self._changes: list[str] = []
        self.hide()
        self.retranslate()

    def show_changed(self, changes: list[str]) -> None:
        """The record was saved by someone else: ``changes`` are lines "Email: a@x → b@x" (may be empty)."""
        self._deleted, self._changes = False, list(changes)
        self.retranslate()
        self.show()

    def show_deleted(self) -> None:
        """The record is gone: nothing to reload, and saving will be refused."""
        self._deleted, self._changes = True, []
        self.retranslate()
        self.show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.dismiss_button.setToolTip(self.tr("Hide this notice"))
        self.reload_button.setText(self.tr("&Reload"))
        self.reload_button.setVisible(not self._deleted)
        if self._deleted:
            self.headline.setText(self.tr("Someone else deleted or moved this record after you opened it."))
            self.details.setText(self.tr("It can no longer be saved here."))
            return
        self.headline.setText(self.tr("Someone else changed this record after you opened it."))
        lines = [self.tr("Their change:")] + self._changes + [""] if self._changes else []
        lines.append(self.tr("Your edits stay as typed. Reload shows their version instead of what you typed."))
        self.details.setText("\n".join(lines))
