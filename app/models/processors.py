"""Collecting money: processor accounts, charge attempts, saved payment methods, SEPA mandates and direct debits.

A processor account is one issuer's configuration of a processor plug-in (app/payments/processors/): its
settings without secrets (the secrets are in the OS keyring). A charge attempt is written before the
processor is asked and names its idempotency key, so that an answer lost to a timeout or a crash is found
again by asking the processor with the same key, never by charging again. A saved payment method keeps the
processor's token, the brand, the last four digits and the expiry: never a card number or a CVC.

A mandate is a company's SEPA direct debit authorisation to a creditor (whoever collects for it); a direct
debit is one invoice submitted for collection under a mandate in a pain.008 file, with the payment it
booked; a returned debit reverses that payment.

Every row carries ``reseller_id``, the reseller that owns it (None for the hoster's own), like every
tenant-scoped row.
"""
from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (JSON, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, SmallInteger,
                        String, UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import companies, currencies, invoices, payments, resellers  # noqa: F401
from app.models.base import Base, utcnow
from app.storage.types import Amount


class AttemptStatus(str, enum.Enum):
    PENDING = "pending"  # written before the processor was asked; its answer not yet recorded
    UNKNOWN = "unknown"  # the processor did not answer (a timeout): resolved by asking with the same key
    SUCCEEDED = "succeeded"
    FAILED = "failed"  # declined, or the processor never received it (nothing was charged)


UNRESOLVED = (AttemptStatus.PENDING.value, AttemptStatus.UNKNOWN.value)


class ProcessorAccount(Base):
    """An issuer's account with a processor (``issuer_key``: ``hoster`` or ``reseller:<id>``)."""

    __tablename__ = "processor_accounts"
    __table_args__ = (UniqueConstraint("issuer_key", "processor", name="uq_processor_accounts_issuer"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    issuer_key: Mapped[str] = mapped_column(String(40))
    processor: Mapped[str] = mapped_column(String(40))
    settings: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class SavedMethod(Base):
    """A customer's payment method saved with a processor: its token and what may be shown of it."""

    __tablename__ = "saved_payment_methods"
    __table_args__ = (Index("ix_saved_payment_methods_customer", "customer_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    customer_key: Mapped[str] = mapped_column(String(40))
    processor_account_id: Mapped[int] = mapped_column(ForeignKey("processor_accounts.id"))
    token: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(20))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int] = mapped_column(SmallInteger)
    exp_year: Mapped[int] = mapped_column(SmallInteger)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ChargeAttempt(Base):
    """One try at charging an invoice through a processor; ``idempotency_key`` is the processor's."""

    __tablename__ = "charge_attempts"
    __table_args__ = (
        UniqueConstraint("invoice_id", "attempt", name="uq_charge_attempts_invoice"),
        UniqueConstraint("idempotency_key", name="uq_charge_attempts_idempotency_key"),
        Index("ix_charge_attempts_status", "status"),
        CheckConstraint("amount > 0", name="positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    attempt: Mapped[int] = mapped_column(Integer)
    idempotency_key: Mapped[str] = mapped_column(String(80))
    processor_account_id: Mapped[int] = mapped_column(ForeignKey("processor_accounts.id"))
    method_id: Mapped[int | None] = mapped_column(ForeignKey("saved_payment_methods.id"), default=None)
    amount: Mapped[Decimal] = mapped_column(Amount)
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    status: Mapped[str] = mapped_column(String(12), default=AttemptStatus.PENDING.value)
    processor_ref: Mapped[str | None] = mapped_column(String(200), default=None)
    error: Mapped[str | None] = mapped_column(String(300), default=None)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), default=None)
    actor: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class MandateStatus(str, enum.Enum):
    ACTIVE = "active"
    USED = "used"  # a one-off mandate after its collection
    REVOKED = "revoked"


class Mandate(Base):
    """A company's SEPA direct debit mandate to ``creditor_key`` (whoever collects for it)."""

    __tablename__ = "sepa_mandates"
    __table_args__ = (
        UniqueConstraint("creditor_key", "reference", name="uq_sepa_mandates_creditor"),
        Index("ix_sepa_mandates_company", "company_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    creditor_key: Mapped[str] = mapped_column(String(40))
    reference: Mapped[str] = mapped_column(String(35))
    debtor_name: Mapped[str] = mapped_column(String(70))
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11), default=None)
    signed_on: Mapped[date] = mapped_column(Date)
    recurring: Mapped[bool] = mapped_column(Boolean, default=True)
    sequence: Mapped[str] = mapped_column(String(4), default="FRST")  # FRST, RCUR, OOFF
    status: Mapped[str] = mapped_column(String(10), default=MandateStatus.ACTIVE.value)
    actor: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class DebitStatus(str, enum.Enum):
    SUBMITTED = "submitted"
    RETURNED = "returned"


class DirectDebit(Base):
    """An invoice submitted for collection under a mandate, and the payment booked for it."""

    __tablename__ = "direct_debits"
    __table_args__ = (
        UniqueConstraint("end_to_end_id", name="uq_direct_debits_end_to_end_id"),
        Index("ix_direct_debits_invoice", "invoice_id"),
        Index("ix_direct_debits_batch", "batch"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    mandate_id: Mapped[int] = mapped_column(ForeignKey("sepa_mandates.id"))
    batch: Mapped[str] = mapped_column(String(35))
    end_to_end_id: Mapped[str] = mapped_column(String(35))
    sequence: Mapped[str] = mapped_column(String(4))
    amount: Mapped[Decimal] = mapped_column(Amount)
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    collection_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=DebitStatus.SUBMITTED.value)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"))
    notice: Mapped[str] = mapped_column(String(400))
    return_code: Mapped[str | None] = mapped_column(String(4), default=None)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    actor: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
