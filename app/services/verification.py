"""``audit verify`` as one service: the audit chain and the issuers' invoice chains, as far as the login sees them.

The hoster's staff (and a login that is no staff, such as the database's owner) see every row and check
both chains whole. A reseller's staff see only their reseller's rows (row-level security, issue 10): the
audit chain links every entry to the one before, whoever it belongs to, so their part of it would read as
entries missing everywhere; it is not checked, and they are told so. They check their own reseller's chain of
issued invoices, which they see whole (of the hoster's chain they see only the invoices they receive).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Reseller
from app.services import audit_chain, invoice_chain
from app.storage.row_security import login_scope


@dataclass
class Verification:
    audit: audit_chain.ChainReport | None  # None: the login sees part of the log only, not checked
    invoices: invoice_chain.InvoiceChainReport
    reseller: str | None = None  # the reseller whose chain was checked, for a reseller's login

    @property
    def intact(self) -> bool:
        return (self.audit is None or self.audit.intact) and self.invoices.intact


def verify(session: Session) -> Verification:
    scope = login_scope(session.connection())
    reseller_id = scope[1] if scope else None
    if reseller_id:  # 0 is the hoster's staff, None no staff at all: both see every row
        code = session.scalar(select(Reseller.code).where(Reseller.id == reseller_id))
        return Verification(None, invoice_chain.verify(session, only=f"reseller:{reseller_id}"), code)
    return Verification(audit_chain.verify(session), invoice_chain.verify(session))
