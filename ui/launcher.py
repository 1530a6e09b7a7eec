"""Opening the window: translations, the database, its schema, demo data on first start.

``run(url, upgrade)`` is what ``prorata`` without a subcommand calls.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from app import branding
from app.errors import ProrataError
from app.services import directory, staff
from app.storage import schema
from app.storage.engine import make_engine
from ui import cjk_font, i18n, sort_arrows, system_libraries
from ui.dialogs.messages import show_error
from ui.dialogs.password import ask_password
from ui.dialogs.startup import confirm_upgrade, offer_demo
from ui.worker import Worker



def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


def wait_for(worker: Worker, fn: Callable, *, session: bool = True, label: str | None = None,
             cancellable: bool = False):
    """Run ``fn`` on the worker while the GUI stays responsive; return its result or raise its error.

    With ``label``, a progress dialog shows ``progress`` reports (``session=False``
    calls get ``(progress, cancelled)``) and, when ``cancellable``, a Cancel
    button that sets ``cancelled()``.
    """
    loop = QEventLoop()
    outcome: dict = {}
    dialog = None
    if label is not None:
        dialog = QProgressDialog(label, tr("Cancel") if cancellable else None, 0, 0)
        dialog.setWindowTitle(tr("Prorata"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(300)
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

    def progress(done: int, total: int, message: str) -> None:
        if dialog is not None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(message)

    def finish(key: str, value) -> None:
        outcome[key] = value
        loop.quit()

    task = worker.run(fn, session=session, on_progress=progress,
                      on_done=lambda r: finish("result", r), on_error=lambda e: finish("error", e))
    if dialog is not None and cancellable:
        dialog.canceled.connect(task.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(tr("Stopping…")))
    if not outcome:
        loop.exec()
    if dialog is not None:
        dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def open_schema(engine, worker: Worker, upgrade: bool) -> bool:
    """Bring the schema to the current version; False when the user declines an upgrade.

    An empty database is set up without asking; pending migrations are applied
    after the user agrees (or at once with ``upgrade``); a database written by a
    newer Prorata raises ``newer_database``.
    """
    st = schema.status(engine)
    if not st.known:
        raise ProrataError.of("newer_database", revision=st.current)
    if st.up_to_date:
        return True
    if not st.empty and not upgrade and not confirm_upgrade(st.current, st.head):
        return False
    wait_for(worker, lambda progress, cancelled: schema.upgrade(engine), session=False,
             label=tr("Preparing the database…"))
    return True


def offer_demo_data(engine, worker: Worker) -> None:
    """On an empty database, offer to generate demo companies (in the worker, with Cancel)."""
    if wait_for(worker, directory.root) is not None:
        return
    companies = offer_demo()
    if not companies:
        return
    from app.demo import generate
    from app.demo.generator import DemoCancelled

    def build(progress, cancelled):
        return generate(engine, companies, seed=1, progress=progress, cancelled=cancelled)
    try:
        wait_for(worker, build, session=False, cancellable=True,
                 label=tr("Creating demo data for %1 companies…").replace("%1", QLocale().toString(companies)))
    except DemoCancelled:
        pass  # nothing was written: the window opens on the empty database


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.partition("://")
    if sep and "@" in tail:
        cred, _, host = tail.rpartition("@")
        user = cred.split(":", 1)[0]
        return f"{head}://{user}:***@{host}" if ":" in cred else url
    return url


def run(url: str, upgrade: bool = False) -> int:
    """Open the main window on ``url``; the exit status of the application."""
    from ui.app_shell import MainWindow

    if QApplication.instance() is None:
        missing = system_libraries.problem()  # Qt would abort on them with a core dump: say it in words
        if missing:
            print(missing, file=sys.stderr)
            return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Prorata")
    app.setApplicationDisplayName("Prorata")
    app.setOrganizationName("Prorata")  # QSettings: ~/.config/Prorata/Prorata.conf
    sort_arrows.point_the_way_everywhere(app)  # ▼ over a list sorted newest first, in every list
    i18n.start(app)  # the saved language, else the system's; Preferences switches it live
    cjk_font.ensure_japanese_font()  # the bundled Japanese font where the system has none
    smoke = os.environ.get("PRORATA_SMOKE") == "1"  # open the window, report it on stdout, quit (packaging tests)
    worker = None
    try:
        brand = branding.current()  # a broken brand file is said in words, before anything opens
    except ProrataError as exc:
        _refuse(exc, tr("This build's brand file is broken"), smoke)
        return 2
    app.setApplicationDisplayName(brand.product)
    try:
        engine = make_engine(url, ask_password=ask_password)
        worker = Worker(engine)
        if not open_schema(engine, worker, upgrade):
            worker.close()
            return 1
        if not smoke:
            offer_demo_data(engine, worker)
        login = wait_for(worker, lambda progress, cancelled: staff.current(engine), session=False)
        # A build locked to a reseller opens only under that reseller's staff login.
        wait_for(worker, lambda progress, cancelled: branding.check_login(brand, engine, login), session=False)
    except Exception as exc:  # a refused connection is the user's to fix: a sentence, not a traceback
        if not isinstance(exc, ProrataError):
            from app.storage.faults import described

            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            exc = described(exc, url) or ProrataError.of("cannot_open_database", url=_redacted(url), reason=reason)
        _refuse(exc, tr("Prorata cannot open the database"), smoke)
        if worker is not None:
            worker.close()
        return 2
    window = MainWindow(worker, engine.url.render_as_string(hide_password=True), remember=True, login=login,
                        live=True)
    window.show()
    window.start()
    if smoke:
        QTimer.singleShot(1500, lambda: _smoke_report(window))
    return app.exec()


def _refuse(exc: ProrataError, title: str, smoke: bool) -> None:
    """The error in a dialog; in a smoke test, where no one would close it, on stderr."""
    if smoke:
        for line in exc.messages():
            print(f"prorata: error: {line}", file=sys.stderr)
        return
    show_error(None, exc, title)


def _smoke_report(window) -> None:
    """One JSON line saying what the window shows (title, icon, highlight colour, tenant tree rows), then quit."""
    from PySide6.QtGui import QPalette

    tree = window.browser.tree
    root = tree.rootIndex()
    shown = [tree.model().index(row, 0, root).data() for row in range(tree.model().rowCount(root))]
    print(json.dumps({"title": window.windowTitle(), "icon": not window.windowIcon().isNull(),
                      "highlight": QApplication.palette().color(QPalette.ColorRole.Highlight).name(),
                      "tree": shown}), flush=True)
    window.close()
