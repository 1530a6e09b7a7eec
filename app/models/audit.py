"""The audit log: who changed what, when, with the before and after, chained by SHA-256."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import resellers  # noqa: F401
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
    """The head of one audit chain, claimed by each new entry of that chain with one UPDATE.

    One chain per owner (migration 0016): ``hoster`` for the hoster's own entries (``reseller_id`` NULL),
    ``reseller:<id>`` for a reseller's (the entries with that ``reseller_id``), so that row-level security gives a
    reseller's staff their own head and they verify their chain whole. ``legacy`` is the one global chain of the
    entries written before 0016, its head frozen as it was then (its ``last_id`` ends it).

    The claim is what serialises writers of one chain (PostgreSQL locks the row; SQLite takes its write lock),
    so two sessions never chain onto the same entry; writers of different owners do not wait on each other
    (on PostgreSQL).
    """

    __tablename__ = "audit_chain"
    __table_args__ = (CheckConstraint("(reseller_id IS NULL AND chain IN ('legacy', 'hoster')) "
                                      "OR chain = 'reseller:' || reseller_id", name="owner"),)

    chain: Mapped[str] = mapped_column(String(40), primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    head: Mapped[str] = mapped_column(String(64))  # the last entry's hash (the chain's genesis before the first)
    last_id: Mapped[int | None] = mapped_column(Integer, default=None)  # the last entry's id
