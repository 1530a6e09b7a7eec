"""An invoice's words in its language: the ``invoice`` gettext catalog, and Babel's numbers, money and dates.

Static wording is English in the code, marked with ``gettext``/``ngettext`` on a ``Wording``, and
translated in translations/invoice/<lang>.po. The catalogs are kept as ``.po`` (source) files and
compiled in memory the first time a language is needed, into Babel's ``support.Translations``; a language
without a catalog speaks English. ``python -m app.documents.wording update`` extracts the marked texts
from app/documents/ into invoice.pot and merges it into each language's catalog.

Figures are formatted by Babel in the invoice's locale (``de_DE``: ``1.234,56 €``, ``10.02.2026``), money
with exactly the currency's digits (JPY none), unit prices with more when they have more.
"""
from __future__ import annotations

import io
import sys
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from babel.support import NullTranslations, Translations

from app.money import minor_digits, shown_zero
from app.values.numbers import unsigned_zero

DOMAIN = "invoice"
LANGUAGES = ("en", "de", "fr", "es", "nl", "it", "ja")


def language_of(locale_name: str) -> str:
    """The language part of a locale name ("de_DE" -> "de")."""
    return locale_name.replace("-", "_").split("_")[0].lower() or "en"


@lru_cache(maxsize=32)
def translations(lang: str) -> NullTranslations:
    """The ``invoice`` catalog of ``lang`` (a language, such as "de"); English (no catalog) when it has none."""
    from app.resources import translations as folder

    base = folder(DOMAIN)
    path = base / f"{lang}.po" if base is not None else None
    if lang == "en" or path is None or not path.is_file():
        return NullTranslations()
    from babel.messages.mofile import write_mo  # only to compile a catalog: English has none
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    mo = io.BytesIO()
    write_mo(mo, catalog, use_fuzzy=False)
    mo.seek(0)
    return Translations(mo, domain=DOMAIN)


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_GB")


class Wording:
    """Text and figures for one document: ``locale`` (the invoice's language, such as ``de_DE``) and
    ``currency``. Cheap to make; the catalogs and locales behind it are cached."""

    def __init__(self, locale: str, currency: str):
        self.locale = _locale(locale)
        self.language = self.locale.language
        self.currency = currency
        self.digits = minor_digits(currency)
        self._t = translations(self.language)

    def gettext(self, message: str, **params: object) -> str:
        text = self._t.gettext(message)
        return text.format(**params) if params else text

    def ngettext(self, singular: str, plural: str, count: int, **params: object) -> str:
        """The form for ``count``; ``{n}`` is ``count`` unless ``n`` is given (a formatted figure)."""
        params.setdefault("n", count)
        return self._t.ngettext(singular, plural, count).format(**params)

    def money(self, value: Decimal) -> str:
        """An amount with exactly the currency's digits: ``1.234,56 €``, ``JP¥1,235``; zero without a sign (a credit
        note's tax at 0 % is ``€0.00``, not ``-€0.00``; and the cache below takes -0 and 0 for one key)."""
        return _money(shown_zero(value, self.currency), self.currency, self.locale)

    def price(self, value: Decimal) -> str:
        """A unit price: the currency's digits, and more when the price has more (``0.1234 €``)."""
        return format_currency(unsigned_zero(value), self.currency, locale=self.locale, decimal_quantization=False)

    def number(self, value: Decimal) -> str:
        """A quantity as the locale writes it, without trailing zeros (``1,5``, ``3``)."""
        value = unsigned_zero(value.normalize())
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        return format_decimal(value, locale=self.locale, decimal_quantization=False)

    def percent(self, rate: Decimal) -> str:
        """A tax rate given in percent (19 -> ``19 %`` in German, ``19%`` in English)."""
        return format_percent(rate / 100, locale=self.locale, decimal_quantization=False)

    def day(self, d: date | None) -> str:
        return "" if d is None else _day(d, self.locale)

    def span(self, start: date | None, last: date | None) -> str:
        """A period of days, both days included (``10 Feb 2026 – 14 Feb 2026``); one day alone."""
        if start is None:
            return ""
        if last is None or last == start:
            return self.day(start)
        return f"{self.day(start)} – {self.day(last)}"


# A batch formats the same few amounts and days thousands of times; Babel works each out from the locale's data.
@lru_cache(maxsize=4096)
def _money(value: Decimal, currency: str, locale: Locale) -> str:
    return format_currency(value, currency, locale=locale)


@lru_cache(maxsize=1024)
def _day(d: date, locale: Locale) -> str:
    return format_date(d, "medium", locale=locale)


def update_catalogs(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Extract the texts marked in app/documents/, app/delivery/ and app/payments/ (``gettext``, ``ngettext``, and
    ``N_`` for a text translated later, such as a table of words) into invoice.pot and merge it into each
    ``<lang>.po``."""
    from pathlib import Path

    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po, write_po

    from app.resources import CHECKOUT

    out = CHECKOUT / "translations" / DOMAIN
    out.mkdir(parents=True, exist_ok=True)
    template = Catalog(project="Prorata", domain=DOMAIN)
    app_dir = Path(__file__).resolve().parent.parent
    # app/delivery/texts.py: the invoice e-mail's wording; app/payments/statement_pdf.py: the statement of account
    for package in ("documents", "delivery", "payments"):
        for filename, lineno, message, comments, context in extract_from_dir(
                str(app_dir / package), keywords={"gettext": None, "ngettext": (1, 2), "N_": None},
                comment_tags=("NOTE:",)):
            template.add(message, locations=[(f"app/{package}/{filename}", lineno)], auto_comments=comments,
                         context=context)
    with (out / f"{DOMAIN}.pot").open("wb") as fh:
        write_po(fh, template, omit_header=False, width=100)
    for lang in languages:
        path = out / f"{lang}.po"
        if path.is_file():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=lang, domain=DOMAIN)
        else:
            catalog = Catalog(locale=lang, project="Prorata", domain=DOMAIN)
        catalog.update(template, no_fuzzy_matching=True)
        with path.open("wb") as fh:
            write_po(fh, catalog, width=100, ignore_obsolete=True)


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        print("usage: python -m app.documents.wording update", file=sys.stderr)
        sys.exit(2)
    update_catalogs()
