"""The SEPA identifiers Prorata checks before writing them anywhere: IBAN and BIC (by schwifty, with the
country's own rules and check digits), the creditor identifier (ISO 7064 MOD 97-10 over its national part),
and the references a pain.008 carries (the SEPA character set, at most 35 characters)."""
from __future__ import annotations

import re

from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("sepa_bad_iban", "{value!r} is not a valid IBAN: {why}")
MESSAGES.setdefault("sepa_bad_bic", "{value!r} is not a valid BIC: {why}")
MESSAGES.setdefault("bad_creditor_id", "{value!r} is not a valid SEPA creditor identifier (such as "
                                       "DE98ZZZ09999999999): {why}")
MESSAGES.setdefault("bad_sepa_reference", "{value!r} cannot be a {what}: at most 35 of the letters A-Z a-z, "
                                          "digits and / - ? : ( ) . , ' + and space, not starting or ending "
                                          "with /, no //")

_SEPA_TEXT = re.compile(r"^[A-Za-z0-9/\-?:().,'+ ]{1,35}$")


def iban(value: str, where: str = "iban") -> str:
    """The IBAN in its compact form (``DE89370400440532013000``)."""
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        return IBAN(str(value)).compact
    except SchwiftyException as e:
        raise ProrataError.of("sepa_bad_iban", where, value=value, why=str(e).lower() or type(e).__name__) from None


def bic(value: str | None, where: str = "bic") -> str | None:
    """The BIC in its compact form, or None when none is given (IBAN-only, allowed within SEPA)."""
    from schwifty import BIC
    from schwifty.exceptions import SchwiftyException

    if value is None or not str(value).strip():
        return None
    try:
        return BIC(str(value).strip()).compact
    except SchwiftyException as e:
        raise ProrataError.of("sepa_bad_bic", where, value=value, why=str(e).lower() or type(e).__name__) from None


def creditor_id(value: str, where: str = "creditor_id") -> str:
    """A creditor identifier: country (2 letters), check digits (2), business code (3), national id; the
    check digits are MOD 97-10 over the national id, the country and "00" (the business code left out)."""
    text = "".join(str(value).split()).upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}", text):
        raise ProrataError.of("bad_creditor_id", where, value=value, why="it is malformed")
    digits = "".join(str(int(ch, 36)) for ch in text[7:] + text[:2] + "00")
    if 98 - int(digits) % 97 != int(text[2:4]):
        raise ProrataError.of("bad_creditor_id", where, value=value, why="its check digits are wrong")
    return text


def reference(value: str, what: str, where: str) -> str:
    text = str(value).strip()
    if not _SEPA_TEXT.match(text) or text.startswith("/") or text.endswith("/") or "//" in text:
        raise ProrataError.of("bad_sepa_reference", where, value=value, what=what)
    return text
