"""Numbers as a person types them in their language: "1.200,50" in German, "1,200.50" in English.

The window reads every amount, quantity and tax rate it is given with these
functions and the UI's locale (a Babel name such as ``de_DE``). The rule is
strict, so that nothing is silently misread:

- the locale's decimal mark, at most once, with digits after it;
- grouping only in threes with the locale's group separator (a space in a
  locale that groups with a space: ``1 200``, a non-breaking or narrow
  space too; ``'`` or ``’`` in Swiss German), never after the decimal mark;
- a leading minus ("-" or "−") or plus; ASCII digits; nothing else.

So "1,200" in English is 1200, "1,20" in English and "1.5" in German are
refused as ambiguous, "abc,1.2x3" is not a number, and "-5" is -5 (refused
in words where negatives are not allowed), never 5. The value then goes
through the same checks as the machine form (``app.money.checked_amount``,
``app.values.numbers``).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from babel.core import Locale, UnknownLocaleError
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from app.errors import MESSAGES, ProrataError
from app.money import checked_amount, to_text
from app.values.numbers import check_quantity, check_tax_rate

MESSAGES.setdefault("not_a_number", "{value!r} is not a number: write it such as {example}")
MESSAGES.setdefault("ambiguous_decimal", "{value!r} is ambiguous: write it such as {example} ({decimal} is the "
                                        "decimal mark, thousands may be grouped by threes)")

MINUS_SIGNS = "-\u2212\u2012\u2013\ufe63\uff0d"
SPACES = " \u00a0\u202f\u2009"
APOSTROPHES = "'\u2019"
FALLBACK = "en_GB"


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return Locale.parse(FALLBACK)


@lru_cache(maxsize=64)
def symbols(locale: str) -> tuple[str, str, str]:
    """(decimal mark, group separators accepted, an example such as "1,234.56") of ``locale``."""
    loc = _locale(locale)
    decimal, group = get_decimal_symbol(loc), get_group_symbol(loc)
    if group in SPACES:
        group = SPACES
    elif group in APOSTROPHES:
        group = APOSTROPHES
    example = format_decimal(Decimal("1234.56"), locale=loc).replace("\u202f", " ").replace("\u00a0", " ")
    return decimal, group, example


def read_number(text: str, locale: str, where: str = "") -> Decimal | None:
    """The number ``text`` writes in ``locale``; None when it is blank. Raises ``not_a_number`` or
    ``ambiguous_decimal`` (with an example of the locale's form)."""
    decimal, groups, example = symbols(locale)
    s = text.strip(SPACES + "\t")
    if not s:
        return None
    negative = s[0] in MINUS_SIGNS
    body = s[1:] if negative or s[0] == "+" else s
    allowed = set("0123456789") | set(decimal) | set(groups)
    if not body or any(c not in allowed for c in body) or body.count(decimal) > 1:
        raise ProrataError.of("not_a_number", where, value=text, example=example)
    whole, mark, fraction = body.partition(decimal)
    if mark and not fraction.isdigit():  # "12," or a group after the decimal mark
        if fraction and any(c in groups for c in fraction):
            raise ProrataError.of("ambiguous_decimal", where, value=text, example=example, decimal=repr(decimal))
        raise ProrataError.of("not_a_number", where, value=text, example=example)
    if not whole and not fraction:
        raise ProrataError.of("not_a_number", where, value=text, example=example)
    if any(c in groups for c in whole):
        used = {c for c in whole if c in groups}
        g = re.escape(next(iter(used)))
        if len(used) > 1 or not re.fullmatch(rf"[1-9][0-9]{{0,2}}(?:{g}[0-9]{{3}})+", whole, re.ASCII):
            raise ProrataError.of("ambiguous_decimal", where, value=text, example=example, decimal=repr(decimal))
        whole = "".join(c for c in whole if c.isdigit())
    machine = f"{'-' if negative else ''}{whole or '0'}{'.' + fraction if fraction else ''}"
    return Decimal(machine)


def read_amount(text: str, locale: str, currency: str, *, allow_negative: bool = False,
                where: str = "") -> Decimal | None:
    """An amount typed in ``locale`` (None when blank), checked like every amount: sign, limit, decimals."""
    value = read_number(text, locale, where)
    if value is None:
        return None
    return checked_amount(value, currency, allow_negative=allow_negative, where=where, shown=text.strip())


def _named(text: str, locale: str, where: str, error_id: str) -> Decimal | None:
    """``read_number``, but a text that is no number at all gets ``error_id``: the refusal the CLI and the
    imports give the same text (an ambiguous grouping keeps its own, locale-specific, advice)."""
    try:
        return read_number(text, locale, where)
    except ProrataError as exc:
        if exc.problems[0].id == "not_a_number":
            raise ProrataError.of(error_id, where, value=text.strip()) from None
        raise


def read_quantity(text: str, locale: str, where: str = "") -> Decimal | None:
    """A quantity typed in ``locale`` (None when blank): 0 or more, below one billion, at most 4 decimals."""
    value = _named(text, locale, where, "bad_quantity")
    return None if value is None else check_quantity(value, where, text.strip())


def read_tax_rate(text: str, locale: str, where: str = "") -> Decimal | None:
    """A tax rate in per cent typed in ``locale`` (None when blank): 0 to 100, at most 4 decimals."""
    value = _named(text, locale, where, "bad_tax_rate")
    return None if value is None else check_tax_rate(value, where, text.strip())


def edit_text(value: Decimal | None, locale: str) -> str:
    """``value`` as an editor shows it for typing over: the locale's decimal mark, no grouping, no exponent
    (``Decimal("1200.50")`` in German: "1200,50"). ``read_number`` reads it back to the same value."""
    if value is None:
        return ""
    decimal, _, _ = symbols(locale)
    return format(value, "f").replace(".", decimal)


def amount_edit_text(value: Decimal | None, currency: str, locale: str) -> str:
    """An amount as an editor shows it: the currency's digits, the locale's decimal mark ("" for None)."""
    return "" if value is None else edit_text(Decimal(to_text(value, currency)), locale)
