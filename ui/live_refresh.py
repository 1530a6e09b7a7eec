"""Live refresh: the tenant tree, the invoice list and the payment console re-read when a colleague commits.

``LiveRefresh`` waits on ``app.storage.changes_feed`` (PostgreSQL LISTEN/NOTIFY, SQLite data_version) on a thread
of its own, never the GUI's or the database worker's, and emits ``sig_tables_changed``. ``follow(window)`` wires it
to the window's views: each re-reads only when a table it shows changed and only once it has been read at all,
keeping its selection and its scroll position. Changes that arrive together are taken as one re-read.
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from app.storage import changes_feed
from app.storage.changes_feed import INVOICE_TABLES, PAYMENT_TABLES, TENANT_TABLES

log = logging.getLogger(__name__)

WAIT = 0.25  # seconds one wait on the feed lasts: how long stopping may take
RETRY = 2.0  # seconds before the feed is opened again after it failed (a lost connection)
GATHER_MS = 100  # changes within this are one re-read


class LiveRefresh(QObject):
    """Listens for committed changes; ``start()`` once the window shows, ``stop()`` before it closes."""

    sig_tables_changed = Signal(object)
    """Tables a commit changed: a frozenset of table names (emitted in the GUI thread, gathered)."""

    _sig_heard = Signal(object)  # from the listening thread; queued into the GUI thread

    def __init__(self, engine, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = engine
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._gathered: set[str] = set()
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self._emit)
        self._sig_heard.connect(self._heard)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._listen, name="prorata-live-refresh", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop listening; returns once the thread has let go of its connection (within about ``WAIT``)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _listen(self) -> None:
        """Runs on the listening thread: never touches widgets."""
        while not self._stop.is_set():
            feed = None
            try:
                feed = changes_feed.open_feed(self._engine)
                if feed is None:
                    return
                while not self._stop.is_set():
                    tables = feed.wait(WAIT)
                    if tables and not self._stop.is_set():
                        self._sig_heard.emit(tables)
            except Exception as exc:  # the database went away: the views say so when next used; try again
                log.warning("live refresh: %s", exc)
                self._stop.wait(RETRY)
            finally:
                if feed is not None:
                    feed.close()

    def _heard(self, tables) -> None:
        self._gathered |= set(tables)
        if not self._gather.isActive():
            self._gather.start()

    def _emit(self) -> None:
        tables, self._gathered = frozenset(self._gathered), set()
        if tables:
            self.sig_tables_changed.emit(tables)


def _keep_scroll(view, model) -> None:
    """Put ``view``'s scroll position back once ``model`` has read its rows again (sig_loaded)."""
    value = view.verticalScrollBar().value()
    if value == 0:
        return

    def loaded() -> None:
        if model.rowCount() == 0:
            return
        model.sig_loaded.disconnect(loaded)
        QTimer.singleShot(0, lambda: view.verticalScrollBar().setValue(value))
    model.sig_loaded.connect(loaded)


def reread_invoices(browser) -> None:
    """The invoice list and the shown invoice again, the same invoice selected, scrolled as it was."""
    index = browser.list_view.currentIndex()
    current = browser._current_id() if index.isValid() else browser.view.invoice_id()
    _keep_scroll(browser.list_view, browser.model)
    browser.refresh(current)


def reread_payments(console) -> None:
    """The accounts list and the shown account again (PaymentConsole.load keeps the selection)."""
    _keep_scroll(console.list_view, console.model)
    console.load()


def follow(window, live: LiveRefresh) -> None:
    """Wire ``live`` to ``window``'s views (ui/app_shell.py MainWindow). A view not read yet stays unread."""
    def changed(tables: frozenset) -> None:
        loaded = {window.tabs.widget(i) for i in window._loaded_tabs}
        if tables & TENANT_TABLES and window.browser in loaded:
            window.browser.reread()
        if tables & INVOICE_TABLES and window.invoices in loaded:
            reread_invoices(window.invoices)
        if tables & PAYMENT_TABLES and window.payments in loaded:
            reread_payments(window.payments)
    live.sig_tables_changed.connect(changed)
