"""The progress dialog of one long task on a worker (a batch, an import): window-modal over its parent, shown
only when the task takes longer than 300 ms, its Cancel asking the task to stop, and closed when the task ends.

The dialogs that run such a task keep the returned dialog (``None`` once closed): a modal dialog's ``setValue``
runs the event loop, so the task's end may arrive while a progress report is being shown; ``show_step`` and
``close`` accept ``None`` for that reason.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


def open_for(task, parent: QWidget, title: str, label: str) -> QProgressDialog:
    """A progress dialog over ``parent`` following ``task`` (a ``ui.worker.Task``): Cancel cancels it."""
    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(task.cancel)
    return dialog


def show_step(dialog: QProgressDialog | None, done: int, total: int, label: str) -> None:
    """``done`` of ``total`` steps, with what is being done; nothing once the dialog is closed."""
    if dialog is not None:
        dialog.setLabelText(label)
        dialog.setRange(0, max(total, 1))
        dialog.setValue(done)


def close(dialog: QProgressDialog | None) -> None:
    """The task ended (done, failed or cancelled): the dialog goes."""
    if dialog is not None:
        dialog.reset()
        dialog.deleteLater()
