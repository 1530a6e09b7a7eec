"""The main window: menus, the status bar, and the feature widgets it hosts.

Features (the tenant browser, the price matrix, invoices, and the billing
run dialog) are packages under ui/ that the shell registers; the shell knows
nothing of their insides. Tenants, Catalogue, Prices and Invoices are tabs; a tab reads
its data the first time it is shown.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from app import __version__
from ui.audit import AuditLogDialog
from ui.billing import BillingRunDialog, BillingSettingsDialog
from ui.catalogue import CatalogueEditor
from ui.catalogue.prices_link import reveal_plan
from ui.dialogs.messages import show_error
from ui.dialogs.preferences import PreferencesDialog
from ui.invoices import InvoiceBrowser
from ui.payments import PaymentConsole
from ui.prices import PriceMatrixWidget
from ui.tenants import TenantBrowser
from ui import brand_look, login_scope, window_state


class MainWindow(QMainWindow):
    """Prorata's window on one database; all database work goes through ``worker``."""

    def __init__(self, worker, database_label: str, parent=None, today: date | None = None,
                 remember: bool = False, login=None, live: bool = False):
        """``remember``: open as the last window closed, and keep its state on closing (ui/window_state.py).
        ``login``: the staff member logged in (``app.services.staff.current``), None on SQLite; what the window
        offers follows from it (ui/login_scope.py). ``live``: re-read the views when a colleague commits
        (ui/live_refresh.py), from ``start()`` on."""
        super().__init__(parent)
        self.login = login
        self.live_refresh = None
        self._live = live
        self._remember = remember
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
        self.payments = PaymentConsole(worker, self, today=today)
        self.tabs.addTab(self.payments, "")
        self._loaded_tabs: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self.billing_dialog: BillingRunDialog | None = None
        self.settings_dialog: BillingSettingsDialog | None = None
        self.audit_dialog: AuditLogDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
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
        self.payments.sig_payments_changed.connect(self._invoices_changed)
        for feature in (self.browser, self.catalogue, self.prices, self.invoices, self.payments):
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
        self.review_action = QAction(self)  # an offline review file (ui/review/), no database needed
        self.review_action.triggered.connect(self.open_review_file)
        self.file_menu.addAction(self.review_action)
        self.review_import_action = QAction(self)  # a reviewer's answers file (ui/delivery/review_import.py)
        self.review_import_action.triggered.connect(self.import_review_answers)
        self.file_menu.addAction(self.review_import_action)
        self.file_menu.addSeparator()
        self.preferences_action = QAction(self)  # the language (ui/dialogs/preferences.py)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.file_menu.addAction(self.preferences_action)
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
        self.designer_action = QAction(self)  # the invoice designer (ui/designer/), made when first opened
        self.designer_action.triggered.connect(self.open_designer)
        self.billing_menu.addAction(self.designer_action)
        self.designer = None
        self.billing_menu.addSeparator()
        self.send_action = QAction(self)  # e-mail issued invoices (ui/delivery/)
        self.send_action.triggered.connect(self.open_send_invoices)
        self.billing_menu.addAction(self.send_action)
        self.post_action = QAction(self)  # the print batch, then "Did it print correctly?"
        self.post_action.triggered.connect(self.print_and_post)
        self.billing_menu.addAction(self.post_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)
        login_scope.apply(self, login)
        brand_look.apply(self)  # a branded build's icon and colours (app/branding.py)
        self.retranslate()
        if remember:
            window_state.restore(self)

    def start(self) -> None:
        """Read the tree; call once the window is shown."""
        if self._remember:
            window_state.restore_splitters(self)
        self._loaded_tabs.add(0)
        self.browser.load()
        if self._live and self.live_refresh is None:
            from ui.live_refresh import LiveRefresh, follow

            self.live_refresh = LiveRefresh(self.worker.engine, self)
            follow(self, self.live_refresh)
            self.live_refresh.start()

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
        elif page is self.payments:
            self.payments.load()

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

    def open_preferences(self) -> PreferencesDialog:
        """Show Preferences (the language; a change applies at once to every open window)."""
        if self.preferences_dialog is None:
            self.preferences_dialog = PreferencesDialog(self)
        return self._present(self.preferences_dialog)

    def open_designer(self):
        """Show the invoice designer (one, kept; it reads the issuers' templates when first opened)."""
        if self.designer is None:
            from ui.designer import InvoiceDesigner

            self.designer = InvoiceDesigner(self.worker, self)
            self.designer.load()
        return self._present(self.designer)

    def open_review_file(self):
        """Choose a review file and open it in a review window of its own."""
        from ui.review import choose_and_open

        return choose_and_open(self)

    def open_send_invoices(self):
        """Show what would be e-mailed (every issued invoice not sent yet) and send it from there."""
        from ui.delivery import SendInvoicesDialog

        dialog = SendInvoicesDialog(self.worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_sent.connect(self._invoices_changed)
        dialog.preview()
        return self._present(dialog)

    def print_and_post(self, path: str | None = None):
        """Save the print batch, then ask whether it printed correctly (ui/delivery/post_batch.py)."""
        from ui.delivery import PostBatchFlow

        flow = PostBatchFlow(self.worker, self)
        flow.sig_finished.connect(lambda _how: self._invoices_changed())
        flow.start(path)
        return flow

    def import_review_answers(self):
        """Apply a reviewer's answers file (ui/delivery/review_import.py)."""
        from ui.delivery import ReviewImport

        importer = ReviewImport(self.worker, self)
        importer.sig_imported.connect(lambda _outcome: self._invoices_changed())
        importer.start()
        return importer

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
        brand = brand_look.brand()
        if not brand.branded:
            QMessageBox.about(self, self.tr("About Prorata"),
                              self.tr("Prorata %1\nBilling console for hosting providers.").replace("%1", __version__))
            return
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About %1").replace("%1", brand.product),
                          self.tr("%1 %2, by %3\nBuilt on Prorata, a billing console for hosting providers.")
                          .replace("%1", brand.product).replace("%2", __version__).replace("%3", brand.organisation),
                          QMessageBox.StandardButton.Ok, self)
        if brand_look.logo() is not None:
            box.setIconPixmap(brand_look.logo())
        box.exec()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every label in the current language (called again on a language change)."""
        brand = brand_look.brand()
        product = brand.product if brand.branded else self.tr("Prorata")
        self.setWindowTitle(product if self.login is None else self.tr("%1 — %2", "product — login")
                            .replace("%1", product).replace("%2", login_scope.describe(self.login)))
        self.db_label.setText(self.tr("Database: %1").replace("%1", self._database_label) if self.login is None
                              else self.tr("Database: %1 · logged in as %2").replace("%1", self._database_label)
                              .replace("%2", login_scope.describe(self.login)))
        self.file_menu.setTitle(self.tr("&File"))
        self.reload_action.setText(self.tr("&Reload"))
        self.audit_action.setText(self.tr("&Audit log…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Find tenant…"))
        self.preferences_action.setText(self.tr("Prefere&nces…"))
        self.billing_menu.setTitle(self.tr("&Billing"))
        self.run_billing_action.setText(self.tr("&Run billing…"))
        self.settings_action.setText(self.tr("Billing &settings…"))
        self.designer_action.setText(self.tr("Invoice &designer…"))
        self.review_action.setText(self.tr("Open re&view file…"))
        self.review_import_action.setText(self.tr("&Import review answers…"))
        self.send_action.setText(self.tr("Send &invoices…"))
        self.post_action.setText(self.tr("&Print-and-post batch…"))
        self.tabs.setTabText(self.tabs.indexOf(self.browser), self.tr("&Tenants"))
        self.tabs.setTabText(self.tabs.indexOf(self.catalogue), self.tr("C&atalogue"))
        self.tabs.setTabText(self.tabs.indexOf(self.prices), self.tr("&Prices"))
        self.tabs.setTabText(self.tabs.indexOf(self.invoices), self.tr("I&nvoices"))
        self.tabs.setTabText(self.tabs.indexOf(self.payments), self.tr("Pa&yments"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Prorata") if not brand.branded else
                                  self.tr("&About %1").replace("%1", brand.product))
        self.browser.retranslate()
        self.prices.retranslate()
        self.invoices.retranslate()
        self.catalogue.retranslate()
        self.payments.retranslate()
        for dialog in (self.billing_dialog, self.settings_dialog, self.audit_dialog):
            if dialog is not None:  # the kept modeless dialogs, open or not
                dialog.retranslate()

    def closeEvent(self, event) -> None:
        run = self.billing_dialog
        if run is not None and run.busy():
            if not self.ask_quit_during_run(getattr(run, "_mode", "run")):
                event.ignore()
                return
            run.cancel()  # the run stops at its next check; closing the worker waits for that
        if self._remember:
            window_state.save(self)
        if self.live_refresh is not None:
            self.live_refresh.stop()
        self.worker.close()
        super().closeEvent(event)

    def ask_quit_during_run(self, mode: str) -> bool:
        """Quit while billing works? No is the default: a run already writing stops after its current batch."""
        text = (self.tr("A billing preview is still working. Stop it and quit?") if mode == "preview" else
                self.tr("A billing run is writing invoices. Stop it after the companies being billed now, "
                        "and quit? What is billed by then stays billed; the next run bills the rest."))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Prorata"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
