"""Translations: Prorata's own catalogue and Qt's, for the system language.

The ``.ts`` files under translations/ are the source (``make translations``
refreshes them with pyside6-lupdate). ``.qm`` files are built, never committed:
the packaging spec compiles them into the bundle; in a source checkout
``install`` compiles a missing or stale one into build/translations with
pyside6-lrelease the first time it is needed. Qt's own ``qtbase_<lang>.qm`` is
loaded too, so standard dialogs and buttons speak the same language.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "translations"
BUILT = ROOT / "build" / "translations"


def _bundled_dir() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / "translations" if base else None


def _compiled(stem: str) -> Path | None:
    """The .qm for ``prorata_<lang>``: bundled, else built (compiled now if missing or stale)."""
    bundled = _bundled_dir()
    if bundled is not None:
        qm = bundled / f"{stem}.qm"
        return qm if qm.exists() else None
    ts = SOURCES / f"{stem}.ts"
    qm = BUILT / f"{stem}.qm"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        try:
            BUILT.mkdir(parents=True, exist_ok=True)
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
        except (OSError, subprocess.SubprocessError):
            return qm if qm.exists() else None
    return qm if qm.exists() else None


def install(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's and Prorata's translators for ``locale`` (default: the system's).

    Returns the translators (keep them alive). English loads only its plural
    forms ("1 invoice", "2 invoices"); the source texts are English already.
    """
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    lang = locale.name().split("_")[0]
    qm = _compiled("prorata_en" if lang == "C" else f"prorata_{lang}")
    if qm is not None:
        own = QTranslator(app)
        if own.load(str(qm)):
            app.installTranslator(own)
            installed.append(own)
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
