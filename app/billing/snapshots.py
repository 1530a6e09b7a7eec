"""Each company's state at its last billed boundary, so that a run reads only the events after it (issue 12).

A bill at boundary P starts from what the company's events add up to at the previous boundary. Without
snapshots every run reads (and folds) every event since signup, so runs slow down as history grows. A run
that bills a company at P keeps its state at P (every event dated up to P folded, as ``CompanyState``
leaves it) in ``billing_snapshots``; the next run reads that one row and only the events dated after P.

``events_for`` turns a snapshot back into events that fold to the same state (a subscription, its users,
the running recurring extras, the currency), dated as the originals took effect, so the billing code is the
same either way; the one-off extras dated P itself are kept as they are (the next bill's period starts on P).

A snapshot is used only while it still stands for the company's events: its boundary and the newest event it
saw are those of the company's last billed period, its signup currency is the company's, and no event dated
on or before its boundary has been recorded since (a late change: billed as corrections, from the whole
history). Otherwise, and for the companies it is not kept for (a changed schedule, a term, a move: their
bills read more than the state at one boundary), the run reads every event as before and writes a new one.
Snapshots are derived data: deleting them all only makes the next run read whole histories again.
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Mapping

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from app.billing.context import CompanyRow, RunContext, company_key, load_events
from app.billing.periods import previous_boundary
from app.company_state import CompanyState, Event
from app.models.billing import BillingSnapshot
from app.models.events import CompanyEvent
from app.storage.bulk import BulkWriter, ids_written_in

COLUMNS = ("company_id", "reseller_id", "boundary", "events_through", "currency", "state")
_PER_UNIT = "per_unit"


def kept_for(company: CompanyRow) -> bool:
    """Whether the run keeps (and uses) snapshots for this company: monthly, its schedule never changed, never
    moved."""
    return company.first_seller is None and company.schedule.simple


def encode(state: CompanyState, events: list[Event], boundary: date, bases: Mapping) -> str | None:
    """The snapshot of ``state`` (the company's at the start of ``boundary``, its events dated ``boundary``
    folded) as JSON text, with the one-off extras dated ``boundary`` from ``events``; None when it cannot
    stand for them (a currency change on the boundary: its order among that day's extras matters; an extra
    whose amount is in another currency than the company's)."""
    one_offs = []
    for e in events:
        if e.date == boundary:
            if e.type == "currency":
                return None
            if e.type == "extra" and not e.recurring:
                one_offs.append([e.plan, e.to_plan, e.quantity, e.user, e.code, _text(e.amount), e.recurring,
                                 e.currency, e.description, e.seq])
    if any(x.currency != state.currency for x in state.extras.values()):
        return None
    subs = [[s.plan, s.since.isoformat(), s.quantity if bases[s.plan] == _PER_UNIT else None, sorted(s.users)]
            for s in state.subscriptions.values()]
    extras = [[x.code, x.since.isoformat(), _text(x.amount), x.user, x.description]
              for x in state.extras.values()]
    return json.dumps({"c": state.currency, "s": subs, "x": extras, "o": one_offs}, separators=(",", ":"))


def decode(text: str, boundary: date, signup_currency: str) -> list[Event]:
    """Events that fold to the snapshot's state, in the order they take effect (``ordered``), then the one-off
    extras dated ``boundary``."""
    d = json.loads(text)
    make = Event._make  # positional: a run decodes a million of them
    out: list[Event] = []
    if d["c"] != signup_currency:
        out.append(Event(date.min, "currency", currency=d["c"]))
    on = date.fromisoformat
    held = []  # (since, events): each subscription's and extra's events together, by the day they started
    for plan, since, quantity, users in d["s"]:
        day = on(since)
        held.append((day, [make((day, "subscribe", plan, None, quantity, None, None, None, None, None, None, 0))]
                     + [make((day, "assign", plan, None, None, u, None, None, None, None, None, 0)) for u in users]))
    for code, since, amount, user, description in d["x"]:
        day = on(since)
        held.append((day, [make((day, "extra", None, None, None, user, code, Decimal(amount), True, None,
                                 description, 0))]))
    held.sort(key=lambda h: h[0])  # stable: a subscription's users stay after it
    for _, evs in held:
        out += evs
    for plan, to_plan, quantity, user, code, amount, recurring, currency, description, seq in d["o"]:
        out.append(make((boundary, "extra", plan, to_plan, quantity, user, code,
                         None if amount is None else Decimal(amount), recurring, currency, description, seq)))
    return out


def _text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def events_for(s: Session, ctx: RunContext, batch: list[tuple[date, CompanyRow]]) -> dict[int, list[Event]]:
    """For a batch of (boundary, company) bills: each company's events dated on or before the latest boundary
    and recorded up to ``ctx.events_through``, in effective order, as ``context.load_events`` gives them, or
    its snapshot's events and the later ones."""
    through = ctx.events_through
    until = max(p for p, _ in batch)
    companies = [c for _, c in batch]
    usable: dict[int, tuple[date, str]] = {}
    kept = {c.id: c for c in companies if kept_for(c)}
    # The bill's period starts at the previous boundary: the snapshot must not be later (a billing day
    # edited on the company itself moves its boundaries).
    starts = {c.id: previous_boundary(p, c.schedule.b) for p, c in batch if c.id in kept}
    if kept and through is not None:
        t = BillingSnapshot.__table__.c
        e = CompanyEvent.__table__.c
        # A late change: an event dated on or before the snapshot's boundary, recorded after it was made.
        late = exists().where(e.company_id == t.company_id, e.date <= t.boundary, e.id > t.events_through)
        rows = s.execute(select(t.company_id, t.boundary, t.events_through, t.currency, t.state, late)
                         .where(t.company_id.in_(ids_written_in(list(kept))))).all()
        for cid, boundary, seen, currency, text, changed in rows:
            key = company_key(cid)
            if (not changed and boundary == ctx.last_billed.get(key) and seen == ctx.seen_through.get(key)
                    and currency == kept[cid].currency and boundary <= starts[cid] and seen <= through):
                usable[cid] = (boundary, text)
    whole = [c.id for c in companies if c.id not in usable]
    out = load_events(s, whole, until, through) if whole else {}
    if usable:
        since = min(b for b, _ in usable.values())
        later: dict[int, list[Event]] = defaultdict(list)
        for cid, events in load_events(s, list(usable), until, through, after=since).items():
            b = usable[cid][0]
            later[cid] = [ev for ev in events if ev.date > b]
        for cid, (b, text) in usable.items():
            out[cid] = decode(text, b, kept[cid].currency) + later.get(cid, [])
    return out


def write(s: Session, snapshots: list[tuple]) -> None:
    """Replace the snapshots of these companies (rows in ``COLUMNS`` order), in the caller's transaction."""
    if not snapshots:
        return
    t = BillingSnapshot.__table__
    ids = [row[0] for row in snapshots]
    s.execute(delete(t).where(t.c.company_id.in_(ids_written_in(ids))))
    BulkWriter(s.connection(), t, COLUMNS).write(snapshots)
