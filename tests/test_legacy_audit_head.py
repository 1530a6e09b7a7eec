"""The frozen head of the legacy audit chain (migration 0018, issue 10): no one changes it, on either backend, and
on PostgreSQL only the hoster's staff read it; a reseller's staff learn only where it ends."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.errors import ProrataError
from app.services import audit
from app.storage import row_security
from app.storage.engine import unit_of_work
from tests.staff_world import memory_keyring, world_with_logins  # noqa: F401

HEAD = "ab" * 32


def _legacy(conn, last_id: int = 7) -> None:
    conn.execute(text("INSERT INTO audit_chain (chain, reseller_id, head, last_id) VALUES ('legacy', NULL, :h, :i)"),
                 dict(h=HEAD, i=last_id))


def _head(conn, chain: str = "legacy"):
    return conn.execute(text("SELECT head, last_id FROM audit_chain WHERE chain = :c"), dict(c=chain)).one_or_none()


def test_no_one_changes_the_legacy_head(db):
    with db.begin() as conn:
        _legacy(conn)
    with unit_of_work(db) as s:  # the hoster's own chain moves on as entries are recorded
        audit.record(s, "enable", "currency", "EUR", after={"enabled": True}, actor="ann")
    for statement in ("UPDATE audit_chain SET head = '00' || substr(head, 3) WHERE chain = 'legacy'",
                      "UPDATE audit_chain SET last_id = last_id + 1 WHERE chain = 'legacy'",
                      "UPDATE audit_chain SET chain = 'hoster2' WHERE chain = 'legacy'"):
        with pytest.raises(DBAPIError, match="audit_legacy_frozen"):
            with db.begin() as conn:
                conn.exec_driver_sql(statement)
    with pytest.raises(DBAPIError, match="audit_legacy_frozen"):  # nor does another head become the legacy one
        with db.begin() as conn:
            conn.exec_driver_sql("UPDATE audit_chain SET chain = 'legacy' WHERE chain = 'hoster'")
    with db.connect() as conn:
        assert tuple(_head(conn)) == (HEAD, 7)
    with pytest.raises(ProrataError) as refused:  # in words, through the application's unit of work
        with unit_of_work(db) as s:
            s.execute(text("UPDATE audit_chain SET head = :h WHERE chain = 'legacy'"), dict(h="cd" * 32))
    assert refused.value.problems[0].id == "audit_legacy_frozen"
    with unit_of_work(db) as s:
        audit.record(s, "disable", "currency", "EUR", after={"enabled": False}, actor="ann")
    with db.connect() as conn:
        assert _head(conn, "hoster") is not None


@pytest.mark.pg
def test_only_the_hosters_staff_read_the_legacy_head(pg_db, memory_keyring):  # noqa: F811
    with world_with_logins(pg_db, ("hoster_admin", "acme_clerk", "acme_admin")) as w:
        with w.owner.begin() as conn:
            _legacy(conn, last_id=-1)
        acme = w.resellers["acme"]
        for key in ("acme_clerk", "acme_admin"):
            with w.engines[key].connect() as conn:
                chains = set(conn.execute(text("SELECT chain FROM audit_chain")).scalars())
                assert chains == {f"reseller:{acme}"}  # its own head only (the fixture's entries made it)
                assert row_security.legacy_audit_last_id(conn) == -1  # where the legacy chain ends, not its hash
        with w.engines["hoster_admin"].connect() as conn:
            assert tuple(_head(conn)) == (HEAD, -1)
            assert {"legacy", "hoster", f"reseller:{acme}"} <= set(
                conn.execute(text("SELECT chain FROM audit_chain")).scalars())
        # A hoster admin's UPDATE finds no legacy head to change (the policies), and the trigger would refuse it.
        with w.engines["hoster_admin"].begin() as conn:
            changed = conn.execute(text("UPDATE audit_chain SET head = :h WHERE chain = 'legacy'"), dict(h="cd" * 32))
            assert changed.rowcount == 0
        with pytest.raises(DBAPIError):  # nor may it make a head of its own the legacy one
            with w.engines["hoster_admin"].begin() as conn:
                conn.execute(text("UPDATE audit_chain SET chain = 'legacy', reseller_id = NULL WHERE chain = :c"),
                             dict(c=f"reseller:{acme}"))
        with w.owner.connect() as conn:
            assert tuple(_head(conn)) == (HEAD, -1)
