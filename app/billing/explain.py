"""Why an invoice line has its amount: the prices consulted, the share of the period, the exact value
before rounding, and what caused a correction, recomputed from what is stored.

``explain_invoice`` reads an invoice and, for each line, rebuilds the computation of app/billing/lines.py
from the line itself (kind, quantity, unit price, start, end) and the company's billing period containing
it (app/billing/periods.py ``Schedule``): a line for ``[P, P_next)`` in advance is one whole period at
the price in force on ``P``; a proration ``[d, P)`` is ``days(d, P) / days(P_prev, P)`` of the period
``[P_prev, P)`` at the price in force on ``P_prev``. Prices are monthly: a term of m months bills m x
the monthly price, and the first period after a billing-day change is its share of a term. Prices
come from today's price book, layer by layer (app/billing/pricebook.py); when today's prices no longer
give the billed amount, the explanation says so (``price_changed``) rather than explain a number the
invoice does not show.

The core builds no sentences: each line carries ``words``, a list of ``Phrase`` (an id and typed
parameters) that the CLI and the window turn into text in their own language.

Read-only; works inside the caller's unit of work, on whatever thread runs it. Many invoices at once (the
PDFs of a run, app/services/document_store.py): one ``Explainer`` reads what they share once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing.context import CompanyRow, load_schedule_changes, seller_id
from app.billing.periods import Schedule, Span
from app.billing.pricebook import PriceBook
from app.models import (Accrual, AuditEntry, BilledPeriod, Company, CompanyEvent, Invoice, InvoiceKind,
                        InvoiceLine, Layer, Plan, Reseller, User, localized)
from app.money import minor_digits, round_ratio, to_text

HOSTER = "hoster"
# Decimals shown of an exact value beyond the currency's own: enough to see which way it rounds.
EXTRA_DIGITS = 4
# Phrase parameters that are a period's end, exclusive (the next boundary) as everywhere in the data; a reader's
# sentence shows the last day covered, as the invoice does.
EXCLUSIVE_ENDS = frozenset({"end", "period_end"})


@dataclass(frozen=True)
class Phrase:
    """One statement about a line, as data: ``id`` names the sentence, ``params`` fill it.

    Parameters are typed (``Decimal`` amounts in the invoice's currency, ``date``, ``int``, ``str``,
    ``Exact``); the CLI and the UI own the sentences."""

    id: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Exact:
    """An exact rational amount and its decimal expansion to ``digits`` places (cut, not rounded)."""

    value: Fraction
    digits: int

    @property
    def decimal(self) -> Decimal:
        """The expansion cut after ``digits`` decimals (toward zero)."""
        scale = 10 ** self.digits
        n = abs(self.value.numerator) * scale // self.value.denominator
        return Decimal(-n if self.value < 0 else n).scaleb(-self.digits)

    @property
    def terminates(self) -> bool:
        """True when ``decimal`` is the whole value (nothing was cut)."""
        return Fraction(self.decimal) == self.value

    def text(self, min_digits: int = 0) -> str:
        """Machine form: ``5.806451…`` (the ellipsis when digits were cut); when exact, every digit and at
        least ``min_digits`` decimals (``50.00``, ``6.5`` with none asked)."""
        if self.terminates:
            d = self.decimal.normalize()
            digits = max(min_digits, -d.as_tuple().exponent, 0)
            return format(d.quantize(Decimal(1).scaleb(-digits)), "f")
        return format(self.decimal, "f") + "…"


@dataclass(frozen=True)
class PriceLayer:
    """One price layer consulted for a line, in the order they are consulted."""

    layer: str  # company_override | retail | wholesale_override | wholesale
    owner: str  # the code of the company, seller or reseller the layer belongs to ("hoster")
    amount: Decimal | None  # the price in force on the price day; None: the layer has none
    valid_from: date | None  # when that price began (None: always, or no price; with no amount: the day the
    # company's own price ended, app/models/prices.py)
    applied: bool  # the first layer with a price: the one billed


@dataclass(frozen=True)
class EventRef:
    """A company event named in an explanation (a correction's cause, an extra)."""

    id: int
    date: date
    type: str
    plan: str | None = None
    to_plan: str | None = None
    quantity: int | None = None
    user: str | None = None
    code: str | None = None
    amount: Decimal | None = None
    recorded_at: datetime | None = None
    recorded_by: str | None = None


@dataclass
class LineExplanation:
    """How one line's amount came about. Fields are None where they do not apply to its kind."""

    position: int  # 1-based, as the invoice shows it
    kind: str
    description: str
    quantity: Decimal
    unit_price: Decimal  # as billed
    amount: Decimal  # as billed
    start: date | None
    end: date | None
    plan: str | None = None
    extra_code: str | None = None
    company: str | None = None
    # The billing period whose share the line bills, and the share.
    period: Span | None = None
    months: int = 1  # the term's months: the unit price is ``months`` x the monthly price of the layers
    days: int | None = None
    period_days: int | None = None
    price_day: date | None = None
    layers: list[PriceLayer] = field(default_factory=list)
    # A company's line sold by a reseller: the reseller's cost from the wholesale layers.
    cost_layers: list[PriceLayer] = field(default_factory=list)
    cost_amount: Decimal | None = None
    margin: Decimal | None = None
    exact: Exact | None = None  # quantity x unit price x days / period days, as billed
    rounded: Decimal | None = None  # ``exact`` rounded half-up to the minor unit
    rounding_difference: Exact | None = None  # amount - exact
    today_unit_price: Decimal | None = None  # what today's layers give
    today_amount: Decimal | None = None
    price_changed: bool = False  # today's prices give another unit price or amount than billed
    corrected_period: Span | None = None  # a correction: the period it corrects
    corrected_invoice: str | None = None  # ... and the invoice that billed it
    causes: list[EventRef] = field(default_factory=list)  # a correction: the late changes behind it
    event: EventRef | None = None  # an extra: its event
    minimum: Decimal | None = None  # a minimum line: the minimum charge
    topped_subtotal: Decimal | None = None  # ... and the subtotal of the other lines it topped up
    typed_by: str | None = None  # a manual line: who typed it (audit log)
    typed_at: datetime | None = None
    words: list[Phrase] = field(default_factory=list)


@dataclass
class InvoiceExplanation:
    invoice_id: int
    label: str  # the number, or "draft #id"
    kind: str
    status: str
    currency: str
    digits: int  # the currency's minor-unit decimals
    customer: str
    issuer: str
    lines: list[LineExplanation] = field(default_factory=list)

    def as_json(self) -> dict:
        """The machine form: amounts with the currency's digits, exact values as ``n/d`` and expansions."""
        return {
            "invoice": self.label, "id": self.invoice_id, "kind": self.kind, "status": self.status,
            "currency": self.currency, "customer": self.customer, "issuer": self.issuer,
            "lines": [_line_json(ln, self.currency) for ln in self.lines],
        }


# --- the JSON form -----------------------------------------------------------------------------------

def _json_value(value: Any, currency: str) -> Any:
    if isinstance(value, Decimal):
        return to_text(value, currency)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Exact):
        return {"fraction": f"{value.value.numerator}/{value.value.denominator}", "decimal": value.text()}
    if isinstance(value, Span):
        return {"start": value.start.isoformat(), "end": value.end.isoformat(), "days": value.days,
                "months": value.months, "term_days": value.term_days}
    if isinstance(value, (PriceLayer, EventRef)):
        return {k: _json_value(v, currency) for k, v in value.__dict__.items()}
    if isinstance(value, Phrase):
        return {"id": value.id, "params": {k: _param_json(k, v, currency) for k, v in value.params.items()}}
    if isinstance(value, list):
        return [_json_value(v, currency) for v in value]
    return value


def _param_json(key: str, value: Any, currency: str) -> Any:
    if key == "quantity" and isinstance(value, Decimal):
        return _qty_text(value)
    if key.endswith("price") and isinstance(value, Decimal):
        return _price_text(value, currency)
    return _json_value(value, currency)


def _line_json(ln: LineExplanation, currency: str) -> dict:
    out = {k: _json_value(v, currency) for k, v in ln.__dict__.items()}
    out["quantity"] = _qty_text(ln.quantity)
    out["unit_price"] = _price_text(ln.unit_price, currency)
    for key in ("today_unit_price",):
        if ln.__dict__[key] is not None:
            out[key] = _price_text(ln.__dict__[key], currency)
    return out


def _qty_text(q: Decimal) -> str:
    q = q.normalize()
    return str(q.quantize(Decimal(1))) if q == q.to_integral_value() else format(q, "f")


def _price_text(p: Decimal, currency: str) -> str:
    """A unit price with at least the currency's digits (a price may carry more)."""
    q = p.quantize(Decimal(1).scaleb(-minor_digits(currency)))
    return to_text(p, currency) if q == p else format(p.normalize(), "f")


# --- reading -------------------------------------------------------------------------------------------

# Ids per IN (...): under every backend's bound-parameter limit.
_PART = 900


def _parts(ids: list[int]) -> list[list[int]]:
    return [ids[i:i + _PART] for i in range(0, len(ids), _PART)]


class Explainer:
    """Explains many invoices in one unit of work, reading what they share once: the price book of each
    currency, the companies of their lines with their billing schedules, the companies' events, resellers and
    users. ``prefetch`` reads the lines and companies of a whole batch in a few queries (a wholesale invoice of
    1,500 companies included); ``explain`` gives exactly what ``explain_invoice`` gives.

    For one unit of work that only reads: what it read is not read again, so data changed meanwhile in the
    same session is not seen. Works on whatever thread runs the session; not shared between threads."""

    def __init__(self, session: Session):
        self.s = session
        self._books: dict[str, PriceBook] = {}
        self._lines: dict[int, list[InvoiceLine]] = {}
        self._companies: dict[int, Company | None] = {}
        self._schedules: dict[int, Schedule] = {}
        self._moved: set[int] = set()  # companies that ever moved to another seller
        self._resellers: dict[int, Reseller] = {}
        self._events: dict[int, list[CompanyEvent]] = {}
        self._users: dict[int, str | None] = {}
        self._plans: dict[int, Plan] | None = None

    # -- what a batch shares

    def prefetch(self, invoices: list[Invoice]) -> None:
        """Read the lines of ``invoices``, the companies they name with their schedules, and the events of those
        whose lines are extras or corrections, in a few queries."""
        ids = list(dict.fromkeys(inv.id for inv in invoices if inv.id not in self._lines))
        if not ids:
            return
        found: dict[int, list[InvoiceLine]] = {i: [] for i in ids}
        for part in _parts(ids):
            for ln in self.s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id.in_(part))
                                     .order_by(InvoiceLine.invoice_id, InvoiceLine.position, InvoiceLine.id)):
                found[ln.invoice_id].append(ln)
        self._lines.update(found)
        cids: set[int] = {inv.company_id for inv in invoices if inv.company_id is not None}
        with_events: set[int] = set()
        for inv in invoices:
            for ln in found.get(inv.id, ()):
                cid = ln.company_id if ln.company_id is not None else inv.company_id
                if cid is None:
                    continue
                cids.add(cid)
                if ln.extra_code is not None or ln.kind == "correction":
                    with_events.add(cid)
        self._load_companies(sorted(cids))
        self._load_events(sorted(with_events))

    def lines(self, inv: Invoice) -> list[InvoiceLine]:
        """``inv``'s lines in the invoice's order."""
        self.prefetch([inv])
        return self._lines[inv.id]

    def plans(self) -> dict[int, Plan]:
        """Every plan by id (a catalogue of a few dozen), read once."""
        if self._plans is None:
            self._plans = {p.id: p for p in self.s.scalars(select(Plan))}
        return self._plans

    def book(self, currency: str) -> PriceBook:
        """Today's prices in ``currency``."""
        if currency not in self._books:
            self._books[currency] = PriceBook.load(self.s, [currency])
        return self._books[currency]

    def _load_companies(self, cids: list[int]) -> None:
        wanted = [c for c in cids if c not in self._companies]
        for part in _parts(wanted):
            for c in self.s.scalars(select(Company).where(Company.id.in_(part))):
                self._companies[c.id] = c
        for c in wanted:
            self._companies.setdefault(c, None)
        self._load_schedules([c for c in wanted if self._companies[c] is not None])

    def _load_schedules(self, cids: list[int]) -> None:
        """Each company's billing schedule as a billing run works it out (app/billing/context.py
        ``load_companies``: its term and billing day at signup, and their changes)."""
        for part in _parts([c for c in cids if c not in self._schedules]):
            moves: dict[int, list] = {}
            changes = load_schedule_changes(self.s, part, moves=moves)
            self._moved.update(moves)
            for cid in part:
                c = self._companies[cid]
                self._schedules[cid] = CompanyRow(
                    c.id, c.code, c.name, c.reseller_id, c.currency, c.language, c.billing_day, c.signup,
                    c.tax_treatment, c.tax_rate, c.term, tuple(changes.get(cid, ()))).schedule

    def _load_events(self, cids: list[int]) -> None:
        wanted = [c for c in cids if c not in self._events]
        for part in _parts(wanted):
            found: dict[int, list[CompanyEvent]] = {c: [] for c in part}
            for e in self.s.scalars(select(CompanyEvent).where(CompanyEvent.company_id.in_(part))
                                    .order_by(CompanyEvent.company_id, CompanyEvent.date, CompanyEvent.id)):
                found[e.company_id].append(e)
            self._events.update(found)

    def company(self, cid: int | None) -> Company | None:
        if cid is None:
            return None
        if cid not in self._companies:
            self._load_companies([cid])
        return self._companies[cid]

    def reseller(self, rid: int | None) -> Reseller | None:
        if rid is None:
            return None
        if rid not in self._resellers:
            self._resellers[rid] = self.s.get(Reseller, rid)
        return self._resellers[rid]

    def events(self, cid: int) -> list[CompanyEvent]:
        if cid not in self._events:
            self._load_events([cid])
        return self._events[cid]

    def user(self, uid: int | None) -> str | None:
        if uid is None:
            return None
        if uid not in self._users:
            self._users[uid] = self.s.scalar(select(User.email).where(User.id == uid))
        return self._users[uid]

    def span_of(self, company: Company, day: date) -> Span:
        """The company's billing period that contains ``day``, on its schedule (term and billing day, with
        their changes) as a billing run works it out."""
        self._schedule_loaded(company)
        return self._schedules[company.id].span_of(day)

    def moved(self, company: Company) -> bool:
        """Whether the company ever moved to another seller (it then pays only the own prices its seller of
        the day set: ``PriceBook.own_key``)."""
        self._schedule_loaded(company)
        return company.id in self._moved

    def _schedule_loaded(self, company: Company) -> None:
        """The company's schedule and moves read, once."""
        if company.id not in self._schedules:
            self._companies.setdefault(company.id, company)
            self._load_schedules([company.id])

    # -- explaining

    def explain(self, inv: Invoice) -> InvoiceExplanation:
        """The explanation of every line of ``inv``, in the invoice's order (as ``explain_invoice``)."""
        from app.services.invoices import label  # the invoice service imports billing modules: import it late

        r = _Reader(self, inv)
        lines = self.lines(inv)
        if inv.company_id is not None:
            customer = self.company(inv.company_id).code
        else:
            customer = self.reseller(inv.customer_reseller_id).code
        out = InvoiceExplanation(inv.id, label(inv), inv.kind, inv.status, inv.currency,
                                 minor_digits(inv.currency), customer, r.seller_code(inv.issuer_reseller_id))
        for pos, ln in enumerate(lines, start=1):
            out.lines.append(_explain_line(r, ln, pos, lines))
        return out


class _Reader:
    """What the explanation of one invoice reads: its own audit entries, the rest through the batch's
    ``Explainer``."""

    def __init__(self, shared: Explainer, inv: Invoice):
        self.x = shared
        self.s = shared.s
        self.inv = inv
        self.book = shared.book(inv.currency)
        self.plan_codes = self.book.plan_codes
        self._audit: list[AuditEntry] | None = None

    def company(self, cid: int | None) -> Company | None:
        return self.x.company(cid)

    def reseller(self, rid: int | None) -> Reseller | None:
        return self.x.reseller(rid)

    def seller_code(self, rid: int | None) -> str:
        return HOSTER if rid is None else self.reseller(rid).code

    def events(self, cid: int) -> list[CompanyEvent]:
        return self.x.events(cid)

    def user(self, uid: int | None) -> str | None:
        return self.x.user(uid)

    def event_ref(self, e: CompanyEvent) -> EventRef:
        code = e.code
        if e.type == "move" and code:  # the key of the seller it went to: named by its code, as a person does
            rid = seller_id(code)
            went = None if rid is None else self.reseller(rid)  # another reseller's row may be out of sight
            code = HOSTER if rid is None else went.code if went is not None else code
        return EventRef(e.id, e.date, e.type, self.plan_codes.get(e.plan_id), self.plan_codes.get(e.to_plan_id),
                        e.quantity, self.user(e.user_id), code, e.amount, e.recorded_at, e.recorded_by)

    def audit(self) -> list[AuditEntry]:
        if self._audit is None:
            self._audit = list(self.s.scalars(select(AuditEntry).where(
                AuditEntry.entity == "invoice", AuditEntry.entity_id == str(self.inv.id)).order_by(AuditEntry.id)))
        return self._audit

    def span_of(self, company: Company, day: date) -> Span:
        return self.x.span_of(company, day)


def _layers(book: PriceBook, keys: list[tuple[str, str, int | None]], plan_id: int, currency: str,
            day: date) -> list[PriceLayer]:
    """``keys``: (layer, owner code, owner id) in the order the price book consults them."""
    out: list[PriceLayer] = []
    applied = False
    for layer, owner, owner_id in keys:
        key = (layer, plan_id, currency, owner_id)
        amount = book.in_force(key, day)
        valid_from = book.since(key, day) if amount is not None else book.ended(key, day)
        out.append(PriceLayer(layer, owner, amount, valid_from, amount is not None and not applied))
        applied = applied or amount is not None
    return out


def _company_layers(r: _Reader, company: Company, seller: int | None, plan_id: int, day: date
                    ) -> list[PriceLayer]:
    """``seller``: the seller whose retail price the line is billed at (the line's own reseller: a company
    that moved has had several). Its own price is read as billing reads it (``PriceBook.own_key``): for a
    company that moved, only one that seller set."""
    own = PriceBook.own_key(plan_id, r.inv.currency, company_id=company.id, seller_id=seller,
                            by_seller=r.x.moved(company))[3]
    return _layers(r.book, [(Layer.COMPANY_OVERRIDE.value, company.code, own),
                            (Layer.RETAIL.value, r.seller_code(seller), seller)],
                   plan_id, r.inv.currency, day)


def _cost_layers(r: _Reader, reseller: Reseller, plan_id: int, day: date) -> list[PriceLayer]:
    return _layers(r.book, [(Layer.WHOLESALE_OVERRIDE.value, reseller.code, reseller.id),
                            (Layer.WHOLESALE.value, HOSTER, None)], plan_id, r.inv.currency, day)


def _applied(layers: list[PriceLayer]) -> Decimal | None:
    return next((x.amount for x in layers if x.applied), None)


def _times(monthly: Decimal | None, months: int) -> Decimal | None:
    """A term's price from the monthly one, as app/billing/lines.py makes it."""
    return None if monthly is None else monthly * months


def _rounded(quantity: Decimal, unit: Decimal, days: int, period_days: int, currency: str) -> Decimal:
    """``quantity x unit x days / period_days`` rounded once, as app/billing/lines.py rounds a line."""
    exact = Fraction(quantity) * Fraction(unit) * Fraction(days, period_days)
    return round_ratio(exact.numerator, exact.denominator, currency)


def explain_invoice(session: Session, invoice_id: int) -> InvoiceExplanation:
    """The explanation of every line of the invoice ``invoice_id``, in the invoice's order.

    Raises ``ProrataError('not_found')`` for an unknown invoice. Reads only; works inside the caller's
    unit of work and never touches widgets. Many invoices: one ``Explainer`` for all of them."""
    from app.services import invoices  # the invoice service imports billing modules: import it late

    return Explainer(session).explain(invoices.find(session, invoice_id))


def _explain_line(r: _Reader, ln: InvoiceLine, position: int, siblings: list[InvoiceLine]) -> LineExplanation:
    inv = r.inv
    company = r.company(ln.company_id if ln.company_id is not None else inv.company_id)
    description = localized(ln.description, inv.language) if ln.description else ""
    ex = LineExplanation(position, ln.kind, description, Decimal(ln.quantity), ln.unit_price, ln.amount,
                         ln.start, ln.end, r.plan_codes.get(ln.plan_id), ln.extra_code,
                         company.code if company is not None else None)
    if ln.kind == "manual":
        _manual(r, ln, ex)
    elif ln.kind == "minimum" and _corrects_a_top_up(r, ln, company):
        # A past period's top-up recomputed after a late change (app/billing/company_bill.py): a correction.
        _whole(r, ex, _correction(r, ln, ex, company))
    elif ln.kind == "minimum":
        _minimum(r, ln, ex, siblings)
    elif company is not None and ln.start is not None and ln.end is not None:
        _computed(r, ln, ex, company)
    else:
        _whole(r, ex, [])
    return ex


def _finish(r: _Reader, ex: LineExplanation, days: int, period_days: int) -> None:
    """The exact value as billed (quantity x billed unit price x share), its rounding, and the formula."""
    cur = r.inv.currency
    digits = minor_digits(cur)
    exact = Fraction(ex.quantity) * Fraction(ex.unit_price) * Fraction(days, period_days)
    ex.days, ex.period_days = days, period_days
    ex.exact = Exact(exact, digits + EXTRA_DIGITS)
    ex.rounded = round_ratio(exact.numerator, exact.denominator, cur)
    ex.rounding_difference = Exact(Fraction(ex.amount) - exact, digits + EXTRA_DIGITS)
    ex.words.append(Phrase("formula" if period_days != 1 else "formula_whole", {
        "quantity": ex.quantity, "unit_price": ex.unit_price, "days": days, "period_days": period_days,
        "exact": ex.exact, "rounded": ex.rounded, "digits": digits}))
    if ex.rounding_difference.value:
        ex.words.append(Phrase("rounding", {"exact": ex.exact, "amount": ex.amount,
                                            "difference": ex.rounding_difference, "digits": digits}))


def _whole(r: _Reader, ex: LineExplanation, before: list[Phrase]) -> None:
    """A line that is simply quantity x unit price."""
    ex.words += before
    _finish(r, ex, 1, 1)


def _manual(r: _Reader, ln: InvoiceLine, ex: LineExplanation) -> None:
    entry = _typed_in(r, ln)
    if entry is not None:
        ex.typed_by, ex.typed_at = entry.actor, entry.at
    _whole(r, ex, [Phrase("manual", {"actor": ex.typed_by, "at": ex.typed_at}) if entry is not None
                   else Phrase("manual_unrecorded")])


def _same_line(row: dict, ln: InvoiceLine) -> bool:
    try:
        return (row.get("kind") == ln.kind and Decimal(row["quantity"]) == ln.quantity
                and Decimal(row["unit_price"]) == ln.unit_price and Decimal(row["amount"]) == ln.amount)
    except (KeyError, TypeError, ArithmeticError):
        return False


def _typed_in(r: _Reader, ln: InvoiceLine) -> AuditEntry | None:
    """The newest audit entry of the invoice whose ``after`` has this line and whose ``before`` has not:
    the edit (or creation) that typed it. Else the newest creation or edit, else None."""
    found = fallback = None
    for entry in r.audit():
        if entry.action not in ("create", "edit"):
            continue
        fallback = entry
        after = (entry.after or {}).get("lines", [])
        before = (entry.before or {}).get("lines", [])
        if any(_same_line(row, ln) for row in after) and not any(_same_line(row, ln) for row in before):
            found = entry
    return found or fallback


def _corrects_a_top_up(r: _Reader, ln: InvoiceLine, company: Company | None) -> bool:
    """A company's ``minimum`` line for a period before the invoice's own: the correction of that period's
    top-up (a statement's minimum lines are margins, whatever their period)."""
    return (company is not None and r.inv.kind != InvoiceKind.STATEMENT.value and ln.start is not None
            and ln.end is not None and r.inv.period_start is not None and ln.start < r.inv.period_start)


def _minimum(r: _Reader, ln: InvoiceLine, ex: LineExplanation, siblings: list[InvoiceLine]) -> None:
    if r.inv.kind == InvoiceKind.STATEMENT.value:
        # A company's top-up on the hoster's statement: it costs nothing, all of it is the reseller's margin.
        ex.margin = ex.amount
        _whole(r, ex, [])
        return
    sign = -1 if ln.amount < 0 else 1  # a credit note's lines are the invoice's, negated
    # The minimum applies to what the invoice charges for its own period; its credits are given in full beside
    # it, and the corrections of earlier periods are weighed with those periods (assembly, company_bill).
    charges = sum((sign * s.amount for s in siblings
                   if s.id != ln.id and s.kind not in ("minimum", "correction") and sign * s.amount > 0), Decimal(0))
    ex.topped_subtotal = charges
    ex.minimum = charges + sign * ln.amount
    _whole(r, ex, [Phrase("minimum", {"minimum": ex.minimum, "subtotal": ex.topped_subtotal,
                                      "top_up": sign * ln.amount})])


def _one_off_extra(r: _Reader, company: Company, ln: InvoiceLine) -> CompanyEvent | None:
    if ln.extra_code is None or ln.end != ln.start + timedelta(days=1):
        return None
    return next((e for e in r.events(company.id) if e.type == "extra" and not e.recurring
                 and e.code == ln.extra_code and e.date == ln.start), None)


def _computed(r: _Reader, ln: InvoiceLine, ex: LineExplanation, company: Company) -> None:
    """A line a billing run computed (or its copy on a credit note, a deferral carried, a settlement)."""
    before: list[Phrase] = []
    correction = ln.kind == "correction"
    extra_event = _one_off_extra(r, company, ln)
    if correction:
        before += _correction(r, ln, ex, company)
    if extra_event is not None:
        ex.event = r.event_ref(extra_event)
        before.append(Phrase("extra", {"event": ex.event}))
        _whole(r, ex, before)
        _check_today(r, ex, extra_event.amount, 1, 1, correction)
        return
    period = r.span_of(company, ln.start)
    if period.start == ln.start and period.end == ln.end:
        # In advance: a whole term, or (after a billing-day change) its share of one.
        days, period_days = (1, 1) if period.whole else (period.days, period.term_days)
        if not correction:
            before.append(Phrase("in_advance", {"start": ln.start, "end": ln.end}))
    elif period.end == ln.end:
        days, period_days = (ln.end - ln.start).days, period.term_days
        if not correction:
            before.append(Phrase("prorated", {"day": ln.start, "end": ln.end, "days": days,
                                              "period_start": period.start, "period_end": period.end,
                                              "period_days": period_days}))
    else:
        # Not a share of one billing period as the company's billing days now fall: say what is known.
        before.append(Phrase("period_unknown", {"start": ln.start, "end": ln.end}))
        _whole(r, ex, before)
        return
    ex.period, ex.price_day, ex.months = period, period.start, period.months
    if ln.plan_id is None:
        # A recurring extra (in advance or prorated): its amount is its own, from its event.
        ev = _recurring_extra(r, company, ln)
        if ev is not None:
            ex.event = r.event_ref(ev)
            before.append(Phrase("recurring_extra", {"event": ex.event}))
        ex.words += before
        _finish(r, ex, days, period_days)
        amount = _extra_amount(r, company, ev) if ev is not None else None
        if amount is not None:
            _check_today(r, ex, amount * ex.months, days, period_days, correction)
        return
    today = _prices(r, ln, ex, company, period.start, days, period_days)
    ex.words += before + _price_words(ex)
    _finish(r, ex, days, period_days)
    ex.words += _margin_words(r, ex)
    if today is not None:
        _check_today(r, ex, today, days, period_days, correction)
    else:
        ex.words.append(Phrase("no_price_today", {"day": period.start}))


def _recurring_extra(r: _Reader, company: Company, ln: InvoiceLine) -> CompanyEvent | None:
    """The recurring extra event behind a line of ``ln.extra_code``: started (or ended) on a prorated line's
    day, else the last one started on or before the line's start."""
    candidates = [e for e in r.events(company.id) if e.code == ln.extra_code and e.date <= ln.start
                  and (e.type == "extra_end" or (e.type == "extra" and e.recurring))]
    exact_day = [e for e in candidates if e.date == ln.start]
    starts = [e for e in candidates if e.type == "extra"]
    if ln.quantity > 0:
        exact_day = [e for e in exact_day if e.type == "extra"]
    if exact_day:
        return exact_day[-1]
    return starts[-1] if starts else None


def _extra_amount(r: _Reader, company: Company, ev: CompanyEvent) -> Decimal | None:
    """The monthly amount behind a recurring extra's line: its own event's, or for the credit of an extra that
    ended (an ``extra_end`` carries no amount) the amount of the start it ended."""
    if ev.type == "extra":
        return ev.amount
    started = [e for e in r.events(company.id) if e.code == ev.code and e.type == "extra" and e.recurring
               and e.date <= ev.date]
    return started[-1].amount if started else None


def _prices(r: _Reader, ln: InvoiceLine, ex: LineExplanation, company: Company, day: date, days: int,
            period_days: int) -> Decimal | None:
    """Fill the layers; returns the unit price today's layers give for what the line bills."""
    inv, cur = r.inv, r.inv.currency
    to_reseller = inv.customer_reseller_id is not None
    statement = inv.kind == InvoiceKind.STATEMENT.value
    reseller = r.reseller(ln.reseller_id)  # the seller of the line's days, not necessarily today's
    if to_reseller and not statement:
        # The hoster's invoice to the reseller: its cost.
        ex.layers = _cost_layers(r, r.reseller(inv.customer_reseller_id), ln.plan_id, day)
        return _times(_applied(ex.layers), ex.months)
    ex.layers = _company_layers(r, company, ln.reseller_id, ln.plan_id, day)
    retail = _times(_applied(ex.layers), ex.months)
    if reseller is None:
        return retail
    ex.cost_layers = _cost_layers(r, reseller, ln.plan_id, day)
    cost = _times(_applied(ex.cost_layers), ex.months)
    if cost is None or retail is None:
        return None if statement else retail
    q = Decimal(ln.quantity)
    ex.cost_amount = _rounded(q, cost, days, period_days, cur) if statement else _cost_accrued(r, ln)
    if ex.cost_amount is None:
        ex.cost_amount = _rounded(q, cost, days, period_days, cur)
    if statement:
        # The hoster's statement of margins: the company's price less the reseller's cost.
        ex.margin = ex.amount
        return retail - cost
    ex.margin = ex.amount - ex.cost_amount
    return retail


def _cost_accrued(r: _Reader, ln: InvoiceLine) -> Decimal | None:
    """The reseller's cost of company invoice line ``ln`` as accrued (what the hoster bills it): the run's cost
    of the line's plan and days on its invoice, or the line's amount less its margin in the margin mode. An
    edit never changes a cost (app/services/invoice_accruals.py), so a line edited to 2 users still costs what
    the run found for 1. None: nothing accrued for it (computed from the prices, as before)."""
    if ln.plan_id is None or ln.start is None:
        return None
    a, l_ = Accrual.__table__.c, InvoiceLine.__table__.c
    rows = r.s.execute(select(a.kind, a.quantity, a.amount).where(
        a.invoice_id == ln.invoice_id, a.plan_id == ln.plan_id, a.extra_code.is_(None) if ln.extra_code is None
        else a.extra_code == ln.extra_code, a.start == ln.start, a.end == ln.end, a.line_kind == ln.kind,
        a.line_kind != "vat").order_by(a.id)).all()
    if not rows:
        return None
    kind = rows[0].kind
    alike = r.s.scalar(select(func.count()).where(l_.invoice_id == ln.invoice_id, l_.plan_id == ln.plan_id,
                                                  l_.start == ln.start, l_.end == ln.end, l_.kind == ln.kind))
    if alike == 1:  # the line's accruals, net of an edit's reversals
        amount = sum((Decimal(x.amount) for x in rows if x.kind == kind), Decimal(0))
    else:  # one line per user: the one of its quantity
        amount = next((Decimal(x.amount) for x in rows if Decimal(x.quantity) == Decimal(ln.quantity)), None)
        if amount is None:
            return None
    return amount if kind == "cost" else Decimal(ln.amount) - amount


def _price_words(ex: LineExplanation) -> list[Phrase]:
    """The layers consulted (``price_from``: the line's price; ``cost_from``: its reseller's cost)."""
    words = []
    for layers, phrase in ((ex.layers, "price_from"), (ex.cost_layers, "cost_from")):
        if layers:
            chosen = next((x for x in layers if x.applied), None)
            words.append(Phrase(phrase, {"day": ex.price_day, "layer": chosen and chosen.layer,
                                         "owner": chosen and chosen.owner, "amount": chosen and chosen.amount,
                                         "valid_from": chosen and chosen.valid_from}))
    chosen = _applied(ex.layers)
    if ex.months != 1 and chosen is not None:
        words.append(Phrase("term_price", {"monthly": chosen, "months": ex.months, "unit_price": chosen * ex.months}))
    return words


def _margin_words(r: _Reader, ex: LineExplanation) -> list[Phrase]:
    if ex.cost_amount is None or r.inv.kind == InvoiceKind.STATEMENT.value:
        return []
    reseller = next((x.owner for x in ex.cost_layers if x.layer == Layer.WHOLESALE_OVERRIDE.value), "")
    return [Phrase("margin", {"cost": ex.cost_amount, "margin": ex.margin, "reseller": reseller})]


def _check_today(r: _Reader, ex: LineExplanation, unit: Decimal, days: int, period_days: int,
                 correction: bool) -> None:
    """Compare what today's data give with what was billed, and say so when they differ."""
    cur = r.inv.currency
    ex.today_unit_price = unit
    if r.inv.kind == InvoiceKind.STATEMENT.value and ex.cost_amount is not None and ex.layers:
        retail = _times(_applied(ex.layers), ex.months)
        ex.today_amount = _rounded(ex.quantity, retail, days, period_days, cur) - ex.cost_amount
    else:
        ex.today_amount = _rounded(ex.quantity, unit, days, period_days, cur)
    # A correction's amount is a difference of rounded amounts: compare its price, not a recomputed amount.
    differs = unit != ex.unit_price or (not correction and ex.today_amount != ex.amount)
    if differs:
        ex.price_changed = True
        ex.words.append(Phrase("price_changed", {"billed_price": ex.unit_price, "today_price": unit,
                                                 "billed": ex.amount, "today": ex.today_amount}))


# --- corrections -----------------------------------------------------------------------------------------

def _correction(r: _Reader, ln: InvoiceLine, ex: LineExplanation, company: Company) -> list[Phrase]:
    """The period a correction corrects, the invoice that billed it, and the late changes behind it."""
    period = r.span_of(company, ln.start)
    extra = _one_off_extra(r, company, ln)
    if extra is not None:
        corrected = period
        boundary = period.end
    elif period.start == ln.start and period.end == ln.end:
        corrected, boundary = period, period.start  # billed in advance on the invoice of its start
    else:
        corrected, boundary = period, period.end  # settled on the invoice at the period's end
    ex.corrected_period = corrected
    billed = None
    if ln.kind == "correction" and extra is None and boundary == period.end and ln.amount < 0:
        # A give-back of days: the invoice that billed them, with a line of the same plan or extra (and user)
        # over them (in advance on the invoice of the period's start, or a change's proration at its end).
        lines = InvoiceLine.__table__.c
        billed = r.s.scalars(select(Invoice).join(InvoiceLine, lines.invoice_id == Invoice.id).where(
            Invoice.company_id == company.id, Invoice.kind != InvoiceKind.CREDIT_NOTE.value, Invoice.id != r.inv.id,
            lines.kind != "correction", lines.plan_id.is_not_distinct_from(ln.plan_id),
            lines.extra_code.is_not_distinct_from(ln.extra_code), lines.user_id.is_not_distinct_from(ln.user_id),
            lines.start < ln.end, lines.end > ln.start).order_by(Invoice.period_start, Invoice.id).limit(1)).first()
    if billed is None:
        billed = r.s.scalars(select(Invoice).where(Invoice.company_id == company.id, Invoice.period_start == boundary,
                                                   Invoice.kind != InvoiceKind.CREDIT_NOTE.value,
                                                   Invoice.id != r.inv.id).order_by(Invoice.id)).first()
    from app.services.invoices import label

    ex.corrected_invoice = label(billed) if billed is not None else None
    ex.causes = [r.event_ref(e) for e in _causes(r, ln, company)]
    words = [Phrase("correction", {"period_start": corrected.start, "period_end": corrected.end,
                                   "invoice": ex.corrected_invoice})]
    words += [Phrase("cause", {"event": e}) for e in ex.causes]
    return words


def _causes(r: _Reader, ln: InvoiceLine, company: Company) -> list[CompanyEvent]:
    """The changes recorded after the company's previous billing and dated into a period it billed
    (app/billing/corrections.py ``late_events``) that touch this line's plan or extra."""
    mark = r.s.scalars(select(BilledPeriod).where(
        BilledPeriod.invoice_id.in_([i for i in (r.inv.id, r.inv.credits_id) if i is not None]))).first()
    if mark is None and r.inv.period_start is not None:
        mark = r.s.scalars(select(BilledPeriod).where(BilledPeriod.company_id == company.id,
                                                      BilledPeriod.boundary == r.inv.period_start)).first()
    if mark is None:
        return []
    previous = r.s.scalars(select(BilledPeriod).where(BilledPeriod.customer_key == mark.customer_key,
                                                      BilledPeriod.boundary < mark.boundary)
                           .order_by(BilledPeriod.boundary.desc())).first()
    if previous is None or previous.events_through is None:
        return []
    late = [e for e in r.events(company.id) if e.id > previous.events_through and e.date <= previous.boundary
            and (mark.events_through is None or e.id <= mark.events_through)]
    touching = [e for e in late if e.date < ln.end and (
        (ln.plan_id is not None and ln.plan_id in (e.plan_id, e.to_plan_id))
        or (ln.extra_code is not None and e.code == ln.extra_code)
        # A recurring extra is its seller's own item: a move ends it (app/billing/seller_items.py).
        or (ln.extra_code is not None and e.type == "move"))]
    return touching or late
