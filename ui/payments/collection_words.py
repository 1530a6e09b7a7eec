"""Why a collection left an invoice to follow up, in the clerk's language.

A collection report says why in one of three ways: a processor's decline code ("card_declined", or Stripe's
"insufficient_funds: Your card has insufficient funds."), a refusal of Prorata's own (the line's
``problems``: message ids and parameters, said in the window's language), or a file system error. Decline
codes have words here; anything else is shown as it came.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from app.errors import Problem
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


def reason_words(status: str, reason: str | None, problems: tuple[Problem, ...] = ()) -> str:
    """Why an invoice is to follow up: the line's status (failed, unknown, ...) and its reason; Prorata's own
    refusals (``problems``) in the window's language."""
    if status == "unknown":
        return tr("No answer from the processor: not known yet whether the card was charged. It is never charged "
                  "twice: the next collection asks the processor first.")
    if status == "pending":
        return tr("The charge is still being made by someone else; look again later.")
    if problems:
        translate = translator(QLocale().name())
        return " ".join(p.message(translate) for p in problems)
    if not reason:
        return tr("Not collected.")
    parts = []
    for one in reason.split("; "):
        code, _, detail = one.partition(": ")
        words = decline_words(code.strip()) if re.fullmatch(r"[a-z_]+", code.strip()) else None
        parts.append(words if words is not None else one)
    return " ".join(p if p.endswith((".", "!", "?", ")")) else p + "." for p in parts)
