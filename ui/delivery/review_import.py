"""File > "Import review answers…": apply a reviewer's answers file (app/review/apply.py) from the window.

Asks for the answers file and whether approved drafts are issued now, applies them on the worker, then stores
the PDFs of the drafts it issued (issuing freezes the document) as a second phase with progress and cancel
(app/review/import_answers.py), and says what happened in words: issued, approved, queried, applied before,
the notes on the drafts issued (credit another collector holds, not applied), PDFs left to make, and each refusal
with its reason.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.translation import translator
from ui import task_progress
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
        self.progress: QProgressDialog | None = None

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
        """Read and apply the answers in ``path`` on the worker, then store the PDFs of the drafts issued; the
        outcome in a message box."""
        from app.review import answers
        from app.review.import_answers import import_answers

        engine = self._worker.engine

        def work(progress, cancelled):
            """Runs on the worker; never touches widgets."""
            return import_answers(engine, answers.read(path), issue_approved=issue, progress=progress,
                                  cancelled=cancelled)

        task = self._worker.run(work, session=False, on_progress=self._progress, on_done=self._done,
                                on_error=self._failed)
        self.progress = task_progress.open_for(task, self._parent, tr("Import review answers"),
                                               tr("Applying the review answers…"))

    def _progress(self, done: int, total: int, _message: str) -> None:
        """The PDFs of the issued drafts being stored (the answers themselves are one quick step)."""
        if total:
            task_progress.show_step(self.progress, done, total,
                                    tr("Storing the PDFs of the issued invoices: %1 of %2")
                                    .replace("%1", str(done)).replace("%2", str(total)))

    def _close_progress(self) -> None:
        task_progress.close(self.progress)
        self.progress = None

    def _failed(self, error) -> None:
        self._close_progress()
        show_error(self._parent, error)

    @staticmethod
    def words(outcome, pdfs_not_stored: int = 0) -> str:
        """The outcome as the clerk reads it (``pdfs_not_stored``: issued invoices whose PDF is still to make)."""
        translate = translator(QLocale().name())
        parts = []
        for items, text in ((outcome.issued, tr("Issued: %n", len(outcome.issued))),
                            (outcome.approved, tr("Approved, still drafts: %n", len(outcome.approved))),
                            (outcome.queried, tr("Held with the reviewer's comment: %n", len(outcome.queried))),
                            (outcome.already, tr("Imported before, nothing changed: %n", len(outcome.already)))):
            if items:
                parts.append(text + "\n  " + "\n  ".join(items))
        notes = outcome.notes  # said of the drafts issued: credit another collector holds, not applied
        if notes:
            parts.append(tr("Notes: %n", len(notes)) + "\n  "
                         + "\n  ".join(f"{number}: {p.message(translate)}" for number, p in notes))
        if outcome.refused:
            parts.append(tr("Refused: %n", len(outcome.refused)) + "\n  "
                         + "\n  ".join(p.message(translate) for p in outcome.refused))
        if pdfs_not_stored:
            parts.append(tr("PDFs not stored yet: %n (each is made when its invoice is first shown, sent or "
                            "printed)", pdfs_not_stored))
        return "\n\n".join(parts) or tr("The file has no answers.")

    def _done(self, imported) -> None:
        self._close_progress()
        outcome = imported.outcome
        icon = QMessageBox.Icon.Warning if outcome.refused else QMessageBox.Icon.Information
        box = QMessageBox(icon, tr("Import review answers"), tr("The review answers were imported."),
                          QMessageBox.StandardButton.Ok, self._parent)
        box.setInformativeText(self.words(outcome, imported.pdfs_not_stored))
        self.last_box = box
        self.sig_imported.emit(outcome)
        box.open()
