"""Errors as people read them: a ProrataError's sentences in a message box, never a traceback."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from app.translation import translator


def error_text(error) -> str:
    """The error's messages in the window's language, one per line (anything else: its text)."""
    if hasattr(error, "messages"):
        return "\n".join(error.messages(translator(QLocale().name())))
    return str(error)


def sentence(problem) -> str:
    """A sentence of the core's (a ``Problem``: a notice, not an error) in the window's language, as a sentence
    starts (the core words its sentences in lower case, to follow what names them)."""
    said = problem.message(translator(QLocale().name()))
    return said[:1].upper() + said[1:]


def show_error(parent: QWidget | None, error, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      title or QCoreApplication.translate("Messages", "Prorata"),
                      QCoreApplication.translate("Messages", "This could not be done:"),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(error_text(error))
    box.exec()
