"""What changes not recorded yet would put on their company's next invoice, worked out by the billing engine
without writing anything.

The changes are checked as ``record_changes`` checks them, then held in memory as events recorded after
every stored one (as saving them would record them). The company's bills are worked out by the engine
(``app.billing.company_bill.bill_sellers``) at the boundary it previews, once with them and once without;
the preview is the difference, line by line: new lines, lines whose quantity changes (a recurring line
going from 3 to 5 sites shows as +2), proration and, for a change dated into a period already billed, its
correction lines. Only the company's own rows are read (``context.load_company_context``).

The boundary previewed is the company's next one not billed yet, or, for changes dated after it, the
first boundary on or after the latest change (where that change first shows). Every invoice the run makes
for the company there is compared (``company_bill.bill_sellers``): its seller's, and those of days billed in a
currency it left or by a seller it left, which are shown where the changes move them.

Runs on whatever thread holds the session; writes nothing.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing import corrections
from app.billing.billed_rates import billed_rates
from app.billing.company_bill import CompanyBill, LineRow, _currency_before, _lines_at, bill_sellers, currency_on
from app.billing.context import company_key, load_companies, load_company_context, load_events
from app.billing.lines import ADVANCE, PAST
from app.billing.pricebook import PriceBook
from app.billing.waiting import waiting_invoices
from app.company_state import Event
from app.errors import MESSAGES, Problem, ProrataError
from app.models import CompanyEvent
from app.money import to_text
from app.services.changes import CheckedChanges, check_changes


@dataclass(frozen=True)
class PreviewLine:
    """One line the invoice gains (a negative quantity or amount: one it loses).

    ``days`` of ``period_days``: the share of a period billed (1 of 1 for a whole period or a one-off);
    None when the engine gave no share for it (a minimum charge's top-up)."""

    kind: str  # recurring | proration | extra | correction | minimum
    start: date | None
    end: date | None
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    plan: str | None = None
    extra: str | None = None
    user: str | None = None
    description: dict | None = None
    days: int | None = None
    period_days: int | None = None

    def as_json(self, currency: str) -> dict:
        return {"kind": self.kind, "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None, "plan": self.plan, "extra": self.extra,
                "user": self.user, "quantity": _number(self.quantity), "unit_price": to_text(self.unit_price, currency),
                "days": self.days, "period_days": self.period_days, "amount": to_text(self.amount, currency)}


@dataclass(frozen=True)
class CompanyPreview:
    """One company's next invoice (at ``boundary``), before and after the changes."""

    company: str
    boundary: date
    currency: str
    lines: list[PreviewLine] = field(default_factory=list)
    subtotal_before: Decimal = Decimal(0)
    subtotal_after: Decimal = Decimal(0)
    total_before: Decimal = Decimal(0)  # with tax
    total_after: Decimal = Decimal(0)
    # What the run would leave to the clerk because of the changes (``CompanyBill.notes``: a give-back of days a
    # credited invoice billed, left out), as ``Problem``s: ``note_texts`` in words.
    notes: list[Problem] = field(default_factory=list)

    def note_texts(self, translate=None) -> list[str]:
        """The notes in the language of ``translate`` (app.translation.translator; None: English)."""
        return [p.message(translate) for p in self.notes]

    @property
    def subtotal_change(self) -> Decimal:
        return self.subtotal_after - self.subtotal_before

    def as_json(self) -> dict:
        c = self.currency
        return {"company": self.company, "boundary": self.boundary.isoformat(), "currency": c,
                "lines": [ln.as_json(c) for ln in self.lines],
                "subtotal_before": to_text(self.subtotal_before, c), "subtotal_after": to_text(self.subtotal_after, c),
                "subtotal_change": to_text(self.subtotal_change, c),
                "total_before": to_text(self.total_before, c), "total_after": to_text(self.total_after, c),
                "notes": self.note_texts()}


@dataclass(frozen=True)
class Preview:
    companies: list[CompanyPreview] = field(default_factory=list)

    @property
    def lines(self) -> list[PreviewLine]:
        return [ln for c in self.companies for ln in c.lines]

    def as_json(self) -> dict:
        return {"companies": [c.as_json() for c in self.companies]}


def _number(q: Decimal) -> str:
    text = format(q.normalize(), "f") if q == q.to_integral_value() else format(q, "f")
    return "0" if text in ("-0", "0") else text


# What a billing run can never bill, whatever the clerk sets up later (a price can be added; an amount is never
# converted): a correction that would land on an invoice in another currency than the period it corrects was
# billed in (``corrections.check_currency``), an extra whose line would land on an invoice in another currency
# than the extra's (``lines.extra_in_other_currency``).
UNBILLABLE = frozenset({"late_change_other_currency", "extra_in_other_currency"})


def added_events(session: Session, checked: CheckedChanges) -> dict[str, list[Event]]:
    """The checked changes as the engine's events, by company, each recorded after every stored one (ids as
    saving them would give: in effective order)."""
    known = checked.known
    plans = {code: pid for code, (pid, _) in known.plans.items()}
    newest = session.scalar(select(func.max(CompanyEvent.id))) or 0
    new: dict[str, list[Event]] = {}
    for i, r in enumerate(checked.rows):
        new.setdefault(r["company"], []).append(Event(
            r["date"], r["type"], plans.get(r["plan"]), plans.get(r["to_plan"]), r["quantity"],
            known.users[(r["company"], r["user"].lower())] if r["user"] else None, r["code"], r["amount"],
            r["recurring"], r["currency"], r["description"], newest + 1 + i))
    return new


def check_billable(session: Session, checked: CheckedChanges, *, prefix: str | None = "$") -> None:
    """Refuse changes the billing run could never bill (``UNBILLABLE``), with the run's own words, before
    anything is written: the record, an undo, the preview, the window and a file of changes share this rule
    (``app.services.changes.check_changes``), and a move and its undo (``check_recorded_billable``).

    Each company is billed by the engine (``company_bill.bill_sellers``, as a run bills it), with and without
    the changes, at its next boundary not billed (which carries the corrections of changes dated into billed
    periods) and at every boundary a change from the earliest new one's date on can move (the first on or
    after its date, and the next: a one-off extra dated on a boundary is billed at the next). A refusal the
    stored history gives already is not the changes' doing: a company a run cannot bill any more (a database
    from before this rule) still takes changes, and the undo of the change in the way."""
    new = added_events(session, checked)
    for code in sorted(new):
        problem = _unbillable(session, code, new[code])
        if problem is not None:
            # At the change dated as the refusal says (the late change, the extra), else the company's first.
            rows = sorted((r for r in checked.rows if r["company"] == code), key=lambda r: r["pos"])
            pos = next((r["pos"] for r in rows if str(r["date"]) == str(problem.params.get("date"))), rows[0]["pos"])
            where = "date" if prefix is None else f"{prefix}[{pos}].date"
            raise ProrataError(Problem(problem.id, problem.params, where))


def check_recorded_billable(session: Session, code: str, ids: list[int], *, where: str = "date") -> None:
    """Refuse the events ``ids`` of company ``code``, written in the session's transaction and not committed yet
    (a move, the move back that undoes one: ``app.services.moves``), as ``check_billable`` refuses changes: when a
    billing run could never bill the company with them (``UNBILLABLE``) and could without, in the run's own words
    at ``where``. The caller's unit of work, rolled back by the refusal, writes nothing.

    They are read back as stored, with the company's row as they leave it (the seller at signup of a company that
    moved), since a move changes what the row says."""
    problem = _unbillable(session, code, [], recorded=frozenset(ids))
    if problem is not None:
        raise ProrataError(Problem(problem.id, problem.params, where))


# A price the run needs and does not find (``pricebook.missing_price``: the company's own price or its seller's
# retail price; for a reseller's company also the reseller's cost, its wholesale override or the hoster's
# wholesale price) fails the run for the company until a clerk sets it: refused when recorded, as a move is.
MESSAGES.setdefault("change_no_retail_price",
                    "{company} would be billed plan {plan} in {currency} on {date}, and {seller} has no retail price "
                    "for it in {currency} on that day (nor {company} an own price): set the price first")
MESSAGES.setdefault("change_no_hoster_retail_price",
                    "{company} would be billed plan {plan} in {currency} on {date}, and the hoster has no retail "
                    "price for it in {currency} on that day (nor {company} an own price): set the price first")
MESSAGES.setdefault("change_no_wholesale_price",
                    "{company} would be billed plan {plan} in {currency} on {date}, and the hoster has no wholesale "
                    "price for it in {currency} on that day (nor {seller} a wholesale price of its own), which "
                    "{seller} pays: set the price first")


class _PricedAtZero(PriceBook):
    """A price book in which a missing price is 0, noted in ``missed`` (layer, plan id, currency, seller id,
    day): the run goes on, so a missing price does not hide another refusal, and ``_unbillable`` refuses the
    prices the changes newly miss."""

    missed: list

    def company_price(self, plan_id, currency, day, **kwargs) -> Decimal:
        return self._or_zero(super().company_price, ("retail", plan_id, currency, kwargs.get("seller_id"), day),
                             plan_id, currency, day, **kwargs)

    def reseller_cost(self, plan_id, currency, day, **kwargs) -> Decimal:
        return self._or_zero(super().reseller_cost, ("wholesale", plan_id, currency, kwargs.get("reseller_id"), day),
                             plan_id, currency, day, **kwargs)

    def _or_zero(self, lookup, what: tuple, *args, **kwargs) -> Decimal:
        try:
            return lookup(*args, **kwargs)
        except ProrataError as exc:
            if any(p.id != "missing_price" for p in exc.problems):
                raise
            self.missed.append(what)
            return Decimal(0)


def _lenient(book: PriceBook) -> PriceBook:
    out = copy.copy(book)
    out.__class__ = _PricedAtZero
    out.missed = []
    return out


def _missing_price(ctx, code: str, missed: tuple) -> Problem:
    """The refusal of a price the run would miss, in words naming the plan, the currency and the layer."""
    layer, plan_id, currency, rid, day = missed
    params = {"company": code, "plan": ctx.book.plan_codes.get(plan_id, plan_id), "currency": currency,
              "date": day.isoformat()}
    if layer == "wholesale":
        return Problem("change_no_wholesale_price", {**params, "seller": ctx.resellers[rid].code})
    if rid is None:
        return Problem("change_no_hoster_retail_price", params)
    return Problem("change_no_retail_price", {**params, "seller": ctx.resellers[rid].code})


def _unbillable(session: Session, code: str, added: list[Event], *,
                recorded: frozenset[int] = frozenset(), prices: bool = True) -> Problem | None:
    """The refusal ``added`` (or the stored events ``recorded``: ``check_recorded_billable``) bring, or None.

    With ``prices`` (changes to a company on file) a price the run would newly miss is refused too
    (``_missing_price``); a bundle's new company is a whole history, perhaps an export of a database with a hole
    in its prices, and is read back as it was (``app.bundle.importer``)."""
    company = load_companies(session, code)[0]
    ctx = load_company_context(session, company)
    ctx.book = _lenient(ctx.book)
    key = company_key(company.id)
    last, seen = ctx.last_billed.get(key), ctx.seen_through.get(key)
    schedule = company.schedule
    first = schedule.next_boundary(last) if last else schedule.first
    stored = load_events(session, [company.id], date(9999, 12, 31))[company.id]
    if recorded:
        added = added + [e for e in stored if e.seq in recorded]
        stored = [e for e in stored if e.seq not in recorded]
    if not added:
        return None
    with_new = sorted(stored + added, key=lambda e: (e.date, e.seq))
    start = min(e.date for e in added)
    days = {first}
    for e in with_new:
        if e.date >= start:
            b = schedule.boundary_on_or_after(e.date)
            days |= {b, schedule.next_boundary(b)}

    def refusal(events: list[Event], p: date) -> tuple[Problem | None, list[tuple]]:
        """The run's refusal at ``p`` (``UNBILLABLE``) and the prices it missed."""
        corrects = p == first  # a run corrects late changes on the company's first bill; its next saw them
        ctx.book.missed = []
        try:
            bill_sellers(ctx, company, [e for e in events if e.date <= p], p, [],
                         seen_through=seen if corrects else None, last_billed=last if corrects else None)
        except ProrataError as exc:
            return next((x for x in exc.problems if x.id in UNBILLABLE), None), ctx.book.missed
        return None, ctx.book.missed

    unpriced = None  # the first price the changes leave missing; a refusal of ``UNBILLABLE`` is said first
    for p in sorted(d for d in days if d >= first):
        now, missed = refusal(with_new, p)
        if now is None and not missed:
            continue
        was, was_missed = refusal(stored, p)
        if now is not None and (was is None or (was.id, was.params) != (now.id, now.params)):
            return now
        # A price the stored history misses already (for that plan, currency and seller) is not the changes' doing.
        known = {m[:4] for m in was_missed}
        new_miss = sorted((m for m in missed if m[:4] not in known), key=lambda m: m[4])
        if prices and new_miss and unpriced is None:
            unpriced = new_miss[0]
    return None if unpriced is None else _missing_price(ctx, code, unpriced)


def preview(session: Session, events: list[dict], *, prefix: str | None = "$") -> Preview:
    """What ``events`` (the bundle's event format, as ``record_changes`` takes them) would add to each of
    their companies' next invoice. Raises the same ``ProrataError`` as ``record_changes`` for changes it would
    refuse, and the engine's (a missing price...) for a bill it could not work out.

    A company has one entry per invoice the run makes for it at that boundary (``bill_sellers``) that the
    changes move: its seller's invoice first, always, then, where they move them, the invoice of the days
    billed in a currency the company left (``company_bill._past``) and that of a seller it left."""
    checked = check_changes(session, events, prefix=prefix)  # ``check_billable`` too
    known = checked.known
    new = added_events(session, checked)
    out = []
    for code in sorted(new):
        emails = {uid: mail for (c, mail), uid in known.users.items() if c == code}
        out += _company_previews(session, code, new[code], emails)
    return Preview(out)


def _company_previews(session: Session, code: str, added: list[Event],
                      emails: dict[int, str]) -> list[CompanyPreview]:
    company = load_companies(session, code)[0]
    ctx = load_company_context(session, company)
    key = company_key(company.id)
    last = ctx.last_billed.get(key)
    schedule = company.schedule
    boundary = schedule.next_boundary(last) if last else schedule.first
    boundary = max(boundary, schedule.boundary_on_or_after(max(e.date for e in added)))
    stored = load_events(session, [company.id], boundary)[company.id]
    with_new = sorted(stored + [e for e in added if e.date <= boundary], key=lambda e: (e.date, e.seq))
    carried = waiting_invoices(session, [company.id])[company.id]
    carried_rows = {id(r) for w in carried for r in w.lines}
    # The tax rates of the invoices whose days a line gives back, as the run reads them.
    rates = billed_rates(session, ctx, [(boundary, company)], {company.id: with_new}).get(company.id)

    def bills(events: list[Event]) -> dict[tuple, CompanyBill]:
        out: dict[tuple, CompanyBill] = {}
        for b in bill_sellers(ctx, company, events, boundary, carried, seen_through=ctx.seen_through.get(key),
                              last_billed=last, rates=rates):
            out.setdefault((b.issuer.key, b.currency), b)
        return out

    before, after = bills(stored), bills(with_new)
    shares = _shares(ctx, company, boundary, last, (stored, with_new), added)
    main = next(iter(after))
    out = []
    for k in [main] + [k for k in after if k != main] + [k for k in before if k not in after]:
        then, now = before.get(k), after.get(k)
        lines = _lines(ctx, then, now, carried_rows, shares, emails)
        known = [(p.id, p.params) for p in then.notes] if then else []
        notes = [p for p in now.notes if (p.id, p.params) not in known] if now else []
        if k != main and not lines and not notes:
            continue
        zero = Decimal(0)
        out.append(CompanyPreview(code, boundary, k[1], lines,
                                  then.draft.subtotal if then else zero, now.draft.subtotal if now else zero,
                                  then.draft.total if then else zero, now.draft.total if now else zero, notes))
    return out


def _lines(ctx, before: CompanyBill | None, after: CompanyBill | None, carried_rows: set[int], shares: dict,
           emails: dict[int, str]) -> list[PreviewLine]:
    """The lines ``after`` gains over ``before`` (either None: no such invoice), deferred invoices' left out."""

    def own(b: CompanyBill | None) -> list[LineRow]:
        return [r for r in b.lines if id(r) not in carried_rows] if b is not None else []

    lines = []
    for r, q, a in corrections.difference(own(after), own(before), lambda r, q, a: (r, q, a)):
        share = shares.get((r.start, r.end, r.plan_id, r.extra_code, r.user_id, r.unit_price), (None, None))
        lines.append(PreviewLine(r.kind, r.start, r.end, q, r.unit_price, a, ctx.plan_codes.get(r.plan_id),
                                 r.extra_code, emails.get(r.user_id), r.description if r.plan_id is None else None,
                                 *share))
    order = {"recurring": 0, "proration": 1, "extra": 2, "correction": 3}
    lines.sort(key=lambda ln: (order.get(ln.kind, 4), ln.start or date.min, ln.end or date.min, ln.plan or "",
                               ln.extra or ""))
    return lines


def _shares(ctx, company, boundary: date, last: date | None, histories, added: list[Event]) -> dict:
    """(start, end, plan, extra, user, unit price) -> (days, period days), from the engine's exact lines at the
    boundary previewed and at every billed boundary a late change corrects (each invoice of a boundary billed
    in two currencies: ``lines.ADVANCE`` and ``lines.PAST``)."""
    days = [boundary]
    late = [e.date for e in added if last is not None and e.date <= last]
    if late:
        days += corrections.corrected_boundaries(company, min(late), last)
    out: dict = {}
    for events in histories:
        for p in days:
            currency = currency_on(events, p, company.currency)
            before = _currency_before(company, events, p, currency)
            if before is None:
                exact = _lines_at(ctx, company, events, p, currency)[0]
            else:
                exact = (_lines_at(ctx, company, events, p, currency, None, ADVANCE, before)[0]
                         + _lines_at(ctx, company, events, p, before, None, PAST, currency)[0])
            for ln in exact:
                out.setdefault((ln.start, ln.end, ln.plan, ln.extra_code, ln.user, ln.unit_price),
                               (ln.days, ln.period_days))
    return out
