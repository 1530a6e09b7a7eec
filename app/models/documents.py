"""Invoice documents: the issuers' templates, and the PDF frozen when an invoice is issued.

A template is data, never code: page size, margins, logo, accent colour, font,
which blocks appear and where (``blocks``, checked by
app/documents/template.py), and the footer per language. It belongs to an
issuer: the hoster (``reseller_id`` None) or a reseller whose invoices go out
in its own name; ``issuer_key`` is the invoices' ("hoster" or
"reseller:<id>"), so that names are unique per issuer on every backend (NULLs
are never equal in a unique constraint). At most one template per issuer is the
default; app/services/documents.py keeps it so with one conditional write.

An ``InvoiceDocument`` is the PDF rendered when an invoice was issued, with its
SHA-256: every reprint or email sends exactly those bytes, whatever happened to
the template since.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (JSON, Boolean, DateTime, ForeignKey, Integer, LargeBinary, SmallInteger, String,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import invoices, resellers  # noqa: F401
from app.models.base import Base, utcnow


class InvoiceTemplate(Base):
    __tablename__ = "invoice_templates"
    __table_args__ = (UniqueConstraint("issuer_key", "name", name="uq_invoice_templates_issuer_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuer_key: Mapped[str] = mapped_column(String(40))  # "hoster" or "reseller:<id>"
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    name: Mapped[str] = mapped_column(String(100))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    page_size: Mapped[str] = mapped_column(String(10), default="A4")  # A4 | Letter
    # Margins in millimetres.
    margin_top: Mapped[int] = mapped_column(SmallInteger, default=20)
    margin_right: Mapped[int] = mapped_column(SmallInteger, default=20)
    margin_bottom: Mapped[int] = mapped_column(SmallInteger, default=20)
    margin_left: Mapped[int] = mapped_column(SmallInteger, default=25)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    logo_mime: Mapped[str | None] = mapped_column(String(20), default=None)  # image/png | image/jpeg
    accent_colour: Mapped[str] = mapped_column(String(7), default="#1F4E79")
    font: Mapped[str] = mapped_column(String(40), default="DejaVu Sans")
    blocks: Mapped[dict] = mapped_column(JSON)
    footer: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), default=None)  # {language: text}
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Bumped by every edit: a save is written only if the row is still at the version its author read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class InvoiceDocument(Base):
    """The PDF of an issued invoice, as it was rendered when issued (one per invoice)."""

    __tablename__ = "invoice_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), unique=True)
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(20))
    # The template it was rendered with (None: the built-in one) and that template's version then.
    template_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_templates.id"), default=None)
    template_version: Mapped[int | None] = mapped_column(Integer, default=None)
    rendered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
