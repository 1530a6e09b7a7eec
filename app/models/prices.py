"""Prices in four layers, each per plan, per currency, from an optional date.

- ``wholesale``: the hoster's price to resellers (no reseller, no company);
- ``wholesale_override``: for one reseller (``reseller_id``);
- ``retail``: a seller's price to its companies (``reseller_id`` is the
  seller; None is the hoster selling to its direct companies);
- ``company_override``: for one company (``company_id``; ``reseller_id`` is
  the company's reseller, so the row is scoped like the company).
"""
from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.storage.types import Amount


class Layer(str, enum.Enum):
    WHOLESALE = "wholesale"
    WHOLESALE_OVERRIDE = "wholesale_override"
    RETAIL = "retail"
    COMPANY_OVERRIDE = "company_override"


class Price(Base):
    __tablename__ = "prices"
    __table_args__ = (
        Index("ix_prices_lookup", "plan_id", "currency", "layer", "reseller_id", "company_id"),
        Index("ix_prices_company", "company_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    layer: Mapped[str] = mapped_column(String(20))
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"))
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    amount: Mapped[Decimal] = mapped_column(Amount)
    valid_from: Mapped[date | None] = mapped_column(Date, default=None)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"), default=None)
