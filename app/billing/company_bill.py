"""One company's bill at one boundary: lines, totals, and what accrues to its reseller.

A company that moved to another seller is billed by each of its sellers for its
own days (``bill_sellers``): the seller on the boundary bills the coming period
and its share of the past one; a seller it left bills, on the first boundary
after the move, the credit for the advance it billed beyond the move (and,
later, the corrections of late changes dated into its days), without a minimum
charge: it is that seller's last invoice to the company.

Deferred invoices (under a minimum charge with the ``defer`` policy) wait for the company's next invoice from
the same issuer in the same currency: an invoice never mixes currencies. What is deferred is invoiced, below the
minimum too and without a top-up, once it can no longer grow: when the company's bill has no lines of its own
(it takes what waits in its currency), and when it waits in a currency the company no longer bills in (an
invoice of that currency of its own, ``_released``).

Runs on whatever thread calls it; touches no database. Raises ``ProrataError``
(a missing price, an impossible event) for the run to report against the
company while the others are billed.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from app.billing import corrections
from app.billing.assembly import DEFERRED, INVOICE, NOTHING, Draft, assemble
from app.billing.context import CompanyRow, Issuer, RunContext
from app.billing.lines import Line, invoice_lines
from app.billing.periods import next_boundary, previous_boundary
from app.billing.tax import customer_rate
from app.company_state import Event
from app.models import BillingMode

MINIMUM = "minimum"


class LineRow(NamedTuple):
    """A line ready to write: rounded amounts, frozen descriptions.

    A named tuple (a run makes a million of them, and a parallel run sends them between processes)."""

    kind: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    start: date | None = None
    end: date | None = None
    plan_id: int | None = None
    extra_code: str | None = None
    user_id: int | None = None
    description: dict | None = None
    company_id: int | None = None


class Waiting(NamedTuple):
    """A deferred invoice waiting for the company's next invoice from its issuer in its currency, with its lines.

    A plain ``(id, lines)`` pair stands for one in the currency of the bill it is given to."""

    id: int  # the deferred invoice's (one a dry run would have written: negative, ``dry_run``)
    lines: list[LineRow]
    currency: str | None = None  # None: the bill's
    issuer_key: str | None = None  # None: the seller whose bill takes it (a company that never moved has one)


class AccrualRow(NamedTuple):
    kind: str  # cost | margin
    line: LineRow


@dataclass
class CompanyBill:
    company: CompanyRow
    boundary: date
    period_end: date
    issuer: Issuer
    currency: str
    language: str
    draft: Draft
    tax_rate: Decimal = Decimal(0)
    tax_note: str | None = None
    lines: list[LineRow] = field(default_factory=list)
    carried_ids: list[int] = field(default_factory=list)
    accruals: list[AccrualRow] = field(default_factory=list)
    events_through: int | None = None  # the newest event the run billed with (None: outside a run)
    # A bill with no billed period of its own, and no minimum charge: that of a seller the company left, or one
    # releasing deferred invoices in a currency the company no longer bills in (``_released``).
    closing: bool = False
    # The canonical text of its lines as the invoice chain hashes them (invoice_chain.CanonicalLines), made
    # where the bill is computed when the run issues (a worker process: the writer only chains it); None: not made.
    lines_text: str | None = None

    @property
    def outcome(self) -> str:
        return self.draft.outcome


def currency_on(events: list[Event], day: date, signup_currency: str) -> str:
    cur = signup_currency
    for e in events:
        if e.date > day:
            break
        if e.type == "currency" and e.currency:
            cur = e.currency
    return cur


def _row(ctx: RunContext, line: Line, company_id: int) -> LineRow:
    description = line.description
    if line.plan is not None:
        description = ctx.plan_names.get(line.plan)
    return LineRow(line.kind, Decimal(line.quantity), line.unit_price, line.amount, line.start, line.end,
                   line.plan, line.extra_code, line.user, description, company_id)


def _lines_at(ctx: RunContext, company: CompanyRow, events: list[Event], boundary: date,
              currency: str, end_state: list | None = None) -> tuple[list[Line], list[LineRow]]:
    """The lines due at ``boundary`` from ``events``, exact and as rows (``end_state``: see ``invoice_lines``)."""
    schedule = company.schedule
    if schedule.simple:  # monthly, no schedule changes: the plain monthly lines, at their old cost
        p_prev, p_next = previous_boundary(boundary, schedule.b), next_boundary(boundary, schedule.b)
        spans = {}
    else:
        before, after = schedule.span_before(boundary), schedule.span_from(boundary)
        p_prev, p_next = before.start, after.end
        spans = {"before": before, "after": after}

    moved = company.first_seller is not None

    def price(plan, day):
        return ctx.book.company_price(plan, currency, day, company_id=company.id,
                                      seller_id=company.reseller_id, customer=company.code, by_seller=moved)

    lines = invoice_lines(events, ctx.bases, currency, p_prev, boundary, p_next, price, company.currency,
                          **spans, seller=company.seller, first_seller=company.first_seller, end_state=end_state)
    return lines, [_row(ctx, line, company.id) for line in lines]


def _corrections(ctx: RunContext, company: CompanyRow, events: list[Event], currency: str,
                 seen_through: int | None, last_billed: date | None) -> tuple[list[LineRow], list[AccrualRow]]:
    """Correction lines (and the reseller's) for the changes recorded after the last billing
    (``corrections``)."""
    late = corrections.late_events(events, seen_through, last_billed)
    if not late:
        return [], []
    known = [e for e in events if e.seq <= seen_through]
    first = min(e.date for e in late)
    rows: list[LineRow] = []
    accruals: list[AccrualRow] = []
    for j in corrections.corrected_boundaries(company, first, last_billed):
        for billed in {currency_on(events, j, company.currency), currency_on(known, j, company.currency)}:
            corrections.check_currency(first, j, billed, currency)
        now_lines, now_rows = _lines_at(ctx, company, events, j, currency)
        then_lines, then_rows = _lines_at(ctx, company, known, j, currency)
        rows += corrections.difference(now_rows, then_rows, _correction_row)
        if company.reseller_id is not None:
            now_acc = _accruals(ctx, company, now_lines, now_rows, currency)
            then_acc = _accruals(ctx, company, then_lines, then_rows, currency)
            for kind in ("cost", "margin"):
                accruals += [AccrualRow(kind, r) for r in corrections.difference(
                    [a.line for a in now_acc if a.kind == kind], [a.line for a in then_acc if a.kind == kind],
                    _correction_row)]
    # In the order of the days they correct, for a reader going through the invoice.
    by_days = lambda r: (r.start or date.min, r.end or date.min)  # noqa: E731
    return sorted(rows, key=by_days), sorted(accruals, key=lambda a: by_days(a.line))


def _correction_row(row: LineRow, quantity: Decimal, amount: Decimal) -> LineRow:
    return row._replace(kind=corrections.CORRECTION, quantity=quantity, amount=amount)


def bill_company(ctx: RunContext, company: CompanyRow, events: list[Event], boundary: date,
                 carried: list[Waiting | tuple[int, list[LineRow]]] = (), *, seen_through: int | None = None,
                 last_billed: date | None = None, closing: bool = False,
                 end_state: list | None = None) -> CompanyBill:
    """The bill at ``boundary``; ``carried`` holds earlier deferred invoices (``Waiting``) to include: it takes
    those in its currency (the others: ``bill_sellers``). With no lines of its own, it invoices them whatever
    the minimum charge (nothing billed beside them, they can no longer grow); with none either, it is NOTHING.
    ``end_state``: a list that receives the company's state at ``boundary`` (``snapshots``).

    ``seen_through`` and ``last_billed``: the newest event the company's last billed period saw, and its
    boundary; changes recorded since and dated into billed periods are corrected on this bill.
    ``closing``: the bill of a seller the company left (no minimum charge)."""
    p_next = company.schedule.next_boundary(boundary)
    currency = currency_on(events, boundary, company.currency)
    issuer = ctx.issuer_for(company)
    lines, due = _lines_at(ctx, company, events, boundary, currency, end_state)
    fixes, fix_accruals = _corrections(ctx, company, events, currency, seen_through, last_billed)
    rows = due + fixes
    carried = [w for w in map(_waiting, carried) if w.currency in (None, currency)]
    carried_rows = [r for w in carried for r in w.lines]
    rate, note = customer_rate(company.tax_treatment, issuer.tax_rate, company.tax_rate)
    minimum = None if closing or not rows else ctx.minimums.get(issuer.key, {}).get(currency)
    draft = assemble([r.amount for r in rows + carried_rows], rate, currency, minimum)
    bill = CompanyBill(company, boundary, p_next, issuer, currency, company.language, draft, rate, note,
                       events_through=ctx.events_through, closing=closing)
    if draft.outcome == NOTHING:
        return bill
    if draft.outcome == DEFERRED:
        # The minimum was weighed with what earlier deferrals carry; the deferred invoice itself
        # holds (and totals) only its own lines: they all move on together to the next invoice.
        own = assemble([r.amount for r in rows], rate, currency, None)
        bill.draft = replace(draft, subtotal=own.subtotal, tax=own.tax, total=own.total)
    bill.lines = rows if draft.outcome == DEFERRED else rows + carried_rows
    top_up = None
    if draft.outcome == INVOICE:
        bill.carried_ids = [w.id for w in carried]
        if draft.top_up:
            top_up = LineRow(MINIMUM, Decimal(1), draft.top_up, draft.top_up, boundary, p_next, company_id=company.id)
            bill.lines.append(top_up)
    if company.reseller_id is not None:
        bill.accruals = _accruals(ctx, company, lines, due, currency) + fix_accruals
        if top_up is not None and _margin_mode(ctx, company):
            # The reseller's minimum charge, collected by the hoster in its name: it costs nothing, so all
            # of it is the reseller's margin (as an extra is).
            bill.accruals.append(AccrualRow("margin", top_up))
    return bill


def bill_sellers(ctx: RunContext, company: CompanyRow, events: list[Event], boundary: date,
                 carried: list[Waiting] = (), *, seen_through: int | None = None,
                 last_billed: date | None = None, end_state: list | None = None) -> list[CompanyBill]:
    """The bills at ``boundary``: the seller's on that day first (``bill_company``), then, for a company
    that moved, one per seller it left that has something to bill (the others are left out); each followed
    by the invoices of the deferred ones of its issuer in other currencies (``_released``).

    ``carried``: the deferred invoices waiting (``Waiting``); each goes on its issuer's bill.
    ``end_state``: see ``bill_company`` (a company that never moved)."""
    carried = [_waiting(w) for w in carried]
    if company.first_seller is None:
        bill = bill_company(ctx, company, events, boundary, carried, seen_through=seen_through,
                            last_billed=last_billed, end_state=end_state)
        return [bill] + _released(bill, carried)
    main = company.seller_on(events, boundary)
    bills = []
    for key in [main] + [k for k in company.sellers if k != main]:
        own = [w for w in carried if (w.issuer_key or main) == key]
        bill = bill_company(ctx, company.for_seller(key), events, boundary, own, seen_through=seen_through,
                            last_billed=last_billed, closing=key != main)
        if key == main or bill.outcome != NOTHING:
            bills.append(bill)
        bills += _released(bill, own)
    return bills


def _waiting(w: Waiting | tuple[int, list[LineRow]]) -> Waiting:
    return w if isinstance(w, Waiting) else Waiting(*w)


def _released(bill: CompanyBill, carried: list[Waiting]) -> list[CompanyBill]:
    """The deferred invoices among ``carried`` that ``bill`` cannot take, being in another currency, invoiced
    in theirs: one invoice per currency, in currency order, whatever the minimum charge and without a top-up
    (the company no longer bills in it: they can no longer grow). Its issuer, tax rate and dates are
    ``bill``'s; it has no billed period of its own (``closing``) nor accruals (theirs stay where they were
    deferred)."""
    others: dict[str, list[Waiting]] = defaultdict(list)
    for w in carried:
        if w.currency not in (None, bill.currency):
            others[w.currency].append(w)
    out = []
    for currency in sorted(others):
        rows = [r for w in others[currency] for r in w.lines]
        draft = assemble([r.amount for r in rows], bill.tax_rate, currency, None)
        if draft.outcome == NOTHING:  # deferred invoices without lines (written before empty ones were not)
            continue
        out.append(CompanyBill(bill.company, bill.boundary, bill.period_end, bill.issuer, currency, bill.language,
                               draft, bill.tax_rate, bill.tax_note, rows, [w.id for w in others[currency]],
                               events_through=bill.events_through, closing=True))
    return out


def _margin_mode(ctx: RunContext, company: CompanyRow) -> bool:
    """The hoster bills the company in its reseller's name and collects: it owes the reseller its margin."""
    return ctx.resellers[company.reseller_id].billing_mode == BillingMode.HOSTER_BILLS_HOSTER_PROCESSOR.value


def _accruals(ctx: RunContext, company: CompanyRow, lines: list[Line], rows: list[LineRow],
              currency: str) -> list[AccrualRow]:
    """Cost lines (the reseller pays the hoster) or margins (the hoster owes the reseller).

    Extras carry no wholesale cost: they are the seller's own items, so in the
    margin mode the whole extra is the reseller's.
    """
    reseller = ctx.resellers[company.reseller_id]
    margin_mode = _margin_mode(ctx, company)
    out: list[AccrualRow] = []
    for line, row in zip(lines, rows):
        if line.plan is None:
            if margin_mode:
                out.append(AccrualRow("margin", row))
            continue
        cost = ctx.book.reseller_cost(line.plan, currency, line.price_day, reseller_id=reseller.id,
                                      customer=reseller.code)
        cost_line = _row(ctx, line.at_price(cost), company.id)  # the cost is monthly, like the price
        if margin_mode:
            margin = row.amount - cost_line.amount
            out.append(AccrualRow("margin", LineRow(row.kind, row.quantity, row.unit_price - cost_line.unit_price,
                                                    margin,
                                                    row.start, row.end, row.plan_id, row.extra_code,
                                                    row.user_id, row.description, company.id)))
        else:
            out.append(AccrualRow("cost", cost_line))
    return out
