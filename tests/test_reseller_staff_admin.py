"""A reseller's admin manages its own reseller's staff, and nothing else (app/services/staff.py and the database
functions of app/storage/row_security.py).

PostgreSQL only, with real logins. Every refusal is checked twice: through ``prorata staff`` (in words, exit 2)
and by calling the database functions directly, as a client that skips the application would.
"""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from app.models import AuditEntry
from app.services import staff
from app.storage import row_security
from app.storage.engine import make_engine, unit_of_work
from tests.staff_world import memory_keyring, run_cli, world_with_logins  # noqa: F401

pytestmark = pytest.mark.pg

SEC = row_security.SCHEMA


@pytest.fixture
def world(pg_db):
    with world_with_logins(pg_db) as w:
        yield w


def _role(world, login: str):
    """(can log in, the groups it is a member of) of ``login``; None when there is no such role."""
    with world.owner.connect() as conn:
        row = conn.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :l"), dict(l=login)).one_or_none()
        if row is None:
            return None
        groups = conn.execute(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :l ORDER BY 1"), dict(l=login)).scalars().all()
    return row.rolcanlogin, groups


def _staff_row(world, login: str):
    with world.owner.connect() as conn:
        return conn.execute(text(f"SELECT role, reseller_id, disabled FROM {SEC}.staff WHERE login = :l"),
                            dict(l=login)).one_or_none()


def _db_refusal(engine, sql: str, sqlstate: str = "42501", **params) -> str:
    """Run ``sql`` as the engine's login; it must be refused (by default for lack of privilege). Returns the
    message."""
    with pytest.raises(DBAPIError) as exc, engine.begin() as conn:
        conn.execute(text(sql), params)
    assert exc.value.orig.sqlstate == sqlstate, exc.value
    return str(exc.value.orig)


def _verifier(engine, login: str) -> str:
    with engine.connect() as conn:
        pgconn = conn.connection.driver_connection.pgconn
        return pgconn.encrypt_password(b"secret-123", login.encode(), b"scram-sha-256").decode()


def test_a_reseller_admin_adds_a_clerk_who_then_sees_only_its_resellers_rows(world, memory_keyring, capsys):
    acme = world.resellers["acme"]
    clerk = world.new_login("made_clerk")
    # No --reseller: a reseller's admin adds for its own reseller.
    rc, out, err = run_cli(capsys, "staff", "add", clerk, "--role", "reseller-clerk", "--db", world.url("acme_admin"))
    assert (rc, err) == (0, "")
    assert out.startswith(f"{clerk} added as reseller-clerk for reseller acme; connects with ")
    [(_, account)] = memory_keyring.saved
    assert account.startswith(f"{clerk}@127.0.0.1:5432/")
    assert _role(world, clerk) == (True, [row_security.RESELLER_CLERK])
    assert tuple(_staff_row(world, clerk)) == (row_security.RESELLER_CLERK, acme, False)

    engine = make_engine(world.owner.url.set(username=clerk))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT code FROM companies")).scalars().all() == ["c1"]
            assert conn.execute(text("SELECT code FROM resellers")).scalars().all() == ["acme"]
            assert set(conn.execute(text("SELECT reseller_id FROM invoices")).scalars()) == {acme}
            assert set(conn.execute(text("SELECT reseller_id FROM audit_log")).scalars()) == {acme}
        assert staff.current(engine) == staff.StaffMember(clerk, "reseller-clerk", "acme", False, True)
    finally:
        engine.dispose()

    # Another admin for its reseller, named explicitly this time.
    second = world.new_login("made_admin")
    added = staff.add(world.engines["acme_admin"], second, "reseller-admin", "acme", password="x" * 30,
                      keep_in_keyring=False)
    assert (added.member.role, added.member.reseller) == ("reseller-admin", "acme")
    assert _role(world, second) == (True, [row_security.RESELLER_ADMIN])

    with unit_of_work(world.owner) as s:
        entries = s.execute(select(AuditEntry.actor, AuditEntry.entity_id, AuditEntry.reseller_id)
                            .where(AuditEntry.action == "staff_add", AuditEntry.entity_id.in_([clerk, second]))
                            .order_by(AuditEntry.id)).all()
    me = world.logins["acme_admin"]
    assert entries == [(me, clerk, acme), (me, second, acme)]


def test_a_reseller_admin_adds_no_hoster_staff_no_reviewer_and_no_one_for_another_reseller(world, capsys):
    url = world.url("acme_admin")
    made = world.new_login("made_x")
    for role in ("hoster-admin", "hoster-clerk", "reviewer"):
        rc, out, err = run_cli(capsys, "staff", "add", made, "--role", role, "--db", url)
        assert (rc, out) == (2, "")
        assert err == (f"prorata: error: --role: as an admin of reseller acme you add its reseller-admins and "
                       f"reseller-clerks only, not a {role}\n")
    for role in ("reseller-clerk", "reseller-admin"):
        rc, out, err = run_cli(capsys, "staff", "add", made, "--role", role, "--reseller", "bolt", "--db", url)
        assert (rc, out) == (2, "")
        assert err == ("prorata: error: --reseller: as an admin of reseller acme you add staff for acme only, "
                       "not for 'bolt'\n")
    # The database refuses the same, asked directly.
    admin = world.engines["acme_admin"]
    verifier = _verifier(admin, made)
    acme, bolt = world.resellers["acme"], world.resellers["bolt"]
    for group, reseller, tag in ((row_security.HOSTER_ADMIN, None, "staff_reseller_admin_role"),
                                 (row_security.HOSTER_CLERK, None, "staff_reseller_admin_role"),
                                 (row_security.REVIEWER, acme, "staff_reseller_admin_role"),
                                 (row_security.RESELLER_CLERK, bolt, "staff_other_reseller"),
                                 (row_security.RESELLER_ADMIN, bolt, "staff_other_reseller"),
                                 (row_security.RESELLER_ADMIN, None, "staff_other_reseller")):
        message = _db_refusal(admin, f"SELECT {SEC}.add_staff(:l, :v, :r, :s)", l=made, v=verifier, r=group,
                              s=reseller)
        assert f"[prorata:{tag}]" in message, (group, reseller)
    assert _role(world, made) is None and _staff_row(world, made) is None


def test_a_reseller_admin_disables_its_resellers_staff_and_no_one_else(world, capsys):
    url = world.url("acme_admin")
    for key in ("bolt_admin", "hoster_clerk", "hoster_admin", "reviewer"):
        rc, out, err = run_cli(capsys, "staff", "disable", world.logins[key], "--db", url)
        assert (rc, out) == (2, "")
        assert err == (f"prorata: error: name: {world.logins[key]!r} is not an admin or clerk of your reseller "
                       f"acme: you disable only your own reseller's staff\n")
    # A login that does not exist gets the same answer: a reseller learns nothing about the others.
    nobody = world.new_login("nobody")
    assert run_cli(capsys, "staff", "disable", nobody, "--db", url)[2] == (
        f"prorata: error: name: {nobody!r} is not an admin or clerk of your reseller acme: you disable only your "
        f"own reseller's staff\n")
    assert run_cli(capsys, "staff", "disable", world.logins["acme_admin"], "--db", url)[2] == (
        f"prorata: error: name: you cannot disable your own login {world.logins['acme_admin']!r}: ask another "
        f"admin\n")
    # Asked directly, the database refuses the same.
    for key in ("bolt_admin", "hoster_clerk", "hoster_admin", "reviewer"):
        message = _db_refusal(world.engines["acme_admin"], f"SELECT {SEC}.disable_staff(:l)", l=world.logins[key])
        assert "[prorata:staff_not_yours]" in message
    assert "[prorata:staff_disable_self]" in _db_refusal(
        world.engines["acme_admin"], f"SELECT {SEC}.disable_staff(:l)", l=world.logins["acme_admin"])
    for key in ("bolt_admin", "hoster_clerk", "hoster_admin", "reviewer", "acme_admin"):
        assert _role(world, world.logins[key])[0] is True, key
        assert _staff_row(world, world.logins[key]).disabled is False, key

    clerk = world.logins["acme_clerk"]
    rc, out, err = run_cli(capsys, "staff", "disable", clerk, "--db", url)
    assert (rc, out, err) == (0, f"{clerk} disabled\n", "")
    world.engines["acme_clerk"].dispose()
    with pytest.raises(OperationalError):
        make_engine(world.url("acme_clerk")).connect()
    assert _staff_row(world, clerk).disabled is True
    with unit_of_work(world.owner) as s:
        entry = s.execute(select(AuditEntry.actor, AuditEntry.reseller_id)
                          .where(AuditEntry.action == "staff_disable", AuditEntry.entity_id == clerk)).one()
    assert tuple(entry) == (world.logins["acme_admin"], world.resellers["acme"])


def test_a_reseller_admin_lists_its_resellers_staff_only(world, capsys):
    acme_admin, acme_clerk = world.logins["acme_admin"], world.logins["acme_clerk"]
    assert staff.list_staff(world.engines["acme_admin"]) == [
        staff.StaffMember(acme_admin, "reseller-admin", "acme", False, True),
        staff.StaffMember(acme_clerk, "reseller-clerk", "acme", False, True)]
    rc, out, _ = run_cli(capsys, "staff", "list", "--json", "--db", world.url("bolt_admin"))
    assert rc == 0 and [m["login"] for m in json.loads(out)] == [world.logins["bolt_admin"]]
    with world.engines["acme_admin"].connect() as conn:
        assert sorted(conn.execute(text(f"SELECT login FROM {SEC}.staff")).scalars()) == [acme_admin, acme_clerk]


def test_a_reseller_admin_cannot_escalate_or_step_into_another_role(world):
    admin = world.engines["acme_admin"]
    me = world.logins["acme_admin"]
    clerk = world.new_login("made_clerk")
    staff.add(admin, clerk, "reseller-clerk", password="x" * 30, keep_in_keyring=False)
    # Creating the clerk gave the admin no hold over it, nor over any group.
    for sql in (f'SET ROLE "{clerk}"', f"SET ROLE {row_security.STAFF_MANAGER}", f"SET ROLE {row_security.OWNER}",
                f"SET ROLE {row_security.HOSTER_ADMIN}", f"SET ROLE {row_security.RESELLER_CLERK}",
                f'SET ROLE "{world.logins["acme_clerk"]}"',
                "CREATE ROLE made_by_hand LOGIN",
                f'ALTER ROLE "{me}" CREATEROLE',
                f'ALTER ROLE "{me}" BYPASSRLS',
                f'ALTER ROLE "{clerk}" PASSWORD \'stolen-password\'',
                f'ALTER ROLE "{clerk}" RENAME TO made_by_hand',
                f'GRANT {row_security.HOSTER_ADMIN} TO "{me}"',
                f'GRANT {row_security.RESELLER_ADMIN} TO "{clerk}"',
                f'GRANT "{clerk}" TO "{me}"',
                f'DROP ROLE "{world.logins["bolt_admin"]}"',
                f"UPDATE {SEC}.staff SET role = '{row_security.HOSTER_ADMIN}', reseller_id = NULL",
                f"INSERT INTO {SEC}.staff (login, role) VALUES ('made_by_hand', '{row_security.HOSTER_ADMIN}')"):
        with pytest.raises(DBAPIError) as exc, admin.begin() as conn:
            conn.execute(text(sql))
        assert exc.value.orig.sqlstate == "42501", sql
    # A name that would smuggle options into CREATE ROLE is refused by the function itself.
    message = _db_refusal(admin, f"SELECT {SEC}.add_staff(:l, :v, :r, :s)", "42602", l='x" SUPERUSER LOGIN --',
                          v=_verifier(admin, "x"), r=row_security.RESELLER_ADMIN, s=world.resellers["acme"])
    assert "[prorata:staff_login_invalid]" in message
    # In the end: every role as it was made, no admin option anywhere, no new powers.
    with world.owner.connect() as conn:
        rows = conn.execute(text(
            "SELECT r.rolname, r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolbypassrls OR r.rolreplication, "
            "(SELECT array_agg(g.rolname::text ORDER BY g.rolname) FROM pg_auth_members m "
            " JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid), "
            "EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid AND m.admin_option) "
            "FROM pg_roles r WHERE r.rolname = ANY(:l) ORDER BY 1"), dict(l=[me, clerk])).all()
        assert conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = 'made_by_hand'")).scalar_one() == 0
    assert sorted(map(tuple, rows)) == sorted([(me, False, [row_security.RESELLER_ADMIN], False),
                                               (clerk, False, [row_security.RESELLER_CLERK], False)])
    assert tuple(_staff_row(world, me)) == (row_security.RESELLER_ADMIN, world.resellers["acme"], False)


def test_a_clerk_or_reviewer_manages_no_staff(world, capsys):
    made = world.new_login("made_y")
    expected = {
        "acme_clerk": "a reseller clerk does not add or disable staff: ask an admin of reseller acme",
        "hoster_clerk": "only an admin adds or disables staff: a hoster admin (or a superuser) anyone, a reseller "
                        "admin its own reseller's admins and clerks",
        "reviewer": "only an admin adds or disables staff: a hoster admin (or a superuser) anyone, a reseller "
                    "admin its own reseller's admins and clerks",
    }
    for key, sentence in expected.items():
        url = world.url(key)
        rc, out, err = run_cli(capsys, "staff", "add", made, "--role", "reseller-clerk", "--reseller", "acme",
                            "--db", url)
        assert (rc, out, err) == (2, "", f"prorata: error: {sentence}\n"), key
        rc, out, err = run_cli(capsys, "staff", "disable", world.logins["acme_admin"], "--db", url)
        assert (rc, out, err) == (2, "", f"prorata: error: {sentence}\n"), key
        # The functions are not even theirs to call.
        assert "permission denied for function add_staff" in _db_refusal(
            world.engines[key], f"SELECT {SEC}.add_staff(:l, :v, :r, :s)", l=made, v=_verifier(world.owner, made),
            r=row_security.RESELLER_CLERK, s=world.resellers["acme"])
        assert "permission denied for function disable_staff" in _db_refusal(
            world.engines[key], f"SELECT {SEC}.disable_staff(:l)", l=world.logins["acme_admin"])
    assert _role(world, made) is None
    assert _staff_row(world, world.logins["acme_admin"]).disabled is False
