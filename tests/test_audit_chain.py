"""The audit log is append-only in the database and chained by SHA-256: what changes behind the app's back
is named by ``prorata audit verify``, and writers in several processes at once still make one chain."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import create_engine, delete, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.cli.main import main
from app.models import AuditChain, AuditEntry
from app.services import audit, audit_chain
from app.storage import schema
from app.storage.engine import make_engine, unit_of_work
from tests.billing_world import build

ZEROS = "0" * 64


def sha(text_: str) -> str:
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


# Each owner's chain starts from SHA-256 over "prorata audit chain " and its key; the legacy chain from zeros.
HOSTER_GENESIS = sha("prorata audit chain hoster")


def rows(engine) -> list[AuditEntry]:
    with unit_of_work(engine) as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def record_some(engine, n: int) -> list[int]:
    """``n`` entries, one per transaction; their ids in order."""
    for k in range(n):
        with unit_of_work(engine) as s:
            audit.record(s, "set", "billing_setting", f"hoster.tax_rate.{k}", before={"tax_rate": str(k)},
                         after={"tax_rate": str(k + 1)}, actor="ann")
    return [e.id for e in rows(engine)]


@contextmanager
def behind_the_apps_back(engine):
    """A connection on which the append-only triggers do not fire, as someone with more power than the
    application would have (SQLite: the triggers dropped; PostgreSQL: disabled by the superuser)."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
            yield conn
            return
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER ALL"))
        try:
            yield conn
        finally:
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER ALL"))


def verify(engine):
    with unit_of_work(engine) as s:
        report = audit_chain.verify(s)
    return report


def named(report) -> list[tuple]:
    return [(p.id, p.params.get("id")) for p in report.problems]


def test_each_entry_is_chained_onto_the_one_before(db):
    with unit_of_work(db) as s:
        audit.record(s, "set", "price", "retail:basic:EUR:acme:-", before=None,
                     after={"amount": "6.40", "note": "Grüße", "pair": ("a", 1), 7: True}, actor="ann")
    with unit_of_work(db) as s:
        audit.record(s, "delete", "price", None, before={"amount": "6.40"}, actor="bob")
    first, second = rows(db)
    at1 = first.at.strftime("%Y-%m-%d %H:%M:%S.%f")
    at2 = second.at.strftime("%Y-%m-%d %H:%M:%S.%f")
    # What is stored is what JSON keeps (a string key, a list) and that is what is hashed.
    assert first.after == {"amount": "6.40", "note": "Grüße", "pair": ["a", 1], "7": True}
    one = ('{"action":"set","actor":"ann","after":{"7":true,"amount":"6.40","note":"Grüße","pair":["a",1]},'
           '"at":"' + at1 + '","before":null,"entity":"price","entity_id":"retail:basic:EUR:acme:-",'
           '"reseller_id":null}')
    two = ('{"action":"delete","actor":"bob","after":null,"at":"' + at2 + '","before":{"amount":"6.40"},'
           '"entity":"price","entity_id":null,"reseller_id":null}')
    assert (first.prev_hash, first.hash) == (HOSTER_GENESIS, sha(HOSTER_GENESIS + one))
    assert (second.prev_hash, second.hash) == (first.hash, sha(first.hash + two))
    with unit_of_work(db) as s:
        head = s.get(AuditChain, "hoster")
        assert head.reseller_id is None
        assert (head.head, head.last_id) == (second.hash, second.id)
    assert verify(db).intact


def test_several_entries_in_one_transaction_chain_in_order(db):
    with unit_of_work(db) as s:
        for k in range(3):
            audit.record(s, "import", "csv users", f"users-{k}.csv", after={"k": k}, actor="cron")
    a, b, c = rows(db)
    assert [e.entity_id for e in (a, b, c)] == ["users-0.csv", "users-1.csv", "users-2.csv"]
    assert (a.prev_hash, b.prev_hash, c.prev_hash) == (HOSTER_GENESIS, a.hash, b.hash)
    assert verify(db).intact


def test_verify_says_an_intact_log_is_intact(db, capsys):
    record_some(db, 3)
    url = db.url.render_as_string(hide_password=False)
    assert main(["audit", "verify", "--db", url]) == 0
    assert capsys.readouterr().out == ("The audit log is intact: every entry is chained to the one before of its "
                                       "owner (entries checked: 3, chains: 1).\n")
    assert main(["audit", "verify", "--json", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "intact": True, "entries": 3, "problems": [],
        "chains": [{"chain": "hoster", "name": "the hoster's entries", "entries": 3}]}


def test_an_empty_log_is_intact(db):
    report = verify(db)
    assert (report.intact, report.entries) == (True, 0)


def test_a_row_altered_behind_the_apps_back_is_named(db, capsys):
    ids = record_some(db, 4)
    with behind_the_apps_back(db) as conn:
        conn.execute(update(AuditEntry.__table__).where(AuditEntry.id == ids[1])
                     .values(after={"tax_rate": "0"}))
    assert named(verify(db)) == [("audit_altered", ids[1])]

    url = db.url.render_as_string(hide_password=False)
    assert main(["audit", "verify", "--db", url]) == 2
    assert capsys.readouterr().out == (
        "The audit log has been tampered with (entries checked: 4, chains: 1):\n"
        f"  - in the hoster's entries: entry #{ids[1]} was altered after it was recorded: its content no longer "
        "matches its hash\n")
    assert main(["audit", "verify", "--json", "--db", url]) == 2
    out = json.loads(capsys.readouterr().out)
    assert (out["intact"], [(p["problem"], p["entry"], p["chain"]) for p in out["problems"]]) == (
        False, [("audit_altered", ids[1], "hoster")])


def test_an_altered_time_or_actor_is_named_too(db):
    ids = record_some(db, 3)
    with behind_the_apps_back(db) as conn:
        conn.execute(update(AuditEntry.__table__).where(AuditEntry.id == ids[0])
                     .values(at=datetime(2020, 1, 1, 12, 0)))
        conn.execute(update(AuditEntry.__table__).where(AuditEntry.id == ids[2]).values(actor="mallory"))
    assert named(verify(db)) == [("audit_altered", ids[0]), ("audit_altered", ids[2])]


def test_a_row_deleted_in_the_middle_is_named_as_a_gap(db):
    ids = record_some(db, 5)
    with behind_the_apps_back(db) as conn:
        conn.execute(delete(AuditEntry.__table__).where(AuditEntry.id == ids[2]))
    report = verify(db)
    assert report.entries == 4
    assert [p.message() for p in report.problems] == [
        f"entries are missing between #{ids[1]} and #{ids[3]}: #{ids[3]} was chained after an entry that is "
        "no longer there"]


def test_the_first_and_the_last_rows_deleted_are_named(db):
    ids = record_some(db, 4)
    with behind_the_apps_back(db) as conn:
        conn.execute(delete(AuditEntry.__table__).where(AuditEntry.id.in_([ids[0], ids[3]])))
    assert [p.message() for p in verify(db).problems] == [
        f"entries are missing before #{ids[1]}: it was chained after an entry that is no longer there",
        f"the last entries are missing: the chain ended at #{ids[3]}, the log now ends at #{ids[2]}"]


def test_rows_swapped_are_named_out_of_order(db):
    ids = record_some(db, 4)
    table = AuditEntry.__table__
    with behind_the_apps_back(db) as conn:
        two, three = (conn.execute(select(table).where(table.c.id == i)).mappings().one() for i in ids[1:3])
        # Every column but the id traded between entries 2 and 3 (prev_hash is unique: step aside first).
        conn.execute(update(table).where(table.c.id == ids[1]).values(prev_hash="x"))
        conn.execute(update(table).where(table.c.id == ids[2])
                     .values({k: v for k, v in two.items() if k != "id"}))
        conn.execute(update(table).where(table.c.id == ids[1])
                     .values({k: v for k, v in three.items() if k != "id"}))
    assert [p.message() for p in verify(db).problems] == [
        f"entry #{ids[1]} is out of order: it was recorded after #{ids[2]}, not after #{ids[0]}",
        f"entry #{ids[2]} is out of order: it was recorded after #{ids[0]}, not after #{ids[1]}",
        f"entry #{ids[3]} is out of order: it was recorded after #{ids[1]}, not after #{ids[2]}"]


def test_the_application_cannot_update_or_delete_an_entry(db):
    ids = record_some(db, 2)
    before = [(e.id, e.after, e.hash) for e in rows(db)]
    with pytest.raises(DBAPIError, match="append-only"):
        with unit_of_work(db) as s:
            s.execute(update(AuditEntry).where(AuditEntry.id == ids[0]).values(actor="mallory"))
    with pytest.raises(DBAPIError, match="append-only"):
        with unit_of_work(db) as s:
            s.execute(delete(AuditEntry).where(AuditEntry.id == ids[1]))
    with pytest.raises(DBAPIError, match="append-only"):
        with unit_of_work(db) as s:
            s.delete(s.get(AuditEntry, ids[1]))
    with pytest.raises(DBAPIError, match="append-only"):
        with db.begin() as conn:  # plain SQL on the application's own connection
            conn.execute(text("UPDATE audit_log SET hash = prev_hash"))
    with pytest.raises(DBAPIError, match="head cannot be deleted"):
        with db.begin() as conn:
            conn.execute(text("DELETE FROM audit_chain"))
    assert [(e.id, e.after, e.hash) for e in rows(db)] == before
    assert verify(db).intact


# --- the migration chains what was written before it ---------------------------------------------------


@pytest.fixture
def at_0002(db, tmp_path):
    """An empty database of ``db``'s backend at revision 0002 (before the chain)."""
    if db.dialect.name == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
        _migrate(engine, "0002")
        yield engine
        engine.dispose()
        return
    admin = create_engine(db.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = f"prorata_old_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(db.url.set(database=name))
    try:
        _migrate(engine, "0002")
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _migrate(engine, revision: str) -> None:
    with engine.begin() as conn:
        command.upgrade(schema._config(conn), revision)


def test_the_migration_chains_the_entries_already_written(at_0002):
    with at_0002.begin() as conn:
        conn.execute(text("INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES "
                          "('2026-03-01 09:30:00.000000', 'ann', 'enable', 'currency', 'EUR', NULL, "
                          "'{\"enabled\": true}'), "
                          "('2026-03-02 10:00:00.250000', 'bob', 'set', 'billing_setting', 'hoster.tax_rate', "
                          "'{\"tax_rate\": \"19\"}', '{\"tax_rate\": \"21\"}')"))
    _migrate(at_0002, "head")
    one = ('{"action":"enable","actor":"ann","after":{"enabled":true},"at":"2026-03-01 09:30:00.000000",'
           '"before":null,"entity":"currency","entity_id":"EUR","reseller_id":null}')
    two = ('{"action":"set","actor":"bob","after":{"tax_rate":"21"},"at":"2026-03-02 10:00:00.250000",'
           '"before":{"tax_rate":"19"},"entity":"billing_setting","entity_id":"hoster.tax_rate",'
           '"reseller_id":null}')
    h1 = sha(ZEROS + one)
    h2 = sha(h1 + two)
    assert [(e.id, e.prev_hash, e.hash) for e in rows(at_0002)] == [(1, ZEROS, h1), (2, h1, h2)]
    with unit_of_work(at_0002) as s:
        legacy = s.get(AuditChain, "legacy")
        assert (legacy.head, legacy.last_id, legacy.reseller_id) == (h2, 2, None)
        audit.record(s, "disable", "currency", "USD", before={"enabled": True}, after={"enabled": False})
    # Since 0016 an entry goes to its owner's chain, which starts after the legacy one from a genesis of its own;
    # the legacy head stays as it was.
    assert rows(at_0002)[-1].prev_hash == HOSTER_GENESIS
    with unit_of_work(at_0002) as s:
        assert [(h.chain, h.head, h.last_id) for h in s.scalars(select(AuditChain).order_by(AuditChain.chain))] == [
            ("hoster", rows(at_0002)[-1].hash, 3), ("legacy", h2, 2)]
    report = verify(at_0002)
    assert (report.intact, report.entries, [(c.key, c.entries) for c in report.chains]) == (
        True, 3, [("legacy", 2), ("hoster", 1)])
    with pytest.raises(DBAPIError, match="append-only"):
        with at_0002.begin() as conn:
            conn.execute(text("DELETE FROM audit_log WHERE id = 1"))
    # An entry of the legacy chain removed behind the app's back is named in that chain.
    with behind_the_apps_back(at_0002) as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 1"))
    assert [(p.id, p.params["id"], p.params["chain"]) for p in verify(at_0002).problems] == [
        ("audit_missing_first", 2, "legacy")]


# --- writers in several processes at once ---------------------------------------------------------------

WRITER = r"""
import os, sys, time
from app.services import audit
from app.storage.engine import make_engine, unit_of_work
url, ready, go, who, rounds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
owner = int(sys.argv[6]) if sys.argv[6] != "-" else None
engine = make_engine(url)
open(ready, "w").close()
while not os.path.exists(go):
    time.sleep(0.001)
for k in range(rounds):
    with unit_of_work(engine) as s:
        audit.record(s, "set", "price", f"{who}-{k}", after={"amount": str(k)}, actor=who, reseller_id=owner)
        if k % 3 == 0:  # now and then two entries in one transaction
            audit.record(s, "set", "price", f"{who}-{k}b", after={"amount": str(k)}, actor=who, reseller_id=owner)
engine.dispose()
"""


def test_writers_in_several_processes_at_once_make_one_intact_chain_per_owner(db, tmp_path):
    writers, rounds = 6, 15  # 6 x (15 + 5) = 120 entries: three writers for the hoster, three for acme
    acme = build(db).resellers["acme"]
    owners = {f"w{k}": (None if k % 2 else acme) for k in range(writers)}
    url = db.url.render_as_string(hide_password=False)
    go = tmp_path / "go"
    procs = []
    for k in range(writers):
        ready = tmp_path / f"ready-{k}"
        procs.append((ready, subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(ready), str(go), f"w{k}", str(rounds),
             str(owners[f"w{k}"] or "-")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))))
    deadline = time.monotonic() + 120
    while not all(ready.exists() for ready, _ in procs):
        assert time.monotonic() < deadline, "writers did not start"
        assert all(p.poll() is None for _, p in procs), [p.stderr.read() for _, p in procs if p.poll() is not None]
        time.sleep(0.01)
    go.touch()
    for _, p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err

    entries = rows(db)
    assert len(entries) == 120
    assert len({e.prev_hash for e in entries}) == 120  # no two entries chained onto the same one
    assert {e.actor: e.reseller_id for e in entries} == owners
    # Each owner's entries, in id order, make one gapless chain from the owner's genesis.
    for owner, start in ((None, HOSTER_GENESIS), (acme, sha(f"prorata audit chain reseller:{acme}"))):
        chain = [e for e in entries if e.reseller_id == owner]
        assert len(chain) == 60 and chain[0].prev_hash == start
        for earlier, later in zip(chain, chain[1:]):
            assert later.prev_hash == earlier.hash
    # Each writer's entries in its own order.
    for k in range(writers):
        mine = [e.entity_id for e in entries if e.actor == f"w{k}"]
        assert mine == [x for j in range(rounds) for x in ((f"w{k}-{j}", f"w{k}-{j}b") if j % 3 == 0
                                                             else (f"w{k}-{j}",))]
    report = verify(db)
    assert (report.intact, report.entries, [(c.key, c.entries) for c in report.chains]) == (
        True, 120, [("hoster", 60), (f"reseller:{acme}", 60)])


# --- one chain per owner ----------------------------------------------------------------------------------


def record_for(engine, owners: list[int | None]) -> list[int]:
    """One entry per owner given (None: the hoster), one transaction each; their ids in order."""
    ids = []
    for k, owner in enumerate(owners):
        with unit_of_work(engine) as s:
            ids.append(audit.record(s, "set", "price", f"p{k}", after={"amount": str(k)}, actor="ann",
                                    reseller_id=owner).id)
    return ids


def test_each_owner_has_a_chain_of_its_own(db):
    acme = build(db).resellers["acme"]
    ids = record_for(db, [None, acme, None, acme, acme])
    by_id = {e.id: e for e in rows(db)}
    acme_genesis = sha(f"prorata audit chain reseller:{acme}")
    assert [by_id[i].prev_hash for i in ids] == [
        HOSTER_GENESIS, acme_genesis, by_id[ids[0]].hash, by_id[ids[1]].hash, by_id[ids[3]].hash]
    with unit_of_work(db) as s:
        assert [(h.chain, h.reseller_id, h.head, h.last_id)
                for h in s.scalars(select(AuditChain).order_by(AuditChain.chain))] == [
            ("hoster", None, by_id[ids[2]].hash, ids[2]), (f"reseller:{acme}", acme, by_id[ids[4]].hash, ids[4])]
    report = verify(db)
    assert (report.intact, report.entries, [(c.key, c.name.message(), c.entries) for c in report.chains]) == (
        True, 5, [("hoster", "the hoster's entries", 2), (f"reseller:{acme}", "reseller acme's entries", 3)])


def test_a_change_in_one_owners_chain_is_named_in_that_chain(db, capsys):
    acme = build(db).resellers["acme"]
    ids = record_for(db, [None, acme, None, acme, acme])
    with behind_the_apps_back(db) as conn:
        conn.execute(update(AuditEntry.__table__).where(AuditEntry.id == ids[3]).values(actor="mallory"))
        conn.execute(delete(AuditEntry.__table__).where(AuditEntry.id == ids[4]))
    assert [(p.id, p.params["id"], p.params["chain"]) for p in verify(db).problems] == [
        ("audit_altered", ids[3], f"reseller:{acme}"), ("audit_tail_missing", None, f"reseller:{acme}")]
    url = db.url.render_as_string(hide_password=False)
    assert main(["audit", "verify", "--db", url]) == 2
    assert capsys.readouterr().out.splitlines() == [
        "The audit log has been tampered with (entries checked: 4, chains: 2):",
        f"  - in reseller acme's entries: entry #{ids[3]} was altered after it was recorded: its content no longer "
        "matches its hash",
        f"  - in reseller acme's entries: the last entries are missing: the chain ended at #{ids[4]}, the log now "
        f"ends at #{ids[3]}"]


@pytest.mark.pg
def test_writers_of_different_owners_do_not_wait_on_each_other(pg_db):
    acme = build(pg_db).resellers["acme"]
    with unit_of_work(pg_db) as holding:
        audit.record(holding, "set", "price", "hoster-1", actor="ann")  # holds the hoster's head until the commit
        with unit_of_work(pg_db) as other:
            other.execute(text("SET LOCAL lock_timeout = '2s'"))
            audit.record(other, "set", "price", "acme-1", actor="bob", reseller_id=acme)
        with pytest.raises(DBAPIError, match="lock timeout"):
            with unit_of_work(pg_db) as same:  # the hoster's chain: waits on the head
                same.execute(text("SET LOCAL lock_timeout = '300ms'"))
                audit.record(same, "set", "price", "hoster-2", actor="bob")
    assert [e.entity_id for e in rows(pg_db)] == ["hoster-1", "acme-1"]  # hoster-2 was rolled back
    assert verify(pg_db).intact
