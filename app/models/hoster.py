"""The hoster: one per database, the root of the tenant tree."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import JSON, Boolean, CheckConstraint, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.storage.types import Amount

DEFAULT_NUMBER_FORMAT = "INV-{year}-{seq:05}"


class Hoster(Base):
    __tablename__ = "hoster"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(20), default="en_GB")
    address: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    tax_id: Mapped[str | None] = mapped_column(String(64), default=None)
    # As an issuer: default tax rate (percent) and the number series template.
    tax_rate: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    invoice_number_format: Mapped[str] = mapped_column(String(100), default=DEFAULT_NUMBER_FORMAT)
    # Global switches; a reseller may override each (None there = as the hoster).
    invoicing: Mapped[bool] = mapped_column(Boolean, default=True)
    payment_collection: Mapped[bool] = mapped_column(Boolean, default=True)
    email_delivery: Mapped[bool] = mapped_column(Boolean, default=True)
    # Whether checks are taken as payment (app/payments/payments.py).
    checks: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
