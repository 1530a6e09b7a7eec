"""Companies: the customers, under a reseller or directly under the hoster."""
from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import currencies, resellers  # noqa: F401
from app.models.base import Base
from app.storage.types import Amount


class Delivery(str, enum.Enum):
    EMAIL = "email"
    POST = "post"


class TaxTreatment(str, enum.Enum):
    STANDARD = "standard"  # the issuer's rate, or the customer's own tax_rate
    REVERSE_CHARGE = "reverse_charge"  # 0 %, with the reverse-charge note
    EXEMPT = "exempt"  # 0 %


class Company(Base):
    """A company. ``reseller_id`` is None for the hoster's direct companies.

    ``currency`` is the currency at signup; later changes are ``currency``
    events, so the currency on any date comes from the company's events.
    """

    __tablename__ = "companies"
    __table_args__ = (Index("ix_companies_reseller_name", "reseller_id", "name", "id"),
                      Index("ix_companies_currency", "currency", "reseller_id", "id"))  # app/services/billed_prices.py

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    language: Mapped[str] = mapped_column(String(20))
    # None means the anniversary: the day of month of ``signup``.
    billing_day: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    signup: Mapped[date] = mapped_column(Date)
    # The billing term at signup: monthly, quarterly, half_yearly or yearly (later changes are events).
    term: Mapped[str] = mapped_column(String(12), default="monthly", server_default="monthly")
    delivery: Mapped[str] = mapped_column(String(10), default=Delivery.EMAIL.value)
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    address: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    tax_id: Mapped[str | None] = mapped_column(String(64), default=None)
    tax_treatment: Mapped[str] = mapped_column(String(20), default=TaxTreatment.STANDARD.value)
    tax_rate: Mapped[Decimal | None] = mapped_column(Amount, default=None)
    # Bumped by every edit: a save is written only if the row is still at the version its author read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
