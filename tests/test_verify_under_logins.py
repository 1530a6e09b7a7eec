"""``prorata audit verify`` under a reseller's login (issue 10): it checks what the login sees whole.

The audit chain links every entry to the one before, whoever it belongs to: a reseller's staff, who see only
their reseller's entries, would be told the log was tampered with. They are told it is not theirs to check,
and they check their own reseller's chain of issued invoices, which does name a change behind the app's back.
PostgreSQL only, with real logins.
"""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from app.cli.main import main
from tests.staff_world import StaffWorld, add_logins, build_data, drop_logins, memory_keyring  # noqa: F401
from tests.test_invoice_chain import behind_the_apps_back

pytestmark = pytest.mark.pg


@pytest.fixture
def world(pg_db):
    resellers, companies = build_data(pg_db)
    w = StaffWorld(pg_db, resellers, companies)
    add_logins(w, ("hoster_clerk", "acme_admin", "acme_clerk"))
    yield w
    drop_logins(w)


def _verify(world, capsys, login, *extra):
    rc = main(["audit", "verify", *extra, "--db", world.url(login)])
    out, err = capsys.readouterr()
    return rc, out, err


def _acme_number(world) -> str:
    with world.owner.connect() as conn:
        return conn.execute(text("SELECT number FROM invoices WHERE company_id = :c AND number IS NOT NULL"),
                            dict(c=world.companies["c1"])).scalar_one()


def test_a_resellers_staff_check_their_own_invoices_and_are_told_the_audit_log_is_the_hosters(world, capsys):
    for login in ("acme_admin", "acme_clerk"):
        rc, out, err = _verify(world, capsys, login)
        assert (rc, err) == (0, "")
        assert out.splitlines() == [
            "The audit log is not checked: your login sees only reseller acme's entries, and the chain links "
            "every entry to the one before, whoever it belongs to. A hoster login verifies it.",
            "Issued invoices are intact: 1 invoice of 1 issuer, each chained to the one its issuer issued before."]
    rc, out, _ = _verify(world, capsys, "acme_admin", "--json")
    data = json.loads(out)
    assert (rc, data["audit"], data["intact"]) == (0, "not checked", True)
    # The hoster's staff see every row and check both chains whole: the fixture issued one invoice each for the
    # hoster, acme and bolt.
    rc, out, _ = _verify(world, capsys, "hoster_clerk")
    assert rc == 0
    assert out.startswith("The audit log is intact: ")
    assert "Issued invoices are intact: 3 invoices of 3 issuers" in out


def test_a_resellers_invoice_changed_behind_the_apps_back_is_named_to_its_staff(world, capsys):
    number = _acme_number(world)
    with behind_the_apps_back(world.owner) as conn:
        conn.execute(text("UPDATE invoices SET total = total + 1 WHERE number = :n"), dict(n=number))
    rc, out, _ = _verify(world, capsys, "acme_clerk")
    assert rc == 2
    assert "Issued invoices have been tampered with (1 invoice of 1 issuer checked):" in out
    assert number in out and "acme" in out
