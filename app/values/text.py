"""Codes and texts people give (names, descriptions, addresses): what their characters may be.

- No text holds control characters: C0 and C1 controls (so no ANSI escape
  sequence, tab, newline or DEL) nor the bidirectional overrides and isolates
  that make text read differently from how it is stored. They would be echoed
  raw to terminals and into files.
- Nor lone surrogates (what Python makes of bytes that are not UTF-8, say in
  a command's argument: no database can store them), nor the invisible
  characters that make two texts look the same (a zero-width space, a word
  joiner, a byte order mark). Joiners that scripts and emoji need (U+200C,
  U+200D) are kept in texts; a code holds no invisible character at all.
- Texts and codes are kept in Unicode's composed form (NFC), so that "Café"
  typed with a combining accent is the same code as "Café" typed with é.
- A code also must not begin with ``=``, ``+``, ``-`` or ``@``: a spreadsheet
  would take a cell beginning so for a formula (CSV injection).
"""
from __future__ import annotations

import unicodedata

from app.errors import MESSAGES, ProrataError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE = frozenset("\u180e\u200b\u2060\u2061\u2062\u2063\u2064\ufeff")

MESSAGES.setdefault("control_character", "{field} contains a control character ({character}); type it without one")
MESSAGES.setdefault("formula_code", "{value!r} is not a code: a code must not begin with = + - or @")


def control_character(text: str, *, code: bool = False) -> str | None:
    """The first control character of ``text`` (as ``U+001B``), or None when it has none; a ``code`` may hold
    no format character at all (category Cf)."""
    for c in text:
        kind = unicodedata.category(c)
        if kind in ("Cc", "Cs") or c in BIDI_CONTROLS or c in INVISIBLE or (code and kind == "Cf"):
            return f"U+{ord(c):04X}"
    return None


def check_text(text: str, where: str = "", *, field: str = "text", code: bool = False) -> str:
    """``text`` in composed form if it holds no control character; else ``control_character`` naming ``field``."""
    found = control_character(text, code=code)
    if found:
        raise ProrataError.of("control_character", where, field=field, character=found)
    return unicodedata.normalize("NFC", text)


def check_code(code: str, where: str = "") -> str:
    """``code`` in composed form if it holds no control or invisible character and does not begin like a
    spreadsheet formula."""
    code = check_text(code, where, field="code", code=True)
    if code.startswith(FORMULA_STARTS):
        raise ProrataError.of("formula_code", where, value=code)
    return code
