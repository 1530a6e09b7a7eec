"""Resellers: sell the hoster's plans to their own companies."""
from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.hoster import DEFAULT_NUMBER_FORMAT
from app.storage.types import Amount


class BillingMode(str, enum.Enum):
    """Who invoices a reseller's companies and who collects the money."""

    RESELLER_BILLS = "reseller_bills"
    HOSTER_BILLS_HOSTER_PROCESSOR = "hoster_bills_hoster_processor"
    HOSTER_BILLS_RESELLER_PROCESSOR = "hoster_bills_reseller_processor"


class Reseller(Base):
    """A reseller. Its own row is scoped to itself: ``id`` is its owning reseller."""

    __tablename__ = "resellers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(20))
    # None means the anniversary of ``signup``; otherwise a day 1-31.
    billing_day: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    billing_mode: Mapped[str] = mapped_column(String(40), default=BillingMode.RESELLER_BILLS.value)
    signup: Mapped[date | None] = mapped_column(Date, default=None)
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    address: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    tax_id: Mapped[str | None] = mapped_column(String(64), default=None)
    # As an issuer to its companies.
    tax_rate: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    invoice_number_format: Mapped[str] = mapped_column(String(100), default=DEFAULT_NUMBER_FORMAT)
    # As the hoster's customer (wholesale invoices): see app.models.companies.TaxTreatment.
    tax_treatment: Mapped[str] = mapped_column(String(20), default="standard")
    # Switches; None means "as the hoster".
    invoicing: Mapped[bool | None] = mapped_column(Boolean, default=None)
    payment_collection: Mapped[bool | None] = mapped_column(Boolean, default=None)
    email_delivery: Mapped[bool | None] = mapped_column(Boolean, default=None)
    checks: Mapped[bool | None] = mapped_column(Boolean, default=None)
    # Bumped by every edit: a save is written only if the row is still at the version its author read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
