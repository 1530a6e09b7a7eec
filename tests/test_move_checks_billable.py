"""A move, and the move back that undoes one, is refused when a billing run could never bill it, as any change is
(``change_preview.check_billable``): in the run's words, nothing written, exit 2 at the command line; the
company is then billed as if nothing had been tried. The refusal names the invoice that billed the days the
move changes, in the currency it billed them in. Both databases.

The world (tests.billing_world): companies signed up on 10 January 2026, billed on the 10th in advance, with
Archiving (per plan): the hoster sells it at 20.00 EUR or 2,500 JPY a month, tax 20 %. Here acme sells it at
18.00 EUR or 2,200 JPY and pays the hoster 10.00 EUR or 1,200 JPY for it.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import AuditEntry, Company, CompanyEvent, Price, User
from app.services import changes as ch
from app.services.moves import move_company, undo_move
from app.services.undo import undo_change
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_change_cli import cli  # noqa: F401  (the fixture)

D = Decimal
SIGNUP = date(2026, 1, 10)
ARCHIVING = [(SIGNUP, "subscribe", {"plan": "archiving"}),
             (SIGNUP, "assign", {"plan": "archiving", "user": "ann@example.com"})]
# 20 February lies in the period 10 February - 10 March, billed in advance on the invoice of 10 February in
# EUR; the company bills in JPY from 10 March, so those days' corrections would land on an invoice in JPY.
LATE_INTO_EUR = ("date: a change dated 2026-02-20 was recorded after the invoice of 2026-02-10 (in EUR) was "
                 "billed; it cannot be corrected on an invoice in JPY: Prorata never converts an amount")


def _world(db):
    w = build(db)
    with unit_of_work(db) as s:
        s.add_all([Price(layer="retail", reseller_id=w.resellers["acme"], plan_id=w.plans["archiving"],
                         currency=cur, amount=D(amount)) for cur, amount in (("EUR", "18.00"), ("JPY", "2200"))]
                  + [Price(layer="wholesale", plan_id=w.plans["archiving"], currency=cur, amount=D(amount))
                     for cur, amount in (("EUR", "10.00"), ("JPY", "1200"))])
    return w


def _written(db) -> tuple:
    """What a refused move must leave as it was: events, the company rows' seller, users' seller, audit."""
    with unit_of_work(db) as s:
        return ([(e.id, e.date, e.type, e.code, e.undoes_id) for e in
                 s.scalars(select(CompanyEvent).order_by(CompanyEvent.id))],
                sorted(s.execute(select(Company.code, Company.reseller_id, Company.version)).all()),
                sorted(s.execute(select(User.email, User.reseller_id)).all()),
                s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)))


def _outcomes(report, code):
    return [(o.boundary, o.outcome, o.currency, o.total) for o in report.outcomes if o.code == code]


def _billed_in_eur_then_jpy(db, w, code="d1"):
    """``code``, direct, billed 10 January and 10 February in EUR (20.00 + 20 % = 24.00), changed to JPY from 10
    March (recorded in time), billed 10 March and 10 April in JPY (2,500 + 500 = 3,000)."""
    add_company(db, w, code, signup=SIGNUP, events=ARCHIVING)
    run_billing(db, date(2026, 2, 10))
    with unit_of_work(db) as s:
        ch.record_changes(s, [ch.change_currency(code, "JPY", date(2026, 3, 10))], prefix=None)
    assert _outcomes(run_billing(db, date(2026, 4, 10)), code) == [
        (date(2026, 3, 10), "billed", "JPY", "3000"), (date(2026, 4, 10), "billed", "JPY", "3000")]


def _refused(db, call) -> list[str]:
    """The refusal's words; the unit of work, left by it, is rolled back (a move writes before it checks)."""
    with pytest.raises(ProrataError) as e:
        with unit_of_work(db) as s:
            call(s)
    return e.value.messages()


def test_a_late_move_across_a_currency_change_is_refused_like_a_late_change(db, cli):  # noqa: F811
    # The reviewer's case: recorded, every run from then on failed for the company (May never billed).
    w = _world(db)
    _billed_in_eur_then_jpy(db, w)
    before = _written(db)
    rc, out, err = cli("company", "d1", "move", "--to", "acme", "--date", "2026-02-20")
    assert (rc, out) == (2, "")
    assert LATE_INTO_EUR in err and "Traceback" not in err, err
    assert _written(db) == before  # no event, the company and its user still the hoster's, no audit entry
    assert _refused(db, lambda s: move_company(s, "d1", "acme", date(2026, 2, 20))) == [LATE_INTO_EUR]
    # A late change of another kind, dated alike, is refused in the same words.
    assert _refused(db, lambda s: ch.record_change(s, ch.cancel("d1", "archiving", date(2026, 2, 20)))) == [
        LATE_INTO_EUR]
    assert _written(db) == before
    # Billed as if nothing had been tried: 10 May in JPY, 2,500 + 20 % = 3,000.
    assert _outcomes(run_billing(db, date(2026, 5, 10)), "d1") == [(date(2026, 5, 10), "billed", "JPY", "3000")]


def test_a_move_the_run_can_bill_is_still_recorded(db):
    # Dated 10 March or later, in the days billed in JPY: corrected in JPY, billable. (The days 10 March - 10
    # April were invoiced in advance, so it is late.)
    w = _world(db)
    _billed_in_eur_then_jpy(db, w)
    with unit_of_work(db) as s:
        moved = move_company(s, "d1", "acme", date(2026, 3, 20))
    assert (moved.to_seller, moved.late) == ("acme", True)
    report = run_billing(db, date(2026, 5, 10))
    # Two invoices on 10 May, both in JPY: the hoster's (it gives back 20 March - 10 April) and acme's.
    assert [(o.boundary, o.outcome, o.currency) for o in report.outcomes if o.code == "d1"] == [
        (date(2026, 5, 10), "billed", "JPY")] * 2


def test_the_undo_of_a_move_is_refused_when_the_move_back_could_never_be_billed(db, cli):  # noqa: F811
    # d2 moved to acme on 20 February, recorded in time; then its currency changed to JPY from 10 March and it
    # was billed to 10 April. The move back, dated 20 February like the move, changes days billed in EUR.
    w = _world(db)
    add_company(db, w, "d2", signup=SIGNUP, events=ARCHIVING)
    run_billing(db, date(2026, 2, 10))
    with unit_of_work(db) as s:
        move_id = move_company(s, "d2", "acme", date(2026, 2, 20)).event_id
        ch.record_changes(s, [ch.change_currency("d2", "JPY", date(2026, 3, 10))], prefix=None)
    report = run_billing(db, date(2026, 4, 10))
    assert {o.outcome for o in report.outcomes if o.code == "d2"} == {"billed"}
    before = _written(db)
    rc, out, err = cli("company", "d2", "undo", str(move_id))
    assert (rc, out) == (2, "")
    assert LATE_INTO_EUR in err and "Traceback" not in err, err
    assert _refused(db, lambda s: undo_change(s, move_id)) == [LATE_INTO_EUR]
    assert _refused(db, lambda s: undo_move(s, move_id)) == [LATE_INTO_EUR]
    assert _written(db) == before  # still acme's, the move not undone
    with unit_of_work(db) as s:
        assert s.scalar(select(Company.reseller_id).where(Company.code == "d2")) == w.resellers["acme"]
    # acme bills it on 10 May as ever: 2,200 JPY + 19 % = 418 -> 2,618.
    assert _outcomes(run_billing(db, date(2026, 5, 10)), "d2") == [(date(2026, 5, 10), "billed", "JPY", "2618")]


def test_a_move_undone_before_the_currency_change_is_billed_is_still_taken_back(db):
    # The same move, undone while every day it changes is still billed in EUR: the move back is billable.
    w = _world(db)
    add_company(db, w, "d3", signup=SIGNUP, events=ARCHIVING)
    run_billing(db, date(2026, 2, 10))
    with unit_of_work(db) as s:
        move_id = move_company(s, "d3", "acme", date(2026, 2, 20)).event_id
    with unit_of_work(db) as s:
        back = undo_change(s, move_id)
    assert [(c.type, c.code, c.undoes_id) for c in back.changes] == [("move", "hoster", move_id)]
