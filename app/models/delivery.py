"""Delivering issued invoices: each issuer's SMTP settings, and the log of every invoice sent or printed.

``SmtpSettings`` is one issuer's outgoing mail server and sender identity (the hoster, or a reseller whose
invoices go out in its own name, so that its customers get mail from it), with the subject and body
templates per language. The password is never here: it lives in the OS keyring (app/delivery/passwords.py).

``InvoiceDelivery`` is one invoice on one channel (email or post), unique per pair: its status, how many
attempts it took, the last failure in words, the Message-ID, and when. Sending claims the row with one
conditional write (``status`` and ``version`` as read), so two processes never deliver one invoice twice.
"""
from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import invoices, resellers  # noqa: F401
from app.models.base import Base, utcnow


class TlsMode(str, enum.Enum):
    NONE = "none"  # plain SMTP (a relay on the local network)
    STARTTLS = "starttls"  # plain, upgraded with STARTTLS before anything is said (port 587)
    SSL = "ssl"  # TLS from the first byte (SMTPS, port 465)


class Channel(str, enum.Enum):
    EMAIL = "email"
    POST = "post"


class DeliveryStatus(str, enum.Enum):
    QUEUED = "queued"  # due, not tried yet
    SENDING = "sending"  # claimed by a process that is sending it now (left so if it died mid-send: in doubt)
    SENT = "sent"
    FAILED = "failed"  # the last attempt failed (``last_error`` says why); the next send tries again
    PRINTED = "printed"  # in a print batch the clerk said printed correctly (posted on ``printed_at``)
    # In a print batch written but not yet confirmed printed ("printed-pending"; the column holds 10 characters).
    PENDING = "pending"
    # The connection was lost after the message's content went out, before the server's reply: it may have been
    # delivered, so only an explicit resend sends it again (``last_error`` says so, ``message_id`` is kept).
    IN_DOUBT = "in_doubt"


class SmtpSettings(Base):
    __tablename__ = "smtp_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuer_key: Mapped[str] = mapped_column(String(40), unique=True)  # "hoster" or "reseller:<id>"
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    tls: Mapped[str] = mapped_column(String(10), default=TlsMode.STARTTLS.value)
    username: Mapped[str | None] = mapped_column(String(320), default=None)
    sender_name: Mapped[str | None] = mapped_column(String(200), default=None)
    sender_address: Mapped[str] = mapped_column(String(320))
    reply_to: Mapped[str | None] = mapped_column(String(320), default=None)
    bcc: Mapped[str | None] = mapped_column(String(320), default=None)  # a copy of every message, to archive
    # {language: {"subject": ..., "body": ...}} with {number}, {total}, {due_date}, {customer}, {issuer}.
    templates: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class InvoiceDelivery(Base):
    __tablename__ = "invoice_deliveries"
    __table_args__ = (
        UniqueConstraint("invoice_id", "channel", name="uq_invoice_deliveries_invoice_channel"),
        Index("ix_invoice_deliveries_status", "channel", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default=DeliveryStatus.QUEUED.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recipient: Mapped[str | None] = mapped_column(String(320), default=None)  # the address, for email
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)
    error_kind: Mapped[str | None] = mapped_column(String(20), default=None)  # app/delivery/failures.py KINDS
    message_id: Mapped[str | None] = mapped_column(String(255), default=None)
    batch: Mapped[str | None] = mapped_column(String(40), default=None)  # the send run or print batch
    claim: Mapped[str | None] = mapped_column(String(40), default=None)  # the sending process's token
    queued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    attempted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    printed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
