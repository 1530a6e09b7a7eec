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

A ``top_up`` minimum charge is a minimum per billing period: the invoice of a boundary is topped up on the
charges of its own lines (those due at the boundary, ``assembly``), never on the corrections it carries for
earlier periods, and only when it bills the period it starts in advance (``_ahead``). A company's last invoice
after it left carries the prorations and extras of its last period alone: it is not topped up (there is no
period after), and that period keeps the top-up its own invoice billed, as a company that stays keeps it when
its next invoice charges that period's extras (the minimum weighs the invoice they are charged on). One
mailbox at 6.50 under a 10.00 minimum, topped up by 3.50 on 15 March, a 5.00 extra on 25 March, cancelled on
15 April: the 15 April invoice is 5.00 (not 5.00 + a 5.00 top-up for days after the company left). A late
change (``corrections``) into a period whose invoice was topped up recomputes that period's top-up: the
correction carries, beside the lines' differences, a ``minimum`` line dated to the corrected period for the
top-up as it is now (the minimum less the period's charges with every event known
now) minus the top-up as it was (with the events seen then). Over a period's invoices the customer so pays
the charges or the minimum, whichever is more, as had every change been recorded in time: a period charged
6.00 and topped up by 4.00 to 10.00, corrected by +3.00, is topped up by 10.00 - 9.00 = 1.00, so the
correction is +3.00 and -3.00 of the top-up: 0.00 net; corrected by -20.00 from 25.00 (no top-up), the
period charges 5.00, topped up by 5.00: -20.00 + 5.00 = -15.00 (the customer paid 25.00, now 10.00). The
top-up as it was is what earlier runs billed for the period (its ``minimum`` lines, app/billing/billed_rates.py),
and both are weighed against the minimum the period was billed under, not today's (``_top_up_change``): a
minimum removed or raised since does not change what a late change into an earlier period bills. Each only
where the seller billed (or now bills) the period as the company's seller (a seller left bills no minimum). In
the margin mode a top-up's correction is the reseller's margin, as the top-up was.

Tax: a line that gives back (or corrects) days already invoiced carries the tax rate of the invoice that
billed them; new charges carry today's (``customer_rate``). A negative proration at P gives back days of the
advance billed at P_prev, at that invoice's rate; a correction of boundary j is at the rate of j's invoice
(of its previous boundary's for a negative proration of j's), as is a top-up's correction. The rates of
earlier runs' invoices come with the run (app/billing/billed_rates.py; a boundary billed by this run is at
today's rate). A company turned exempt after being billed 20.00 + 20 % gets a late cancellation's -20.00
back with -4.00 of tax; after the rate went from 20 % to 25 %, a credit of days billed at 20 % carries 20 %.
An invoice so carries several rates: its tax is per rate, each rounded once (``assembly.retaxed``); its tax
note (reverse charge, exempt) is left off when none of its lines is at today's rate.

Collectors: a late change's corrections of days another collector collected than the one of the reseller's mode
now (a reseller that changed its billing mode since they were billed) are on a document of their own, that
collector's (``_by_collector``, app/billing/corrections.py), with accruals of the kind of the mode those days were
billed in; the bill keeps the corrections of its own collector's days.

Credited days: the days an invoice billed are settled by hand once a clerk credits it (app/billing/corrections.py).
A late change's corrections that give them back are left out (``_corrections``), and so are, for a change
recorded in time, the prorations that give them back (``_unsettled``), with the reseller's cost or margin for them
and their weight in the top-up: 20.00 billed on 10 February for [10 February, 10 March) and credited in full, a
cancellation dated 20 February gives nothing more back on 10 March (not -20.00 x 18/28 = -12.86), as it would give
nothing recorded after that run. What a change adds is charged (the credited invoice never billed it). A bill
deferred before the invoice was credited gives them back no more: the invoice that takes it leaves them out
(``_carried``). The bill says so (``notes``).

Currency: a period is billed in the currency of its first day, and Prorata never converts an amount. At a
boundary after a currency change, the advance is invoiced in the new currency (``bill_company``) and the
period before's prorations, at the old currency's prices, with its one-off extras in it, on an invoice of
their own in the old currency (``_past``; no minimum charge, no billed period of its own, the reseller's
accruals in that currency): 20.00 EUR billed on 10 February, cancelled on 20 February, JPY from 10 March:
-20.00 x 18/28 = -12.86 EUR. A late change into such a period's days would need a correction in the old
currency on the new currency's invoice: it is refused (``corrections.check_currency``), as a late change
into a period billed in another currency always was.

Runs on whatever thread calls it; touches no database. Raises ``ProrataError``
(a missing price, an impossible event) for the run to report against the
company while the others are billed.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from app.billing import corrections
from app.billing.assembly import DEFERRED, INVOICE, NOTHING, Draft, Minimum, assemble, retaxed, top_up_of
from app.billing.context import HOSTER_KEY, CompanyRow, Issuer, RunContext, reseller_key
from app.errors import Problem
from app.billing.lines import ADVANCE, PAST, PRORATION, RECURRING, Line, invoice_lines
from app.billing.periods import next_boundary, previous_boundary
from app.billing.tax import customer_rate
from app.company_state import Event
from app.models import BillingMode, MinimumPolicy

MINIMUM = "minimum"


class Rates(dict):
    """Per company: (issuer key, currency, boundary) -> the tax rate of the invoice an earlier run billed it with
    (app/billing/billed_rates.py). ``top_ups``: (issuer key, currency, boundary) -> the top-up earlier runs billed
    for that boundary's period, its own ``minimum`` line and those of the corrections of it summed, for each
    boundary a late change can correct (one missing billed none). ``margins``: (issuer key, currency, boundary) ->
    whether a reseller's invoice of that boundary was issued under the margin mode (the hoster collected it) or
    not (the reseller did), for each boundary a late change can correct whose invoice was issued under another
    mode than the reseller's now (one missing: the mode now's, or not known)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.top_ups: dict[tuple[str, str, date], Decimal] = {}
        self.margins: dict[tuple[str, str, date], bool] = {}


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
    # None: the bill's rate (today's); else the rate of the invoice that billed the days the line gives back
    # or corrects (the module's docstring).
    tax_rate: Decimal | None = None


class Waiting(NamedTuple):
    """A deferred invoice waiting for the company's next invoice from its issuer in its currency, with its lines.

    A plain ``(id, lines)`` pair stands for one in the currency of the bill it is given to."""

    id: int  # the deferred invoice's (one a dry run would have written: negative, ``dry_run``)
    lines: list[LineRow]
    currency: str | None = None  # None: the bill's
    issuer_key: str | None = None  # None: the seller whose bill takes it (a company that never moved has one)
    # The reseller's accruals stored with it (``AccrualRow``s; a preview's have none): reversed for the lines
    # the bill that takes it leaves out (``_carried``).
    accruals: tuple = ()


class AccrualRow(NamedTuple):
    kind: str  # cost | margin
    line: LineRow
    # On a bill with nothing else to invoice: the credit note it is written on (``_homed``), else None
    home: int | None = None


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
    # What the bill leaves to the clerk, in words (``Problem``s: a change into credited days, recorded late
    # (``_corrections``) or in time (``_unsettled``)).
    notes: list = field(default_factory=list)
    # Whose account collects the document (``Invoice.collected_by``): set here for a correction document of the
    # collector of another mode than the reseller's now (``_by_collector``); None: the collector of the issuer's
    # mode now, stamped by the run (app/billing/run.py ``stamp_collectors``), none for the hoster's own.
    collected_by: str | None = None

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


_new_row = tuple.__new__  # ``LineRow``s made with every field given: a run makes a million of them


def _row(ctx: RunContext, line: Line, company_id: int) -> LineRow:
    kind, start, end, quantity, unit_price, _, plan, extra_code, user, description = line[:10]
    if plan is not None:
        description = ctx.plan_names.get(plan)
    return _new_row(LineRow, (kind, Decimal(quantity), unit_price, line.amount, start, end, plan, extra_code, user,
                              description, company_id, None))


def _lines_at(ctx: RunContext, company: CompanyRow, events: list[Event], boundary: date,
              currency: str, end_state: list | None = None, part: str | None = None,
              other: str | None = None) -> tuple[list[Line], list[LineRow]]:
    """The lines due at ``boundary`` from ``events``, exact and as rows (``end_state``, ``part`` and ``other``,
    the other currency of a boundary billed in two: see ``invoice_lines``)."""
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
                          **spans, seller=company.seller, first_seller=company.first_seller, end_state=end_state,
                          part=part, other_currency=other)
    return lines, [_row(ctx, line, company.id) for line in lines]


def _previous(company: CompanyRow, boundary: date) -> date:
    """The boundary before ``boundary`` on the company's schedule."""
    schedule = company.schedule
    return previous_boundary(boundary, schedule.b) if schedule.simple else schedule.span_before(boundary).start


def _currency_before(company: CompanyRow, events: list[Event], boundary: date, currency: str) -> str | None:
    """The currency of the period before ``boundary`` when it is not ``currency`` (the bill's): the days of
    that period were billed in it, so are its prorations (``lines``); None: the same."""
    before = currency_on(events, _previous(company, boundary), company.currency)
    return before if before != currency else None


class _RateAt:
    """The rate of the invoice that billed a boundary, by the seller ``issuer_key`` in ``currency``, as an earlier
    run stored it (``billed_rates``): None when no earlier run billed it (today's rate, as this run's)."""

    def __init__(self, rates: Rates | None, issuer_key: str):
        self.rates, self.issuer_key = rates or {}, issuer_key
        # None: not read (outside a run), the top-ups billed are worked out again (``_top_up_change``).
        self.billed_top_ups = rates.top_ups if isinstance(rates, Rates) else None
        self.billed_margins = rates.margins if isinstance(rates, Rates) else {}

    def margin_billed(self, currency: str, boundary: date) -> bool | None:
        """Whether the invoice of ``boundary`` was issued under the margin mode (the hoster collected it); None:
        not known (not read, the hoster's own, or no such invoice): as the mode now."""
        return self.billed_margins.get((self.issuer_key, currency, boundary)) if self.billed_margins else None

    def top_up_billed(self, currency: str, boundary: date) -> Decimal | None:
        """The top-up earlier runs billed for ``boundary``'s period (0: none); None: not read."""
        if self.billed_top_ups is None:
            return None
        return self.billed_top_ups.get((self.issuer_key, currency, boundary), Decimal(0))

    def __call__(self, currency: str, boundary: date) -> Decimal | None:
        return self.rates.get((self.issuer_key, currency, boundary)) if self.rates else None

    def giving_back(self, rows: list[LineRow], currency: str, p_prev: date) -> list[LineRow]:
        """``rows`` due at a boundary, those giving back days of the advance billed at ``p_prev`` (negative
        prorations) at that invoice's rate."""
        rate = self(currency, p_prev) if self.rates else None
        if rate is None:
            return rows
        return [r._replace(tax_rate=rate) if r.kind == PRORATION and r.quantity < 0 else r for r in rows]

    def top_ups(self, rows: list[LineRow], currency: str) -> list[LineRow]:
        """Corrections ``rows`` with each corrected period's top-up (a ``minimum`` line dated to it) at the rate
        of that period's invoice."""
        if not self.rates:
            return rows
        out = []
        for r in rows:
            rate = self(currency, r.start) if r.kind == MINIMUM and r.tax_rate is None else None
            out.append(r if rate is None else r._replace(tax_rate=rate))
        return out

    def correcting(self, company: CompanyRow, currency: str, j: date):
        """``corrections.difference``'s maker for the corrections of boundary ``j``: each at the rate of the
        invoice that billed the days its line gives back (a negative proration: ``j``'s previous) or charges."""
        if not self.rates:
            return _correction_row
        j_prev = _previous(company, j)

        def make(row: LineRow, quantity: Decimal, amount: Decimal) -> LineRow:
            rate = self(currency, j_prev if row.kind == PRORATION and row.quantity < 0 else j)
            fixed = _correction_row(row, quantity, amount)
            return fixed if rate is None else fixed._replace(tax_rate=rate)
        return make


def _rates_of(rows: list[LineRow]) -> list[Decimal | None]:
    """Each row's own tax rate (None: the bill's), for ``assemble``."""
    return [r.tax_rate for r in rows]


def _noted(note: str | None, rate: Decimal, rows: list[LineRow]) -> str | None:
    """The bill's tax note (reverse charge, exempt), unless none of its lines is taxed at the bill's rate: a
    bill that only gives back days taxed when they were billed says nothing of the customer's treatment now."""
    if note is None or any(r.tax_rate is None or r.tax_rate == rate for r in rows):
        return note
    return None


def _corrections(ctx: RunContext, company: CompanyRow, events: list[Event], currency: str,
                 seen_through: int | None, last_billed: date | None,
                 minimum: Minimum | None = None,
                 rate_at: _RateAt | None = None,
                 notes: list | None = None, *, other: bool = False) -> tuple[list[LineRow], list[AccrualRow]]:
    """Correction lines (and the reseller's) for the changes recorded after the last billing
    (``corrections``), with the correction of each corrected period's top-up under ``minimum`` (the
    module's docstring); each line at the tax rate of the invoice that billed the days it corrects
    (``rate_at``; None: today's). At a boundary whose previous period was billed in another currency, only
    the advance is corrected: a change to that period's days is refused (Prorata never converts an amount).
    Days a credited invoice billed are not corrected (``corrections.credited_by``); ``notes`` receives, per
    corrected boundary, the ``Problem`` that says so.

    Those of the boundaries whose invoice the collector of the reseller's mode now collected (or whose mode is
    not known: ``_RateAt.margin_billed``), with accruals of the mode now; ``other``: those of the boundaries
    whose invoice was issued under the other mode (the other collector's), with accruals of that mode's kind
    (``_by_collector``)."""
    late = corrections.late_events(events, seen_through, last_billed)
    if not late:
        return [], []
    # Whether the reseller's mode now is the margin mode, and the accruals' (None: the hoster sells).
    margin_now = _margin_mode(ctx, company) if company.reseller_id is not None else None
    margin = (not margin_now) if other else margin_now
    days = ctx.credited.get(company.id, {}).get((ctx.issuer_for(company).key, currency))
    known = [e for e in events if e.seq <= seen_through]
    first = min(e.date for e in late)
    rows: list[LineRow] = []
    accruals: list[AccrualRow] = []
    # Whether the invoice that billed a boundary was the other collector's (None: no such invoice: all ours).
    theirs = ((lambda b: rate_at.margin_billed(currency, b) not in (None, margin_now))
              if margin_now is not None and rate_at is not None and rate_at.billed_margins else None)
    if other and theirs is None:
        return [], []
    for j in corrections.corrected_boundaries(company, first, last_billed):
        # A correction is this document's when the invoice that billed the days it corrects is its collector's:
        # j's, or for a negative proration j's previous (its days were billed in advance there; as its rate).
        j_prev = _previous(company, j)
        ours = None if theirs is None else (
            lambda r, j=j, j_prev=j_prev: other == theirs(j_prev if r.kind == PRORATION and r.quantity < 0 else j))
        for billed in {currency_on(events, j, company.currency), currency_on(known, j, company.currency)}:
            corrections.check_currency(first, j, billed, currency)
        before = _currency_before(company, events, j, currency)
        if before is not None or _currency_before(company, known, j, currency) is not None:
            # The period before j was billed in another currency, its prorations on an invoice in it (``_past``).
            then_before = _currency_before(company, known, j, currency)
            if before != then_before or corrections.difference(
                    _lines_at(ctx, company, events, j, before, None, PAST, currency)[1],
                    _lines_at(ctx, company, known, j, before, None, PAST, currency)[1], _correction_row):
                # Those days were billed in advance on the invoice of the period's start, in that currency.
                corrections.check_currency(first, _previous(company, j), before or then_before, currency)
        part = ADVANCE if before is not None else None
        now_lines, now_rows = _lines_at(ctx, company, events, j, currency, None, part, before)
        then_lines, then_rows = _lines_at(ctx, company, known, j, currency, None, part, before)
        maker = rate_at.correcting(company, currency, j) if rate_at else _correction_row
        if ours is None:
            fixed = mine = corrections.difference(now_rows, then_rows, maker)
        else:  # each by its representative row, as its rate (``_RateAt.correcting``)
            tagged = corrections.difference(now_rows, then_rows, lambda r, q, a: (maker(r, q, a), ours(r)))
            fixed, mine = [f for f, _ in tagged], [f for f, ok in tagged if ok]
        # Days a credited invoice billed were settled by hand: not corrected (app/billing/corrections.py).
        dropped = [r for r in fixed if corrections.credited_by(r, days) is not None]
        rows += [r for r in mine if corrections.credited_by(r, days) is None]
        # What this document leaves to the clerk (all of ``dropped`` but when split by collector).
        said = dropped if ours is None else [r for r in mine if corrections.credited_by(r, days) is not None]
        top_up = None
        billed_top_up = rate_at.top_up_billed(currency, j) if rate_at else None
        if minimum is not None or billed_top_up:
            # Weighed on the lines as they are less the give-backs left out (each such line as it was), as a
            # change recorded in time is (``_unsettled``): the top-up follows what the period is charged.
            left_out = {corrections.line_key(r) for r in dropped}
            weighed_now = ([r for r in now_rows if corrections.line_key(r) not in left_out]
                           + [r for r in then_rows if corrections.line_key(r) in left_out])
            delta = _top_up_change(company, events, known, j, weighed_now, then_rows, minimum, billed_top_up)
            if delta:
                top_up = LineRow(MINIMUM, Decimal(1), delta, delta, j, company.schedule.next_boundary(j),
                                 company_id=company.id)
                if ours is not None and not ours(top_up):  # j's period's: the other collector's document's
                    top_up = None
                elif corrections.credited_by(top_up, days) is not None:  # its period's invoice was credited
                    said.append(top_up)
                    top_up = None
                else:
                    rows.append(top_up)
        if said and notes is not None:
            notes.append(_credited_note(first, said, days))
        if company.reseller_id is not None:
            now_acc = _accruals(ctx, company, now_lines, now_rows, currency, margin)
            then_acc = _accruals(ctx, company, then_lines, then_rows, currency, margin)
            # Those of days a credited invoice billed too: the hoster's cost follows the usage whatever the
            # customer was given back (``_provided``).
            left_out = [r for r in mine if corrections.credited_by(r, days) is not None]
            for kind in ("cost", "margin"):
                accruals += [AccrualRow(kind, r) for r in corrections.difference(
                    [a.line for a in now_acc if a.kind == kind], [a.line for a in then_acc if a.kind == kind],
                    _correction_row if ours is None else lambda r, q, a: _correction_row(r, q, a) if ours(r) else None)
                    if r is not None]
            if left_out:
                accruals = _less_customer(accruals, left_out)
            if top_up is not None and margin:
                accruals.append(AccrualRow("margin", top_up))
    # In the order of the days they correct, for a reader going through the invoice.
    by_days = lambda r: (r.start or date.min, r.end or date.min)  # noqa: E731
    return sorted(rows, key=by_days), sorted(accruals, key=lambda a: by_days(a.line))


def _ahead(rows: list[LineRow]) -> bool:
    """Whether the lines due at a boundary bill the period it starts in advance (a recurring line): only such a
    bill is topped up. A company's last bill after it left (its prorations and extras of the period before
    alone) has no period of its own to reach the minimum for: the period before was topped up on its own bill."""
    return any(r.kind == RECURRING for r in rows)


def _top_up_change(company: CompanyRow, events: list[Event], known: list[Event], j: date,
                   weighed_now: list[LineRow], then_rows: list[LineRow], minimum: Minimum | None,
                   billed: Decimal | None) -> Decimal:
    """How much the top-up of boundary ``j``'s period changes for a late change (the module's docstring): its
    top-up now, with the lines ``weighed_now``, less the one billed for it (``billed``, what earlier runs' minimum
    lines for it sum to: app/billing/billed_rates.py), both under the minimum it was billed under:

    - topped up: the period's charges then (``then_rows``) plus that top-up, whatever the minimum is today (6.50
      topped up by 3.50, the minimum since removed or raised to 30.00: 10.00);
    - not topped up though weighed (it charged something, in advance): no more than it charged then, a minimum
      above that not having been its (none, or a lower one), nor today's when lower (today's: ``minimum``). A
      late credit so never makes a period cost more than it was billed: 26.00 billed, no top-up, the minimum
      raised from 10.00 to 30.00 since, a credit of -19.50 is topped up to 10.00 under 10.00 and to 26.00
      under 30.00 (0.00 net), never to 30.00;
    - never weighed (nothing charged, nothing billed in advance: ``_ahead``, or billed by a seller the company
      had left): today's.

    Each only where the seller billed (or now bills) the period as the company's seller (a seller left bills no
    minimum) and in advance. ``billed`` None (not read, outside a run): the top-up then worked out again under
    today's minimum."""
    moved = company.first_seller is not None
    sells_now = not moved or company.seller_on(events, j) == company.seller
    sold_then = not moved or company.seller_on(known, j) == company.seller
    weighed_then = sold_then and _ahead(then_rows)
    charges = sum((r.amount for r in then_rows if r.amount > 0), Decimal(0))
    floor = minimum
    if billed is None:
        billed = top_up_of([r.amount for r in then_rows], minimum if weighed_then else None)
    elif billed:
        floor = Minimum(charges + billed, MinimumPolicy.TOP_UP.value)
    elif weighed_then and charges > 0 and minimum is not None:
        floor = replace(minimum, amount=min(minimum.amount, charges))
    return top_up_of([r.amount for r in weighed_now], floor if sells_now and _ahead(weighed_now) else None) - billed


def _correction_row(row: LineRow, quantity: Decimal, amount: Decimal) -> LineRow:
    return row._replace(kind=corrections.CORRECTION, quantity=quantity, amount=amount)


def _credited_note(changed: date, dropped: list[LineRow], days: list) -> Problem:
    """What a bill leaves to the clerk: the rows ``dropped`` (days a credited invoice billed, ``days``) of a
    change dated ``changed``, recorded late (``_corrections``) or in time (``_unsettled``)."""
    return Problem("late_change_credited", {
        "date": changed.isoformat(), "start": min(r.start for r in dropped).isoformat(),
        "end": (max(r.end for r in dropped) - timedelta(days=1)).isoformat(),
        "invoice": corrections.credited_by(dropped[0], days)})


def _unsettled(ctx: RunContext, company: CompanyRow, issuer_key: str, currency: str, lines: list[Line],
               rows: list[LineRow], notes: list, changed: list | None = None) -> tuple[list[Line], list[LineRow]]:
    """``lines`` due at a boundary and their ``rows``, less the prorations that give back days which a credited
    invoice of the seller ``issuer_key`` in ``currency`` billed for the same plan or extra
    (``corrections.credited_by``): the credit note gave them back already, so they are left out as a late
    change's corrections into them are (``_corrections``), and a change recorded in time and one recorded late
    bill the same; so is their weight in the minimum charge's top-up. The reseller's cost of them is not: the
    caller gives it back (``_provided``, from ``changed``). Units added in the same period (a proration charging them, dated
    on or before the give-back) were never on the credited invoice: their give-back stands. A charge always
    stands (the credited invoice never billed what a change adds). ``notes`` receives the ``Problem`` that
    says so; ``changed``, if given, (index, the line kept for it or None) for each row left out or cut down.
    A company with no credited days costs a look-up."""
    days = ctx.credited.get(company.id) if ctx.credited else None
    days = days.get((issuer_key, currency)) if days else None
    if not days or not any(r.kind == PRORATION and r.amount < 0 for r in rows):
        return lines, rows
    lines, rows = list(lines), list(rows)
    added: dict[tuple, int] = {}
    dropped: list[LineRow] = []
    keep = [True] * len(rows)
    order = sorted((i for i, r in enumerate(rows) if r.kind == PRORATION),
                   key=lambda i: (rows[i].start, rows[i].amount < 0))
    for i in order:
        r, ln = rows[i], lines[i]
        key = (r.plan_id, r.extra_code)
        if r.amount > 0:
            added[key] = added.get(key, 0) + ln.quantity
            continue
        if r.amount == 0 or corrections.credited_by(r, days) is None:
            continue
        covered = min(-ln.quantity, added.get(key, 0))  # units this period added: not on the credited invoice
        added[key] = added.get(key, 0) - covered
        if covered == -ln.quantity:
            continue
        dropped.append(r)
        if covered:
            lines[i] = ln._replace(quantity=-covered)
            rows[i] = _row(ctx, lines[i], company.id)._replace(tax_rate=r.tax_rate)
        else:
            keep[i] = False
        if changed is not None:
            changed.append((i, lines[i] if covered else None))
    if not dropped:
        return lines, rows
    notes.append(_credited_note(min(r.start for r in dropped), dropped, days))
    return [ln for ln, k in zip(lines, keep) if k], [r for r, k in zip(rows, keep) if k]


def _as_line(company: CompanyRow, row: LineRow, currency: str, quantity: int, unit_price: Decimal) -> Line:
    """A deferred invoice's proration ``row`` (days ``start`` to ``end`` of the period ending ``end``) as an
    exact line of ``quantity`` units at ``unit_price``, a share of that period's term as the run bills it
    (``_lines_at``: after a billing-day change, of the whole new term)."""
    period = company.schedule.span_before(row.end)
    return Line(row.kind, row.start, row.end, quantity, unit_price, currency, row.plan_id, row.extra_code,
                row.user_id, row.description, (row.end - row.start).days, period.term_days, period.start)


def _carried(ctx: RunContext, company: CompanyRow, issuer_key: str, currency: str, waiting: list[Waiting],
             notes: list) -> tuple[list[LineRow], list[AccrualRow]]:
    """The lines a bill takes from the deferred invoices ``waiting`` (in its currency), less those that give back
    days a credited invoice billed for the same plan or extra, credited after they were deferred: a proration
    as ``_unsettled`` leaves it out (units the deferred invoice's own period added excepted), a correction as
    ``_corrections`` does (``corrections.credited_by``). A change so gives back credited days neither twice nor
    depending on whether its bill was deferred: the 10 March bill (-12.86 for 20 February - 10 March, +13.00)
    deferred, then 10 February's invoice credited, the invoice that takes it charges +13.00 alone. Its totals are
    those of the lines it has; the deferred invoice keeps its own (immutable, it says what was deferred). With
    them, on the bill that takes it, what changes of the reseller's accruals the deferred invoice stored for
    what is left out: a cost stays (the days are no longer provided: ``_provided``); a margin rises by the
    customer's part left out. ``notes`` receives the ``Problem`` that says so."""
    days = ctx.credited.get(company.id) if ctx.credited else None
    days = days.get((issuer_key, currency)) if days else None
    out: list[LineRow] = []
    reversed_: list[AccrualRow] = []
    for w in waiting:
        rows = list(w.lines)
        if not days or not any(r.amount < 0 and r.kind in (PRORATION, corrections.CORRECTION) for r in rows):
            out += rows
            continue
        at = [i for i, r in enumerate(rows) if r.kind == PRORATION]
        changed: list = []
        _unsettled(ctx, company, issuer_key, currency,
                   [_as_line(company, rows[i], currency, int(rows[i].quantity), rows[i].unit_price) for i in at],
                   [rows[i] for i in at], notes, changed)
        kept: dict[int, LineRow | None] = {}  # index in ``rows`` -> what is kept of it (None: nothing)
        for k, line in changed:
            kept[at[k]] = None if line is None else _row(ctx, line, company.id)._replace(
                tax_rate=rows[at[k]].tax_rate, description=rows[at[k]].description)
        late = [i for i, r in enumerate(rows)
                if r.kind == corrections.CORRECTION and corrections.credited_by(r, days) is not None]
        if late:
            notes.append(_credited_note(min(rows[i].start for i in late), [rows[i] for i in late], days))
            kept.update((i, None) for i in late)
        # The reseller's cost of those days stays given back (the hoster no longer provides them); a margin
        # rises by what the customer is not given back after all (``_provided``).
        pool = [a for a in w.accruals if a.kind == "margin"]
        for i, now in kept.items():
            r = rows[i]
            for acc in [a for a in pool if _accrued_for(a.line, r)][:1]:
                pool.remove(acc)
                left = r.amount - (now.amount if now is not None else 0)
                units = r.quantity - (now.quantity if now is not None else 0)
                reversed_.append(AccrualRow("margin", acc.line._replace(quantity=-units, unit_price=r.unit_price,
                                                                        amount=-left)))
        out += [kept[i] if i in kept else r for i, r in enumerate(rows) if kept.get(i, r) is not None]
    return out, reversed_


def _provided(ctx: RunContext, company: CompanyRow, lines: list[Line], rows: list[LineRow], given_back: list,
              currency: str) -> list[AccrualRow]:
    """The reseller's accruals for the give-backs of credited days ``_unsettled`` left out of the customer's bill
    (``given_back``: index in ``lines`` and ``rows``, and the line kept of it or None). The credit note gave the
    customer those days back and kept the reseller's cost of them (app/services/invoice_accruals.py
    ``reverse``): the hoster provided them until the change; from it on it does not, so the cost of the days
    after it is given back all the same (a cancellation of 25 January of a plan at 12.00 a month at cost,
    billed for 10 January to 10 February and credited: -12.00 x 16/31 = -6.19), and in the margin mode the
    margin (minus the cost since the credit) rises by as much: the margin of the give-back less the customer's
    part of it, which the customer is not given back twice."""
    out: list[AccrualRow] = []
    for i, kept in given_back:
        line = lines[i] if kept is None else lines[i]._replace(quantity=lines[i].quantity - kept.quantity)
        row = _row(ctx, line, company.id)._replace(tax_rate=rows[i].tax_rate)
        out += _less_customer(_accruals(ctx, company, [line], [row], currency), [row])
    return out


def _homed(ctx: RunContext, company: CompanyRow, issuer_key: str, currency: str,
           accruals: list[AccrualRow]) -> list[AccrualRow]:
    """The reseller's ``accruals`` of a bill with nothing to invoice (its give-backs all of credited days: the
    customer is given nothing more), each on the credit note that gave the customer those days back: they say
    what the usage changed of what the hoster provided, and the reseller's next settlement takes them."""
    days = ctx.credited.get(company.id, {}).get((issuer_key, currency))
    out = []
    for acc in accruals:
        home = corrections.credit_note_of(acc.line, days)
        if home is not None and acc.line.amount:
            out.append(acc._replace(home=home))
    return out


def _less_customer(accruals: list[AccrualRow], left_out: list[LineRow]) -> list[AccrualRow]:
    """``accruals`` with each margin of one of the lines ``left_out`` of the customer's bill less that line (the
    margin of a give-back the customer is not given: minus its cost); costs as they are."""
    left = list(left_out)
    out = []
    for acc in accruals:
        match = next((r for r in left if acc.kind == "margin" and _accrued_for(acc.line, r)), None)
        if match is not None:
            left.remove(match)
            acc = AccrualRow("margin", acc.line._replace(unit_price=acc.line.unit_price - match.unit_price,
                                                         amount=acc.line.amount - match.amount))
        out.append(acc)
    return out


def _accrued_for(accrued: LineRow, row: LineRow) -> bool:
    """Whether ``accrued`` (a stored accrual's line) is the reseller's for the line ``row``."""
    return (accrued.kind, accrued.start, accrued.end, accrued.plan_id, accrued.extra_code, accrued.quantity) == (
        row.kind, row.start, row.end, row.plan_id, row.extra_code, row.quantity)


def bill_company(ctx: RunContext, company: CompanyRow, events: list[Event], boundary: date,
                 carried: list[Waiting | tuple[int, list[LineRow]]] = (), *, seen_through: int | None = None,
                 last_billed: date | None = None, closing: bool = False,
                 end_state: list | None = None, rates: Rates | None = None) -> CompanyBill:
    """The bill at ``boundary``; ``carried`` holds earlier deferred invoices (``Waiting``) to include: it takes
    those in its currency (the others: ``bill_sellers``). With no lines of its own, it invoices them whatever
    the minimum charge (nothing billed beside them, they can no longer grow); with none either, it is NOTHING.
    ``end_state``: a list that receives the company's state at ``boundary`` (``snapshots``).

    ``seen_through`` and ``last_billed``: the newest event the company's last billed period saw, and its
    boundary; changes recorded since and dated into billed periods are corrected on this bill.
    ``closing``: the bill of a seller the company left (no minimum charge).
    ``rates``: see ``bill_sellers``; a line giving back days already invoiced (a negative proration, a
    correction) carries the rate of the invoice that billed them, the others today's. After a currency change,
    its lines are the advance in the new currency (the prorations of the period before: ``_past``)."""
    p_next = company.schedule.next_boundary(boundary)
    currency = currency_on(events, boundary, company.currency)
    issuer = ctx.issuer_for(company)
    before = _currency_before(company, events, boundary, currency)  # the period before billed in another
    rate_at = _RateAt(rates, issuer.key)
    lines, due = _lines_at(ctx, company, events, boundary, currency, end_state, ADVANCE if before else None, before)
    due = rate_at.giving_back(due, currency, _previous(company, boundary))
    notes: list = []
    # Prorations of days a credited invoice billed: settled by hand, left out (``_unsettled``); the reseller's
    # cost of them still follows the usage (``_provided``).
    given_back: list = []
    all_lines, all_due = lines, due
    lines, due = _unsettled(ctx, company, issuer.key, currency, lines, due, notes, given_back)
    # The minimum as this seller weighs its periods' own lines (a closing bill's own has none, but it corrects
    # periods that seller billed under it).
    issuer_minimum = ctx.minimums.get(issuer.key, {}).get(currency)
    fixes, fix_accruals = _corrections(ctx, company, events, currency, seen_through, last_billed, issuer_minimum,
                                       rate_at, notes)
    fixes = rate_at.top_ups(fixes, currency)
    rows = due + fixes
    carried = [w for w in map(_waiting, carried) if w.currency in (None, currency)]
    # Their give-backs of days credited since they were deferred left out (``_carried``); said and reversed
    # where they are invoiced (a bill deferred again leaves them waiting).
    carried_notes: list = []
    carried_rows, carried_accruals = _carried(ctx, company, issuer.key, currency, carried, carried_notes)
    rate, note = customer_rate(company.tax_treatment, issuer.tax_rate, company.tax_rate)
    minimum = None if closing or not rows else issuer_minimum
    # A top-up weighs this period's own lines (and deferred ones billed with them), not the corrections of
    # earlier periods: those carry their periods' own top-up corrections (``_corrections``); and only on a bill
    # of the period it starts (``_ahead``: a company that left is not topped up for the days after it left).
    weighed = [r.amount for r in due + carried_rows] if _ahead(due) else []
    draft = _assembled(rows + carried_rows, rate, currency, minimum, weighed)
    bill = CompanyBill(company, boundary, p_next, issuer, currency, company.language, draft, rate,
                       _noted(note, rate, rows + carried_rows), events_through=ctx.events_through, closing=closing)
    bill.notes = notes
    if draft.outcome == NOTHING:
        if company.reseller_id is not None and (given_back or fix_accruals):
            bill.accruals = _homed(ctx, company, issuer.key, currency,
                                   _provided(ctx, company, all_lines, all_due, given_back, currency) + fix_accruals)
        return bill
    if draft.outcome == DEFERRED:
        # The minimum was weighed with what earlier deferrals carry; the deferred invoice itself
        # holds (and totals) only its own lines: they all move on together to the next invoice.
        own = _assembled(rows, rate, currency)
        bill.draft = replace(draft, subtotal=own.subtotal, tax=own.tax, total=own.total)
    bill.lines = rows if draft.outcome == DEFERRED else rows + carried_rows
    top_up = None
    if draft.outcome == INVOICE:
        bill.carried_ids = [w.id for w in carried]
        bill.notes += carried_notes
        if draft.top_up:
            top_up = LineRow(MINIMUM, Decimal(1), draft.top_up, draft.top_up, boundary, p_next, company_id=company.id)
            bill.lines.append(top_up)
    if company.reseller_id is not None:
        bill.accruals = (_accruals(ctx, company, lines, due, currency)
                         + _provided(ctx, company, all_lines, all_due, given_back, currency) + fix_accruals)
        if draft.outcome == INVOICE:
            bill.accruals += carried_accruals
        if top_up is not None and _margin_mode(ctx, company):
            # The reseller's minimum charge, collected by the hoster in its name: it costs nothing, so all
            # of it is the reseller's margin (as an extra is).
            bill.accruals.append(AccrualRow("margin", top_up))
    return bill


def bill_sellers(ctx: RunContext, company: CompanyRow, events: list[Event], boundary: date,
                 carried: list[Waiting] = (), *, seen_through: int | None = None,
                 last_billed: date | None = None, end_state: list | None = None,
                 rates: Rates | None = None, sellers: tuple[str, ...] | None = None) -> list[CompanyBill]:
    """The bills at ``boundary``: the seller's on that day first (``bill_company``), then, for a company
    that moved, one per seller it left that has something to bill (the others are left out); each followed
    by its invoice in the currency of the period before, when the company changed currency (``_past``),
    and the invoices of the deferred ones of its issuer in other currencies (``_released``).

    ``carried``: the deferred invoices waiting (``Waiting``); each goes on its issuer's bill.
    ``end_state``: see ``bill_company`` (a company that never moved).
    ``rates``: the tax rates of the company's invoices of earlier runs (app/billing/billed_rates.py), for the
    lines that give back or correct days they billed (None: none read, every line at today's rate).
    ``sellers``: for a company that moved, the keys of the sellers whose bills to make, the others' left out
    (None: every seller's). A reseller's login makes its own alone (the others' prices and invoices are not its
    to read or write: app/storage/row_security.py); a run under the hoster's makes the others' later
    (app/billing/run.py ``OWING``)."""
    carried = [_waiting(w) for w in carried]
    if company.first_seller is None:
        bill = bill_company(ctx, company, events, boundary, carried, seen_through=seen_through,
                            last_billed=last_billed, end_state=end_state, rates=rates)
        return ([bill] + _by_collector(ctx, company, events, bill, seen_through, last_billed, rates)
                + _past(ctx, events, bill, carried, rates))
    main = company.seller_on(events, boundary)
    bills = []
    for key in [main] + [k for k in company.sellers if k != main]:
        if sellers is not None and key not in sellers:
            continue
        own = [w for w in carried if (w.issuer_key or main) == key]
        seller = company.for_seller(key)
        bill = bill_company(ctx, seller, events, boundary, own, seen_through=seen_through,
                            last_billed=last_billed, closing=key != main, rates=rates)
        split = _by_collector(ctx, seller, events, bill, seen_through, last_billed, rates)
        past = _past(ctx, events, bill, own, rates)
        if key == main or bill.outcome != NOTHING:
            bills.append(bill)
        else:  # a seller left with nothing to bill: what it left to the clerk is said on the main bill (when
            if sellers is None or main in sellers:  # made with it)
                bills[0].notes += bill.notes
            if bill.accruals:  # but its reseller's cost of credited days no longer provided (``_homed``)
                bill.notes = []
                bills.append(bill)
        bills += split + past
    return bills


def _by_collector(ctx: RunContext, company: CompanyRow, events: list[Event], bill: CompanyBill,
                  seen_through: int | None, last_billed: date | None, rates: Rates | None) -> list[CompanyBill]:
    """The corrections of a change recorded late (``_corrections``) of the days whose invoices another
    collector collected than the one of ``bill``'s reseller's mode now, on a document of their own: a reseller
    that changed its billing mode between the margin mode (the hoster collects) and another (the reseller
    does) after billing some of the corrected days. Each correction is given back (or charged) by whoever
    collected the days it corrects (app/payments/processors/routing.py), so that its credit is that collector's
    and pays that collector's invoice (app/payments/allocation.py ``settle_corrected``): one collector's note
    giving back February (the hoster collected it) and March (acme did) would leave acme's credit for
    February's days while February stays open with the hoster. ``bill`` keeps the corrections of its own
    collector's days; this document, of the same issuer (its numbering series), currency, tax rate and
    dates, holds the others, each at the rate of the invoice that billed its days, with accruals of the kind of
    the mode those days were billed in (margins: the hoster takes back the reseller's margin of days it gives
    back; costs: the hoster credits the reseller its cost of days the reseller gives back) and their collector
    stamped on it (``CompanyBill.collected_by``: extras given back outside the margin mode accrue nothing). No
    minimum charge and no billed period of its own (``closing``). None: no such days (every company with one
    collector: nothing is read)."""
    if company.reseller_id is None or not isinstance(rates, Rates) or not rates.margins:
        return []
    rate_at = _RateAt(rates, bill.issuer.key)
    currency = bill.currency
    notes: list = []
    fixes, accruals = _corrections(ctx, company, events, currency, seen_through, last_billed,
                                   ctx.minimums.get(bill.issuer.key, {}).get(currency), rate_at, notes, other=True)
    fixes = rate_at.top_ups(fixes, currency)
    draft = _assembled(fixes, bill.tax_rate, currency)
    if draft.outcome == NOTHING:
        bill.notes += notes  # what it left to the clerk, said on the bill
        homed = _homed(ctx, company, bill.issuer.key, currency, accruals)  # of credited days no longer provided
        return [CompanyBill(company, bill.boundary, bill.period_end, bill.issuer, currency, bill.language, draft,
                            bill.tax_rate, None, [], events_through=bill.events_through, closing=True,
                            accruals=homed)] if homed else []
    _, note = customer_rate(company.tax_treatment, bill.issuer.tax_rate, company.tax_rate)
    # The other collector's: the reseller's (it collected outside the margin mode), or the hoster's. Stamped, so
    # that a document without accruals (extras given back outside the margin mode cost nothing) is still theirs.
    theirs = reseller_key(company.reseller_id) if _margin_mode(ctx, company) else HOSTER_KEY
    return [CompanyBill(company, bill.boundary, bill.period_end, bill.issuer, currency, bill.language, draft,
                        bill.tax_rate, _noted(note, bill.tax_rate, fixes), fixes, events_through=bill.events_through,
                        closing=True, accruals=accruals, notes=notes, collected_by=theirs)]


def _past(ctx: RunContext, events: list[Event], bill: CompanyBill, carried: list[Waiting],
          rates: Rates | None) -> list[CompanyBill]:
    """After ``bill``, for a company whose currency changed since the period before its boundary: that
    period's prorations, in the currency it was billed in (``lines``: Prorata never converts an amount), at
    that currency's prices in force at the period's start, on an invoice of its own in that currency, with the
    deferred invoices waiting in it; then the deferred ones in other currencies (``_released``). The invoice
    of the prorations has ``bill``'s issuer and dates, no minimum charge (the company no longer bills in that
    currency) and no billed period of its own (``closing``); its lines accrue to the reseller in its currency."""
    company, boundary = bill.company, bill.boundary
    before = _currency_before(company, events, boundary, bill.currency)
    if before is None:
        return _released(ctx, bill, carried)
    lines, rows = _lines_at(ctx, company, events, boundary, before, part=PAST, other=bill.currency)
    rows = _RateAt(rates, bill.issuer.key).giving_back(rows, before, _previous(company, boundary))
    notes: list = []
    lines, rows = _unsettled(ctx, company, bill.issuer.key, before, lines, rows, notes)
    waiting = [w for w in carried if w.currency == before]
    waiting_rows, reversed_ = _carried(ctx, company, bill.issuer.key, before, waiting, notes)
    all_rows = rows + waiting_rows
    rate, note = customer_rate(company.tax_treatment, bill.issuer.tax_rate, company.tax_rate)
    draft = _assembled(all_rows, rate, before)
    out = [] if draft.outcome == NOTHING else [
        CompanyBill(company, boundary, bill.period_end, bill.issuer, before, bill.language, draft, rate,
                    _noted(note, rate, all_rows), all_rows, [w.id for w in waiting],
                    events_through=bill.events_through, closing=True)]
    if out and company.reseller_id is not None:
        out[0].accruals = _accruals(ctx, company, lines, rows, before) + reversed_
    # What it left to the clerk, said on its invoice or, with none, on ``bill``.
    (out[0] if out else bill).notes += notes
    return out + _released(ctx, bill, [w for w in carried if w.currency != before])


def _assembled(rows: list[LineRow], rate: Decimal, currency: str, minimum: Minimum | None = None,
               weighed: list[Decimal] | None = None) -> Draft:
    """``assemble`` for these rows, each taxed at its own rate (``LineRow.tax_rate``) or else at ``rate``."""
    draft = assemble([r.amount for r in rows], rate, currency, minimum, weighed)
    if all(r.tax_rate is None for r in rows):
        return draft
    taxed = [(r.amount, rate if r.tax_rate is None else r.tax_rate) for r in rows]
    return retaxed(draft, taxed + ([(draft.top_up, rate)] if draft.top_up else []), currency)


def _waiting(w: Waiting | tuple[int, list[LineRow]]) -> Waiting:
    return w if isinstance(w, Waiting) else Waiting(*w)


def _released(ctx: RunContext, bill: CompanyBill, carried: list[Waiting]) -> list[CompanyBill]:
    """The deferred invoices among ``carried`` that ``bill`` cannot take, being in another currency, invoiced
    in theirs: one invoice per currency, in currency order, whatever the minimum charge and without a top-up
    (the company no longer bills in it: they can no longer grow). Its issuer, tax rate and dates are
    ``bill``'s; it has no billed period of its own (``closing``) nor accruals of its own (theirs stay where they
    were deferred), but the reversal of those of the lines it leaves out (``_carried``)."""
    others: dict[str, list[Waiting]] = defaultdict(list)
    for w in carried:
        if w.currency not in (None, bill.currency):
            others[w.currency].append(w)
    if not others:  # nearly every bill
        return []
    out = []
    _, note = customer_rate(bill.company.tax_treatment, bill.issuer.tax_rate, bill.company.tax_rate)
    for currency in sorted(others):
        notes: list = []
        rows, reversed_ = _carried(ctx, bill.company, bill.issuer.key, currency, others[currency], notes)
        draft = _assembled(rows, bill.tax_rate, currency)
        if draft.outcome == NOTHING:  # deferred invoices without lines (written before empty ones were not)
            continue
        out.append(CompanyBill(bill.company, bill.boundary, bill.period_end, bill.issuer, currency, bill.language,
                               draft, bill.tax_rate, _noted(note, bill.tax_rate, rows), rows,
                               [w.id for w in others[currency]], events_through=bill.events_through, closing=True,
                               accruals=reversed_ if bill.company.reseller_id is not None else [], notes=notes))
    return out


def _margin_mode(ctx: RunContext, company: CompanyRow) -> bool:
    """The hoster bills the company in its reseller's name and collects: it owes the reseller its margin."""
    return ctx.resellers[company.reseller_id].billing_mode == BillingMode.HOSTER_BILLS_HOSTER_PROCESSOR.value


def _accruals(ctx: RunContext, company: CompanyRow, lines: list[Line], rows: list[LineRow],
              currency: str, margin: bool | None = None) -> list[AccrualRow]:
    """Cost lines (the reseller pays the hoster) or margins (the hoster owes the reseller).

    Extras carry no wholesale cost: they are the seller's own items, so in the
    margin mode the whole extra is the reseller's.

    By the reseller's mode now, for every line, a give-back (or correction) of days billed before a mode change
    included: the document is collected by the mode now's collector, whoever collected those days
    (app/payments/processors/routing.py, by the kind of its accruals), so its accruals square that collector
    with the other party. After reseller_bills -> margin, the hoster refunds the customer and takes back the
    reseller's margin of those days (a cost credit as well would pay them back twice); after margin ->
    reseller_bills, the reseller refunds and the hoster credits its cost of them, the part of the price it kept.
    Accruing them in the old kind would also mix both kinds on a document that bills new days beside them
    (tests/test_mode_change_give_backs.py works the money through by hand).

    ``margin``: the kind of a correction document of the collector of another mode (``_by_collector``): the
    margin mode's (True) or the others' (False), whatever the mode now; None: the mode now's.
    """
    reseller = ctx.resellers[company.reseller_id]
    rid, code = reseller.id, reseller.code
    margin_mode = _margin_mode(ctx, company) if margin is None else margin
    cost_of = ctx.book.reseller_cost
    names = ctx.plan_names
    out: list[AccrualRow] = []
    for line, row in zip(lines, rows):
        plan = line.plan
        if plan is None:
            if margin_mode:
                out.append(AccrualRow("margin", row))
            continue
        # The cost is monthly, like the price: the line at the cost (``Line.at_price``), as ``_row`` makes it.
        unit = line.term_price(cost_of(plan, currency, line.price_day, reseller_id=rid, customer=code))
        amount = line.amount_at(unit)
        if margin_mode:
            out.append(AccrualRow("margin", _new_row(LineRow, (
                row.kind, row.quantity, row.unit_price - unit, row.amount - amount, row.start, row.end, row.plan_id,
                row.extra_code, row.user_id, row.description, company.id, None))))
        else:
            out.append(AccrualRow("cost", _new_row(LineRow, (
                line.kind, Decimal(line.quantity), unit, amount, line.start, line.end, plan, line.extra_code,
                line.user, names.get(plan), company.id, None))))
    return out
