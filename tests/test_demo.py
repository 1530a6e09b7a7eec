"""The demo generator: what it writes, that its history is valid, and that it writes all or nothing."""
from __future__ import annotations

import shutil
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, inspect, select, text

import app.demo.generator as generator
from app.billing.run import run_billing
from app.billing.billable import billable
from app.cli.main import main as prorata
from app.company_state import CompanyState, Event
from app.demo import DemoCancelled, generate
from app.errors import ProrataError
from app.models import (AuditEntry, Company, CompanyEvent, Currency, Hoster, Layer, Plan, Price, Reseller, Service,
                        User)
from app.money import minor_digits
from app.storage.engine import make_engine, unit_of_work

TODAY = date(2026, 11, 1)
N = 60
ALL_TABLES = (Hoster, Currency, Reseller, Service, Plan, Price, Company, User, CompanyEvent, AuditEntry)


def counts(engine) -> dict[str, int]:
    with unit_of_work(engine) as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in ALL_TABLES}


@pytest.fixture
def demo(db):
    summary = generate(db, N, seed=1, today=TODAY)
    return db, summary


def test_counts_come_out_as_asked(demo):
    engine, summary = demo
    with unit_of_work(engine) as s:
        assert s.scalar(select(func.count()).select_from(Company)) == N
        assert summary.companies == N
        assert s.get(Hoster, 1).name == "Northwind Hosting"
        assert set(s.scalars(select(Currency.code).where(Currency.enabled))) == {"EUR", "USD", "GBP", "JPY"}
        resellers = list(s.scalars(select(Reseller)))
        assert len(resellers) == summary.resellers == 5
        assert {r.billing_mode for r in resellers} == {
            "reseller_bills", "hoster_bills_hoster_processor", "hoster_bills_reseller_processor"}
        assert {r.currency for r in resellers} == {"EUR", "USD", "GBP", "JPY"}
        # 60 companies are three rounds of twenty slots: 6 + 3 + 4 + 3 + 2 + 2 per round.
        per_seller = Counter(s.scalars(select(Company.reseller_id)))
        assert per_seller == {1: 18, None: 9, 2: 12, 3: 9, 4: 6, 5: 6}
        assert {p.basis for p in s.scalars(select(Plan))} == {"per_plan", "per_user", "per_unit"}
        assert s.scalar(select(func.count()).select_from(User)) == summary.users
        assert s.scalar(select(func.count()).select_from(CompanyEvent)) == summary.events
        assert s.scalar(select(func.count()).select_from(Price)) == summary.prices
        # About four users and twenty events per company: loose bounds, not a target.
        assert 3 * N <= summary.users <= 5 * N
        assert 12 * N <= summary.events <= 28 * N
        codes = list(s.scalars(select(Company.code)))
        assert len(set(codes)) == N and "C000001" in codes
        emails = list(s.execute(select(User.company_id, User.email)))
        assert len(set(emails)) == len(emails)
        billing_days = set(s.scalars(select(Company.billing_day)))
        assert None in billing_days and 1 in billing_days


def test_prices_cover_every_layer_and_currency(demo):
    engine, _ = demo
    with unit_of_work(engine) as s:
        prices = list(s.scalars(select(Price)))
        plans = list(s.scalars(select(Plan.id)))
    assert {p.currency for p in prices} == {"EUR", "USD", "GBP", "JPY"}
    assert {p.layer for p in prices} == {"wholesale", "wholesale_override", "retail", "company_override"}
    for p in prices:
        assert p.amount > 0
        assert p.amount == p.amount.quantize(Decimal(1).scaleb(-minor_digits(p.currency))), p
    assert all(p.amount == p.amount.to_integral_value() for p in prices if p.currency == "JPY")
    wholesale = {(p.plan_id, p.currency, p.valid_from): p.amount for p in prices if p.layer == Layer.WHOLESALE.value}
    # Every plan has a wholesale price in every currency, and each seller's retail price is above it.
    assert {(pid, cur) for pid, cur, _ in wholesale} == {(pid, cur) for pid in plans
                                                         for cur in ("EUR", "USD", "GBP", "JPY")}
    for p in prices:
        if p.layer == Layer.RETAIL.value:
            assert p.amount > wholesale[(p.plan_id, p.currency, p.valid_from)], p
    retail_sellers = {p.reseller_id for p in prices if p.layer == Layer.RETAIL.value}
    assert retail_sellers == {None, 1, 2, 3, 4, 5}


def test_every_history_replays_from_signup_to_today(demo):
    engine, _ = demo
    with unit_of_work(engine) as s:
        bases = dict(s.execute(select(Plan.id, Plan.basis)).all())
        companies = {c.id: c for c in s.scalars(select(Company))}
        events = defaultdict(list)
        for e in s.scalars(select(CompanyEvent).order_by(CompanyEvent.company_id, CompanyEvent.date,
                                                         CompanyEvent.id)):
            events[e.company_id].append(e)
    assert set(events) == set(companies)
    seen = Counter()
    for cid, evs in events.items():
        company = companies[cid]
        state = CompanyState(company.currency)
        for e in evs:
            assert company.signup <= e.date <= TODAY, (company.code, e.date)
            if e.type == "extra":
                # Extras are priced in the company's currency of the day, to its minor unit.
                digits = minor_digits(state.currency)
                assert e.amount == e.amount.quantize(Decimal(1).scaleb(-digits)), (company.code, e.amount)
            state.apply(Event(e.date, e.type, e.plan_id, e.to_plan_id, e.quantity, e.user_id, e.code, e.amount,
                              e.recurring, e.currency, e.description, e.id), bases)
            seen[e.type] += 1
        assert evs[0].type == "subscribe" and evs[0].date == company.signup
    assert {"subscribe", "assign", "unassign", "quantity", "plan_change", "cancel", "extra", "extra_end"} <= set(seen)


def test_rows_carry_their_company_reseller(demo):
    engine, _ = demo
    with unit_of_work(engine) as s:
        owner = dict(s.execute(select(Company.id, Company.reseller_id)).all())
        users = list(s.execute(select(User.company_id, User.reseller_id)))
        events = list(s.execute(select(CompanyEvent.company_id, CompanyEvent.reseller_id)))
        overrides = list(s.execute(select(Price.company_id, Price.reseller_id)
                                   .where(Price.layer == Layer.COMPANY_OVERRIDE.value)))
    assert users and events and overrides
    assert all(rid == owner[cid] for cid, rid in users)
    assert all(rid == owner[cid] for cid, rid in events)
    assert all(rid == owner[cid] for cid, rid in overrides)
    assert any(rid is not None for rid in owner.values()) and None in owner.values()


def test_every_company_can_be_priced(demo):
    """No price hole: the billable export of the last month finds a price for every line."""
    engine, _ = demo
    rows = list(billable(engine, TODAY - timedelta(days=30), TODAY))
    assert rows
    assert [r.error for r in rows if r.error] == []


def test_a_year_of_demo_history_bills_without_a_failure(sqlite_template, tmp_path):
    """Every company's year bills: in particular no extra falls on an invoice in another currency (a
    currency changes only once the extras before it are billed)."""
    path = tmp_path / "demo.db"
    shutil.copy(sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    generate(engine, 2000, seed=1, today=TODAY)
    report = run_billing(engine, TODAY, dry_run=True)
    engine.dispose()
    assert len(report.of("billed")) > 10_000
    assert [(o.code, o.reason) for o in report.of("failed")] == []


def test_one_audit_entry(demo):
    engine, summary = demo
    with unit_of_work(engine) as s:
        entries = list(s.scalars(select(AuditEntry)))
    assert [(a.action, a.entity) for a in entries] == [("demo", "database")]
    assert entries[0].after["companies"] == N
    assert entries[0].after["events"] == summary.events


def test_a_second_demo_is_refused_and_changes_nothing(demo):
    engine, _ = demo
    before = counts(engine)
    with pytest.raises(ProrataError) as err:
        generate(engine, 5, today=TODAY)
    assert err.value.problems[0].id == "not_empty"
    assert "a hoster" in str(err.value) and "60 companies" in str(err.value)
    assert counts(engine) == before


def test_cancelling_leaves_the_database_empty(db, monkeypatch):
    monkeypatch.setattr(generator, "BATCH", 20)
    calls = []
    foreign_keys = inspect(db).get_foreign_keys("company_events")
    assert len(foreign_keys) == 6  # company, reseller, plan, new plan, user, the event undone

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # two batches are written, then the user cancels

    with pytest.raises(DemoCancelled):
        generate(db, N, today=TODAY, cancelled=cancelled)
    assert len(calls) == 3
    assert set(counts(db).values()) == {0}
    # PostgreSQL dropped the events' foreign keys for the load: the rollback put them back.
    assert inspect(db).get_foreign_keys("company_events") == foreign_keys
    # The connection went back to the pool in a usable state: a demo now goes through.
    assert generate(db, 3, today=TODAY).companies == 3


def test_progress_reaches_the_total(db, monkeypatch):
    monkeypatch.setattr(generator, "BATCH", 25)
    seen = []
    generate(db, N, today=TODAY, progress=lambda done, total, message: seen.append((done, total)))
    assert seen[0] == (0, N)
    assert (25, N) in seen and (50, N) in seen
    assert seen[-1] == (N, N)


def test_a_new_company_gets_the_next_id_after_the_demo(demo):
    """On PostgreSQL this needs the sequences moved past the ids the demo assigned."""
    engine, _ = demo
    with unit_of_work(engine) as s:
        company = Company(code="NEW-1", name="Fresh Start Ltd", currency="GBP", language="en_GB", signup=TODAY)
        s.add(company)
        s.flush()
        user = User(company_id=company.id, email="ann@fresh.example", name="Ann Fresh")
        s.add(user)
        s.flush()
        s.add(CompanyEvent(company_id=company.id, date=TODAY, type="subscribe", plan_id=1))
        s.flush()
        assert company.id == N + 1


def test_the_same_seed_gives_the_same_data(sqlite_template, tmp_path):
    made = []
    for name in ("a.db", "b.db"):
        shutil.copy(sqlite_template, tmp_path / name)
        engine = make_engine(f"sqlite:///{tmp_path / name}")
        generate(engine, 20, seed=7, today=TODAY)
        with unit_of_work(engine) as s:
            made.append((list(s.execute(select(Company.code, Company.name, Company.signup).order_by(Company.id))),
                         list(s.execute(select(CompanyEvent.company_id, CompanyEvent.date, CompanyEvent.type,
                                               CompanyEvent.plan_id).order_by(CompanyEvent.id)))))
        engine.dispose()
    assert made[0] == made[1]


def test_foreign_keys_are_all_in_place_after_the_demo(demo):
    """PostgreSQL loads with the big tables' foreign keys dropped, then adds them back."""
    engine, _ = demo
    found = inspect(engine)
    for model in (Company, User, CompanyEvent):
        names = {fk["name"] for fk in found.get_foreign_keys(model.__tablename__)}
        expected = {c.name for c in model.__table__.foreign_key_constraints}
        assert names == expected and len(expected) >= 2, model


def test_sqlite_foreign_keys_hold_and_are_back_on(sqlite_db):
    generate(sqlite_db, N, today=TODAY)
    with sqlite_db.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_zero_companies_makes_the_hoster_and_catalogue_only(db):
    summary = generate(db, 0, today=TODAY)
    assert (summary.companies, summary.users, summary.events) == (0, 0, 0)
    assert counts(db)["resellers"] == 5


def test_negative_count_is_refused(db):
    with pytest.raises(ProrataError) as err:
        generate(db, -1)
    assert err.value.problems[0].where == "companies"


def test_cli_demo_then_refusal(sqlite_db, capsys):
    url = sqlite_db.url.render_as_string(hide_password=False)
    assert prorata(["demo", "--companies", "12", "--seed", "3", "--as-of", "2026-11-01", "--db", url]) == 0
    out, err = capsys.readouterr()
    assert "12 companies" in out and "history up to 2026-11-01" in out
    assert "prorata: demo:" in err
    assert prorata(["demo", "--companies", "12", "--db", url]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "the database already holds data: a hoster" in err
    assert counts(sqlite_db)["companies"] == 12


def test_cli_bad_date(sqlite_db, capsys):
    url = sqlite_db.url.render_as_string(hide_password=False)
    assert prorata(["demo", "--as-of", "1 November", "--db", url]) == 2
    assert "--as-of: '1 November' is not a date" in capsys.readouterr().err
