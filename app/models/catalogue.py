"""The catalogue: services and their plans.

Names and descriptions are stored per language: a JSON object from language
code ("en", "de") to text, keyed by the language-neutral ``code``.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.vocabulary import Basis, localized  # noqa: F401  (defined without the models: app/vocabulary.py)
# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import currencies  # noqa: F401
from app.models.base import Base
from app.storage.types import Amount


class Service(Base):
    __tablename__ = "services"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[dict] = mapped_column(JSON)
    description: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)


class Plan(Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    basis: Mapped[str] = mapped_column(String(10))
    name: Mapped[dict] = mapped_column(JSON)
    description: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    # What a per_unit plan counts, per language ({"en": "site", "de": "Site"}); None otherwise.
    unit: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    # From this day no new subscriptions; running ones go on being billed.
    retired_on: Mapped[date | None] = mapped_column(Date, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ExtraItem(Base):
    """A named extra a clerk adds to a company or one of its users: one-off or recurring.

    Its default amount per currency lives in ``extra_item_amounts``; the event
    recorded from it copies code, amount and names, so editing the item later
    never changes what was billed.
    """

    __tablename__ = "extra_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[dict] = mapped_column(JSON)
    recurring: Mapped[bool] = mapped_column(Boolean, default=False)
    retired_on: Mapped[date | None] = mapped_column(Date, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ExtraItemAmount(Base):
    __tablename__ = "extra_item_amounts"
    __table_args__ = (UniqueConstraint("item_id", "currency", name="uq_extra_item_amounts"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("extra_items.id"))
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    amount: Mapped[Decimal] = mapped_column(Amount)

