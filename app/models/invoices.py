"""Invoices and their lines.

An invoice's status moves only along ``TRANSITIONS``; the invoice service
checks them. Issued means immutable: corrections are credit notes (an invoice
of kind ``credit_note`` whose ``credits_id`` names the invoice it corrects).

``reseller_id`` scopes the row like every tenant-scoped row: the company's
reseller for a company's invoice, the reseller itself for the hoster's
invoices and statements to a reseller.
"""
from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (JSON, Date, DateTime, ForeignKey, ForeignKeyConstraint, Index, Integer, String,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import catalogue, companies, currencies, resellers, users  # noqa: F401
from app.models.base import Base, utcnow
from app.storage.types import Amount


class InvoiceKind(str, enum.Enum):
    INVOICE = "invoice"  # to a company
    CREDIT_NOTE = "credit_note"
    WHOLESALE = "wholesale"  # the hoster to a reseller: accrued cost lines
    STATEMENT = "statement"  # what the hoster owes a reseller (margins)


class Status(str, enum.Enum):
    DRAFT = "draft"
    ISSUED = "issued"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    VOID = "void"  # fully credited
    DEFERRED = "deferred"  # under the minimum charge: carried to the next invoice
    CARRIED = "carried"  # a deferred invoice whose lines moved to a later one


TRANSITIONS: dict[str, set[str]] = {
    Status.DRAFT.value: {Status.ISSUED.value},  # or deleted
    Status.ISSUED.value: {Status.PARTIALLY_PAID.value, Status.PAID.value, Status.VOID.value},
    # Back to issued or partially paid only when a payment did not hold (app/payments/reversals.py).
    Status.PARTIALLY_PAID.value: {Status.PAID.value, Status.VOID.value, Status.ISSUED.value},
    Status.PAID.value: {Status.VOID.value, Status.PARTIALLY_PAID.value, Status.ISSUED.value},
    Status.DEFERRED.value: {Status.CARRIED.value},
    Status.VOID.value: set(),
    Status.CARRIED.value: set(),
}


class Invoice(Base):
    __tablename__ = "invoices"
    __table_args__ = (
        UniqueConstraint("issuer_key", "number", name="uq_invoices_issuer_number"),
        Index("ix_invoices_company", "company_id", "period_start"),
        # The deferred invoices an invoice carries (invoice_accruals.billed_by, a draft deleted). Partial,
        # ``WHERE carried_into_id IS NOT NULL``: migration 0028 (the WHERE is left to it, as in events.py).
        Index("ix_invoices_carried_into", "carried_into_id"),
        # The credit notes of an invoice (whether it is credited). Partial, ``WHERE credits_id IS NOT NULL``:
        # migration 0030 (the WHERE is left to it, as above).
        Index("ix_invoices_credits", "credits_id"),
        Index("ix_invoices_status", "status"),
        Index("ix_invoices_issue_date", "issue_date", "id"),
        Index("uq_invoices_chain_pos", "issuer_key", "chain_pos", unique=True),
        # What the lines' and accruals' (invoice, reseller) keys refer to (PostgreSQL; migration 0017).
        UniqueConstraint("id", "reseller_id", name="uq_invoices_id_reseller_id").ddl_if(dialect="postgresql"),
        # SQLite gives a new row the largest id + 1: deleting the newest draft would give its id to the next one,
        # and "draft #5" in the audit log or a clerk's notes would name another invoice (migration 0025).
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), default=InvoiceKind.INVOICE.value)
    number: Mapped[str | None] = mapped_column(String(64), default=None)
    # "hoster" or "reseller:<id>": whose series and letterhead.
    issuer_key: Mapped[str] = mapped_column(String(40))
    issuer_reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"), default=None)
    customer_reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    language: Mapped[str] = mapped_column(String(20), default="en_GB")
    status: Mapped[str] = mapped_column(String(16), default=Status.DRAFT.value)
    issue_date: Mapped[date | None] = mapped_column(Date, default=None)
    period_start: Mapped[date | None] = mapped_column(Date, default=None)
    period_end: Mapped[date | None] = mapped_column(Date, default=None)
    subtotal: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    tax: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    tax_note: Mapped[str | None] = mapped_column(String(20), default=None)  # e.g. reverse_charge
    credits_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), default=None)
    carried_into_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    issued_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # Bumped by every state change and edit: a change is written only if the invoice is still at the
    # version its author read (app/services/invoice_claims.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Set once, when issued: the invoice's place in its issuer's chain, the previous issued invoice's hash
    # and its own (SHA-256 over that and its content; app/services/invoice_chain.py).
    chain_pos: Mapped[int | None] = mapped_column(Integer, default=None)
    chain_prev: Mapped[str | None] = mapped_column(String(64), default=None)
    chain_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    # A reseller's document: whose processor account collects it, "hoster" or "reseller:<id>", as the reseller's
    # billing mode said when it was made (the margin mode: the hoster), stamped by whoever writes it (a run's
    # bills, app/billing/batch_rows.py; a draft issued, a credit note, a copy: app/services/invoices.py) and
    # kept once issued (app/storage/immutability.py). Read first by app/billing/settlement.py ``issue_modes``
    # (so routing, billed_rates); NULL: the hoster's own documents (the hoster collects them) and those issued
    # before migration 0035, whose collector is still inferred from their accruals.
    collected_by: Mapped[str | None] = mapped_column(String(40), default=None)


class InvoiceChainHead(Base):
    """The head of one issuer's chain of issued invoices, claimed by each issuing with one UPDATE (so two
    sessions never chain onto the same invoice). The database refuses to delete it or set it back."""

    __tablename__ = "invoice_chain_heads"

    issuer_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    head: Mapped[str] = mapped_column(String(64))  # the last issued invoice's hash (64 zeros before the first)
    last_pos: Mapped[int] = mapped_column(Integer, default=0)  # how many invoices the chain holds
    last_id: Mapped[int | None] = mapped_column(Integer, default=None)  # the last issued invoice's id


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (
        Index("ix_invoice_lines_invoice", "invoice_id", "position"),
        # On PostgreSQL the line's reseller (a copy of its invoice's, what row-level security keys on) is checked
        # with its invoice in one lookup, and its company and plan (copies) are not looked up for every line
        # (migration 0017 says why); SQLite keeps a plain key for each.
        ForeignKeyConstraint(["invoice_id", "reseller_id"], ["invoices.id", "invoices.reseller_id"],
                             name="fk_invoice_lines_invoice_reseller").ddl_if(dialect="postgresql"),
        ForeignKeyConstraint(["reseller_id"], ["resellers.id"]).ddl_if(dialect="sqlite"),
        ForeignKeyConstraint(["company_id"], ["companies.id"]).ddl_if(dialect="sqlite"),
        ForeignKeyConstraint(["plan_id"], ["plans.id"]).ddl_if(dialect="sqlite"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    reseller_id: Mapped[int | None] = mapped_column(Integer, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(12))  # recurring|proration|extra|minimum|manual|wholesale
    company_id: Mapped[int | None] = mapped_column(Integer, default=None)
    plan_id: Mapped[int | None] = mapped_column(Integer, default=None)
    extra_code: Mapped[str | None] = mapped_column(String(64), default=None)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    description: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    quantity: Mapped[Decimal] = mapped_column(Amount)
    unit_price: Mapped[Decimal] = mapped_column(Amount)
    start: Mapped[date | None] = mapped_column(Date, default=None)
    end: Mapped[date | None] = mapped_column(Date, default=None)
    tax_rate: Mapped[Decimal] = mapped_column(Amount, default=Decimal(0))
    amount: Mapped[Decimal] = mapped_column(Amount)
