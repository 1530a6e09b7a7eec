"""The keys of the columns a billing run copies (migration 0017, issue 12).

On PostgreSQL a line's and an accrual's ``reseller_id`` (copies of their invoice's, what row-level security keys
on) are checked with their invoice in one lookup, which also refuses a copy that differs from its source; their
plan and company (copies) are not looked up per row. Every real relation still refuses a row that names
something that does not exist, on both backends; SQLite keeps every plain key it had.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.models import Accrual, Company, CompanyEvent, Invoice, InvoiceLine, Plan
from app.storage.engine import unit_of_work
from tests.staff_world import build_data, memory_keyring, world_with_logins  # noqa: F401
from tests.test_immutability import database_at

D = Decimal
MISSING = 987654  # an id no table holds


def _drafts(engine, resellers, companies) -> dict[str, int]:
    """A draft invoice of each company (c1: acme's, b1: bolt's, d1: the hoster's own), without lines."""
    owner = {"c1": resellers["acme"], "b1": resellers["bolt"], "d1": None}
    drafts = {}
    with unit_of_work(engine) as s:
        for code, rid in owner.items():
            inv = Invoice(kind="invoice", issuer_key=f"reseller:{rid}" if rid else "hoster", issuer_reseller_id=rid,
                          company_id=companies[code], reseller_id=rid, currency="EUR", status="draft")
            s.add(inv)
            s.flush()
            drafts[code] = inv.id
    return drafts


@pytest.fixture
def world(db):
    resellers, companies = build_data(db)
    with unit_of_work(db) as s:
        plan = s.scalar(select(Plan.id).order_by(Plan.id).limit(1))
    return SimpleNamespace(db=db, resellers=resellers, companies=companies, plan=plan,
                           drafts=_drafts(db, resellers, companies))


def _line(w, invoice: str | int, reseller: str | None, **over) -> dict:
    row = dict(invoice_id=w.drafts[invoice] if isinstance(invoice, str) else invoice,
               reseller_id=w.resellers[reseller] if reseller else None, position=0, kind="recurring",
               company_id=w.companies["c1"], plan_id=w.plan, quantity=D(1), unit_price=D("6.00"), amount=D("6.00"))
    return {**row, **over}


def _accrual(w, invoice: str | int, reseller: str, **over) -> dict:
    row = dict(reseller_id=w.resellers[reseller], kind="cost", company_id=w.companies["c1"],
               invoice_id=w.drafts[invoice] if isinstance(invoice, str) else invoice,
               boundary=date(2026, 2, 15), line_kind="recurring", plan_id=w.plan,
               quantity=D(1), unit_price=D("3.50"), currency="EUR", amount=D("3.50"))
    return {**row, **over}


def _insert(engine, table, row) -> None:
    with engine.begin() as conn:
        conn.execute(insert(table), row)


def _refused(engine, table, row) -> None:
    with pytest.raises(IntegrityError):
        _insert(engine, table, row)


def _pg_only(w) -> None:
    if w.db.dialect.name != "postgresql":
        pytest.skip("SQLite checks no copy against its source (single-user; migration 0017 keeps its plain keys)")


def test_a_line_whose_reseller_is_not_its_invoices_is_refused(world):
    _pg_only(world)
    lines = InvoiceLine.__table__
    _insert(world.db, lines, _line(world, "c1", "acme"))  # the copy equals its source
    _insert(world.db, lines, _line(world, "b1", "bolt", company_id=world.companies["b1"]))
    _refused(world.db, lines, _line(world, "c1", "bolt"))  # acme's invoice, bolt's reseller
    _refused(world.db, lines, _line(world, "d1", "acme"))  # the hoster's own invoice has no reseller


def test_an_accrual_whose_reseller_is_not_its_invoices_is_refused(world):
    _pg_only(world)
    accruals = Accrual.__table__
    _insert(world.db, accruals, _accrual(world, "c1", "acme"))
    _refused(world.db, accruals, _accrual(world, "c1", "bolt"))
    _refused(world.db, accruals, _accrual(world, "d1", "acme"))


def test_an_invoice_keeps_the_reseller_its_lines_copied(world):
    _pg_only(world)
    _insert(world.db, InvoiceLine.__table__, _line(world, "c1", "acme"))
    with pytest.raises(IntegrityError):
        with world.db.begin() as conn:
            conn.execute(update(Invoice).where(Invoice.id == world.drafts["c1"])
                         .values(reseller_id=world.resellers["bolt"]))


def test_rows_naming_what_does_not_exist_are_refused(world):
    """Real relations, on both backends: a line's and an accrual's invoice, an invoice's company and reseller, an
    event's plan, a company's reseller; on SQLite also the plain keys of the copies."""
    _refused(world.db, InvoiceLine.__table__, _line(world, MISSING, "acme"))
    _refused(world.db, InvoiceLine.__table__, _line(world, MISSING, None))
    _refused(world.db, Accrual.__table__, _accrual(world, MISSING, "acme"))
    invoice = dict(kind="invoice", issuer_key="hoster", currency="EUR", status="draft", language="en_GB",
                   subtotal=D(0), tax=D(0), total=D(0))
    _refused(world.db, Invoice.__table__, {**invoice, "reseller_id": MISSING})
    _refused(world.db, Invoice.__table__, {**invoice, "company_id": MISSING})
    event = dict(company_id=world.companies["d1"], date=date(2026, 3, 1), type="subscribe")
    _refused(world.db, CompanyEvent.__table__, {**event, "plan_id": MISSING})
    _refused(world.db, CompanyEvent.__table__, {**event, "company_id": MISSING, "plan_id": world.plan})
    company = dict(code="x1", name="X1", currency="EUR", language="en_GB", signup=date(2026, 1, 1))
    _refused(world.db, Company.__table__, {**company, "reseller_id": MISSING})
    if world.db.dialect.name == "sqlite":
        _refused(world.db, InvoiceLine.__table__, _line(world, "c1", "acme", plan_id=MISSING))
        _refused(world.db, InvoiceLine.__table__, _line(world, "c1", None, company_id=MISSING))
        _refused(world.db, Accrual.__table__, _accrual(world, "c1", "acme", plan_id=MISSING))


@pytest.mark.pg
def test_a_resellers_clerk_cannot_add_a_line_to_another_resellers_draft(pg_db, memory_keyring):  # noqa: F811
    """Acme's clerk writes lines under acme's own draft only: row-level security refuses one under bolt's draft
    (since migration 0023 it asks the line's invoice's issuer, not only the line's own copy of its reseller),
    and the pair key would refuse it as well (its plain key to invoices looks past the policies)."""
    with world_with_logins(pg_db, ("acme_clerk",)) as w:
        drafts = _drafts(w.owner, w.resellers, w.companies)
        with unit_of_work(w.owner) as s:
            plan = s.scalar(select(Plan.id).order_by(Plan.id).limit(1))
        ns = SimpleNamespace(resellers=w.resellers, companies=w.companies, plan=plan, drafts=drafts)
        clerk = w.engines["acme_clerk"]
        _insert(clerk, InvoiceLine.__table__, _line(ns, "c1", "acme"))
        with pytest.raises(DBAPIError) as refused:
            _insert(clerk, InvoiceLine.__table__, _line(ns, "b1", "acme"))
        assert refused.value.orig.sqlstate == "42501"
        with w.owner.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM invoice_lines WHERE invoice_id = :i"),
                                dict(i=drafts["b1"])).scalar_one() == 0


@pytest.mark.pg
def test_an_upgrade_that_existing_rows_would_fail_names_them_and_changes_nothing(pg_db, tmp_path):
    with database_at(pg_db, tmp_path, "head") as own_pg:  # a database of its own: it goes back to 0016
        _existing_rows_named(own_pg)


def _existing_rows_named(own_pg) -> None:
    from alembic import command

    from app.errors import ProrataError
    from app.storage import schema

    resellers, companies = build_data(own_pg)
    w = SimpleNamespace(db=own_pg, resellers=resellers, companies=companies,
                        drafts=_drafts(own_pg, resellers, companies))
    with unit_of_work(own_pg) as s:
        w.plan = s.scalar(select(Plan.id).order_by(Plan.id).limit(1))
    with own_pg.begin() as conn:
        command.downgrade(schema._config(conn), "0016")
    # Before 0017 nothing refused it: a line under bolt on acme's draft, an accrual of acme's on bolt's.
    with own_pg.begin() as conn:
        wrong_line = conn.scalar(insert(InvoiceLine).returning(InvoiceLine.id), _line(w, "c1", "bolt"))
        wrong_accrual = conn.scalar(insert(Accrual).returning(Accrual.id), _accrual(w, "b1", "acme"))
        conn.execute(insert(InvoiceLine), _line(w, "c1", "acme"))  # a right one, not named

    with pytest.raises(ProrataError) as refused:
        schema.upgrade(own_pg)
    problem = refused.value.problems[0]
    assert problem.id == "upgrade_reseller_copy_differs"
    assert problem.params["count"] == 2
    assert problem.params["rows"] == (f"accruals.id={wrong_accrual} (invoice_id={w.drafts['b1']}), "
                                      f"invoice_lines.id={wrong_line} (invoice_id={w.drafts['c1']})")
    assert schema.status(own_pg).current == "0016"  # nothing of the upgrade was kept

    with own_pg.begin() as conn:  # the administrator corrects them
        conn.execute(text("UPDATE invoice_lines SET reseller_id = :r WHERE id = :i"),
                     dict(r=w.resellers["acme"], i=wrong_line))
        conn.execute(text("UPDATE accruals SET reseller_id = :r WHERE id = :i"),
                     dict(r=w.resellers["bolt"], i=wrong_accrual))
    assert schema.upgrade(own_pg).up_to_date
