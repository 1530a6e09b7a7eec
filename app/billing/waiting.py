"""The deferred invoices waiting for a company's next invoice (a minimum charge with the ``defer`` policy).

Read as a run bills them (``company_bill.bill_sellers`` gives each to its issuer's bill in its currency), by the
run for a batch of companies and by the change preview for one.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.company_bill import AccrualRow, LineRow, Waiting
from app.models import Accrual, Invoice, InvoiceLine, Status
from app.storage.bulk import ids_written_in


def waiting_invoices(s: Session, company_ids: list[int]) -> dict[int, list[Waiting]]:
    """Per company: its deferred invoices (their issuer and currency), with their lines and the reseller's
    accruals stored with them (which the invoice that takes them reverses for the lines it leaves out,
    ``company_bill._carried``), oldest first."""
    out: dict[int, list[Waiting]] = defaultdict(list)
    t = Invoice.__table__.c
    inv = select(t.id, t.company_id, t.currency, t.issuer_key).where(t.company_id.in_(ids_written_in(company_ids)),
                                                                     t.status == Status.DEFERRED.value)
    ids = {iid: (cid, currency, issuer) for iid, cid, currency, issuer in s.execute(inv)}
    if not ids:
        return out
    lines: dict[int, list[LineRow]] = defaultdict(list)
    q = select(InvoiceLine).where(InvoiceLine.invoice_id.in_(list(ids))).order_by(InvoiceLine.invoice_id,
                                                                                  InvoiceLine.position)
    for ln in s.scalars(q):
        lines[ln.invoice_id].append(LineRow(ln.kind, ln.quantity, ln.unit_price, ln.amount, ln.start, ln.end,
                                            ln.plan_id, ln.extra_code, ln.user_id, ln.description,
                                            ln.company_id))
    accruals: dict[int, list[AccrualRow]] = defaultdict(list)
    a = Accrual.__table__.c
    for row in s.execute(select(a.invoice_id, a.kind, a.line_kind, a.quantity, a.unit_price, a.amount, a.start,
                                a.end, a.plan_id, a.extra_code, a.description, a.company_id)
                         .where(a.invoice_id.in_(list(ids))).order_by(a.id)):
        iid, kind, *line = row
        accruals[iid].append(AccrualRow(kind, LineRow(*line[:8], None, *line[8:])))
    for iid in sorted(ids):
        cid, currency, issuer = ids[iid]
        out[cid].append(Waiting(iid, lines[iid], currency, issuer, tuple(accruals[iid])))
    return out
