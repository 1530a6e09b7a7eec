"""Every shipped language is complete: the window's .ts files and the core's .po catalogs.

A .ts may have no unfinished, obsolete or vanished message, keeps each source's placeholders (%1, %Ln,
{name}) and has as many plural forms as its language needs; it is up to date with ui/ (pyside6-lupdate
finds nothing new). A .po has no untranslated or fuzzy message and keeps each template's {fields}.
The files are declared as data of the wheel, and ui/i18n compiles them from where a wheel puts them.
"""
from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from app import translation

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
WINDOW_LANGUAGES = ("de", "fr", "es", "nl", "ja")  # English ships its plural forms only
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "nl": 2, "ja": 1, "en": 2}
QT_PLACEHOLDER = re.compile(r"%L?n|%\d+")
PY_FIELD = re.compile(r"\{[a-z_]+(?:![rs])?(?::[^}]*)?\}")
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def messages(lang: str):
    root = ET.parse(TRANSLATIONS / f"prorata_{lang}.ts").getroot()
    assert root.get("language", "").split("_")[0] == lang
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            yield ctx.findtext("name") or "", m


def texts_of(m) -> list[str]:
    tr = m.find("translation")
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms if m.get("numerus") == "yes" else [tr.text or ""]


@pytest.mark.parametrize("lang", WINDOW_LANGUAGES + ("en",))
def test_every_message_of_a_shipped_language_is_finished(lang):
    bad = [(ctx, m.findtext("source")) for ctx, m in messages(lang)
           if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
           and (lang != "en" or m.get("numerus") == "yes")]
    assert not bad, f"{lang}: {len(bad)} unfinished or obsolete, such as {bad[:3]}"


@pytest.mark.parametrize("lang", WINDOW_LANGUAGES + ("en",))
def test_translations_keep_placeholders_and_plural_forms(lang):
    for ctx, m in messages(lang):
        source = m.findtext("source")
        if lang == "en" and m.get("numerus") != "yes":
            continue
        forms = texts_of(m)
        if m.get("numerus") == "yes":
            assert len(forms) == PLURAL_FORMS[lang], (lang, ctx, source, forms)
        for text in forms:
            assert text.strip(), (lang, ctx, source)
            want_qt = sorted(set(QT_PLACEHOLDER.findall(source)) - {"%Ln", "%n"})
            assert sorted(set(QT_PLACEHOLDER.findall(text)) - {"%Ln", "%n"}) == want_qt, (lang, ctx, source, text)
            assert sorted(PY_FIELD.findall(text)) == sorted(PY_FIELD.findall(source)), (lang, ctx, source, text)
            if "%Ln" in source and lang != "ja":
                assert "%Ln" in text or "%n" in text, (lang, ctx, source, text)


@pytest.mark.parametrize("lang", WINDOW_LANGUAGES)
def test_a_mnemonic_stays_a_mnemonic(lang):
    """A source with one & keeps exactly one (Japanese writes it as "(&F)")."""
    for ctx, m in messages(lang):
        source = m.findtext("source")
        if re.search(r"&(?!&)\S", source):
            for text in texts_of(m):
                assert len(re.findall(r"&(?!&)\S", text)) == 1, (lang, ctx, source, text)


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_the_shipped_ts_files_are_up_to_date_with_ui(tmp_path):
    """A tr() text added to ui/ without running `make translations` (and translating it) fails here."""
    copy = tmp_path / "prorata_de.ts"
    shutil.copy(TRANSLATIONS / "prorata_de.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-noobsolete", "-ts", str(copy)], check=True, capture_output=True,
                   timeout=120)
    root = ET.parse(copy).getroot()
    new = [m.findtext("source") for m in root.iter("message")
           if m.find("translation").get("type") == "unfinished"]
    assert not new, f"run 'make translations' and translate: {new[:5]}"


def _fields(template: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(template) if name is not None)


@pytest.mark.parametrize("lang", WINDOW_LANGUAGES)
def test_every_core_message_is_translated_with_its_placeholders(lang):
    with (TRANSLATIONS / "core" / f"{lang}.po").open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    ids = [m for m in catalog if m.id]
    assert ids
    untranslated = [m.id for m in ids if not m.string]
    fuzzy = [m.id for m in ids if m.fuzzy]
    assert not untranslated, f"{lang}: {len(untranslated)} untranslated, such as {untranslated[:3]}"
    assert not fuzzy, f"{lang}: {len(fuzzy)} fuzzy, such as {fuzzy[:3]}"
    for m in ids:
        assert _fields(m.string) == _fields(m.id), (lang, m.id, m.string)


def test_the_core_catalogs_cover_every_window_language():
    import inspect

    default = inspect.signature(translation.update_catalogs).parameters["languages"].default
    assert set(default) == set(WINDOW_LANGUAGES)


def test_a_core_catalog_has_every_message_of_the_template():
    with (TRANSLATIONS / "core" / "core.pot").open("rb") as fh:
        template = {m.id for m in read_po(fh) if m.id}
    for lang in WINDOW_LANGUAGES:
        with (TRANSLATIONS / "core" / f"{lang}.po").open("rb") as fh:
            ids = {m.id for m in read_po(fh) if m.id}
        assert template <= ids, (lang, sorted(template - ids)[:3])


def test_the_wheel_installs_the_translations():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    assert "translations/*.ts" in data["share/prorata/translations"]
    assert "translations/core/*" in data["share/prorata/translations/core"]


def test_the_window_compiles_its_catalogs_where_a_wheel_put_them(tmp_path, monkeypatch):
    """Installed from a wheel, the .ts sit under <prefix>/share/prorata/translations and site-packages
    may be read-only: ui/i18n compiles the .qm into the user's cache instead."""
    pytest.importorskip("PySide6")
    from app import resources
    from ui import i18n

    prefix = tmp_path / "share" / "prorata"
    (prefix / "translations").mkdir(parents=True)
    for ts in TRANSLATIONS.glob("prorata_*.ts"):
        shutil.copy(ts, prefix / "translations" / ts.name)
    monkeypatch.setattr(i18n, "SOURCES", tmp_path / "not-a-checkout")
    monkeypatch.setattr(resources, "roots", lambda: (prefix,))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    qm = i18n._compiled("prorata_ja")
    assert qm is not None and qm.is_file() and qm.stat().st_size > 1000
    assert tmp_path / "cache" in qm.parents
