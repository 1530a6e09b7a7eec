"""The hoster and its resellers settle up on each reseller's billing day.

- ``reseller_bills`` and ``hoster_bills_reseller_processor``: the reseller
  collected from its companies, so the hoster invoices it the accrued cost
  lines (``wholesale``), grouped per company, one invoice per currency.
- ``hoster_bills_hoster_processor``: the hoster collected, so it issues a
  ``statement`` of what it owes the reseller: the margins, and the VAT the
  hoster collected in the reseller's name (below).

Every accrual with a boundary on or before the reseller's boundary R that no
earlier settlement took goes into R's, by the kind it was made under
(``cost`` or ``margin``, by the mode of the reseller when its company's
invoice was made), whatever the mode at R: a reseller that changed its mode
gets, at the settlement after the change, the hoster's invoice of the costs
still open and the statement of the margins still open, each per currency.

The hoster's invoice to a reseller taxes a new cost at today's rate; a line
that gives back or corrects days an earlier invoice to the reseller billed (a
negative proration, a credit note's reversal, a late change's correction) at
the rate of that invoice (``given_back_rates``), as a company's invoice does
(app/billing/billed_rates.py).

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
is a range of the chain's index, whatever the size of the history; their
modes (below) are read from the accruals of those documents (by
``ix_accruals_invoice``). The statement itself stays at tax 0 (it is not a supply); the
payouts owe its total: margins and VAT (app/payments/payouts.py).

A document's VAT is passed on when the hoster collected it: when it was
issued under the margin mode, i.e. its accruals are margins (``issue_modes``;
a document without accruals, such as a manual invoice, by the reseller's mode
at the settlement that first sees it). A settlement in any mode reads the
chain: one after a change of mode still passes on the VAT of the documents
issued before it in the margin mode, and none of those issued in another. A
deleted statement draft releases its accruals, VAT ones included, to the next
settlement; a document's VAT accrual is never made twice (``collected``).
Billed periods from before this rule have no chain position: their next
settlement takes the VAT of the documents dated after their boundary.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, bindparam, case, func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from app.billing import vat_ids
from app.billing.assembly import Draft, assemble, retaxed
from app.billing.corrections import CORRECTION
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
from app.storage.bulk import ids_written_in, statistics_kept_up

STATEMENT_SERIES = "hoster:statements"
STATEMENT_FORMAT = "ST-{year}-{seq:05}"
VAT = "vat"  # the line kind of the VAT a statement passes on
COST, MARGIN = "cost", "margin"  # the accruals' kinds: settled on the hoster's invoice, on a statement
PAGE = 1000  # ids per IN list
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
    """How the hoster and one reseller settle the accruals of one kind: on which document, at what tax."""

    margin_mode: bool  # margins: a statement; costs: the hoster's invoice (or credit note) to the reseller
    accrual_kind: str  # cost | margin
    rate: Decimal  # today's: the rate of a line that gives back no days billed earlier (``given_back_rates``)
    note: str | None

    def kind_of(self, total: Decimal) -> str:
        if self.margin_mode:
            return InvoiceKind.STATEMENT.value
        return InvoiceKind.CREDIT_NOTE.value if total < 0 else InvoiceKind.WHOLESALE.value


def margin_mode(ctx: RunContext, reseller_id: int) -> bool:
    """Whether the reseller is in the margin mode now (the hoster bills its companies and collects)."""
    return ctx.resellers[reseller_id].billing_mode == BillingMode.HOSTER_BILLS_HOSTER_PROCESSOR.value


def terms(ctx: RunContext, reseller_id: int, kind: str | None = None) -> Terms:
    """How the accruals of ``kind`` settle (None: the kind the reseller's billing mode makes now). An accrual
    settles by the kind it was made under, whatever the mode at its settlement (the module's docstring)."""
    if kind is None:
        kind = MARGIN if margin_mode(ctx, reseller_id) else COST
    if kind == MARGIN:
        return Terms(True, MARGIN, Decimal(0), None)
    r = ctx.resellers[reseller_id]
    rate, note = customer_rate(r.tax_treatment, ctx.hoster_issuer().tax_rate, None)
    return Terms(False, COST, rate, note)


def totals(t: Terms, taxed: list[tuple[Decimal, Decimal]], currency: str) -> Draft:
    """The settlement's draft (subtotal, tax, total) for the accrued amounts it takes, as (amount, rate) pairs:
    tax per rate, each rounded once (``tax_total``)."""
    draft = assemble([sum((amount for amount, _ in taxed), Decimal(0))], t.rate, currency, None)
    if all(rate == t.rate for _, rate in taxed):
        return draft
    return retaxed(draft, taxed, currency)


def given_back_rates(s: Session, reseller_id: int, rows: list[tuple[object, int, date]],
                     settled_not: int | None = None) -> dict[object, Decimal]:
    """The rates of cost accruals that give back or correct days (``gives_back``), given as (key, company id,
    first day): each at the rate of the hoster's invoice to the reseller that billed that day, i.e. of the
    line copied from the first cost accrual of the company whose period holds it (``settled_not``: an
    invoice being written, not an earlier one). A key is missing when no earlier invoice billed the day
    (today's rate, as a new charge's). As ``billed_rates`` does for a company's invoices
    (app/billing/billed_rates.py)."""
    if not rows:
        return {}
    a, ln = Accrual.__table__.c, InvoiceLine.__table__.c
    companies = sorted({cid for _, cid, _ in rows})
    latest = max(day for *_, day in rows)
    originals: dict[int, list] = defaultdict(list)
    for start in range(0, len(companies), PAGE):
        q = (select(a.company_id, a.start, a.end, a.settled_by_id, a.line_kind, a.amount)
             .where(a.reseller_id == reseller_id, a.kind == COST, a.settled_by_id.is_not(None),
                    a.company_id.in_(ids_written_in(companies[start:start + PAGE])), a.amount > 0, a.start.is_not(None),
                    a.end.is_not(None), a.start <= latest).order_by(a.id))
        if settled_not is not None:
            q = q.where(a.settled_by_id != settled_not)
        for row in s.execute(q):
            originals[row.company_id].append(row)
    billed: dict[object, tuple] = {}
    for key, cid, day in rows:
        o = next((o for o in originals.get(cid, ()) if o.start <= day < o.end), None)
        if o is not None:
            billed[key] = (o.settled_by_id, cid, o.start, o.end, o.line_kind, o.amount)
    rate_of: dict[tuple, Decimal] = {}
    for iid in sorted({b[0] for b in billed.values()}):  # the lines of each invoice that billed such a day
        cids = sorted({b[1] for b in billed.values() if b[0] == iid})
        for start in range(0, len(cids), PAGE):
            for cid, first, end, kind, amount, rate in s.execute(
                    select(ln.company_id, ln.start, ln.end, ln.kind, ln.amount, ln.tax_rate)
                    .where(ln.invoice_id == iid, ln.company_id.in_(ids_written_in(cids[start:start + PAGE])))):
                rate_of.setdefault((iid, cid, first, end, kind, amount), rate)
    return {key: rate_of[b] for key, b in billed.items() if b in rate_of}


def gives_back(line_kind: str, amount: Decimal) -> bool:
    """Whether a cost accrual gives back days billed earlier (a negative proration, a credit note's reversal)
    or corrects them (a late change's correction, of either sign): taxed at those days' rate."""
    return amount < 0 or line_kind == CORRECTION


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
    a tax to pass on and no VAT accrual yet, in the chain's order. A document's VAT accrual is made once: one
    still open (a deleted statement released it) or settled by a statement of a boundary whose billed period
    is gone (a sibling in another currency of a deleted draft: ``invoices.delete_draft`` removes the one
    billed period of the boundary) is not made again. ``seen`` None: the last settlement predates the chain
    positions; those dated after its boundary. Who collected them is ``passed_on``'s to say."""
    i, a = Invoice.__table__.c, Accrual.__table__.c
    key = reseller_key(reseller_id)
    where = [i.issuer_key == key, i.chain_pos <= head, i.status.in_(TAX_FINAL), i.tax != 0,
             i.kind.in_((InvoiceKind.INVOICE.value, InvoiceKind.CREDIT_NOTE.value))]
    if seen is not None:
        where.append(i.chain_pos > seen)
    elif key in ctx.last_billed:
        where.append(i.issue_date > ctx.last_billed[key])
    # The statements dated after the reseller's last billed period (the hoster's documents to a reseller have
    # no company: ``ix_invoices_company`` finds them): a run's own earlier ones, or those left by a deletion.
    unbilled = [i.company_id.is_(None), i.customer_reseller_id == reseller_id,
                i.kind == InvoiceKind.STATEMENT.value]
    if key in ctx.last_billed:
        unbilled.append(i.period_start > ctx.last_billed[key])
    vat = (a.reseller_id == reseller_id, a.line_kind == VAT)
    open_vat = select(a.invoice_id).where(*vat, a.settled_by_id.is_(None))
    unbilled_vat = select(a.invoice_id).where(*vat, a.settled_by_id.in_(select(i.id).where(*unbilled)))
    rows = s.execute(select(i.id, i.company_id, i.kind, i.number, i.issue_date, i.currency, i.tax)
                     .where(*where, i.id.not_in(open_vat), i.id.not_in(unbilled_vat)).order_by(i.chain_pos))
    return [Collected(*row) for row in rows]


def issue_modes(s: Session, reseller_id: int, ids: list[int]) -> dict[int, bool]:
    """Per document of ``ids`` the reseller issued: whether it was issued under the margin mode (the hoster
    collected it). By the collector stamped on it when it was made (``Invoice.collected_by``, migration 0035:
    "hoster", the margin mode); one made before has none, and goes by the kind of the accruals its draft was
    made with (margins: the margin mode; costs: the reseller collected) or, with none of its own, of those of
    the deferred invoices it carries; an unstamped credit note with neither, in the mode of the invoice it
    credits. An unstamped document with none (a manual invoice, or one billing only extras outside the margin
    mode) is left out: its mode is the reseller's now.

    A page of documents at a time, each looked up by its id: the deferred invoices it carries (by
    ``ix_invoices_carried_into``), then per document and per carried invoice how many of its accruals are the
    reseller's, and how many of those margins, in two scalar subqueries whose only condition is the invoice
    (the reseller and the kind are counted, not searched): no database answers them but by
    ``ix_accruals_invoice``, one probe per document, so the cost follows the documents asked about, not the
    reseller's accruals. (Searched by the reseller too, or for a page's accruals in one IN list, PostgreSQL
    reads all of the reseller's accruals, or all accruals, for every page whenever that costs less by its
    statistics: at 10,000 companies, or before the accruals were ever analysed, for every document.)"""
    i, a = Invoice.__table__.c, Accrual.__table__.c
    mine = a.reseller_id == reseller_id
    accrued = select(func.count(case((mine, 1)))).where(a.invoice_id == i.id, a.line_kind != VAT).scalar_subquery()
    margins = (select(func.count(case((and_(mine, a.kind == MARGIN), 1))))
               .where(a.invoice_id == i.id, a.line_kind != VAT).scalar_subquery())
    # Counted only for a document without a stamp (each database evaluates a CASE's subquery only when taken): a
    # stamped one is decided by its stamp. A deferred invoice is made before the one that carries it: one carried
    # into an unstamped document is unstamped too.
    unstamped = i.collected_by.is_(None)
    accrued, margins = case((unstamped, accrued), else_=0), case((unstamped, margins), else_=0)
    own: dict[int, set[str]] = defaultdict(set)
    carried: dict[int, set[str]] = defaultdict(set)
    stamped: dict[int, bool] = {}
    for start in range(0, len(ids), PAGE):
        page = ids[start:start + PAGE]
        into = dict(s.execute(select(i.id, i.carried_into_id).where(i.carried_into_id.in_(ids_written_in(page))))
                    .all())
        wanted = page + sorted(into)
        for part in range(0, len(wanted), PAGE):
            for iid, collector, found, margin in s.execute(
                    select(i.id, i.collected_by, accrued, margins)
                    .where(i.id.in_(ids_written_in(wanted[part:part + PAGE])))):
                if iid not in into and collector is not None:
                    stamped[iid] = collector == HOSTER_KEY
                elif found:
                    (carried[into[iid]] if iid in into else own[iid]).add(MARGIN if margin else COST)
    out = {iid: stamped[iid] if iid in stamped else MARGIN in (own.get(iid) or carried[iid])
           for iid in ids if iid in stamped or iid in own or iid in carried}
    # A credit note with none of its own (the cost mode: a credit keeps the costs where the run wrote them,
    # app/services/invoice_accruals.py ``reverse``) was issued in the mode of the invoice it credits.
    missing = [iid for iid in ids if iid not in out]
    if missing:
        credits = dict(s.execute(select(i.id, i.credits_id).where(i.id.in_(ids_written_in(missing)),
                                                                  i.credits_id.is_not(None))).all())
        if credits:
            credited = issue_modes(s, reseller_id, sorted(set(credits.values())))
            out.update((iid, credited[of]) for iid, of in credits.items() if of in credited)
    return out


def passed_on(s: Session, ctx: RunContext, reseller_id: int, docs: list[Collected]) -> list[Collected]:
    """Those of ``docs`` whose money the hoster collected, so whose VAT it passes on: issued under the margin
    mode (``issue_modes``; one with no accruals, under the reseller's mode now)."""
    if not docs:
        return []
    modes = issue_modes(s, reseller_id, [d.id for d in docs])
    now = margin_mode(ctx, reseller_id)
    return [d for d in docs if modes.get(d.id, now)]


def costs_open(s: Session, reseller_id: int, boundary: date) -> bool:
    """Whether a cost accrual of the reseller up to ``boundary`` is open: the settlement at ``boundary`` writes
    the hoster's invoice (or credit note) of its costs."""
    a = Accrual.__table__.c
    return s.scalar(select(a.id).where(a.reseller_id == reseller_id, a.settled_by_id.is_(None), a.kind == COST,
                                       a.boundary <= boundary).limit(1)) is not None


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
    """The reseller's documents at ``boundary``: per kind of its open accruals, one per currency, the costs on
    the hoster's invoices (or credit notes) to it, the margins on statements (both when both are open: the
    reseller changed its billing mode).

    The work stays in the database: the open accruals are first marked as taken
    by the new invoice, then copied into its lines and summed, so the invoice
    holds exactly the rows it marked even while another run writes accruals.

    Refused before anything is written when the hoster's invoice of its costs would be reverse-charged without
    the reseller's tax id (``vat_ids.refuse_settlement_without_tax_id``): the run reports it and goes on.
    """
    r = ctx.resellers[task.id]
    vat_ids.refuse_settlement_without_tax_id(r, lambda: costs_open(s, r.id, boundary))
    # What a run wrote before this (its companies' accruals) as large as the planner knows it to be (PostgreSQL:
    # a first run fills accruals from empty; planned as empty, ``issue_modes`` would be compiled (JIT) per page).
    statistics_kept_up(s.connection(), ("accruals",))
    # The VAT of the documents the hoster collected in the reseller's name since its last settlement (the
    # docstring), whatever the mode now.
    key = reseller_key(r.id)
    head = chain_head(s, r.id)
    _accrue_vat(s, ctx, r.id, passed_on(s, ctx, r.id, collected(s, ctx, r.id, head, ctx.seen_through.get(key))))
    a, c = Accrual.__table__.c, Company.__table__.c
    inv_t, line_t = Invoice.__table__, InvoiceLine.__table__
    ln = line_t.c
    open_rows = (a.reseller_id == r.id, a.settled_by_id.is_(None), a.boundary <= boundary)
    groups = s.execute(select(a.kind, a.currency).where(*open_rows).distinct().order_by(a.kind, a.currency)).all()
    out: list[Settlement] = []
    for kind, currency in groups:
        t = terms(ctx, r.id, kind)
        iid = s.execute(insert(inv_t).returning(inv_t.c.id), [dict(
            kind=InvoiceKind.STATEMENT.value, issuer_key=HOSTER_KEY, issuer_reseller_id=None, company_id=None,
            customer_reseller_id=r.id, reseller_id=r.id, currency=currency, language=r.language,
            status=Status.DRAFT.value, issue_date=boundary,  # a draft while its lines are written
            issued_at=utcnow() if issue else None,
            period_start=boundary, period_end=None, subtotal=0, tax=0, total=0, tax_note=t.note)]).scalar_one()
        s.execute(update(Accrual.__table__).where(*open_rows, a.kind == kind, a.currency == currency)
                  .values(settled_by_id=iid))
        taken = (a.reseller_id == r.id, a.settled_by_id == iid)
        position = func.row_number().over(order_by=(c.code, a.boundary, a.id)) - 1
        s.execute(insert(line_t).from_select(
            ["invoice_id", "reseller_id", "position", "kind", "company_id", "plan_id", "extra_code",
             "description", "quantity", "unit_price", "start", "end", "tax_rate", "amount"],
            select(literal(iid), literal(r.id), position, a.line_kind, a.company_id, a.plan_id, a.extra_code,
                   a.description, a.quantity, a.unit_price, a.start, a.end,
                   literal(t.rate, ln.tax_rate.type), a.amount)
            .join_from(Accrual.__table__, Company.__table__, c.id == a.company_id).where(*taken)))
        if not t.margin_mode:
            _retax_given_back(s, r.id, iid, taken, position)
        taxed = s.execute(select(func.sum(ln.amount), ln.tax_rate, func.count()).where(ln.invoice_id == iid)
                          .group_by(ln.tax_rate)).all()
        count = sum(n for *_, n in taxed)
        draft = totals(t, [(amount, rate) for amount, rate, _ in taxed], currency)
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


def _retax_given_back(s: Session, reseller_id: int, iid: int, taken: tuple, position) -> None:
    """The lines of the hoster's invoice ``iid`` (just written from the accruals ``taken``, at today's rate)
    that give back or correct days an earlier invoice to the reseller billed: at that invoice's rate."""
    a, c, ln = Accrual.__table__.c, Company.__table__.c, InvoiceLine.__table__.c
    back = [(aid, cid, day) for aid, cid, day, kind, amount in s.execute(
        select(a.id, a.company_id, a.start, a.line_kind, a.amount)
        .where(*taken, a.start.is_not(None), or_(a.amount < 0, a.line_kind == CORRECTION)))
        if gives_back(kind, amount)]
    rates = given_back_rates(s, reseller_id, back, settled_not=iid)
    if not rates:
        return
    placed = select(a.id.label("aid"), position.label("pos")).join_from(
        Accrual.__table__, Company.__table__, c.id == a.company_id).where(*taken).subquery()
    ids = sorted(rates)
    changes = []
    for start in range(0, len(ids), PAGE):
        changes += [{"b_pos": pos, "b_rate": rates[aid]} for aid, pos in s.execute(
            select(placed.c.aid, placed.c.pos).where(placed.c.aid.in_(ids_written_in(ids[start:start + PAGE]))))]
    s.execute(update(InvoiceLine.__table__).where(ln.invoice_id == iid, ln.position == bindparam("b_pos"))
              .values(tax_rate=bindparam("b_rate")), changes)
