"""Two resellers, a direct company and one staff login per role, on PostgreSQL, for the row-security tests.

Northwind Hosting (billing_world) sells through Acme (its company c1) and Bolt (its company b1) and directly
to d1; one billing run to 2026-02-15 leaves drafts, lines, accruals, billed periods and audit entries, and
each issuer issues its first draft (numbers, chain heads). Then a login is added for every role: the hoster's
admin, clerk and reviewer; Acme's admin and clerk; Bolt's admin.

Roles are shared by the whole PostgreSQL cluster, which other test sessions use at the same time: each
login's name is unique (``pt<random>_<role>``) and the fixture drops it at the end.
"""
from __future__ import annotations

import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from app.billing.run import run_billing
from app.models import Invoice, MinimumCharge, Price, Reseller
from app.services import invoices, staff
from app.storage.engine import make_engine, unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build

D = Decimal

# key -> (role as typed, reseller code)
LOGINS = {
    "hoster_admin": ("hoster-admin", None),
    "hoster_clerk": ("hoster-clerk", None),
    "reviewer": ("reviewer", None),
    "acme_admin": ("reseller-admin", "acme"),
    "acme_clerk": ("reseller-clerk", "acme"),
    "bolt_admin": ("reseller-admin", "bolt"),
}


@dataclass
class StaffWorld:
    owner: Engine  # the superuser the test session connects as
    resellers: dict[str, int]
    companies: dict[str, int]
    logins: dict[str, str] = field(default_factory=dict)  # key -> login name
    engines: dict[str, Engine] = field(default_factory=dict)
    tag: str = field(default_factory=lambda: f"pt{uuid.uuid4().hex[:8]}")  # this world's logins begin with it

    def url(self, key: str) -> str:
        return self.owner.url.set(username=self.logins[key]).render_as_string(hide_password=False)

    def new_login(self, key: str) -> str:
        """A login name for a test to create under ``key``; ``drop_logins`` drops it, whether it was made or not."""
        self.logins[key] = f"{self.tag}_{key}"
        return self.logins[key]


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only: no test writes a password anywhere."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def build_data(db: Engine) -> tuple[dict[str, int], dict[str, int]]:
    w = build(db)
    with unit_of_work(db) as s:
        bolt = Reseller(code="bolt", name="Bolt Hosting", currency="EUR", language="en_GB", billing_day=1,
                        billing_mode="reseller_bills", tax_rate=D("19"))
        s.add(bolt)
        s.flush()
        w.resellers["bolt"] = bolt.id
        acme = w.resellers["acme"]
        plan = w.plans["exchange-basic"]
        s.add_all([
            Price(layer="wholesale_override", reseller_id=bolt.id, plan_id=plan, currency="EUR", amount=D("3.20")),
            Price(layer="retail", reseller_id=bolt.id, plan_id=plan, currency="EUR", amount=D("5.50")),
            MinimumCharge(issuer_key="hoster", currency="EUR", amount=D("1.00")),
            MinimumCharge(issuer_key=f"reseller:{acme}", reseller_id=acme, currency="EUR", amount=D("1.00")),
            MinimumCharge(issuer_key=f"reseller:{bolt.id}", reseller_id=bolt.id, currency="EUR", amount=D("1.00")),
        ])
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "b1", reseller="bolt", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "eve@b1.example"})])
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 15))
    with unit_of_work(db) as s:
        for company in ("c1", "b1", "d1"):
            first = s.scalar(select(Invoice.id).where(Invoice.company_id == w.companies[company])
                             .order_by(Invoice.id).limit(1))
            invoices.issue(s, first, date(2026, 2, 16))
    return dict(w.resellers), dict(w.companies)


def add_logins(world: StaffWorld, keys=tuple(LOGINS)) -> None:
    for key in keys:
        role, reseller = LOGINS[key]
        login = world.new_login(key)
        staff.add(world.owner, login, role, reseller, password=uuid.uuid4().hex, keep_in_keyring=False)
        world.engines[key] = make_engine(world.url(key))


def drop_logins(world: StaffWorld) -> None:
    for engine in world.engines.values():
        engine.dispose()
    logins = list(world.logins.values())
    with world.owner.connect() as conn:
        # A closed connection's backend ends (dropping its temporary tables) a moment after the client leaves.
        deadline = time.monotonic() + 10
        while conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE usename = ANY(:l)"),
                           dict(l=logins)).scalar_one() and time.monotonic() < deadline:
            conn.rollback()
            time.sleep(0.05)
        for login in logins:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        conn.commit()


@contextmanager
def world_with_logins(db: Engine, keys=tuple(LOGINS)):
    """The tenants and invoices of ``build_data`` on ``db`` and a login for each of ``keys`` (all by default),
    dropped again at the end."""
    resellers, companies = build_data(db)
    w = StaffWorld(db, resellers, companies)
    add_logins(w, keys)
    try:
        yield w
    finally:
        drop_logins(w)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """``prorata ARGV...`` in this process: (exit status, what it printed, what it said on stderr)."""
    from app.cli.main import main

    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err
