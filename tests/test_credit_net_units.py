"""A credit note is net of what later documents gave back of the invoice's own units only, whatever the order
in which documents are credited (app/services/credited_lines.py), of a minimum charge's top-up too, with the
share of a period after a billing-day change as its invoice bills it; it is refused while a draft would give
its days back again; and the database accepts the cost given back for days credited on several notes while
refusing one given back twice (app/storage/row_security.py ``_BACKED_BY_CREDIT``). Both databases; every figure
by hand.

The world (tests/test_reseller_accruals_on_corrections.py): acme (19 %) sells r1 SharePoint sites at 12.00 a
month, 6.00 each at cost; r1 is billed on the 10th from 2026-01-10; January (Jan 10 to Feb 10) has 31 days.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.billing.run import run_billing
from app.billing.run_lock import billing_run_lock
from app.errors import ProrataError
from app.models import Accrual, Company, Invoice, InvoiceLine, Price
from app.services import billing_schedule, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build, set_minimum
from tests.staff_world import StaffWorld, add_logins, drop_logins
from tests.test_reseller_accruals_on_corrections import JAN10, _world

D = Decimal
SITES = "sharepoint-sites"
JAN20, JAN25, FEB10, FEB12, FEB17, MAR10, MAR12 = (date(2026, 1, 20), date(2026, 1, 25), date(2026, 2, 10),
                                                   date(2026, 2, 12), date(2026, 2, 17), date(2026, 3, 10),
                                                   date(2026, 3, 12))
JAN15, MAR15, MAR20, MAR25, APR1, APR15, JUL15, JUL16 = (date(2026, 1, 15), date(2026, 3, 15), date(2026, 3, 20),
                                                         date(2026, 3, 25), date(2026, 4, 1), date(2026, 4, 15),
                                                         date(2026, 7, 15), date(2026, 7, 16))


def _invoices(db, w, kind="invoice"):
    with unit_of_work(db) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"], Invoice.kind == kind)
                         .order_by(Invoice.id)).all()


def _net(db, w, since=JAN10):
    """(subtotal, tax, total) of all r1's documents from ``since``, void ones and credit notes included."""
    with unit_of_work(db) as s:
        docs = s.scalars(select(Invoice).where(Invoice.company_id == w.companies["r1"], Invoice.status != "draft",
                                               Invoice.period_start >= since)).all()
        return (sum((d.subtotal for d in docs), D(0)), sum((d.tax for d in docs), D(0)),
                sum((d.total for d in docs), D(0)))


def _cost(db, w):
    with unit_of_work(db) as s:
        return sum((a.amount for a in s.scalars(select(Accrual).where(
            Accrual.company_id == w.companies["r1"], Accrual.kind == "cost"))), D(0))


def test_units_added_and_removed_later_are_not_january_s(db):
    """2 sites in January; a third added Jan 20 and removed Jan 25, both on the Feb 10 invoice (+12.00 x 21/31 =
    8.13, -12.00 x 16/31 = 6.19): January's 2 sites never changed, its credit gives back all of it, -24.00 - 4.56
    = -28.56 (before: -21.19, the 6.19 charged again)."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    add_events(db, w, "r1", [(JAN20, "quantity", {"plan": SITES, "quantity": 3}),
                             (JAN25, "quantity", {"plan": SITES, "quantity": 2})])
    run_billing(db, FEB10, issue=True)
    with unit_of_work(db) as s:
        note = invoices.credit(s, _invoices(db, w)[0], today=FEB12)
        assert (note.subtotal, note.tax, note.total) == (D("-24.00"), D("-4.56"), D("-28.56"))


def test_a_give_back_of_more_units_than_january_billed_is_netted_for_january_s_only(db):
    """2 sites in January, 3 from Jan 20 (the third charged on Feb 10: 12.00 x 21/31 = 8.13), all cancelled from
    Jan 25, recorded late: the Mar 10 note gives back 3 x 12.00 x 16/31 = 18.58. Of those 3 units, the one the
    Feb 10 invoice charged comes first; January's 2: 2 x 12.00 x 16/31 = 12.387 -> 12.39. January's credit:
    -(24.00 - 12.39) = -11.61, VAT 4.56 less 12.39 x 19 % = 2.354 -> 2.35: -2.21; -13.82."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    add_events(db, w, "r1", [(JAN20, "quantity", {"plan": SITES, "quantity": 3})])
    run_billing(db, FEB10, issue=True)
    add_events(db, w, "r1", [(JAN25, "cancel", {"plan": SITES})])
    run_billing(db, MAR10, issue=True)
    with unit_of_work(db) as s:
        note = invoices.credit(s, _invoices(db, w)[0], today=MAR12)
        assert (note.subtotal, note.tax, note.total) == (D("-11.61"), D("-2.21"), D("-13.82"))


@pytest.mark.parametrize("january_first", [True, False])
def test_crediting_both_invoices_nets_to_nothing_in_either_order(db, january_first):
    """2 sites in January, 1 from Jan 25 (in time): the Feb 10 invoice gives back 12.00 x 16/31 = 6.19 and bills
    February's site, 12.00: 5.81 + 19 % 1.1039 -> 1.10 = 6.91. January first: -(24.00 - 6.19) = -17.81, VAT 4.56
    - 1.18 (6.19 x 19 % = 1.1761) = 3.38: -21.19; then February without its give-back (charged again already):
    -12.00 - 2.28 = -14.28. February first: -6.91, then January in full, -28.56 (February no longer stands).
    Either way r1's documents net to 0.00 (before, January first left 6.19 + 1.18 charged for a cancelled
    site)."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    add_events(db, w, "r1", [(JAN25, "quantity", {"plan": SITES, "quantity": 1})])
    run_billing(db, FEB10, issue=True)
    jan, feb = _invoices(db, w)
    totals = []
    for inv in ([jan, feb] if january_first else [feb, jan]):
        with unit_of_work(db) as s:
            totals.append(invoices.credit(s, inv, today=FEB12).total)
    assert totals == ([D("-21.19"), D("-14.28")] if january_first else [D("-6.91"), D("-28.56")])
    assert _net(db, w) == (D("0.00"), D("0.00"), D("0.00"))


def test_the_note_gives_back_the_vat_that_still_stands(db):
    """1 site at 10.00 (19 %): February 10.00 + 1.90 = 11.90; cancelled from Feb 17 (in time): the Mar 10
    document gives back 10.00 x 21/28 = 7.50 + 1.425 -> 1.43. February credited: -2.50 and the VAT still
    standing, 1.90 - 1.43 = 0.47 (not 2.50 x 19 % = 0.475 -> 0.48): -2.97; February's documents net to 0.00."""
    w = _world(db, sites=1)
    with unit_of_work(db) as s:
        s.execute(update(Price).where(Price.layer == "retail", Price.reseller_id == w.resellers["acme"],
                                      Price.plan_id == w.plans[SITES]).values(amount=D("10.00")))
    run_billing(db, FEB10, issue=True)
    add_events(db, w, "r1", [(FEB17, "cancel", {"plan": SITES})])
    run_billing(db, MAR10, issue=True)
    with unit_of_work(db) as s:
        feb = s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"], Invoice.kind == "invoice",
                                                 Invoice.period_start == FEB10)).one()
        note = invoices.credit(s, feb, today=MAR12)
        assert (note.subtotal, note.tax, note.total) == (D("-2.50"), D("-0.47"), D("-2.97"))
    assert _net(db, w, since=FEB10) == (D("0.00"), D("0.00"), D("0.00"))


@pytest.mark.pg
def test_the_resellers_clerk_gives_back_the_cost_of_days_credited_on_two_notes(pg_db):
    """1 site from Jan 10 (cost 6.00), 2 from Jan 20 (Feb 10: 6.00 x 21/31 = 4.0645 -> 4.06, and February 12.00);
    both invoices credited on Feb 12; then the cancellation of Jan 25 recorded. acme's clerk runs Mar 10: r1 is
    given nothing more, acme's cost of the days no longer provided is given back on the credit notes: 2 sites
    Jan 25 to Feb 10, 2 x 6.00 x 16/31 = 6.19, and February, 12.00 (each site's days credited on its own note).
    Cost left: 6.00 + 4.06 + 12.00 - 6.19 - 12.00 = 3.87 (= 6.00 x 15/31 + 6.00 x 5/31 = 2.90 + 0.97)."""
    w = _world(pg_db, sites=1)
    staff = StaffWorld(pg_db, dict(w.resellers), dict(w.companies))
    add_logins(staff, ("hoster_admin", "acme_clerk"))
    try:
        clerk, hoster = staff.engines["acme_clerk"], staff.engines["hoster_admin"]
        run_billing(clerk, JAN10, issue=True)
        add_events(hoster, w, "r1", [(JAN20, "quantity", {"plan": SITES, "quantity": 2})])
        run_billing(clerk, FEB10, issue=True)
        for inv in _invoices(hoster, w):
            with unit_of_work(clerk) as s:
                invoices.credit(s, inv, today=FEB12)
        add_events(hoster, w, "r1", [(JAN25, "cancel", {"plan": SITES})])
        report = run_billing(clerk, MAR10, issue=True)
        assert [o for o in report.outcomes if o.outcome == "failed"] == []
        assert _cost(hoster, w) == D("3.87")
    finally:
        drop_logins(staff)


@pytest.mark.pg
def test_a_cost_of_credited_days_given_back_twice_is_refused(pg_db):
    """January (cost 12.00) and February (12.00) billed, January credited on Feb 12; then r1's cancellation of Jan
    25 recorded, a late change that takes both sites away for Jan 25 to Feb 10: their cost, 2 x 6.00 x 16/31 =
    6.194 -> 6.19, may be given back on the credit note. acme's clerk writes that give-back there twice: January's
    cost would end at 12.00 - 6.19 - 6.19 = -0.38, below nothing (the plan's, 24.00 - 12.38 = 11.62, would not):
    refused, nothing written (cost 24.00). Once, it passes: 24.00 - 6.19 = 17.81."""
    w = _world(pg_db)
    staff = StaffWorld(pg_db, dict(w.resellers), dict(w.companies))
    add_logins(staff, ("hoster_admin", "acme_clerk"))
    try:
        clerk, hoster = staff.engines["acme_clerk"], staff.engines["hoster_admin"]
        run_billing(clerk, JAN10, issue=True)
        run_billing(clerk, FEB10, issue=True)
        with unit_of_work(clerk) as s:
            note = invoices.credit(s, _invoices(hoster, w)[0], today=FEB12).id
        add_events(hoster, w, "r1", [(JAN25, "cancel", {"plan": SITES})])

        def give_back(times):
            with unit_of_work(clerk) as s:
                for _ in range(times):
                    s.add(Accrual(reseller_id=w.resellers["acme"], kind="cost", company_id=w.companies["r1"],
                                  invoice_id=note, boundary=FEB12, line_kind="proration", plan_id=w.plans[SITES],
                                  extra_code=None, description={"en": "x"}, quantity=D(-2), unit_price=D("6.00"),
                                  start=JAN25, end=FEB10, currency="EUR", amount=D("-6.19")))

        with pytest.raises(ProrataError) as refused:
            give_back(2)
        assert [p.id for p in refused.value.problems] == ["accrual_give_back_unbacked"]
        assert _cost(hoster, w) == D("24.00")
        give_back(1)
        assert _cost(hoster, w) == D("17.81")
    finally:
        drop_logins(staff)


def test_an_invoice_is_not_credited_while_a_draft_gives_its_days_back(db):
    """2 sites in January, 24.00 + 4.56 = 28.56; cancelled from Jan 25, recorded in time: the Feb 10 run's draft
    gives back 2 x 12.00 x 16/31 = 12.387 -> 12.39. January credited then, and the draft issued, would give those
    days back twice (r1's net -14.74 instead of 0.00): credit and modify are refused, naming the draft, and
    nothing is written. Issued first, the draft gives back 12.39 + 2.35 = 14.74; January's credit gives back what
    stands, -11.61 - 2.21 = -13.82; r1's net 28.56 - 14.74 - 13.82 = 0.00."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    add_events(db, w, "r1", [(JAN25, "cancel", {"plan": SITES})])
    run_billing(db, FEB10)
    jan = _invoices(db, w)[0]
    draft = _invoices(db, w, kind="credit_note")[0]
    for act in (invoices.credit, invoices.modify):
        with pytest.raises(ProrataError) as refused:
            with unit_of_work(db) as s:
                act(s, jan, today=FEB12)
        assert [p.id for p in refused.value.problems] == ["credit_before_draft"]
        assert refused.value.problems[0].message().endswith(f"issue or delete draft #{draft} first")
    with unit_of_work(db) as s:
        assert s.get(Invoice, jan).status == "issued"
        invoices.issue(s, draft)
    with unit_of_work(db) as s:
        note = invoices.credit(s, jan, today=FEB12)
        assert (note.subtotal, note.tax, note.total) == (D("-11.61"), D("-2.21"), D("-13.82"))
    assert _net(db, w) == (D("0.00"), D("0.00"), D("0.00"))


def test_an_invoice_is_not_credited_while_a_billing_run_may_be_writing_its_draft(db):
    """January (28.56) issued; while a billing run holds the lock (it may be writing the draft that gives back
    January's days) January's credit is refused; once the run is over, it is credited in full, -28.56."""
    w = _world(db)
    run_billing(db, JAN10, issue=True)
    jan = _invoices(db, w)[0]
    with billing_run_lock(db):
        with pytest.raises(ProrataError) as refused:
            with unit_of_work(db) as s:
                invoices.credit(s, jan, today=FEB12)
    assert [p.id for p in refused.value.problems] == ["credit_during_run"]
    with unit_of_work(db) as s:
        assert invoices.credit(s, jan, today=FEB12).total == D("-28.56")


def test_a_top_up_a_late_change_removed_is_not_given_back_again(db):
    """The hoster bills d1 a mailbox at 6.50 a month (20 %), quarterly from Jan 15: 19.50 a quarter, topped up to
    the 30.00 minimum: 19.50 + 10.50 = 30.00 + 6.00 = 36.00, on Jan 15 and Apr 15. A second mailbox from Jan 15,
    recorded late: Jul 15 bills 2 x 19.50 = 39.00 and corrects each quarter, +19.50 and its top-up removed,
    -10.50 (57.00). January's credit gives back what stands of it, 19.50 + 3.90 = 23.40 (not 30.00 + 6.00: the
    10.50 was given back on Jul 15 already); January's quarter nets 30.00 + 19.50 - 10.50 - 19.50 = 19.50, the
    second mailbox's. Jul 15 credited after it gives back 39.00 + 19.50 + 19.50 - 10.50 = 67.50 (+ 13.50):
    January's -10.50, charged again on January's note, is not given back again; January's quarter nets 0.00."""
    w = build(db)
    set_minimum(db, "hoster", "EUR", "30.00", "top_up")
    d1 = add_company(db, w, "d1", signup=JAN15, events=[
        (JAN15, "subscribe", {"plan": "exchange-basic"}),
        (JAN15, "assign", {"plan": "exchange-basic", "user": "ann@d1.example"})])
    with unit_of_work(db) as s:
        s.execute(update(Company).where(Company.id == d1).values(term="quarterly"))
    run_billing(db, APR15, issue=True)
    add_events(db, w, "d1", [(JAN15, "assign", {"plan": "exchange-basic", "user": "bob@d1.example"})])
    run_billing(db, JUL15, issue=True)
    with unit_of_work(db) as s:
        jan, _, jul = s.scalars(select(Invoice.id).where(Invoice.company_id == d1).order_by(Invoice.id)).all()
        note = invoices.credit(s, jan, today=JUL16)
        assert (note.subtotal, note.tax, note.total) == (D("-19.50"), D("-3.90"), D("-23.40"))
    assert _quarter(db, d1) == D("19.50")
    with unit_of_work(db) as s:
        note = invoices.credit(s, jul, today=JUL16)
        assert (note.subtotal, note.tax) == (D("-67.50"), D("-13.50"))
    assert _quarter(db, d1) == D("0.00")


def _quarter(db, company_id):
    """What d1's documents that left the draft state charge for Jan 15 to Apr 15, net."""
    with unit_of_work(db) as s:
        return sum(s.scalars(select(InvoiceLine.amount).join(Invoice, Invoice.id == InvoiceLine.invoice_id).where(
            Invoice.company_id == company_id, Invoice.status != "draft", InvoiceLine.start == JAN15)), D(0))


def test_the_period_after_a_billing_day_change_gives_back_its_term_s_share(db):
    """c1 buys 2 sites at 12.00 (19 %) from Jan 15, billed on the 15th, on the 1st from March: Mar 15 bills Mar 15
    to Apr 1, 17 days of March's 31-day term: 2 x 12.00 x 17/31 = 13.161 -> 13.16 + 2.50. 3 sites from Mar 20,
    all cancelled Mar 25: Apr 1 charges 1 x 12.00 x 12/31 = 4.645 -> 4.65 and gives back 3 x 12.00 x 7/31 =
    8.129 -> 8.13. Of those 3, the one Apr 1 charged comes first; Mar 15's 2: 2 x 12.00 x 7/31 = 5.419 -> 5.42
    (not 7/17 of Mar 15's days, 9.88). Mar 15's credit: -(13.16 - 5.42) = -7.74, tax -(2.50 - 1.03) = -1.47
    (5.42 x 19 % = 1.0298): -9.21; what stands of March is the third site's 5 days, 12.00 x 5/31 = 1.935 -> 1.94
    (13.16 + 4.65 - 8.13 - 7.74)."""
    w = build(db)
    c1 = add_company(db, w, "c1", reseller="acme", signup=JAN15, events=[
        (JAN15, "subscribe", {"plan": SITES, "quantity": 2}),
        (MAR20, "quantity", {"plan": SITES, "quantity": 3}),
        (MAR25, "cancel", {"plan": SITES})])
    with unit_of_work(db) as s:
        billing_schedule.change_billing_day(s, "c1", 1, on=date(2026, 3, 1))
    run_billing(db, APR1, issue=True)
    with unit_of_work(db) as s:
        mar15 = s.scalars(select(Invoice.id).where(Invoice.company_id == c1, Invoice.period_start == MAR15)).one()
        note = invoices.credit(s, mar15, today=date(2026, 4, 2))
        assert (note.subtotal, note.tax, note.total) == (D("-7.74"), D("-1.47"), D("-9.21"))
    with unit_of_work(db) as s:
        assert sum(s.scalars(select(Invoice.subtotal).where(
            Invoice.company_id == c1, Invoice.status != "draft", Invoice.period_start >= MAR15)), D(0)) == D("1.94")
