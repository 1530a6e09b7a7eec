"""The core's sentences in the user's language: gettext catalogs read with Babel.

The core's messages (app/errors.py ``MESSAGES``) are English templates keyed by
error id. Their translations live in ``translations/core/<lang>.po`` (source
files, kept with ``python -m app.translation update``, which is what
``make translations`` runs); they are read as they are, without a compiled
``.mo``, the first time a language is needed. A template without a
translation stays English; a translation that would not format with the
error's parameters is ignored rather than shown broken.

The CLI speaks the language of the environment (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG, as gettext does); the window passes its own.

A date in a message (a ``date``, or the ISO text "2026-03-05" the core puts in
its parameters so that they stay machine-readable) is written as the reader's
locale writes it ("05.03.2026", "5 mars 2026") when the sentence is rendered
in that language; an English sentence, and whatever is not rendered for a
person (``--json``, the audit data, exports), keeps the ISO date.
"""
from __future__ import annotations

import os
import re
import string
import sys
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Callable

DOMAIN = "core"
ROOT = Path(__file__).resolve().parent.parent


def catalog_dir() -> Path:
    """Where the core catalogs are: a frozen build's, a checkout's or an installed wheel's (app/resources.py
    looks in that order); the checkout's when none is found, which is where ``update`` writes them."""
    from app.resources import translations

    return translations(DOMAIN) or ROOT / "translations" / DOMAIN


def language_of(locale_name: str | None) -> str | None:
    """The language part of a locale name ("de_DE.UTF-8" -> "de"); None for C/POSIX/empty."""
    if not locale_name:
        return None
    lang = locale_name.split(":")[0].split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return None if lang in ("", "c", "posix") else lang


def environment_language() -> str | None:
    """The language gettext would pick from the environment, if any."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        lang = language_of(os.environ.get(var))
        if lang:
            return lang
    return None


@lru_cache(maxsize=16)
def _catalog(lang: str) -> dict[str, str]:
    path = catalog_dir() / f"{lang}.po"
    if not path.is_file():
        return {}
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy and isinstance(m.id, str)}


def translator(lang: str | None) -> Callable[[str], str]:
    """A function from an English template to the template in ``lang`` (itself when untranslated).

    Outside English it is a ``Translator``, which also writes a message's dates as ``lang``'s locale does
    (``app.errors.Problem.message`` asks it to); in English dates stay ISO ("2026-03-05"), which no reader
    can take for another day."""
    language = language_of(lang)
    if language is None or language == "en":
        return _same
    return Translator(language, locale_of(lang) or language, _catalog(language))


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


class Translator:
    """A language's templates, and its way of writing a date in them."""

    def __init__(self, language: str, locale: str, catalog: dict[str, str]):
        self.language = language
        self.locale = locale
        self._catalog = catalog

    def __call__(self, text: str) -> str:
        return self._catalog.get(text, text)

    def date(self, day: date) -> str:
        """``day`` as the locale writes it, with its four-digit year ("05.03.2026"); ISO if Babel cannot."""
        try:
            return _format_date(day, self.locale)
        except Exception:  # an unknown locale must not hide the date
            return day.isoformat()

    def for_reader(self, translated: str, params: dict) -> dict:
        """``params`` for the translated template, its dates in the locale's words.

        A date is a ``date`` or an ISO date's text given to a plain placeholder; one shown quoted (``{value!r}``)
        is what someone typed, echoed as typed."""
        try:
            fields = {name for _, name, spec, conv in string.Formatter().parse(translated)
                      if name and not spec and conv is None}
        except ValueError:
            return params  # a broken translation: the caller falls back to English
        out = dict(params)
        for name in fields & params.keys():
            day = _as_date(params[name])
            if day is not None:
                out[name] = self.date(day)
        return out


def _as_date(value) -> date | None:
    if isinstance(value, datetime):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def locale_of(locale_name: str | None) -> str | None:
    """The Babel locale of a locale name ("de_CH.UTF-8" -> "de_CH", "pt-BR" -> "pt_BR"); None for C/POSIX/empty."""
    if not language_of(locale_name):
        return None
    return locale_name.split(":")[0].split(".")[0].split("@")[0].replace("-", "_")


@lru_cache(maxsize=64)
def _babel_locale(locale: str):
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(locale)
    except (ValueError, UnknownLocaleError):
        loc = Locale.parse(language_of(locale))
    return loc


def _format_date(day: date, locale: str) -> str:
    from babel.dates import format_date

    return format_date(day, format="medium", locale=_babel_locale(locale))


def _same(text: str) -> str:
    return text


def update_catalogs(languages: tuple[str, ...] = ("de", "fr", "es", "nl", "ja")) -> None:
    """Write the template (core.pot) from the message ids and merge it into each language's catalog (wrapped at
    120 columns, as the committed catalogs are: an update changes only what changed)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    from app.errors import MESSAGES

    _import_all()  # modules add their own templates to MESSAGES when imported
    template = Catalog(project="Prorata", domain=DOMAIN)
    for key, text in MESSAGES.items():
        template.add(text, auto_comments=[f"error id: {key}"], context=None)
    out = catalog_dir()
    out.mkdir(parents=True, exist_ok=True)
    with (out / f"{DOMAIN}.pot").open("wb") as fh:
        write_po(fh, template, omit_header=False, sort_output=False, width=120)
    for lang in languages:
        path = out / f"{lang}.po"
        if path.is_file():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=lang)
        else:
            catalog = Catalog(locale=lang, project="Prorata", domain=DOMAIN)
        catalog.update(template, no_fuzzy_matching=True)
        with path.open("wb") as fh:
            write_po(fh, catalog, sort_output=False, width=120, ignore_obsolete=True)


def _import_all() -> None:
    import importlib
    import pkgutil

    import app

    for info in pkgutil.walk_packages(app.__path__, "app."):
        if ".migrations" not in info.name and info.name != __name__:
            importlib.import_module(info.name)


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        print("usage: python -m app.translation update", file=sys.stderr)
        sys.exit(2)
    update_catalogs()
