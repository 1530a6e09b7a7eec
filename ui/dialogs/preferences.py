"""Preferences: the window's language, switched at once in every open window and remembered.

Each language is listed by its own name ("Deutsch", "日本語"), so a user lost in
a language they cannot read still finds theirs. Choosing one applies it at once
(``ui.i18n.switch``): the dialog retranslates itself with everything else.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ui import i18n


class PreferencesDialog(QDialog):
    """The language list; a choice takes effect at once and is saved for the next start."""

    sig_language_changed = Signal(str)
    """The window now speaks this language (``de``, ``ja``…)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = QComboBox()
        for lang in i18n.LANGUAGES:
            self.language.addItem(i18n.native_name(lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self._chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def choose(self, lang: str) -> None:
        """Switch to ``lang`` as if picked in the list (tests and the menu use this)."""
        self.language.setCurrentIndex(self.language.findData(lang))

    def _chosen(self, index: int) -> None:
        lang = self.language.itemData(index)
        if lang and lang != i18n.current_language():
            i18n.switch(QApplication.instance(), lang)
            self.sig_language_changed.emit(lang)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))
        self.note.setText(self.tr("Menus, windows and messages change at once; numbers and dates follow the "
                                  "language. Invoices keep each customer's own language."))
        # The Close button is Qt's own: qtbase's translation relabels it.
