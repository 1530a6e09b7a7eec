"""The change log: every change to a company is an appended, dated event.

Events are never updated or deleted; a correction is a new event. An event
dated d takes effect from the start of day d. Events of one day apply in the
order they were recorded (``id``).
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.vocabulary import EventType  # noqa: F401  (defined without the models: app/vocabulary.py)
# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import catalogue, companies, resellers, users  # noqa: F401
from app.models.base import Base, utcnow
from app.storage.types import Amount


# The events that change when a company is billed or who sells it: few (most companies have none), and read by
# every billing run. Indexed on their own (``ix_company_events_schedule``, partial: migration 0020 creates it
# ``WHERE`` this condition): a query that names them with exactly this condition (``SCHEDULE_OR_MOVE``, literal
# values, so that SQLite sees the index applies) reads those alone, not the millions of others.
SCHEDULE_OR_MOVE = text("company_events.type IN ('billing_day', 'move', 'term')")


class CompanyEvent(Base):
    __tablename__ = "company_events"
    __table_args__ = (Index("ix_company_events_company", "company_id", "date", "id"),
                      # Its WHERE is left to the migration: declared here (``sqlite_where``, ``postgresql_where``)
                      # it would load SQLAlchemy's PostgreSQL dialect whenever the models are imported, some
                      # 20 ms of every command (nothing creates tables from the models: migrations do).
                      Index("ix_company_events_schedule", "company_id", "date", "id"),
                      # Partial too (``WHERE type = 'currency'``: migration 0022; app/services/billed_prices.py).
                      Index("ix_company_events_currency", "currency", "company_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    date: Mapped[date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(12))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"), default=None)
    to_plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"), default=None)
    quantity: Mapped[int | None] = mapped_column(Integer, default=None)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    code: Mapped[str | None] = mapped_column(String(64), default=None)
    amount: Mapped[Decimal | None] = mapped_column(Amount, default=None)
    recurring: Mapped[bool | None] = mapped_column(Boolean, default=None)
    description: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    currency: Mapped[str | None] = mapped_column(String(3), default=None)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    recorded_by: Mapped[str | None] = mapped_column(String(100), default=None)
    # A counter-change recorded by "undo this change" names the event it takes back.
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("company_events.id"), default=None)
