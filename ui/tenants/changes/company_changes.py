"""The company page's commands for dated changes: Record a change…, Undo this change… (history), and the
billing schedule with Change term or billing day…. Each saved change reads the page again (settings,
subscriptions, history)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

from app.services.tenant_view import CompanyDetail, HistoryLine
from ui.formatting import fmt_date
from ui.tenants.changes.change_dialog import ChangeDialog
from ui.tenants.changes.schedule_dialog import ScheduleBox, ScheduleDialog
from ui.tenants.changes.undo_action import UndoDialog

_SCHEDULE_TYPES = ("term", "billing_day")


class CompanyChanges(QObject):
    """Owns the actions and the schedule box of ``panel`` (the DetailPanel), for the company it shows."""

    sig_status = Signal(str)
    """A sentence for the status bar (a change recorded)."""

    def __init__(self, panel, worker, today: date | None = None):
        super().__init__(panel)
        self._panel = panel
        self._worker = worker
        self._today = today
        self._company: CompanyDetail | None = None
        self.dialog = None  # the last dialog opened (tests look at it)

        self.record = QAction(self)
        self.record.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.record.triggered.connect(lambda: self.open_change())
        self.undo = QAction(self)
        self.undo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.undo.triggered.connect(lambda: self.open_undo())
        self.schedule = QAction(self)
        self.schedule.triggered.connect(lambda: self.open_schedule())
        for action in (self.record, self.schedule):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while the company's page shows
            panel.addAction(action)
        view = panel.history_view
        self.undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(self.undo)  # with the focus on the history
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._history_menu)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        panel.history.modelReset.connect(self._update)

        self.record_button = QToolButton()
        self.record_button.setDefaultAction(self.record)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo)
        self.schedule_box = ScheduleBox(worker, today=today)
        self.schedule_box.button.setDefaultAction(self.schedule)
        self.schedule_box.sig_read.connect(self._update)
        self.menu: QMenu | None = None
        self.retranslate()
        self.show_company(None)

    # --- state -------------------------------------------------------------------------

    def show_company(self, detail: CompanyDetail | None) -> None:
        """The panel shows ``detail`` (None: no company); called from the panel's render."""
        self._company = detail
        for w in (self.record_button, self.undo_button):
            w.setVisible(detail is not None)
        self.schedule_box.show_company(detail.code if detail else None)
        self._update()

    def selected_change(self) -> HistoryLine | None:
        index = self._panel.history_view.currentIndex()
        rows = self._panel.history.rows()
        if self._company is None or not index.isValid() or not (0 <= index.row() < len(rows)):
            return None
        return rows[index.row()]

    def _update(self) -> None:
        company = self._company is not None
        self.record.setEnabled(company)
        line = self.selected_change()
        self.undo.setEnabled(line is not None and line.type not in _SCHEDULE_TYPES)
        self.schedule.setEnabled(company and self.schedule_box.current() is not None)

    def _history_menu(self, pos) -> None:
        view = self._panel.history_view
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        self._update()
        menu = QMenu(view)
        menu.addAction(self.undo)
        menu.addSeparator()
        menu.addAction(self.record)
        menu.popup(view.viewport().mapToGlobal(pos))
        self.menu = menu

    # --- dialogs ------------------------------------------------------------------------

    def _present(self, dialog):
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_change(self, kind: str = "subscribe") -> ChangeDialog | None:
        d = self._company
        if d is None:
            return None
        dialog = ChangeDialog(self._worker, d.code, d.name, self._panel.window(), today=self._today, kind=kind)
        dialog.sig_saved.connect(lambda recorded: self._saved(dialog.saved_words(recorded)))
        return self._present(dialog)

    def open_undo(self) -> UndoDialog | None:
        line = self.selected_change()
        if line is None or self._company is None or line.type in _SCHEDULE_TYPES:
            return None
        dialog = UndoDialog(self._worker, self._company.code, line.id, self.line_words(line), self._panel.window())
        dialog.sig_saved.connect(lambda _result: self._saved(
            self.tr("Change #%1 undone.").replace("%1", str(line.id))))
        dialog.load()
        return self._present(dialog)

    def open_schedule(self) -> ScheduleDialog | None:
        d = self._company
        if d is None:
            return None
        dialog = ScheduleDialog(self._worker, d.code, d.name, self.schedule_box.current(), d.signup,
                                self._panel.window(), today=self._today)
        dialog.sig_saved.connect(lambda change: self._saved(dialog.saved_words(change)))
        return self._present(dialog)

    def line_words(self, line: HistoryLine) -> str:
        """A history line as the table shows it, in one sentence."""
        model = self._panel.history
        cells = [model.cell(line, c) for c in range(1, model.columnCount())]
        return self.tr("%1, dated %2").replace("%1", " · ".join(c for c in cells if c)).replace(
            "%2", fmt_date(line.date))

    def _saved(self, words: str) -> None:
        self.sig_status.emit(words)
        self._panel.show_node(self._panel.current())  # settings, subscriptions and history read again

    def retranslate(self) -> None:
        self.record.setText(self.tr("Record a &change…"))
        self.record.setToolTip(self.tr("Subscribe, change a quantity or plan, cancel, assign a user, add an extra "
                                       "(%1)").replace("%1", self.record.shortcut().toString(
                                           QKeySequence.SequenceFormat.NativeText)))
        self.undo.setText(self.tr("&Undo this change…"))
        self.undo.setToolTip(self.tr("Record the change that takes back the selected one (%1)").replace(
            "%1", self.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.schedule.setText(self.tr("Change term or billing &day…"))
        self.schedule.setToolTip(self.tr("Bill monthly, quarterly, half-yearly or yearly, or on another day; "
                                         "it takes effect at a billing boundary"))
        for action in (self.record, self.undo, self.schedule):
            action.setIconText(action.text().replace("&", ""))
        self.schedule_box.retranslate()
