"""Recording dated changes for existing companies (both databases): the import's checks, all or nothing,
problems located by field, audited; the issue's "done when" (a back-dated quantity change billed as
corrections), and the same change imported as a bundle billed exactly alike."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.bundle import FORMAT
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import AuditEntry, Company, CompanyEvent, Invoice, InvoiceLine, User
from app.services import changes as ch
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.actors import recorded

D = Decimal
FIVE = [f"u{i}@five.example" for i in range(1, 6)]


def add_users(engine, w, company: str, emails) -> None:
    """Users of an existing company, without any event."""
    with unit_of_work(engine) as s:
        c = s.get(Company, w.companies[company])
        for email in emails:
            u = User(company_id=c.id, reseller_id=c.reseller_id, email=email, name=email.split("@")[0])
            s.add(u)
            s.flush()
            w.users[email] = u.id


def five_users_world(engine):
    """Acme's company "five" (signup 15 January 2026) with five users and no change yet. Acme sells
    Exchange Basic at 6.00 a user and SharePoint at 12.00 a site a month; its tax rate is 19 %."""
    w = build(engine)
    add_company(engine, w, "five", reseller="acme")
    add_users(engine, w, "five", FIVE)
    return w


def subscribe_five(engine) -> None:
    with unit_of_work(engine) as s:
        ch.record_changes(s, [ch.subscribe("five", "exchange-basic", date(2026, 1, 15))]
                          + [ch.assign("five", "exchange-basic", u, date(2026, 1, 15)) for u in FIVE]
                          + [ch.subscribe("five", "sharepoint-sites", date(2026, 1, 15), quantity=2)])


def invoice_lines(engine, company_id, boundary):
    with unit_of_work(engine) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == company_id,
                                              Invoice.period_start == boundary)).one()
        lines = [(ln.kind, ln.start, ln.end, ln.quantity, ln.unit_price, ln.amount) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))]
        return lines, (inv.subtotal, inv.tax, inv.total)


def test_changes_are_written_as_events_of_the_company_with_who_recorded_them_and_audited(db, monkeypatch):
    monkeypatch.setenv("PRORATA_ACTOR", "clerk-ann")
    w = five_users_world(db)
    with unit_of_work(db) as s:
        result = ch.record_changes(s, [ch.subscribe("five", "sharepoint-sites", date(2026, 1, 20), quantity=3),
                                       ch.add_extra("five", "setup", "49.90", date=date(2026, 1, 20),
                                                    description="Setup", user=FIVE[0])], source="test")
    assert [(c.type, c.date, c.quantity, c.amount, c.user) for c in result.changes] == [
        ("subscribe", date(2026, 1, 20), 3, None, None), ("extra", date(2026, 1, 20), None, D("49.90"), FIVE[0])]
    with unit_of_work(db) as s:
        rows = s.scalars(select(CompanyEvent).order_by(CompanyEvent.id)).all()
        assert [(r.id, r.company_id, r.reseller_id, r.plan_id, r.quantity, r.user_id, r.amount, r.recorded_by)
                for r in rows] == [
            (result.ids[0], w.companies["five"], w.resellers["acme"], w.plans["sharepoint-sites"], 3, None, None,
             recorded(db, "clerk-ann")),
            (result.ids[1], w.companies["five"], w.resellers["acme"], None, None, w.users[FIVE[0]], D("49.90"),
             recorded(db, "clerk-ann"))]
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "change")).all()
    assert len(entries) == 1  # one entry per company per call, listing its changes
    e = entries[0]
    assert (e.actor, e.entity, e.entity_id, e.reseller_id) == (recorded(db, "clerk-ann"), "company", "five",
                                                            w.resellers["acme"])
    assert [c["id"] for c in e.after["changes"]] == result.ids and e.after["source"] == "test"


def test_the_builders_write_the_bundles_event_format():
    assert ch.subscribe("c", "p", date(2026, 2, 1), 4) == {"date": "2026-02-01", "company": "c", "type": "subscribe",
                                                           "plan": "p", "quantity": 4}
    assert ch.change_plan("c", "p", "q", "2026-02-01") == {"date": "2026-02-01", "company": "c",
                                                           "type": "plan_change", "plan": "p", "to_plan": "q"}
    assert ch.add_extra("c", "x", D("-5.5"), date=date(2026, 2, 1), recurring=True, description="Fee") == {
        "date": "2026-02-01", "company": "c", "type": "extra", "code": "x", "amount": "-5.5", "recurring": True,
        "description": {"en": "Fee"}}
    assert ch.end_extra("c", "x", date(2026, 3, 1))["type"] == "extra_end"
    assert ch.change_currency("c", "USD")["date"] == date.today().isoformat()


def test_all_or_nothing_with_every_problem_at_its_place(db):
    five_users_world(db)
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            ch.record_changes(s, [ch.subscribe("five", "sharepoint-sites", date(2026, 1, 20), quantity=3),
                                  ch.cancel("five", "exchange-basic", date(2026, 1, 25)),
                                  ch.subscribe("five", "archiving", "2026-02-30"),
                                  ch.assign("five", "sharepoint-sites", "nobody@five.example", date(2026, 2, 1))])
    assert err.value.messages() == [
        "$[1].plan: plan 'exchange-basic' is not subscribed on 2026-01-25",
        "$[2].date: '2026-02-30' is not a date (use YYYY-MM-DD)",
        "$[3].user: unknown user 'nobody@five.example' of company 'five'"]
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(CompanyEvent)) == 0


@pytest.mark.parametrize("event, where, problem", [
    (ch.subscribe("five", "exchange-basic", "2026-13-01"), "date", "bad_date"),
    (ch.subscribe("five", "exchange-basic", "2026-01-01"), "date", "before_signup"),
    (ch.subscribe("five", "nosuch", date(2026, 2, 1)), "plan", "unknown"),
    (ch.subscribe("five", "sharepoint-sites", date(2026, 2, 1)), "plan", "wrong_basis"),  # needs a quantity
    (ch.change_quantity("five", "sharepoint-sites", 2, date(2026, 2, 1)), "plan", "not_subscribed"),
    (ch.subscribe("five", "sharepoint-sites", date(2026, 2, 1), quantity=-1), "quantity", "negative_quantity"),
    (ch.assign("five", "exchange-basic", FIVE[0], date(2026, 2, 1)), "plan", "not_subscribed"),
    (ch.assign("five", "exchange-basic", "x@elsewhere.example", date(2026, 2, 1)), "user", "unknown_user"),
    (ch.add_extra("five", "setup", "12.345", date=date(2026, 2, 1), description="Setup"), "amount",
     "too_many_decimals"),
    (ch.add_extra("five", "setup", date=date(2026, 2, 1), description="Setup"), "amount", "missing"),
    (ch.end_extra("five", "backup", date(2026, 2, 1)), "code", "unknown"),
    (ch.change_currency("five", "XYZ", date(2026, 2, 1)), "currency", "unknown_currency"),
    (ch.subscribe("nosuch", "archiving", date(2026, 2, 1)), "company", "unknown"),
])
def test_one_change_from_a_form_is_refused_at_its_field_with_the_reason(db, event, where, problem):
    five_users_world(db)
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            ch.record_change(s, event)
    assert [(p.where, p.id) for p in err.value.problems][:1] == [(where, problem)]


def test_a_change_is_checked_against_the_state_on_its_date_not_today(db):
    five_users_world(db)
    with unit_of_work(db) as s:
        ch.record_changes(s, [ch.subscribe("five", "sharepoint-sites", date(2026, 3, 1), quantity=1)])
    with pytest.raises(ProrataError) as err:  # not subscribed yet on 20 February
        with unit_of_work(db) as s:
            ch.record_change(s, ch.cancel("five", "sharepoint-sites", date(2026, 2, 20)))
    assert err.value.messages() == ["plan: plan 'sharepoint-sites' is not subscribed on 2026-02-20"]
    with unit_of_work(db) as s:  # and it can be cancelled from 1 March on
        ch.record_change(s, ch.cancel("five", "sharepoint-sites", date(2026, 3, 1)))


def test_schedule_changes_go_through_the_schedule_service(db):
    five_users_world(db)
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            ch.record_changes(s, [{"date": "2026-03-01", "company": "five", "type": "term", "code": "yearly"}])
    assert err.value.problems[0].where == "$[0].type" and err.value.problems[0].id == "schedule_change_elsewhere"


def test_an_extra_takes_the_catalogues_amount_in_the_companys_currency_and_its_name(db):
    from app.services import extra_items

    five_users_world(db)
    with unit_of_work(db) as s:
        extra_items.add_item(s, "setup", {"en": "Mailbox setup"}, amounts={"EUR": "25.00", "USD": "30.00"})
    with unit_of_work(db) as s:
        event = ch.add_extra("five", "setup", date=date(2026, 2, 1), session=s)
        assert (event["amount"], event["description"]) == ("25.00", {"en": "Mailbox setup"})
        assert ch.record_change(s, event).amount == D("25.00")


def test_done_when_five_users_subscribe_then_a_quantity_change_back_dated_into_an_invoiced_month(db):
    w = five_users_world(db)
    subscribe_five(db)
    run_billing(db, date(2026, 3, 15))  # 15 January, 15 February, 15 March
    five = w.companies["five"]
    assert invoice_lines(db, five, date(2026, 1, 15)) == ([
        ("recurring", date(2026, 1, 15), date(2026, 2, 15), 5, D("6.00"), D("30.00")),
        ("recurring", date(2026, 1, 15), date(2026, 2, 15), 2, D("12.00"), D("24.00"))],
        (D("54.00"), D("10.26"), D("64.26")))  # 19 % of 54.00
    # Recorded late: the company has had 4 sites since 1 February.
    with unit_of_work(db) as s:
        ch.record_change(s, ch.change_quantity("five", "sharepoint-sites", 4, date(2026, 2, 1)))
    run_billing(db, date(2026, 4, 15))
    assert invoice_lines(db, five, date(2026, 4, 15)) == ([
        ("recurring", date(2026, 4, 15), date(2026, 5, 15), 5, D("6.00"), D("30.00")),
        ("recurring", date(2026, 4, 15), date(2026, 5, 15), 4, D("12.00"), D("48.00")),
        # 2 more sites from 1 to 15 February: 14 of the 31 days of the period billed on 15 February
        ("correction", date(2026, 2, 1), date(2026, 2, 15), 2, D("12.00"), D("10.84")),  # 336/31 = 10.838...
        ("correction", date(2026, 2, 15), date(2026, 3, 15), 2, D("12.00"), D("24.00")),
        ("correction", date(2026, 3, 15), date(2026, 4, 15), 2, D("12.00"), D("24.00"))],
        # 30 + 48 + 10.84 + 24 + 24 = 136.84; 19 % = 25.9996
        (D("136.84"), D("26.00"), D("162.84")))


def _assign_bob_world(engine):
    """test_late_changes' first scenario: l1 pays the hoster 6.50 a user of Exchange Basic (tax 20 %), billed
    to 15 March with Ann alone; Bob exists as a user but has no change yet."""
    w = build(engine)
    l1 = add_company(engine, w, "l1", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "ann@l1.example"})])
    add_users(engine, w, "l1", ["bob@l1.example"])
    run_billing(engine, date(2026, 3, 15))
    return l1


BOB = {"date": "2026-02-01", "company": "l1", "type": "assign", "plan": "exchange-basic", "user": "bob@l1.example"}
BOB_LINES = ([
    ("recurring", date(2026, 4, 15), date(2026, 5, 15), 2, D("6.50"), D("13.00")),
    ("correction", date(2026, 2, 1), date(2026, 2, 15), 1, D("6.50"), D("2.94")),  # 6.50 x 14/31 = 2.935...
    ("correction", date(2026, 2, 15), date(2026, 3, 15), 1, D("6.50"), D("6.50")),
    ("correction", date(2026, 3, 15), date(2026, 4, 15), 1, D("6.50"), D("6.50"))],
    (D("28.94"), D("5.79"), D("34.73")))


def test_a_bundle_of_events_only_is_billed_as_corrections_like_a_change_from_the_cli(db, fresh_db):
    """Issue 7, item 5: ``prorata import`` of events for an existing company, into an invoiced month."""
    imported = fresh_db()
    l1 = _assign_bob_world(imported)
    with unit_of_work(imported) as s:
        result = import_bundle(s, {"format": FORMAT, "events": [BOB]}, source="late.json")
    assert result.counts["events"] == 1
    run_billing(imported, date(2026, 4, 15))
    assert invoice_lines(imported, l1, date(2026, 4, 15)) == BOB_LINES

    recorded = fresh_db()
    l1 = _assign_bob_world(recorded)
    with unit_of_work(recorded) as s:
        ch.record_changes(s, [BOB])
    run_billing(recorded, date(2026, 4, 15))
    assert invoice_lines(recorded, l1, date(2026, 4, 15)) == BOB_LINES
