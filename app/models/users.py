"""Users of a company: the people plans are assigned to."""
from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("company_id", "email", name="uq_users_company_email"),
        Index("ix_users_email", "email"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    email: Mapped[str] = mapped_column(String(320))
    name: Mapped[str] = mapped_column(String(200))
    # Bumped by every edit: a save is written only if the row is still at the version its author read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
