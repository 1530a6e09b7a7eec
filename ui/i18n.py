"""Translations: Prorata's own catalogue and Qt's, for the system language.

The ``.ts`` files under translations/ are the source (``make translations``
refreshes them with pyside6-lupdate). ``.qm`` files are built, never committed:
the packaging spec compiles them into the bundle; in a source checkout
``install`` compiles a missing or stale one into build/translations with
pyside6-lrelease the first time it is needed. Qt's own ``qtbase_<lang>.qm`` is
loaded too, so standard dialogs and buttons speak the same language.

The window's language is one of ``LANGUAGES``: the one saved in the user's
settings (Preferences), else the system's when Prorata ships it, else English.
``switch`` changes it while the window is open: it sets the default QLocale
first (numbers and dates follow the language: the system locale when it is of
that language, else the language's usual country), then replaces the
translators, which sends every widget a LanguageChange event; widgets
retranslate in ``changeEvent``.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "translations"
BUILT = ROOT / "build" / "translations"

LANGUAGES = ("en", "de", "fr", "es", "nl", "ja")
"""The window's languages, in the order Preferences lists them."""
LANGUAGE_KEY = "ui/language"
# The locale a language's numbers and dates follow when the system locale is of another language.
_USUAL_LOCALE = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "nl": "nl_NL", "ja": "ja_JP"}
_installed: list[QTranslator] = []


def _bundled_dir() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / "translations" if base else None


def _sources() -> Path:
    """The .ts files: in the checkout, else where an installed wheel put them (app/resources.py)."""
    if (SOURCES / "prorata_de.ts").exists():
        return SOURCES
    from app.resources import roots

    for root in roots():
        if (root / "translations" / "prorata_de.ts").exists():
            return root / "translations"
    return SOURCES


def _built_dir(sources: Path) -> Path:
    """Where compiled .qm go: build/ in a checkout, else the user's cache (site-packages may be read-only)."""
    if sources == SOURCES:
        return BUILT
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("prorata")) / "translations"


def _compiled(stem: str) -> Path | None:
    """The .qm for ``prorata_<lang>``: bundled, else built (compiled now if missing or stale)."""
    bundled = _bundled_dir()
    if bundled is not None:
        qm = bundled / f"{stem}.qm"
        return qm if qm.exists() else None
    sources = _sources()
    built = _built_dir(sources)
    ts = sources / f"{stem}.ts"
    qm = built / f"{stem}.qm"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        try:
            built.mkdir(parents=True, exist_ok=True)
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


def language_of(locale: QLocale) -> str:
    """The shipped language nearest ``locale`` ("de" for de_AT); English when Prorata does not ship it."""
    lang = locale.name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def saved_language() -> str | None:
    """The language chosen in Preferences, if any (and still shipped)."""
    value = QSettings().value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def startup_language(system: QLocale | None = None) -> str:
    """The language to open in: the saved choice, else the system's (at first start), else English."""
    return saved_language() or language_of(system or QLocale.system())


def locale_for(lang: str, system: QLocale | None = None) -> QLocale:
    """The formatting locale for ``lang``: the system's when it is of that language (de_AT stays de_AT),
    else the language's usual one (de -> de_DE, en -> en_GB)."""
    system = system or QLocale.system()
    if system.name().split("_")[0] == lang:
        return system
    return QLocale(_USUAL_LOCALE.get(lang, "en_GB"))


def current_language() -> str:
    """The window's language now (the default QLocale's)."""
    return language_of(QLocale())


def native_name(lang: str) -> str:
    """The language's name in itself ("Deutsch", "日本語"), capitalised as a list shows it.

    CLDR's language name through Babel: QLocale.nativeLanguageName names a country's variant
    ("español de España", "American English"), which reads oddly in a list of languages.
    """
    from babel import Locale

    name = Locale.parse(lang).get_language_name(lang) or lang
    return name[:1].upper() + name[1:]


def switch(app: QCoreApplication, lang: str, *, save: bool = True, system: QLocale | None = None) -> None:
    """Speak ``lang`` from now on, in every open window; remember it when ``save``.

    Sets the default QLocale before the translators change, so that widgets
    retranslating on the LanguageChange event format numbers and dates in the
    new locale too. GUI thread only.
    """
    if lang not in LANGUAGES:
        raise ValueError(lang)
    locale = locale_for(lang, system)
    QLocale.setDefault(locale)
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                window.unsetLocale()  # widgets cache the locale they were made with: take the new default
    old = list(_installed)
    remove(app, old)
    for t in old:
        t.setParent(None)  # let Python free it
    _installed[:] = install(app, locale)
    if save:
        QSettings().setValue(LANGUAGE_KEY, lang)


def start(app: QCoreApplication, system: QLocale | None = None) -> str:
    """Speak the startup language (saved, else the system's); returns it. Called once by the launcher."""
    lang = startup_language(system)
    switch(app, lang, save=False, system=system)
    return lang


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators ``switch`` installed (the window speaks its English sources again)."""
    remove(app, _installed)
    _installed.clear()
