"""A company moved to another seller, and a user to another company of its seller (both databases).

Every expected figure is worked by hand in the comments. The world (tests.billing_world): acme, a reseller
billing its companies at tax 19 %, sells a SharePoint site at 12.00 a month and pays the hoster 8.00 for
it; beta, added here, sells it at 15.00 and pays 9.00 (its own wholesale price), at tax 10 %, and sells an
Exchange Basic mailbox at 7.00 (the hoster's wholesale 4.00). The hoster sells a site at 14.00 itself (tax
20 %). Companies sign up on 15 January 2026 and are billed on the 15th.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Accrual, AuditEntry, Company, CompanyEvent, Invoice, InvoiceLine, Price, Reseller, User
from app.services.moves import move_company, move_user, undo_move
from app.services.undo import undo_change
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.billing_world import add_company, build

D = Decimal
SITES = "sharepoint-sites"
JAN15, FEB15, MAR1, MAR15, APR1, APR15 = (date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 1),
                                          date(2026, 3, 15), date(2026, 4, 1), date(2026, 4, 15))


def world(db):
    w = build(db)
    with unit_of_work(db) as s:
        beta = Reseller(code="beta", name="Beta Cloud Ltd", currency="EUR", language="en_GB", billing_day=1,
                        billing_mode="reseller_bills", tax_rate=D("10"))
        s.add(beta)
        s.flush()
        w.resellers["beta"] = beta.id
        s.add_all([
            Price(layer="retail", reseller_id=beta.id, plan_id=w.plans[SITES], currency="EUR", amount=D("15.00")),
            Price(layer="wholesale_override", reseller_id=beta.id, plan_id=w.plans[SITES], currency="EUR",
                  amount=D("9.00")),
            Price(layer="retail", reseller_id=beta.id, plan_id=w.plans["exchange-basic"], currency="EUR",
                  amount=D("7.00")),
            Price(layer="retail", reseller_id=None, plan_id=w.plans[SITES], currency="EUR", amount=D("14.00")),
        ])
    return w


def three_sites(db, w, code="c1", reseller="acme"):
    return add_company(db, w, code, reseller=reseller, events=[(JAN15, "subscribe", {"plan": SITES, "quantity": 3})])


def move(db, company, to, day, **kw):
    with unit_of_work(db) as s:
        return move_company(s, company, to, day, **kw)


def invoices(db, company_id):
    """(issuer, period start, kind, subtotal, tax, total, [(kind, start, end, quantity, unit, amount)])."""
    with unit_of_work(db) as s:
        out = []
        for inv in s.scalars(select(Invoice).where(Invoice.company_id == company_id)
                             .order_by(Invoice.period_start, Invoice.issuer_key)):
            lines = [(ln.kind, ln.start, ln.end, ln.quantity, ln.unit_price, ln.amount) for ln in s.scalars(
                select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))]
            out.append((inv.issuer_key, inv.period_start, inv.kind, inv.subtotal, inv.tax, inv.total, lines))
        return out


def accruals(db, company_id):
    with unit_of_work(db) as s:
        return sorted((a.reseller_id, a.boundary, a.line_kind, a.quantity, a.unit_price, a.amount)
                      for a in s.scalars(select(Accrual).where(Accrual.company_id == company_id)))


def billed_by(db, company_id) -> dict[str, Decimal]:
    """Each issuer's subtotal (before tax) over the company's history."""
    out: dict[str, Decimal] = {}
    for issuer, *_, subtotal, _tax, _total, _lines in invoices(db, company_id):
        out[issuer] = out.get(issuer, D(0)) + subtotal
    return out


def test_a_company_moved_mid_period_is_billed_by_each_reseller_for_its_own_days(db):
    w = world(db)
    c = three_sites(db, w)
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    run_billing(db, FEB15)  # acme bills 15 January and 15 February in advance: 3 x 12.00 = 36.00 each
    moved = move(db, "c1", "beta", "2026-03-01")
    # Late: 1 March lies in the period 15 February - 15 March, invoiced in advance on 15 February.
    assert (moved.from_seller, moved.to_seller, moved.late) == ("acme", "beta", True)
    run_billing(db, APR1)

    [jan, feb, mar_acme, mar_beta] = invoices(db, c)  # by date, then issuer
    assert jan[:6] == (a, JAN15, "invoice", D("36.00"), D("6.84"), D("42.84"))
    assert feb[:6] == (a, FEB15, "invoice", D("36.00"), D("6.84"), D("42.84"))
    # 15 March, acme (the seller it left): the 14 days 1-15 March of the 28-day period 15 Feb - 15 Mar it
    # billed in advance come back: -3 x 12.00 x 14/28 = -18.00; tax 19 % = -3.42. A credit note.
    assert mar_acme == (a, MAR15, "credit_note", D("-18.00"), D("-3.42"), D("-21.42"),
                        [("proration", MAR1, MAR15, -3, D("12.00"), D("-18.00"))])
    # 15 March, beta: its 14 days at its own price, 3 x 15.00 x 14/28 = 22.50, and the month ahead,
    # 3 x 15.00 = 45.00; 67.50, tax 10 % = 6.75.
    assert mar_beta == (b, MAR15, "invoice", D("67.50"), D("6.75"), D("74.25"),
                        [("recurring", MAR15, APR15, 3, D("15.00"), D("45.00")),
                         ("proration", MAR1, MAR15, 3, D("15.00"), D("22.50"))])
    # Each bills exactly its share: acme 15 Jan - 1 Mar = 36.00 + 3 x 12.00 x 14/28 = 54.00; beta from 1 March.
    assert billed_by(db, c) == {a: D("54.00"), b: D("67.50")}

    # acme's cost stops on 1 March (3 x 8.00 x 14/28 = 12.00 back); beta's starts (3 x 9.00 x 14/28 = 13.50).
    acme, beta = w.resellers["acme"], w.resellers["beta"]
    assert accruals(db, c) == sorted([
        (acme, JAN15, "recurring", 3, D("8.00"), D("24.00")), (acme, FEB15, "recurring", 3, D("8.00"), D("24.00")),
        (acme, MAR15, "proration", -3, D("8.00"), D("-12.00")),
        (beta, MAR15, "recurring", 3, D("9.00"), D("27.00")), (beta, MAR15, "proration", 3, D("9.00"), D("13.50"))])
    with unit_of_work(db) as s:
        wholesale = {(i.customer_reseller_id, i.period_start): (i.kind, i.subtotal, i.total) for i in s.scalars(
            select(Invoice).where(Invoice.customer_reseller_id.is_not(None), Invoice.period_start == APR1))}
    # 1 April, the hoster (tax 20 %) to acme: -12.00 -> a credit note of -14.40; to beta: 40.50 + 8.10 = 48.60.
    assert wholesale == {(acme, APR1): ("credit_note", D("-12.00"), D("-14.40")),
                         (beta, APR1): ("wholesale", D("40.50"), D("48.60"))}

    # The company, its users and the move: the row is beta's, the history keeps who recorded what under whom.
    with unit_of_work(db) as s:
        assert s.get(Company, c).reseller_id == beta
        ev = s.scalars(select(CompanyEvent).where(CompanyEvent.type == "move")).one()
        assert (ev.date, ev.reseller_id, ev.code) == (MAR1, acme, f"reseller:{beta}")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "move")).one()
        assert (entry.entity, entry.before["seller"], entry.after["seller"]) == ("company", "acme", "beta")
    run_billing(db, APR15)  # 15 April: beta alone, acme has nothing more to say
    assert [(i[0], i[1], i[5]) for i in invoices(db, c)][-1] == (b, APR15, D("49.50"))  # 45.00 + 10 %


def test_a_move_recorded_after_its_period_was_invoiced_bills_the_same_shares(db, fresh_db):
    totals = []
    for late in (False, True):
        engine = fresh_db() if late else db
        w = world(engine)
        c = three_sites(engine, w)
        if not late:
            move(engine, "c1", "beta", MAR1)
        run_billing(engine, MAR15)  # late: acme billed 15 March in advance as if nothing happened
        if late:
            assert move(engine, "c1", "beta", MAR1).late
        run_billing(engine, APR15)
        totals.append(billed_by(engine, c))
        a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
        if late:
            last = {i[0]: i for i in invoices(engine, c) if i[1] == APR15}
            # acme, 15 April: the 14 days 1-15 March back, -3 x 12.00 x 14/28 = -18.00, and the month it
            # billed ahead on 15 March, -36.00: -54.00; tax 19 % = -10.26.
            assert last[a] == (a, APR15, "credit_note", D("-54.00"), D("-10.26"), D("-64.26"), [
                ("correction", MAR1, MAR15, -3, D("12.00"), D("-18.00")),
                ("correction", MAR15, APR15, -3, D("12.00"), D("-36.00"))])
            # beta, 15 April: the month ahead, 45.00, and what it should have billed on 15 March: 22.50
            # for 1-15 March and 45.00 for the month from 15 March. 112.50; tax 11.25.
            assert last[b] == (b, APR15, "invoice", D("112.50"), D("11.25"), D("123.75"), [
                ("recurring", APR15, date(2026, 5, 15), 3, D("15.00"), D("45.00")),
                ("correction", MAR1, MAR15, 3, D("15.00"), D("22.50")),
                ("correction", MAR15, APR15, 3, D("15.00"), D("45.00"))])
    # acme: 54.00 (as in the first test); beta: 67.50 + 45.00 = 112.50; late or in time, to the cent.
    assert totals[0] == totals[1] == {"reseller:1": D("54.00"), "reseller:2": D("112.50")}


def test_a_move_and_back_bills_each_stay(db):
    w = world(db)
    c = three_sites(db, w)
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    move(db, "c1", "beta", MAR1)
    move(db, "c1", "acme", APR1)
    run_billing(db, APR15)
    got = {(i[0], i[1]): i[2:] for i in invoices(db, c)}
    # 15 April (period 15 Mar - 15 Apr, 31 days), acme again: its 14 days 1-15 April, 3 x 12.00 x 14/31 =
    # 16.258 -> 16.26, and the month ahead 36.00: 52.26; tax 19 % = 9.929 -> 9.93.
    assert got[(a, APR15)] == ("invoice", D("52.26"), D("9.93"), D("62.19"), [
        ("recurring", APR15, date(2026, 5, 15), 3, D("12.00"), D("36.00")),
        ("proration", APR1, APR15, 3, D("12.00"), D("16.26"))])
    # beta gives back the 14 days of April it billed ahead: -3 x 15.00 x 14/31 = -20.322 -> -20.32; tax -2.03.
    assert got[(b, APR15)] == ("credit_note", D("-20.32"), D("-2.03"), D("-22.35"), [
        ("proration", APR1, APR15, -3, D("15.00"), D("-20.32"))])
    # acme: 36.00 + 36.00 - 18.00 + 52.26; beta: 67.50 (15 March, as above) - 20.32 = 3 x 15.00 x 1-15 Mar
    # (22.50) + 15 Mar - 1 Apr, 17 of 31 days (24.677 -> 24.68 as 45.00 - 20.32).
    assert billed_by(db, c) == {a: D("106.26"), b: D("47.18")}


def test_a_move_undone_bills_as_if_it_never_happened(db):
    w = world(db)
    c = three_sites(db, w)
    moved = move(db, "c1", "beta", MAR1)
    with unit_of_work(db) as s:
        undone = undo_change(s, moved.event_id, company="c1")
    [back] = undone.changes
    assert (back.type, back.code, back.undoes_id, back.date) == ("move", "acme", moved.event_id, MAR1)
    with unit_of_work(db) as s:
        assert s.get(Company, c).reseller_id == w.resellers["acme"]
        with pytest.raises(ProrataError) as err:
            undo_move(s, moved.event_id)
    assert "undone already" in str(err.value) or "follows it" in str(err.value)
    run_billing(db, MAR15)
    # Three months of acme's 36.00, nothing from beta.
    assert [(i[0], i[1], i[3]) for i in invoices(db, c)] == [
        (f"reseller:{w.resellers['acme']}", day, D("36.00")) for day in (JAN15, FEB15, MAR15)]


def test_to_the_hoster_and_from_the_hoster(db):
    w = world(db)
    c = three_sites(db, w)
    d = add_company(db, w, "d1", events=[(JAN15, "subscribe", {"plan": "exchange-basic"}),
                                         (JAN15, "assign", {"plan": "exchange-basic", "user": "ann@d1.example"})])
    move(db, "c1", "hoster", MAR1)
    move(db, "d1", "beta", date(2026, 2, 1))
    run_billing(db, MAR15)
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    got = {(i[0], i[1]): i[2:] for i in invoices(db, c)}
    # c1 to the hoster on 1 March: acme's -18.00 as before; the hoster's 14 days at its 14.00, 3 x 14.00 x
    # 14/28 = 21.00, and the month ahead 42.00: 63.00; tax 20 % = 12.60.
    assert got[(a, MAR15)][:4] == ("credit_note", D("-18.00"), D("-3.42"), D("-21.42"))
    assert got[("hoster", MAR15)] == ("invoice", D("63.00"), D("12.60"), D("75.60"), [
        ("recurring", MAR15, APR15, 3, D("14.00"), D("42.00")),
        ("proration", MAR1, MAR15, 3, D("14.00"), D("21.00"))])
    # No cost from 1 March on: the hoster sells it itself.
    assert [x for x in accruals(db, c) if x[1] == MAR15] == [
        (w.resellers["acme"], MAR15, "proration", -3, D("8.00"), D("-12.00"))]

    got = {(i[0], i[1]): i[2:] for i in invoices(db, d)}
    # d1 from the hoster to beta on 1 February (14 of the 31 days 15 Jan - 15 Feb): the hoster gives back
    # 6.50 x 14/31 = 2.935 -> -2.94 (tax 20 %: -0.588 -> -0.59); beta bills 7.00 x 14/31 = 3.161 -> 3.16 and
    # the month ahead 7.00: 10.16, tax 10 % = 1.016 -> 1.02.
    assert got[("hoster", FEB15)] == ("credit_note", D("-2.94"), D("-0.59"), D("-3.53"), [
        ("proration", date(2026, 2, 1), FEB15, -1, D("6.50"), D("-2.94"))])
    assert got[(b, FEB15)] == ("invoice", D("10.16"), D("1.02"), D("11.18"), [
        ("recurring", FEB15, MAR15, 1, D("7.00"), D("7.00")),
        ("proration", date(2026, 2, 1), FEB15, 1, D("7.00"), D("3.16"))])
    # beta's cost from 1 February: 4.00 x 14/31 = 1.806 -> 1.81, then 4.00 a month.
    assert [x[1:] for x in accruals(db, d) if x[1] == FEB15] == [
        (FEB15, "proration", 1, D("4.00"), D("1.81")), (FEB15, "recurring", 1, D("4.00"), D("4.00"))]
    with unit_of_work(db) as s:
        assert s.scalars(select(User.reseller_id).where(User.company_id == d)).all() == [w.resellers["beta"]]


def _refused(db, *args, **kw) -> str:
    with unit_of_work(db) as s:
        before = (s.scalar(select(func.count()).select_from(CompanyEvent)),
                  s.scalars(select(Company.reseller_id).order_by(Company.id)).all())
    with pytest.raises(ProrataError) as err:
        move(db, *args, **kw)
    with unit_of_work(db) as s:  # nothing written
        assert before == (s.scalar(select(func.count()).select_from(CompanyEvent)),
                          s.scalars(select(Company.reseller_id).order_by(Company.id)).all())
    return "; ".join(err.value.messages())


def test_moves_refused_in_words(db):
    w = world(db)
    three_sites(db, w)
    add_company(db, w, "yen", currency="JPY", events=[(JAN15, "subscribe", {"plan": "archiving"})])
    add_company(db, w, "arch", events=[(JAN15, "subscribe", {"plan": "archiving"})])
    assert _refused(db, "c1", "zeta", MAR1) == "to: unknown reseller 'zeta'"
    assert _refused(db, "nobody", "beta", MAR1) == "company: no company 'nobody'"
    assert _refused(db, "c1", "beta", date(2026, 1, 10)) == \
        "date: event dated 2026-01-10 is before the company's signup on 2026-01-15"
    assert _refused(db, "c1", "beta", "2026-02-30").startswith("date: ")
    assert _refused(db, "c1", "acme", MAR1) == \
        "to: the company is already with acme on 2026-03-01: a move needs another seller"
    # acme sells archiving in no currency, and nothing at all in yen.
    assert _refused(db, "yen", "acme", MAR1) == \
        "to: acme sells nothing in JPY, the currency of yen from 2026-03-01: it has no retail price in JPY"
    assert _refused(db, "arch", "acme", MAR1) == (
        "to: acme has no retail price for plan archiving in EUR on 2026-02-15, which arch has from 2026-03-01: "
        "set one before the move")
    move(db, "c1", "beta", APR1)
    assert _refused(db, "c1", "acme", MAR1) == \
        "date: c1 moved to beta on 2026-04-01: a later move cannot be dated before that (2026-03-01)"
    assert _refused(db, "c1", "hoster", APR15, expected_from="acme") == \
        "from: c1 is with beta, not with acme: someone moved it meanwhile; nothing was moved"


def test_a_user_moved_to_another_company_of_its_reseller_is_billed_by_days_in_both(db):
    w = world(db)
    u1 = add_company(db, w, "u1", reseller="acme", events=[
        (JAN15, "subscribe", {"plan": "exchange-basic"}),
        (JAN15, "assign", {"plan": "exchange-basic", "user": "ann@example.com"}),
        (JAN15, "assign", {"plan": "exchange-basic", "user": "bob@example.com"})])
    u2 = add_company(db, w, "u2", reseller="acme", events=[
        (JAN15, "subscribe", {"plan": "exchange-basic"}),
        (JAN15, "assign", {"plan": "exchange-basic", "user": "carl@example.com"})])
    add_company(db, w, "other", reseller="beta", events=[(JAN15, "subscribe", {"plan": "exchange-basic"})])
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as err:
            move_user(s, "ann@example.com", "other", date(2026, 2, 1))
    assert str(err.value) == ("to: a user moves only between companies of one seller: on 2026-02-01 u1 is with acme "
                              "and other with beta")
    with unit_of_work(db) as s:
        moved = move_user(s, "ANN@example.com", "u2", date(2026, 2, 1))
    assert (moved.from_company, moved.to_company, moved.plans) == ("u1", "u2", ["exchange-basic"])
    assert [(c.company, c.type) for c in moved.changes.changes] == [("u1", "unassign"), ("u2", "assign")]
    run_billing(db, FEB15)
    # acme's mailbox is 6.00. 15 February, u1: bob for the month ahead, 6.00, and ann's 14 days 1-15 Feb of
    # the 31-day period back: -6.00 x 14/31 = -2.709 -> -2.71. 3.29; tax 19 % = 0.625 -> 0.63.
    assert invoices(db, u1)[-1][3:] == (D("3.29"), D("0.63"), D("3.92"), [
        ("recurring", FEB15, MAR15, 1, D("6.00"), D("6.00")),
        ("proration", date(2026, 2, 1), FEB15, -1, D("6.00"), D("-2.71"))])
    # u2: carl and ann for the month ahead, 12.00, and ann's 14 days, 2.71: 14.71; tax 19 % = 2.7949 -> 2.79.
    assert invoices(db, u2)[-1][3:] == (D("14.71"), D("2.79"), D("17.50"), [
        ("recurring", FEB15, MAR15, 2, D("6.00"), D("12.00")),
        ("proration", date(2026, 2, 1), FEB15, 1, D("6.00"), D("2.71"))])
    with unit_of_work(db) as s:
        rows = s.execute(select(User.email, Company.code).join(Company, Company.id == User.company_id)
                         .where(User.email == "ann@example.com").order_by(Company.code)).all()
    assert [tuple(r) for r in rows] == [("ann@example.com", "u1"), ("ann@example.com", "u2")]
    with unit_of_work(db) as s:  # ann is now in two companies' lists: the one she leaves must be named
        with pytest.raises(ProrataError) as err:
            move_user(s, "ann@example.com", "u1", date(2026, 3, 1))
    assert "several companies (u1, u2)" in str(err.value)


def test_a_quarterly_company_moved_mid_term_is_prorated_over_the_term(db):
    w = world(db)
    c = three_sites(db, w)
    with unit_of_work(db) as s:
        s.get(Company, c).term = "quarterly"  # billed 15 January, 15 April, 15 July
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    move(db, "c1", "beta", MAR1)
    run_billing(db, APR15)
    got = {(i[0], i[1]): i[2:] for i in invoices(db, c)}
    # 15 January, acme: the quarter ahead, 3 x (3 x 12.00) = 108.00.
    assert got[(a, JAN15)][1] == D("108.00")
    # 15 April: the quarter 15 Jan - 15 Apr has 90 days; 1 March - 15 April is 45 of them. acme gives back
    # 3 x 36.00 x 45/90 = 54.00 (tax 19 % = 10.26); beta bills 3 x 45.00 x 45/90 = 67.50 and the next
    # quarter 3 x 45.00 = 135.00: 202.50, tax 10 % = 20.25.
    assert got[(a, APR15)] == ("credit_note", D("-54.00"), D("-10.26"), D("-64.26"), [
        ("proration", MAR1, APR15, -3, D("36.00"), D("-54.00"))])
    assert got[(b, APR15)] == ("invoice", D("202.50"), D("20.25"), D("222.75"), [
        ("recurring", APR15, date(2026, 7, 15), 3, D("45.00"), D("135.00")),
        ("proration", MAR1, APR15, 3, D("45.00"), D("67.50"))])
    # Cost over the term too: acme 3 x 24.00 x 45/90 = 36.00 back; beta 3 x 27.00 x 45/90 = 40.50, then 81.00.
    assert [x for x in accruals(db, c) if x[1] == APR15] == sorted([
        (w.resellers["acme"], APR15, "proration", -3, D("24.00"), D("-36.00")),
        (w.resellers["beta"], APR15, "proration", 3, D("27.00"), D("40.50")),
        (w.resellers["beta"], APR15, "recurring", 3, D("27.00"), D("81.00"))])


def _draft_ids(db, company_id, day):
    with unit_of_work(db) as s:
        return {inv.issuer_key: inv.id for inv in s.scalars(
            select(Invoice).where(Invoice.company_id == company_id, Invoice.issue_date == day))}


def test_the_closing_invoice_goes_with_its_periods_invoice_and_is_billed_again_never_lost(db):
    from app.services import invoices as invoice_service

    w = world(db)
    c = three_sites(db, w)
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    run_billing(db, FEB15)
    move(db, "c1", "beta", "2026-03-01")
    run_billing(db, MAR15)
    drafts = _draft_ids(db, c, MAR15)
    assert set(drafts) == {a, b}  # acme's closing credit note (-18.00) and beta's invoice (67.50)

    # Alone, the closing credit note cannot go: the period stays billed and its credit would never come back.
    with unit_of_work(db) as s, pytest.raises(ProrataError) as err:
        invoice_service.delete_draft(s, drafts[a])
    assert "closes what Acme Cloud GmbH billed company c1 before it moved" in str(err.value)
    assert _draft_ids(db, c, MAR15) == drafts

    # Deleting beta's invoice for the period takes acme's closing credit note along; the rerun writes both again.
    with unit_of_work(db) as s:
        invoice_service.delete_draft(s, drafts[b])
    assert _draft_ids(db, c, MAR15) == {}
    run_billing(db, MAR15)
    assert set(_draft_ids(db, c, MAR15)) == {a, b}
    assert billed_by(db, c) == {a: D("54.00"), b: D("67.50")}  # 36 + 36 - 18 for acme, as before
    with unit_of_work(db) as s:
        # acme's cost: 24 + 24 - 12, once; beta's: 27 + 13.50, once.
        assert sorted(a.amount for a in s.scalars(select(Accrual).where(Accrual.company_id == c))) == \
            [D("-12.00"), D("13.50"), D("24.00"), D("24.00"), D("27.00")]


def test_an_issued_closing_invoice_keeps_its_periods_invoice(db):
    from app.services import invoices as invoice_service

    w = world(db)
    c = three_sites(db, w)
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    run_billing(db, FEB15)
    move(db, "c1", "beta", "2026-03-01")
    run_billing(db, MAR15)
    drafts = _draft_ids(db, c, MAR15)
    with unit_of_work(db) as s:
        invoice_service.issue(s, drafts[a], MAR15)
    with unit_of_work(db) as s, pytest.raises(ProrataError) as err:
        invoice_service.delete_draft(s, drafts[b])
    assert "the closing invoice of Acme Cloud GmbH written with it, is issued; credit it first" in str(err.value)
    assert set(_draft_ids(db, c, MAR15)) == {a, b}


def test_each_sellers_invoice_is_explained_with_that_sellers_prices(db):
    from app.billing.explain import explain_invoice

    w = world(db)
    c = three_sites(db, w)
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    run_billing(db, FEB15)
    move(db, "c1", "beta", "2026-03-01")
    run_billing(db, MAR15)
    drafts = _draft_ids(db, c, MAR15)
    with unit_of_work(db) as s:
        applied = {key: [[(x.owner, x.amount) for x in line.layers if x.applied]
                         for line in explain_invoice(s, drafts[key]).lines] for key in (a, b)}
    # acme's closing credit note gives back days it billed at its own 12.00; beta bills at its 15.00.
    assert applied[a] == [[("acme", D("12.00"))]]
    assert applied[b] == [[("beta", D("15.00"))], [("beta", D("15.00"))]]


def test_the_company_history_names_the_seller_a_company_moved_to(db):
    from app.services import directory

    w = world(db)
    c = three_sites(db, w)
    move(db, "c1", "beta", "2026-03-01")
    with unit_of_work(db) as s:
        latest = directory.company_history(s, c).rows[0]
    assert (latest.date, latest.type, latest.description) == (MAR1, "move", "→ Beta Cloud Ltd")


def test_the_billable_export_splits_a_moved_companys_month_between_its_sellers(db):
    from app.billing.billable import billable

    w = world(db)
    three_sites(db, w)
    move(db, "c1", "beta", "2026-03-01")
    rows = [(r.reseller, r.start, r.end, r.quantity, r.unit_price, r.amount)
            for r in billable(db, date(2026, 2, 15), date(2026, 3, 15)) if r.company == "c1"]
    # 15 Feb - 1 Mar with acme at 12.00: 3 x 12.00 x 14/28 = 18.00; 1 - 15 Mar with beta at 15.00: 22.50.
    assert rows == [("acme", FEB15, MAR1, 3, D("12.00"), D("18.00")), ("beta", MAR1, MAR15, 3, D("15.00"), D("22.50"))]


def test_the_billable_export_prices_a_moved_company_at_the_prices_its_seller_of_the_day_set(db):
    from app.billing.billable import billable

    w = world(db)
    c = three_sites(db, w)
    with unit_of_work(db) as s:  # acme's own price for c1: 5.00 a site (not beta's, once c1 is beta's)
        s.add(Price(layer="company_override", company_id=c, reseller_id=w.resellers["acme"], plan_id=w.plans[SITES],
                    currency="EUR", amount=D("5.00")))
    move(db, "c1", "beta", "2026-03-01")
    rows = [(r.reseller, r.start, r.end, r.quantity, r.unit_price, r.amount)
            for r in billable(db, date(2026, 2, 15), date(2026, 3, 15)) if r.company == "c1"]
    # 15 Feb - 1 Mar with acme at its 5.00 for c1: 3 x 5.00 x 14/28 = 7.50; 1 - 15 Mar with beta at its retail
    # 15.00 (acme's price for c1 is not beta's): 3 x 15.00 x 14/28 = 22.50, as the run bills them.
    assert rows == [("acme", FEB15, MAR1, 3, D("5.00"), D("7.50")), ("beta", MAR1, MAR15, 3, D("15.00"), D("22.50"))]
    run_billing(db, MAR15)
    with unit_of_work(db) as s:
        beta_lines = [(ln.start, ln.end, ln.unit_price, ln.amount) for ln in s.scalars(
            select(InvoiceLine).join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.company_id == c, Invoice.issuer_key == f"reseller:{w.resellers['beta']}",
                   InvoiceLine.kind == "proration"))]
    assert beta_lines == [(MAR1, MAR15, D("15.00"), D("22.50"))]


def test_a_move_waits_while_invoicing_is_off_for_the_seller_it_left_and_its_closing_bill_is_never_lost(db):
    w = world(db)
    c = three_sites(db, w)
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    run_billing(db, FEB15)  # acme: 36.00 on 15 January and on 15 February
    move(db, "c1", "beta", "2026-03-01")
    with unit_of_work(db) as s:
        s.get(Reseller, w.resellers["acme"]).invoicing = False
    report = run_billing(db, MAR15)
    # acme cannot give back the 1 - 15 March it billed: c1 waits (beta does not bill it alone either).
    assert [(o.code, o.boundary) for o in report.of("skipped")] == [("c1", MAR15)]
    skipped = report.of("skipped")[0]
    assert skipped.reason == "invoicing is off for a reseller it moved from"
    assert skipped.reason_in(translator("de_DE")) == ("die Rechnungsstellung ist für einen Wiederverkäufer "
                                                      "ausgeschaltet, von dem sie wegzog")
    assert billed_by(db, c) == {a: D("72.00")}
    with unit_of_work(db) as s:
        s.get(Reseller, w.resellers["acme"]).invoicing = None  # as the hoster's again: on
    run_billing(db, MAR15)
    # Then both, as if invoicing had never been off: acme's credit note of -3 x 12.00 x 14/28 = -18.00 and beta's
    # 22.50 + 45.00 (the first test of this file).
    assert billed_by(db, c) == {a: D("54.00"), b: D("67.50")}
    acme = w.resellers["acme"]
    assert (acme, MAR15, "proration", -3, D("8.00"), D("-12.00")) in accruals(db, c)
