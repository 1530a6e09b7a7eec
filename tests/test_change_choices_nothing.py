"""When a kind of change has nothing to apply to on a day (``change_choices.nothing_to_change``), the rule the
change dialog shows instead of its fields; and the fields each kind cannot do without (``needed_fields``).

The reasons are read off the choices by hand: each case below builds the few plans, users, items and running
extras that make one rule fire (or not), so the expected reason follows from the rule as written."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services import change_choices as cc
from app.services.change_choices import (ChangeChoices, ItemChoice, PlanChoice, RunningExtra, change_choices,
                                         needed_fields, nothing_to_change)
from app.storage.engine import unit_of_work
from tests.test_changes import five_users_world, subscribe_five

DAY = date(2026, 3, 1)
KINDS = ("subscribe", "quantity", "plan_change", "cancel", "assign", "unassign", "extra", "extra_end")


def plan(code, basis="per_plan", subscribed=False, users=(), retired=False, quantity=None):
    return PlanChoice(code, code.title(), basis, None, subscribed, quantity, tuple(users), retired)


def choices(plans=(), users=(), items=(), running=()):
    return ChangeChoices("c1", "C1", DAY, date(2026, 1, 1), "EUR", list(plans), list(users), list(items),
                         list(running))


ITEM = ItemChoice("setup", "Setup", {"en": "Setup"}, False, Decimal("40.00"))
RUNNING = RunningExtra("backup", "Backup", Decimal("9.50"), "EUR", None, date(2026, 2, 1))


def reasons(c) -> dict[str, str | None]:
    return {kind: nothing_to_change(c, kind) for kind in KINDS}


def test_an_empty_catalogue_and_company_has_nothing_but_says_why_per_kind():
    assert reasons(choices()) == {
        "subscribe": cc.NO_PLANS, "quantity": cc.NO_PER_UNIT_PLAN, "plan_change": cc.NO_SUBSCRIPTION,
        "cancel": cc.NO_SUBSCRIPTION, "assign": cc.NO_PER_USER_PLAN, "unassign": cc.NO_PER_USER_PLAN,
        "extra": cc.NO_ITEMS, "extra_end": cc.NOTHING_RUNNING}


def test_a_company_with_every_plan_can_change_nothing_to_another_plan():
    # Both plans subscribed (one per user with ann assigned, one per unit): nothing left to subscribe or change
    # to; the rest applies.
    c = choices([plan("mail", "per_user", True, ["ann@c1.example"]), plan("sites", "per_unit", True, quantity=2)],
                users=[("ann@c1.example", "Ann")], items=[ITEM], running=[RUNNING])
    assert reasons(c) == {
        "subscribe": cc.EVERY_PLAN_TAKEN, "quantity": None, "plan_change": cc.NO_OTHER_PLAN, "cancel": None,
        "assign": None, "unassign": None, "extra": None, "extra_end": None}


def test_a_retired_plan_is_not_one_left_to_subscribe_to():
    c = choices([plan("mail", "per_user", True), plan("old", retired=True)])
    assert nothing_to_change(c, "subscribe") == cc.EVERY_PLAN_TAKEN
    assert nothing_to_change(c, "plan_change") == cc.NO_OTHER_PLAN


def test_users_without_assignments_and_plans_without_users():
    per_user = plan("mail", "per_user", True)  # nobody assigned
    assert nothing_to_change(choices([per_user]), "assign") == cc.NO_USERS
    assert nothing_to_change(choices([per_user], users=[("bob@c1.example", "Bob")]), "assign") is None
    assert nothing_to_change(choices([per_user], users=[("bob@c1.example", "Bob")]), "unassign") == \
        cc.NOBODY_ASSIGNED
    # A per-plan plan subscribed is no plan to assign users to.
    assert nothing_to_change(choices([plan("archiving", subscribed=True)]), "assign") == cc.NO_PER_USER_PLAN


@pytest.mark.parametrize("kind, fields", [
    ("subscribe", ("plan",)), ("quantity", ("plan",)), ("plan_change", ("plan", "to_plan")), ("cancel", ("plan",)),
    ("assign", ("plan", "user")), ("unassign", ("plan", "user")), ("extra", ("code",)), ("extra_end", ("code",)),
    ("billing_day", ())])
def test_the_fields_each_kind_needs(kind, fields):
    assert needed_fields(kind) == fields


def test_read_from_a_company_on_both_databases(db):
    five_users_world(db)
    subscribe_five(db)  # 15 January: Exchange Basic (per user) with five users, SharePoint (per unit), 2 sites
    with unit_of_work(db) as s:
        before = change_choices(s, "five", date(2026, 1, 14))
        after = change_choices(s, "five", date(2026, 1, 15))
    # Before the subscriptions: nothing to change, cancel, count or (un)assign; no extra items, none running.
    assert reasons(before) == {
        "subscribe": None, "quantity": cc.NO_PER_UNIT_PLAN, "plan_change": cc.NO_SUBSCRIPTION,
        "cancel": cc.NO_SUBSCRIPTION, "assign": cc.NO_PER_USER_PLAN, "unassign": cc.NO_PER_USER_PLAN,
        "extra": cc.NO_ITEMS, "extra_end": cc.NOTHING_RUNNING}
    # From 15 January: archiving is left to subscribe or change to, the five users are assigned.
    assert reasons(after) == {
        "subscribe": None, "quantity": None, "plan_change": None, "cancel": None, "assign": None,
        "unassign": None, "extra": cc.NO_ITEMS, "extra_end": cc.NOTHING_RUNNING}
