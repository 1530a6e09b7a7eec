"""The preview of changes before they are saved (both databases): what the company's next invoice would
gain, line by line with its arithmetic, worked out by the engine and writing nothing; then the run bills
what the preview said."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import AuditEntry, CompanyEvent
from app.services import changes as ch
from app.services.change_preview import PreviewLine, preview
from app.storage.engine import unit_of_work
from tests.test_changes import five_users_world, invoice_lines, subscribe_five

D = Decimal


def _counts(engine):
    with unit_of_work(engine) as s:
        return (s.scalar(select(func.count()).select_from(CompanyEvent)),
                s.scalar(select(func.count()).select_from(AuditEntry)))


def test_a_change_within_the_coming_period_shows_its_proration_and_the_new_recurring_quantity(db):
    w = five_users_world(db)
    subscribe_five(db)
    run_billing(db, date(2026, 2, 15))  # billed up to 15 February; next: 15 March
    before = _counts(db)
    change = ch.change_quantity("five", "sharepoint-sites", 5, date(2026, 2, 25))
    with unit_of_work(db) as s:
        shown = preview(s, [change])
    assert _counts(db) == before  # nothing written
    [cp] = shown.companies
    assert (cp.company, cp.boundary, cp.currency) == ("five", date(2026, 3, 15), "EUR")
    assert cp.lines == [
        # 3 more sites billed in advance from 15 March
        PreviewLine("recurring", date(2026, 3, 15), date(2026, 4, 15), D(3), D("12.00"), D("36.00"),
                    "sharepoint-sites", days=1, period_days=1),
        # 3 x 12.00 x 18/28 (25 February to 15 March, of the 28 days from 15 February) = 23.142...
        PreviewLine("proration", date(2026, 2, 25), date(2026, 3, 15), D(3), D("12.00"), D("23.14"),
                    "sharepoint-sites", days=18, period_days=28)]
    # Without it: 5 users x 6.00 + 2 sites x 12.00 = 54.00; with it: 54.00 + 36.00 + 23.14 = 113.14.
    assert (cp.subtotal_before, cp.subtotal_after, cp.subtotal_change) == (D("54.00"), D("113.14"), D("59.14"))
    assert (cp.total_before, cp.total_after) == (D("64.26"), D("134.64"))  # 19 %: 10.26; 21.4966 -> 21.50

    with unit_of_work(db) as s:  # saved, the run bills what the preview said
        ch.record_change(s, change)
    run_billing(db, date(2026, 3, 15))
    lines, totals = invoice_lines(db, w.companies["five"], date(2026, 3, 15))
    assert totals == (D("113.14"), D("21.50"), D("134.64"))
    assert ("proration", date(2026, 2, 25), date(2026, 3, 15), 3, D("12.00"), D("23.14")) in lines


def test_a_change_dated_into_an_invoiced_month_shows_its_correction_lines(db):
    five_users_world(db)
    subscribe_five(db)
    run_billing(db, date(2026, 3, 15))
    with unit_of_work(db) as s:
        [cp] = preview(s, [ch.change_quantity("five", "sharepoint-sites", 4, date(2026, 2, 1))]).companies
    assert cp.boundary == date(2026, 4, 15)
    assert [(ln.kind, ln.start, ln.end, ln.quantity, ln.amount, ln.days, ln.period_days) for ln in cp.lines] == [
        ("recurring", date(2026, 4, 15), date(2026, 5, 15), 2, D("24.00"), 1, 1),
        ("correction", date(2026, 2, 1), date(2026, 2, 15), 2, D("10.84"), 14, 31),  # 2 x 12.00 x 14/31
        ("correction", date(2026, 2, 15), date(2026, 3, 15), 2, D("24.00"), 1, 1),
        ("correction", date(2026, 3, 15), date(2026, 4, 15), 2, D("24.00"), 1, 1)]
    assert (cp.subtotal_before, cp.subtotal_after) == (D("54.00"), D("136.84"))


def test_a_one_off_extra_and_a_user_assigned_show_on_the_next_invoice(db):
    five_users_world(db)
    with unit_of_work(db) as s:  # subscribed with one user only
        ch.record_changes(s, [ch.subscribe("five", "exchange-basic", date(2026, 1, 15)),
                              ch.assign("five", "exchange-basic", "u1@five.example", date(2026, 1, 15))])
    run_billing(db, date(2026, 1, 15))
    with unit_of_work(db) as s:
        [cp] = preview(s, [ch.assign("five", "exchange-basic", "u2@five.example", date(2026, 1, 29)),
                           ch.add_extra("five", "setup", "40.00", date=date(2026, 2, 3), user="u2@five.example",
                                        description="Setup")]).companies
    assert cp.boundary == date(2026, 2, 15)
    assert [(ln.kind, ln.plan, ln.extra, ln.user, ln.quantity, ln.unit_price, ln.amount, ln.days, ln.period_days)
            for ln in cp.lines] == [
        ("recurring", "exchange-basic", None, None, 1, D("6.00"), D("6.00"), 1, 1),
        # 29 January to 15 February: 17 of the 31 days from 15 January; 6.00 x 17/31 = 3.290...
        ("proration", "exchange-basic", None, None, 1, D("6.00"), D("3.29"), 17, 31),
        ("extra", None, "setup", "u2@five.example", 1, D("40.00"), D("40.00"), 1, 1)]


def test_a_change_after_the_next_boundary_is_previewed_where_it_first_shows(db):
    five_users_world(db)
    subscribe_five(db)
    with unit_of_work(db) as s:  # nothing billed yet: the next boundary is 15 January
        [cp] = preview(s, [ch.cancel("five", "sharepoint-sites", date(2026, 4, 1))]).companies
    assert cp.boundary == date(2026, 4, 15)
    # The two sites billed in advance on 15 March are credited from 1 April: -2 x 12.00 x 14/31 = -10.838...
    assert [(ln.kind, ln.quantity, ln.amount, ln.days, ln.period_days) for ln in cp.lines] == [
        ("recurring", -2, D("-24.00"), 1, 1), ("proration", -2, D("-10.84"), 14, 31)]


def test_a_change_the_rules_refuse_is_refused_by_the_preview_too(db):
    five_users_world(db)
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            preview(s, [ch.cancel("five", "exchange-basic", date(2026, 2, 1))], prefix=None)
    assert err.value.messages() == ["plan: plan 'exchange-basic' is not subscribed on 2026-02-01"]
