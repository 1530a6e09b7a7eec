""""Undo this change": record the counter-change of a recorded change, never edit or delete it.

The counter-change names the change it takes back (``CompanyEvent.undoes_id``) and is dated like it, so
that the company's bills net to what they would have been without the mistake: a change dated into a
period already billed is billed on the next invoice as correction lines (``app.billing.corrections``).

    subscribe        -> cancel
    quantity         -> the quantity before it
    plan change      -> the change back (with the quantity before it, for a per-unit plan)
    cancel           -> subscribe again (with the quantity before it) and assign again the users it unassigned
    assign/unassign  -> unassign/assign
    recurring extra  -> its end; the end of a recurring extra -> the extra again, as it ran
    one-off extra    -> a one-off extra of the negated amount, with the same code, user and description
    currency         -> the currency before it

An undo is refused, with the reason, when a later change depends on what the change did (the company's
history without the change, and with the counter-change, must agree from its date on), when the change
was undone already, when it is itself an undo, for a change of term or billing day
(``app.services.billing_schedule``), and when a billing run could never bill it (a correction that would land
on an invoice in another currency: ``app.services.change_preview.check_billable``, as for any change; the undo
of a change a run cannot bill already is not refused for it; the move back that undoes a move, in
``app.services.moves.undo_move``, is checked as a move). Checked and written by ``app.services.changes`` (the import's
rules), audited as action ``undo`` with the change taken back as ``before``.

Runs on whatever thread holds the session; the caller's unit of work commits.
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.company_state import SCHEDULE_EVENT_TYPES, CompanyState, Event, ordered
from app.errors import MESSAGES, ProrataError
from app.models import Company, CompanyEvent, EventType, Plan
from app.money import to_text
from app.services import changes as ch
from app.services.changes import RecordedChange, RecordResult

MESSAGES.setdefault("move_undo_no_preview", "change #{change} is a move: its undo is the move back to the "
                                           "seller it left, recorded without a preview")
MESSAGES.setdefault("undo_end_after_move", "change #{change} cannot be undone: the recurring extra {code!r} it ended "
                                          "had ended already with the company's move on {date} (an extra is its "
                                          "seller's own item); add it again if the company's seller sells it")
_LAST = 1 << 62  # a counter-change's place: after every recorded change of its day


def counter_changes(session: Session, event_id: int, *, on: dt.date | None = None) -> list[dict]:
    """The changes (bundle event format) that would undo change ``event_id``, or the ``ProrataError`` saying
    why it cannot be undone. ``on``: the day they take effect (default: the change's own date)."""
    row = session.get(CompanyEvent, event_id)
    if row is None:
        raise ProrataError.of("not_found", "id", kind="change", code=event_id)
    if row.type in SCHEDULE_EVENT_TYPES:
        raise ProrataError.of("undo_schedule", "id", change=event_id, type=row.type.replace("_", " "))
    if row.type == EventType.MOVE.value:  # taken back by the move back (app.services.moves.undo_move)
        raise ProrataError.of("move_undo_no_preview", "id", change=event_id)
    if row.undoes_id is not None:
        raise ProrataError.of("undo_of_undo", "id", change=event_id, undoes=row.undoes_id)
    by = session.scalar(select(CompanyEvent.id).where(CompanyEvent.undoes_id == event_id).limit(1))
    if by is not None:
        raise ProrataError.of("undo_done_already", "id", change=event_id, by=by)
    code = session.scalar(select(Company.code).where(Company.id == row.company_id))
    history = ch.company_changes(session, code)
    original = next(c for c in history if c.id == event_id)
    bases = dict(session.execute(select(Plan.code, Plan.basis)).all())
    currency = session.scalar(select(Company.currency).where(Company.id == row.company_id))
    # A change undone on its own date, and its undo, net to nothing: later changes cannot rely on them.
    dates = {c.id: c.date for c in history}
    netted = {c.id for c in history if c.undoes_id is not None and c.date == dates.get(c.undoes_id)}
    netted |= {c.undoes_id for c in history if c.id in netted}
    events = [_event(c) for c in history if c.id not in netted]
    before = CompanyState(currency)
    for e in ordered(events):
        if e.seq == event_id:
            break
        _apply(before, e, bases)
    day = on or original.date
    counters = _counters(original, before, bases, code, day)
    _check_later(events, original, counters, bases, currency, day)
    return counters


def undo_change(session: Session, event_id: int, *, on: dt.date | None = None, company: str | None = None,
                source: str = "cli") -> RecordResult:
    """Record the counter-change of change ``event_id`` (``counter_changes``) in the session's transaction.

    ``company``: refuse the undo unless the change is that company's (a form or a command names it)."""
    owner = session.scalar(select(Company.code).join(CompanyEvent, CompanyEvent.company_id == Company.id)
                           .where(CompanyEvent.id == event_id))
    if company is not None and owner is not None and owner != company:
        raise ProrataError.of("change_of_other_company", "id", change=event_id, owner=owner, company=company)
    if session.scalar(select(CompanyEvent.type).where(CompanyEvent.id == event_id)) == EventType.MOVE.value:
        from app.services.moves import undo_move

        return undo_move(session, event_id, company=company, source=source)
    ch.lock_companies(session, [owner])
    counters = counter_changes(session, event_id, on=on)
    original = next(c for c in ch.company_changes(session, counters[0]["company"]) if c.id == event_id)
    checked = ch.check_changes(session, counters, prefix=None)
    return ch.write_changes(session, checked, source=source, undoes={i: event_id for i in range(len(counters))},
                            action="undo", before={"change": original.as_json()})


def _event(c: RecordedChange, seq: int | None = None) -> Event:
    return Event(c.date, c.type, c.plan, c.to_plan, c.quantity, c.user, c.code, c.amount, c.recurring, c.currency,
                 c.description, c.id if seq is None else seq)


def _apply(state: CompanyState, e: Event, bases: dict) -> None:
    try:
        state.apply(e, bases)
    except ProrataError:
        pass  # a stored history that does not fold is not the undo's business (the import's rule)


def _counters(c: RecordedChange, before: CompanyState, bases: dict, company: str, day: dt.date) -> list[dict]:
    t = EventType(c.type)
    if t is EventType.SUBSCRIBE:
        return [ch.cancel(company, c.plan, day)]
    if t is EventType.QUANTITY:
        return [ch.change_quantity(company, c.plan, before.subscriptions[c.plan].quantity, day)]
    if t is EventType.PLAN_CHANGE:
        old = before.subscriptions[c.plan]
        return [ch.change_plan(company, c.to_plan, c.plan, day,
                               quantity=old.quantity if bases[c.plan] == "per_unit" else None)]
    if t is EventType.CANCEL:
        old = before.subscriptions[c.plan]
        out = [ch.subscribe(company, c.plan, day, quantity=old.quantity if bases[c.plan] == "per_unit" else None)]
        return out + [ch.assign(company, c.plan, user, day) for user in sorted(old.users)]
    if t is EventType.ASSIGN:
        return [ch.unassign(company, c.plan, c.user, day)]
    if t is EventType.UNASSIGN:
        return [ch.assign(company, c.plan, c.user, day)]
    if t is EventType.EXTRA and c.recurring:
        return [ch.end_extra(company, c.code, day)]
    if t is EventType.EXTRA:
        return [ch.add_extra(company, c.code, to_text(-c.amount, before.currency), date=day, user=c.user,
                             description=c.description)]
    if t is EventType.EXTRA_END:
        if c.code not in before.extras and c.code in before.ended_by_move:  # its end ended nothing
            raise ProrataError.of("undo_end_after_move", "id", change=c.id, code=c.code,
                                  date=before.ended_by_move[c.code][1].isoformat())
        x = before.extras[c.code]
        return [ch.add_extra(company, c.code, to_text(x.amount, x.currency or before.currency), date=day,
                             recurring=True, user=x.user, description=x.description)]
    return [ch.change_currency(company, before.currency, day)]  # currency


def _shape(state: CompanyState, bases: dict) -> tuple:
    """What a state bills and what later changes rely on (not since when)."""
    subs = tuple(sorted((p, None if bases.get(p) == "per_user" else s.quantity, tuple(sorted(s.users)))
                        for p, s in state.subscriptions.items()))
    extras = tuple(sorted((k, x.amount, x.user, json.dumps(x.description, sort_keys=True), x.currency)
                          for k, x in state.extras.items()))
    return state.currency, subs, extras


def _check_later(events: list[Event], original: RecordedChange, counters: list[dict], bases: dict,
                 currency: str, day: dt.date) -> None:
    """Refuse the undo when the history without the change and the history with its counter-changes disagree
    from its date on: a later change relied on what it did."""
    without = ordered([e for e in events if e.seq != original.id])
    added = [Event(dt.date.fromisoformat(d["date"]), d["type"], d.get("plan"), d.get("to_plan"), d.get("quantity"),
                   d.get("user"), d.get("code"),
                   Decimal(d["amount"]) if d.get("amount") is not None else None, d.get("recurring"), d.get("currency"), d.get("description"),
                   _LAST + i) for i, d in enumerate(counters)]
    with_undo = ordered(events + added)
    start = max(original.date, day)
    a, b = _days(without, bases, currency), _days(with_undo, bases, currency)
    if b[1] is not None and b[1].seq >= _LAST:
        return  # the counter-change itself cannot apply: the import's check says why
    failed = [x for x in (a[1], b[1]) if x is not None and x.seq < _LAST and x.seq != original.id]
    if failed:
        _refuse(original, min(failed, key=lambda e: (e.date, e.seq)))
    for when in sorted(set(a[0]) | set(b[0])):
        if when < start:
            continue
        if _at(a[0], when) != _at(b[0], when):
            later = [e for e in without if (e.date, e.seq) > (original.date, original.id) and e.date <= when]
            related = [e for e in later if _related(e, original)]
            _refuse(original, (related or later or without or [_event(original)])[0])


def _days(events: list[Event], bases: dict, currency: str) -> tuple[dict, Event | None]:
    """The state's shape at the end of each day with changes, and the first change that could not apply."""
    state = CompanyState(currency)
    out: dict = {dt.date.min: _shape(state, bases)}
    for e in events:
        try:
            state.apply(e, bases)
        except ProrataError:
            return out, e
        out[e.date] = _shape(state, bases)
    return out, None


def _at(shapes: dict, when: dt.date):
    days = [d for d in shapes if d <= when]
    return shapes[max(days)] if days else None


def _related(e: Event, c: RecordedChange) -> bool:
    plans = {c.plan, c.to_plan} - {None}
    return bool(({e.plan, e.to_plan} & plans) or (c.code and e.code == c.code)
                or (c.type == EventType.CURRENCY.value and e.type == c.type))


def _refuse(original: RecordedChange, later: Event) -> None:
    raise ProrataError.of("undo_depends", "id", change=original.id, type=original.type, date=original.date.isoformat(),
                          later=later.seq, later_type=later.type, later_date=later.date.isoformat())
