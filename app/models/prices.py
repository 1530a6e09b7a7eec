"""Prices in four layers, each per plan, per currency, from an optional date.

- ``wholesale``: the hoster's price to resellers (no reseller, no company);
- ``wholesale_override``: for one reseller (``reseller_id``);
- ``retail``: a seller's price to its companies (``reseller_id`` is the
  seller; None is the hoster selling to its direct companies);
- ``company_override``: for one company (``company_id``; ``reseller_id`` is
  the company's reseller, so the row is scoped like the company).

A price holds until the next one of its series (app/billing/pricebook.py). A ``company_override`` row with no
``amount`` ends the company's own price from its ``valid_from``: from then it pays its seller's price, with
that price's later changes, until a later own price of the company starts (``price_removal.end_own_price``).
Only an own price can end this way (the ``only_own_ends`` check): the other layers always have an amount.
"""
from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import catalogue, companies, currencies, resellers  # noqa: F401
from app.models.base import Base
from app.storage.types import Amount


class Layer(str, enum.Enum):
    WHOLESALE = "wholesale"
    WHOLESALE_OVERRIDE = "wholesale_override"
    RETAIL = "retail"
    COMPANY_OVERRIDE = "company_override"


# No amount: an own price ended (only a company's own price ends; the other layers always have one).
ONLY_OWN_ENDS = "amount IS NOT NULL OR layer = 'company_override'"


class Price(Base):
    __tablename__ = "prices"
    __table_args__ = (
        Index("ix_prices_lookup", "plan_id", "currency", "layer", "reseller_id", "company_id"),
        Index("ix_prices_company", "company_id"),
        CheckConstraint(ONLY_OWN_ENDS, name="only_own_ends"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    layer: Mapped[str] = mapped_column(String(20))
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"))
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    amount: Mapped[Decimal | None] = mapped_column(Amount, nullable=True)  # None: the own price ended
    valid_from: Mapped[date | None] = mapped_column(Date, default=None)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"), default=None)
