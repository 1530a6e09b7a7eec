"""Billing > "Print-and-post batch…": save the print batch of the invoices that go by post, then ask whether
it printed correctly; yes marks them posted today, no puts them back for the next batch, "Later" leaves them
waiting (`prorata post confirm BATCH_ID` from a terminal, or the next time here with "Print again").

The batch is ``app.delivery.post.print_batch`` on the worker with a progress dialog; the questions are asked
in the GUI thread after it returns. ``PostBatchFlow`` keeps the steps apart so a test can drive each one.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ui.dialogs.messages import show_error


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


class PostBatchFlow(QObject):
    """One print-and-post batch from the window: ``start()`` asks where to save it, the rest follows."""

    sig_finished = Signal(str)
    """The flow ended: "posted", "rejected", "later", "nothing" or "cancelled"."""

    def __init__(self, worker, parent: QWidget, *, open_file: bool = True):
        super().__init__(parent)
        self._worker = worker
        self._parent = parent
        self._open_file = open_file  # open the saved PDF with the desktop's viewer, to print it
        self.report = None
        self.progress: QProgressDialog | None = None
        self.question: QMessageBox | None = None

    def start(self, path: str | None = None) -> None:
        """Ask where to save the batch (unless ``path`` is given), then make it on the worker."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self._parent, tr("Save the print batch"), "print-batch.pdf",
                                                  tr("PDF files (*.pdf)"))
        if not path:
            self.sig_finished.emit("cancelled")
            return
        from app.delivery.post import print_batch

        engine, out = self._worker.engine, Path(path)

        def work(progress, cancelled):
            """Runs on the worker; never touches widgets."""
            return print_batch(engine, out, progress=progress, cancelled=cancelled)

        self.progress = QProgressDialog(tr("Making the print batch…"), tr("Cancel"), 0, 0, self._parent)
        self.progress.setWindowTitle(tr("Print-and-post batch"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        task = self._worker.run(work, session=False, on_progress=self._progress, on_done=self._made,
                                on_error=self._failed)
        self.progress.canceled.connect(task.cancel)

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setLabelText(tr("Adding %1 of %2: %3").replace("%1", str(done))
                                       .replace("%2", str(total)).replace("%3", message))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, error) -> None:
        self._close_progress()
        show_error(self._parent, error)
        self.sig_finished.emit("cancelled")

    def _made(self, report) -> None:
        self._close_progress()
        self.report = report
        if report.cancelled:
            self.sig_finished.emit("cancelled")
            return
        if not report.printed:
            left = "\n".join(problem.message() for _, problem in report.left_out)
            QMessageBox.information(self._parent, tr("Print-and-post batch"),
                                    tr("No invoice is waiting to go by post.") + ("\n\n" + left if left else ""))
            self.sig_finished.emit("nothing")
            return
        if self._open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.out)))
        self.ask()

    def ask(self) -> None:
        """Ask whether the batch printed correctly (a modeless question, answered in ``answered``)."""
        r = self.report
        box = QMessageBox(QMessageBox.Icon.Question, tr("Print-and-post batch"),
                          tr("Did the batch print correctly?"), QMessageBox.StandardButton.NoButton, self._parent)
        box.setInformativeText(
            tr("%1 invoice(s) on %2 page(s), a cover sheet first, saved in %3. Print it on both sides, then "
               "answer: Yes marks them posted today; No puts them back for the next batch; Later leaves them "
               "waiting.").replace("%1", str(len(r.printed))).replace("%2", str(r.pages)).replace("%3", str(r.out)))
        self.yes = box.addButton(tr("Yes, mark them posted"), QMessageBox.ButtonRole.YesRole)
        self.no = box.addButton(tr("No, print them again later"), QMessageBox.ButtonRole.NoRole)
        self.later = box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.later)
        box.buttonClicked.connect(self.answered)
        self.question = box
        box.open()

    def answered(self, button) -> None:
        from app.delivery.post import confirm, reject

        batch, engine = self.report.batch, self._worker.engine
        if button is self.yes:
            self._worker.run(lambda _s: confirm(engine, batch), on_done=lambda _ids: self.sig_finished.emit("posted"),
                             on_error=self._failed)
        elif button is self.no:
            self._worker.run(lambda _s: reject(engine, batch),
                             on_done=lambda _ids: self.sig_finished.emit("rejected"), on_error=self._failed)
        else:
            self.sig_finished.emit("later")
