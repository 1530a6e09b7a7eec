"""``audit verify`` as one service: the audit chains and the issuers' invoice chains, as far as the login sees them.

The hoster's staff (and a login that is no staff, such as the database's owner) see every row and check every
chain whole: each owner's audit chain, the legacy chain of the entries written before the log was chained per
owner, and every issuer's chain of issued invoices. A reseller's staff see only their reseller's rows
(row-level security, issue 10): they check their reseller's own audit chain and its chain of issued invoices,
which they see whole (of the hoster's chain they see only the invoices they receive). The legacy audit chain is
the hoster's to check, and they are told so: they may not read its head (row-level security), only where it
ends (``row_security.legacy_audit_last_id``), so that their entries up to there are not taken for their own
chain's.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import MESSAGES
from app.models import Reseller
from app.services import audit_chain, invoice_chain
from app.storage.row_security import legacy_audit_last_id, login_scope


@dataclass
class Verification:
    audit: audit_chain.ChainReport
    invoices: invoice_chain.InvoiceChainReport
    reseller: str | None = None  # the reseller whose chains were checked, for a reseller's login

    @property
    def intact(self) -> bool:
        return self.audit.intact and self.invoices.intact


def verify(session: Session) -> Verification:
    scope = login_scope(session.connection())
    reseller_id = scope[1] if scope else None
    if reseller_id:  # 0 is the hoster's staff, None no staff at all: both see every row
        code = session.scalar(select(Reseller.code).where(Reseller.id == reseller_id))
        legacy = legacy_audit_last_id(session.connection())
        return Verification(audit_chain.verify(session, reseller_id, legacy_last_id=legacy),
                            invoice_chain.verify(session, only=f"reseller:{reseller_id}"), code)
    return Verification(audit_chain.verify(session), invoice_chain.verify(session))


# What ``prorata audit verify`` says of the issuers' chains of issued invoices (figures, not plural nouns: the
# core catalog has no plural forms).
MESSAGES.setdefault("invoice_chain_intact", "Issued invoices are intact: each is chained to the one its issuer "
                                            "issued before (invoices checked: {invoices}, issuers: {issuers}).")
MESSAGES.setdefault("invoice_chain_tampered", "Issued invoices have been tampered with (invoices checked: "
                                              "{invoices}, issuers: {issuers}):")
MESSAGES.setdefault("invoice_chain_none_reseller", "Reseller {reseller} has issued no invoice yet: there is no "
                                                   "chain of invoices to check.")
