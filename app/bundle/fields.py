"""Checking single values of a bundle: each checker returns the clean value or BAD.

Checkers never raise: they add a located ``Problem`` to a ``Problems`` list and
return ``BAD``, so that one pass over a file reports everything wrong with it.
"""
from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Any, Iterable

from babel import Locale, localedata

import app.bundle.messages  # noqa: F401  (registers the message ids used here)
from app.errors import Problem, ProrataError
from app.money import is_currency, parse_amount
from app.values import dates, numbers
from app.values.text import check_code, check_text

CODE_MAX = 64
NAME_MAX = 200
DESCRIPTION_MAX = 500  # a plan's description: a few lines on an invoice, never more than a page holds
EMAIL_MAX = 320
ADDRESS_KEYS = ("lines", "city", "postcode", "country")


class _Bad:
    """The value of a field that failed its check (its problem is already recorded)."""

    def __repr__(self) -> str:
        return "BAD"

    def __bool__(self) -> bool:
        return False


BAD: Any = _Bad()


class Problems:
    """Everything found wrong with one input, in the order found."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, id: str, where: str, **params: Any) -> Any:
        """Record a problem; returns BAD so checkers can ``return problems.add(...)``."""
        self.items.append(Problem(id, params, where))
        return BAD

    def located(self, exc: ProrataError, where: str) -> Any:
        """Record a raised error's problems at ``where`` (when they carry no location)."""
        for p in exc.problems:
            self.items.append(Problem(p.id, p.params, p.where or where))
        return BAD

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ProrataError(list(self.items))


def json_type(value: object) -> str:
    """The JSON name of a Python value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float, Decimal)):
        return f"the number {value}"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class _Literal(str):
    """A number as the file wrote it, shown without quotes in messages."""

    def __repr__(self) -> str:
        return str(self)


def shown(value: object) -> object:
    """A value for a message: numbers as the file wrote them (4.50, not Decimal('4.50'))."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return _Literal(value)
    return value


def obj(value: object, where: str, probs: Problems, required: Iterable[str],
        optional: Iterable[str] = ()) -> dict | None:
    """``value`` if it is an object; unknown keys and missing required keys are problems.

    A required key whose value is null counts as missing.
    """
    if not isinstance(value, dict):
        probs.add("bad_type", where, expected="an object", got=json_type(value))
        return None
    required = tuple(required)
    allowed = set(required) | set(optional)
    for key in value:
        if key not in allowed:
            probs.add("unknown_key", f"{where}.{key}", key=key, allowed=", ".join(sorted(allowed)))
    for key in required:
        if value.get(key) is None:
            probs.add("missing", f"{where}.{key}", field=key)
    return value


def section(doc: dict, key: str, probs: Problems) -> list:
    """The list under ``key`` (empty when absent)."""
    value = doc.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        probs.add("bad_type", f"$.{key}", expected="a list", got=json_type(value))
        return []
    return value


def code(value: object, where: str, probs: Problems) -> Any:
    if not isinstance(value, str):
        return probs.add("bad_type", where, expected="a code (string)", got=json_type(value))
    if not value or len(value) > CODE_MAX or value != value.strip():
        return probs.add("bad_code", where, value=value, max=CODE_MAX)
    try:
        return check_code(value, where)
    except ProrataError as exc:
        return probs.located(exc, where)


def text(value: object, where: str, probs: Problems, *, field: str, max_len: int = NAME_MAX,
         required: bool = True) -> Any:
    """A non-empty string of at most ``max_len`` characters, stripped; None when optional and absent."""
    if value is None and not required:
        return None
    if not isinstance(value, str):
        return probs.add("bad_type", where, expected="a string", got=json_type(value))
    value = value.strip()
    if not value:
        if not required:
            return None
        return probs.add("missing", where, field=field)
    if len(value) > max_len:
        return probs.add("too_long", where, field=field, max=max_len)
    return check_text_ok(value, where, probs, field)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def email(value: object, where: str, probs: Problems, *, required: bool = False) -> Any:
    """An e-mail address of the usual shape (something@domain.tld)."""
    value = text(value, where, probs, field="email", max_len=EMAIL_MAX, required=required)
    if value is BAD or value is None:
        return value
    if not _EMAIL.match(value):
        return probs.add("bad_email", where, value=value)
    return value


def iso_date(value: object, where: str, probs: Problems) -> Any:
    """A calendar date written YYYY-MM-DD within the supported range (``app.values.dates``)."""
    try:
        return dates.calendar_date(value, where)
    except ProrataError as exc:
        if not isinstance(value, str):
            return probs.add("bad_date", where, value=shown(value))
        return probs.located(exc, where)


@lru_cache(maxsize=None)
def _locale_exists(name: str) -> bool:
    return bool(name) and localedata.exists(name)


def language(value: object, where: str, probs: Problems) -> Any:
    """A locale Babel knows: ``de``, ``de_DE``, ``en_GB``."""
    if not isinstance(value, str):
        return probs.add("bad_type", where, expected="a language (string)", got=json_type(value))
    if not _locale_exists(value):
        return probs.add("unknown_language", where, value=value)
    return value


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(t for t in Locale("en").territories if len(t) == 2 and t.isalpha() and t != "ZZ")


def texts(value: object, where: str, probs: Problems, *, required: bool = True,
          max_len: int | None = NAME_MAX) -> Any:
    """A translated text: ``{language: text}`` with at least one entry, each of at most ``max_len`` characters
    (None: the caller checks the length; a name is at most ``NAME_MAX``)."""
    if value is None and not required:
        return None
    if not isinstance(value, dict) or not value:
        return probs.add("bad_type", where, expected='texts by language, such as {"en": "..."}',
                         got=json_type(value))
    ok, out = True, {}
    for lang, t in value.items():
        if not isinstance(lang, str) or not _locale_exists(lang):
            probs.add("unknown_language", f"{where}.{lang}", value=lang)
            ok = False
        elif not isinstance(t, str) or not t.strip():
            probs.add("bad_type", f"{where}.{lang}", expected="a non-empty string", got=json_type(t))
            ok = False
        elif max_len is not None and len(t) > max_len:
            probs.add("too_long", f"{where}.{lang}", field="text", max=max_len)
            ok = False
        elif (checked := check_text_ok(t, f"{where}.{lang}", probs)) is BAD:
            ok = False
        else:
            out[lang] = checked
    return out if ok else BAD


def check_text_ok(value: str, where: str, probs: Problems, field: str = "text") -> Any:
    """``value`` if it holds no control character (``app.values.text``); else BAD, recorded."""
    try:
        return check_text(value, where, field=field)
    except ProrataError as exc:
        return probs.located(exc, where)


def address(value: object, where: str, probs: Problems) -> Any:
    """A postal address ``{lines: [...], city, postcode, country}``; None when absent."""
    if value is None:
        return None
    before = len(probs)
    a = obj(value, where, probs, required=("lines", "city", "country"), optional=("postcode",))
    if a is None:
        return BAD
    lines = a.get("lines")
    if lines is not None:
        if not isinstance(lines, list) or not lines:
            probs.add("bad_type", f"{where}.lines", expected="a list of address lines", got=json_type(lines))
        else:
            for i, line in enumerate(lines):
                text(line, f"{where}.lines[{i}]", probs, field="address line")
    if a.get("city") is not None:
        text(a["city"], f"{where}.city", probs, field="city")
    if a.get("postcode") is not None:
        text(a["postcode"], f"{where}.postcode", probs, field="postcode", max_len=20)
    country = a.get("country")
    if country is not None and country not in _countries():
        probs.add("unknown_country", f"{where}.country", value=country)
    if len(probs) != before:
        return BAD
    out = {"lines": [line.strip() for line in lines], "city": a["city"].strip()}
    if a.get("postcode") is not None:
        out["postcode"] = a["postcode"].strip()
    out["country"] = country
    return out


def currency(value: object, where: str, probs: Problems, enabled: set[str] | frozenset[str]) -> Any:
    """An ISO 4217 code that the hoster has enabled."""
    if not isinstance(value, str):
        return probs.add("bad_type", where, expected="a currency code", got=json_type(value))
    if not is_currency(value):
        return probs.add("unknown_currency", where, code=value)
    if value not in enabled:
        return probs.add("currency_disabled", where, code=value)
    return value


def amount_form(value: object, where: str, probs: Problems) -> Any:
    """Whether ``value`` is written as an amount (a string), before its currency is known."""
    if not isinstance(value, str):
        return probs.add("bad_amount", where, value=shown(value))
    return value


def amount(value: object, where: str, probs: Problems, currency_code: str, *,
           allow_negative: bool = False) -> Any:
    """An amount written as a string, with no more decimals than the currency has."""
    if amount_form(value, where, probs) is BAD:
        return BAD
    try:
        return parse_amount(value, currency_code, allow_negative=allow_negative)
    except ProrataError as exc:
        return probs.located(exc, where)


def billing_day(value: object, where: str, probs: Problems) -> Any:
    """``"anniversary"`` -> None; a day 1-31 -> that day."""
    if value == "anniversary":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 31:
        return value
    return probs.add("bad_billing_day", where, value=shown(value))


def choice(value: object, where: str, probs: Problems, enum: type[Enum]) -> Any:
    """One of an enum's values, as its string."""
    allowed = [e.value for e in enum]
    if value not in allowed:
        return probs.add("bad_value", where, value=shown(value), allowed=", ".join(allowed))
    return value


def quantity(value: object, where: str, probs: Problems) -> Any:
    """A whole number of 0 or more, below ``app.values.numbers.QUANTITY_LIMIT``."""
    if isinstance(value, str):  # typed text that is no whole number: the quantity rule's refusal, as elsewhere
        try:
            value = int(value.strip(), 10) if value.strip().lstrip("-").isdigit() else value
        except ValueError:
            pass
        if isinstance(value, str) and not numbers.is_machine_number(value.strip()):
            return probs.add("bad_quantity", where, value=value)
    if not isinstance(value, int) or isinstance(value, bool):
        return probs.add("bad_type", where, expected="a whole number of 0 or more", got=json_type(value))
    if value < 0:
        return probs.add("negative_quantity", where, value=value)
    if value >= numbers.QUANTITY_LIMIT:
        return probs.add("quantity_too_large", where, value=value)
    return value


def flag(value: object, where: str, probs: Problems) -> Any:
    if not isinstance(value, bool):
        return probs.add("bad_type", where, expected="true or false", got=json_type(value))
    return value
