"""Moving a company to another seller, and a user to another company of the same seller.

A company's move is a dated ``move`` event in its history: from its date D on the company is the new
seller's. Nothing else is rewritten: its users, subscriptions, extras and history go along as they are (its
recurring extras, the seller's own items, end with the move: below), and
billing folds the moves (``app.company_state``) to know the seller on every day. Each seller bills its own
days (``app.billing.company_bill.bill_sellers``): the seller left credits, on its next invoice, the advance it
billed beyond D, and its reseller cost accruals stop at D; the new seller bills from D at its prices in the
company's currency, and its cost accruals start at D. A move dated into a period already invoiced is a late
change like any other: both sellers' next invoices carry the corrections (``app.billing.corrections``). A
move is undone (``undo_move``) by the move back, dated like it, while no later move follows it.

Where the rows' ``reseller_id`` stands after a move (row-level security for resellers keys on it):

- The company row and its users: the new seller's, written when the move is recorded, even for a move dated
  in the future. The row says whom the company is with (or going to); billing never reads it for a date.
- Rows written from then on take the company's: its new events, users, own prices (and the new seller's
  invoices, accruals and billed periods, by their issuer).
- A recurring extra is the seller's own item (it carries no wholesale cost): it belongs to the seller of its
  first day and ends with the company's next move, from the start of the move's day (billing and the company's
  state read the rule, ``app.billing.seller_items``; no event is written). The seller left bills it up to the
  day before, prorated, and credits what it billed in advance beyond it; the new seller never bills it (it adds
  an extra of its own if it sells one, of the same code if need be). A move's result names the extras it ends
  (``MoveResult.notice``). Its undo, the move back dated like it, ends nothing: the extras run on with the seller
  they belong to (refused while a change recorded since relies on their end: ``_check_extras_back``). One-off
  extras go to the seller of their date.
- Rows written before keep theirs. Invoices, their lines, accruals and billed periods stay with the issuer
  that wrote them. An own price of the company stays with the seller that set it and applies only while that
  seller sells the company (``PriceBook.company_price(by_seller=True)``). An event keeps the seller it was
  recorded under (a move: the seller it leaves; its ``code`` is the key of the one it goes to, ``hoster`` or
  ``reseller:<id>``). So the new seller needs the company's whole history to read its state: the visibility
  of ``company_events`` must follow the company (its ``company_id``), not the event's own stamp.

A move is the hoster's act between its sellers: its audit entry (action ``move``, entity ``company``) is
the hoster's (``reseller_id`` None), with the seller left as ``before`` and the new one as ``after``.

A user moves between two companies with the same seller on the date (``move_user``): the user is unassigned
from its plans in the first company and assigned to the same plans in the second from D, and its own
recurring extras end in the first and start again in the second, so both are billed pro rata by days (not one
that a move of the first company ended: the seller's own item stays behind, ended). An
extra's amount is in its company's currency and is never relabelled (``app.billing.lines``): a user with a
recurring extra does not move to a company that bills in another currency on D, or changes to another while
the extra would run there (as a company's own currency change is refused while such an extra runs); the clerk
ends the extra, moves the user and adds the extra again in the target's currency. The user's row in the first
company stays, holding nothing from D on: that company's history names it. The second company gets a row of
the same e-mail (or reuses the one it has, after a move back).

Functions take the caller's session and never commit (the caller's unit of work does). Two clerks moving one
company at once: the move is one conditional write on the company's version (``row_version``); the loser
is told who moved it, and nothing of its unit of work is written. A refused move (of a company or a user) leaves
the session as it was, even where a check needs the move written first: each writes in a savepoint
(``Session.begin_nested``) that the refusal rolls back, so a caller that catches the refusal and goes on (a
batch) commits nothing of it.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.billing.context import (CompanyRow, company_key, load_companies, load_events, seller_id,
                                 seller_key)
from app.billing.pricebook import PriceBook
from app.billing.seller_items import runs, seller_changes
from app.company_state import CompanyState, Event, ordered
from app.errors import MESSAGES, WORDED, Problem, ProrataError
from app.models import (BilledPeriod, Company, CompanyEvent, EventType, Layer, Plan, Price, Reseller, User,
                        localized)
from app.models.base import utcnow
from app.money import to_text
from app.services import audit
from app.services import changes as ch
from app.services.changes import RecordedChange, RecordResult
from app.services.row_version import update_if_version
from app.services.users_admin import same_email, user_with_email
from app.values.dates import calendar_date, check_date

HOSTER = "hoster"  # the name a person gives the hoster as a seller

MESSAGES.setdefault("move_before_move", "{company} moved to {seller} on {moved}: a later move cannot be dated "
                                        "before that ({date})")
MESSAGES.setdefault("move_from_changed", "{company} is with {seller}, not with {expected}: someone moved it "
                                         "meanwhile; nothing was moved")
MESSAGES.setdefault("move_currency_not_sold", "{seller} sells nothing in {currency}, the currency of {company} "
                                              "from {date}: it has no retail price in {currency}")
MESSAGES.setdefault("move_no_price", "{seller} has no {layer} price for plan {plan} in {currency} on {date}, "
                                     "which {company} has from {since}: set one before the move")
MESSAGES.setdefault("move_ends_extras", "recurring extras end with the move: {extras}. They are {seller}'s own "
                                       "items: {seller} bills them up to {eve}, {to} does not bill them (add them "
                                       "again at {to} if it sells them too)")
MESSAGES.setdefault("move_ended_extra", "{name} ({amount} {currency}/month)")
MESSAGES.setdefault("move_back_extra_ended", "the move of {date} cannot be taken back: it ended the recurring extra "
                                            "{code!r}, and change #{change} ({type} on {change_date}) relies on "
                                            "that end; move the company back to {seller} on a later day instead, "
                                            "and add the extra again there")
MESSAGES.setdefault("move_not_undoable", "change #{change} is not a move that can be taken back: {reason}")
MESSAGES.setdefault("user_in_several", "{email} is a user of several companies ({companies}): name the one it "
                                       "leaves")
MESSAGES.setdefault("user_move_same_company", "{email} is already a user of {company}")
MESSAGES.setdefault("user_move_other_seller", "a user moves only between companies of one seller: on {date} "
                                              "{source} is with {source_seller} and {target} with {target_seller}")
MESSAGES.setdefault("user_move_no_plan", "{target} has no subscription to {plan} on {date}, which {email} has "
                                         "at {source}: subscribe {target} to it first")
MESSAGES.setdefault("user_move_extra_taken", "{target} already has a recurring extra {code!r} on {date}, like "
                                             "the one {email} has at {source}: end it first")
# An extra's amount is in its company's currency and Prorata has no exchange rates (app.billing.lines: never
# relabelled), so a user's recurring extra moves only to a company that bills in its currency, as long as it runs.
MESSAGES.setdefault("user_move_extra_currency", "{email} cannot move to {target} on {date} with its recurring "
                                                "extra {code!r} of {amount} {extra_currency}: {target} bills in "
                                                "{currency}, and Prorata never converts an amount. End the extra "
                                                "at {source}, move the user, then add the extra again at {target} "
                                                "in {currency}; nothing was moved")
MESSAGES.setdefault("user_move_extra_currency_later", "{email} cannot move to {target} on {date} with its "
                                                      "recurring extra {code!r} of {amount} {extra_currency}: "
                                                      "{target} changes its currency to {currency} on {change_date} "
                                                      "(change #{change}), and Prorata never converts an amount. End "
                                                      "the extra at {source}, move the user, then add the extra "
                                                      "again at {target} until {change_date} and in {currency} from "
                                                      "then; nothing was moved")
MESSAGES.setdefault("user_move_breaks_later", "the later change #{change} of {company} ({type} on {date}) "
                                              "relies on {email} being a user there: take it back first")


@dataclass(frozen=True)
class ExtraSpan:
    """A recurring extra of a company's history: billed from ``since`` until ``until`` (exclusive; None: it runs
    on), its own end or the company's next move after ``since`` (``ended_by_move``), whichever comes first."""

    code: str
    name: dict | None  # its description by language
    amount: Decimal  # monthly, in ``currency``
    currency: str
    since: dt.date
    until: dt.date | None = None
    ended_by_move: bool = False

    def label(self, language: str = "en") -> str:
        return localized(self.name, language) if isinstance(self.name, dict) else (self.name or self.code)

    def ends_at_move(self, day: dt.date) -> bool:
        """Whether a move dated ``day`` (from the start of that day) ends it: it began before and runs on."""
        return self.since < day and (self.until is None or self.until > day)

    def as_json(self) -> dict:
        return {"code": self.code, "name": self.name, "amount": to_text(self.amount, self.currency),
                "currency": self.currency}


@dataclass(frozen=True)
class MoveResult:
    """A recorded move: the company, its date, the seller left and the new one (codes, or "hoster")."""

    company: str
    date: dt.date
    from_seller: str
    to_seller: str
    event_id: int
    late: bool = False  # dated into a period already invoiced: corrected on the next invoices
    undoes_id: int | None = None
    ended_extras: tuple[ExtraSpan, ...] = ()  # the recurring extras of the seller left that end with the move

    @property
    def notice(self) -> Problem | None:
        """The sentence naming the recurring extras the move ends (None: it ends none)."""
        if not self.ended_extras:
            return None
        return Problem("move_ends_extras", {
            "extras": ", ".join(_extra_words(x) for x in self.ended_extras),
            "ended": [x.as_json() for x in self.ended_extras], "seller": self.from_seller, "to": self.to_seller,
            "eve": (self.date - dt.timedelta(days=1)).isoformat()})

    def as_json(self) -> dict:
        return {"id": self.event_id, "company": self.company, "date": self.date.isoformat(), "type": "move",
                "from": self.from_seller, "to": self.to_seller, "late": self.late, "undoes": self.undoes_id,
                "extras_ended": [x.as_json() for x in self.ended_extras]}


def _extra_words(x: ExtraSpan | dict, translate=None) -> str:
    """An extra a move ends, as ``move_ended_extra`` words it (its name in the reader's language)."""
    if isinstance(x, ExtraSpan):
        x = x.as_json()
    language = getattr(translate, "language", None) or "en"
    name = (localized(x["name"], language) if isinstance(x["name"], dict) else x["name"]) or x["code"]
    return Problem("move_ended_extra", {"name": name, "amount": x["amount"], "currency": x["currency"]}
                   ).message(translate)


def _ends_extras_worded(params: dict, translate) -> dict:
    """The extras a move ends, in the reader's language (``app.errors.WORDED``)."""
    if "ended" not in params:
        return params
    return {**params, "extras": ", ".join(_extra_words(x, translate) for x in params["ended"])}


WORDED["move_ends_extras"] = _ends_extras_worded


@dataclass(frozen=True)
class UserMoveResult:
    email: str
    from_company: str
    to_company: str
    date: dt.date
    plans: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    changes: RecordResult = field(default_factory=RecordResult)
    user_id: int | None = None  # the user's row in the company it went to

    def as_json(self) -> dict:
        return {"email": self.email, "from": self.from_company, "to": self.to_company,
                "date": self.date.isoformat(), "plans": self.plans, "extras": self.extras,
                **self.changes.as_json()}


@dataclass(frozen=True)
class Seller:
    """A seller a company can move to, as a form lists it."""

    code: str  # a reseller's code, or "hoster"
    name: str


# --- reading ---------------------------------------------------------------------------

def sellers(session: Session) -> list[Seller]:
    """The hoster, then every reseller by code."""
    from app.models import Hoster

    hoster = session.get(Hoster, 1)
    out = [Seller(HOSTER, hoster.name if hoster is not None else HOSTER)]
    out += [Seller(code, name) for code, name in session.execute(select(Reseller.code, Reseller.name)
                                                                  .order_by(Reseller.code))]
    return out


def seller_code(session: Session, key: str) -> str:
    """A seller key (``hoster``, ``reseller:<id>``) as a person names it: the reseller's code, or "hoster"."""
    rid = seller_id(key)
    if rid is None:
        return HOSTER
    return session.scalar(select(Reseller.code).where(Reseller.id == rid)) or key


def seller_now(session: Session, company: str) -> str:
    """The code of the company's seller after its latest move (or "hoster")."""
    rid = session.scalar(select(Company.reseller_id).where(Company.code == company))
    return seller_code(session, seller_key(rid))


@dataclass(frozen=True)
class MoveChoices:
    """What a move form shows: the company, its seller now, the sellers (or companies) it can go to, the
    last day already invoiced (a move dated on or before it changes days invoiced: the next invoices carry the
    difference)."""

    company_id: int
    company: str
    seller: str  # its seller's code now (after its latest move), or "hoster"
    version: int
    targets: tuple[tuple[str, str, int | None], ...]  # (code, name, id): sellers, or the seller's companies
    billed_through: dt.date | None = None
    last_move: dt.date | None = None
    # Its recurring extras (``ExtraSpan``): a move dated D ends those that began before D and run on
    # (``ExtraSpan.ends_at_move``), for the form to name.
    extras: tuple[ExtraSpan, ...] = ()


def move_choices(session: Session, company: str, *, users: bool = False, limit: int = 1000) -> MoveChoices:
    """The choices of a company's move (``users``: of a user's move out of it: the other companies of its
    seller, by code, at most ``limit``)."""
    c = session.execute(select(Company.id, Company.code, Company.version, Company.reseller_id)
                        .where(Company.code == company)).first()
    if c is None:
        raise ProrataError.of("not_found", "company", kind="company", code=company)
    if users:
        same = Company.reseller_id.is_(None) if c.reseller_id is None else Company.reseller_id == c.reseller_id
        targets = tuple((code, name, cid) for code, name, cid in session.execute(
            select(Company.code, Company.name, Company.id).where(same, Company.id != c.id)
            .order_by(Company.code).limit(limit)))
    else:
        ids = dict(session.execute(select(Reseller.code, Reseller.id)).all())
        targets = tuple((x.code, x.name, ids.get(x.code)) for x in sellers(session))
    row = load_companies(session, c.code)[0]
    billed = _billed_through(session, row)
    moved = session.scalar(select(func.max(CompanyEvent.date)).where(CompanyEvent.company_id == c.id,
                                                                      CompanyEvent.type == EventType.MOVE.value))
    extras = () if users else tuple(extra_spans(*_history(session, row), row,
                                                row.first_seller or seller_key(c.reseller_id)))
    return MoveChoices(c.id, c.code, seller_code(session, seller_key(c.reseller_id)), c.version, targets, billed,
                       moved, extras)


def extra_spans(events: list[Event], bases: dict, row: CompanyRow, first: str) -> list[ExtraSpan]:
    """The recurring extras of a company's history (``events``, in effective order; ``first``: its seller at
    signup), each billed from its first day until its own end or the company's next move after it, whichever
    comes first (``app.billing.lines.runs``), in the order they began."""
    changes = seller_changes(events, first)
    state = CompanyState(row.currency, seller=first)
    running: dict[str, Any] = {}  # code -> (the state's extra, index in out)
    out: list[ExtraSpan] = []
    for e in ordered(events):
        _apply(state, e, bases)
        if e.type not in (EventType.EXTRA.value, EventType.EXTRA_END.value):
            continue
        for code, (x, i) in list(running.items()):
            if state.extras.get(code) is not x:
                out[i] = replace(out[i], until=e.date)
                del running[code]
        for code, x in state.extras.items():
            if code not in running:
                running[code] = (x, len(out))
                out.append(ExtraSpan(code, x.description, x.amount, x.currency or state.currency, x.since))
    for i, span in enumerate(out):
        at = bisect_right(changes, span.since)
        if at < len(changes) and (span.until is None or changes[at] <= span.until):
            out[i] = replace(span, until=changes[at], ended_by_move=True)
    return out


# --- a company's move ---------------------------------------------------------------------

def _day(on: Any, where: str = "date") -> dt.date:
    if isinstance(on, dt.date):
        return check_date(on, where)
    if on is None:
        return check_date(dt.date.today(), where)
    return calendar_date(on, where)


def _resolve_seller(session: Session, code: Any, where: str = "to") -> int | None:
    """The reseller id a seller's code names (None: the hoster); ``unknown`` at ``where`` otherwise."""
    if not isinstance(code, str) or not code.strip():
        raise ProrataError.of("missing", where, field=where)
    code = code.strip()
    if code == HOSTER:
        return None
    rid = session.scalar(select(Reseller.id).where(Reseller.code == code))
    if rid is None:
        raise ProrataError.of("unknown", where, kind="reseller", code=code)
    return rid


def _history(session: Session, row: CompanyRow) -> tuple[list[Event], dict]:
    events = load_events(session, [row.id], dt.date.max)[row.id]
    bases = dict(session.execute(select(Plan.id, Plan.basis)).all())
    return events, bases


def move_company(session: Session, company: str, to: str, on: Any, *, expected_from: str | None = None,
                 expected_version: int | None = None, source: str = "cli",
                 undoes: int | None = None) -> MoveResult:
    """Record the move of ``company`` to the seller ``to`` (a reseller's code, or "hoster") from ``on``.

    Refused in words (``where``: company, to, date, from): an unknown company or seller, a date before the
    company's signup or before its latest move, the seller it is with already, a currency the new seller
    has no price in, a plan it has no price for (and, for a reseller, no cost), a move a billing run could never
    bill (``change_preview.check_recorded_billable``, as any change is: a move dated into days billed in a
    currency the company has left since). ``expected_from`` (the
    seller the clerk saw) and ``expected_version`` (the company row's version the form read) refuse the move
    if someone moved or edited the company meanwhile.

    Written in a savepoint: a refusal rolls back what the move wrote before it (the company's claim, its users'
    seller, the event a billing run is asked about), so a caller that catches it within its unit of work (a
    batch) commits nothing of the move."""
    c = session.execute(select(Company.id, Company.code, Company.version, Company.reseller_id)
                        .where(Company.code == company)).first()
    if c is None:
        raise ProrataError.of("not_found", "company", kind="company", code=company)
    new_rid = _resolve_seller(session, to)
    day = _day(on)
    # These reads stay out of the savepoint: on SQLite its first statement must be the claim, which waits for the
    # write lock, and not a read whose snapshot a rival's commit would make stale (busy at once).
    with session.begin_nested():
        return _move_company(session, c, new_rid, day, expected_from=expected_from,
                             expected_version=expected_version, source=source, undoes=undoes)


def _move_company(session: Session, c: Any, new_rid: int | None, day: dt.date, *, expected_from: str | None,
                  expected_version: int | None, source: str, undoes: int | None) -> MoveResult:
    # Claimed first: from here the row is ours (a row lock on PostgreSQL, the write lock on SQLite) and every
    # check below reads what the rival that held it before us wrote.
    version = c.version if expected_version is None else expected_version
    update_if_version(session, Company, c.id, version, {"reseller_id": new_rid}, entity="company",
                      kind="company", code=c.code)
    row = load_companies(session, c.code)[0]
    events, bases = _history(session, row)
    first = row.first_seller or seller_key(c.reseller_id)
    now_key = seller_key(c.reseller_id)  # after its latest move
    to_key = seller_key(new_rid)
    from_code, to_code = seller_code(session, now_key), seller_code(session, to_key)
    if expected_from is not None and expected_from != from_code:
        raise ProrataError.of("move_from_changed", "from", company=c.code, seller=from_code, expected=expected_from)
    if day < row.signup:
        raise ProrataError.of("before_signup", "date", date=day.isoformat(), signup=row.signup.isoformat())
    moves = [e for e in events if e.type == EventType.MOVE.value]
    if moves and moves[-1].date > day:
        raise ProrataError.of("move_before_move", "date", company=c.code, seller=seller_code(session, moves[-1].code),
                              moved=moves[-1].date.isoformat(), date=day.isoformat())
    if to_key == now_key:
        raise ProrataError.of("move_to_same_seller", "to", seller=to_code, date=day.isoformat())
    _check_prices(session, row, events, bases, day, first, new_rid, to_code)
    _check_extras_back(row, events, bases, day, first, to_key, to_code)
    # The seller left's recurring extras end with the move (the rule billing reads: nothing written for them).
    ended = tuple(x for x in extra_spans(events, bases, row, first) if x.ends_at_move(day))

    rid_left = seller_id(now_key)
    session.execute(update(User).where(User.company_id == c.id).values(reseller_id=new_rid))
    t = CompanyEvent.__table__
    event_id = session.scalar(insert(t).values(
        company_id=c.id, reseller_id=rid_left, date=day, type=EventType.MOVE.value, code=to_key,
        recorded_by=audit.current_actor(session), recorded_at=utcnow(), undoes_id=undoes).returning(t.c.id))
    # What a billing run could never bill is refused as for any change (a move dated into days billed in a
    # currency the company left: their corrections would land on an invoice in another currency), in the run's
    # words; the savepoint, rolled back, leaves the caller's unit of work as it was.
    from app.services.change_preview import check_recorded_billable  # it bills with the engine

    check_recorded_billable(session, c.code, [event_id])
    through = _billed_through(session, row)
    result = MoveResult(c.code, day, from_code, to_code, event_id, through is not None and day <= through, undoes,
                        ended)
    audit.record(session, "undo" if undoes else "move", "company", c.id,
                 before={"seller": from_code, **({"change": undoes} if undoes else {})},
                 after={"seller": to_code, "from": day.isoformat(), "change": event_id, "source": source,
                        **({"extras_ended": [x.code for x in ended]} if ended else {})})
    return result


def _billed_through(session: Session, row: CompanyRow) -> dt.date | None:
    """The company's last day invoiced: the eve of the end of the last period billed (billed in advance on the
    invoice of its start), on its schedule; None before its first invoice. A move dated on or before it changes
    days already invoiced: the next invoices carry the difference."""
    last = session.scalar(select(func.max(BilledPeriod.boundary)).where(BilledPeriod.customer_key
                                                                         == company_key(row.id)))
    return row.schedule.next_boundary(last) - dt.timedelta(days=1) if last is not None else None


def _check_prices(session: Session, row: CompanyRow, events: list[Event], bases: dict, day: dt.date,
                  first: str, new_rid: int | None, to_code: str) -> None:
    """Refuse the move unless the new seller has a price (and, a reseller, a cost) for every plan the company
    has from ``day`` on, in its currency then, from the start of the period each is first billed in."""
    schedule = row.schedule
    state = CompanyState(row.currency, seller=first)
    held: dict[tuple, dt.date] = {}  # (plan, currency) -> first day under the new seller
    currencies: dict[str, dt.date] = {}
    later = [e for e in ordered(events) if e.date > day]
    for e in ordered(events):
        if e.date > day:
            break
        _apply(state, e, bases)
    steps = [(day, state.copy())]
    for e in later:
        _apply(state, e, bases)
        steps.append((e.date, state.copy()))
    for when, st in steps:
        currencies.setdefault(st.currency, when)
        for plan in st.subscriptions:
            held.setdefault((plan, st.currency), when)
    book = PriceBook.load(session, list(currencies))
    plan_codes = book.plan_codes
    pr = Price.__table__.c
    for currency, since in currencies.items():
        sold = session.scalar(select(pr.id).where(
            pr.currency == currency, ((pr.layer == Layer.RETAIL.value) & (pr.reseller_id.is_(None) if new_rid is None
                                                                          else pr.reseller_id == new_rid))
            | ((pr.layer == Layer.COMPANY_OVERRIDE.value) & (pr.company_id == row.id) & pr.amount.is_not(None)
               & (pr.reseller_id.is_(None) if new_rid is None else pr.reseller_id == new_rid))).limit(1))
        if sold is None:
            raise ProrataError.of("move_currency_not_sold", "to", seller=to_code, currency=currency,
                                  company=row.code, date=since.isoformat())
    for (plan, currency), since in sorted(held.items(), key=lambda kv: kv[1]):
        asked = min(schedule.span_of(since).start, since)  # a change within a period is priced at its start
        try:
            book.company_price(plan, currency, asked, company_id=row.id, seller_id=new_rid, by_seller=True)
        except ProrataError:
            raise ProrataError.of("move_no_price", "to", seller=to_code, layer="retail", plan=plan_codes.get(plan),
                                  currency=currency, date=asked.isoformat(), company=row.code,
                                  since=since.isoformat()) from None
        if new_rid is not None:
            try:
                book.reseller_cost(plan, currency, asked, reseller_id=new_rid)
            except ProrataError:
                raise ProrataError.of("move_no_price", "to", seller=to_code, layer="wholesale",
                                      plan=plan_codes.get(plan), currency=currency, date=asked.isoformat(),
                                      company=row.code, since=since.isoformat()) from None


def _check_extras_back(row: CompanyRow, events: list[Event], bases: dict, day: dt.date, first: str, to_key: str,
                       to_code: str) -> None:
    """Refuse a move back on the day of a move (its undo), which gives back the recurring extras that move ended
    (``app.billing.seller_items``), when a change recorded since relies on one having ended: an extra of the same
    code, a currency change (the history would no longer fold, and no run could bill it)."""
    history = ordered(events)
    back = Event(day, EventType.MOVE.value, code=to_key, seq=max((e.seq for e in history), default=0) + 1)

    def first_refused(evs: list[Event]) -> tuple[Event, str | None] | None:
        """The first event that does not fold, and the recurring extra its refusal names."""
        state = CompanyState(row.currency, seller=first)
        for e in evs:
            try:
                state.apply(e, bases)
            except ProrataError as exc:
                return e, exc.problems[0].params.get("code")
        return None

    refused = first_refused(ordered(history + [back]))
    if refused is None or (refused[0] is not back and refused[0].date < day):
        return
    was = first_refused(history)
    if was is not None and (was[0].date, was[0].seq) <= (refused[0].date, refused[0].seq):
        return  # the stored history does not fold already: not the move's doing
    event, code = refused
    if event is back:  # a change of the move's day between the move and this one
        relies = [e for e in history if e.date == day and (e.type == EventType.CURRENCY.value or (
            e.type == EventType.EXTRA.value and e.code == code and e.recurring))]
        event = relies[-1] if relies else back
    raise ProrataError.of("move_back_extra_ended", "date", seller=to_code, date=day.isoformat(), code=code,
                          change=event.seq, type=event.type, change_date=event.date.isoformat())


def _apply(state: CompanyState, e: Event, bases: dict) -> None:
    try:
        state.apply(e, bases)
    except ProrataError:
        pass  # a stored history that does not fold is the run's to report, not the move's


def undo_move(session: Session, event_id: int, *, company: str | None = None, source: str = "cli") -> RecordResult:
    """Take back move ``event_id``: the move back to the seller it left, dated like it (``undoes`` it).

    Refused unless it is the company's latest move, not undone already and not itself an undo, and as any move
    is (``move_company``: a move back a billing run could never bill)."""
    row = session.get(CompanyEvent, event_id)
    if row is None or row.type != EventType.MOVE.value:
        raise ProrataError.of("not_found", "id", kind="move", code=event_id)
    code = session.scalar(select(Company.code).where(Company.id == row.company_id))
    if company is not None and company != code:
        raise ProrataError.of("change_of_other_company", "id", change=event_id, owner=code, company=company)
    if row.undoes_id is not None:
        raise ProrataError.of("undo_of_undo", "id", change=event_id, undoes=row.undoes_id)
    later = session.scalar(select(CompanyEvent.id).where(
        CompanyEvent.company_id == row.company_id, CompanyEvent.type == EventType.MOVE.value,
        CompanyEvent.id != row.id, (CompanyEvent.date > row.date) | (CompanyEvent.id > row.id)).limit(1))
    if later is not None:
        by = session.scalar(select(CompanyEvent.id).where(CompanyEvent.undoes_id == event_id).limit(1))
        if by is not None:
            raise ProrataError.of("undo_done_already", "id", change=event_id, by=by)
        raise ProrataError.of("move_not_undoable", "id", change=event_id,
                              reason=f"move #{later} follows it; take that back first")
    back = seller_code(session, seller_key(row.reseller_id))
    moved = move_company(session, code, back, row.date, source=source, undoes=event_id)
    return RecordResult([RecordedChange(moved.event_id, code, moved.date, EventType.MOVE.value, code=moved.to_seller,
                                        recorded_by=audit.current_actor(session), undoes_id=event_id)])


# --- a user's move ------------------------------------------------------------------------

def move_user(session: Session, email: str, to_company: str, on: Any, *, from_company: str | None = None,
              source: str = "cli") -> UserMoveResult:
    """Move the user ``email`` (of ``from_company``, or of the one company that has it) to ``to_company`` from
    ``on``: unassigned from its plans and its own recurring extras ended in the one, the same assigned and
    started in the other, both checked with the import's rules and written all or nothing. Refused, with nothing
    written, when a recurring extra of the user is in another currency than the target's on ``on`` or after.

    Written in a savepoint, as a company's move is: a refusal after the first write (a later change that
    relies on the user where it was) leaves the caller's unit of work as it was."""
    if not isinstance(email, str) or not email.strip():
        raise ProrataError.of("missing", "email", field="email")
    email = email.strip()
    q = select(User.id, User.email, User.name, Company.code, Company.id).join(Company, Company.id == User.company_id)
    if from_company is not None:
        q = q.where(Company.code == from_company)
    found = same_email(session, email, q.order_by(Company.code, User.id))
    # A company with two of them (a database from before the rule held): the one written exactly so.
    found = [r for r in found if r.email == email or not any(o.code == r.code and o.email == email for o in found)]
    found = [r for i, r in enumerate(found) if all(o.code != r.code for o in found[:i])]
    if not found:
        raise ProrataError.of("unknown_user", "email", email=email, company=from_company or "any company")
    if len(found) > 1:
        raise ProrataError.of("user_in_several", "from", email=email, companies=", ".join(f[3] for f in found))
    user_id, user_email, user_name, source_code, _ = found[0]
    target = session.execute(select(Company.id, Company.code, Company.reseller_id)
                             .where(Company.code == to_company)).first()
    if target is None:
        raise ProrataError.of("not_found", "to", kind="company", code=to_company)
    if target.code == source_code:
        raise ProrataError.of("user_move_same_company", "to", email=user_email, company=target.code)
    day = _day(on)
    # The savepoint starts with the lock (on SQLite a write that waits for the write lock, as a move's claim).
    with session.begin_nested():
        return _move_user(session, found[0], target, day, source)


def _move_user(session: Session, found: Any, target: Any, day: dt.date, source: str) -> UserMoveResult:
    user_id, user_email, user_name, source_code, _ = found
    ch.lock_companies(session, [source_code, target.code])
    rows = {r.code: r for r in (load_companies(session, source_code)[0], load_companies(session, target.code)[0])}
    src, dst = rows[source_code], rows[target.code]
    for r in (src, dst):
        if day < r.signup:
            raise ProrataError.of("before_signup", "date", date=day.isoformat(), signup=r.signup.isoformat())
    bases = dict(session.execute(select(Plan.id, Plan.basis)).all())
    plan_code = dict(session.execute(select(Plan.id, Plan.code)).all())
    events = load_events(session, [src.id, dst.id], dt.date.max)
    s_seller, d_seller = src.seller_on(events[src.id], day), dst.seller_on(events[dst.id], day)
    if s_seller != d_seller:
        raise ProrataError.of("user_move_other_seller", "to", date=day.isoformat(), source=src.code,
                              source_seller=seller_code(session, s_seller), target=dst.code,
                              target_seller=seller_code(session, d_seller))
    s_state, d_state = _state(events[src.id], day, bases, src), _state(events[dst.id], day, bases, dst)
    plans = sorted(p for p, sub in s_state.subscriptions.items() if user_id in sub.users)
    # Its recurring extras billed on the day: one of a seller the company left ended with that move (a seller's
    # own item, ``app.billing.lines.runs``), and moving it would have the new seller bill it again.
    left = seller_changes(events[src.id], src.first_seller) if src.first_seller is not None else ()
    extras = sorted(k for k, x in s_state.extras.items() if x.user == user_id and runs(x, left, day))
    for p in plans:
        if p not in d_state.subscriptions:
            raise ProrataError.of("user_move_no_plan", "to", target=dst.code, plan=plan_code[p], date=day.isoformat(),
                                  email=user_email, source=src.code)
    for k in extras:
        if k in d_state.extras:
            raise ProrataError.of("user_move_extra_taken", "to", target=dst.code, code=k, date=day.isoformat(),
                                  email=user_email, source=src.code)
    _check_extra_currencies(s_state, d_state, events[dst.id], extras, day, email=user_email, source=src.code,
                            target=dst.code)
    # The user in the target company: the row it has of that e-mail (after a move back), else a new one.
    has = user_with_email(session, dst.id, user_email)
    if has is None:
        ut = User.__table__
        has = session.scalar(insert(ut).values(company_id=dst.id, reseller_id=target.reseller_id, email=user_email,
                                               name=user_name).returning(ut.c.id))
        audit.record(session, "create", "user", has,
                     after={"company": dst.code, "email": user_email, "name": user_name, "moved_from": src.code},
                     reseller_id=target.reseller_id)
    d = day.isoformat()
    out = [ch.unassign(src.code, plan_code[p], user_email, d) for p in plans]
    out += [ch.end_extra(src.code, k, d) for k in extras]
    out += [ch.assign(dst.code, plan_code[p], user_email, d) for p in plans]
    for k in extras:
        x = s_state.extras[k]
        out.append(ch.add_extra(dst.code, k, to_text(x.amount, x.currency or s_state.currency), date=d,
                                recurring=True, user=user_email, description=x.description))
    recorded = ch.record_changes(session, out, source=source, prefix=None) if out else RecordResult()
    # Later changes recorded before the move may rely on the user being where it was: refuse rather than
    # leave a history that no longer folds.
    after = load_events(session, [src.id, dst.id], dt.date.max)
    for r in (src, dst):
        state = CompanyState(r.currency, seller=r.first_seller)
        for e in after[r.id]:
            try:
                state.apply(e, bases)
            except ProrataError:
                raise ProrataError.of("user_move_breaks_later", "date", change=e.seq, company=r.code, type=e.type,
                                      date=e.date.isoformat(), email=user_email) from None
    audit.record(session, "move", "user", user_id,
                 before={"company": src.code, "email": user_email},
                 after={"company": dst.code, "user": has, "from": d, "source": source, "changes": recorded.ids},
                 reseller_id=seller_id(s_seller))
    return UserMoveResult(user_email, src.code, dst.code, day, [plan_code[p] for p in plans], extras, recorded,
                          has)


def _check_extra_currencies(s_state: CompanyState, d_state: CompanyState, d_events: list[Event], extras: list[str],
                            day: dt.date, **names: str) -> None:
    """Refuse the move of recurring extras ``extras`` (of ``s_state``) into a company that bills in another
    currency on ``day`` (``d_state``) or changes to another one later (``d_events``): their amounts would be
    relabelled, which a company's own currency change with such an extra running refuses too
    (``currency_change_with_extra``)."""
    later = [e for e in ordered(d_events) if e.date > day and e.type == EventType.CURRENCY.value and e.currency]
    for k in extras:
        x = s_state.extras[k]
        held = x.currency or s_state.currency
        said = dict(names, code=k, amount=to_text(x.amount, held), extra_currency=held, date=day.isoformat())
        if held != d_state.currency:
            raise ProrataError.of("user_move_extra_currency", "to", currency=d_state.currency, **said)
        for e in later:
            if e.currency != held:
                raise ProrataError.of("user_move_extra_currency_later", "to", currency=e.currency,
                                      change_date=e.date.isoformat(), change=e.seq, **said)


def _state(events: list[Event], day: dt.date, bases: dict, row: CompanyRow) -> CompanyState:
    state = CompanyState(row.currency, seller=row.first_seller)
    for e in events:
        if e.date > day:
            break
        _apply(state, e, bases)
    return state


__all__ = ["HOSTER", "ExtraSpan", "MoveChoices", "MoveResult", "extra_spans", "Seller", "UserMoveResult", "move_choices", "move_company",
           "move_user", "seller_code",
           "seller_now", "sellers", "undo_move"]
