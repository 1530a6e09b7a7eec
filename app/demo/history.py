"""A year in the life of one demo company, as its event log.

``HistoryMaker.company`` writes one company's events from its signup up to
``today``: the first subscriptions and their users at signup, then every week
or two something a hosting customer does (a new mailbox user, a leaver, more
backup space, an upgrade, a support call, a leased firewall...).

It keeps the company's state while it goes (subscriptions with their users or
quantity, running recurring extras, currency) and only writes an event that
``app.company_state.CompanyState.apply`` accepts in that state, so every log
replays cleanly. Events come out in the order they take effect, never before
signup, never after ``today``.

Rows are plain tuples with their ids, in three shapes (``SHAPES``), so that
the writer binds only the columns an event uses: a user's assignment has no
amount, an extra has no quantity. Dates come ready to store from tables built
once, so the per-event work stays small.
"""
from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Callable

from app.demo.catalogue import CURRENCIES, ONE_OFF_EXTRAS, PLANS, RECURRING_EXTRAS, UPGRADES
from app.models import Basis, EventType

# assign, unassign | subscribe, quantity, cancel, plan_change | extra, extra_end, currency
USER_EVENT_COLUMNS = ("id", "company_id", "reseller_id", "date", "type", "plan_id", "user_id", "recorded_at",
                      "recorded_by")
PLAN_EVENT_COLUMNS = ("id", "company_id", "reseller_id", "date", "type", "plan_id", "to_plan_id", "quantity",
                      "recorded_at", "recorded_by")
OTHER_EVENT_COLUMNS = ("id", "company_id", "reseller_id", "date", "type", "user_id", "code", "amount", "recurring",
                       "description", "currency", "recorded_at", "recorded_by")
SHAPES = {"user": USER_EVENT_COLUMNS, "plan": PLAN_EVENT_COLUMNS, "other": OTHER_EVENT_COLUMNS}
RECORDED_BY = "demo"

_SUBSCRIBE, _QUANTITY, _PLAN_CHANGE = EventType.SUBSCRIBE.value, EventType.QUANTITY.value, EventType.PLAN_CHANGE.value
_CANCEL, _ASSIGN, _UNASSIGN = EventType.CANCEL.value, EventType.ASSIGN.value, EventType.UNASSIGN.value
_EXTRA, _EXTRA_END, _CURRENCY = EventType.EXTRA.value, EventType.EXTRA_END.value, EventType.CURRENCY.value
_PER_USER, _PER_UNIT = Basis.PER_USER.value, Basis.PER_UNIT.value

# What a month can bring, with weights (they need not add up to anything).
_ACTIVITIES = (("staff", 30), ("quantity", 26), ("support", 12), ("subscribe", 12), ("upgrade", 7),
               ("lease", 5), ("cancel", 4), ("churn", 0.5), ("currency", 0.4))
# The first mail plan a new customer takes.
_FIRST_MAIL = (("exchange-basic", 35), ("exchange-business", 30), ("exchange-enterprise", 8),
               ("o365-business-basic", 15), ("o365-business-premium", 12))
# Families a customer may add later, and the plan it starts on.
_ADD_ON = ("skype-business", "crm-professional", "citrix-desktop", "archive-mailbox", "office-proplus",
           "sharepoint-site", "backup-gb", "spam-filter", "hyperv-s", "exchange-basic")
_BACKUP_STEPS = (50, 50, 100, 100, 250, -50)
_MEAN_GAP_DAYS = 12


def _table(weighted) -> tuple:
    """A lookup table of 200 entries so that a weighted choice is one index."""
    total = sum(w for _, w in weighted)
    out: list = []
    for item, w in weighted:
        out += [item] * max(1, round(200 * w / total))
    return tuple(out)


@dataclass
class EventRows:
    """Event rows by shape (see ``SHAPES``); ids order them across shapes."""

    user: list[tuple] = field(default_factory=list)
    plan: list[tuple] = field(default_factory=list)
    other: list[tuple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.user) + len(self.plan) + len(self.other)


class HistoryMaker:
    """Makes event logs for companies against one catalogue and one ``today``."""

    def __init__(self, plan_ids: dict[str, int], today: date, first_day: date,
                 storage: Callable[[str, object], object] = lambda column, value: value):
        """``storage(column, value)``: how an event's ``date`` and ``recorded_at`` are stored;
        rows carry those values ready-made (see ``app.storage.bulk.BulkWriter.storage``)."""
        self.today = today
        self.base = first_day.toordinal()
        self.end = today.toordinal()
        n = self.end - self.base + 1
        # Index = ordinal - base. Events are recorded at 09:00 on their day.
        self.days = [first_day + timedelta(days=k) for k in range(n)]
        self.day_values = [storage("date", d) for d in self.days]
        self.stamp_values = [storage("recorded_at", datetime.combine(d, time(9))) for d in self.days]
        self.ids = plan_ids
        self.basis = {plan_ids[p.code]: p.basis for p in PLANS}
        self.family = {plan_ids[p.code]: p.family for p in PLANS}
        self.upgrades = {plan_ids[a]: tuple(plan_ids[b] for b in bs) for a, bs in UPGRADES.items()}
        self.activities = _table(_ACTIVITIES)
        self.first_mail = _table([(plan_ids[c], w) for c, w in _FIRST_MAIL])
        self.add_ons = tuple(plan_ids[c] for c in _ADD_ON)
        self.next_id = itertools.count(1).__next__  # event ids, in the order events are made

    def company(self, out: EventRows, cid: int, rid: int | None, signup: date, users: list[int], currency: str,
                rnd: random.Random) -> int:
        """Append the company's events to ``out``; returns the mail plan it signed up with."""
        r = rnd.random
        ids, basis, family = self.ids, self.basis, self.family
        days, stamps, base, end = self.day_values, self.stamp_values, self.base, self.end
        subs: dict[int, object] = {}  # plan -> set of users (per_user) | quantity (per_unit) | None
        held: dict[str, int] = {}  # family -> plan
        running: dict[str, object] = {}  # recurring extra code -> its DemoExtra
        cur = currency
        # The last day an extra was added once or a lease ended: billed (or credited) in the currency of the
        # invoice after it, at most a month later, so the currency does not change until then.
        last_extra = [-10 ** 9]

        next_id = self.next_id
        user_rows, plan_rows, other_rows = out.user.append, out.plan.append, out.other.append

        def on_user(day, type_, plan, user):
            k = day - base
            user_rows((next_id(), cid, rid, days[k], type_, plan, user, stamps[k], RECORDED_BY))

        def on_plan(day, type_, plan, to_plan=None, qty=None):
            k = day - base
            plan_rows((next_id(), cid, rid, days[k], type_, plan, to_plan, qty, stamps[k], RECORDED_BY))

        def on_other(day, type_, user=None, code=None, amount=None, recurring=None, desc=None, currency=None):
            k = day - base
            other_rows((next_id(), cid, rid, days[k], type_, user, code, amount, recurring, desc, currency,
                        stamps[k], RECORDED_BY))

        def subscribe(day, plan, qty=None, people=()):
            subs[plan] = set() if basis[plan] == _PER_USER else qty
            held[family[plan]] = plan
            on_plan(day, _SUBSCRIBE, plan, None, qty)
            for u in people:
                subs[plan].add(u)
                on_user(day, _ASSIGN, plan, u)

        def drop(day, plan):
            del subs[plan]
            del held[family[plan]]
            on_plan(day, _CANCEL, plan)

        def one_off(day, extra, user=None):
            last_extra[0] = day
            on_other(day, _EXTRA, user, extra.code, extra.amounts[cur], False, extra.description)

        # Signup day: mail for (almost) all staff, and often spam filtering and backup.
        day = signup.toordinal()
        staff = users if len(users) == 1 or r() < 0.7 else users[:-1]
        first = self.first_mail[int(r() * len(self.first_mail))]
        subscribe(day, first, people=staff)
        if r() < 0.5:
            subscribe(day, ids["spam-filter"])
        if r() < 0.35:
            subscribe(day, ids["backup-gb"], qty=(50, 100, 200, 250, 500)[int(r() * 5)])
        if r() < 0.2:
            subscribe(day, ids["sharepoint-site"], qty=1 + int(r() * 5))
        if r() < 0.1:
            subscribe(day, ids["office-proplus"], qty=len(staff))
        if r() < 0.12:
            subscribe(day, ids["hyperv-s" if r() < 0.6 else "hyperv-m"])
            one_off(day, ONE_OFF_EXTRAS[1])  # setup fee

        activities, add_ons, upgrades = self.activities, self.add_ons, self.upgrades
        backup, crm, premium, o365_basic = (ids["backup-gb"], ids["crm-professional"], ids["o365-business-premium"],
                                            ids["o365-business-basic"])
        gap = 2 * _MEAN_GAP_DAYS
        day += 1 + int(r() * gap)
        while day <= end:
            what = activities[int(r() * len(activities))]
            if what == "staff":
                mail = held.get("mail")
                if mail is not None:
                    assigned = subs[mail]
                    free = [u for u in users if u not in assigned]
                    if free and (r() < 0.6 or len(assigned) <= 1):
                        u = free[int(r() * len(free))]
                        assigned.add(u)
                        on_user(day, _ASSIGN, mail, u)
                        for plan, people in subs.items():
                            if plan != mail and basis[plan] == _PER_USER and u not in people and r() < 0.5:
                                people.add(u)
                                on_user(day, _ASSIGN, plan, u)
                    elif len(assigned) > 1:
                        u = sorted(assigned)[int(r() * len(assigned))]
                        for plan, people in subs.items():
                            if basis[plan] == _PER_USER and u in people:
                                people.discard(u)
                                on_user(day, _UNASSIGN, plan, u)
            elif what == "quantity":
                units = [p for p in subs if basis[p] == _PER_UNIT]
                if units:
                    plan = units[int(r() * len(units))]
                    old = subs[plan]
                    if plan == backup:
                        new = max(50, old + _BACKUP_STEPS[int(r() * len(_BACKUP_STEPS))])
                    else:
                        new = max(1, old + (1 if r() < 0.7 else -1))
                    if new != old:
                        subs[plan] = new
                        on_plan(day, _QUANTITY, plan, None, new)
            elif what == "support":
                extra = ONE_OFF_EXTRAS[0] if r() < 0.7 else ONE_OFF_EXTRAS[3]
                one_off(day, extra, users[int(r() * len(users))] if r() < 0.5 else None)
            elif what == "subscribe":
                plan = add_ons[int(r() * len(add_ons))]
                if family[plan] not in held:
                    b = basis[plan]
                    if b == _PER_UNIT:
                        qty = 100 if plan == backup else 1 + int(r() * 4)
                        subscribe(day, plan, qty=qty)
                    elif b == _PER_USER:
                        pool = sorted(subs[held["mail"]]) if "mail" in held else list(users)
                        take = pool if plan != crm else pool[:1 + int(r() * 3)]
                        subscribe(day, plan, people=take)
                    else:
                        subscribe(day, plan)
                        if family[plan] == "vm":
                            one_off(day, ONE_OFF_EXTRAS[1])
            elif what == "upgrade":
                options = [p for p in subs if p in upgrades]
                if options:
                    plan = options[int(r() * len(options))]
                    targets = upgrades[plan]
                    to = targets[int(r() * len(targets))]
                    subs[to] = subs.pop(plan)
                    held[family[to]] = to
                    on_plan(day, _PLAN_CHANGE, plan, to)
                    if to == premium and plan != o365_basic:
                        one_off(day, ONE_OFF_EXTRAS[2])  # mailbox migration to Office 365
            elif what == "lease":
                if running:
                    code = next(iter(running))
                    del running[code]
                    last_extra[0] = day
                    on_other(day, _EXTRA_END, code=code)
                else:
                    extra = RECURRING_EXTRAS[0] if r() < 0.75 else RECURRING_EXTRAS[1]
                    running[extra.code] = extra
                    on_other(day, _EXTRA, None, extra.code, extra.amounts[cur], True, extra.description)
            elif what == "cancel":
                options = [p for p in subs if family[p] != "mail"]
                if options:
                    drop(day, options[int(r() * len(options))])
            elif what == "currency":
                # Only without running leases (their amounts are in the old currency), and once the last
                # one-off or ended lease is billed: a billing period is at most 31 days.
                if not running and day - last_extra[0] > 31:
                    others = [c for c in CURRENCIES if c != cur]
                    cur = others[int(r() * len(others))]
                    on_other(day, _CURRENCY, currency=cur)
            elif what == "churn" and day - signup.toordinal() > 60:
                for plan in list(subs):
                    drop(day, plan)
                for code in list(running):
                    on_other(day, _EXTRA_END, code=code)
                break
            day += 1 + int(r() * gap)
        return first
