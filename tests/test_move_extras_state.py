"""A recurring extra a move ends is gone from the company's state from the move's day (both databases).

The move's rule (``app.billing.seller_items``), which billing reads, is folded by ``app.company_state`` too: from
the move's day the extra is neither running in the change dialog nor in the way of the new seller's own extra of
the same code, nor of a currency change. The move's undo gives it back. Before the rule the fold kept it running:
the new seller's extra was refused ("$[0].code: duplicate recurring extra 'support'") and so was a currency change
("$[0].currency: the currency cannot change to USD on 2026-03-01 while the recurring extra 'support' runs at
50.00 EUR: ...").

The world (tests.test_moves.world): the hoster sells a SharePoint site at 14.00 a month (tax 20 %); acme sells it
at 12.00 and pays 8.00 (tax 19 %). Companies sign up on 1 January 2026 with a site and the hoster's premium
support at 50.00 a month, and are billed on the 1st: February has 28 days, March 31. Every figure is worked by
hand.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.context import load_events
from app.billing.run import run_billing
from app.billing.seller_items import day_changes_seller, seller_changes
from app.company_state import CompanyState, Event, state_on
from app.errors import ProrataError
from app.models import CompanyEvent, Invoice, InvoiceLine, Plan
from app.services import changes, price_matrix
from app.services.change_choices import change_choices
from app.services.moves import move_choices, undo_move
from app.services.undo import undo_change
from app.storage.engine import unit_of_work
from tests.test_move_ends_extras import CONSULT, bills, company, extra_accruals, extra_billed, move
from tests.test_moves import world

D = Decimal
JAN1, FEB1, FEB14, FEB15, MAR1, MAR16, APR1 = (date(2026, 1, 1), date(2026, 2, 1), date(2026, 2, 14),
                                               date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 16),
                                               date(2026, 4, 1))
HOSTER = "hoster"


def running(db, code: str, day: date) -> list[tuple]:
    """The recurring extras the change dialog shows running on ``day`` (those it offers to end)."""
    with unit_of_work(db) as s:
        return [(x.code, x.amount, x.since) for x in change_choices(s, code, day).running]


def folded(db, company_id: int, day: date, first_seller) -> CompanyState:
    """The company's state on ``day`` as billing folds it (``first_seller`` known) or a service (None)."""
    with unit_of_work(db) as s:
        events = load_events(s, [company_id], date.max)[company_id]
        bases = dict(s.execute(select(Plan.id, Plan.basis)).all())
    return state_on(events, day, bases, "EUR", first_seller)


def record(db, *events):
    with unit_of_work(db) as s:
        return changes.record_changes(s, list(events))


def acmes_support(code: str, day: date) -> dict:
    return changes.add_extra(code, "support", "30.00", date=day.isoformat(), recurring=True,
                             description={"en": "Support by Acme"})


def test_from_the_moves_day_the_extra_is_not_in_the_companys_state(db):
    w = world(db)
    c = company(db, w, "c")
    acme = f"reseller:{w.resellers['acme']}"
    move(db, "c", "acme", FEB15)
    # The day before the move the hoster's support runs; from the move's day on it is not offered any more.
    assert running(db, "c", FEB14) == [("support", D("50.00"), JAN1)]
    assert running(db, "c", FEB15) == []
    assert running(db, "c", APR1) == []
    for first in (HOSTER, None):  # the seller at signup known (billing) or not (the dialog, the checks)
        before, after = folded(db, c, FEB14, first), folded(db, c, FEB15, first)
        assert list(before.extras) == ["support"] and before.ended_by_move == {}
        assert after.extras == {} and after.seller == acme
        [(ended, day)] = after.ended_by_move.values()
        assert (ended.code, ended.amount, ended.since, day) == ("support", D("50.00"), JAN1, FEB15)
        assert len(after.subscriptions) == 1  # the site goes along: only the seller's own item ends


@pytest.mark.parametrize("added", [MAR1, FEB15])
def test_the_new_seller_adds_its_own_extra_of_the_same_code_and_bills_only_that(db, added):
    w = world(db)
    acme = f"reseller:{w.resellers['acme']}"
    c = company(db, w, "c")
    run_billing(db, FEB1)  # the hoster: 1 January and 1 February in advance, 14.00 + 50.00 each
    move(db, "c", "acme", FEB15)
    with pytest.raises(ProrataError) as err:  # while the hoster's runs, the code is taken
        record(db, acmes_support("c", FEB14))
    assert str(err.value) == "$[0].code: duplicate recurring extra 'support'"
    record(db, acmes_support("c", added))  # from the move's day on it is not: no end needed first
    assert running(db, "c", added) == [("support", D("30.00"), added)]
    with unit_of_work(db) as s:  # the move's form still names the hoster's as ended by the move
        assert [(x.code, x.amount, x.since, x.until, x.ended_by_move) for x in move_choices(s, "c").extras] == [
            ("support", D("50.00"), JAN1, FEB15, True), ("support", D("30.00"), added, None, False)]
    run_billing(db, APR1)
    got = bills(db, c)
    # 1 March, the hoster (left): 15 February - 1 March is 14 of February's 28 days: site -14.00 x 14/28 = -7.00,
    # support -50.00 x 14/28 = -25.00. Subtotal -32.00, tax 20 % -6.40: -38.40.
    assert got[HOSTER, MAR1, "credit_note"] == (D("-32.00"), D("-38.40"), [
        ("proration", False, "support", FEB15, D("-25.00")), ("proration", True, None, FEB15, D("-7.00"))])
    if added == MAR1:
        # 1 March, acme: site +12.00 x 14/28 = 6.00, March's site 12.00 and its own support 30.00 in advance:
        # 48.00, tax 19 % 9.12: 57.12. Nothing of the hoster's 50.00.
        assert got[acme, MAR1, "invoice"] == (D("48.00"), D("57.12"), [
            ("proration", True, None, FEB15, D("6.00")), ("recurring", False, "support", MAR1, D("30.00")),
            ("recurring", True, None, MAR1, D("12.00"))])
        acmes = D("60.00")  # 30.00 on 1 March and 30.00 on 1 April
    else:
        # From the move's day, the new seller's own (an extra that starts on the move's day is not ended by it):
        # 1 March, acme: site 6.00 and support +30.00 x 14/28 = 15.00 for 15 February - 1 March, then March's
        # site 12.00 and support 30.00: 63.00, tax 19 % 11.97: 74.97.
        assert got[acme, MAR1, "invoice"] == (D("63.00"), D("74.97"), [
            ("proration", False, "support", FEB15, D("15.00")), ("proration", True, None, FEB15, D("6.00")),
            ("recurring", False, "support", MAR1, D("30.00")), ("recurring", True, None, MAR1, D("12.00"))])
        acmes = D("75.00")  # 15.00 + 30.00 + 30.00
    # 1 April, acme: site 12.00 and its support 30.00: 42.00, tax 19 % 7.98: 49.98.
    assert got[acme, APR1, "invoice"] == (D("42.00"), D("49.98"), [
        ("recurring", False, "support", APR1, D("30.00")), ("recurring", True, None, APR1, D("12.00"))])
    # The hoster's support: 50.00 + 50.00 - 25.00 = 75.00 (January and 1-14 February); acme's own as above.
    assert extra_billed(db, c, "support") == {HOSTER: D("75.00"), acme: acmes}
    assert extra_accruals(db, c) == []  # an extra is the seller's own item: no cost to anyone


def test_a_currency_change_after_the_move_is_not_refused_for_the_ended_extra(db):
    w = world(db)
    acme = f"reseller:{w.resellers['acme']}"
    c = company(db, w, "c")
    with unit_of_work(db) as s:  # acme sells the site in USD at 13.00 and pays the hoster 9.00 for it
        price_matrix.set_price(s, layer="retail", plan="sharepoint-sites", currency="USD", amount="13.00",
                               valid_from=None, reseller="acme")
        price_matrix.set_price(s, layer="wholesale", plan="sharepoint-sites", currency="USD", amount="9.00",
                               valid_from=None)
    run_billing(db, FEB1)
    move(db, "c", "acme", FEB15)
    with pytest.raises(ProrataError) as err:  # before the move's day the support runs, in euros
        record(db, changes.change_currency("c", "USD", FEB14.isoformat()))
    assert str(err.value) == (
        "$[0].currency: the currency cannot change to USD on 2026-02-14 while the recurring extra 'support' runs at "
        "50.00 EUR: end the extra first, then add it again at its amount in USD")
    record(db, changes.change_currency("c", "USD", MAR1.isoformat()))  # after it, nothing stands in the way
    with unit_of_work(db) as s:
        assert change_choices(s, "c", MAR1).currency == "USD"
    run_billing(db, APR1)
    with unit_of_work(db) as s:
        got = sorted((i.issuer_key, i.period_start, i.kind, i.currency, i.subtotal, i.total, sorted(
            (ln.kind, ln.plan_id is not None, ln.extra_code, ln.start, ln.amount) for ln in s.scalars(
                select(InvoiceLine).where(InvoiceLine.invoice_id == i.id))))
            for i in s.scalars(select(Invoice).where(Invoice.company_id == c)))
    # 1 March: the period 1 February - 1 March was billed in EUR, so its prorations go on invoices in EUR:
    # the hoster's credit, 15 February - 1 March being 14 of 28 days, site -14.00 x 14/28 = -7.00 and support
    # -50.00 x 14/28 = -25.00 (-32.00, tax 20 % -6.40: -38.40); acme's site +12.00 x 14/28 = 6.00 (tax 19 %
    # 1.14: 7.14). March's advance on acme's invoice in USD: the site 13.00 (tax 19 % 2.47: 15.47), no support.
    # 1 April, acme in USD: 13.00, tax 2.47: 15.47.
    assert [i for i in got if i[1] >= MAR1] == [
        (HOSTER, MAR1, "credit_note", "EUR", D("-32.00"), D("-38.40"), [
            ("proration", False, "support", FEB15, D("-25.00")), ("proration", True, None, FEB15, D("-7.00"))]),
        (acme, MAR1, "invoice", "EUR", D("6.00"), D("7.14"), [("proration", True, None, FEB15, D("6.00"))]),
        (acme, MAR1, "invoice", "USD", D("13.00"), D("15.47"), [("recurring", True, None, MAR1, D("13.00"))]),
        (acme, APR1, "invoice", "USD", D("13.00"), D("15.47"), [("recurring", True, None, APR1, D("13.00"))])]
    # The hoster's support, in EUR only: 50.00 on 1 January and 1 February, less 25.00: 75.00.
    assert [(i[0], i[3], ln[4]) for i in got for ln in i[6] if ln[2] == "support"] == [
        (HOSTER, "EUR", D("50.00")), (HOSTER, "EUR", D("50.00")), (HOSTER, "EUR", D("-25.00"))]


def test_the_undo_of_the_move_gives_the_extra_back_to_the_state(db):
    w = world(db)
    c = company(db, w, "u")
    moved = move(db, "u", "acme", FEB15)
    assert running(db, "u", FEB15) == []
    with unit_of_work(db) as s:
        undo_move(s, moved.event_id)  # the move back to the hoster, dated 15 February like the move
    # A move and its undo of one day are taken together: the support ran on throughout.
    assert running(db, "u", FEB15) == [("support", D("50.00"), JAN1)]
    assert running(db, "u", APR1) == [("support", D("50.00"), JAN1)]
    for first in (HOSTER, None):
        state = folded(db, c, APR1, first)
        assert (list(state.extras), state.ended_by_move, state.seller) == (["support"], {}, HOSTER)
    with pytest.raises(ProrataError) as err:  # the hoster's own runs again: the code is taken
        record(db, acmes_support("u", MAR1))
    assert str(err.value) == "$[0].code: duplicate recurring extra 'support'"
    move(db, "u", "acme", MAR16)  # a later move ends it again, from its own day
    assert running(db, "u", MAR1) == [("support", D("50.00"), JAN1)]
    assert running(db, "u", MAR16) == []


@pytest.mark.parametrize("since", ["same day", "later", "currency"])
def test_the_undo_is_refused_while_a_change_relies_on_the_extras_end(db, since):
    w = world(db)
    company(db, w, "u")
    with unit_of_work(db) as s:  # acme and the hoster sell the site in USD too
        price_matrix.set_price(s, layer="retail", plan="sharepoint-sites", currency="USD", amount="13.00",
                               valid_from=None, reseller="acme")
        price_matrix.set_price(s, layer="wholesale", plan="sharepoint-sites", currency="USD", amount="9.00",
                               valid_from=None)
        price_matrix.set_price(s, layer="retail", plan="sharepoint-sites", currency="USD", amount="15.00",
                               valid_from=None)
    moved = move(db, "u", "acme", FEB15)
    day, change = {"same day": (FEB15, acmes_support("u", FEB15)), "later": (MAR1, acmes_support("u", MAR1)),
                   "currency": (MAR1, changes.change_currency("u", "USD", MAR1.isoformat()))}[since]
    [added] = record(db, change).changes
    with unit_of_work(db) as s:
        written = s.scalar(select(func.count()).select_from(CompanyEvent))
        with pytest.raises(ProrataError) as err:  # the hoster's support would run again beside it / in USD
            undo_move(s, moved.event_id)
    assert str(err.value) == (
        f"date: the move of 2026-02-15 cannot be taken back: it ended the recurring extra 'support', and change "
        f"#{added.id} ({added.type} on {day.isoformat()}) relies on that end; move the company back to hoster on a "
        "later day instead, and add the extra again there")
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(CompanyEvent)) == written
    move(db, "u", "hoster", MAR16)  # as the message says: the hoster's support stays ended (and acme's ends)
    assert running(db, "u", MAR16) == []


def test_the_end_of_an_extra_the_move_ended_is_not_undone_into_the_new_sellers(db):
    w = world(db)
    company(db, w, "r", reseller="acme", extra=CONSULT)
    move(db, "r", "beta", FEB15)
    # Recorded before the rule (to free the code), or by hand: it folds, and ends nothing.
    [end] = record(db, changes.end_extra("r", "consult", MAR1.isoformat())).changes
    assert running(db, "r", FEB14) == [("consult", D("30.00"), JAN1)] and running(db, "r", MAR1) == []
    with unit_of_work(db) as s:
        written = s.scalar(select(func.count()).select_from(CompanyEvent))
        with pytest.raises(ProrataError) as err:  # its counter-change would start the consulting again, as beta's
            undo_change(s, end.id)
    assert str(err.value) == (
        f"id: change #{end.id} cannot be undone: the recurring extra 'consult' it ended had ended already with the "
        "company's move on 2026-02-15 (an extra is its seller's own item); add it again if the company's seller "
        "sells it")
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(CompanyEvent)) == written


# --- the fold alone -----------------------------------------------------------------------------------------

X = Event(JAN1, "extra", code="x", amount=D("10.00"), recurring=True, seq=1)


def _fold(*events: Event, first=None, day: date = APR1) -> CompanyState:
    return state_on([X, *events], day, {}, "EUR", first)


def _move(day: date, to: str, seq: int) -> Event:
    return Event(day, "move", code=to, seq=seq)


@pytest.mark.parametrize("first", ["hoster", None])
def test_moves_of_one_day_are_taken_together(first):
    # A move and its undo: nothing ends.
    assert list(_fold(_move(FEB15, "acme", 2), _move(FEB15, "hoster", 3), first=first).extras) == ["x"]
    # One move, or several ending with the seller the first went to: the extra ends.
    assert _fold(_move(FEB15, "acme", 2), first=first).extras == {}
    assert _fold(_move(FEB15, "acme", 2), _move(FEB15, "hoster", 3), _move(FEB15, "acme", 4),
                 first=first).extras == {}
    # The move back on a later day is another move: the extra stays ended.
    assert _fold(_move(FEB15, "acme", 2), _move(MAR1, "hoster", 3), first=first).extras == {}
    # An extra that starts on the move's day (before or after the move in the day) is the new seller's own.
    y = Event(FEB15, "extra", code="y", amount=D("5.00"), recurring=True, seq=2)
    z = Event(FEB15, "extra", code="z", amount=D("5.00"), recurring=True, seq=4)
    assert list(_fold(y, _move(FEB15, "acme", 3), z, first=first).extras) == ["y", "z"]


def test_moves_through_three_sellers_in_one_day():
    moves = (_move(FEB15, "acme", 2), _move(FEB15, "beta", 3))
    # The seller at signup known (billing): hoster -> beta is a change, the extra ends.
    assert _fold(*moves, first="hoster").extras == {}
    assert seller_changes([X, *moves], "hoster") == (FEB15,)
    # Not known (a service's fold), acme -> beta might be a move and its undo: the extra is left running, the
    # strict side (its code stays taken, a currency change stays refused); billing knows the seller and ends it.
    assert list(_fold(*moves).extras) == ["x"]
    assert day_changes_seller(None, ["acme", "beta"]) is False
    assert day_changes_seller("hoster", ["acme", "beta"]) is True


def test_an_end_recorded_for_an_extra_the_move_ended_ends_nothing():
    # Before the rule, the only way to let the new seller add the same code: such an end still folds.
    end = Event(FEB15, "extra_end", code="x", seq=3)
    state = _fold(_move(FEB15, "acme", 2), end, first="hoster")
    assert (state.extras, state.ended_by_move) == ({}, {})
    with pytest.raises(ProrataError) as err:  # a second end ends nothing that exists
        _fold(_move(FEB15, "acme", 2), end, end._replace(seq=4), first="hoster")
    assert str(err.value) == "unknown recurring extra 'x'"
    # The new seller's extra of the same code is the one an end ends; the old stays ended.
    new = Event(MAR1, "extra", code="x", amount=D("30.00"), recurring=True, seq=4)
    state = _fold(_move(FEB15, "acme", 2), new, Event(MAR16, "extra_end", code="x", seq=5), first="hoster",
                  day=MAR1)
    assert [(x.amount, x.since) for x in state.extras.values()] == [(D("30.00"), MAR1)]
    state = _fold(_move(FEB15, "acme", 2), new, Event(MAR16, "extra_end", code="x", seq=5), first="hoster")
    assert state.extras == {} and list(state.ended_by_move) == ["x"]


def test_an_undo_that_would_bring_back_an_extra_twice_or_in_another_currency_is_refused():
    move, back = _move(FEB15, "acme", 2), _move(FEB15, "hoster", 5)
    again = Event(FEB15, "extra", code="x", amount=D("30.00"), recurring=True, seq=3)
    with pytest.raises(ProrataError) as err:
        _fold(move, again, back, first="hoster")
    assert str(err.value) == "duplicate recurring extra 'x'"
    usd = Event(FEB15, "currency", currency="USD", seq=3)
    with pytest.raises(ProrataError) as err:
        _fold(move, usd, back, first="hoster")
    assert str(err.value) == ("the currency cannot change to USD on 2026-02-15 while the recurring extra 'x' runs at "
                              "10.00 EUR: end the extra first, then add it again at its amount in USD")
