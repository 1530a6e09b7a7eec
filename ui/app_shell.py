"""The main window: menus, the status bar, and the feature widgets it hosts.

Features (the tenant browser, the price matrix, invoices, and the billing
run dialog) are packages under ui/ that the shell registers; the shell knows
nothing of their insides. Tenants, Catalogue, Prices and Invoices are tabs; a tab reads
its data the first time it is shown.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from app import __version__
from ui.audit import AuditLogDialog
from ui.billing import BillingRunDialog, BillingSettingsDialog
from ui.catalogue import CatalogueEditor
from ui.catalogue.prices_link import reveal_plan
from ui.dialogs.messages import show_error
from ui.invoices import InvoiceBrowser
from ui.prices import PriceMatrixWidget
from ui.tenants import TenantBrowser


class MainWindow(QMainWindow):
    """Prorata's window on one database; all database work goes through ``worker``."""

    def __init__(self, worker, database_label: str, parent=None, today: date | None = None):
        super().__init__(parent)
        self.worker = worker
        self._database_label = database_label
        self._today = today
        self.browser = TenantBrowser(worker, self, today=today)
        self.prices = PriceMatrixWidget(worker, self, today=today)
        self.invoices = InvoiceBrowser(worker, self, today=today)
        self.catalogue = CatalogueEditor(worker, self, today=today)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.browser, "")
        self.tabs.addTab(self.catalogue, "")
        self.tabs.addTab(self.prices, "")
        self.tabs.addTab(self.invoices, "")
        self._loaded_tabs: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self.billing_dialog: BillingRunDialog | None = None
        self.settings_dialog: BillingSettingsDialog | None = None
        self.audit_dialog: AuditLogDialog | None = None
        self.setMinimumSize(QSize(800, 500))
        self.resize(1280, 800)

        self.db_label = QLabel()
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.db_label)
        worker.sig_busy_changed.connect(self._busy)
        worker.sig_error.connect(self.show_error)
        self.browser.sig_error.connect(self.show_error)
        self.catalogue.sig_show_prices.connect(self._show_plan_prices)
        self.catalogue.sig_changed.connect(self._catalogue_changed)
        for feature in (self.browser, self.catalogue, self.prices, self.invoices):
            feature.sig_status.connect(lambda text: self.statusBar().showMessage(text, 8000))

        self.file_menu = self.menuBar().addMenu("")
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.reload_current)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.reload_action)
        self.audit_action = QAction(self)
        self.audit_action.triggered.connect(self.open_audit_log)
        self.file_menu.addAction(self.audit_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find_tenant)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        for action in self.browser.actions.all:  # New reseller/company/user, Edit… (ui/tenants/actions.py)
            self.edit_menu.addAction(action)
            action.triggered.connect(lambda: self.tabs.setCurrentWidget(self.browser))
        self.billing_menu = self.menuBar().addMenu("")
        self.run_billing_action = QAction(self)
        self.run_billing_action.triggered.connect(self.open_billing_run)
        self.billing_menu.addAction(self.run_billing_action)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_billing_settings)
        self.billing_menu.addAction(self.settings_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)
        self.retranslate()

    def start(self) -> None:
        """Read the tree; call once the window is shown."""
        self._loaded_tabs.add(0)
        self.browser.load()

    def _find_tenant(self) -> None:
        self.tabs.setCurrentWidget(self.browser)
        self.browser.focus_search()

    def _tab_shown(self, index: int) -> None:
        if index not in self._loaded_tabs:
            self._loaded_tabs.add(index)
            self.reload_current()

    def reload_current(self) -> None:
        """Read the shown tab again (F5)."""
        page = self.tabs.currentWidget()
        if page is self.browser:
            self.browser.load()
        elif page is self.prices:
            self.prices.load()
        elif page is self.invoices:
            self.invoices.load()
        elif page is self.catalogue:
            self.catalogue.load()

    def _show_plan_prices(self, code: str) -> None:
        """The Prices tab, read afresh, with plan ``code`` selected (from the Catalogue tab)."""
        reveal_plan(self.prices, code)
        first = self.tabs.indexOf(self.prices) not in self._loaded_tabs
        self.tabs.setCurrentWidget(self.prices)
        if not first:
            self.prices.load()

    def _catalogue_changed(self) -> None:
        if self.tabs.indexOf(self.prices) in self._loaded_tabs:
            self.prices.load()

    def open_billing_run(self) -> BillingRunDialog:
        """Show the billing run dialog (one at a time); invoices read again after a run."""
        if self.billing_dialog is None:
            self.billing_dialog = BillingRunDialog(self.worker, self, today=self._today)
            self.billing_dialog.sig_invoices_changed.connect(self._invoices_changed)
        return self._present(self.billing_dialog)

    @staticmethod
    def _present(dialog):
        """Show a modeless dialog in front (each is made once and kept)."""
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_audit_log(self) -> AuditLogDialog:
        """Show the audit log (read afresh each time it opens)."""
        if self.audit_dialog is None:
            self.audit_dialog = AuditLogDialog(self.worker, self)
        self.audit_dialog.load()
        return self._present(self.audit_dialog)

    def open_billing_settings(self) -> BillingSettingsDialog:
        """Show the billing settings (read afresh each time it opens)."""
        if self.settings_dialog is None:
            self.settings_dialog = BillingSettingsDialog(self.worker, self)
        self.settings_dialog.load()
        return self._present(self.settings_dialog)

    def _invoices_changed(self) -> None:
        if self.tabs.indexOf(self.invoices) in self._loaded_tabs:
            self.invoices.refresh(None)

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
        self.audit_action.setText(self.tr("&Audit log…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Find tenant…"))
        self.billing_menu.setTitle(self.tr("&Billing"))
        self.run_billing_action.setText(self.tr("&Run billing…"))
        self.settings_action.setText(self.tr("Billing &settings…"))
        self.tabs.setTabText(self.tabs.indexOf(self.browser), self.tr("&Tenants"))
        self.tabs.setTabText(self.tabs.indexOf(self.catalogue), self.tr("C&atalogue"))
        self.tabs.setTabText(self.tabs.indexOf(self.prices), self.tr("&Prices"))
        self.tabs.setTabText(self.tabs.indexOf(self.invoices), self.tr("I&nvoices"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Prorata"))
        self.browser.retranslate()
        self.prices.retranslate()
        self.invoices.retranslate()
        self.catalogue.retranslate()
        if self.billing_dialog is not None:
            self.billing_dialog.retranslate()

    def closeEvent(self, event) -> None:
        self.worker.close()
        super().closeEvent(event)
