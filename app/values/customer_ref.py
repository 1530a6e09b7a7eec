"""A customer named by its code: a company's or a reseller's, or qualified as ``company:CODE`` or ``reseller:CODE``.

The one rule for reading such a name, whatever reads the codes: ``app.services.customer_codes.find`` through
the models, ``app.cli.quick_lists`` through the driver (which must not load the models). Why a code names one
customer only, and how codes are kept apart, is told in app/services/customer_codes.py.
"""
from __future__ import annotations

from typing import Callable, TypeVar

from app.errors import MESSAGES, ProrataError

COMPANY, RESELLER = "company", "reseller"
KINDS = (COMPANY, RESELLER)

MESSAGES.setdefault("ambiguous_customer", "{code} is both a reseller and a company: use reseller:{code} or "
                                          "company:{code}")

T = TypeVar("T")


def resolve(text: str, lookup: Callable[[str, str], T | None]) -> tuple[str, T]:
    """(kind, customer) that ``text`` names; ``lookup(kind, code)`` gives the stored ``kind`` ("company" or
    "reseller") holding ``code``, or None.

    A code that both a company and a reseller hold (written before codes were kept apart) is refused, never
    resolved to one of them; the qualified form is read when no customer has ``text`` itself as its code."""
    company, reseller = lookup(COMPANY, text), lookup(RESELLER, text)
    if company is not None and reseller is not None:
        raise ProrataError.of("ambiguous_customer", code=text)
    if company is not None:
        return COMPANY, company
    if reseller is not None:
        return RESELLER, reseller
    kind, sep, code = text.partition(":")
    if sep and kind in KINDS:
        found = lookup(kind, code)
        if found is not None:
            return kind, found
    raise ProrataError.of("not_found", kind="customer", code=text)
