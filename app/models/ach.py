"""US ACH debits: a company's authorisation to debit its US bank account, and each invoice debited in a NACHA
file under it (app/payments/ach/).

An authorisation names the routing number (nine digits with their check digit) and the account number the
creditor (whoever collects for the company) debits; a debit is one entry of a NACHA file, with its trace
number and the payment it booked. Every row carries ``reseller_id`` like every tenant-scoped row.
"""
from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import companies, currencies, invoices, payments, resellers  # noqa: F401
from app.models.base import Base, utcnow
from app.storage.types import Amount


class AchAccountType(str, enum.Enum):
    CHECKING = "checking"
    SAVINGS = "savings"


class AchAuthorization(Base):
    """A company's authorisation to ``creditor_key`` to debit its US bank account."""

    __tablename__ = "ach_authorizations"
    __table_args__ = (Index("ix_ach_authorizations_company", "company_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    creditor_key: Mapped[str] = mapped_column(String(40))
    holder_name: Mapped[str] = mapped_column(String(22))
    routing_number: Mapped[str] = mapped_column(String(9))
    account_number: Mapped[str] = mapped_column(String(17))
    account_type: Mapped[str] = mapped_column(String(8), default=AchAccountType.CHECKING.value)
    signed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | revoked
    actor: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class AchDebit(Base):
    """An invoice debited in a NACHA file, and the payment booked for it."""

    __tablename__ = "ach_debits"
    __table_args__ = (
        UniqueConstraint("trace_number", name="uq_ach_debits_trace_number"),
        Index("ix_ach_debits_invoice", "invoice_id"),
        Index("ix_ach_debits_batch", "batch"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    authorization_id: Mapped[int] = mapped_column(ForeignKey("ach_authorizations.id"))
    batch: Mapped[str] = mapped_column(String(35))
    trace_number: Mapped[str] = mapped_column(String(15))
    amount: Mapped[Decimal] = mapped_column(Amount)
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    effective_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="submitted")
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"))
    actor: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
