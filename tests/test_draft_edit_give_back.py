"""A run's draft holding a give-back (days given back: a negative quantity, a negative amount) can be edited, on
both databases: kept, the give-back keeps the run's amount; changed (its quantity or price), it stays a give-back
and bills quantity x price x its share of the period; a line a person types is still never negative. The
reseller's costs stay what the run wrote, whatever the edit: only usage (the company's events) changes a cost.

The world (tests/billing_world.py): acme (reseller_bills, 19 %) sells SharePoint sites at 12.00 a month and pays
the hoster 8.00 a site. Its company g1 takes 2 sites on 2026-01-01 (billed on the 1st, in advance: January is
2 x 12.00 = 24.00) and cancels one from 2026-01-16, day 16 of the 31-day January: the Feb 1 draft bills
February, 1 x 12.00 = 12.00, and gives back January 16-31 (16 days): -1 x 12.00 x 16/31 = -192/31 = -6.1935...
-> -6.19. Its cost to acme: 1 x 8.00 = 8.00 and -1 x 8.00 x 16/31 = -128/31 = -4.129... -> -4.13.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Accrual, Invoice, InvoiceLine
from app.services import billing_view, invoices
from app.services.invoices import ManualLine
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
JAN1, JAN16, FEB1, MAR1 = date(2026, 1, 1), date(2026, 1, 16), date(2026, 2, 1), date(2026, 3, 1)


def _world(db):
    w = build(db)
    add_company(db, w, "g1", reseller="acme", signup=JAN1, billing_day=1, events=[
        (JAN1, "subscribe", {"plan": "sharepoint-sites", "quantity": 2}),
        (JAN16, "quantity", {"plan": "sharepoint-sites", "quantity": 1})])
    return w


def _feb(engine, w):
    with unit_of_work(engine) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["g1"],
                                                  Invoice.period_start == FEB1)).one()


def _state(engine, inv_id):
    with unit_of_work(engine) as s:
        inv = s.get(Invoice, inv_id)
        lines = [(ln.kind, ln.quantity, ln.unit_price, ln.start, ln.end, ln.amount) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == inv_id).order_by(InvoiceLine.position))]
        return lines, (inv.subtotal, inv.tax, inv.total)


def _cost(engine, inv_id, start):
    """What the draft's line of ``start`` accrues to acme, net."""
    with unit_of_work(engine) as s:
        return sum((a.amount for a in s.scalars(select(Accrual).where(
            Accrual.invoice_id == inv_id, Accrual.start == start, Accrual.kind == "cost"))), D(0))


def _edit(engine, inv_id, **changes):
    """As the window saves the draft: each changed line (by position) with no amount, the others as read."""
    with unit_of_work(engine) as s:
        lines = billing_view.draft_lines(s, inv_id)
        for pos, (quantity, unit) in changes.items():
            i = int(pos[1:])
            lines[i] = replace(lines[i], quantity=D(quantity), unit_price=D(unit), amount=None)
        invoices.edit_draft(s, inv_id, lines)


@pytest.fixture
def billed(db):
    w = _world(db)
    run_billing(db, FEB1)
    return w


def test_the_run_wrote_the_give_back(db, billed):
    feb = _feb(db, billed)
    # 12.00 - 6.19 = 5.81; 19 % of 5.81 = 1.1039 -> 1.10; 6.91.
    assert _state(db, feb) == ([("recurring", D(1), D(12), FEB1, MAR1, D("12.00")),
                                ("proration", D(-1), D(12), JAN16, FEB1, D("-6.19"))],
                               (D("5.81"), D("1.10"), D("6.91")))


def test_another_lines_quantity_edited_keeps_the_give_back(db, billed):
    feb = _feb(db, billed)
    _edit(db, feb, l0=("3", "12.00"))
    # 3 x 12.00 = 36.00; the give-back kept: -6.19. 36.00 - 6.19 = 29.81; 19 %: 5.6639 -> 5.66; 35.47.
    assert _state(db, feb) == ([("recurring", D(3), D(12), FEB1, MAR1, D("36.00")),
                                ("proration", D(-1), D(12), JAN16, FEB1, D("-6.19"))],
                               (D("29.81"), D("5.66"), D("35.47")))
    # acme's cost stays what the hoster provided: February's 1 site, 1 x 8.00 = 8.00 (not 3 x 8.00: the edit
    # provides nothing more); the give-back's still -4.13.
    assert (_cost(db, feb, FEB1), _cost(db, feb, JAN16)) == (D("8.00"), D("-4.13"))


def test_the_give_back_edited_stays_a_give_back(db, billed):
    feb = _feb(db, billed)
    # Its price: -1 x 10.00 x 16/31 = -160/31 = -5.161... -> -5.16; 12.00 - 5.16 = 6.84; 19 %: 1.2996 -> 1.30.
    _edit(db, feb, l1=("-1", "10.00"))
    assert _state(db, feb) == ([("recurring", D(1), D(12), FEB1, MAR1, D("12.00")),
                                ("proration", D(-1), D(10), JAN16, FEB1, D("-5.16"))],
                               (D("6.84"), D("1.30"), D("8.14")))
    # Both sites given back, 3 billed: -2 x 12.00 x 16/31 = -384/31 = -12.387... -> -12.39; 3 x 12.00 = 36.00;
    # 36.00 - 12.39 = 23.61; 19 %: 4.4859 -> 4.49; 28.10.
    _edit(db, feb, l0=("3", "12.00"), l1=("-2", "12.00"))
    assert _state(db, feb) == ([("recurring", D(3), D(12), FEB1, MAR1, D("36.00")),
                                ("proration", D(-2), D(12), JAN16, FEB1, D("-12.39"))],
                               (D("23.61"), D("4.49"), D("28.10")))
    # acme's costs stay the run's, whatever the draft gives back: 1 x 8.00 = 8.00 for February and, for the one
    # site cancelled from Jan 16, -1 x 8.00 x 16/31 = -128/31 = -4.129... -> -4.13 (not -2 x 8.00 x 16/31 =
    # -8.26: only the cancellation, usage, gives a cost back).
    assert (_cost(db, feb, FEB1), _cost(db, feb, JAN16)) == (D("8.00"), D("-4.13"))


def _refused(engine, inv_id, lines):
    before = _state(engine, inv_id)
    with pytest.raises(ProrataError) as err:
        with unit_of_work(engine) as s:
            invoices.edit_draft(s, inv_id, lines)
    assert _state(engine, inv_id) == before
    return err.value.messages()


def test_a_minus_is_still_refused_where_nothing_was_given_back(db, billed):
    feb = _feb(db, billed)
    with unit_of_work(db) as s:
        lines = billing_view.draft_lines(s, feb)
    # A line a person types: never negative (a discount is a negative price, which is taken).
    typed = ManualLine({"en": "Goodwill"}, D(-1), D("2.00"), D(19))
    assert _refused(db, feb, lines + [typed]) == ["line 3: a quantity must not be negative (not -1)"]
    with unit_of_work(db) as s:
        invoices.edit_draft(s, feb, lines + [replace(typed, quantity=D(1), unit_price=D("-2.00"))])
    # 12.00 - 6.19 - 2.00 = 3.81; 19 %: 0.7239 -> 0.72; 4.53.
    assert _state(db, feb)[1] == (D("3.81"), D("0.72"), D("4.53"))
    # A billed charge turned into a minus: refused (it gave nothing back).
    assert _refused(db, feb, [replace(lines[0], quantity=D(-1), amount=None), lines[1]]) == [
        "line 1: a quantity must not be negative (not -1)"]
    # The give-back's size follows the quantity rule: at most 4 decimals (its message, as for any quantity).
    assert _refused(db, feb, [lines[0], replace(lines[1], quantity=D("-1.00001"), amount=None)]) == [
        "line 2: '-1.00001' is not a quantity: write a number of 0 or more with at most 4 decimals, such as 2 "
        "or 1.5"]


@pytest.mark.pg
def test_a_reseller_clerk_edits_its_draft_with_a_give_back(pg_db):
    """acme's own clerk (a PostgreSQL login under row security) bills and edits: the accrual triggers take the
    give-back kept and changed, the costs staying the run's (figures as above: 8.00 and -4.13)."""
    from tests.staff_world import StaffWorld, add_logins, drop_logins

    w = _world(pg_db)
    staff = StaffWorld(pg_db, dict(w.resellers), dict(w.companies))
    add_logins(staff, ("acme_clerk",))
    try:
        clerk = staff.engines["acme_clerk"]
        run_billing(clerk, FEB1)
        feb = _feb(clerk, w)
        _edit(clerk, feb, l0=("3", "12.00"))
        assert _state(clerk, feb)[1] == (D("29.81"), D("5.66"), D("35.47"))
        _edit(clerk, feb, l0=("3", "12.00"), l1=("-2", "12.00"))
        assert _state(clerk, feb)[1] == (D("23.61"), D("4.49"), D("28.10"))
        assert (_cost(pg_db, feb, FEB1), _cost(pg_db, feb, JAN16)) == (D("8.00"), D("-4.13"))
        with unit_of_work(clerk) as s:
            invoices.issue(s, feb, FEB1)
        assert _state(pg_db, feb)[1] == (D("23.61"), D("4.49"), D("28.10"))
    finally:
        drop_logins(staff)
