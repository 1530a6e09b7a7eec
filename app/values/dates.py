"""Dates: ISO 8601 calendar dates written YYYY-MM-DD, from 2000-01-01 to 2199-12-31.

One rule for the command line (``--as-of``, ``--from``...), bundles, CSV
imports and invoice files. Other ISO forms ("20260701", "2026-W27-3",
"2026-182") and dates outside the supported range are refused in words.
"""
from __future__ import annotations

import re
from datetime import date

from app.errors import MESSAGES, ProrataError

FIRST = date(2000, 1, 1)
LAST = date(2199, 12, 31)

MESSAGES.setdefault("date_out_of_range", "{value} is outside the dates Prorata accepts ({first} to {last})")

_CALENDAR = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def check_date(day: date, where: str = "") -> date:
    """``day`` if it lies from ``FIRST`` to ``LAST``; else ``date_out_of_range``."""
    if not FIRST <= day <= LAST:
        raise ProrataError.of("date_out_of_range", where, value=day.isoformat(), first=FIRST.isoformat(),
                              last=LAST.isoformat())
    return day


def calendar_date(text: object, where: str = "") -> date:
    """The date ``text`` writes as YYYY-MM-DD (blanks around it ignored), within the supported range.

    Raises ``bad_date`` for any other form or an impossible day (2026-02-30), ``date_out_of_range``
    outside ``FIRST``..``LAST``.
    """
    if not isinstance(text, str) or not _CALENDAR.fullmatch(text.strip()):
        raise ProrataError.of("bad_date", where, value=text)
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ProrataError.of("bad_date", where, value=text) from None
    return check_date(day, where)
