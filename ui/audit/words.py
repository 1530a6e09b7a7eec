"""The audit log's sentences in the clerk's language, for the window.

The templates and the words for codes are app/services/audit_text.py's (core messages, translated by the
gettext catalogs in translations/core/), so the window and ``prorata audit`` say exactly the same; this
module only picks the UI's locale. GUI thread (the locale is the UI's).
"""
from __future__ import annotations

import functools

from PySide6.QtCore import QLocale

from app.services.audit_text import AuditWords
from app.services.audit_words import Sentence


@functools.lru_cache(maxsize=8)
def _words(locale: str) -> AuditWords:
    return AuditWords(locale)


def current() -> AuditWords:
    """The sentences in the UI's current language (Preferences may switch it: asked each time)."""
    return _words(QLocale().name())


def sentence_text(s: Sentence) -> str:
    """The sentence in the UI's language; a translation that lost a parameter still says the facts."""
    return current().sentence_text(s)


def details_text(s: Sentence, separator: str = "; ") -> str:
    """The details as "key: value" pairs, keys in words."""
    return current().details_text(s, separator)
