"""The hoster and its resellers settle up on each reseller's billing day.

- ``reseller_bills`` and ``hoster_bills_reseller_processor``: the reseller
  collected from its companies, so the hoster invoices it the accrued cost
  lines (``wholesale``), grouped per company, one invoice per currency.
- ``hoster_bills_hoster_processor``: the hoster collected, so it issues a
  ``statement`` of the margins it owes the reseller.

Every accrual with a boundary on or before the reseller's boundary R that no
earlier settlement took goes into R's.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.orm import Session

from app.billing.assembly import assemble
from app.billing.context import HOSTER_KEY, RunContext, reseller_key
from app.billing.numbering import take_numbers
from app.billing.periods import boundaries, boundary_on_or_after, effective_day, next_boundary
from app.billing.tax import customer_rate
from app.models import (Accrual, BilledPeriod, BillingMode, Company, Invoice, InvoiceKind, InvoiceLine, Outcome,
                        Status)
from app.models.base import utcnow

STATEMENT_SERIES = "hoster:statements"
STATEMENT_FORMAT = "ST-{year}-{seq:05}"


@dataclass(frozen=True)
class ResellerTask:
    id: int
    code: str


def reseller_tasks(s: Session, ctx: RunContext, as_of: date) -> list[tuple[date, ResellerTask]]:
    """Each reseller's unsettled boundaries up to ``as_of``, from its first company's signup."""
    firsts = {rid: day for rid, day in s.execute(
        select(Company.reseller_id, func.min(Company.signup))
        .where(Company.reseller_id.is_not(None)).group_by(Company.reseller_id))}
    tasks = []
    for r in ctx.resellers.values():
        if r.id not in firsts:
            continue
        # The billing day follows the reseller's own signup; settlements start with its first company.
        b = effective_day(r.billing_day, r.signup or firsts[r.id])
        last = ctx.last_billed.get(reseller_key(r.id))
        start = next_boundary(last, b) if last else boundary_on_or_after(firsts[r.id], b)
        for p in boundaries(b, start, as_of):
            tasks.append((p, ResellerTask(r.id, r.code)))
    return tasks


def settle_reseller(s: Session, ctx: RunContext, task: ResellerTask, boundary: date, *, issue: bool) -> list[int]:
    """The reseller's invoices (or statement) at ``boundary``, one per currency; their ids.

    The work stays in the database: the open accruals are first marked as taken
    by the new invoice, then copied into its lines and summed, so the invoice
    holds exactly the rows it marked even while another run writes accruals.
    """
    r = ctx.resellers[task.id]
    margin_mode = r.billing_mode == BillingMode.HOSTER_BILLS_HOSTER_PROCESSOR.value
    kind = "margin" if margin_mode else "cost"
    a, c = Accrual.__table__.c, Company.__table__.c
    inv_t, line_t = Invoice.__table__, InvoiceLine.__table__
    open_rows = (a.reseller_id == r.id, a.kind == kind, a.settled_by_id.is_(None), a.boundary <= boundary)
    currencies = s.scalars(select(a.currency).where(*open_rows).distinct().order_by(a.currency)).all()
    if margin_mode:
        rate, note = Decimal(0), None
    else:
        rate, note = customer_rate(r.tax_treatment, ctx.hoster_issuer().tax_rate, None)
    ids: list[int] = []
    for currency in currencies:
        iid = s.execute(insert(inv_t).returning(inv_t.c.id), [dict(
            kind=InvoiceKind.STATEMENT.value, issuer_key=HOSTER_KEY, issuer_reseller_id=None, company_id=None,
            customer_reseller_id=r.id, reseller_id=r.id, currency=currency, language=r.language,
            status=Status.ISSUED.value if issue else Status.DRAFT.value, issue_date=boundary,
            issued_at=utcnow() if issue else None,
            period_start=boundary, period_end=None, subtotal=0, tax=0, total=0, tax_note=note)]).scalar_one()
        s.execute(update(Accrual.__table__).where(*open_rows, a.currency == currency).values(settled_by_id=iid))
        taken = (a.reseller_id == r.id, a.settled_by_id == iid)
        position = func.row_number().over(order_by=(c.code, a.boundary, a.id)) - 1
        s.execute(insert(line_t).from_select(
            ["invoice_id", "reseller_id", "position", "kind", "company_id", "plan_id", "extra_code",
             "description", "quantity", "unit_price", "start", "end", "tax_rate", "amount"],
            select(literal(iid), literal(r.id), position, a.line_kind, a.company_id, a.plan_id, a.extra_code,
                   a.description, a.quantity, a.unit_price, a.start, a.end,
                   literal(rate, line_t.c.tax_rate.type), a.amount)
            .join_from(Accrual.__table__, Company.__table__, c.id == a.company_id).where(*taken)))
        subtotal = s.scalar(select(func.sum(a.amount)).where(*taken))
        draft = assemble([subtotal], rate, currency, None)
        number = None
        if issue:
            series, fmt = (STATEMENT_SERIES, STATEMENT_FORMAT) if margin_mode else (HOSTER_KEY,
                                                                                     ctx.hoster.invoice_number_format)
            number = take_numbers(s, series, fmt, boundary)[0]
        inv_kind = InvoiceKind.STATEMENT.value if margin_mode else (
            InvoiceKind.CREDIT_NOTE.value if draft.total < 0 else InvoiceKind.WHOLESALE.value)
        s.execute(update(inv_t).where(inv_t.c.id == iid).values(
            kind=inv_kind, number=number, subtotal=draft.subtotal, tax=draft.tax, total=draft.total))
        ids.append(iid)
    s.add(BilledPeriod(customer_key=reseller_key(r.id), reseller_id=r.id, boundary=boundary,
                       outcome=Outcome.INVOICED.value if ids else Outcome.NOTHING.value,
                       invoice_id=ids[0] if ids else None))
    s.flush()
    return ids
