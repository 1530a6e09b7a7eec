"""One rule says when two e-mail addresses are the same user, alike on SQLite and PostgreSQL (review 3, finding 3).

The rule is ``app.models.users.email_key``: Python's Unicode lower case. SQL ``lower()`` is no longer asked: on
SQLite it lowers only A-Z, so "Émile@x.fr" and "émile@x.fr" were two users there and one on PostgreSQL; a change
naming the one then landed on the other and the export could not be imported. Every case below was worked out
with Python's ``str.lower`` by hand (written next to each), and must come out the same on both databases.
"""
from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import select, update

from app.bundle.exporter import export_bundle
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import Company, CompanyEvent, User
from app.models.users import email_key
from app.services import changes as ch
from app.services import users_admin
from app.services.moves import move_user
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

JAN15, FEB10 = date(2026, 1, 15), date(2026, 2, 10)
EMILE = "Émile@x.fr"


def _world(db):
    """The billing world's hoster and plans; eu and eu2 (EUR, the hoster's) both take exchange-basic."""
    w = build(db)
    add_company(db, w, "eu", events=[(JAN15, "subscribe", {"plan": "exchange-basic"})])
    add_company(db, w, "eu2", events=[(JAN15, "subscribe", {"plan": "exchange-basic"})])
    with unit_of_work(db) as s:  # invoices go by e-mail: an export names the address (or it cannot import)
        s.execute(update(Company).values(email="billing@x.fr"))
    return w


def _add(db, email, company="eu"):
    with unit_of_work(db) as s:
        return users_admin.add_user(s, company, email, email.split("@")[0])


def _refused(db, email, company="eu") -> str:
    with pytest.raises(ProrataError) as err:
        _add(db, email, company)
    assert [p.id for p in err.value.problems] == ["exists"]
    return err.value.messages()[0]


def _emails(db, company_id) -> list[str]:
    with unit_of_work(db) as s:
        return sorted(s.scalars(select(User.email).where(User.company_id == company_id)))


def test_the_rule_is_python_lower_case():
    # "É".lower() == "é"; the Kelvin sign U+212A lowers to ASCII "k"; "İ" (U+0130) lowers to "i" + U+0307;
    # lower() is not casefold(): "ß" stays "ß" (casefold would make "ss").
    assert email_key("ÉMILE@X.FR") == "émile@x.fr"
    assert email_key("\u212aim@x.fr") == "kim@x.fr"
    assert email_key("İnci@x.tr") == "i\u0307nci@x.tr"
    assert email_key("Straße@x.de") == "straße@x.de" != email_key("strasse@x.de")


def test_the_same_address_in_another_case_is_refused_on_both_databases(db):
    w = _world(db)
    _add(db, EMILE)
    for other in ("émile@x.fr", "ÉMILE@X.FR", "éMiLe@X.fr"):  # each lowers to "émile@x.fr"
        assert _refused(db, other) == f"email: user '{other} of eu' already exists in the database"
    _add(db, "emile@x.fr")  # plain "e" is another letter than "é": another user
    _add(db, "émile@x.fr", company="eu2")  # unique within a company only
    assert _emails(db, w.companies["eu"]) == ["emile@x.fr", EMILE]
    assert _emails(db, w.companies["eu2"]) == ["émile@x.fr"]


def test_letters_whose_lower_case_changes_length_or_script_follow_python_on_both(db):
    w = _world(db)
    _add(db, "\u212aim@x.fr")  # Kelvin sign: lowers to "kim@x.fr"
    _refused(db, "kim@x.fr")
    _refused(db, "KIM@x.fr")
    _add(db, "İnci@x.tr")  # lowers to "i\u0307nci@x.tr" (PostgreSQL's lower() would give "inci@x.tr")
    _refused(db, "i\u0307nci@x.tr")
    _add(db, "inci@x.tr")  # "inci@x.tr" != "i\u0307nci@x.tr": another user on both databases
    _add(db, "Straße@x.de")
    _add(db, "strasse@x.de")  # lower(), not casefold(): "straße" != "strasse"
    _refused(db, "STRAßE@x.de")  # "STRAßE".lower() == "straße"
    assert len(_emails(db, w.companies["eu"])) == 5


def test_an_edit_may_change_the_own_case_but_not_take_another_users_address(db):
    _world(db)
    _add(db, EMILE)
    _add(db, "zoe@x.fr")
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            users_admin.edit_user(s, "eu", "zoe@x.fr", {"email": "ÉMILE@x.fr"})
    assert [p.id for p in err.value.problems] == ["exists"]
    with unit_of_work(db) as s:
        assert users_admin.edit_user(s, "eu", "émile@X.FR", {"email": "émile@x.fr"}).email == "émile@x.fr"
    with unit_of_work(db) as s:
        assert users_admin.find(s, "eu", "ÉMILE@X.FR")[1].email == "émile@x.fr"


def test_a_change_naming_the_address_in_another_case_lands_on_that_user(db):
    _world(db)
    emile = _add(db, EMILE).id
    other = _add(db, "emile@x.fr").id
    with unit_of_work(db) as s:
        ch.record_changes(s, [ch.assign("eu", "exchange-basic", "ÉMILE@X.FR", "2026-02-01")], source="cli",
                          prefix=None)
        ch.record_changes(s, [ch.assign("eu", "exchange-basic", "EMILE@x.fr", "2026-02-01")], source="cli",
                          prefix=None)
    with unit_of_work(db) as s:
        assigned = s.scalars(select(CompanyEvent.user_id).where(CompanyEvent.type == "assign")
                             .order_by(CompanyEvent.id)).all()
    assert assigned == [emile, other]


def test_a_user_is_moved_by_its_address_in_any_case(db):
    w = _world(db)
    emile = _add(db, EMILE).id
    _add(db, "emile@x.fr")  # an ASCII look-alike in the same company is not taken instead
    with unit_of_work(db) as s:
        ch.record_changes(s, [ch.assign("eu", "exchange-basic", EMILE, "2026-01-15")], source="cli", prefix=None)
    with unit_of_work(db) as s:
        moved = move_user(s, "ÉMILE@X.FR", "eu2", FEB10)
    assert (moved.from_company, moved.to_company, moved.plans) == ("eu", "eu2", ["exchange-basic"])
    assert _emails(db, w.companies["eu2"]) == [EMILE]  # the address as it was written
    with unit_of_work(db) as s:
        unassigned = s.scalars(select(CompanyEvent.user_id).where(CompanyEvent.type == "unassign")).all()
        # ... and back: the row eu has of the address is taken again, not a second one added.
        move_user(s, "émile@x.fr", "eu", date(2026, 3, 1), from_company="eu2")
    assert unassigned == [emile]
    assert _emails(db, w.companies["eu"]) == ["emile@x.fr", EMILE]


def test_the_bundle_import_uses_the_same_rule_and_the_export_imports_again(db, fresh_db):
    _world(db)
    _add(db, EMILE)
    _add(db, "\u212aim@x.fr")
    with unit_of_work(db) as s:
        ch.record_changes(s, [ch.assign("eu", "exchange-basic", "émile@X.FR", "2026-02-01")], source="cli",
                          prefix=None)
    with unit_of_work(db) as s:
        doc = export_bundle(s)
        # A bundle adding "kim@x.fr" to eu where "\u212aim@x.fr" is: the same user, refused.
        again = {"format": doc["format"], "users": [{"company": "eu", "email": "KIM@x.fr", "name": "k"}]}
        with pytest.raises(ProrataError) as err:
            import_bundle(s, again, source="again.json")
    assert [m for m in err.value.messages() if "KIM@x.fr of eu" in m]
    twice = dict(doc, users=doc["users"] + [{"company": "eu", "email": "éMILE@x.fr", "name": "twin"}])
    target = fresh_db()
    with pytest.raises(ProrataError) as err:
        with unit_of_work(target) as s:
            import_bundle(s, twice, source="twice.json")
    # The export sorts eu's users by lower case: "kim@x.fr" ("k" is U+006B) before "émile@x.fr" (U+00E9), so
    # Émile is $.users[1] and the twin added after them $.users[2].
    assert err.value.messages() == ["$.users[2].email: user 'éMILE@x.fr of eu' appears twice (first at "
                                    "$.users[1].email)"]
    with unit_of_work(target) as s:
        import_bundle(s, doc, source="doc.json")
    with unit_of_work(target) as s:
        assert export_bundle(s) == doc
        [(email,)] = s.execute(select(User.email).join(CompanyEvent, CompanyEvent.user_id == User.id)
                               .where(CompanyEvent.type == "assign")).all()
    assert email == EMILE


def test_two_clerks_adding_the_address_in_two_cases_at_once_are_checked_one_after_the_other(db):
    _world(db)
    outcome: list = []

    def rival():
        try:
            _add(db, "émile@x.fr")
            outcome.append("added")
        except ProrataError as exc:
            outcome.append([p.id for p in exc.problems])

    with unit_of_work(db) as s:
        users_admin.add_user(s, "eu", EMILE, "Émile")
        t = threading.Thread(target=rival)
        t.start()
        time.sleep(1.0)  # the rival waits for the company's row (PostgreSQL) or the write lock (SQLite)
        assert outcome == []
    t.join(30)
    assert outcome == [["exists"]]
    with unit_of_work(db) as s:
        assert s.scalars(select(User.email)).all() == [EMILE]
