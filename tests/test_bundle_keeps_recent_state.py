"""A bundle's export/import round trip keeps what a bundle carries of this year's new state (both databases): an
own price ended from a day stays ended, a recurring extra a move ended stays ended (and the new seller's own extra of
the same code runs), a move taken back stays an undo (``undoes``: the index of the event it takes back), and a moved
company's events stay filed under the seller they were made with.

Before the fix the export left out which change an undo took back: after the import the move back was a move like
any other, so it could be undone in turn (refused on the database it came from: "it is itself an undo") and the
move it took back could be undone a second time. And a moved company's earlier events were filed under the seller it
is with now, so the seller it left no longer read its own past (row security, migration 0026).

The world (tests.test_moves.world): the hoster sells a SharePoint site at 14.00 a month (tax 20 %) and Exchange
Basic at 6.50; acme sells the site at 12.00 (tax 19 %); beta sells Exchange Basic at 7.00 (tax 10 %). Companies
sign up on 1 January 2026 and are billed on the 1st, in advance. Figures by hand.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.bundle.exporter import export_bundle
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import Company, CompanyEvent, Invoice, InvoiceLine, Reseller
from app.services import changes, price_matrix, price_removal
from app.services.moves import undo_move
from app.services.undo import undo_change
from app.storage.engine import unit_of_work
from tests.billing_world import add_company
from tests.test_move_ends_extras import SUPPORT, move
from tests.test_moves import SITES, world

D = Decimal
JAN1, FEB15, MAR1, MAR20, APR1 = (date(2026, 1, 1), date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 20),
                                  date(2026, 4, 1))


def _original(db) -> dict:
    """The world's history, unbilled; returns its export (companies given an e-mail, as the import asks)."""
    w = world(db)
    add_company(db, w, "c", signup=JAN1, events=[(JAN1, "subscribe", {"plan": SITES, "quantity": 1}),
                                                 (JAN1, "extra", SUPPORT)])
    add_company(db, w, "e", signup=JAN1, events=[(JAN1, "subscribe", {"plan": SITES, "quantity": 1}),
                                                 (JAN1, "extra", SUPPORT)])
    add_company(db, w, "x", reseller="beta", signup=JAN1, events=[
        (JAN1, "subscribe", {"plan": "exchange-basic"}),
        (JAN1, "assign", {"plan": "exchange-basic", "user": "ann@x.example"})])
    move(db, "c", "acme", FEB15)  # ends the hoster's support
    with unit_of_work(db) as s:  # acme's own support of the same code
        changes.record_changes(s, [changes.add_extra("c", "support", "30.00", date=MAR1.isoformat(),
                                                     recurring=True, description={"en": "Acme support"})])
    move(db, "e", "acme", FEB15)
    with unit_of_work(db) as s:
        undo_move(s, _moves(s, "e")[-1][0])  # e back with the hoster, its support with it
        price_matrix.set_price(s, layer="company_override", plan="exchange-basic", currency="EUR", amount="5.00",
                               valid_from=JAN1, company="x")
    with unit_of_work(db) as s:
        price_removal.end_own_price(s, company="x", plan="exchange-basic", currency="EUR", day=MAR20)
    with unit_of_work(db) as s:
        doc = export_bundle(s)
    for c in doc["companies"]:  # the world's companies were made without an e-mail
        c.setdefault("email", f"billing@{c['code']}.example")
    return doc


def _moves(s, code) -> list[tuple[int, int | None]]:
    cid = s.scalar(select(Company.id).where(Company.code == code))
    return [(e.id, e.undoes_id) for e in s.scalars(select(CompanyEvent).where(
        CompanyEvent.company_id == cid, CompanyEvent.type == "move").order_by(CompanyEvent.id))]


def filed(db, code) -> list[tuple]:
    """The company's events in the order recorded: (date, type, the seller's code it is filed under)."""
    with unit_of_work(db) as s:
        sellers = dict(s.execute(select(Reseller.id, Reseller.code)).all())
        cid = s.scalar(select(Company.id).where(Company.code == code))
        return [(e.date, e.type, sellers.get(e.reseller_id, "hoster")) for e in s.scalars(
            select(CompanyEvent).where(CompanyEvent.company_id == cid).order_by(CompanyEvent.date, CompanyEvent.id))]


# c's history: what it did with the hoster stays the hoster's (the seller it left reads it), the move is filed
# under the seller it leaves, acme's own support under acme.
C_FILED = [(JAN1, "subscribe", "hoster"), (JAN1, "extra", "hoster"), (FEB15, "move", "hoster"),
           (MAR1, "extra", "acme")]


def april(db) -> dict[str, tuple]:
    """Each company's invoice of the period from 1 April: (issuer code, subtotal, tax, total, [(extra, amount)])."""
    with unit_of_work(db) as s:
        codes = dict(s.execute(select(Company.id, Company.code)).all())
        sellers = {f"reseller:{i}": c for i, c in s.execute(select(Reseller.id, Reseller.code))}
        out = {}
        for inv in s.scalars(select(Invoice).where(Invoice.period_start == APR1, Invoice.kind == "invoice")):
            lines = [(ln.extra_code, ln.amount) for ln in s.scalars(
                select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))]
            out[codes[inv.company_id]] = (sellers.get(inv.issuer_key, inv.issuer_key), inv.subtotal, inv.tax,
                                          inv.total, lines)
        return out


# April, by hand. x: its own 5.00 ended from 20 March, so April is at beta's 7.00: 7.00 + 10 % = 7.70. c: with
# acme since 15 February; the hoster's support ended with the move, acme's own 30.00 runs: 12.00 + 30.00 = 42.00
# + 19 % (7.98) = 49.98. e: its move undone, back with the hoster with its support: 14.00 + 50.00 = 64.00 + 20 %
# (12.80) = 76.80.
APRIL = {"x": ("beta", D("7.00"), D("0.70"), D("7.70"), [(None, D("7.00"))]),
         "c": ("acme", D("42.00"), D("7.98"), D("49.98"), [(None, D("12.00")), ("support", D("30.00"))]),
         "e": ("hoster", D("64.00"), D("12.80"), D("76.80"), [(None, D("14.00")), ("support", D("50.00"))])}


def test_the_round_trip_keeps_ended_prices_ended_extras_and_undone_moves(db, fresh_db):
    doc = _original(db)
    own = [p for p in doc["prices"] if p["layer"] == "company_override"]
    assert own[-1] == {"layer": "company_override", "company": "x", "plan": "exchange-basic", "currency": "EUR",
                       "ended": True, "valid_from": "2026-03-20"}
    moved = [(i, e["company"], e["from"], e["to"], e.get("undoes")) for i, e in enumerate(doc["events"])
             if e["type"] == "move"]
    assert [m[1:] for m in moved] == [("c", "hoster", "acme", None), ("e", "hoster", "acme", None),
                                      ("e", "acme", "hoster", moved[1][0])]
    assert filed(db, "c") == C_FILED
    run_billing(db, APR1)
    assert {k: v for k, v in april(db).items() if k in APRIL} == APRIL

    other = fresh_db()
    with unit_of_work(other) as s:
        import_bundle(s, doc, source="test.json")
    with unit_of_work(other) as s:
        assert export_bundle(s) == doc
        (went, nothing), (back, undone) = _moves(s, "e")
        assert (nothing, undone) == (None, went)  # the move back still takes back the move
    assert filed(other, "c") == C_FILED  # before the fix: all four under acme, the seller it is with now
    run_billing(other, APR1)
    assert {k: v for k, v in april(other).items() if k in APRIL} == APRIL
    # As on the database it came from: the undo is not undone, the move not undone twice.
    with pytest.raises(ProrataError) as refused, unit_of_work(other) as s:
        undo_move(s, back)
    assert refused.value.messages() == [
        f"id: change #{back} is itself the undo of change #{went}: record the change again instead"]
    with pytest.raises(ProrataError) as refused, unit_of_work(other) as s:
        undo_move(s, went)
    assert refused.value.messages() == [f"id: change #{went} was undone already (by change #{back})"]


@pytest.mark.parametrize("undoes, message", [
    ("1", "$.events[2].undoes: expected the index of the event it takes back in $.events (0, 1, ...), got '1'"),
    (True, "$.events[2].undoes: expected the index of the event it takes back in $.events (0, 1, ...), got True"),
    (9, "$.events[2].undoes: event 9 is not a change of company 'n' that this event could take back"),
    (0, "$.events[2].undoes: event 0 is not a change of company 'n' that this event could take back"),  # another company's
    (2, "$.events[2].undoes: event 2 is not a change of company 'n' that this event could take back"),  # itself
])
def test_an_undo_names_an_earlier_change_of_its_company(sqlite_db, undoes, message):
    world(sqlite_db)
    doc = {"format": "prorata-bundle/1",
           "companies": [{"code": code, "name": code.upper(), "currency": "EUR", "language": "en_GB",
                          "billing_day": 1, "signup": "2026-01-01", "delivery": "email",
                          "email": f"billing@{code}.example"} for code in ("m", "n")],
           "events": [{"date": "2026-01-01", "company": "m", "type": "subscribe", "plan": SITES, "quantity": 1},
                      {"date": "2026-01-01", "company": "n", "type": "subscribe", "plan": SITES, "quantity": 1},
                      {"date": "2026-01-01", "company": "n", "type": "cancel", "plan": SITES, "undoes": undoes}]}
    with pytest.raises(ProrataError) as refused, unit_of_work(sqlite_db) as s:
        import_bundle(s, doc, source="test.json")
    assert [m for m in refused.value.messages() if "undoes" in m][0].startswith(message)
    with unit_of_work(sqlite_db) as s:
        assert s.scalar(select(Company.id).where(Company.code == "n")) is None  # nothing written


def test_an_undo_dated_before_the_change_it_takes_back_round_trips(db, fresh_db):
    # A one-off extra of 30.00 on 10 February, undone by a clerk from 20 January (prorata change undo ID --date):
    # its counter-change, -30.00 on 20 January, comes first in the export; the import writes the extra first.
    w = world(db)
    add_company(db, w, "n", signup=JAN1, events=[(JAN1, "subscribe", {"plan": SITES, "quantity": 1})])
    with unit_of_work(db) as s:
        changes.record_changes(s, [changes.add_extra("n", "setup", "30.00", date="2026-02-10", recurring=False,
                                                     description={"en": "Setup"})])
    with unit_of_work(db) as s:
        undo_change(s, s.scalar(select(func.max(CompanyEvent.id))), on=date(2026, 1, 20))
    with unit_of_work(db) as s:
        doc = export_bundle(s)
    doc["companies"][0]["email"] = "billing@n.example"
    events = [(e["date"], e["type"], e.get("amount"), e.get("undoes")) for e in doc["events"]]
    assert events == [("2026-01-01", "subscribe", None, None), ("2026-01-20", "extra", "-30.00", 2),
                      ("2026-02-10", "extra", "30.00", None)]
    other = fresh_db()
    with unit_of_work(other) as s:
        import_bundle(s, doc, source="test.json")
    with unit_of_work(other) as s:
        assert export_bundle(s) == doc
        rows = {e.date: (e.id, e.amount, e.undoes_id) for e in s.scalars(select(CompanyEvent))}
    extra_id = rows[date(2026, 2, 10)][0]
    assert rows[date(2026, 1, 20)][1:] == (D("-30.00"), extra_id)


def test_an_undo_given_right_is_written_with_its_link(sqlite_db):
    world(sqlite_db)
    doc = {"format": "prorata-bundle/1",
           "companies": [{"code": "n", "name": "N", "currency": "EUR", "language": "en_GB", "billing_day": 1,
                          "signup": "2026-01-01", "delivery": "email", "email": "billing@n.example"}],
           "events": [{"date": "2026-01-01", "company": "n", "type": "subscribe", "plan": SITES, "quantity": 1},
                      {"date": "2026-02-01", "company": "n", "type": "quantity", "plan": SITES, "quantity": 3},
                      {"date": "2026-02-01", "company": "n", "type": "quantity", "plan": SITES, "quantity": 1,
                       "undoes": 1}]}
    with unit_of_work(sqlite_db) as s:
        import_bundle(s, doc, source="test.json")
    with unit_of_work(sqlite_db) as s:
        rows = [(e.type, e.quantity, e.undoes_id) for e in s.scalars(select(CompanyEvent).order_by(CompanyEvent.id))]
        ids = s.scalars(select(CompanyEvent.id).order_by(CompanyEvent.id)).all()
    assert rows == [("subscribe", 1, None), ("quantity", 3, None), ("quantity", 1, ids[1])]
