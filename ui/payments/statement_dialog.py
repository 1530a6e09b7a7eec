"""A customer's statement of account as a PDF: the period, this account or all of the customer's, the file.

The figures are read and the PDF rendered on the worker (``app.payments.statement_pdf``, as the CLI's
``accounts statement`` does), in the customer's language; the file is written whole or not at all. Cancel,
Esc and the close button ask first once the period or the file differ from what the dialog offered.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

import app.bundle.messages  # noqa: F401 (registers "cannot_write")
from app.errors import ProrataError
from app.payments import statement_pdf
from app.payments.console import AccountView
from ui.dialogs.date_edit import DateEdit
from ui.dialogs.field_form import FieldForm
from ui.dialogs.unsaved import KeepsTypedWork
from ui.payments.record_dialog import account_words

FOLDER_KEY = "payments/statement_folder"


def write_statement(engine, customer: str, start: date, end: date, path: str, *, currency: str | None,
                    issuer: str | None) -> str:
    """Read, render and write the statement; returns ``path``. Runs on the worker; never touches widgets."""
    from app.storage.engine import unit_of_work

    with unit_of_work(engine) as s:
        data = statement_pdf.statement(s, customer, start, end, currency=currency, issuer=issuer)
    pdf = statement_pdf.render(data)
    tmp = f"{path}.{os.getpid()}.part"
    try:
        with open(tmp, "wb") as fh:
            fh.write(pdf)
        os.replace(tmp, path)
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise ProrataError.of("cannot_write", "output", path=path, reason=exc.strerror or str(exc)) from None
    return path


class StatementDialog(KeepsTypedWork, QDialog):
    """Asks for the period and the file, then writes the statement (see the module's docstring)."""

    sig_written = Signal(str)
    """The statement is written: its path."""

    def __init__(self, worker, view: AccountView, parent=None, today: date | None = None,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self._worker = worker
        self.view = view
        self._settings = settings or QSettings()
        self.busy = False
        today = today or date.today()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.start = DateEdit(today.replace(day=1))
        self.end = DateEdit(today)
        self.every = QCheckBox()
        self.path = QLineEdit()
        self.path.setMinimumWidth(360)
        self.browse_button = QPushButton()
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.form = FieldForm()
        self.form.add_field("--from", "", self.start)
        self.form.add_field("--to", "", self.end)
        self.form.add_field("every", "", self.every)
        self.form.add_field("output", "", file_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        self.path.setText(str(Path(self._folder()) / self.suggested_name()))
        self.browse_button.clicked.connect(lambda: self.browse())
        self.end.dateChanged.connect(lambda _d: self._rename())
        self.every.toggled.connect(lambda _on: self._rename())
        self.start.dateChanged.connect(lambda _d: self.form.clear_field("--from"))
        self.end.dateChanged.connect(lambda _d: self.form.clear_field("--from"))
        self.setMinimumWidth(560)
        self.retranslate()
        self.mark_untouched()

    def typed_inputs(self) -> list[QWidget]:
        return [self.start, self.end, self.every, self.path]

    def _folder(self) -> str:
        return str(self._settings.value(FOLDER_KEY, "") or Path.home())

    def suggested_name(self) -> str:
        r = self.view.row
        end = self.end.day() or date.today()
        which = "" if self.every.isChecked() else f"-{r.issuer}-{r.currency}"
        return f"statement-{r.customer}{which}-{end.isoformat()}.pdf"

    def _rename(self) -> None:
        """The file name follows the period's end while the clerk has not named the file."""
        current = Path(self.path.text())
        if current.name.startswith("statement-"):
            self.path.setText(str(current.parent / self.suggested_name()))

    def browse(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statement"), self.path.text(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.path.setText(path)
        return bool(path)

    def accept(self) -> None:
        """OK: check the period and the file, then write on the worker (the dialog closes once written)."""
        if self.busy:
            return
        self.form.clear_problems()
        start, end, path = self.start.day(), self.end.day(), self.path.text().strip()
        if start > end:
            self.form.show_problems(ProrataError.of("statement_period_backwards", "--from",
                                                    start=start.isoformat(), end=end.isoformat()))
            return
        if not path:
            self.form.show_problems(ProrataError.of("missing", "output", field=self.tr("a file name")))
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        folder = Path(path).parent
        if not folder.is_dir():
            self.form.show_problems(ProrataError.of("cannot_write", "output", path=path,
                                                    reason=self.tr("there is no such folder")))
            return
        self._settings.setValue(FOLDER_KEY, str(folder))
        r, every, engine = self.view.row, self.every.isChecked(), self._worker.engine
        self.busy = True
        self.ok_button.setEnabled(False)

        def done(written: str) -> None:
            self.busy = False
            self.ok_button.setEnabled(True)
            self.sig_written.emit(written)
            super(StatementDialog, self).accept()

        def failed(error) -> None:
            self.busy = False
            self.ok_button.setEnabled(True)
            self.form.show_problems(error)
            self.adjustSize()
        self._worker.run(lambda _progress, _cancelled: write_statement(
            engine, r.customer, start, end, path, currency=None if every else r.currency,
            issuer=None if every else r.issuer), session=False, on_done=done, on_error=failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statement of account"))
        self.heading.setText(self.tr("<b>%1</b><br>Opening balance, every entry of the period with the running "
                                     "balance, closing balance and what is overdue, in the customer's language.")
                             .replace("%1", account_words(self.view)))
        self.form.set_label("--from", self.tr("&From:"))
        self.form.set_label("--to", self.tr("&To:"))
        self.form.set_label("every", "")
        self.every.setText(self.tr("&Every account of the customer (all issuers and currencies)"))
        self.form.set_label("output", self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.ok_button.setText(self.tr("&Write statement"))
