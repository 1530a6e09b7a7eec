"""Staff scope and disabling on PostgreSQL (migration 0019): ``scope`` is PL/pgSQL with the flags it had, and two
reseller admins disabling each other at the same moment leave one winner and one admin.

The race runs as two real processes, each logged in as one of the two admins of reseller Acme, through
``prorata staff disable``. The overlap is made certain: a third session holds both admins' staff rows locked
until both disables are waiting on them (each has passed its own first caller check by then), then lets go.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid

import pytest
from sqlalchemy import text

from app.services import staff
from app.storage import row_security
from app.storage.engine import make_engine
from tests.racers import RACER
from tests.staff_world import world_with_logins

pytestmark = pytest.mark.pg

SEC = row_security.SCHEMA


@pytest.fixture
def world(pg_db):
    with world_with_logins(pg_db, keys=("hoster_clerk", "acme_admin", "bolt_admin")) as w:
        # A second admin of Acme, added as the first would add it.
        other = w.new_login("acme_admin2")
        staff.add(w.owner, other, "reseller-admin", "acme", password=uuid.uuid4().hex, keep_in_keyring=False)
        w.engines["acme_admin2"] = make_engine(w.url("acme_admin2"))
        yield w


def test_scope_is_plpgsql_with_the_flags_and_owner_it_had(world):
    with world.owner.connect() as conn:
        row = conn.execute(text(
            "SELECT l.lanname, p.provolatile, p.prosecdef, p.proconfig, pg_get_userbyid(p.proowner), "
            "has_function_privilege('public', p.oid, 'EXECUTE') "
            "FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
            f"WHERE p.oid = '{SEC}.scope(name)'::regprocedure")).one()
    assert tuple(row) == ("plpgsql", "s", True, ["search_path=pg_catalog, pg_temp"], row_security.OWNER, False)


def test_scope_maps_each_login_as_before(world):
    acme, bolt = world.resellers["acme"], world.resellers["bolt"]
    expected = {"hoster_clerk": 0, "acme_admin": acme, "acme_admin2": acme, "bolt_admin": bolt}
    for key, scope in expected.items():
        with world.engines[key].connect() as conn:
            assert conn.execute(text(f"SELECT {SEC}.scope(current_user)")).scalar() == scope, key
            # Asked about someone else, or about nobody, it answers the same way.
            assert conn.execute(text(f"SELECT {SEC}.scope('no_such_login')")).scalar() is None
    with world.owner.begin() as conn:
        conn.execute(text(f"UPDATE {SEC}.staff SET disabled = true WHERE login = :l"),
                     dict(l=world.logins["bolt_admin"]))
    with world.engines["acme_admin"].connect() as conn:
        assert conn.execute(text(f"SELECT {SEC}.scope(:l)"), dict(l=world.logins["bolt_admin"])).scalar() is None
        assert conn.execute(text(f"SELECT {SEC}.scope(:l)"), dict(l=world.logins["hoster_clerk"])).scalar() == 0


def _waiting_on_locks(conn, logins) -> int:
    conn.rollback()
    return conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE usename = ANY(:l) "
                             "AND wait_event_type = 'Lock'"), dict(l=logins)).scalar_one()


def test_two_reseller_admins_disabling_each_other_at_once_leave_one_admin(world, tmp_path):
    a, b = world.logins["acme_admin"], world.logins["acme_admin2"]
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    go = tmp_path / "go"
    procs = []
    for me, other in ((a, b), (b, a)):
        ready = tmp_path / f"ready-{me}"
        argv = ["staff", "disable", other, "--db", world.url("acme_admin" if me == a else "acme_admin2")]
        procs.append((ready, subprocess.Popen([sys.executable, "-c", RACER, str(ready), str(go), json.dumps(argv)],
                                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)))
    with world.owner.connect() as holder, world.owner.connect() as watcher:
        holder.execute(text(f"SELECT login FROM {SEC}.staff WHERE login IN (:a, :b) FOR UPDATE"), dict(a=a, b=b))
        deadline = time.monotonic() + 120
        while not all(ready.exists() for ready, _ in procs):
            assert time.monotonic() < deadline, "racers did not start"
            assert all(p.poll() is None for _, p in procs), [p.stderr.read() for _, p in procs if p.poll() is not None]
            time.sleep(0.01)
        go.touch()
        # Both are inside disable_staff, past their first look at their own row, waiting for the rows.
        while _waiting_on_locks(watcher, [a, b]) < 2:
            assert time.monotonic() < deadline, "the disables did not both reach the staff rows"
            assert all(p.poll() is None for _, p in procs), [p.communicate() for _, p in procs]
            time.sleep(0.01)
        holder.rollback()
    results = {}
    for (_, p), me in zip(procs, (a, b)):
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results[me] = json.loads(out)
    assert sorted(r["rc"] for r in results.values()) == [0, 2], results
    winner = next(me for me, r in results.items() if r["rc"] == 0)
    loser = b if winner == a else a
    assert results[winner]["out"] == f"{loser} disabled\n"
    assert results[loser]["err"] == ("prorata: error: name: your own login was disabled meanwhile by another admin: "
                                     "nothing was changed\n")
    with world.owner.connect() as conn:
        rows = dict(conn.execute(text(
            f"SELECT s.login, NOT s.disabled AND r.rolcanlogin FROM {SEC}.staff s "
            f"JOIN pg_roles r ON r.rolname = s.login WHERE s.reseller_id = :acme AND s.role = '{row_security.RESELLER_ADMIN}'"),
            dict(acme=world.resellers["acme"])).all())
    assert rows == {winner: True, loser: False}


ADDER = r"""
import json, sys
from app.errors import ProrataError
from app.services import staff
from app.storage.engine import make_engine
try:
    staff.add(make_engine(sys.argv[1]), sys.argv[2], "reseller-clerk", "acme", password="p" * 24,
              keep_in_keyring=False)
    print(json.dumps({"added": True}))
except ProrataError as exc:
    print(json.dumps({"added": False, "refused": exc.messages()}))
"""


def test_an_admin_disabled_while_adding_staff_adds_no_one(world):
    """acme's first admin adds a clerk at the moment the second disables it: the add waits for the disable
    (a session of the owner's, its change made and not yet committed, as ``disable_staff`` leaves it), then
    finds its own login disabled and adds no one."""
    a, new = world.logins["acme_admin"], world.new_login("acme_clerk_late")
    with world.owner.connect() as holder, world.owner.connect() as watcher:
        holder.execute(text(f"UPDATE {SEC}.staff SET disabled = true WHERE login = :a"), dict(a=a))
        adder = subprocess.Popen([sys.executable, "-c", ADDER, world.url("acme_admin"), new],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while _waiting_on_locks(watcher, [a]) < 1:  # past its first look at its own row, waiting for it
            assert time.monotonic() < deadline, "the add did not reach the staff row"
            assert adder.poll() is None, adder.communicate()
            time.sleep(0.01)
        holder.commit()
    out, err = adder.communicate(timeout=120)
    assert adder.returncode == 0, err
    assert json.loads(out) == {"added": False, "refused": [
        "name: your own login was disabled meanwhile by another admin: nothing was changed"]}
    with world.owner.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :l"), dict(l=new)).scalar() == 0
        assert conn.execute(text(f"SELECT count(*) FROM {SEC}.staff WHERE login = :l"), dict(l=new)).scalar() == 0
