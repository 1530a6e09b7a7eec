"""A refused move writes nothing, even for a caller that catches the refusal and commits its unit of work (a
batch, an import): the company's seller and version, its users' seller, its events and the audit log stay as
they were, whatever the refusal and however late the check that gives it (``app.services.moves``: the move
writes in a savepoint its refusal rolls back). What else the unit wrote is committed. Both databases.

The worlds are those of tests.test_moves (acme and beta resellers, companies signed up on 15 January 2026) and
tests.test_move_checks_billable (a company billed in EUR to 10 March 2026, in JPY from then).
"""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import ProrataError
from app.models import AuditEntry, Company, CompanyEvent, User
from app.services import changes as ch
from app.services.moves import move_company, move_user, undo_move
from app.storage.engine import unit_of_work
from tests.billing_world import add_company
from tests.test_move_checks_billable import LATE_INTO_EUR, SIGNUP, _billed_in_eur_then_jpy
from tests.test_move_checks_billable import _world as billable_world
from tests.test_moves import APR1, JAN15, MAR1, three_sites, world

FEB1 = date(2026, 2, 1)


def _state(s) -> tuple:
    """What a refused move must leave as it was, read in the session ``s``."""
    return ([(e.id, e.company_id, e.date, e.type, e.code, e.undoes_id) for e in
             s.scalars(select(CompanyEvent).order_by(CompanyEvent.id))],
            sorted(s.execute(select(Company.code, Company.reseller_id, Company.version)).all()),
            sorted(s.execute(select(User.company_id, User.email, User.reseller_id)).all()),
            s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all())


def _stored(db) -> tuple:
    with unit_of_work(db) as s:
        return _state(s)


def _caught(s, call) -> list[str]:
    """The refusal's words, caught inside the caller's unit of work; the session must be as it was."""
    before = _state(s)
    with pytest.raises(ProrataError) as err:
        call()
    assert _state(s) == before
    return err.value.messages()


def test_every_refusal_caught_in_a_batch_leaves_nothing_and_the_batch_commits_the_rest(db):
    w = world(db)
    three_sites(db, w)  # c1, acme's
    three_sites(db, w, "c2")  # c2, acme's: moved to beta by the same batch
    add_company(db, w, "yen", currency="JPY", events=[(JAN15, "subscribe", {"plan": "archiving"})])
    add_company(db, w, "arch", events=[(JAN15, "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        move_company(s, "c1", "beta", APR1)  # c1 is beta's from 1 April
    before = _stored(db)
    with unit_of_work(db) as s:
        version = s.scalar(select(Company.version).where(Company.code == "c1"))
        assert _caught(s, lambda: move_company(s, "c1", "beta", date(2026, 5, 1))) == [
            "to: the company is already with beta on 2026-05-01: a move needs another seller"]
        assert _caught(s, lambda: move_company(s, "arch", "beta", date(2026, 1, 10))) == [
            "date: event dated 2026-01-10 is before the company's signup on 2026-01-15"]
        assert _caught(s, lambda: move_company(s, "c1", "zeta", date(2026, 5, 1))) == [
            "to: unknown reseller 'zeta'"]
        assert _caught(s, lambda: move_company(s, "yen", "acme", MAR1)) == [
            "to: acme sells nothing in JPY, the currency of yen from 2026-03-01: it has no retail price in JPY"]
        assert _caught(s, lambda: move_company(s, "arch", "acme", MAR1)) == [
            "to: acme has no retail price for plan archiving in EUR on 2026-02-15, which arch has from 2026-03-01: "
            "set one before the move"]
        assert _caught(s, lambda: move_company(s, "c1", "acme", MAR1)) == [
            "date: c1 moved to beta on 2026-04-01: a later move cannot be dated before that (2026-03-01)"]
        assert _caught(s, lambda: move_company(s, "c1", "hoster", date(2026, 5, 1), expected_from="acme")) == [
            "from: c1 is with beta, not with acme: someone moved it meanwhile; nothing was moved"]
        # The form read the row at another version: someone changed it meanwhile (the words: row_version's).
        assert len(_caught(s, lambda: move_company(s, "c1", "hoster", date(2026, 5, 1),
                                                   expected_version=version - 1))) == 1
        # The rest of the batch: c2 goes to beta on 1 March, and the unit commits.
        moved = move_company(s, "c2", "beta", MAR1)
    after = _stored(db)
    events, companies, users, audit = after
    # Only c2's move was added: one event, one audit entry, c2 and its users beta's (its version one up).
    assert events[:-1] == before[0] and len(audit) == len(before[3]) + 1 and audit[:-1] == before[3]
    assert events[-1][2:5] == (MAR1, "move", f"reseller:{w.resellers['beta']}") and events[-1][0] == moved.event_id
    changed = {c for c in companies if c not in before[1]}
    old_c2 = next(c for c in before[1] if c[0] == "c2")
    assert changed == {("c2", w.resellers["beta"], old_c2[2] + 1)}
    assert users == before[2]  # c2 has no users
    # c1 stays beta's, c2 is beta's now; yen and arch, added without a reseller, stay the hoster's.
    with unit_of_work(db) as s:
        sellers = dict(s.execute(select(Company.code, Company.reseller_id)).all())
    assert sellers == {"c1": w.resellers["beta"], "c2": w.resellers["beta"], "yen": None, "arch": None}


def test_a_late_move_a_run_could_never_bill_caught_in_a_batch_leaves_nothing(db):
    # d1 billed 10 Jan and 10 Feb in EUR, in JPY from 10 March (billed to 10 April): a move to acme dated 20
    # February changes days invoiced in EUR, whose corrections would land on an invoice in JPY. The check bills
    # the company with the move written; the refusal must take the move out again.
    w = billable_world(db)
    _billed_in_eur_then_jpy(db, w)
    before = _stored(db)
    with unit_of_work(db) as s:
        assert _caught(s, lambda: move_company(s, "d1", "acme", date(2026, 2, 20))) == [LATE_INTO_EUR]
    assert _stored(db) == before
    with unit_of_work(db) as s:
        assert s.scalar(select(Company.reseller_id).where(Company.code == "d1")) is None  # still the hoster's


def test_the_undo_of_a_move_a_run_could_never_bill_caught_in_a_batch_leaves_nothing(db):
    # d2 moved to acme on 20 February in time, then to JPY from 10 March, billed to 10 April: the move back,
    # dated 20 February, changes days billed in EUR.
    from app.billing.run import run_billing

    w = billable_world(db)
    add_company(db, w, "d2", signup=SIGNUP, events=[(SIGNUP, "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 10))
    with unit_of_work(db) as s:
        move_id = move_company(s, "d2", "acme", date(2026, 2, 20)).event_id
        ch.record_changes(s, [ch.change_currency("d2", "JPY", date(2026, 3, 10))], prefix=None)
    run_billing(db, date(2026, 4, 10))
    before = _stored(db)
    with unit_of_work(db) as s:
        assert _caught(s, lambda: undo_move(s, move_id)) == [LATE_INTO_EUR]
    assert _stored(db) == before
    with unit_of_work(db) as s:
        assert s.scalar(select(Company.reseller_id).where(Company.code == "d2")) == w.resellers["acme"]


def test_a_users_move_refused_after_its_writes_caught_in_a_batch_leaves_nothing(db):
    # ann leaves u1 on 1 March (recorded); moving her to u2 from 1 February would leave that later unassign
    # with nothing to unassign. The move writes her row in u2 and its changes before it sees that.
    w = world(db)
    add_company(db, w, "u1", reseller="acme", events=[
        (JAN15, "subscribe", {"plan": "exchange-basic"}),
        (JAN15, "assign", {"plan": "exchange-basic", "user": "ann@example.com"}),
        (MAR1, "unassign", {"plan": "exchange-basic", "user": "ann@example.com"})])
    add_company(db, w, "u2", reseller="acme", events=[(JAN15, "subscribe", {"plan": "exchange-basic"})])
    before = _stored(db)
    with unit_of_work(db) as s:
        words = _caught(s, lambda: move_user(s, "ann@example.com", "u2", FEB1))
    assert len(words) == 1 and words[0].startswith("date: the later change #") and words[0].endswith(
        "of u1 (unassign on 2026-03-01) relies on ann@example.com being a user there: take it back first"), words
    assert _stored(db) == before
    with unit_of_work(db) as s:  # no row of ann in u2
        assert s.scalar(select(User.id).where(User.company_id == w.companies["u2"])) is None



# --- a bundle's moves ------------------------------------------------------------------------
# A bundle moves only a company it adds (``move_elsewhere``: a stored company is moved by ``move_company``), so
# no move of a bundle is late: a company it adds has no invoice yet. The import still bills a company it adds
# whose events change its currency (``importer._refuse_unbillable``), moves and all.

def _moved_company(code: str, extra: bool = False) -> tuple[dict, list[dict]]:
    """A company the bundle adds: the hoster's at signup (10 January 2026), acme's from 20 February, in JPY from
    10 March; with ``extra``, a 30.00 EUR setup extra on 10 March, which only the invoice of 10 April (in JPY)
    could bill."""
    events = [{"date": "2026-01-10", "company": code, "type": "subscribe", "plan": "archiving"},
              {"date": "2026-02-20", "company": code, "type": "move", "from": "hoster", "to": "acme"}]
    if extra:
        events.append({"date": "2026-03-10", "company": code, "type": "extra", "code": "setup", "amount": "30.00",
                       "recurring": False, "description": {"en": "Setup"}})
    events.append({"date": "2026-03-10", "company": code, "type": "currency", "currency": "JPY"})
    return ({"code": code, "name": code.upper(), "currency": "EUR", "signup": "2026-01-10", "billing_day": 10,
             "language": "en_GB", "email": f"billing@{code}.example", "reseller": "acme"}, events)


def test_a_bundle_with_a_late_move_of_a_stored_company_is_refused_and_writes_nothing(db):
    from app.bundle import FORMAT
    from app.bundle.importer import import_bundle

    w = billable_world(db)
    _billed_in_eur_then_jpy(db, w)  # d1: billed in EUR to 10 March, in JPY from then
    before = _stored(db)
    doc = {"format": FORMAT, "events": [{"date": "2026-02-20", "company": "d1", "type": "move", "from": "hoster",
                                         "to": "acme"}]}
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            import_bundle(s, doc, source="hand.json")
    assert err.value.messages() == [
        "$.events[0].type: a move of company 'd1', already in the database, is recorded with "
        "'prorata company d1 move --to SELLER --date DATE'"]
    assert _stored(db) == before


def test_a_bundles_company_with_a_move_and_a_currency_change_is_billed_by_the_check(db, monkeypatch):
    from app.billing.run import run_billing
    from app.bundle import FORMAT
    from app.bundle.importer import import_bundle
    from app.services import change_preview
    from tests.test_import_checks_billable import EXTRA_INTO_JPY

    billable_world(db)
    asked = []
    check = change_preview._unbillable

    def spy(session, code, added, **kw):
        asked.append((code, sorted(e.type for e in added)))
        return check(session, code, added, **kw)

    monkeypatch.setattr(change_preview, "_unbillable", spy)
    before = _stored(db)
    m2, m2_events = _moved_company("m2", extra=True)
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            import_bundle(s, {"format": FORMAT, "companies": [m2], "events": m2_events}, source="hand.json")
    assert err.value.messages() == [
        "$.events[2]: company 'm2': a billing run could never bill its extra event of 2026-03-10; nothing was "
        "imported", f"$.events[2].date: {EXTRA_INTO_JPY}"]
    assert asked == [("m2", ["currency", "extra", "move", "subscribe"])]
    assert _stored(db) == before

    m1, m1_events = _moved_company("m1")
    with unit_of_work(db) as s:
        assert import_bundle(s, {"format": FORMAT, "companies": [m1], "events": m1_events}).counts["events"] == 3
    assert asked[1:] == [("m1", ["currency", "move", "subscribe"])]
    # Billed to 10 April without a failure. 10 January and 10 February: the hoster's month ahead, 20.00 + 20 % =
    # 24.00 EUR (the seller left gives back what it billed beyond the move on its next invoice). 10 March: the
    # hoster gives back 18 of the 28 days from 20 February, 20.00 x 18/28 = 12.857 -> 12.86 + 2.57 = -15.43 EUR;
    # acme bills them at 18.00, 11.571 -> 11.57 + 19 % 2.198 -> 2.20 = 13.77 EUR (days billed in EUR, on
    # invoices in EUR), and its month ahead in JPY, 2,200 + 19 % 418 = 2,618; 10 April the same 2,618 JPY.
    report = run_billing(db, date(2026, 4, 10), company="m1")
    assert sorted((o.boundary, o.outcome, o.currency, o.total) for o in report.outcomes if o.code == "m1") == [
        (date(2026, 1, 10), "billed", "EUR", "24.00"), (date(2026, 2, 10), "billed", "EUR", "24.00"),
        (date(2026, 3, 10), "billed", "EUR", "-15.43"), (date(2026, 3, 10), "billed", "EUR", "13.77"),
        (date(2026, 3, 10), "billed", "JPY", "2618"), (date(2026, 4, 10), "billed", "JPY", "2618")]
