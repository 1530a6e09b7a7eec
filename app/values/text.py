"""Codes and texts people give (names, descriptions, addresses): what their characters may be.

- No text holds control characters: C0 and C1 controls (so no ANSI escape
  sequence, tab, newline or DEL) nor the bidirectional overrides and isolates
  that make text read differently from how it is stored. They would be echoed
  raw to terminals and into files.
- A code also must not begin with ``=``, ``+``, ``-`` or ``@``: a spreadsheet
  would take a cell beginning so for a formula (CSV injection).
"""
from __future__ import annotations

import unicodedata

from app.errors import MESSAGES, ProrataError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

MESSAGES.setdefault("control_character", "{field} contains a control character ({character}); type it without one")
MESSAGES.setdefault("formula_code", "{value!r} is not a code: a code must not begin with = + - or @")


def control_character(text: str) -> str | None:
    """The first control character of ``text`` (as ``U+001B``), or None when it has none."""
    for c in text:
        if unicodedata.category(c) == "Cc" or c in BIDI_CONTROLS:
            return f"U+{ord(c):04X}"
    return None


def check_text(text: str, where: str = "", *, field: str = "text") -> str:
    """``text`` if it holds no control character; else ``control_character`` naming ``field``."""
    found = control_character(text)
    if found:
        raise ProrataError.of("control_character", where, field=field, character=found)
    return text


def check_code(code: str, where: str = "") -> str:
    """``code`` if it holds no control character and does not begin like a spreadsheet formula."""
    check_text(code, where, field="code")
    if code.startswith(FORMULA_STARTS):
        raise ProrataError.of("formula_code", where, value=code)
    return code
