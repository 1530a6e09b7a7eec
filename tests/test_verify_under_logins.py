"""``prorata audit verify`` under a reseller's login (issue 10): it checks what the login sees whole.

The audit log is chained per owner: a reseller's staff, who see only their reseller's entries, check their
reseller's audit chain and its chain of issued invoices, and each names a change made behind the app's back.
The hoster's staff check every chain. PostgreSQL only, with real logins.
"""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from app.cli.main import main
from tests.staff_world import memory_keyring, world_with_logins  # noqa: F401
from app.models import AuditEntry
from app.storage.engine import unit_of_work
from tests.test_audit_chain import behind_the_apps_back as behind_the_logs_back
from tests.test_invoice_chain import behind_the_apps_back

pytestmark = pytest.mark.pg


@pytest.fixture
def world(pg_db):
    with world_with_logins(pg_db, ("hoster_clerk", "acme_admin", "acme_clerk")) as w:
        yield w


def _verify(world, capsys, login, *extra):
    rc = main(["audit", "verify", *extra, "--db", world.url(login)])
    out, err = capsys.readouterr()
    return rc, out, err


def _acme_number(world) -> str:
    with world.owner.connect() as conn:
        return conn.execute(text("SELECT number FROM invoices WHERE company_id = :c AND number IS NOT NULL"),
                            dict(c=world.companies["c1"])).scalar_one()


def _acme_entries(world) -> list[int]:
    with unit_of_work(world.owner) as s:
        return list(s.scalars(select(AuditEntry.id).where(AuditEntry.reseller_id == world.resellers["acme"])
                              .order_by(AuditEntry.id)))


def test_a_resellers_staff_check_their_own_audit_chain_and_invoices(world, capsys):
    acme_entries = len(_acme_entries(world))
    assert acme_entries > 1  # the fixture's billing run and acme's first invoice issued
    for login in ("acme_admin", "acme_clerk"):
        rc, out, err = _verify(world, capsys, login)
        assert (rc, err) == (0, "")
        assert out.splitlines() == [
            "The audit log of reseller acme is intact: every entry is chained to the one before (entries checked: "
            f"{acme_entries}).",
            "Issued invoices are intact: each is chained to the one its issuer issued before (invoices checked: 1, "
            "issuers: 1)."]
    rc, out, _ = _verify(world, capsys, "acme_admin", "--json")
    data = json.loads(out)
    acme = f"reseller:{world.resellers['acme']}"
    assert (rc, data["intact"], data["reseller"], data["entries"], data["chains"]) == (
        0, True, "acme", acme_entries, [{"chain": acme, "name": "reseller acme's entries", "entries": acme_entries}])
    # The hoster's staff see every row and check every chain whole: the fixture issued one invoice each for the
    # hoster, acme and bolt.
    rc, out, _ = _verify(world, capsys, "hoster_clerk")
    assert rc == 0
    assert out.startswith("The audit log is intact: ")
    assert "(invoices checked: 3, issuers: 3)." in out
    rc, out, _ = _verify(world, capsys, "hoster_clerk", "--json")
    assert [c["chain"] for c in json.loads(out)["chains"]][:2] == ["hoster", acme]


def test_an_entry_of_acmes_chain_altered_behind_the_apps_back_is_named_to_acmes_staff(world, capsys):
    altered = _acme_entries(world)[0]
    with behind_the_logs_back(world.owner) as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'mallory' WHERE id = :i"), dict(i=altered))
    for login in ("acme_clerk", "hoster_clerk"):
        rc, out, _ = _verify(world, capsys, login)
        assert rc == 2
        assert (f"  - in reseller acme's entries: entry #{altered} was altered after it was recorded: its content "
                "no longer matches its hash") in out.splitlines()
    rc, out, _ = _verify(world, capsys, "acme_clerk")
    assert out.splitlines()[0].startswith("The audit log of reseller acme has been tampered with (entries checked: ")


def test_a_resellers_invoice_changed_behind_the_apps_back_is_named_to_its_staff(world, capsys):
    number = _acme_number(world)
    with behind_the_apps_back(world.owner) as conn:
        conn.execute(text("UPDATE invoices SET total = total + 1 WHERE number = :n"), dict(n=number))
    rc, out, _ = _verify(world, capsys, "acme_clerk")
    assert rc == 2
    assert "Issued invoices have been tampered with (invoices checked: 1, issuers: 1):" in out
    assert number in out and "acme" in out


def _legacy_entries(world) -> None:
    """Two entries as migration 0016 found them, one global chain from zeros (the hoster's, then acme's), before
    every entry the fixture wrote: ids -2 and -1, and the frozen legacy head naming -1."""
    from datetime import datetime
    from types import SimpleNamespace

    from app.services.audit_chain import ZEROS, entry_hash

    prev = ZEROS
    with world.owner.begin() as conn:
        for i, reseller in ((-2, None), (-1, world.resellers["acme"])):
            e = SimpleNamespace(actor="ann", action="set", entity="price", entity_id=str(i), reseller_id=reseller,
                                at=datetime(2026, 1, 1, 9, 0), before=None, after={"amount": "1.00"})
            digest = entry_hash(prev, e)
            conn.execute(text("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, reseller_id, before, "
                              "after, prev_hash, hash) VALUES (:id, :at, 'ann', 'set', 'price', :eid, :r, NULL, "
                              "'{\"amount\": \"1.00\"}', :p, :h)"),
                         dict(id=i, at=e.at, eid=e.entity_id, r=reseller, p=prev, h=digest))
            prev = digest
        conn.execute(text("INSERT INTO audit_chain (chain, reseller_id, head, last_id) "
                          "VALUES ('legacy', NULL, :h, -1)"), dict(h=prev))


def test_the_legacy_chain_is_the_hosters_to_check_when_a_reseller_sees_part_of_it(world, capsys):
    _legacy_entries(world)
    rc, out, _ = _verify(world, capsys, "acme_clerk")
    assert rc == 0
    lines = out.splitlines()
    assert lines[0].startswith("The audit log of reseller acme is intact: every entry is chained to the one before "
                               "(entries checked: ")
    assert lines[1] == ("The entries up to #-1, recorded before the log was chained per owner, are the hoster's to "
                        "check: your login does not see all of them.")
    rc, out, _ = _verify(world, capsys, "hoster_clerk", "--json")
    data = json.loads(out)
    assert (rc, data["intact"], data["chains"][0]) == (0, True, {
        "chain": "legacy", "entries": 2, "name": "the entries up to #-1 (one chain for every owner, recorded before "
                                                 "the log was chained per owner)"})
