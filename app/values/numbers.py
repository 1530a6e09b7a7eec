"""Numbers in machine form ("12.50", "-3", "7.5") and the limits of amounts, quantities and tax rates.

Machine form is what files, the command line and the services take: an
optional "-", ASCII digits, optionally "." and more digits; blanks around it
are ignored. Nothing else: no exponent ("1E+2"), no NaN or Infinity, no "+",
no "_", no grouping, no digits of other scripts.

The limits Prorata accepts, stated once:

- an amount has at most 12 digits before the decimal mark (below one
  trillion, ``AMOUNT_LIMIT``), whatever the currency; totals of many lines
  then still fit the database (NUMERIC(19,4), or ten-thousandths in a 64-bit
  integer on SQLite);
- a quantity is 0 or more, below one billion (``QUANTITY_LIMIT``), with at
  most 4 decimals;
- a tax rate is a percentage from 0 to 100 with at most 4 decimals.
"""
from __future__ import annotations

import re
from decimal import Decimal

from app.errors import MESSAGES, ProrataError

AMOUNT_DIGITS = 12
AMOUNT_LIMIT = Decimal(10) ** AMOUNT_DIGITS
QUANTITY_DIGITS = 9
QUANTITY_LIMIT = Decimal(10) ** QUANTITY_DIGITS
QUANTITY_DECIMALS = 4
RATE_MIN = Decimal(0)
RATE_MAX = Decimal(100)
RATE_DECIMALS = 4

MESSAGES.setdefault("bad_number", "{value!r} is not a number (write it such as \"12.50\")")
MESSAGES.setdefault("amount_too_large", "{value} is too large: an amount has at most 12 digits before the "
                                        "decimal mark (up to 999,999,999,999.99)")
MESSAGES.setdefault("bad_quantity", "{value!r} is not a quantity: write a number of 0 or more with at most "
                                    "4 decimals, such as 2 or 1.5")
MESSAGES.setdefault("negative_quantity", "a quantity must not be negative (not {value})")
MESSAGES.setdefault("quantity_too_large", "{value} is too large: a quantity is below 1,000,000,000")
MESSAGES.setdefault("bad_tax_rate", "{value!r} is not a tax rate: write a percentage from 0 to 100 with at "
                                    "most 4 decimals, such as \"20\" or \"7.5\"")

_MACHINE = re.compile(r"-?[0-9]+(?:\.[0-9]+)?", re.ASCII)


def ascii_whole(text: str) -> int | None:
    """The whole number ``text`` writes in ASCII digits (blanks around it aside), else None: "²" and "٣" are
    digits to ``str.isdigit`` but not a number a field takes."""
    t = text.strip()
    return int(t) if t and t.isascii() and t.isdigit() else None


def is_machine_number(text: str) -> bool:
    """Whether ``text`` (blanks around it aside) is a number in machine form."""
    return _MACHINE.fullmatch(text.strip()) is not None


def machine_decimal(text: object, where: str = "", error_id: str = "bad_number") -> Decimal:
    """The Decimal that ``text`` writes in machine form; ``error_id`` (with ``value``) when it is not one."""
    if not isinstance(text, str) or not is_machine_number(text):
        raise ProrataError.of(error_id, where, value=text)
    return Decimal(text.strip())


def decimals(value: Decimal) -> int:
    """How many decimals ``value`` is written with (``Decimal("1.50")``: 2; ``Decimal("1E+2")``: 0)."""
    return max(0, -value.as_tuple().exponent)


def unsigned_zero(value: Decimal) -> Decimal:
    """-0 typed as such is 0 (never stored or shown as "-0")."""
    return value.copy_abs() if value == 0 else value


def _shown(value: Decimal, shown: object) -> object:
    return format(value, "f") if shown is None else shown


def check_amount_limit(value: Decimal, where: str = "", shown: object = None) -> Decimal:
    """``value`` if it is a finite amount below ``AMOUNT_LIMIT`` either side of zero; else ``amount_too_large``.

    Computed amounts (quantity x unit price, totals) are checked with this too.
    """
    if not value.is_finite() or abs(value) >= AMOUNT_LIMIT:
        raise ProrataError.of("amount_too_large", where, value=_shown(value, shown))
    return value


def check_quantity(value: Decimal | int, where: str = "", shown: object = None) -> Decimal:
    """``value`` as a Decimal if it is a quantity: 0 or more, below ``QUANTITY_LIMIT``, at most 4 decimals."""
    value = Decimal(value)
    if not value.is_finite():
        raise ProrataError.of("bad_quantity", where, value=_shown(value, shown))
    value = unsigned_zero(value)
    if value < 0:
        raise ProrataError.of("negative_quantity", where, value=_shown(value, shown))
    if value >= QUANTITY_LIMIT:
        raise ProrataError.of("quantity_too_large", where, value=_shown(value, shown))
    if decimals(value) > QUANTITY_DECIMALS and value != value.quantize(Decimal(1).scaleb(-QUANTITY_DECIMALS)):
        raise ProrataError.of("bad_quantity", where, value=_shown(value, shown))
    return value


def quantity(text: object, where: str = "") -> Decimal:
    """A quantity in machine form ("2", "1.5"): 0 or more, below one billion, at most 4 decimals."""
    return check_quantity(machine_decimal(text, where, "bad_quantity"), where, text)


def check_tax_rate(value: Decimal, where: str = "", shown: object = None) -> Decimal:
    """``value`` if it is a tax rate: from 0 to 100 per cent, at most 4 decimals; else ``bad_tax_rate``."""
    if not value.is_finite() or not RATE_MIN <= value <= RATE_MAX or (
            decimals(value) > RATE_DECIMALS and value != value.quantize(Decimal(1).scaleb(-RATE_DECIMALS))):
        raise ProrataError.of("bad_tax_rate", where, value=_shown(value, shown))
    return unsigned_zero(value)


def tax_rate(text: object, where: str = "") -> Decimal:
    """A tax rate in machine form ("20", "7.5"): from 0 to 100 per cent, at most 4 decimals."""
    return check_tax_rate(machine_decimal(text, where, "bad_tax_rate"), where, text)
