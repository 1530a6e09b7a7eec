"""Checking a bundle's events: each on its own, then each company's history as a whole.

Every event is first checked field by field. Then each company's events
(after its stored ones, if the company is already in the database) are folded
in the order they take effect with ``CompanyState.apply``, the rule book the
services use too; an event that does not make sense against the state before
it becomes a problem at its JSON path. An event that could not apply and
leaves the history unlike its author meant (a refused subscription,
assignment, recurring extra or currency change) silences the later events
that depend on the same plan, user, extra or currency, so that one mistake
gives one message rather than a cascade.

A ``move`` (to another seller: ``from`` and ``to``, each a reseller's code or
"hoster") is taken only for a company the bundle defines (an export read back):
its moves must follow one another, and the last must end with the company's
``reseller``. A move of a company already in the database is recorded with
``prorata company CODE move`` (``app.services.moves``), which checks the new
seller's prices and moves the company's rows.

An event may say which other event of the same company in the bundle it
takes back (``undoes``: that event's index in ``events``), as "Undo this
change" records it (``CompanyEvent.undoes_id``): an export keeps what was
undone, so that after the import an undo is not undone, nor a change undone
twice (``app.services.undo``). The event it undoes is not an undo itself.
"""
from __future__ import annotations

import enum
import json
from typing import Any

from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.bundle.refs import Refs
from app.company_state import EVENT_TYPES, CompanyState, Event
from app.errors import MESSAGES, ProrataError
from app.models import EventType
from app.money import to_text

MESSAGES.setdefault("move_elsewhere", "a move of company {company!r}, already in the database, is recorded with "
                                      "'prorata company {company} move --to SELLER --date DATE'")
MESSAGES.setdefault("move_from_other", "the company is with {seller} on {date}, not with {given}")
MESSAGES.setdefault("currency_change_before_extras",
                    "the currency cannot change to {currency} from {date}: extras dated after it are amounts "
                    "in {was} ({extras}), and Prorata never converts an amount (an undone extra stays in the "
                    "history); date the change after them")
MESSAGES.setdefault("undoes_not_an_index", "expected the index of the event it takes back in $.events (0, 1, ...), "
                                           "got {value!r}")
MESSAGES.setdefault("undoes_other", "event {index} is not a change of company {company!r} that this event could "
                                    "take back (an undo takes back another change of its own company, never an "
                                    "undo)")
MESSAGES.setdefault("moves_end_elsewhere", "the last move of company {company!r} goes to {to}, but the company "
                                           "is with {seller}")

COMMON = ("date", "company", "type")
ANY = ("undoes",)  # optional on every type, in a bundle (``undo_links``): the event this one takes back
# type -> (required keys, optional keys) besides COMMON
SHAPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    EventType.SUBSCRIBE.value: (("plan",), ("quantity",)),
    EventType.QUANTITY.value: (("plan", "quantity"), ()),
    EventType.PLAN_CHANGE.value: (("plan", "to_plan"), ("quantity",)),
    EventType.CANCEL.value: (("plan",), ()),
    EventType.ASSIGN.value: (("plan", "user"), ()),
    EventType.UNASSIGN.value: (("plan", "user"), ()),
    EventType.EXTRA.value: (("code", "amount", "recurring", "description"), ("user",)),
    EventType.EXTRA_END.value: (("code",), ()),
    EventType.CURRENCY.value: (("currency",), ()),
    # Schedule changes: the term in ``code``; the billing day 1-31 in ``quantity``, 0 for the anniversary.
    "term": (("code",), ()),
    "billing_day": (("quantity",), ()),
    EventType.MOVE.value: (("from", "to"), ()),
}
assert set(SHAPES) == set(EVENT_TYPES)
_TYPES = enum.Enum("EventTypes", {t: t for t in EVENT_TYPES})  # for ``fields.choice``'s message
# Which key of an event a state problem is about.
_PROBLEM_FIELD = {
    "not_subscribed": "plan", "already_subscribed": "plan", "not_assigned": "user",
    "already_assigned": "user", "wrong_basis": "quantity", "duplicate": "code", "unknown": "code",
    "bad_type": "quantity", "currency_change_with_extra": "currency",
    "bad_term": "code", "bad_billing_day": "quantity", "move_to_same_seller": "to",
}


def check_events(items: list, refs: Refs, probs: Problems, *, undo_links: bool = False) -> list[dict]:
    """The events as rows (by code), in the order they take effect; problems go to ``probs``.

    Amounts of extras are parsed in the company's currency on the event's date.
    """
    rows: list[dict] = []
    for i, raw in enumerate(items):
        row = _check_one(raw, i, refs, probs, ANY if undo_links else ())
        if row is not None:
            rows.append(row)
    by_company: dict[str, list[dict]] = {}
    for row in rows:
        if row["company"]:
            by_company.setdefault(row["company"], []).append(row)
    _check_undoes(rows, probs)
    bases = refs.bases()
    for company, events in by_company.items():
        _fold(company, events, refs, bases, probs)
    ok = [r for r in rows if r["ok"]]
    ok.sort(key=lambda r: (r["date"], r["pos"]))
    return ok


def _check_undoes(rows: list[dict], probs: Problems) -> None:
    """An event's ``undoes`` names another event of its company in the bundle that is not an undo itself
    (several counter-events may undo one change: a cancel's undo subscribes and assigns again). Usually an
    earlier one; an undo may be dated before the change it takes back (``prorata change undo ID --date``)."""
    at = {r["pos"]: r for r in rows}
    for r in rows:
        if r["undoes"] is None:
            continue
        target = at.get(r["undoes"])
        if target is None or target is r or target["company"] != r["company"] or target["undoes"] is not None:
            r["ok"] = False
            probs.add("undoes_other", f"{r['where']}.undoes", index=r["undoes"], company=r["company"])


def _check_one(raw: Any, i: int, refs: Refs, probs: Problems, extra_keys: tuple = ()) -> dict | None:
    w = f"$.events[{i}]"
    if not isinstance(raw, dict):
        f.obj(raw, w, probs, required=())
        return None
    before = len(probs)
    etype = raw.get("type")
    if etype not in SHAPES:
        f.obj(raw, w, probs, required=COMMON, optional=[k for r, o in SHAPES.values() for k in r + o] + list(extra_keys))
        if etype is not None:
            f.choice(etype, f"{w}.type", probs, _TYPES)
        return None
    required, optional = SHAPES[etype]
    f.obj(raw, w, probs, required=COMMON + required, optional=optional + extra_keys)
    row: dict[str, Any] = {"pos": i, "where": w, "type": etype, "plan": None, "to_plan": None,
                           "quantity": None, "user": None, "code": None, "amount": None,
                           "recurring": None, "description": None, "currency": None, "undoes": None}
    undoes = raw.get("undoes")
    if undoes is not None:
        if isinstance(undoes, bool) or not isinstance(undoes, int) or undoes < 0:
            probs.add("undoes_not_an_index", f"{w}.undoes", value=undoes)
        else:
            row["undoes"] = undoes
    row["date"] = f.iso_date(raw["date"], f"{w}.date", probs) if raw.get("date") is not None else BAD
    company = f.code(raw["company"], f"{w}.company", probs) if raw.get("company") is not None else BAD
    ref = refs.company(company) if company else None
    if company and ref is None:
        company = probs.add("unknown", f"{w}.company", kind="company", code=company)
    row["company"] = company
    for key in ("plan", "to_plan"):
        if raw.get(key) is not None:
            plan = f.code(raw[key], f"{w}.{key}", probs)
            if plan and not refs.has_plan(plan):
                plan = probs.add("unknown", f"{w}.{key}", kind="plan", code=plan)
            row[key] = plan
    # A retired plan takes no new subscription (nor a change to it) from its retirement on; running
    # subscriptions go on (app.services.catalogue.check_open is the same rule for the services).
    opened = {EventType.SUBSCRIBE.value: "plan", EventType.PLAN_CHANGE.value: "to_plan"}.get(etype)
    if opened and row[opened] and row["date"] and refs.retired_on(row[opened]) is not None \
            and row["date"] >= refs.retired_on(row[opened]):
        probs.add("plan_retired", f"{w}.{opened}", plan=row[opened],
                  retired_on=refs.retired_on(row[opened]).isoformat(), date=row["date"].isoformat())
    if raw.get("quantity") is not None:
        row["quantity"] = f.quantity(raw["quantity"], f"{w}.quantity", probs)
    if raw.get("user") is not None:
        user = f.email(raw["user"], f"{w}.user", probs)
        if user and company and not refs.has_user(company, user):
            user = probs.add("unknown_user", f"{w}.user", email=user, company=company)
        row["user"] = user
    if raw.get("code") is not None:
        row["code"] = f.code(raw["code"], f"{w}.code", probs)
    if raw.get("recurring") is not None:
        row["recurring"] = f.flag(raw["recurring"], f"{w}.recurring", probs)
    if raw.get("description") is not None:
        row["description"] = f.texts(raw["description"], f"{w}.description", probs)
    if raw.get("currency") is not None:
        row["currency"] = f.currency(raw["currency"], f"{w}.currency", probs, refs.enabled)
    if etype == EventType.MOVE.value:
        if company and ref is not None and company in refs.known.companies:
            probs.add("move_elsewhere", f"{w}.type", company=company)
        for key in ("from", "to"):
            seller = f.code(raw[key], f"{w}.{key}", probs) if raw.get(key) is not None else BAD
            if seller and seller != "hoster" and not refs.has_reseller(seller):
                seller = probs.add("unknown", f"{w}.{key}", kind="reseller", code=seller)
            row[key] = seller
        row["code"] = row["to"]
    if etype == EventType.EXTRA.value and raw.get("amount") is not None:
        row["amount_text"] = raw["amount"]
        f.amount_form(raw["amount"], f"{w}.amount", probs)
    if ref is not None and ref.signup is not None and row["date"] and row["date"] < ref.signup:
        probs.add("before_signup", f"{w}.date", date=row["date"].isoformat(), signup=ref.signup.isoformat())
    row["ok"] = len(probs) == before
    return row


def _touches(row: dict) -> set:
    """What an event depends on: an earlier broken event about any of these silences it."""
    keys = {("plan", p) for p in (row["plan"], row["to_plan"]) if p}
    if row["type"] in (EventType.ASSIGN.value, EventType.UNASSIGN.value) and row["user"]:
        keys.add(("user", row["plan"], row["user"].lower()))
    if row["type"] in (EventType.EXTRA.value, EventType.EXTRA_END.value):
        keys.add(("extra", row["code"]))
    if row["type"] in (EventType.EXTRA.value, EventType.CURRENCY.value):
        keys.add(("currency",))
    if row["type"] == EventType.MOVE.value:
        keys.add(("seller",))
    return keys


def _breaks(row: dict) -> set:
    """What a valid-looking event that could not apply leaves unlike its author meant.

    A refused quantity change or one-off extra leaves nothing for later events
    to trip over; a refused subscription, assignment or currency change does.
    """
    t = row["type"]
    if t in (EventType.SUBSCRIBE.value, EventType.CANCEL.value, EventType.PLAN_CHANGE.value):
        return {("plan", p) for p in (row["plan"], row["to_plan"]) if p}
    if t in (EventType.ASSIGN.value, EventType.UNASSIGN.value):
        return {("user", row["plan"], (row["user"] or "").lower())}
    if t == EventType.EXTRA_END.value or (t == EventType.EXTRA.value and row["recurring"]):
        return {("extra", row["code"])}
    if t == EventType.CURRENCY.value:
        return {("currency",)}
    if t == EventType.MOVE.value:
        return {("seller",)}
    return set()


def _unknown_effect(row: dict) -> set:
    """What an event that was not applied (it is wrong, or not judged) may have been meant to change."""
    keys = _touches(row)
    if row["type"] != EventType.CURRENCY.value:
        keys.discard(("currency",))
    return keys


def _signature(e: Event) -> tuple:
    """An event's content, without its position: equal for an event imported twice."""
    return (e.date, e.type, e.plan, e.to_plan, e.quantity, e.user, e.code, e.amount, e.recurring, e.currency,
            json.dumps(e.description, sort_keys=True))


def _stored_currencies(signup_currency: str, history) -> dict[int, str]:
    """Each stored extra with an amount (by ``seq``): the company's currency when it was recorded (on its
    date, in the stored history)."""
    out, currency = {}, signup_currency
    for e in history:  # in effective order
        if e.type == EventType.CURRENCY.value and e.currency:
            currency = e.currency
        elif e.type == EventType.EXTRA.value and e.amount is not None:
            out[e.seq] = currency
    return out


def _fold(company: str, rows: list[dict], refs: Refs, bases: dict, probs: Problems) -> None:
    ref = refs.company(company)
    if ref is None or ref.currency is None or ref.signup is None:
        return  # the company itself is wrong; that is reported already
    stored = [((e.date, 0, e.seq), e, None) for e in ref.history]
    new = [((r["date"], 1, r["pos"]), None, r) for r in rows if r["date"]]
    state = CompanyState(ref.currency)
    # An extra's amount is in the company's currency on its date: a currency change put before a stored extra
    # would bill it under another currency's code (10.55 GBP as 11 JPY). The currency each stored extra was
    # recorded in, and the new currency change that would change it.
    recorded_in = _stored_currencies(ref.currency, ref.history)
    changed_by: dict | None = None
    moved_extras: dict[int, list] = {}
    recorded = {_signature(e) for e in ref.history}
    broken: set = set()
    for r in rows:
        if not r["date"]:  # cannot be placed in time: judge nothing it may have changed
            broken |= _unknown_effect(r)
    for _, stored_event, row in sorted(stored + new, key=lambda x: x[0]):
        if row is None:
            if stored_event.seq in recorded_in and changed_by is not None \
                    and state.currency != recorded_in[stored_event.seq]:
                moved_extras.setdefault(changed_by["pos"], [changed_by]).append(stored_event)
            try:
                state.apply(stored_event, bases)
            except ProrataError:
                pass  # the stored history is not this import's business
            continue
        keys = _touches(row)
        if not row["ok"] or keys & broken or (row["plan"] and row["plan"] not in bases) \
                or (row["to_plan"] and row["to_plan"] not in bases):
            broken |= _unknown_effect(row)
            continue
        if row["type"] == EventType.EXTRA.value:
            amount = f.amount(row["amount_text"], f"{row['where']}.amount", probs, state.currency,
                              allow_negative=True)
            if amount is BAD:
                row["ok"] = False
                broken |= _breaks(row)
                continue
            row["amount"] = amount
        event = Event(date=row["date"], type=row["type"], plan=row["plan"], to_plan=row["to_plan"],
                      quantity=row["quantity"], user=row["user"].lower() if row["user"] else None,
                      code=row["code"], amount=row["amount"], recurring=row["recurring"],
                      currency=row["currency"], description=row["description"], seq=row["pos"])
        if recorded and _signature(event) in recorded:
            row["ok"] = False
            probs.add("event_exists", row["where"], type=event.type, date=event.date.isoformat(), company=company)
            continue
        if row["type"] == EventType.MOVE.value and state.seller is not None and row["from"] != state.seller:
            row["ok"] = False
            broken |= _breaks(row)
            probs.add("move_from_other", f"{row['where']}.from", seller=state.seller, date=event.date.isoformat(),
                      given=row["from"])
            continue
        if row["type"] == EventType.MOVE.value and state.seller is None:
            state.seller = row["from"]  # the seller at signup: the one the first move leaves
        try:
            state.apply(event, bases)
        except ProrataError as exc:
            row["ok"] = False
            broken |= _breaks(row)
            for p in exc.problems:
                key = _PROBLEM_FIELD.get(p.id, "")
                if p.id in ("not_subscribed", "already_subscribed") and p.params.get("plan") == row["to_plan"] \
                        and row["type"] == EventType.PLAN_CHANGE.value:
                    key = "to_plan"
                if p.id == "missing":
                    key = p.params.get("field", "")
                if key == "quantity" and row["quantity"] is None:
                    key = "plan"
                probs.located(ProrataError(p), f"{row['where']}.{key}" if key else row["where"])
            continue
        if row["type"] == EventType.CURRENCY.value:
            changed_by = row
    for row, *extras in moved_extras.values():
        row["ok"] = False
        was = recorded_in[extras[0].seq]
        probs.add("currency_change_before_extras", f"{row['where']}.date", currency=row["currency"],
                  date=row["date"].isoformat(), was=was,
                  extras=", ".join(f"#{e.seq} {e.code} {to_text(e.amount, recorded_in[e.seq])} "
                                   f"{recorded_in[e.seq]} {e.date.isoformat()}" for e in extras))
    moved = [r for r in rows if r["type"] == EventType.MOVE.value and r["ok"]]
    if moved and ref.seller is not None and state.seller is not None and state.seller != ref.seller:
        probs.add("moves_end_elsewhere", moved[-1]["where"] + ".to", company=company, to=state.seller,
                  seller=ref.seller)
