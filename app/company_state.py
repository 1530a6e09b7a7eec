"""A company's state on any date, derived from its events.

The event log is the truth; this module folds it. ``apply`` checks that an
event makes sense against the state before it (subscribing twice, assigning a
user to a plan that is not subscribed...) and raises a ``ProrataError`` when it
does not, so the import and the services share one set of rules.

Keys for plans and users are whatever the caller uses (ids from the database,
codes from a bundle); the module never looks anything up.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Hashable, Iterable, Mapping, NamedTuple

from app.billing.periods import TERM_MONTHS
from app.billing.seller_items import day_changes_seller, ends_on
from app.errors import MESSAGES, ProrataError
from app.vocabulary import Basis, EventType  # not app.models: a command folds a history without the ORM
from app.money import to_text


# Plain strings, compared on every event of every company in a billing run.
_SUBSCRIBE, _QUANTITY, _PLAN_CHANGE, _CANCEL = "subscribe", "quantity", "plan_change", "cancel"
_ASSIGN, _UNASSIGN, _EXTRA, _EXTRA_END, _CURRENCY = "assign", "unassign", "extra", "extra_end", "currency"
# A move to another seller: ``code`` names the seller from the event's date on (a seller key, whatever the
# caller uses: "hoster" / "reseller:<id>" from the database, "hoster" / the reseller's code from a bundle).
# It changes who sells the company (``app.services.moves``), and ends the recurring extras it has: each is its
# seller's own item, ended from the start of the day of the company's next move (``app.billing.seller_items``, the
# rule billing reads). Nothing else the company has changes.
_MOVE = "move"
_PLAN_EVENTS = frozenset({_SUBSCRIBE, _QUANTITY, _PLAN_CHANGE, _CANCEL, _ASSIGN, _UNASSIGN})
# Schedule changes: ``term`` (the term in ``code``) and ``billing_day`` (the day 1-31 in ``quantity``; 0 or
# None: back to the anniversary). They change nothing a company has, only when it is billed: each takes
# effect at the company's first boundary on or after its date (``app.billing.periods.Schedule``).
_TERM, _BILLING_DAY = "term", "billing_day"
SCHEDULE_EVENT_TYPES = (_TERM, _BILLING_DAY)
_PER_UNIT, _PER_USER, _PER_PLAN = "per_unit", "per_user", "per_plan"

# An extra's amount is in the company's currency on the extra's date, and Prorata has no exchange rates: a
# currency change while a recurring extra runs would bill its amount under the new currency's code.
MESSAGES.setdefault("currency_change_with_extra",
                    "the currency cannot change to {currency} on {date} while the recurring extra {code!r} runs at "
                    "{amount} {extra_currency}: end the extra first, then add it again at its amount in {currency}")
MESSAGES.setdefault("move_to_same_seller",
                    "the company is already with {seller} on {date}: a move needs another seller")
assert {e.value for e in EventType} == _PLAN_EVENTS | {_EXTRA, _EXTRA_END, _CURRENCY, _MOVE}
# Every event type the rule book knows, for messages and bundles.
EVENT_TYPES = tuple(e.value for e in EventType) + SCHEDULE_EVENT_TYPES
assert {b.value for b in Basis} == {_PER_UNIT, _PER_USER, _PER_PLAN}


class Event(NamedTuple):
    """One change, independent of storage. ``seq`` orders events of one day.

    A named tuple rather than a dataclass: billing runs build millions of them.
    """

    date: date
    type: str
    plan: Hashable | None = None
    to_plan: Hashable | None = None
    quantity: int | None = None
    user: Hashable | None = None
    code: str | None = None
    amount: Decimal | None = None
    recurring: bool | None = None
    currency: str | None = None
    description: dict | None = None
    seq: int = 0


@dataclass
class Subscription:
    plan: Hashable
    since: date
    quantity: int = 1  # explicit quantity (per_unit); 1 for per_plan
    users: set = field(default_factory=set)

    def billable_quantity(self, basis: str) -> int:
        if basis == _PER_USER:
            return len(self.users)
        if basis == _PER_PLAN:
            return 1
        return self.quantity


@dataclass
class RecurringExtra:
    code: str
    since: date
    amount: Decimal
    user: Hashable | None = None
    description: dict | None = None
    currency: str | None = None  # the company's currency when it started: the currency of ``amount``


@dataclass
class CompanyState:
    """What a company has on a date: subscriptions, recurring extras, currency, and who sells it.

    A move to another seller ends the recurring extras that began before its day (``app.billing.seller_items``):
    they leave ``extras`` for ``ended_by_move``, from which a move of the same day that takes the first back (its
    undo) restores them (``_move_extras``). The moves of one day are taken together, as billing takes them: the
    state is exact once every event of a day is folded (with ``seller`` None at the start, a caller that does not
    know the seller at signup, a first day of several moves may leave running an extra that billing ends: see
    ``day_changes_seller``).
    """

    currency: str
    subscriptions: dict = field(default_factory=dict)  # plan -> Subscription
    extras: dict = field(default_factory=dict)  # code -> RecurringExtra, those running
    seller: Hashable | None = None  # the seller's key (None: not followed; the first move sets it)
    # code -> (RecurringExtra, the day of the move that ended it). An end recorded for one of them later (before
    # the rule, the only way to let the new seller add an extra of the same code) is accepted and ends nothing.
    ended_by_move: dict = field(default_factory=dict)
    # The day of the latest moves folded, the seller at its start, and the sellers they moved to.
    move_day: date | None = field(default=None, repr=False, compare=False)
    move_day_from: Hashable | None = field(default=None, repr=False, compare=False)
    move_day_to: tuple = field(default=(), repr=False, compare=False)

    def quantities(self, bases: Mapping[Hashable, str]) -> dict:
        """Plan -> billable quantity, for every subscribed plan (``Subscription.billable_quantity``, written out:
        a run asks it for every day a company's subscriptions change)."""
        out = {}
        for p, s in self.subscriptions.items():
            basis = bases[p]
            out[p] = len(s.users) if basis == _PER_USER else 1 if basis == _PER_PLAN else s.quantity
        return out

    def copy(self) -> "CompanyState":
        return CompanyState(
            self.currency,
            {p: replace(s, users=set(s.users)) for p, s in self.subscriptions.items()},
            dict(self.extras),
            self.seller,
            dict(self.ended_by_move),
            self.move_day,
            self.move_day_from,
            self.move_day_to,
        )

    def apply(self, e: Event, bases: Mapping[Hashable, str]) -> None:
        """Apply one event in place, or raise ProrataError if it cannot apply."""
        t = e.type
        day = e.date  # shown in messages
        subs = self.subscriptions
        if t in _PLAN_EVENTS:
            if e.plan is None:
                raise ProrataError.of("missing", field="plan")
            if e.plan not in bases:
                raise ProrataError.of("unknown", kind="plan", code=e.plan)
        if t == _SUBSCRIBE:
            if e.plan in subs:
                raise ProrataError.of("already_subscribed", plan=e.plan, date=day)
            basis = bases[e.plan]
            qty = 1
            if basis == _PER_UNIT:
                if e.quantity is None:
                    raise ProrataError.of("wrong_basis", plan=e.plan, basis=basis,
                                          reason="subscribing needs a quantity")
                qty = _check_quantity(e.quantity)
            elif e.quantity is not None and not (basis == _PER_PLAN and e.quantity == 1):
                raise ProrataError.of("wrong_basis", plan=e.plan, basis=basis,
                                      reason="its quantity is not set by hand")
            subs[e.plan] = Subscription(e.plan, e.date, qty)
        elif t == _QUANTITY:
            sub = self._subscribed(e.plan, day)
            if bases[e.plan] != _PER_UNIT:
                raise ProrataError.of("wrong_basis", plan=e.plan, basis=bases[e.plan],
                                      reason="its quantity is not set by hand")
            if e.quantity is None:
                raise ProrataError.of("missing", field="quantity")
            sub.quantity = _check_quantity(e.quantity)
        elif t == _CANCEL:
            self._subscribed(e.plan, day)
            del subs[e.plan]
        elif t == _PLAN_CHANGE:
            old = self._subscribed(e.plan, day)
            if e.to_plan is None:
                raise ProrataError.of("missing", field="to_plan")
            if e.to_plan not in bases:
                raise ProrataError.of("unknown", kind="plan", code=e.to_plan)
            if e.to_plan in subs:
                raise ProrataError.of("already_subscribed", plan=e.to_plan, date=day)
            qty = old.quantity
            if bases[e.to_plan] == _PER_UNIT and bases[e.plan] == _PER_USER:
                qty = len(old.users)
            if e.quantity is not None:
                if bases[e.to_plan] != _PER_UNIT:
                    raise ProrataError.of("wrong_basis", plan=e.to_plan, basis=bases[e.to_plan],
                                          reason="its quantity is not set by hand")
                qty = _check_quantity(e.quantity)
            if bases[e.to_plan] == _PER_PLAN:
                qty = 1
            del subs[e.plan]
            subs[e.to_plan] = Subscription(e.to_plan, e.date, qty, set(old.users))
        elif t == _ASSIGN:
            sub = self._subscribed(e.plan, day)
            if e.user is None:
                raise ProrataError.of("missing", field="user")
            if e.user in sub.users:
                raise ProrataError.of("already_assigned", user=e.user, plan=e.plan, date=day)
            sub.users.add(e.user)
        elif t == _UNASSIGN:
            sub = self._subscribed(e.plan, day)
            if e.user not in sub.users:
                raise ProrataError.of("not_assigned", user=e.user, plan=e.plan, date=day)
            sub.users.discard(e.user)
        elif t == _EXTRA:
            if not e.code:
                raise ProrataError.of("missing", field="code")
            if e.amount is None:
                raise ProrataError.of("missing", field="amount")
            if e.recurring:
                if e.code in self.extras:
                    raise ProrataError.of("duplicate", kind="recurring extra", code=e.code)
                self.extras[e.code] = RecurringExtra(e.code, e.date, e.amount, e.user, e.description,
                                                     self.currency)
        elif t == _EXTRA_END:
            if e.code in self.extras:
                del self.extras[e.code]
            elif e.code in self.ended_by_move:  # ended already by a move: nothing more ends
                del self.ended_by_move[e.code]
            else:
                raise ProrataError.of("unknown", kind="recurring extra", code=e.code)
        elif t == _CURRENCY:
            if not e.currency:
                raise ProrataError.of("missing", field="currency")
            for x in self.extras.values():
                if x.currency != e.currency:
                    raise ProrataError.of("currency_change_with_extra", currency=e.currency, date=day, code=x.code,
                                          amount=to_text(x.amount, x.currency), extra_currency=x.currency)
            self.currency = e.currency
        elif t == _MOVE:
            if not e.code:
                raise ProrataError.of("missing", field="to")
            if e.code == self.seller:
                raise ProrataError.of("move_to_same_seller", seller=e.code, date=day)
            if e.date != self.move_day:  # the first move of its day
                was, moved_to = self.seller, (e.code,)
            else:
                was, moved_to = self.move_day_from, self.move_day_to + (e.code,)
            self._move_extras(e.date, day_changes_seller(was, moved_to))  # may refuse: then nothing changed
            self.move_day, self.move_day_from, self.move_day_to = e.date, was, moved_to
            self.seller = e.code
        elif t == _TERM:
            if not e.code:
                raise ProrataError.of("missing", field="code")
            if e.code not in TERM_MONTHS:
                raise ProrataError.of("bad_term", value=e.code, allowed=", ".join(TERM_MONTHS))
        elif t == _BILLING_DAY:
            q = e.quantity
            if q is not None and (not isinstance(q, int) or isinstance(q, bool) or not 0 <= q <= 31):
                raise ProrataError.of("bad_billing_day", value=q)
        else:
            raise ProrataError.of("bad_value", value=t, allowed=list(EVENT_TYPES))

    def _move_extras(self, day: date, changed: bool) -> None:
        """For a move on ``day``: end the recurring extras the day's moves end (``changed``: they leave the company
        with another seller than at the start of the day, ``seller_items``), or give back those an earlier move of
        the day ended, when they leave it with the same (an undo). Refused, nothing changed, when one given back
        would run twice or in another currency than the company's."""
        if changed:
            for code, x in list(self.extras.items()):
                if ends_on(x.since, day):
                    del self.extras[code]
                    self.ended_by_move.pop(code, None)  # an older one of the same code: ended for good
                    self.ended_by_move[code] = (x, day)
            return
        back = {code: x for code, (x, ended) in self.ended_by_move.items() if ended == day}
        for code, x in back.items():
            if code in self.extras:  # added since the move, which the move back would have running twice
                raise ProrataError.of("duplicate", kind="recurring extra", code=code)
            if x.currency is not None and x.currency != self.currency:  # the currency changed since the move
                raise ProrataError.of("currency_change_with_extra", currency=self.currency, date=day, code=code,
                                      amount=to_text(x.amount, x.currency), extra_currency=x.currency)
        for code in back:
            del self.ended_by_move[code]
        if back:  # in the order they ran (before the extras added since the move, all of the move's day)
            later = list(self.extras.items())
            self.extras.clear()
            self.extras.update(back)
            self.extras.update(later)

    def _subscribed(self, plan, day: str) -> Subscription:
        sub = self.subscriptions.get(plan)
        if sub is None:
            raise ProrataError.of("not_subscribed", plan=plan, date=day)
        return sub


def _check_quantity(q) -> int:
    if not isinstance(q, int) or isinstance(q, bool) or q < 0:
        raise ProrataError.of("bad_type", expected="a whole number of 0 or more", got=repr(q))
    return q


def currency_at(signup_currency: str, changes: Iterable[tuple[date, int, str]], day: date, ident: int) -> str:
    """The currency a company bills in at its event ``(day, ident)``: its signup currency, then each of its currency
    changes ``(date, id, currency)``, in that order, up to that event."""
    cur = signup_currency
    for d, i, changed in changes:
        if (d, i) > (day, ident):
            break
        cur = changed
    return cur


_EFFECTIVE = attrgetter("date", "seq")


def ordered(events: Iterable[Event]) -> list[Event]:
    """Events in the order they take effect: by date, then as recorded."""
    return sorted(events, key=_EFFECTIVE)


def state_on(events: Iterable[Event], day: date, bases: Mapping[Hashable, str],
             currency: str, seller: Hashable | None = None) -> CompanyState:
    """The state at the start of ``day``, events dated ``day`` included (``seller``: the one at signup)."""
    state = CompanyState(currency, seller=seller)
    for e in ordered(events):
        if e.date > day:
            break
        state.apply(e, bases)
    return state


def timeline(events: Iterable[Event], bases: Mapping[Hashable, str],
             currency: str) -> list[tuple[date, CompanyState]]:
    """Each date on which something changed, with the state from that day on."""
    state = CompanyState(currency)
    out: list[tuple[date, CompanyState]] = []
    for e in ordered(events):
        state.apply(e, bases)
        if out and out[-1][0] == e.date:
            out[-1] = (e.date, state.copy())
        else:
            out.append((e.date, state.copy()))
    return out
