"""What billing runs leave behind besides invoices.

- ``BilledPeriod``: a boundary billed for a customer, whatever came of it
  (an invoice, a deferral, nothing to bill). A run never bills a boundary that
  has one: this is what makes runs idempotent.
- ``Accrual``: a line owed between the hoster and a reseller: a company line
  at the reseller's cost (``cost``) or the reseller's margin on it
  (``margin``), waiting for the reseller's wholesale invoice or statement.
- ``NumberSeries``: the next gapless number per issuer (and year).
- ``MinimumCharge``: an issuer's minimum per currency, and its policy.
"""
from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, ForeignKeyConstraint, Index, Integer, JSON, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import catalogue, companies, currencies, invoices, resellers  # noqa: F401
from app.models.base import Base
from app.storage.types import Amount


class Outcome(str, enum.Enum):
    INVOICED = "invoiced"
    DEFERRED = "deferred"
    NOTHING = "nothing"


class BilledPeriod(Base):
    __tablename__ = "billed_periods"
    __table_args__ = (
        UniqueConstraint("customer_key", "boundary", name="uq_billed_periods_customer_boundary"),
        # Partial (``WHERE company_id IS NOT NULL``: migration 0022; app/services/billed_prices.py reads it).
        Index("ix_billed_periods_boundary", "boundary", "company_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # "company:<id>" or "reseller:<id>"
    customer_key: Mapped[str] = mapped_column(String(40))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"), default=None)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    boundary: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(10))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), default=None)
    # The newest company event the run had seen (events with a higher id were recorded later): a change
    # recorded after its period was billed is found by this and billed as correction lines.
    events_through: Mapped[int | None] = mapped_column(Integer, default=None)


class Accrual(Base):
    __tablename__ = "accruals"
    __table_args__ = (
        Index("ix_accruals_open", "reseller_id", "settled_by_id", "boundary"),
        # A company's accruals: what the accrual guard of a reseller's login sums for the companies a statement
        # touches (app/storage/row_security.py; migration 0027). Narrow: the hoster's run writes 100,000s.
        Index("ix_accruals_company", "company_id"),
        # An invoice's accruals: a draft deleted, a credit note or a copy (app/services/invoice_accruals.py
        # ``billed_by``), the key to invoices (migration 0028).
        Index("ix_accruals_invoice", "invoice_id"),
        # On PostgreSQL the accrual's invoice and reseller (a copy of the invoice's) are checked in one lookup,
        # and its company and plan (copies) are not looked up for every accrual (migration 0017 says why);
        # SQLite keeps a plain key for each.
        ForeignKeyConstraint(["invoice_id", "reseller_id"], ["invoices.id", "invoices.reseller_id"],
                             name="fk_accruals_invoice_reseller").ddl_if(dialect="postgresql"),
        ForeignKeyConstraint(["invoice_id"], ["invoices.id"]).ddl_if(dialect="sqlite"),
        ForeignKeyConstraint(["reseller_id"], ["resellers.id"]).ddl_if(dialect="sqlite"),
        ForeignKeyConstraint(["company_id"], ["companies.id"]).ddl_if(dialect="sqlite"),
        ForeignKeyConstraint(["plan_id"], ["plans.id"]).ddl_if(dialect="sqlite"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reseller_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # cost | margin
    company_id: Mapped[int] = mapped_column(Integer)
    invoice_id: Mapped[int] = mapped_column(Integer)
    boundary: Mapped[date] = mapped_column(Date)
    line_kind: Mapped[str] = mapped_column(String(12))
    plan_id: Mapped[int | None] = mapped_column(Integer, default=None)
    extra_code: Mapped[str | None] = mapped_column(String(64), default=None)
    description: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    quantity: Mapped[Decimal] = mapped_column(Amount)
    unit_price: Mapped[Decimal] = mapped_column(Amount)
    start: Mapped[date | None] = mapped_column(Date, default=None)
    end: Mapped[date | None] = mapped_column(Date, default=None)
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column(Amount)
    settled_by_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), default=None)


class NumberSeries(Base):
    __tablename__ = "number_series"
    __table_args__ = (UniqueConstraint("issuer_key", "year", name="uq_number_series_issuer_year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuer_key: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer, default=0)  # 0: the template has no {year}
    next_seq: Mapped[int] = mapped_column(Integer, default=1)


class MinimumPolicy(str, enum.Enum):
    DEFER = "defer"
    TOP_UP = "top_up"


class MinimumCharge(Base):
    __tablename__ = "minimum_charges"
    __table_args__ = (UniqueConstraint("issuer_key", "currency", name="uq_minimum_charges_issuer_currency"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuer_key: Mapped[str] = mapped_column(String(40))
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    amount: Mapped[Decimal] = mapped_column(Amount)
    policy: Mapped[str] = mapped_column(String(8), default=MinimumPolicy.DEFER.value)


class BillingSnapshot(Base):
    """A company's state at its last billed boundary (``app.billing.snapshots``): what its events up to that
    day add up to, so that the next run reads only the events after it. Derived data: a snapshot that no longer
    matches the company's billed periods or events is ignored, and the next run writes a new one."""

    __tablename__ = "billing_snapshots"

    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), primary_key=True)
    reseller_id: Mapped[int | None] = mapped_column(Integer, default=None)  # the company's (row security)
    boundary: Mapped[date] = mapped_column(Date)
    events_through: Mapped[int] = mapped_column(Integer)  # the newest event the run that made it had seen
    currency: Mapped[str] = mapped_column(String(3))  # the company's signup currency it was folded from
    state: Mapped[str] = mapped_column(Text)  # JSON (``snapshots.encode``)
