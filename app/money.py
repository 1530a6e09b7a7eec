"""Money: Decimal amounts and the currencies' minor units (ISO 4217, via Babel).

Every amount in Prorata is a ``Decimal``. Rounding to a currency happens here
and only here.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache

from babel.core import Locale
from babel.numbers import format_currency, get_currency_precision, list_currencies

from app.errors import ProrataError
from app.values.numbers import check_amount_limit, machine_decimal, unsigned_zero


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


def normalize(value: Decimal, currency: str, where: str = "") -> Decimal:
    """An exact amount shown with exactly the currency's digits (no rounding)."""
    q = value.quantize(_quantum(currency))
    if q != value:
        raise ProrataError.of("too_many_decimals", where, value=str(value), currency=currency,
                              digits=minor_digits(currency))
    return q


def checked_amount(value: Decimal, currency: str, *, allow_negative: bool = False, where: str = "",
                   shown: object = None) -> Decimal:
    """The one rule for an amount however it was written (machine form here, a locale's form in
    ``app.values.typed``): not negative unless allowed, below ``AMOUNT_LIMIT``, no more decimals than
    the currency has. Returns it with exactly the currency's digits."""
    shown = format(value, "f") if shown is None else shown
    if value < 0 and not allow_negative:
        raise ProrataError.of("negative_amount", where, value=shown)
    check_amount_limit(value, where, shown)
    return normalize(unsigned_zero(value), currency, where)


def parse_amount(text: object, currency: str, *, allow_negative: bool = False, where: str = "") -> Decimal:
    """An amount in machine form ("12.50", "-3"; see ``app.values.numbers``), checked by ``checked_amount``.

    A Decimal is taken as it is (a value read back from the database)."""
    if isinstance(text, Decimal) and text.is_finite():
        return checked_amount(text, currency, allow_negative=allow_negative, where=where)
    value = machine_decimal(text, where, "bad_amount")
    return checked_amount(value, currency, allow_negative=allow_negative, where=where, shown=text.strip())


def shown_zero(value: Decimal, currency: str) -> Decimal:
    """``value`` to write with the currency's digits, a zero without a sign: ``0.00``, never ``-0.00`` (a credit
    note's 0.00 of tax at 0 %, the negation of 0.00, is ``Decimal("-0.00")``; -0.004 EUR is written 0.00 too)."""
    if isinstance(value, Decimal) and value.is_signed() and abs(value) * 2 <= _quantum(currency):
        return value.copy_abs()
    return value


def format_money(value: Decimal, currency: str, locale: str = "en_GB") -> str:
    """Locale formatting for people: ``1.234,50 €`` in de_DE; zero unsigned (``shown_zero``)."""
    return format_currency(shown_zero(value, currency), currency, locale=Locale.parse(locale))


def to_text(value: Decimal, currency: str) -> str:
    """Machine form: exactly the currency's minor-unit digits, '.' as separator; zero unsigned (``shown_zero``)."""
    return str(shown_zero(value, currency).quantize(_quantum(currency)))
