"""The hoster and its resellers settle up on each reseller's billing day.

- ``reseller_bills`` and ``hoster_bills_reseller_processor``: the reseller
  collected from its companies, so the hoster invoices it the accrued cost
  lines (``wholesale``), grouped per company, one invoice per currency.
- ``hoster_bills_hoster_processor``: the hoster collected, so it issues a
  ``statement`` of what it owes the reseller: the margins, and the VAT the
  hoster collected in the reseller's name (below).

Every accrual with a boundary on or before the reseller's boundary R that no
earlier settlement took goes into R's.

The VAT collected in the reseller's name (margin mode). The reseller's
companies are invoiced by the reseller (its VAT rate, its VAT id), so the
VAT on those documents is the reseller's to declare; the hoster's processor
collected it and passes it on, exactly: one ``margin`` accrual of line kind
``vat`` per document, its amount the document's tax (a credit note's is
negative), dated on the document's issue date. Only issued documents have a
final tax (issued, partially paid, paid, void): a draft may still change, a
deferred invoice's lines are charged, with their tax, by the invoice that
carries them. So the VAT accrual is made by the first settlement that sees
the document issued: each reseller settlement reads the head of the
reseller's chain of issued documents (``invoice_chain_heads.last_pos``,
every issued document has its place in it) and keeps it in its billed
period (``BilledPeriod.events_through``: for a reseller's row the chain
position it saw, never an event id); the next settlement accrues the VAT of
the documents chained after it. Issued later (a run without ``--issue``,
then ``invoices issue``), a document is still accrued once, by the next
settlement; dated after the settlement's boundary, its accrual waits for
the settlement whose boundary reaches its date. Finding the new documents
is a range of the chain's index, whatever the size of the history; no
document is looked up by its accruals (accruals have no index on the
invoice). The statement itself stays at tax 0 (it is not a supply); the
payouts owe its total: margins and VAT (app/payments/payouts.py).

A document is passed on when the reseller is in the margin mode at the
settlement that first sees it (a settlement in another mode records the
chain position too, and accrues nothing: the reseller collected its
documents). A deleted statement draft releases its accruals, VAT ones
included, to the next settlement; a VAT accrual that is open already is
never made twice. Billed periods from before this rule have no chain
position: their next settlement takes the VAT of the documents dated after
their boundary.
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
from app.models.invoices import InvoiceChainHead
from app.models.base import utcnow
from app.models.events import SCHEDULE_OR_MOVE
from app.services.invoice_chain import seal

STATEMENT_SERIES = "hoster:statements"
STATEMENT_FORMAT = "ST-{year}-{seq:05}"
VAT = "vat"  # the line kind of the VAT a statement passes on
# The statuses of a document whose tax is final: issued (and what follows from it).
TAX_FINAL = (Status.ISSUED.value, Status.PARTIALLY_PAID.value, Status.PAID.value, Status.VOID.value)


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


@dataclass(frozen=True)
class Collected:
    """An issued document of the reseller whose VAT a settlement passes on (``collected``)."""

    id: int
    company_id: int | None
    kind: str
    number: str | None
    issue_date: date
    currency: str
    tax: Decimal


def chain_head(s: Session, reseller_id: int) -> int:
    """How many documents the reseller has issued: the position of the last in its chain (0: none)."""
    h = InvoiceChainHead.__table__.c
    return s.scalar(select(h.last_pos).where(h.issuer_key == reseller_key(reseller_id))) or 0


def collected(s: Session, ctx: RunContext, reseller_id: int, head: int, seen: int | None) -> list[Collected]:
    """The reseller's documents issued since its last settlement (chained after ``seen``, up to ``head``) with
    a tax to pass on and no open VAT accrual (one a deleted statement released), in the chain's order.
    ``seen`` None: the last settlement predates the chain positions; those dated after its boundary."""
    i, a = Invoice.__table__.c, Accrual.__table__.c
    key = reseller_key(reseller_id)
    where = [i.issuer_key == key, i.chain_pos <= head, i.status.in_(TAX_FINAL), i.tax != 0,
             i.kind.in_((InvoiceKind.INVOICE.value, InvoiceKind.CREDIT_NOTE.value))]
    if seen is not None:
        where.append(i.chain_pos > seen)
    elif key in ctx.last_billed:
        where.append(i.issue_date > ctx.last_billed[key])
    released = select(a.invoice_id).where(a.reseller_id == reseller_id, a.settled_by_id.is_(None), a.line_kind == VAT)
    rows = s.execute(select(i.id, i.company_id, i.kind, i.number, i.issue_date, i.currency, i.tax)
                     .where(*where, i.id.not_in(released)).order_by(i.chain_pos))
    return [Collected(*row) for row in rows]


def _accrue_vat(s: Session, ctx: RunContext, reseller_id: int, docs: list[Collected]) -> None:
    """One ``margin`` accrual of line kind ``vat`` per document: its tax, dated on its issue date, described
    in the reseller's language (the invoice catalog: the statement is read in it)."""
    if not docs:
        return
    from app.documents.wording import Wording
    from app.payments.payouts import VAT_ON

    language = ctx.resellers[reseller_id].language
    words: dict[str, Wording] = {}

    def text(d: Collected) -> dict:
        w = words.get(d.currency) or words.setdefault(d.currency, Wording(language, d.currency))
        return {language: w.gettext(VAT_ON[d.kind], number=d.number or f"#{d.id}", date=w.day(d.issue_date))}

    s.execute(insert(Accrual.__table__), [dict(
        reseller_id=reseller_id, kind="margin", company_id=d.company_id, invoice_id=d.id, boundary=d.issue_date,
        line_kind=VAT, plan_id=None, extra_code=None, description=text(d), quantity=Decimal(1),
        unit_price=d.tax, start=None, end=None, currency=d.currency, amount=d.tax, settled_by_id=None)
        for d in docs])


def settle_reseller(s: Session, ctx: RunContext, task: ResellerTask, boundary: date, *,
                    issue: bool) -> list[Settlement]:
    """The reseller's invoices (or statement) at ``boundary``, one per currency.

    The work stays in the database: the open accruals are first marked as taken
    by the new invoice, then copied into its lines and summed, so the invoice
    holds exactly the rows it marked even while another run writes accruals.
    """
    r = ctx.resellers[task.id]
    t = terms(ctx, r.id)
    # The VAT of the documents issued in the reseller's name since its last settlement (the docstring).
    key = reseller_key(r.id)
    head = chain_head(s, r.id)
    if t.margin_mode:
        _accrue_vat(s, ctx, r.id, collected(s, ctx, r.id, head, ctx.seen_through.get(key)))
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
    s.add(BilledPeriod(customer_key=key, reseller_id=r.id, boundary=boundary,
                       outcome=Outcome.INVOICED.value if out else Outcome.NOTHING.value,
                       invoice_id=out[0].invoice_id if out else None, events_through=head))
    s.flush()
    ctx.seen_through[key] = head  # the run's next boundary of this reseller starts after it
    return out
