"""The window in six languages: chosen at first start, switched live in Preferences, nothing left in English.

The switch is tested on an open main window: menus, tabs, buttons, table headers and the detail panel
change language without a restart, and a scan of every visible text finds none still in English.
Screenshots of the main window in each language go to $PRORATA_SHOTS (default /tmp/h/shots) for
people to look at.
"""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QGroupBox, QLabel, QLineEdit,
                               QTabWidget, QWidget)

from app.services.tenant_view import HOSTER_REF
from tests.ui.conftest import TODAY
from ui import i18n
from ui.app_shell import MainWindow
from ui.dialogs.preferences import PreferencesDialog

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
SHOTS = Path(os.environ.get("PRORATA_SHOTS", "/tmp/h/shots"))


@pytest.fixture
def settings(tmp_path, qapp):
    """QSettings in a temporary folder, so a test never reads or writes the user's preferences."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    old = qapp.organizationName()
    qapp.setOrganizationName("ProrataTest")
    yield
    qapp.setOrganizationName(old)
    i18n.uninstall(qapp)


@pytest.fixture
def window(qtbot, worker, world, settings):
    w = MainWindow(worker, "sqlite:///test.db", today=TODAY)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.detail.current() == HOSTER_REF, timeout=5000)
    return w


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("…", "").strip()


def english_sources(lang: str) -> set[str]:
    """The English texts that ``lang`` words differently (a text the same in both, such as "Status", is fine)."""
    out = set()
    for m in ET.parse(TRANSLATIONS / f"prorata_{lang}.ts").getroot().iter("message"):
        source, tr = m.findtext("source"), m.find("translation")
        if m.get("numerus") != "yes" and "%" not in source and "{" not in source and tr.text \
                and _plain(tr.text) != _plain(source):
            out.add(_plain(source))
    return out


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person sees in ``window`` now: menus, tabs, labels, buttons, boxes, placeholders, headers."""
    texts = [window.windowTitle()]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        texts += [a.text() for a in menu_action.menu().actions() if a.text()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts += [w.text(), w.toolTip()]
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt_Horizontal) or "") for c in range(model.columnCount())]
    return [t for t in texts if t]


from PySide6.QtCore import Qt  # noqa: E402

Qt_Horizontal = Qt.Orientation.Horizontal


def english_patterns(lang: str) -> list[re.Pattern]:
    """Texts with placeholders ("%1 (direct companies)") as patterns, when their words are English enough
    to tell, and raw plural sources ("0 invoice(s)") wherever they show."""
    out = [re.compile(r"\w\((s|es|ies)\)")]
    for m in ET.parse(TRANSLATIONS / f"prorata_{lang}.ts").getroot().iter("message"):
        source, tr = m.findtext("source"), m.find("translation")
        if m.get("numerus") == "yes" or not tr.text or _plain(tr.text) == _plain(source):
            continue
        parts = re.split(r"%L?n|%\d|\{[a-z_]+[^}]*\}", _plain(source))
        if len(parts) > 1 and sum(len(re.sub(r"[^A-Za-z]", "", p)) for p in parts) >= 12:
            out.append(re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$"))
    return out


def english_in(texts: list[str], lang: str) -> list[str]:
    english, patterns = english_sources(lang), english_patterns(lang)
    return sorted({t for t in texts if _plain(t) in english or any(p.search(_plain(t)) for p in patterns)})


def english_left(window: QWidget, lang: str) -> list[str]:
    return english_in(visible_texts(window), lang)


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def menu_titles(w: MainWindow) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_the_language_list_names_each_language_in_itself(settings):
    dialog = PreferencesDialog()
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "Deutsch", "Français", "Español", "Nederlands", "日本語"]
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == list(i18n.LANGUAGES)


@pytest.mark.parametrize("system, lang", [("de_AT", "de"), ("fr_CA", "fr"), ("ja_JP", "ja"), ("es_MX", "es"),
                                          ("nl_BE", "nl"), ("pt_BR", "en"), ("C", "en"), ("en_US", "en")])
def test_first_start_speaks_the_system_language(settings, system, lang):
    assert i18n.startup_language(QLocale(system)) == lang


def test_a_saved_choice_wins_over_the_system_language(settings):
    QSettings().setValue(i18n.LANGUAGE_KEY, "nl")
    assert i18n.startup_language(QLocale("de_DE")) == "nl"
    QSettings().setValue(i18n.LANGUAGE_KEY, "xx")  # a language no longer shipped: back to the system's
    assert i18n.startup_language(QLocale("de_DE")) == "de"


@pytest.mark.parametrize("lang, system, expected", [
    ("de", "en_US", "de_DE"),  # another language: its usual country
    ("de", "de_AT", "de_AT"),  # the system's own language: the system's country stays
    ("fr", "fr_CH", "fr_CH"), ("ja", "de_DE", "ja_JP"), ("en", "de_DE", "en_GB"), ("en", "en_US", "en_US"),
])
def test_numbers_and_dates_follow_the_language(lang, system, expected):
    assert i18n.locale_for(lang, QLocale(system)).name() == expected


def test_the_window_switches_language_live(qtbot, window, settings):
    w = window
    assert menu_titles(w)[:3] == ["&File", "&Edit", "&Billing"]
    assert w.tabs.tabText(0) == "&Tenants"
    assert w.preferences_action in w.file_menu.actions()
    w.preferences_action.trigger()
    prefs = w.preferences_dialog
    qtbot.addWidget(prefs)

    prefs.choose("de")  # LanguageChange is posted to every widget: it arrives with the next events
    qtbot.waitUntil(lambda: menu_titles(w)[0] == "&Datei", timeout=3000)
    assert menu_titles(w)[:3] == ["&Datei", "&Bearbeiten", "&Abrechnung"]
    assert w.tabs.tabText(3) == "&Rechnungen"
    assert w.invoices.new_button.text() == "&Neue manuelle Rechnung …"
    assert prefs.windowTitle() == "Einstellungen"
    assert prefs.buttons.button(prefs.buttons.StandardButton.Close).text() == "Schließen"  # Qt's own, in German
    assert QLocale().name() == "de_DE" and QLocale().toString(1234.5, "f", 2) == "1.234,50"
    assert QSettings().value(i18n.LANGUAGE_KEY) == "de"
    assert english_left(w, "de") == []

    prefs.choose("ja")
    qtbot.waitUntil(lambda: menu_titles(w)[0] == "ファイル(&F)", timeout=3000)
    assert menu_titles(w)[:3] == ["ファイル(&F)", "編集(&E)", "請求(&B)"]
    assert w.tabs.tabText(0) == "テナント(&T)"
    assert w.invoices.new_button.text() == "新規手動請求書(&N)…"
    assert QLocale().name() == "ja_JP"
    assert english_left(w, "ja") == []
    assert i18n.startup_language(QLocale("en_GB")) == "ja"  # remembered for the next start


def settle(qtbot, ms: int = 400) -> None:
    """Let the worker's reads arrive and their views fill."""
    qtbot.wait(ms)


def open_everything(qtbot, w: MainWindow, world) -> list[QWidget]:
    """A company in the detail panel, every tab read once, and the modeless dialogs open."""
    from app.services.tenant_view import NodeKind, NodeRef

    w.browser.show_ref(NodeRef(NodeKind.COMPANY, world.contoso))
    qtbot.waitUntil(lambda: w.browser.detail.title.text() == "Contoso GmbH", timeout=5000)
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        settle(qtbot)
    w.tabs.setCurrentIndex(0)
    dialogs = [w.open_billing_run(), w.open_billing_settings(), w.open_audit_log(), w.open_preferences()]
    for d in dialogs:
        qtbot.addWidget(d)
    settle(qtbot)
    return dialogs


def english_anywhere(qtbot, w: MainWindow, dialogs: list[QWidget], lang: str) -> dict[str, list[str]]:
    """What each tab and dialog still shows in English after switching to ``lang``."""
    found = {}
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        settle(qtbot, 150)
        left = english_left(w, lang)
        if left:
            found[w.tabs.tabText(i)] = left
    w.tabs.setCurrentIndex(0)
    for d in dialogs:
        left = english_in(visible_texts_of(d), lang)
        if left:
            found[type(d).__name__] = left
    return found


def visible_texts_of(dialog: QWidget) -> list[str]:
    texts = [dialog.windowTitle()]
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts += [w.text(), w.toolTip()]
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt_Horizontal) or "") for c in range(model.columnCount())]
    return [t for t in texts if t]


@pytest.mark.parametrize("lang", ["de", "ja"])
def test_every_tab_and_dialog_retranslates(qtbot, window, world, lang):
    w = window
    dialogs = open_everything(qtbot, w, world)
    dialogs[-1].choose(lang)
    qtbot.waitUntil(lambda: i18n.current_language() == lang and "(&F)" in menu_titles(w)[0] or
                    menu_titles(w)[0] == "&Datei", timeout=3000)
    settle(qtbot)
    assert english_anywhere(qtbot, w, dialogs, lang) == {}


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_screenshots_of_the_main_window(qtbot, window, world, lang):
    """The main window with a company shown, and the billing run dialog, for people to look at."""
    from app.services.tenant_view import NodeKind, NodeRef

    w = window
    w.resize(1280, 800)
    i18n.switch(QApplication.instance(), lang, save=False)
    w.browser.show_ref(NodeRef(NodeKind.COMPANY, world.contoso))
    qtbot.waitUntil(lambda: w.browser.detail.title.text() == "Contoso GmbH", timeout=5000)
    settle(qtbot)
    shoot(w, f"lang_{lang}")
    if lang != "en":
        assert english_left(w, lang) == []
    run = w.open_billing_run()
    qtbot.addWidget(run)
    settle(qtbot, 200)
    shoot(run, f"lang_{lang}_billing_run")
    prefs = w.open_preferences()
    qtbot.addWidget(prefs)
    settle(qtbot, 100)
    shoot(prefs, f"lang_{lang}_preferences")
