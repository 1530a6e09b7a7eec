"""The main window: menus, the status bar, and the feature widgets it hosts.

Features (the tenant browser today; price matrix, billing runs and invoices
later) are packages under ui/ that the shell registers; the shell knows
nothing of their insides.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app import __version__
from ui.dialogs.messages import show_error
from ui.tenants import TenantBrowser


class MainWindow(QMainWindow):
    """Prorata's window on one database; all database work goes through ``worker``."""

    def __init__(self, worker, database_label: str, parent=None, today: date | None = None):
        super().__init__(parent)
        self.worker = worker
        self._database_label = database_label
        self.browser = TenantBrowser(worker, self, today=today)
        self.setCentralWidget(self.browser)
        self.setMinimumSize(QSize(800, 500))
        self.resize(1280, 800)

        self.db_label = QLabel()
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.db_label)
        worker.sig_busy_changed.connect(self._busy)
        worker.sig_error.connect(self.show_error)
        self.browser.sig_error.connect(self.show_error)
        self.browser.sig_status.connect(lambda text: self.statusBar().showMessage(text, 8000))

        self.file_menu = self.menuBar().addMenu("")
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.browser.load)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.reload_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.browser.focus_search)
        self.edit_menu.addAction(self.find_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)
        self.retranslate()

    def start(self) -> None:
        """Read the tree; call once the window is shown."""
        self.browser.load()

    def show_error(self, error) -> None:
        show_error(self, error)

    def _busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Reading…") if busy else "")

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Prorata"),
                          self.tr("Prorata %1\nBilling console for hosting providers.").replace("%1", __version__))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every label in the current language (called again on a language change)."""
        self.setWindowTitle(self.tr("Prorata"))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self._database_label))
        self.file_menu.setTitle(self.tr("&File"))
        self.reload_action.setText(self.tr("&Reload"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Find tenant…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Prorata"))
        self.browser.retranslate()

    def closeEvent(self, event) -> None:
        self.worker.close()
        super().closeEvent(event)
