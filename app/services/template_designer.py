"""What the invoice designer (ui/designer/) reads: the issuers whose templates it edits, an issuer as its
sample invoice names it, invoices to preview a template on, and a real invoice's content.

Templates themselves are read and saved through app/services/documents.py. ``only`` narrows everything to
the issuers a person may design for (a reseller's own code); the staff work decides who that is.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.documents.content import Content, Party
from app.errors import ProrataError
from app.models import Company, Hoster, Invoice, Reseller
from app.models.resellers import BillingMode

FOUND_MAX = 50


def issuers(session: Session, only: list[str] | None = None) -> list[tuple[str, str]]:
    """(code, name) of each issuer with templates: the hoster ("hoster"), then each reseller whose invoices go
    out in its own name, by name; only those in ``only`` when given."""
    out = []
    hoster = session.get(Hoster, 1)
    if hoster is not None:
        out.append(("hoster", hoster.name))
    q = select(Reseller.code, Reseller.name).where(Reseller.billing_mode == BillingMode.RESELLER_BILLS.value)
    out.extend((code, name) for code, name in session.execute(q.order_by(Reseller.name, Reseller.id)))
    return [x for x in out if only is None or x[0] in only]


def issuer_party(session: Session, issuer: str) -> tuple[Party, str]:
    """The issuer as its documents name it, and its language."""
    if issuer == "hoster":
        row = session.get(Hoster, 1)
    else:
        row = session.scalars(select(Reseller).where(Reseller.code == issuer)).first()
    if row is None:
        raise ProrataError.of("not_found", kind="issuer", code=issuer)
    return Party(row.name, row.address, row.tax_id, row.email), row.language


def _issuer_key(session: Session, issuer: str) -> str:
    from app.services.documents import issuer_of

    return issuer_of(session, issuer)[0]


def find_invoices(session: Session, issuer: str, text: str = "", limit: int = FOUND_MAX) -> list[dict]:
    """``issuer``'s invoices whose number, customer code or customer name contains ``text`` (any case), newest
    first: {id, label, customer, customer_name, total (Decimal), currency, status, issue_date, language}."""
    key = _issuer_key(session, issuer)
    text = " ".join(text.split())[:100]
    q = (select(Invoice, Company.code, Company.name, Reseller.code, Reseller.name)
         .outerjoin(Company, Company.id == Invoice.company_id)
         .outerjoin(Reseller, Reseller.id == Invoice.customer_reseller_id)
         .where(Invoice.issuer_key == key))
    if text:
        like = f"%{text.lower()}%"
        q = q.where(or_(func.lower(Invoice.number).like(like), func.lower(Company.code).like(like),
                        func.lower(Company.name).like(like), func.lower(Reseller.code).like(like),
                        func.lower(Reseller.name).like(like)))
    q = q.order_by(Invoice.issue_date.desc(), Invoice.id.desc()).limit(limit)
    return [{"id": inv.id, "label": inv.number or f"draft #{inv.id}", "customer": ccode or rcode,
             "customer_name": cname or rname, "total": inv.total, "currency": inv.currency,
             "status": inv.status, "issue_date": inv.issue_date, "language": inv.language}
            for inv, ccode, cname, rcode, rname in session.execute(q)]


def invoice_content(session: Session, invoice_id: int, language: str | None = None) -> Content:
    """What invoice ``invoice_id``'s document says (in ``language``, default its own), for a preview."""
    from app.services.documents import content_of

    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise ProrataError.of("not_found", kind="invoice", code=str(invoice_id))
    return content_of(session, inv, language)
