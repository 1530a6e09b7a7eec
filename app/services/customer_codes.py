"""Customer codes: one code names one customer, a company or a reseller, never both.

Payments, manual invoices, statements and the aging list find their customer by its code alone, a
company's or a reseller's; a code held by both would send a reseller's payment to an unrelated company.
Each table keeps its own codes unique (its unique key: exact text, letter case included); ``refuse_taken``
is the one rule that keeps them apart across the two tables, wherever a company or a reseller is added,
a reseller's code changes, or a bundle or CSV file is imported.

No database constraint enforces it: a unique key covers one table, and a trigger on each table (on both
backends, through a migration) would still let two clerks adding "x" as a company and as a reseller at the
same instant both pass under PostgreSQL's read committed. The services check before writing; that race
stays open. A database written before the rule may hold a code of both kinds: ``find`` refuses such a code
and takes it qualified, ``company:CODE`` or ``reseller:CODE``.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import MESSAGES
from app.models import Company, Reseller
from app.values.customer_ref import COMPANY, RESELLER, resolve

MESSAGES.setdefault("company_code_of_reseller", "{code!r} is already a reseller's code: a company cannot take it, "
                                                "since payments, invoices and statements find their customer by "
                                                "its code alone")
MESSAGES.setdefault("reseller_code_of_company", "{code!r} is already a company's code: a reseller cannot take it, "
                                                "since payments, invoices and statements find their customer by "
                                                "its code alone")


def other_kind(kind: str) -> str:
    return RESELLER if kind == COMPANY else COMPANY


def refuse_taken(kind: str, code: Any, taken_by_other: bool, probs, where: str) -> bool:
    """The rule: a ``kind`` ("company" or "reseller") code the other kind holds is refused (a problem added to
    ``probs`` at ``where``). True when refused."""
    if taken_by_other:
        probs.add("company_code_of_reseller" if kind == COMPANY else "reseller_code_of_company", where, code=code)
    return taken_by_other


def held_by(session: Session, kind: str, code: str) -> bool:
    """Whether a stored ``kind`` holds ``code``."""
    model = Company if kind == COMPANY else Reseller
    return session.scalar(select(model.id).where(model.code == code)) is not None


def check_free(session: Session, kind: str, code: str, probs, where: str = "code") -> bool:
    """``refuse_taken`` against the stored customers of the other kind. True when refused."""
    return refuse_taken(kind, code, held_by(session, other_kind(kind), code), probs, where)


def find(session: Session, text: str) -> Company | Reseller:
    """The customer named ``text``: a company's or a reseller's code, or one qualified as ``company:CODE`` or
    ``reseller:CODE``. A code that both a company and a reseller hold (written before codes were kept apart)
    is refused, never resolved to one of them; the qualified form is read when no customer has ``text``
    itself as its code (``app.values.customer_ref.resolve``: the rule the driver-based lists follow too)."""
    def lookup(kind: str, code: str) -> Company | Reseller | None:
        model = Company if kind == COMPANY else Reseller
        return session.scalars(select(model).where(model.code == code)).first()

    return resolve(text, lookup)[1]


def qualified(customer: Company | Reseller) -> str:
    """The customer's code qualified by its kind (``company:CODE``), for ``find`` when the code alone may be
    ambiguous."""
    return f"{COMPANY if isinstance(customer, Company) else RESELLER}:{customer.code}"
