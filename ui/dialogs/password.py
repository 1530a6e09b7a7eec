"""Asking for the database password when the server wants one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_password(url: str, parent: QWidget | None = None) -> str | None:
    """A modal password prompt for ``url`` (shown without its password); None if cancelled."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("PasswordDialog", "Database password"),
        QCoreApplication.translate("PasswordDialog", "Password for %1:").replace("%1", url),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None
