"""Staff logins (``prorata staff``), the CLI under a reseller's login, and who is recorded as the actor.

The staff and CLI cases need PostgreSQL; the actor rule is checked on SQLite too.
"""
from __future__ import annotations

import getpass
import json
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from app.models import AuditEntry, Company, Invoice
from app.services import audit, staff
from app.storage.credentials import SERVICE
from app.storage.engine import make_engine, unit_of_work
from tests.staff_world import memory_keyring, run_cli, world_with_logins  # noqa: F401


@pytest.fixture
def world(pg_db):
    with world_with_logins(pg_db, ("hoster_admin", "acme_admin", "bolt_admin")) as w:
        yield w


@pytest.mark.pg
def test_staff_add_list_disable(world, memory_keyring, capsys):
    admin_url = world.url("hoster_admin")
    login = world.logins["hoster_admin"].replace("hoster_admin", "new_clerk")
    try:
        rc, out, err = run_cli(capsys, "staff", "add", login, "--role", "reseller-clerk", "--reseller", "acme",
                            "--db", admin_url)
        assert (rc, err) == (0, "")
        [(service, account)] = memory_keyring.saved
        password = memory_keyring.saved[(service, account)]
        assert service == SERVICE and account.startswith(f"{login}@127.0.0.1:5432/")
        assert len(password) >= 24 and password not in out
        assert out.startswith(f"{login} added as reseller-clerk for reseller acme; connects with "
                              f"postgresql+psycopg://{login}@127.0.0.1:5432/")
        # The server holds only the SCRAM verifier.
        with world.owner.connect() as conn:
            stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :l"), dict(l=login)).scalar()
            member_of = conn.execute(text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :l"), dict(l=login)).scalars().all()
        assert stored.startswith("SCRAM-SHA-256$4096:") and password not in stored
        assert member_of == ["prorata_reseller_clerk"]

        rc, out, _ = run_cli(capsys, "staff", "list", "--json", "--db", admin_url)
        listed = {m["login"]: m for m in json.loads(out)}
        assert listed[login] == {"login": login, "role": "reseller-clerk", "reseller": "acme", "disabled": False,
                                 "can_log_in": True}
        assert set(world.logins.values()) <= set(listed)
        # A reseller's admin sees its reseller's staff and itself only, and adds no one for another reseller
        # (tests/test_reseller_staff_admin.py: what it may do for its own).
        rc, out, _ = run_cli(capsys, "staff", "list", "--json", "--db", world.url("acme_admin"))
        assert sorted(m["login"] for m in json.loads(out)) == sorted([login, world.logins["acme_admin"]])
        rc, _, err = run_cli(capsys, "staff", "add", world.new_login("bolt_made"), "--role", "reseller-clerk",
                          "--reseller", "acme", "--db", world.url("bolt_admin"))
        assert rc == 2 and err.startswith("prorata: error: --reseller: as an admin of reseller bolt you add staff ")

        with make_engine(world.owner.url.set(username=login)).connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM companies")).scalar_one() == 1
        rc, out, _ = run_cli(capsys, "staff", "disable", login, "--db", admin_url)
        assert (rc, out) == (0, f"{login} disabled\n")
        with pytest.raises(OperationalError):
            make_engine(world.owner.url.set(username=login)).connect()
        rc, out, _ = run_cli(capsys, "staff", "list", "--json", "--db", admin_url)
        assert {m["login"]: m for m in json.loads(out)}[login]["disabled"] is True
        with unit_of_work(world.owner) as s:
            actions = s.execute(select(AuditEntry.action, AuditEntry.actor, AuditEntry.entity_id)
                                .where(AuditEntry.entity == "staff").order_by(AuditEntry.id)).all()
        assert actions[-2:] == [("staff_add", world.logins["hoster_admin"], login),
                                ("staff_disable", world.logins["hoster_admin"], login)]
    finally:
        with world.owner.begin() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


@pytest.mark.pg
def test_staff_add_refuses_in_words(world, capsys):
    url = world.url("hoster_admin")
    assert run_cli(capsys, "staff", "add", "Bad Name", "--role", "reviewer", "--db", url)[2].startswith(
        "prorata: error: name: 'Bad Name' cannot be a login")
    assert "a reseller-admin works for one reseller: give --reseller CODE" in \
        run_cli(capsys, "staff", "add", "ok", "--role", "reseller-admin", "--db", url)[2]
    assert "a hoster-clerk works for the hoster: leave out --reseller" in \
        run_cli(capsys, "staff", "add", "ok", "--role", "hoster-clerk", "--reseller", "acme", "--db", url)[2]
    rc, _, err = run_cli(capsys, "staff", "add", world.logins["acme_admin"], "--role", "reviewer", "--db", url,
                      "--ask-password")
    assert rc == 2  # no terminal to type the password in, in a test


def test_staff_needs_postgresql(sqlite_db, capsys):
    rc, _, err = run_cli(capsys, "staff", "list", "--db", str(sqlite_db.url))
    assert rc == 2 and "staff logins exist on PostgreSQL only" in err


def test_a_new_sqlite_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "prorata.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x integer)"))
    engine.dispose()
    assert stat.S_IMODE(Path(path).stat().st_mode) == 0o600


@pytest.mark.pg
def test_the_cli_under_a_reseller_login_stays_in_its_subtree(world, capsys, monkeypatch):
    acme_url, acme_login = world.url("acme_admin"), world.logins["acme_admin"]
    assert staff.current(world.engines["acme_admin"]) == staff.StaffMember(acme_login, "reseller-admin", "acme",
                                                                           False, True)
    assert staff.current(world.owner) is None  # the superuser is nobody's staff
    rc, out, _ = run_cli(capsys, "companies", "list", "--json", "--db", acme_url)
    assert rc == 0 and [c["code"] for c in json.loads(out)] == ["c1"]
    rc, out, _ = run_cli(capsys, "invoices", "list", "--json", "--db", acme_url)
    listed = json.loads(out)
    # c1's two invoices (one issued, one draft) and the hoster's wholesale draft addressed to acme.
    assert rc == 0 and sorted(r["customer"] for r in listed) == ["acme", "c1", "c1"]
    with unit_of_work(world.owner) as s:
        bolt_draft = s.scalar(select(Invoice.id).where(Invoice.company_id == world.companies["b1"],
                                                       Invoice.status == "draft"))
        acme_draft = s.scalar(select(Invoice.id).where(Invoice.company_id == world.companies["c1"],
                                                       Invoice.status == "draft"))
    rc, _, err = run_cli(capsys, "invoices", "issue", str(bolt_draft), "--db", acme_url)
    assert rc == 2 and err.startswith("prorata: error: ")
    monkeypatch.setenv("PRORATA_ACTOR", world.logins["bolt_admin"])  # posing as Bolt's admin
    rc, out, err = run_cli(capsys, "invoices", "issue", str(acme_draft), "--db", acme_url)
    assert (rc, err) == (0, "")
    with unit_of_work(world.owner) as s:
        assert s.get(Invoice, bolt_draft).status == "draft"
        assert s.get(Invoice, acme_draft).status == "issued"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(acme_draft))
                          .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert entry.actor == f"{acme_login} ({world.logins['bolt_admin']})"
    assert entry.reseller_id == world.resellers["acme"]


@pytest.mark.pg
def test_a_billing_run_under_a_reseller_login_bills_its_companies_only(world):
    from app.billing.run import run_billing

    report = run_billing(world.engines["acme_admin"], date(2026, 3, 15))
    assert [(o.code, o.boundary) for o in report.of("billed")] == [("c1", date(2026, 3, 15))]
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    with unit_of_work(world.owner) as s:
        b1 = s.scalars(select(Invoice.period_start).where(Invoice.company_id == world.companies["b1"])).all()
    assert date(2026, 3, 15) not in b1


@pytest.mark.pg
def test_the_actor_is_the_database_login(world, monkeypatch):
    login = world.logins["acme_admin"]
    monkeypatch.setenv("PRORATA_ACTOR", "Ann Smith")
    engine = world.engines["acme_admin"]
    with unit_of_work(engine) as s:
        assert audit.current_actor(s) == f"{login} (Ann Smith)"
        c1 = s.get(Company, world.companies["c1"])
        audit.record(s, "edit", "company", c1.code, before={}, after={"note": 1}, reseller_id=c1.reseller_id)
    monkeypatch.delenv("PRORATA_ACTOR")
    with unit_of_work(engine) as s:
        assert audit.current_actor(s) == login
        # Whatever the application is told, the database takes no entry in another person's name.
        with pytest.raises(DBAPIError):
            audit.record(s, "edit", "company", "c1", actor=world.logins["bolt_admin"])
    with unit_of_work(world.owner) as s:
        assert s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "edit")).all() == [
            f"{login} (Ann Smith)"]


def test_on_sqlite_the_actor_is_the_os_user(sqlite_db, monkeypatch):
    me = getpass.getuser()
    monkeypatch.delenv("PRORATA_ACTOR", raising=False)
    with unit_of_work(sqlite_db) as s:
        assert audit.current_actor(s) == me
    monkeypatch.setenv("PRORATA_ACTOR", "someone-else")
    with unit_of_work(sqlite_db) as s:
        assert audit.current_actor(s) == f"{me} (someone-else)"
    monkeypatch.setenv("PRORATA_ACTOR", me)
    assert audit.current_actor() == me
    monkeypatch.setenv("PRORATA_ACTOR", "x" * 300)
    assert len(audit.current_actor()) == 100
