"""Why a collection left an invoice to follow up, in the clerk's language.

A collection report says why in one of three ways: a processor's decline code ("card_declined", or Stripe's
"insufficient_funds: Your card has insufficient funds."), a refusal of Prorata's own (its English sentence,
from app.errors.MESSAGES), or a file system error. Decline codes have words here; Prorata's sentences are
matched back to their message template and said again in the window's language; anything else is shown as
it came.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

from app.errors import MESSAGES, Problem
from app.translation import translator


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


def decline_words(code: str) -> str | None:
    """A card processor's decline code (Stripe's names, which the test gateway borrows) in words."""
    return {
        "card_declined": tr("The card was declined."),
        "generic_decline": tr("The card was declined."),
        "do_not_honor": tr("The card was declined."),
        "insufficient_funds": tr("Not enough funds on the card."),
        "expired_card": tr("The card has expired."),
        "incorrect_cvc": tr("The card's security code was wrong."),
        "incorrect_number": tr("The card number was wrong."),
        "lost_card": tr("The card was reported lost."),
        "stolen_card": tr("The card was reported stolen."),
        "fraudulent": tr("The bank suspects fraud and declined the card."),
        "card_not_supported": tr("The card does not support this kind of payment."),
        "authentication_required": tr("The bank wants the cardholder to confirm the payment."),
        "processing_error": tr("The processor had an error; try again later."),
    }.get(code)


_FIELD = re.compile(r"\{(\w+)(![rsa])?(:[^}]*)?\}")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    """(message id, a pattern matching its English sentence), longest templates first (most specific)."""
    out = []
    for mid, template in MESSAGES.items():
        if not isinstance(template, str) or "{" not in template and len(template) < 12:
            continue
        parts, seen, pos = [], set(), 0
        for m in _FIELD.finditer(template):
            parts.append(re.escape(template[pos:m.start()].replace("{{", "{").replace("}}", "}")))
            name = m.group(1)
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
            pos = m.end()
        parts.append(re.escape(template[pos:].replace("{{", "{").replace("}}", "}")))
        try:
            out.append((mid, re.compile("".join(parts), re.DOTALL)))
        except re.error:
            continue
    out.sort(key=lambda p: -len(MESSAGES[p[0]]))
    return out


def sentence_words(text: str) -> str:
    """One of Prorata's English sentences in the window's language (unchanged when it is none of them).
    A leading command-line option ("--collection-date: ") is left out: the window has no such options."""
    head = re.match(r"--[\w-]+: ", text)
    if head:
        text = text[head.end():]
    for mid, pattern in _patterns():
        m = pattern.fullmatch(text)
        if m:
            params = {k: v for k, v in m.groupdict().items() if v is not None}
            return Problem(mid, params).message(translator(QLocale().name()))
    return text


def reason_words(status: str, reason: str | None) -> str:
    """Why an invoice is to follow up: the line's status (failed, unknown, ...) and its reason."""
    if status == "unknown":
        return tr("No answer from the processor: not known yet whether the card was charged. It is never charged "
                  "twice: the next collection asks the processor first.")
    if status == "pending":
        return tr("The charge is still being made by someone else; look again later.")
    if not reason:
        return tr("Not collected.")
    parts = []
    for one in reason.split("; "):
        code, _, detail = one.partition(": ")
        words = decline_words(code.strip()) if re.fullmatch(r"[a-z_]+", code.strip()) else None
        parts.append(words if words is not None else sentence_words(one))
    return " ".join(p if p.endswith((".", "!", "?", ")")) else p + "." for p in parts)
