"""`make screenshots`: the main screens in every language of the window, drawn offscreen on a small demo
database, into screenshots/ (not kept in git), so people can look at them without running Prorata.

    python packaging/screenshots.py [--out DIR] [--languages en de ...] [--companies N]

The database is a fresh SQLite file in a temporary folder: ``prorata demo`` data as of 1 June 2026,
billed and issued up to that day, with a few audited setting changes. For each language the window
opens at 1280x800 and these are grabbed as ``<lang>-<screen>.png``: the tenant tree with a company
shown, the catalogue, the price matrix, the invoices, the payment console, the billing run dialog (a
preview of the next month), the audit log and the invoice designer. Preferences are kept in the
temporary folder, not in the user's. Japanese is drawn as the window draws it: with the system's Japanese
font, else the one Prorata ships (``ui.cjk_font``); only without either (a broken checkout) does the script
say so and draw the Japanese screens in boxes anyway.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

AS_OF = date(2026, 6, 1)
NEXT_MONTH = date(2026, 7, 1)
LANGUAGES = ("en", "de", "fr", "es", "nl", "ja")
SIZE = (1280, 800)


def demo_database(folder: Path, companies: int) -> str:
    """A demo database in ``folder``, billed up to ``AS_OF``, with audited setting changes; its URL."""
    from sqlalchemy import select

    from app.billing.run import run_billing
    from app.demo.generator import generate
    from app.models import Reseller
    from app.services import billing_settings
    from app.storage import schema
    from app.storage.engine import make_engine, unit_of_work

    url = f"sqlite:///{folder / 'demo.db'}"
    engine = make_engine(url)
    schema.upgrade(engine)
    generate(engine, companies, seed=1, today=AS_OF)
    run_billing(engine, AS_OF, issue=True, workers=0)
    with unit_of_work(engine) as s:
        reseller = s.scalars(select(Reseller.code).order_by(Reseller.id)).first()
    for actor, name, value in (("Anna Weber", "tax_rate", "20"), ("Ben Okafor", "checks", "off")):
        os.environ["PRORATA_ACTOR"] = actor
        try:
            with unit_of_work(engine) as s:
                billing_settings.set_value(s, reseller, name, value)
        except Exception as exc:  # a demo without that setting still gives screenshots
            print(f"screenshots: setting {name} skipped: {exc}", file=sys.stderr)
    os.environ.pop("PRORATA_ACTOR", None)
    engine.dispose()
    return url


def a_company(url: str):
    """(NodeRef, name) of a company under a reseller, with users and history: the tenant page's example."""
    from sqlalchemy import func, select

    from app.models import Company, User
    from app.services.tenant_view import NodeKind, NodeRef
    from app.storage.engine import make_engine, unit_of_work

    engine = make_engine(url)
    with unit_of_work(engine) as s:
        users = select(func.count()).select_from(User).where(User.company_id == Company.id).scalar_subquery()
        cid, name = s.execute(select(Company.id, Company.name).where(Company.reseller_id.is_not(None))
                              .order_by(users.desc(), Company.id).limit(1)).one()
    engine.dispose()
    return NodeRef(NodeKind.COMPANY, cid), name


class Camera:
    """Waits for the window's reads to arrive and grabs widgets into ``out``."""

    def __init__(self, app, worker, out: Path):
        self.app, self.worker, self.out = app, worker, out
        self.written: list[Path] = []

    def wait(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def until(self, condition, timeout: float = 20.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if condition():
                return True
            time.sleep(0.01)
        return False

    def settle(self) -> None:
        """The worker idle, then a moment for views to fill and columns to resize."""
        self.wait(0.2)
        self.until(self.worker.idle)
        self.wait(0.4)

    def grab(self, widget, name: str) -> None:
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.written.append(path)
        print(path)


def japanese_font_missing() -> bool:
    """True when no font draws Japanese, after offering Qt the bundled one as the window does at start."""
    from ui import cjk_font

    return cjk_font.ensure_japanese_font() is None


def shoot_language(camera: Camera, url: str, lang: str, company) -> None:
    """Every screen of the window in ``lang``, on a worker of its own (closing a window closes its worker)."""
    from app.storage.engine import make_engine
    from ui import i18n
    from ui.app_shell import MainWindow
    from ui.worker import Worker

    i18n.switch(camera.app, lang, save=False)
    camera.worker = Worker(make_engine(url))
    w = MainWindow(camera.worker, url, today=AS_OF)
    w.resize(*SIZE)
    w.show()
    w.start()
    ref, name = company
    camera.until(lambda: w.browser.model.rowCount() > 0)
    w.browser.show_ref(ref)
    camera.until(lambda: w.browser.detail.title.text() == name)
    camera.settle()
    camera.grab(w, f"{lang}-tenants")
    for page, screen in ((w.catalogue, "catalogue"), (w.prices, "prices"), (w.invoices, "invoices"),
                         (w.payments, "payments")):
        w.tabs.setCurrentWidget(page)
        camera.settle()
        camera.grab(w, f"{lang}-{screen}")
    w.tabs.setCurrentWidget(w.browser)

    run = w.open_billing_run()
    camera.settle()
    run.as_of.set_day(NEXT_MONTH)  # billed up to AS_OF already: preview the month after, which has rows
    run.preview()
    camera.until(lambda: not run.busy(), timeout=60)
    camera.settle()
    camera.grab(run, f"{lang}-billing-run")
    run.hide()

    log = w.open_audit_log()
    camera.settle()
    camera.grab(log, f"{lang}-audit-log")
    log.hide()

    designer = w.open_designer()
    designer.resize(*SIZE)
    camera.settle()
    camera.grab(designer, f"{lang}-designer")
    if not designer.state.stack.isClean():
        print(f"screenshots: {lang}: the designer says its template has unsaved changes, none were made",
              file=sys.stderr)
    # Hidden, not closed: closing asks questions (unsaved template, a run still working) no one answers here.
    designer.hide()
    w.hide()
    camera.until(camera.worker.idle)
    camera.worker.close()
    w.deleteLater()
    camera.wait(0.2)


def make_screenshots(out: Path, languages=LANGUAGES, companies: int = 30) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="prorata-screenshots-") as tmp:
        folder = Path(tmp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # preferences here, not in the user's
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        app = QApplication.instance() or QApplication(["prorata-screenshots"])
        app.setOrganizationName("Prorata")
        app.setApplicationName("Prorata")
        if japanese_font_missing() and "ja" in languages:  # the window's Japanese font (ui/launcher.py)
            print("screenshots: no font with Japanese glyphs, not even the bundled resources/fonts/ipaexg.ttf: "
                  "the ja screens show boxes", file=sys.stderr)
        print(f"screenshots: demo database with {companies} companies...", file=sys.stderr)
        url = demo_database(folder, companies)
        company = a_company(url)
        camera = Camera(app, None, out)
        try:
            for lang in languages:
                shoot_language(camera, url, lang, company)
        finally:
            i18n.uninstall(app)
        return camera.written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Grab the main screens in every language into a folder.")
    parser.add_argument("--out", default="screenshots", help="the folder (default: screenshots)")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES, metavar="LANG",
                        help="the languages (default: all: " + " ".join(LANGUAGES) + ")")
    parser.add_argument("--companies", type=int, default=30, help="companies in the demo (default 30)")
    args = parser.parse_args(argv)
    make_screenshots(Path(args.out), tuple(args.languages), args.companies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
