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

from app.billing.assembly import Draft, assemble
from app.billing.context import HOSTER_KEY, RunContext, reseller_key, seller_id
from app.billing.numbering import take_numbers
from app.billing.periods import boundaries, boundary_on_or_after, effective_day, next_boundary
from app.billing.tax import customer_rate
from app.models import (Accrual, BilledPeriod, BillingMode, Company, CompanyEvent, Invoice, InvoiceKind, InvoiceLine,
                        Outcome, Status)
from app.models.base import utcnow
from app.models.events import SCHEDULE_OR_MOVE
from app.services.invoice_chain import seal

STATEMENT_SERIES = "hoster:statements"
STATEMENT_FORMAT = "ST-{year}-{seq:05}"


@dataclass(frozen=True)
class ResellerTask:
    id: int
    code: str


@dataclass(frozen=True)
class Settlement:
    """One invoice or statement to a reseller: what a run wrote (``invoice_id``) or a dry run would write."""

    reseller: str  # the reseller's code
    boundary: date
    kind: str  # wholesale | credit_note | statement
    currency: str
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    lines: int
    invoice_id: int | None = None


@dataclass(frozen=True)
class Terms:
    """How the hoster and one reseller settle: which accruals, at what tax."""

    margin_mode: bool
    accrual_kind: str  # cost | margin
    rate: Decimal
    note: str | None

    def kind_of(self, total: Decimal) -> str:
        if self.margin_mode:
            return InvoiceKind.STATEMENT.value
        return InvoiceKind.CREDIT_NOTE.value if total < 0 else InvoiceKind.WHOLESALE.value


def terms(ctx: RunContext, reseller_id: int) -> Terms:
    r = ctx.resellers[reseller_id]
    if r.billing_mode == BillingMode.HOSTER_BILLS_HOSTER_PROCESSOR.value:
        return Terms(True, "margin", Decimal(0), None)
    rate, note = customer_rate(r.tax_treatment, ctx.hoster_issuer().tax_rate, None)
    return Terms(False, "cost", rate, note)


def totals(t: Terms, amounts: list[Decimal], currency: str) -> Draft:
    """The settlement's draft (subtotal, tax, total) for the accrued amounts it takes."""
    return assemble([sum(amounts, Decimal(0))], t.rate, currency, None)


def reseller_tasks(s: Session, ctx: RunContext, as_of: date) -> list[tuple[date, ResellerTask]]:
    """Each reseller's unsettled boundaries up to ``as_of``, from its first company's signup."""
    firsts = {rid: day for rid, day in s.execute(
        select(Company.reseller_id, func.min(Company.signup))
        .where(Company.reseller_id.is_not(None)).group_by(Company.reseller_id))}
    # Companies that moved: a reseller they left sold them from their signup, one they went to from the move.
    e = CompanyEvent.__table__.c
    signup_of = select(Company.signup).where(Company.id == e.company_id).scalar_subquery()
    for left, to, signup, day in s.execute(select(e.reseller_id, e.code, signup_of, e.date)
                                           .where(SCHEDULE_OR_MOVE, e.type == "move")):  # few: their own index
        for rid, since in ((left, signup), (seller_id(to) if to else None, day)):
            if rid is not None and (rid not in firsts or since < firsts[rid]):
                firsts[rid] = since
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


def settle_reseller(s: Session, ctx: RunContext, task: ResellerTask, boundary: date, *,
                    issue: bool) -> list[Settlement]:
    """The reseller's invoices (or statement) at ``boundary``, one per currency.

    The work stays in the database: the open accruals are first marked as taken
    by the new invoice, then copied into its lines and summed, so the invoice
    holds exactly the rows it marked even while another run writes accruals.
    """
    r = ctx.resellers[task.id]
    t = terms(ctx, r.id)
    a, c = Accrual.__table__.c, Company.__table__.c
    inv_t, line_t = Invoice.__table__, InvoiceLine.__table__
    open_rows = (a.reseller_id == r.id, a.kind == t.accrual_kind, a.settled_by_id.is_(None), a.boundary <= boundary)
    currencies = s.scalars(select(a.currency).where(*open_rows).distinct().order_by(a.currency)).all()
    out: list[Settlement] = []
    for currency in currencies:
        iid = s.execute(insert(inv_t).returning(inv_t.c.id), [dict(
            kind=InvoiceKind.STATEMENT.value, issuer_key=HOSTER_KEY, issuer_reseller_id=None, company_id=None,
            customer_reseller_id=r.id, reseller_id=r.id, currency=currency, language=r.language,
            status=Status.DRAFT.value, issue_date=boundary,  # a draft while its lines are written
            issued_at=utcnow() if issue else None,
            period_start=boundary, period_end=None, subtotal=0, tax=0, total=0, tax_note=t.note)]).scalar_one()
        s.execute(update(Accrual.__table__).where(*open_rows, a.currency == currency).values(settled_by_id=iid))
        taken = (a.reseller_id == r.id, a.settled_by_id == iid)
        position = func.row_number().over(order_by=(c.code, a.boundary, a.id)) - 1
        s.execute(insert(line_t).from_select(
            ["invoice_id", "reseller_id", "position", "kind", "company_id", "plan_id", "extra_code",
             "description", "quantity", "unit_price", "start", "end", "tax_rate", "amount"],
            select(literal(iid), literal(r.id), position, a.line_kind, a.company_id, a.plan_id, a.extra_code,
                   a.description, a.quantity, a.unit_price, a.start, a.end,
                   literal(t.rate, line_t.c.tax_rate.type), a.amount)
            .join_from(Accrual.__table__, Company.__table__, c.id == a.company_id).where(*taken)))
        subtotal, count = s.execute(select(func.sum(a.amount), func.count()).where(*taken)).one()
        draft = totals(t, [subtotal], currency)
        number = None
        if issue:
            series, fmt = (STATEMENT_SERIES, STATEMENT_FORMAT) if t.margin_mode else (HOSTER_KEY,
                                                                                       ctx.hoster.invoice_number_format)
            number = take_numbers(s, series, fmt, boundary)[0]
        inv_kind = t.kind_of(draft.total)
        s.execute(update(inv_t).where(inv_t.c.id == iid).values(
            kind=inv_kind, number=number, subtotal=draft.subtotal, tax=draft.tax, total=draft.total))
        if issue:
            seal(s, [iid])
        out.append(Settlement(r.code, boundary, inv_kind, currency, draft.subtotal, draft.tax, draft.total, count,
                              iid))
    s.add(BilledPeriod(customer_key=reseller_key(r.id), reseller_id=r.id, boundary=boundary,
                       outcome=Outcome.INVOICED.value if out else Outcome.NOTHING.value,
                       invoice_id=out[0].invoice_id if out else None))
    s.flush()
    return out
