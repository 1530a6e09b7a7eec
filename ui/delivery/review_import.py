"""File > "Import review answers…": apply a reviewer's answers file (app/review/apply.py) from the window.

Asks for the answers file and whether approved drafts are issued now, applies them on the worker, and says
what happened in words: issued, approved, queried, applied before, and each refusal with its reason.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.translation import translator
from ui.dialogs.messages import show_error


def tr(text: str, n: int = -1) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text, None, n)


class ReviewImport(QObject):
    """One import: ``start()`` asks for the file, ``apply(path, issue)`` does the work."""

    sig_imported = Signal(object)
    """The answers were applied: the ``Outcome`` (invoices may have been issued)."""

    def __init__(self, worker, parent: QWidget):
        super().__init__(parent)
        self._worker = worker
        self._parent = parent

    def start(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._parent, tr("Import review answers"), "",
                                              tr("Review answers (*.json);;All files (*)"))
        if not path:
            return
        issue = QMessageBox.question(
            self._parent, tr("Import review answers"),
            tr("Issue the drafts the reviewer approved now? (No: the approvals are noted and they stay drafts.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        self.apply(path, issue)

    def apply(self, path: str, issue: bool) -> None:
        """Read and apply the answers in ``path`` on the worker; the outcome in a message box."""
        from app.review import answers
        from app.review.apply import apply_answers

        def work(session):
            """Runs on the worker; never touches widgets."""
            return apply_answers(session, answers.read(path), issue_approved=issue)

        self._worker.run(work, on_done=self._done, on_error=lambda e: show_error(self._parent, e))

    @staticmethod
    def words(outcome) -> str:
        """The outcome as the clerk reads it."""
        translate = translator(QLocale().name())
        parts = []
        for items, text in ((outcome.issued, tr("Issued: %n", len(outcome.issued))),
                            (outcome.approved, tr("Approved, still drafts: %n", len(outcome.approved))),
                            (outcome.queried, tr("Held with the reviewer's comment: %n", len(outcome.queried))),
                            (outcome.already, tr("Imported before, nothing changed: %n", len(outcome.already)))):
            if items:
                parts.append(text + "\n  " + "\n  ".join(items))
        if outcome.refused:
            parts.append(tr("Refused: %n", len(outcome.refused)) + "\n  "
                         + "\n  ".join(p.message(translate) for p in outcome.refused))
        return "\n\n".join(parts) or tr("The file has no answers.")

    def _done(self, outcome) -> None:
        icon = QMessageBox.Icon.Warning if outcome.refused else QMessageBox.Icon.Information
        box = QMessageBox(icon, tr("Import review answers"), tr("The review answers were imported."),
                          QMessageBox.StandardButton.Ok, self._parent)
        box.setInformativeText(self.words(outcome))
        self.last_box = box
        self.sig_imported.emit(outcome)
        box.open()
