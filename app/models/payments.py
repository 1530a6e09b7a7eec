"""Payments: customer accounts, the append-only ledger, payments and what they settle.

An account is what one customer (a company, or a reseller as the hoster's
customer) owes one issuer in one currency. Its balance is the sum of its
ledger entries and is never stored, so it cannot drift. Ledger entries and
allocations are only ever added: the database refuses to change or delete
them (app/storage/ledger_guard.py); a mistake is undone by a new row
(a reversal, a refund, an allocation taken back).

An allocation says which payment (or which credit note's credit) settles how
much of which invoice; an invoice's open amount is its total less its
allocations, and its status (issued, partially paid, paid) follows from them.
What a payment or credit note has not settled is the account's credit.

Every row carries ``reseller_id``, the reseller that owns it (None for the
hoster's own customers), like every tenant-scoped row.
"""
from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, SmallInteger, String,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import companies, currencies, invoices, resellers  # noqa: F401
from app.models.base import Base, utcnow
from app.storage.types import Amount


class EntryKind(str, enum.Enum):
    """What a ledger entry records; its amount is what it adds to what the customer owes."""

    INVOICE = "invoice"  # + an issued invoice (a wholesale invoice to a reseller too)
    CREDIT_NOTE = "credit_note"  # - an issued credit note
    STATEMENT = "statement"  # - what the hoster owes a reseller (its margin); + when that statement is credited
    PAYMENT = "payment"  # - money received
    REFUND = "refund"  # + money paid back out of a payment's credit
    REVERSAL = "reversal"  # + a payment that did not hold: a returned debit, a bounced check, a chargeback
    CREDIT_APPLIED = "credit_applied"  # 0: credit settling an invoice (its allocation says how much)
    PAYOUT = "payout"  # + the hoster paying a reseller what a statement owes it


class Method(str, enum.Enum):
    CASH = "cash"
    BANK_TRANSFER = "bank_transfer"
    CHECK = "check"
    CARD = "card"  # through a processor (later)
    DIRECT_DEBIT = "direct_debit"  # through a collection run (later)


MANUAL_METHODS = (Method.CASH.value, Method.BANK_TRANSFER.value, Method.CHECK.value)


class PaymentStatus(str, enum.Enum):
    RECEIVED = "received"
    REVERSED = "reversed"  # its reversal entry is in the ledger; its allocations were taken back


class PaymentAccount(Base):
    """One customer's account with one issuer in one currency.

    ``customer_key`` is ``company:<id>`` or ``reseller:<id>``; ``issuer_key`` is ``hoster`` or
    ``reseller:<id>``. ``version`` is bumped by every change that consumes the account's credit or
    allocates to its invoices: that write is the lock that serialises them.
    """

    __tablename__ = "payment_accounts"
    __table_args__ = (
        UniqueConstraint("customer_key", "issuer_key", "currency", name="uq_payment_accounts_customer"),
        Index("ix_payment_accounts_issuer", "issuer_key", "currency"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    customer_key: Mapped[str] = mapped_column(String(40))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"), default=None)
    customer_reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    issuer_key: Mapped[str] = mapped_column(String(40))
    issuer_reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Payment(Base):
    """Money received on an account. Never deleted; only ``status`` (received -> reversed) and ``version``
    change. ``processor``/``processor_ref`` and ``collected_by`` (whose account collected it: ``hoster``
    or ``reseller:<id>``) are for processors and direct debits; a manual payment has no processor."""

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_account", "account_id", "received_on", "id"),
        CheckConstraint("amount > 0", name="positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    account_id: Mapped[int] = mapped_column(ForeignKey("payment_accounts.id"))
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Amount)
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    received_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(12), default=PaymentStatus.RECEIVED.value)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    collected_by: Mapped[str | None] = mapped_column(String(40), default=None)
    processor: Mapped[str | None] = mapped_column(String(40), default=None)
    processor_ref: Mapped[str | None] = mapped_column(String(200), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Allocation(Base):
    """``amount`` of a source (a payment, or a credit note's credit) settling an invoice. Append-only: a
    negative allocation (``takes_back_id`` names the one it undoes) takes an amount back."""

    __tablename__ = "payment_allocations"
    __table_args__ = (
        Index("ix_payment_allocations_invoice", "invoice_id"),
        Index("ix_payment_allocations_payment", "payment_id"),
        Index("ix_payment_allocations_credit_note", "credit_note_id"),
        Index("ix_payment_allocations_account", "account_id"),
        CheckConstraint("(payment_id IS NULL) <> (credit_note_id IS NULL)", name="one_source"),
        CheckConstraint("amount <> 0", name="not_zero"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    account_id: Mapped[int] = mapped_column(ForeignKey("payment_accounts.id"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), default=None)
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), default=None)
    amount: Mapped[Decimal] = mapped_column(Amount)
    allocated_on: Mapped[date] = mapped_column(Date)
    takes_back_id: Mapped[int | None] = mapped_column(ForeignKey("payment_allocations.id"), default=None)
    actor: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LedgerEntry(Base):
    """One movement on an account; the balance is the sum of ``amount``. Append-only.

    ``document_id`` is the issued invoice, credit note or statement an entry posts (each at most once);
    ``due_date`` is an invoice's, fixed when it is posted (its issuer's payment terms then).
    """

    __tablename__ = "ledger_entries"
    __table_args__ = (
        Index("ix_ledger_entries_account", "account_id", "entry_date", "id"),
        Index("ix_ledger_entries_payment", "payment_id"),
        UniqueConstraint("document_id", name="uq_ledger_entries_document"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    account_id: Mapped[int] = mapped_column(ForeignKey("payment_accounts.id"))
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal] = mapped_column(Amount)
    entry_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    # No foreign key: what was posted stays named (by id here, by number in ``reference``) even if its
    # document were removed behind the application's back, which audit verify then reports.
    document_id: Mapped[int | None] = mapped_column(Integer, default=None)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), default=None)
    allocation_id: Mapped[int | None] = mapped_column(ForeignKey("payment_allocations.id"), default=None)
    reference: Mapped[str | None] = mapped_column(String(200), default=None)
    actor: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PaymentTerms(Base):
    """How many days after its issue date an issuer's invoice is due (absent: ``DEFAULT_TERMS_DAYS``)."""

    __tablename__ = "payment_terms"

    issuer_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    days: Mapped[int] = mapped_column(SmallInteger)


DEFAULT_TERMS_DAYS = 14
