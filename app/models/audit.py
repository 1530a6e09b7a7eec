"""The audit log: who changed what, when, with the before and after, chained by SHA-256."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AuditEntry(Base):
    """One change. Append-only: the database refuses UPDATE and DELETE (triggers of migration 0003).

    ``hash`` is SHA-256 over ``prev_hash`` and the entry's canonical form
    (app/services/audit_chain.py); ``prev_hash`` is the hash of the entry
    recorded just before (unique: no two entries chain onto the same one).
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(64), default=None)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    before: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    after: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))


class AuditChain(Base):
    """The head of the audit chain: one row, claimed by each new entry with one UPDATE.

    The claim is what serialises writers (PostgreSQL locks the row; SQLite
    takes its write lock), so two sessions never chain onto the same entry.
    """

    __tablename__ = "audit_chain"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False, default=1)
    head: Mapped[str] = mapped_column(String(64))  # the last entry's hash (64 zeros before the first)
    last_id: Mapped[int | None] = mapped_column(Integer, default=None)  # the last entry's id
