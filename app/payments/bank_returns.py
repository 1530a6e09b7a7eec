"""Importing a bank's returns file, whatever its kind: a NACHA return file (US ACH, app/payments/ach/returns.py)
or a camt.054, pain.002 or CSV file (SEPA, app/payments/sepa/returns.py), told by its content unless said;
and a return's reason in the reader's language.

A returned debit's payment is reversed with a reason Prorata writes in one fixed form ("direct debit E2E
returned: AM04 (insufficient funds)", "ACH debit TRACE returned: R01 (...)"): stored as it is, read back as
its codes (the debit and the reason code) and said again in the reader's words by ``reversal_words``. A reason
of the bank's own (camt ``RtrInf/Rsn/Prtry``, code ``PRTY``) is kept with the bank's code and words ("direct
debit E2E returned: PRTY (bank-proprietary reason "X12": text)"): those are said as the bank wrote them.
"""
from __future__ import annotations

import re
from typing import Callable

from sqlalchemy.orm import Session

from app.errors import MESSAGES

FORMATS = ("camt054", "pain002", "csv", "nacha")

MESSAGES.setdefault("bank_return_unlisted", "reason not listed")
MESSAGES.setdefault("bank_return_sepa", "direct debit {debit} returned by the bank: {code} ({reason})")
MESSAGES.setdefault("bank_return_ach", "ACH debit {debit} returned by the bank: {code} ({reason})")
MESSAGES.setdefault("bank_return_proprietary", "bank-proprietary reason {code}")
MESSAGES.setdefault("bank_return_proprietary_text", "bank-proprietary reason {code}: {text}")
# A debit whose payment a clerk reversed before the bank's file came (``import_file``'s "reversed_on").
MESSAGES.setdefault("bank_return_reversed_before", "{code}: payment #{payment} was reversed on {date} already; "
                                                   "the debit is marked returned, not reversed twice")

_STORED = (
    (re.compile(r"direct debit (\S+) returned: ([A-Z0-9]{2,4}) \((.*)\)"), "sepa"),
    (re.compile(r"ACH debit (\S+) returned: ([A-Z0-9]{2,4}) \((.*)\)"), "ach"),
)
_OWN = re.compile(r'bank-proprietary reason ("[^"]*")(?:: (.*))?')  # app/payments/sepa/returns.py Returned.words


def _same(text: str) -> str:
    return text


def reason_words(code: str, scheme: str | None = None, translate: Callable[[str], str] = _same) -> str:
    """What a bank's return reason code means ("AM04", "R01"), in the language of ``translate`` (a function
    from an English template to the reader's, app/translation.py ``translator``); ``scheme`` "sepa" or "ach",
    else told by the code (ACH codes are R and two digits)."""
    from app.payments.ach.returns import REASONS as ACH
    from app.payments.sepa.returns import REASONS as SEPA

    if scheme is None:
        scheme = "ach" if re.fullmatch(r"R\d\d", code or "") else "sepa"
    english = (ACH if scheme == "ach" else SEPA).get(code)
    return translate(english if english is not None else MESSAGES["bank_return_unlisted"])


def reversal_words(reason: str | None, translate: Callable[[str], str] = _same) -> str | None:
    """A reversal reason written by a returns import, said in the language of ``translate``; None for any other
    text (a clerk's own words stay as typed)."""
    for pattern, scheme in _STORED:
        m = pattern.fullmatch((reason or "").strip())
        if m:
            debit, code, said = m.groups()
            template = MESSAGES[f"bank_return_{scheme}"]
            words = reason_words(code, scheme, translate)
            own = _OWN.fullmatch(said) if scheme == "sepa" and code == "PRTY" else None
            if own is not None:  # the bank's own code and words, as the bank wrote them
                key = "bank_return_proprietary_text" if own.group(2) else "bank_return_proprietary"
                words = _said(MESSAGES[key], translate, code=own.group(1), text=own.group(2))
            for text in (translate(template), template):
                try:
                    return text.format(debit=debit, code=code, reason=words)
                except (KeyError, IndexError, ValueError):
                    continue
    return None


def _said(template: str, translate: Callable[[str], str], **params) -> str:
    """``template`` in the reader's words with ``params``; in English when the translation does not fit."""
    for text in (translate(template), template):
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            continue
    return template


def import_file(session: Session, data: bytes, file: str, fmt: str | None = None, *,
                actor: str | None = None) -> list[dict]:
    """Reverse every debit the file returns; one result per return. Refused whole, nothing written, for a
    malformed file or a return of no debit Prorata made."""
    from app.payments.ach import returns as ach_returns
    from app.payments.sepa import returns as sepa_returns

    if fmt == "nacha" or (fmt is None and ach_returns.looks_like(data)):
        return ach_returns.import_returns(session, ach_returns.parse(data, file), file, actor=actor)
    parsed = sepa_returns.parse(data, file, fmt, session=session)
    return sepa_returns.import_returns(session, parsed, file, actor=actor)
