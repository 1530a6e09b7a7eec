"""What the change dialog offers on a date (both databases), and the schedule change previewed before it is
saved: where it takes effect, writing nothing."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import AuditEntry, CompanyEvent
from app.services import billing_schedule, catalogue, extra_items
from app.services import changes as ch
from app.services.change_choices import RunningExtra, change_choices
from app.storage.engine import unit_of_work
from tests.test_changes import FIVE, five_users_world, subscribe_five

D = Decimal


def _world(db):
    five_users_world(db)
    subscribe_five(db)  # 15 January: Exchange Basic with five users, two SharePoint sites
    with unit_of_work(db) as s:
        extra_items.add_item(s, "setup", {"en": "Setup fee", "de": "Einrichtung"}, False, {"EUR": "40.00"})
        extra_items.add_item(s, "backup", {"en": "Backup"}, True, {"EUR": "10.00", "USD": "11.00"})
        ch.record_changes(s, [ch.add_extra("five", "backup", "9.50", date=date(2026, 2, 1), recurring=True,
                                           user=FIVE[1], description="Backup"),
                              ch.change_quantity("five", "sharepoint-sites", 5, date(2026, 3, 1))])
        catalogue.retire_plan(s, "archiving", date(2026, 2, 10))


def test_the_choices_follow_the_companys_state_on_the_day(db):
    _world(db)
    with unit_of_work(db) as s:
        before = change_choices(s, "five", date(2026, 1, 14), "de_DE")
        feb = change_choices(s, "five", date(2026, 2, 20))
        march = change_choices(s, "five", date(2026, 3, 1))
    # Before anything was subscribed: every plan offered, none subscribed; archiving not retired yet.
    assert [(p.code, p.subscribed, p.retired) for p in before.plans] == [
        ("archiving", False, False), ("exchange-basic", False, False), ("sharepoint-sites", False, False)]
    assert (before.company_name, before.currency, before.signup) == ("Five", "EUR", date(2026, 1, 15))
    assert [u for u, _ in before.users] == FIVE
    assert [(i.code, i.name, i.recurring, i.amount) for i in before.items] == [
        ("backup", "Backup", True, D("10.00")), ("setup", "Einrichtung", False, D("40.00"))]
    assert before.running == []
    # 20 February: two sites (the quantity changes on 1 March); archiving retired since 10 February and
    # not subscribed, so not offered; the backup extra runs since 1 February at 9.50 (not the default 10.00).
    assert [(p.code, p.subscribed, p.quantity, len(p.users)) for p in feb.plans] == [
        ("exchange-basic", True, None, 5), ("sharepoint-sites", True, 2, 0)]
    assert feb.plan("exchange-basic").users == tuple(FIVE)
    assert feb.running == [RunningExtra("backup", "Backup", D("9.50"), "EUR", FIVE[1], date(2026, 2, 1))]
    assert march.plan("sharepoint-sites").quantity == 5


def test_choices_of_an_unknown_company_are_refused_by_field(db):
    five_users_world(db)
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            change_choices(s, "nope", date(2026, 3, 1))
    assert err.value.messages() == ["company: no company 'nope'"]


def _written(db):
    with unit_of_work(db) as s:
        return (s.scalar(select(func.count()).select_from(CompanyEvent)),
                s.scalar(select(func.count()).select_from(AuditEntry)))


def test_a_schedule_change_is_previewed_where_it_takes_effect_writing_nothing(db):
    five_users_world(db)
    subscribe_five(db)
    before = _written(db)
    with unit_of_work(db) as s:
        # Signed up 15 January, billed on the 15th. Day 1 from 10 March: the first boundary on or after it is
        # 15 March; the period from there runs to 1 April, 17 of the 31 days of March.
        day = billing_schedule.preview_billing_day(s, "five", 1, date(2026, 3, 10))
        term = billing_schedule.preview_term(s, "five", "quarterly", date(2026, 3, 16))
    assert (day.effective, day.period.start, day.period.end, day.period.days, day.period.term_days) == (
        date(2026, 3, 15), date(2026, 3, 15), date(2026, 4, 1), 17, 31)
    # Quarterly from 16 March: from the boundary on 15 April, one term of three months to 15 July.
    assert (term.effective, term.period.end, term.period.term) == (date(2026, 4, 15), date(2026, 7, 15),
                                                                   "quarterly")
    assert _written(db) == before
    with unit_of_work(db) as s:  # saving it records what the preview said
        saved = billing_schedule.change_billing_day(s, "five", 1, date(2026, 3, 10))
        # How the company is billed on a day: the period that holds it.
        feb = billing_schedule.period_on(s, "five", date(2026, 3, 1))
        transition = billing_schedule.period_on(s, "five", date(2026, 3, 20))
        april = billing_schedule.period_on(s, "five", date(2026, 4, 1))
    assert saved == day
    assert (feb.start, feb.end, feb.term, feb.billing_day) == (date(2026, 2, 15), date(2026, 3, 15), "monthly", 15)
    assert (transition.start, transition.end, transition.days, transition.term_days) == (
        date(2026, 3, 15), date(2026, 4, 1), 17, 31)
    assert (april.start, april.end, april.billing_day) == (date(2026, 4, 1), date(2026, 5, 1), 1)


def test_a_schedule_change_into_a_billed_boundary_is_refused_by_the_preview_too(db):
    five_users_world(db)
    subscribe_five(db)
    run_billing(db, date(2026, 3, 15))
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            billing_schedule.preview_term(s, "five", "yearly", date(2026, 3, 1))
    assert err.value.problems[0].id == "schedule_change_billed"
    assert "2026-04-15" in err.value.messages()[0]  # the earliest boundary not billed yet
