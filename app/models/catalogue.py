"""The catalogue: services and their plans.

Names and descriptions are stored per language: a JSON object from language
code ("en", "de") to text, keyed by the language-neutral ``code``.
"""
from __future__ import annotations

import enum

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Basis(str, enum.Enum):
    """How a plan's quantity is counted."""

    PER_PLAN = "per_plan"  # flat: quantity 1 while subscribed
    PER_USER = "per_user"  # the users assigned to the plan
    PER_UNIT = "per_unit"  # an explicit quantity: sites, GB, licences


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


def localized(texts: dict | None, language: str, fallback: str = "en") -> str:
    """The text for a locale such as de_DE: exact, then its language, then English."""
    if not texts:
        return ""
    lang = language.replace("-", "_")
    for key in (lang, lang.split("_")[0], fallback):
        if key in texts:
            return texts[key]
    return next(iter(texts.values()))
