"""What a form for one dated change offers: a company's plans, users, running extras and the extra-item
catalogue, as they stand on the change's date.

The window's change dialog asks this each time the clerk moves the date, so that it offers only what can
apply then (a plan to cancel is one subscribed on that day; an extra to end is one running then). The
state is folded from the company's recorded changes (``app.company_state``) exactly as the import's checks
fold it; offering is not deciding: ``app.services.changes`` still checks the change the clerk makes.

Runs on whatever thread holds the session; reads only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.company_state import CompanyState, Event, ordered
from app.errors import ProrataError
from app.models import Company, ExtraItem, ExtraItemAmount, Plan, User, localized
from app.services.changes import company_changes


@dataclass(frozen=True)
class PlanChoice:
    """A plan of the catalogue, and what the company has of it on the day."""

    code: str
    name: str
    basis: str  # per_plan | per_user | per_unit
    unit: str | None  # what a per_unit plan counts ("site"), in the language asked for
    subscribed: bool
    quantity: int | None = None  # a per_unit plan's quantity on the day
    users: tuple[str, ...] = ()  # e-mails assigned on the day
    retired: bool = False  # takes no new subscription on the day


@dataclass(frozen=True)
class ItemChoice:
    """An extra-item of the catalogue, with its default amount in the company's currency on the day."""

    code: str
    name: str
    names: dict  # every language: what the recorded extra's description copies
    recurring: bool
    amount: Decimal | None  # None: the catalogue has no amount in that currency


@dataclass(frozen=True)
class RunningExtra:
    """A recurring extra running on the day (one ``end_extra`` can end)."""

    code: str
    name: str
    amount: Decimal
    currency: str
    user: str | None
    since: date


@dataclass(frozen=True)
class ChangeChoices:
    company: str
    company_name: str
    on: date
    signup: date
    currency: str  # the company's currency on the day
    plans: list[PlanChoice] = field(default_factory=list)
    users: list[tuple[str, str]] = field(default_factory=list)  # (email, name) by email
    items: list[ItemChoice] = field(default_factory=list)  # not retired on the day
    running: list[RunningExtra] = field(default_factory=list)

    def plan(self, code: str | None) -> PlanChoice | None:
        return next((p for p in self.plans if p.code == code), None)

    def item(self, code: str | None) -> ItemChoice | None:
        return next((i for i in self.items if i.code == code), None)


# The fields each kind of change cannot do without: each must offer something to choose (the window keeps
# Save off, and says so, while one of them offers nothing for what is chosen).
NEEDED = {"subscribe": ("plan",), "quantity": ("plan",), "plan_change": ("plan", "to_plan"), "cancel": ("plan",),
          "assign": ("plan", "user"), "unassign": ("plan", "user"), "extra": ("code",), "extra_end": ("code",)}

# Why a kind of change has nothing to apply to on the day (``nothing_to_change``); the window words each.
NO_PLANS = "no_plans"  # subscribe: the catalogue has no plans at all
EVERY_PLAN_TAKEN = "every_plan_taken"  # subscribe: the company has every plan offered on the day
NO_PER_UNIT_PLAN = "no_per_unit_plan"  # quantity: no per-unit plan subscribed
NO_SUBSCRIPTION = "no_subscription"  # plan_change, cancel: no plan subscribed
NO_OTHER_PLAN = "no_other_plan"  # plan_change: no plan left to change to
NO_PER_USER_PLAN = "no_per_user_plan"  # assign, unassign: no per-user plan subscribed
NO_USERS = "no_users"  # assign: the company has no users
NOBODY_ASSIGNED = "nobody_assigned"  # unassign: no user assigned to a plan
NO_ITEMS = "no_items"  # extra: the extra-item catalogue offers nothing on the day
NOTHING_RUNNING = "nothing_running"  # extra_end: no recurring extra runs on the day


def needed_fields(kind: str) -> tuple[str, ...]:
    """The fields a ``kind`` of change cannot do without (``NEEDED``)."""
    return NEEDED.get(kind, ())


def nothing_to_change(choices: ChangeChoices, kind: str) -> str | None:
    """Why the company has nothing a ``kind`` of change could apply to on ``choices.on`` (one of the reasons
    above), or None when it has something. Offering is not deciding: ``app.services.changes`` still checks."""
    c = choices
    subscribed = [p for p in c.plans if p.subscribed]
    offered = [p for p in c.plans if not p.subscribed and not p.retired]
    per_user = [p for p in subscribed if p.basis == "per_user"]
    if kind == "subscribe" and not offered:
        return NO_PLANS if not c.plans else EVERY_PLAN_TAKEN
    if kind == "quantity" and not any(p.basis == "per_unit" for p in subscribed):
        return NO_PER_UNIT_PLAN
    if kind in ("plan_change", "cancel") and not subscribed:
        return NO_SUBSCRIPTION
    if kind == "plan_change" and not offered:
        return NO_OTHER_PLAN
    if kind in ("assign", "unassign") and not per_user:
        return NO_PER_USER_PLAN
    if kind == "assign" and not c.users:
        return NO_USERS
    if kind == "unassign" and not any(p.users for p in per_user):
        return NOBODY_ASSIGNED
    if kind == "extra" and not c.items:
        return NO_ITEMS
    if kind == "extra_end" and not c.running:
        return NOTHING_RUNNING
    return None


def change_choices(session: Session, company: str, on: date, language: str = "en") -> ChangeChoices:
    """What ``company`` has on ``on`` (its recorded changes up to that day folded) and what it may be offered.

    ``not_found`` at ``company`` for an unknown company. Plans retired on ``on`` are listed only when the
    company has them."""
    c = session.execute(select(Company.id, Company.name, Company.currency, Company.signup)
                        .where(Company.code == company)).first()
    if c is None:
        raise ProrataError.of("not_found", "company", kind="company", code=company)
    plans = list(session.scalars(select(Plan).order_by(Plan.code)))
    bases = {p.code: p.basis for p in plans}
    state = CompanyState(c.currency)
    for e in ordered(_events(session, company)):
        if e.date > on:
            break
        try:
            state.apply(e, bases)
        except ProrataError:
            pass  # a stored history that does not fold is not the form's business (the import's rule)
    offered = []
    for p in plans:
        sub = state.subscriptions.get(p.code)
        retired = p.retired_on is not None and p.retired_on <= on
        if retired and sub is None:
            continue
        offered.append(PlanChoice(p.code, localized(p.name, language) or p.code, p.basis,
                                  localized(p.unit, language) or None if p.unit else None, sub is not None,
                                  sub.quantity if sub is not None and p.basis == "per_unit" else None,
                                  tuple(sorted(sub.users)) if sub is not None else (), retired))
    offered.sort(key=lambda p: (p.name.casefold(), p.code))
    users = [(email.lower(), name) for email, name in session.execute(
        select(User.email, User.name).where(User.company_id == c.id).order_by(User.email))]
    amounts = dict(session.execute(select(ExtraItemAmount.item_id, ExtraItemAmount.amount)
                                   .where(ExtraItemAmount.currency == state.currency)).all())
    items = [ItemChoice(i.code, localized(i.name, language) or i.code, dict(i.name or {}), bool(i.recurring),
                        amounts.get(i.id))
             for i in session.scalars(select(ExtraItem).order_by(ExtraItem.code))
             if i.retired_on is None or i.retired_on > on]
    items.sort(key=lambda i: (i.name.casefold(), i.code))
    running = [RunningExtra(x.code, localized(x.description, language) or x.code, x.amount,
                            x.currency or state.currency, x.user, x.since)
               for x in sorted(state.extras.values(), key=lambda x: x.code)]
    return ChangeChoices(company, c.name, on, c.signup, state.currency, offered, users, items, running)


def _events(session: Session, company: str) -> list[Event]:
    return [Event(r.date, r.type, r.plan, r.to_plan, r.quantity, r.user, r.code, r.amount, r.recurring, r.currency,
                  r.description, r.id) for r in company_changes(session, company)]
