"""The invoice designer: an issuer's templates, their settings on the left, the real page on the right.

Reading and saving run on the database worker; rendering on the preview's own thread. A change is checked
by the core's one rule (app/documents/template.py ``check``) and rendered ``DEBOUNCE_MS`` after the typing
stops, so the page follows within 300 ms; problems show at their fields and the page keeps the last valid
settings. Save writes only if nobody saved the template since it was opened (else the banner says who
did); Save as makes a new one; Make default chooses the one the issuer's invoices use.

``issuers`` narrows the designer to those issuers (a reseller's own code: it sees and edits only its own
templates); None shows the hoster and every reseller that invoices in its own name.
"""
from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QInputDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QToolBar,
                               QWidget)

from app.documents import template as templates
from app.documents.content import Party
from app.errors import ProrataError
from app.services import documents, template_designer
from ui.designer.invoice_picker import InvoicePicker
from ui.designer.preview import PreviewPane
from ui.designer.settings_panel import SettingsPanel
from ui.designer.state import DesignerState

DEBOUNCE_MS = 60


class InvoiceDesigner(QMainWindow):
    """Designs the invoice templates of the issuers it is given."""

    sig_saved = Signal(object)
    """A template was saved or made the default: the Template as stored."""

    def __init__(self, worker, parent: QWidget | None = None, issuers: list[str] | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.worker = worker
        self.only = issuers
        self.state = DesignerState(self)
        self.settings = SettingsPanel(self.state)
        self.preview = PreviewPane()
        self.issuer_party: Party | None = None
        self._templates: list = []
        split = QSplitter()
        split.addWidget(self.settings)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([500, 780])
        split.setChildrenCollapsible(False)
        self.settings.setMinimumWidth(440)
        self.setCentralWidget(split)

        bar = QToolBar()
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.issuer_combo = QComboBox()
        self.issuer_combo.setMinimumWidth(180)
        self.issuer_combo.activated.connect(lambda _i: self._issuer_chosen())
        self.template_combo = QComboBox()
        self.template_combo.setMinimumWidth(220)
        self.template_combo.activated.connect(self._template_chosen)
        self.issuer_label, self.template_label = QLabel(), QLabel()
        bar.addWidget(self.issuer_label)
        bar.addWidget(self.issuer_combo)
        bar.addSeparator()
        bar.addWidget(self.template_label)
        bar.addWidget(self.template_combo)
        bar.addSeparator()
        self.new_action = QAction(self, triggered=self.new_template)
        self.save_action = QAction(self, triggered=self.save)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_as_action = QAction(self, triggered=self._save_as_asked)
        self.default_action = QAction(self, triggered=self.make_default)
        self.undo_action = self.state.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.state.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.new_action, self.save_action, self.save_as_action, self.default_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        self.info = QLabel()
        self.statusBar().addPermanentWidget(self.info)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.state.sig_changed.connect(self._changed)
        self.state.stack.cleanChanged.connect(lambda _c: self._show_info())
        self.preview.sig_source_changed.connect(self._source_changed)
        self.preview.sig_choose_invoice.connect(self.choose_invoice)
        self.preview.view.sig_resized.connect(self._timer.start)
        self.settings.sig_language_changed.connect(self._text_language_changed)
        self.resize(1280, 800)
        self.setMinimumSize(QSize(1000, 600))
        self.retranslate()

    # ---------------------------------------------------------------- reading

    def load(self) -> None:
        """Read the issuers, then the first one's templates (call when shown)."""
        only = self.only
        self.worker.run(lambda s: template_designer.issuers(s, only), on_done=self._issuers_read,
                        on_error=self.settings.show_problems)

    def _issuers_read(self, found: list[tuple[str, str]]) -> None:
        self.issuer_combo.clear()
        for code, name in found:
            self.issuer_combo.addItem(name if code == "hoster" else f"{name} ({code})", code)
        if found:
            self.load_issuer(found[0][0])

    def issuer(self) -> str:
        return self.state.issuer

    def load_issuer(self, issuer: str, select: str | None = None) -> None:
        """Read ``issuer``'s templates and open ``select`` (default: its default template)."""
        self.issuer_combo.setCurrentIndex(max(0, self.issuer_combo.findData(issuer)))

        def read(s):
            return documents.list_templates(s, issuer), template_designer.issuer_party(s, issuer)[0]
        self.worker.run(read, on_done=lambda r: self._templates_read(issuer, *r, select),
                        on_error=self.settings.show_problems)

    def _templates_read(self, issuer: str, found: list, party: Party, select: str | None) -> None:
        self._templates = found
        self.issuer_party = party
        self._fill_template_combo()
        chosen = next((t for t in found if t.name == select), None) or next(
            (t for t in found if t.is_default), None) or (found[0] if found else None)
        if chosen is None:
            self.state.load(replace(templates.builtin(), name=self.tr("Standard")), issuer, stored=False)
        else:
            self.state.load(chosen, issuer, stored=True)
        self._fill_template_combo()

    def _fill_template_combo(self) -> None:
        self.template_combo.clear()
        for t in self._templates:
            self.template_combo.addItem(t.name + (self.tr(" (default)") if t.is_default else ""), t.name)
        if self.state.stored is None and self.state.doc:
            self.template_combo.addItem(self.tr("%1 (not saved yet)").replace("%1", self.state.doc["name"]), None)
            self.template_combo.setCurrentIndex(self.template_combo.count() - 1)
        elif self.state.stored is not None:
            self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(self.state.stored.name)))

    def _issuer_chosen(self) -> None:
        code = self.issuer_combo.currentData()
        if code == self.state.issuer or not self.confirm_discard():
            self.issuer_combo.setCurrentIndex(max(0, self.issuer_combo.findData(self.state.issuer)))
            return
        self.preview.source.setCurrentIndex(0)
        self.load_issuer(code)

    def _template_chosen(self, index: int) -> None:
        name = self.template_combo.itemData(index)
        current = self.state.stored.name if self.state.stored else None
        if name is None or name == current or not self.confirm_discard():
            self._fill_template_combo()
            return
        self.load_issuer(self.state.issuer, select=name)

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes, or the user lets them go."""
        if self.state.stack.isClean():
            return True
        answer = QMessageBox.question(self, self.tr("Invoice designer"),
                                      self.tr("This template has changes that are not saved. Discard them?"),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def new_template(self) -> None:
        """A new template of this issuer, starting from the built-in one."""
        if not self.confirm_discard():
            return
        taken = {t.name for t in self._templates}
        name, n = self.tr("New template"), 2
        while name in taken:
            name, n = self.tr("New template %1").replace("%1", str(n)), n + 1
        self.state.load(replace(templates.builtin(), name=name), self.state.issuer, stored=False)
        self._fill_template_combo()

    # ---------------------------------------------------------------- editing and the preview

    def _changed(self, _paths) -> None:
        self.preview.changed()
        self._timer.start()
        self._show_info()

    def refresh_preview(self) -> None:
        """Check the settings; show their problems at the fields and render the page if they make a template."""
        try:
            t = self.state.template()
        except ProrataError as exc:
            self.settings.show_problems(exc)
            self.preview.show_stale(self.tr("The page shows the last valid settings: correct the fields marked "
                                            "on the left."))
            return
        self.settings.show_problems(None)
        self.preview.show_template(t, self.preview.content(self.issuer_party))

    def _source_changed(self) -> None:
        if self.preview.on_invoice():
            self._read_invoice(self.preview.invoice_id, self.preview.sample_language())
        else:
            self.settings.set_language(self.preview.sample_language())
            self._timer.start()

    def _text_language_changed(self, language: str) -> None:
        """Editing another language's texts: preview in that language."""
        i = next((i for i in range(self.preview.language.count())
                  if self.preview.language.itemData(i).split("_")[0] == language), -1)
        if i >= 0 and self.preview.sample_language().split("_")[0] != language:
            self.preview.language.setCurrentIndex(i)
            self._source_changed()

    def choose_invoice(self) -> None:
        picker = InvoicePicker(self.worker, self.state.issuer, self)
        if picker.exec() and picker.chosen is not None:
            self.preview_invoice(picker.chosen["id"], picker.chosen["label"])

    def preview_invoice(self, invoice_id: int, label: str, language: str | None = None) -> None:
        """Preview on the real invoice ``invoice_id``."""
        self.preview.invoice_id = invoice_id
        self.preview.invoice_label = label
        self._read_invoice(invoice_id, language)

    def _read_invoice(self, invoice_id: int, language: str | None) -> None:
        def done(content):
            self.preview.use_invoice(self.preview.invoice_label, content)
            self._timer.start()
        self.worker.run(lambda s: template_designer.invoice_content(s, invoice_id, language), on_done=done,
                        on_error=self.settings.show_problems)

    # ---------------------------------------------------------------- saving

    def save(self) -> None:
        """Save the template: a new one as new, an edit only if it is still at the version opened."""
        stored = self.state.stored
        self._write(expected_version=stored.version if stored else None,
                    previous_name=stored.name if stored else None)

    def _save_as_asked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as"), self.tr("Name of the new template:"),
                                        text=self.tr("%1 (copy)").replace("%1", self.state.doc.get("name", "")))
        if ok and name.strip():
            self.save_as(name.strip())

    def save_as(self, name: str) -> None:
        """Save the settings as a new template named ``name`` (the one opened stays as it was)."""
        self.state.doc["name"] = name  # part of saving, not an edit to undo
        self.settings.show_paths(["name"])
        self.state.stored = None
        self._write(expected_version=None, previous_name=None)

    def _write(self, *, expected_version: int | None, previous_name: str | None) -> None:
        try:
            t = self.state.template()
        except ProrataError as exc:
            self.settings.show_problems(exc)
            return
        issuer = self.state.issuer

        def write(s):
            return documents.save_template(s, issuer, t, expected_version=expected_version,
                                           previous_name=previous_name)
        self.worker.run(write, on_done=self._saved, on_error=self._refused)

    def _saved(self, saved) -> None:
        self.state.stored = saved
        self.state.stack.setClean()
        self.settings.show_problems(None)
        self.statusBar().showMessage(self.tr("Saved “%1” (version %2).").replace("%1", saved.name)
                                     .replace("%2", str(saved.version)), 8000)
        self.sig_saved.emit(saved)
        self._reread_list()

    def _reread_list(self) -> None:
        issuer = self.state.issuer

        def read(s):
            return documents.list_templates(s, issuer)

        def done(found):
            self._templates = found
            fresh = next((t for t in found if self.state.stored and t.id == self.state.stored.id), None)
            if fresh is not None:
                self.state.stored = fresh
            self._fill_template_combo()
            self._show_info()
        self.worker.run(read, on_done=done)

    def _refused(self, error) -> None:
        self.settings.show_problems(error)
        self.statusBar().showMessage(self.tr("Not saved."), 8000)

    def make_default(self) -> None:
        """Make the saved template the one this issuer's invoices use."""
        stored = self.state.stored
        if stored is None:
            return
        issuer = self.state.issuer

        def done(t):
            self.statusBar().showMessage(self.tr("“%1” is now the default.").replace("%1", t.name), 8000)
            self.sig_saved.emit(t)
            self._reread_list()
        self.worker.run(lambda s: documents.set_default(s, issuer, stored.name), on_done=done,
                        on_error=self._refused)

    # ---------------------------------------------------------------- words

    def _show_info(self) -> None:
        if not shiboken6.isValid(self.state.stack) or not shiboken6.isValid(self.info):
            return  # the window is being destroyed
        stored = self.state.stored
        dirty = not self.state.stack.isClean()
        if stored is None:
            text = self.tr("New template, not saved yet")
        else:
            text = self.tr("Version %1").replace("%1", str(stored.version))
            if stored.is_default:
                text += self.tr(", the default")
            if dirty:
                text += self.tr(", changed since saved")
        self.info.setText(text)
        self.default_action.setEnabled(stored is not None and not stored.is_default)
        self.setWindowTitle(self.tr("Invoice designer") + (" *" if dirty or stored is None else ""))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.issuer_label.setText(self.tr("Issuer ") + " ")
        self.template_label.setText(self.tr("Template ") + " ")
        self.new_action.setText(self.tr("&New"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.default_action.setText(self.tr("Make &default"))
        self._show_info()

    def closeEvent(self, event) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)
