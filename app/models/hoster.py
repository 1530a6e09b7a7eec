"""The hoster: one per database, the root of the tenant tree."""
from __future__ import annotations

from sqlalchemy import JSON, CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Hoster(Base):
    __tablename__ = "hoster"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(20), default="en_GB")
    address: Mapped[dict | None] = mapped_column(JSON, default=None)
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    tax_id: Mapped[str | None] = mapped_column(String(64), default=None)
