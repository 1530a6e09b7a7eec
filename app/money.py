"""Money: Decimal amounts and the currencies' minor units (ISO 4217, via Babel).

Every amount in Prorata is a ``Decimal``. Rounding to a currency happens here
and only here.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache

from babel.core import Locale
from babel.numbers import format_currency, get_currency_precision, list_currencies

from app.errors import ProrataError


@lru_cache(maxsize=None)
def iso_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def is_currency(code: str) -> bool:
    return isinstance(code, str) and code in iso_currencies()


@lru_cache(maxsize=None)
def minor_digits(currency: str) -> int:
    """Number of decimals of the currency's minor unit: EUR 2, JPY 0, KWD 3."""
    if not is_currency(currency):
        raise ProrataError.of("unknown_currency", code=currency)
    return get_currency_precision(currency)


@lru_cache(maxsize=None)
def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_digits(currency))


def round_money(value: Decimal | Fraction | int, currency: str) -> Decimal:
    """Round once, half-up (ties away from zero), to the currency's minor unit."""
    if isinstance(value, Fraction):
        return round_ratio(value.numerator, value.denominator, currency)
    return Decimal(value).quantize(_quantum(currency), rounding=ROUND_HALF_UP)


def round_ratio(numerator: int, denominator: int, currency: str) -> Decimal:
    """The exact rational ``numerator / denominator`` (denominator > 0) rounded like ``round_money``,
    in integers only: scaled to minor units, the half rounded away from zero."""
    digits = minor_digits(currency)
    n = numerator * 10 ** digits
    units = (2 * abs(n) + denominator) // (2 * denominator)
    return Decimal(-units if n < 0 else units).scaleb(-digits)


def normalize(value: Decimal, currency: str) -> Decimal:
    """An exact amount shown with exactly the currency's digits (no rounding)."""
    q = value.quantize(_quantum(currency))
    if q != value:
        raise ProrataError.of("too_many_decimals", value=str(value), currency=currency,
                              digits=minor_digits(currency))
    return q


def parse_amount(text: object, currency: str, *, allow_negative: bool = False) -> Decimal:
    """Parse an amount written as a string; refuse floats and excess decimals."""
    if not isinstance(text, str):
        raise ProrataError.of("bad_amount", value=text)
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ProrataError.of("bad_amount", value=text) from None
    if not value.is_finite():
        raise ProrataError.of("bad_amount", value=text)
    if value < 0 and not allow_negative:
        raise ProrataError.of("negative_amount", value=text)
    return normalize(value, currency)


def format_money(value: Decimal, currency: str, locale: str = "en_GB") -> str:
    """Locale formatting for people: ``1.234,50 €`` in de_DE."""
    return format_currency(value, currency, locale=Locale.parse(locale))


def to_text(value: Decimal, currency: str) -> str:
    """Machine form: exactly the currency's minor-unit digits, '.' as separator."""
    return str(value.quantize(_quantum(currency)))
