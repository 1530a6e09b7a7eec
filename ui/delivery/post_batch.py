"""Billing > "Print-and-post batch…": save the print batch of the invoices that go by post, then ask whether
it printed correctly; yes marks them posted today, no puts them back for the next batch, "Later" leaves them
waiting (`prorata post confirm BATCH_ID` from a terminal, or the next time here with "Print again").
"Print…" in the question sends the saved batch straight to a printer (ui/delivery/batch_printer.py) and asks
again once it has gone: the invoices are marked posted only when the clerk says it printed.

The batch is ``app.delivery.post.print_batch`` on the worker with a progress dialog; printing runs on a thread
of its own (not the database's: a long batch must not hold up the window) with its own progress and Cancel;
the questions are asked in the GUI thread after each returns. ``PostBatchFlow`` keeps the steps apart so a test
can drive each one.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from ui import task_progress
from ui.dialogs.messages import show_error


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


class PostBatchFlow(QObject):
    """One print-and-post batch from the window: ``start()`` asks where to save it, the rest follows."""

    sig_finished = Signal(str)
    """The flow ended: "posted", "rejected", "later", "nothing" or "cancelled"."""

    sig_printed = Signal(object)
    """The batch went to the printer, or stopped on the way: a ``batch_printer.Printed``."""

    def __init__(self, worker, parent: QWidget, *, open_file: bool = True):
        super().__init__(parent)
        self._worker = worker
        self._parent = parent
        self._open_file = open_file  # open the saved PDF with the desktop's viewer, to print it
        self.report = None
        self.progress: QProgressDialog | None = None
        self.question: QMessageBox | None = None
        self.printed = None  # what the last "Print…" sent to the printer (batch_printer.Printed)
        self._print_worker = None
        self._printer: QPrinter | None = None

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

        task = self._worker.run(work, session=False, on_progress=self._progress, on_done=self._made,
                                on_error=self._failed)
        self.progress = task_progress.open_for(task, self._parent, tr("Print-and-post batch"),
                                               tr("Making the print batch…"))

    def _progress(self, done: int, total: int, message: str) -> None:
        task_progress.show_step(self.progress, done, total, tr("Adding %1 of %2: %3").replace("%1", str(done))
                                .replace("%2", str(total)).replace("%3", message))

    def _close_progress(self) -> None:
        task_progress.close(self.progress)
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
        what = self.tr("%1 on %2, a cover sheet first, saved in %3.").replace(
            "%1", self.tr("%Ln invoice(s)", "", len(r.printed))).replace(
            "%2", self.tr("%Ln page(s)", "", r.pages)).replace("%3", str(r.out))
        if self.printed is not None and self.printed.opened and not self.printed.cancelled:
            how = self.tr("Sent to the printer: %Ln page(s). When they are out, answer:", "", self.printed.pages)
        else:
            how = self.tr("Print it on both sides (or press Print… to send it to a printer), then answer:")
        box.setInformativeText(" ".join((what, how, self.tr(
            "Yes marks them posted today; No puts them back for the next batch; Later leaves them waiting."))))
        self.yes = box.addButton(tr("Yes, mark them posted"), QMessageBox.ButtonRole.YesRole)
        self.no = box.addButton(tr("No, print them again later"), QMessageBox.ButtonRole.NoRole)
        self.print_button = box.addButton(self.tr("&Print…"), QMessageBox.ButtonRole.ActionRole)
        self.later = box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.later)
        box.buttonClicked.connect(self.answered)
        self.question = box
        box.open()

    def print_batch(self, printer: QPrinter | None = None) -> None:
        """Send the saved batch to a printer: the print dialog (unless ``printer`` is given, set up already),
        then the pages on a thread of their own with progress and Cancel; then ask again."""
        from ui.delivery import batch_printer
        from ui.worker import Worker

        out = Path(self.report.out)
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            batch_printer.prepare(printer, out, self.report.batch)
            dialog = QPrintDialog(printer, self._parent)
            dialog.setWindowTitle(self.tr("Print the batch"))
            dialog.setMinMax(1, max(1, self.report.pages))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.ask()
                return
        self._printer = printer  # kept alive until the pages are out
        self._print_worker = Worker(self._worker.engine, self)  # never opens a session: printing only

        def work(progress, cancelled):
            """Runs on the printing thread; never touches widgets."""
            return batch_printer.print_pdf(out, printer, progress, cancelled)

        task = self._print_worker.run(work, session=False, on_progress=self._print_progress,
                                      on_done=self._sent, on_error=self._print_failed)
        self.progress = task_progress.open_for(task, self._parent, tr("Print-and-post batch"),
                                               self.tr("Sending the batch to the printer…"))

    def _print_progress(self, done: int, total: int, _message: str) -> None:
        task_progress.show_step(self.progress, done, total, self.tr("Printing page %1 of %2…")
                                .replace("%1", str(done)).replace("%2", str(total)))

    def _end_printing(self) -> None:
        self._close_progress()
        if self._print_worker is not None:
            self._print_worker.close()
            self._print_worker.deleteLater()
            self._print_worker = None

    def _sent(self, printed) -> None:
        self._end_printing()
        self.printed = printed
        if not printed.opened:
            QMessageBox.warning(self._parent, tr("Print-and-post batch"),
                                self.tr("The printer could not be opened; nothing was printed."))
        self.sig_printed.emit(printed)
        self.ask()

    def _print_failed(self, error) -> None:
        self._end_printing()
        show_error(self._parent, error)
        self.ask()

    def answered(self, button) -> None:
        from app.delivery.post import confirm, reject

        if button is self.print_button:
            self.print_batch()
            return
        batch, engine = self.report.batch, self._worker.engine
        if button is self.yes:
            self._worker.run(lambda _s: confirm(engine, batch), on_done=lambda _ids: self.sig_finished.emit("posted"),
                             on_error=self._failed)
        elif button is self.no:
            self._worker.run(lambda _s: reject(engine, batch),
                             on_done=lambda _ids: self.sig_finished.emit("rejected"), on_error=self._failed)
        else:
            self.sig_finished.emit("later")
