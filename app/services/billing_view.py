"""Read-only lookups the billing screens need: who sells, and names for codes.

Small helpers beside the price matrix and invoice services; nothing here
writes. Each function works inside the caller's unit of work.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Company, Hoster, InvoiceLine, Reseller
from app.services import invoices
from app.services.invoices import ManualLine


@dataclass(frozen=True)
class Seller:
    """The hoster (code ``hoster``) or a reseller, as a price matrix's seller or an invoice's issuer."""

    code: str
    name: str
    currency: str | None  # a reseller's trading currency; None for the hoster


def sellers(session: Session) -> list[Seller]:
    """The hoster first, then every reseller by name."""
    hoster = session.get(Hoster, 1)
    out = [Seller("hoster", hoster.name if hoster else "hoster", None)]
    for code, name, currency in session.execute(select(Reseller.code, Reseller.name, Reseller.currency)
                                                .order_by(Reseller.name, Reseller.code)):
        out.append(Seller(code, name, currency))
    return out


def names_for(session: Session, codes: set[str] | list[str]) -> dict[str, str]:
    """Company or reseller names for their codes (``hoster``: the hoster's name); unknown codes are left out."""
    wanted = {c for c in codes if c}
    out: dict[str, str] = {}
    if "hoster" in wanted:
        hoster = session.get(Hoster, 1)
        if hoster is not None:
            out["hoster"] = hoster.name
    rest = list(wanted - {"hoster"})
    for i in range(0, len(rest), 500):  # stay under SQLite's bound-parameter limit
        chunk = rest[i:i + 500]
        for table in (Company, Reseller):
            q = select(table.code, table.name).where(table.code.in_(chunk))
            out.update({code: name for code, name in session.execute(q)})
    return out


def draft_lines(session: Session, ref: str | int) -> list[ManualLine]:
    """A draft's lines as ``invoices.edit_draft`` takes them back: saved unchanged, the draft is unchanged
    (amounts, periods, plans, extras, users and companies of the lines are kept)."""
    inv = invoices.find(session, ref)
    q = select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position)
    lines = [ManualLine(description=dict(ln.description or {}), quantity=ln.quantity, unit_price=ln.unit_price,
                        tax_rate=ln.tax_rate, kind=ln.kind, plan_id=ln.plan_id, amount=ln.amount, start=ln.start,
                        end=ln.end, extra_code=ln.extra_code, user_id=ln.user_id, company_id=ln.company_id)
             for ln in session.scalars(q)]
    explainer: list = []  # each line's share of its period: what a changed quantity or price bills
    return [replace(ln, share=invoices.share_of_period(session, inv, ln, explainer)) for ln in lines]


def line_companies(session: Session, ref: str | int, lines: list[ManualLine]) -> dict[int, tuple[str, str]]:
    """On a reseller's (wholesale) invoice, the (code, name) of each company its ``lines`` are for, by the
    company's id: what a window editing the lines shows beside each. Empty for an invoice to a company (its
    lines are all for that one company)."""
    inv = invoices.find(session, ref)
    if inv.customer_reseller_id is None:
        return {}
    ids = sorted({ln.company_id for ln in lines if ln.company_id is not None})
    out: dict[int, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        q = select(Company.id, Company.code, Company.name).where(Company.id.in_(ids[i:i + 500]))
        out.update({cid: (code, name) for cid, code, name in session.execute(q)})
    return out


def invoice_detail(session: Session, ref: str | int) -> dict:
    """``invoices.invoice_json`` plus what a screen needs in words: the names of the issuer, the customer
    and the companies on the lines (``names``), and the label of the invoice a credit note corrects
    (``credits_number``), and the invoice's ``language``."""
    inv = invoices.find(session, ref)
    data = invoices.invoice_json(session, inv)
    data["names"] = names_for(session, {data["issuer"], data["customer"]}
                              | {ln.get("company") for ln in data["lines"] if ln.get("company")})
    data["language"] = inv.language
    data["credits_number"] = None
    if inv.credits_id is not None:
        data["credits_number"] = invoices.label(invoices.find(session, inv.credits_id))
    return data


def invoice_page(session: Session, filters: invoices.Filters) -> tuple[list[dict], dict[str, str], int]:
    """One page of invoice headers (``invoices.list_invoices``), the names of their issuers and customers,
    and how many headers the page read (the next page's offset moves by this much)."""
    rows = invoices.list_invoices(session, filters)
    return rows, names_for(session, {r["issuer"] for r in rows} | {r["customer"] for r in rows}), len(rows)
