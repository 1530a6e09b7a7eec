"""What a reseller's own PostgreSQL login may accrue (migration 0024, app/storage/row_security.py): the forgeries a
reviewer found are refused, and the reseller's and the hoster's real work goes on.

PostgreSQL only: SQLite has no logins.

The world (tests/test_reseller_accruals_on_corrections.py): acme (19 %) sells r1 2 SharePoint sites at 12.00 a
month and pays the hoster 6.00 a site; the hoster's invoices to acme carry 20 %. r1 signs up on 2026-01-10 and is
billed on the 10th: January is 2 x 12.00 = 24.00 + 19 % = 28.56, its cost 2 x 6.00 = 12.00 (+ 20 % = 14.40 on
the hoster's Feb 1 invoice to acme); in the margin mode acme's margin is 24.00 - 12.00 = 12.00.
Here acme's clerk (a login of role reseller-clerk) does acme's billing; the hoster's admin settles.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, text

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Accrual, CompanyEvent, Invoice, MinimumCharge
from app.services import billing_view, invoice_accruals, invoices
from app.services.invoices import ManualLine
from app.storage import row_security
from app.storage.engine import unit_of_work
from tests.billing_world import add_events
from tests.staff_world import StaffWorld, add_logins, drop_logins
from tests.test_reseller_accruals_on_corrections import _to_acme, _world

D = Decimal
MARGIN = "hoster_bills_hoster_processor"
JAN10, JAN15, FEB1, FEB10 = date(2026, 1, 10), date(2026, 1, 15), date(2026, 2, 1), date(2026, 2, 10)
JAN20, JAN25, FEB12, MAR10 = date(2026, 1, 20), date(2026, 1, 25), date(2026, 2, 12), date(2026, 3, 10)
SITES = "sharepoint-sites"

pytestmark = pytest.mark.pg


def _staffed(db, mode):
    w = _world(db, mode=mode)
    staff = StaffWorld(db, dict(w.resellers), dict(w.companies))
    add_logins(staff, ("hoster_admin", "acme_clerk"))
    return w, staff


@pytest.fixture
def cost_mode(pg_db):
    w, staff = _staffed(pg_db, "reseller_bills")
    try:
        yield w, staff.engines["acme_clerk"], staff.engines["hoster_admin"]
    finally:
        drop_logins(staff)


@pytest.fixture
def margin_mode(pg_db):
    w, staff = _staffed(pg_db, MARGIN)
    try:
        yield w, staff.engines["acme_clerk"], staff.engines["hoster_admin"]
    finally:
        drop_logins(staff)


def _r1_invoice(db, w, status="draft") -> int:
    with unit_of_work(db) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"],
                                                  Invoice.status == status, Invoice.kind == "invoice")).one()


def _forge(engine, w, invoice: int, kind: str, amount: str, line_kind: str = "recurring") -> None:
    """An accrual written in SQL by ``engine``'s login: r1's SharePoint sites on ``invoice``."""
    with unit_of_work(engine) as s:
        s.execute(text(
            "INSERT INTO accruals (reseller_id, kind, company_id, invoice_id, boundary, line_kind, plan_id, quantity, "
            "unit_price, currency, amount) VALUES (:r, :kind, :c, :i, '2026-01-10', :lk, :p, 1, :a, 'EUR', :a)"),
            dict(r=w.resellers["acme"], kind=kind, c=w.companies["r1"], i=invoice, p=w.plans["sharepoint-sites"],
                 a=D(amount), lk=line_kind))


def _refused(error_id: str, write) -> None:
    with pytest.raises(ProrataError) as exc:
        write()
    assert [p.id for p in exc.value.problems] == [error_id]


def _accrued(db, w, kind) -> Decimal:
    with unit_of_work(db) as s:
        return sum(s.scalars(select(Accrual.amount).where(Accrual.company_id == w.companies["r1"],
                                                          Accrual.kind == kind, Accrual.line_kind != "vat")), D(0))


def _typed(text_, quantity, unit):
    return ManualLine(description={"en": text_}, quantity=D(quantity), unit_price=D(unit), tax_rate=D(19))


def test_the_guard_is_installed_statement_level(pg_db):
    with pg_db.connect() as conn:
        assert row_security.accrual_guard_present(conn) == {"accruals_reseller_added", "accruals_reseller_removed",
                                                             "invoices_reseller_leave_draft",
                                                             "accruals_reseller_cost_removed"}
        # Bit 0 of tgtype: FOR EACH ROW. Only the deferred check of a deleted cost is (a run deletes none): the
        # hoster's bulk writes pay one scope check per statement.
        assert set(conn.execute(text("SELECT tgname FROM pg_trigger WHERE tgname LIKE '%reseller%' "
                                     "AND tgtype & 1 = 1")).scalars()) == {"accruals_reseller_cost_removed"}


# -- the forgeries ---------------------------------------------------------------------------------------------

def test_no_accrual_is_added_to_an_issued_invoice(cost_mode):
    """January issued by acme's own run; a cost of -1,000.00 and a margin of 1,000.00 written on it in SQL are
    refused: the hoster's Feb 1 invoice to acme still bills the 2 sites, 12.00 + 20 % = 14.40."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10, issue=True)
    issued = _r1_invoice(clerk, w, "issued")
    _refused("accrual_on_issued_invoice", lambda: _forge(clerk, w, issued, "cost", "-1000.00"))
    _refused("accrual_on_issued_invoice", lambda: _forge(clerk, w, issued, "margin", "1000.00"))
    assert _accrued(hoster, w, "cost") == D("12.00") and _accrued(hoster, w, "margin") == D("0")
    run_billing(hoster, FEB1)
    assert _to_acme(hoster, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_give_back_beyond_what_was_accrued_is_refused_on_a_draft(cost_mode):
    """On its own January draft (cost 12.00 accrued): -1,000.00 is refused, and so is -12.01 (the cost of r1's
    sites would be -0.01 net)."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)
    _refused("accrual_give_back_exceeds", lambda: _forge(clerk, w, draft, "cost", "-1000.00"))
    _refused("accrual_give_back_exceeds", lambda: _forge(clerk, w, draft, "cost", "-12.01"))
    assert _accrued(hoster, w, "cost") == D("12.00")


def test_a_give_back_forged_first_cannot_be_uncovered_by_deleting_the_cost(cost_mode):
    """-12.00 (which nets the draft's cost to 0.00, the most a give-back may take) written, then the draft's
    12.00 deleted: the delete is refused (-12.00 net). Since migration 0033 the clerk may not write that -12.00
    itself (no wholesale price, no line giving r1 anything back: tests/test_accrual_cost_forged.py); the hoster's
    admin writes it here, as its own correction."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)
    _forge(hoster, w, draft, "cost", "-12.00")

    def delete_the_cost():
        with unit_of_work(clerk) as s:
            s.execute(text("DELETE FROM accruals WHERE invoice_id = :i AND amount > 0"), dict(i=draft))

    _refused("accrual_give_back_exceeds", delete_the_cost)
    assert _accrued(hoster, w, "cost") == D("0.00")


def test_a_draft_whose_costs_were_deleted_is_not_issued(cost_mode):
    """The draft's cost accruals deleted in SQL (a draft's may be: an edit replaces them) and the draft issued in
    the same transaction: the issue is refused, it stays a draft with its cost; the delete alone is refused when
    it commits. Deleted and billed again, the draft bills acme 12.00 + 20 % = 14.40 on Feb 1."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)

    def delete_the_costs(s):
        assert s.execute(text("DELETE FROM accruals WHERE invoice_id = :i"), dict(i=draft)).rowcount == 1

    def delete_and_issue():
        with unit_of_work(clerk) as s:
            delete_the_costs(s)
            invoices.issue(s, draft, JAN10)

    def delete_only():
        with unit_of_work(clerk) as s:
            delete_the_costs(s)

    _refused("accrual_missing_on_issue", delete_and_issue)
    _refused("accrual_cost_removed", delete_only)
    assert _r1_invoice(hoster, w, "draft") == draft and _accrued(hoster, w, "cost") == D("12.00")
    # The draft deleted and billed again: the cost is back.
    with unit_of_work(clerk) as s:
        invoices.delete_draft(s, draft)
    run_billing(clerk, JAN10, issue=True)
    run_billing(hoster, FEB1)
    assert _to_acme(hoster, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_cost_deleted_from_a_draft_whose_line_is_reworded_is_refused_at_the_commit(cost_mode):
    """The draft's cost deleted and its billed line written out as text (what a real edit does keeping the
    cost): refused when the transaction commits, nothing changed; so is the cost replaced by one of 0.01 at a
    unit cost of 0.01 (the sites cost 6.00 each), as it is written since migration 0033 (no wholesale price)."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)

    def delete_and_reword():
        with unit_of_work(clerk) as s:
            s.execute(text("DELETE FROM accruals WHERE invoice_id = :i"), dict(i=draft))
            s.execute(text("UPDATE invoice_lines SET kind = 'manual', plan_id = NULL, start = NULL, \"end\" = NULL "
                           "WHERE invoice_id = :i"), dict(i=draft))

    def replace_cheaply():
        with unit_of_work(clerk) as s:
            s.execute(text("DELETE FROM accruals WHERE invoice_id = :i"), dict(i=draft))
            s.execute(text("INSERT INTO accruals (reseller_id, kind, company_id, invoice_id, boundary, line_kind, "
                           "plan_id, quantity, unit_price, start, \"end\", currency, amount) SELECT reseller_id, "
                           "'cost', company_id, invoice_id, '2026-01-10', kind, plan_id, quantity, 0.01, start, "
                           "\"end\", 'EUR', 0.01 FROM invoice_lines WHERE invoice_id = :i"), dict(i=draft))

    _refused("accrual_cost_removed", delete_and_reword)
    _refused("accrual_unit_cost_unknown", replace_cheaply)
    assert _accrued(hoster, w, "cost") == D("12.00")
    with unit_of_work(hoster) as s:
        (line,) = billing_view.draft_lines(s, draft)
        assert (line.plan_id, line.quantity) == (w.plans["sharepoint-sites"], D(2))


def test_a_margin_beyond_what_the_invoices_bill_is_refused(margin_mode):
    """Margin mode, January's draft (margin 12.00 of 24.00 billed): a margin of 1,000.00 is refused (1,012.00 >
    24.00 billed), as a line's or as a late correction's; so is one of 12.01 (24.01 > 24.00)."""
    w, clerk, hoster = margin_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)
    _refused("accrual_margin_exceeds", lambda: _forge(clerk, w, draft, "margin", "1000.00"))
    _refused("accrual_margin_exceeds", lambda: _forge(clerk, w, draft, "margin", "1000.00", "correction"))
    _refused("accrual_margin_exceeds", lambda: _forge(clerk, w, draft, "margin", "12.01"))
    assert _accrued(hoster, w, "margin") == D("12.00")


def test_a_margin_hidden_behind_a_raised_subtotal_is_refused_when_issued(margin_mode):
    """The draft's subtotal raised to 2,000.00 in SQL, a margin of 1,000.00 added (1,012.00 <= 2,000.00), the
    subtotal set back to 24.00 so that the draft adds up: issuing it is refused (1,012.00 > 24.00)."""
    w, clerk, hoster = margin_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)
    with clerk.begin() as conn:
        conn.execute(text("UPDATE invoices SET subtotal = 2000 WHERE id = :i"), dict(i=draft))
    _forge(clerk, w, draft, "margin", "1000.00")
    with clerk.begin() as conn:
        conn.execute(text("UPDATE invoices SET subtotal = 24.00 WHERE id = :i"), dict(i=draft))

    def issue():
        with unit_of_work(clerk) as s:
            invoices.issue(s, draft, JAN10)

    _refused("accrual_margin_exceeds", issue)
    assert _r1_invoice(hoster, w, "draft") == draft


def test_the_hosters_staff_are_not_checked(cost_mode):
    """The hoster's admin may write what a reseller may not (its own corrections): a give-back of 13.00."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10)
    _forge(hoster, w, _r1_invoice(clerk, w), "cost", "-13.00")
    assert _accrued(hoster, w, "cost") == D("-1.00")


# -- the reseller's real work, under its own login -------------------------------------------------------------

def test_a_resellers_run_edit_issue_and_modify_under_its_login(cost_mode):
    """acme's clerk bills January, edits the draft to 1 site (a draft edit never changes a cost: the hoster
    provided 2 sites, 2 x 6.00 = 12.00 still), then back to 2 (12.00), adds "Migration" 1 x 80.00 (no cost),
    issues it, modifies it on Jan 15 (the credit note keeps the cost, the copy accrues none: the guard finds the
    copy's plan line billed on the invoice credited) and issues the copy: 12.00 in all; the hoster's Feb 1
    invoice bills acme 12.00 + 20 % = 2.40, 14.40."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)
    with unit_of_work(clerk) as s:
        (line,) = billing_view.draft_lines(s, draft)
        invoices.edit_draft(s, draft, [ManualLine(**{**line.__dict__, "quantity": D(1), "amount": None})])
    assert _accrued(hoster, w, "cost") == D("12.00")
    with unit_of_work(clerk) as s:
        (line,) = billing_view.draft_lines(s, draft)
        inv = invoices.edit_draft(s, draft, [ManualLine(**{**line.__dict__, "quantity": D(2), "amount": None}),
                                             _typed("Migration", "1", "80.00")])
        assert inv.subtotal == D("104.00")
    assert _accrued(hoster, w, "cost") == D("12.00")
    with unit_of_work(clerk) as s:
        assert invoices.issue(s, draft, JAN10).status == "issued"
    with unit_of_work(clerk) as s:
        note, copy = invoices.modify(s, draft, today=JAN15)
        assert (note.total, copy.total) == (D("-123.76"), D("123.76"))  # 104.00 + 19 % = 123.76
        copy_id = copy.id
    with unit_of_work(clerk) as s:
        assert invoices.issue(s, copy_id, JAN15).status == "issued"
    assert _accrued(hoster, w, "cost") == D("12.00")  # the invoice's 12.00; the note and the copy add none
    report = run_billing(hoster, FEB1)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    assert _to_acme(hoster, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_resellers_credit_note_under_its_login_keeps_the_cost(cost_mode):
    """January issued by acme's run, credited on Jan 15 by its clerk (-28.56): the credit note writes no cost, the
    hoster provided the 2 sites: the cost stays 12.00, and the hoster's Feb 1 invoice bills acme 12.00 + 20 % =
    2.40, 14.40."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10, issue=True)
    with unit_of_work(clerk) as s:
        assert invoices.credit(s, _r1_invoice(clerk, w, "issued"), today=JAN15).total == D("-28.56")
    assert _accrued(hoster, w, "cost") == D("12.00")
    report = run_billing(hoster, FEB1)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    assert _to_acme(hoster, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_credit_notes_reversal_of_the_cost_forged_by_the_reseller_is_refused(cost_mode):
    """What a credit note wrote before migration 0034, the invoice's cost negated (-2 x 6.00 = -12.00, the same
    plan, period and unit cost), written by acme's clerk in SQL on its own issued credit note: no change of usage
    took those days away (r1's only event is its subscription), so it is refused (migration 0039) and the cost
    stays 12.00 (acme would owe the hoster 12.00 - 12.00 = 0.00 for 2 sites it was provided)."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10, issue=True)
    issued = _r1_invoice(clerk, w, "issued")
    with unit_of_work(clerk) as s:
        note = invoices.credit(s, issued, today=JAN15).id

    def negate():
        with unit_of_work(clerk) as s:
            s.execute(text(
                "INSERT INTO accruals (reseller_id, kind, company_id, invoice_id, boundary, line_kind, plan_id, "
                "extra_code, description, quantity, unit_price, start, \"end\", currency, amount) SELECT reseller_id, "
                "kind, company_id, :n, '2026-01-15', line_kind, plan_id, extra_code, description, -quantity, "
                "unit_price, start, \"end\", currency, -amount FROM accruals WHERE invoice_id = :i AND kind = 'cost'"),
                dict(n=note, i=issued))

    _refused("accrual_give_back_unbacked", negate)
    assert _accrued(hoster, w, "cost") == D("12.00")


def _one_site_on_jan25(engine, w):
    """r1 set to 1 site on Jan 25 (a site cancelled): its event id."""
    add_events(engine, w, "r1", [(JAN25, "quantity", {"plan": SITES, "quantity": 1})])
    with unit_of_work(engine) as s:
        return s.scalar(select(func.max(CompanyEvent.id)).where(CompanyEvent.company_id == w.companies["r1"]))


def _undone(engine, w):
    """Set to 1 site on Jan 25, and that change undone on its own date (back to 2): it nets to nothing."""
    undone = _one_site_on_jan25(engine, w)
    add_events(engine, w, "r1", [(JAN25, "quantity", {"plan": SITES, "quantity": 2, "undoes_id": undone})])


def _give_back_on(engine, w, note, sites: int, amount: str) -> None:
    """A cost of ``sites`` SharePoint sites given back on ``note`` for Jan 25 to Feb 10, written by ``engine``."""
    with unit_of_work(engine) as s:
        s.add(Accrual(reseller_id=w.resellers["acme"], kind="cost", company_id=w.companies["r1"], invoice_id=note,
                      boundary=FEB10, line_kind="proration", plan_id=w.plans[SITES], description={"en": "x"},
                      quantity=D(-sites), unit_price=D("6.00"), start=JAN25, end=FEB10, currency="EUR",
                      amount=D(amount)))


@pytest.mark.parametrize("unrelated", [
    lambda engine, w: add_events(engine, w, "r1", [(JAN25, "quantity", {"plan": SITES, "quantity": 3})]),
    lambda engine, w: add_events(engine, w, "r1", [(JAN20, "subscribe", {"plan": "archiving"}),
                                                   (JAN25, "cancel", {"plan": "archiving"})]),
    _undone], ids=["raised", "other_plan", "undone"])
def test_a_give_back_of_credited_days_backed_by_no_change_of_their_plan_is_refused(cost_mode, unrelated):
    """January (2 sites, cost 12.00) issued, credited on Jan 15; then a change that lowers nothing of the sites on
    Jan 25 (raised to 3; archiving subscribed and cancelled; 1 site but undone on its own date). acme's clerk writes
    on its credit note what the run gives back for 1 site cancelled on Jan 25: 6.00 x 16/31 = 3.097 -> -3.10, Jan
    25 to Feb 10. The note credits 2 sites of those days and the cost would stay 12.00 - 3.10 = 8.90, but no change
    of usage took a site away: refused, the cost stays 12.00."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10, issue=True)
    with unit_of_work(clerk) as s:
        note = invoices.credit(s, _r1_invoice(clerk, w, "issued"), today=JAN15).id
    unrelated(clerk, w)
    _refused("accrual_give_back_unbacked", lambda: _give_back_on(clerk, w, note, 1, "-3.10"))
    assert _accrued(hoster, w, "cost") == D("12.00")


def test_a_give_back_of_more_sites_than_the_change_took_away_is_refused(cost_mode):
    """January (2 sites, cost 12.00) credited on Jan 15, then r1 goes down to 1 site on Jan 25: the change took 1
    site away. Given back on the note for both sites, 2 x 6.00 x 16/31 = 6.194 -> -6.19, is refused (1 site left
    + 2 given back > the 2 credited); for the 1 site, 6.00 x 16/31 = 3.097 -> -3.10, it passes: 12.00 - 3.10 =
    8.90."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10, issue=True)
    with unit_of_work(clerk) as s:
        note = invoices.credit(s, _r1_invoice(clerk, w, "issued"), today=JAN15).id
    _one_site_on_jan25(clerk, w)
    _refused("accrual_give_back_unbacked", lambda: _give_back_on(clerk, w, note, 2, "-6.19"))
    _give_back_on(clerk, w, note, 1, "-3.10")
    assert _accrued(hoster, w, "cost") == D("8.90")


def test_a_site_cancelled_into_credited_days_gives_back_its_cost_under_its_login(cost_mode):
    """January (2 sites, cost 12.00) issued and credited on Jan 15 by acme's clerk; r1 then goes down to 1 site
    on Jan 25, and the clerk runs Feb 10. r1 is given nothing more for Jan 25 to Feb 10 (the credit note gave it
    January back): its Feb 10 invoice is February's 1 site, 12.00 + 19 % 2.28 = 14.28. acme's cost of the site no
    longer provided, 6.00 x 16/31 = 3.097 -> 3.10, is given back on it (no line of it gives those days back: the
    credit note and the change back it): 12.00 + 6.00 (February) - 3.10 = 14.90."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10, issue=True)
    with unit_of_work(clerk) as s:
        invoices.credit(s, _r1_invoice(clerk, w, "issued"), today=JAN15)
    _one_site_on_jan25(clerk, w)
    report = run_billing(clerk, FEB10, issue=True)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    with unit_of_work(hoster) as s:
        february = s.scalars(select(Invoice).where(Invoice.company_id == w.companies["r1"],
                                                   Invoice.period_start == FEB10)).one()
        assert (february.status, february.total) == ("issued", D("14.28"))
        assert sorted(s.scalars(select(Accrual.amount).where(Accrual.invoice_id == february.id,
                                                             Accrual.kind == "cost"))) == [D("-3.10"), D("6.00")]
    assert _accrued(hoster, w, "cost") == D("14.90")


def test_a_late_change_dated_before_the_credited_days_gives_back_their_cost_under_its_login(cost_mode):
    """January and February (2 sites each, cost 12.00 each) issued by acme's clerk, February credited on Feb 12;
    then r1's going down to 1 site on Jan 25 is recorded, a late change dated before the days credited. The clerk
    runs Mar 10: January's Jan 25 to Feb 10 is corrected, -12.00 x 16/31 = -6.194 -> -6.19 to r1, its cost
    6.00 x 16/31 = 3.097 -> -3.10; February's site is given r1 no more (credited), but its cost, 6.00, is given back:
    the change was recorded after the Feb 10 run billed it. March is 1 site, 12.00, cost 6.00. Cost:
    12.00 + 12.00 + 6.00 - 3.10 - 6.00 = 20.90."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10, issue=True)
    run_billing(clerk, FEB10, issue=True)
    with unit_of_work(clerk) as s:
        february = s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"],
                                                      Invoice.period_start == FEB10)).one()
        invoices.credit(s, february, today=FEB12)
    _one_site_on_jan25(clerk, w)
    report = run_billing(clerk, MAR10, issue=True)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    with unit_of_work(hoster) as s:
        march = s.scalars(select(Invoice).where(Invoice.company_id == w.companies["r1"],
                                                Invoice.period_start == MAR10)).one()
        assert (march.status, march.subtotal) == ("issued", D("5.81"))  # 12.00 - 6.19
        assert sorted(s.scalars(select(Accrual.amount).where(Accrual.invoice_id == march.id,
                                                             Accrual.kind == "cost"))) == [D("-6.00"), D("-3.10"),
                                                                                          D("6.00")]
    assert _accrued(hoster, w, "cost") == D("20.90")


def _margin_risen_on(engine, w, note, start, end, sites: int, unit_cost: str, amount: str) -> None:
    """A margin risen by the cost of ``sites`` SharePoint sites at ``unit_cost`` given back on ``note`` for ``start``
    to ``end``, written by ``engine``: as a run writes it, -sites x -unit_cost, a positive amount."""
    with unit_of_work(engine) as s:
        s.add(Accrual(reseller_id=w.resellers["acme"], kind="margin", company_id=w.companies["r1"], invoice_id=note,
                      boundary=FEB10, line_kind="proration", plan_id=w.plans[SITES], description={"en": "x"},
                      quantity=D(-sites), unit_price=-D(unit_cost), start=start, end=end, currency="EUR",
                      amount=D(amount)))


def test_a_margin_of_the_credited_days_cost_on_its_credit_note_is_refused(margin_mode):
    """Margin mode: January issued by acme's clerk (margin 24.00 - 12.00 = 12.00), credited on Jan 15 (the note's
    lines as margin, -24.00: -12.00 net, minus the cost). acme's clerk writes on its credit note, in SQL, the margin
    risen by January's cost given back: -2 sites x -6.00 = +12.00, Jan 10 to Feb 10. Its margins would net 12.00 -
    24.00 + 12.00 = 0.00, within the 24.00 - 24.00 = 0.00 billed, and the hoster would owe acme its cost of 2 sites
    it provided; but no change of usage took them away: refused (migration 0040), the margin stays -12.00."""
    w, clerk, hoster = margin_mode
    run_billing(clerk, JAN10, issue=True)
    with unit_of_work(clerk) as s:
        note = invoices.credit(s, _r1_invoice(clerk, w, "issued"), today=JAN15).id
    _refused("accrual_give_back_unbacked", lambda: _margin_risen_on(clerk, w, note, JAN10, FEB10, 2, "6.00", "12.00"))
    assert _accrued(hoster, w, "margin") == D("-12.00")


def test_a_margin_risen_beyond_the_cost_of_the_site_the_change_took_away_is_refused(margin_mode):
    """Margin mode: January (margin 12.00) credited on Jan 15 (-24.00), then r1 goes down to 1 site on Jan 25: the
    change took 1 site away, whose cost for Jan 25 to Feb 10 is 6.00 x 16/31 = 3.097 -> 3.10. Written on the note
    by acme's clerk, a margin risen by its price as if it were the cost, -1 x -12.00 x 16/31 = +6.19, is refused
    (acme pays 6.00 a site, no wholesale price is 12.00); so is the cost of both sites, -2 x -6.00 x 16/31 =
    +6.19 (1 site left + 2 given back > the 2 credited). The 1 site's, +3.10, passes: -12.00 + 3.10 = -8.90."""
    w, clerk, hoster = margin_mode
    run_billing(clerk, JAN10, issue=True)
    with unit_of_work(clerk) as s:
        note = invoices.credit(s, _r1_invoice(clerk, w, "issued"), today=JAN15).id
    _one_site_on_jan25(clerk, w)
    _refused("accrual_give_back_unbacked", lambda: _margin_risen_on(clerk, w, note, JAN25, FEB10, 1, "12.00", "6.19"))
    _refused("accrual_give_back_unbacked", lambda: _margin_risen_on(clerk, w, note, JAN25, FEB10, 2, "6.00", "6.19"))
    _margin_risen_on(clerk, w, note, JAN25, FEB10, 1, "6.00", "3.10")
    assert _accrued(hoster, w, "margin") == D("-8.90")


def test_a_late_change_to_one_site_raises_the_margin_on_the_credit_notes_under_its_login(margin_mode):
    """Margin mode: January and February (2 sites each, margin 24.00 - 12.00 = 12.00 each) issued by acme's clerk,
    both credited on Feb 12 (-24.00 each); then r1's going down to 1 site on Jan 25, a late change, and its
    cancellation on Mar 10 are recorded. The clerk runs Mar 10: r1 is given nothing more (the notes gave it the
    days back) and has nothing else to invoice, so the margins risen by acme's cost of the site no longer provided
    are written on the notes that credited its days: Jan 25 to Feb 10 on January's, the give-back's margin -6.19 -
    (-3.10) = -3.09 (the customer's -1 x 12.00 x 16/31 = -6.194 -> -6.19 less the cost -1 x 6.00 x 16/31 = -3.097 ->
    -3.10) less the customer's -6.19 left out, +3.10; Feb 10 to Mar 10 on February's, the correction's margin -6.00
    less the customer's -12.00, +6.00 (recorded after the Feb 10 run that billed those days). Margin:
    12.00 + 12.00 - 24.00 - 24.00 + 3.10 + 6.00 = -14.90, what acme owes for the days provided (2 sites Jan 10 to
    25, 1 to Mar 10: 12.00 - 3.10 + 6.00)."""
    w, clerk, hoster = margin_mode
    run_billing(clerk, JAN10, issue=True)
    run_billing(clerk, FEB10, issue=True)
    with unit_of_work(clerk) as s:
        january, february = s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"])
                                      .order_by(Invoice.period_start)).all()
        notes = [invoices.credit(s, inv, today=FEB12).id for inv in (january, february)]
    _one_site_on_jan25(clerk, w)
    add_events(clerk, w, "r1", [(MAR10, "cancel", {"plan": SITES})])
    report = run_billing(clerk, MAR10, issue=True)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    with unit_of_work(hoster) as s:
        assert s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["r1"],
                                                  Invoice.period_start == MAR10)).all() == []
        assert [tuple(r) for r in s.execute(
            select(Accrual.invoice_id, Accrual.kind, Accrual.start, Accrual.end, Accrual.amount)
            .where(Accrual.company_id == w.companies["r1"], Accrual.boundary == MAR10)
            .order_by(Accrual.start))] == [(notes[0], "margin", JAN25, FEB10, D("3.10")),
                                           (notes[1], "margin", FEB10, MAR10, D("6.00"))]
    assert _accrued(hoster, w, "margin") == D("-14.90")


def _vat(engine, w, invoice: int, kind: str, amount: str, negative_line: bool = False) -> None:
    """An accrual of line kind ``vat`` written in SQL by ``engine``'s login on ``invoice`` (no plan), and first, if
    ``negative_line``, a line of -1 x 0.00 there (a give-back's line for a negative cost to point at)."""
    with unit_of_work(engine) as s:
        if negative_line:
            s.execute(text(
                "INSERT INTO invoice_lines (invoice_id, reseller_id, position, kind, description, quantity, "
                "unit_price, tax_rate, amount) VALUES (:i, :r, 9, 'manual', '{\"en\": \"x\"}', -1, 0, 19, 0)"),
                dict(i=invoice, r=w.resellers["acme"]))
        s.execute(text(
            "INSERT INTO accruals (reseller_id, kind, company_id, invoice_id, boundary, line_kind, quantity, "
            "unit_price, currency, amount) VALUES (:r, :kind, :c, :i, '2026-01-10', 'vat', :q, :u, 'EUR', :a)"),
            dict(r=w.resellers["acme"], kind=kind, c=w.companies["r1"], i=invoice, a=D(amount),
                 q=-1 if negative_line else 1, u=abs(D(amount))))


def test_a_vat_margin_written_on_its_draft_is_refused(margin_mode):
    """Margin mode: acme's clerk writes on its January draft (24.00 + 19 % = 28.56) a VAT margin of 1,000.00.
    Accepted, it stood for the draft's VAT (the settlement passes on none of a document that has one) and the
    hoster's Feb 1 statement owed acme 12.00 + 1,000.00 = 1,012.00. Refused (migration 0042); the draft issued,
    the statement owes the margin and the VAT the hoster collected: 12.00 + 24.00 x 19 % = 12.00 + 4.56 = 16.56."""
    w, clerk, hoster = margin_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)
    _refused("accrual_vat_not_its_own", lambda: _vat(clerk, w, draft, "margin", "1000.00"))
    with unit_of_work(clerk) as s:
        assert invoices.issue(s, draft, JAN10).total == D("28.56")
    report = run_billing(hoster, FEB1)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    assert _to_acme(hoster, w, FEB1) == [("statement", D("16.56"), D("0.00"), D("16.56"))]


def test_a_cost_of_line_kind_vat_written_on_its_draft_is_refused(cost_mode):
    """Cost mode: acme's clerk writes on its January draft a line of -1 x 0.00 and a cost of line kind vat of
    -1 x 1,000.00 = -1,000.00 giving it back. Accepted (the net of r1's costs left VAT rows out), the hoster's Feb 1
    invoice to acme became a credit note of 12.00 - 1,000.00 = -988.00 + 20 % = -1,185.60. Refused (migration
    0042), the line with it: the invoice bills the 2 sites, 12.00 + 20 % = 14.40."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)
    _refused("accrual_vat_not_its_own", lambda: _vat(clerk, w, draft, "cost", "-1000.00", negative_line=True))
    with unit_of_work(clerk) as s:
        invoices.issue(s, draft, JAN10)
    run_billing(hoster, FEB1)
    assert _to_acme(hoster, w, FEB1) == [("wholesale", D("12.00"), D("2.40"), D("14.40"))]


def test_a_vat_margin_written_on_its_credit_note_is_refused(margin_mode, monkeypatch):
    """Margin mode: January (24.00 + 4.56) issued by acme's clerk and credited on Jan 15 by a client that writes on
    the credit note, while it is a draft, a VAT margin of -0.01 for the note's -4.56. Accepted, the hoster's Feb 1
    statement owed acme 12.00 - 24.00 (the note's lines as margin) + 4.56 - 0.01 = -7.45; refused (migration
    0042), nothing credited. Credited as Prorata does it, the statement owes 12.00 - 24.00 + 4.56 - 4.56 = -12.00."""
    w, clerk, hoster = margin_mode
    run_billing(clerk, JAN10, issue=True)
    january = _r1_invoice(clerk, w, "issued")
    reverse = invoice_accruals.reverse

    def reverse_and_forge(session, invoice_id, note):
        reverse(session, invoice_id, note)
        session.execute(text(
            "INSERT INTO accruals (reseller_id, kind, company_id, invoice_id, boundary, line_kind, quantity, "
            "unit_price, currency, amount) VALUES (:r, 'margin', :c, :i, '2026-01-15', 'vat', 1, -0.01, 'EUR', -0.01)"),
            dict(r=w.resellers["acme"], c=w.companies["r1"], i=note.id))

    monkeypatch.setattr(invoice_accruals, "reverse", reverse_and_forge)
    with pytest.raises(ProrataError) as refused:
        with unit_of_work(clerk) as s:
            invoices.credit(s, january, today=JAN15)
    assert [p.id for p in refused.value.problems] == ["accrual_vat_not_its_own"]
    assert _r1_invoice(clerk, w, "issued") == january
    monkeypatch.setattr(invoice_accruals, "reverse", reverse)
    with unit_of_work(clerk) as s:
        assert invoices.credit(s, january, today=JAN15).total == D("-28.56")
    report = run_billing(hoster, FEB1)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    assert [(kind, total) for kind, _, _, total in _to_acme(hoster, w, FEB1)] == [("statement", D("-12.00"))]


def test_a_margin_resellers_run_edit_credit_and_modify_under_its_login(margin_mode):
    """Margin mode: the draft gets "Migration" 1 x 50.00 beside its line (margin 12.00 + 50.00 = 62.00; billed
    24.00 + 50.00 = 74.00, + 19 % = 14.06, 88.06), is issued on Jan 10, modified on Jan 15 and the copy issued:
    the note's lines accrue their amounts as margin, -24.00 - 50.00 = -74.00 (62.00 - 74.00 = -12.00, minus the
    cost), the copy gets them back, +74.00: the margin is 62.00 again. The hoster's Feb 1 statement owes acme
    62.00 and the VAT it collected, 14.06 - 14.06 + 14.06 = 14.06 (invoice, note, copy): 76.06."""
    w, clerk, hoster = margin_mode
    run_billing(clerk, JAN10)
    draft = _r1_invoice(clerk, w)
    with unit_of_work(clerk) as s:
        (line,) = billing_view.draft_lines(s, draft)
        invoices.edit_draft(s, draft, [line, _typed("Migration", "1", "50.00")])
    assert _accrued(hoster, w, "margin") == D("62.00")
    with unit_of_work(clerk) as s:
        assert invoices.issue(s, draft, JAN10).total == D("88.06")
    with unit_of_work(clerk) as s:
        copy_id = invoices.modify(s, draft, today=JAN15)[1].id
    with unit_of_work(clerk) as s:
        invoices.issue(s, copy_id, JAN15)
    assert _accrued(hoster, w, "margin") == D("62.00")
    report = run_billing(hoster, FEB1)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    assert _to_acme(hoster, w, FEB1) == [("statement", D("76.06"), D("0.00"), D("76.06"))]


def test_a_deferred_invoice_carried_into_the_next_is_issued_under_its_login(pg_db, cost_mode):
    """acme's minimum is 30.00, deferred: January (2 sites x 12.00 = 24.00) is deferred by acme's run; February's
    draft carries it (24.00 + 24.00 = 48.00) and acme's clerk issues it: January's plan line is accrued on the
    deferred invoice it carries, which the guard finds (migration 0027 looks it up by the company). Cost accrued:
    2 x 6.00 a month, 24.00."""
    w, clerk, hoster = cost_mode
    acme = w.resellers["acme"]
    with unit_of_work(pg_db) as s:
        s.execute(delete(MinimumCharge).where(MinimumCharge.issuer_key == f"reseller:{acme}",
                                              MinimumCharge.currency == "EUR"))
        s.add(MinimumCharge(issuer_key=f"reseller:{acme}", reseller_id=acme, currency="EUR", amount=D("30.00"),
                            policy="defer"))
    run_billing(clerk, JAN10, issue=True)
    january = _r1_invoice(clerk, w, "deferred")
    run_billing(clerk, FEB10)
    february = _r1_invoice(clerk, w)
    with unit_of_work(clerk) as s:
        issued = invoices.issue(s, february, FEB10)
        assert (issued.status, issued.subtotal) == ("issued", D("48.00"))
    with unit_of_work(hoster) as s:
        carried = s.get(Invoice, january)
        assert (carried.status, carried.carried_into_id) == ("carried", february)
        # January's cost stays on the deferred invoice: only through it does February bill its January line.
        assert sum(s.scalars(select(Accrual.amount).where(Accrual.invoice_id == january,
                                                          Accrual.kind == "cost"))) == D("12.00")
    assert _accrued(hoster, w, "cost") == D("24.00")


def test_the_migration_goes_down_and_up_again(pg_db, tmp_path):
    """0024's downgrade drops the guard, its upgrade puts it back (a database of its own)."""
    from alembic import command

    from app.storage import schema
    from tests.test_immutability import database_at

    with database_at(pg_db, tmp_path, "head") as own:
        with own.begin() as conn:
            command.downgrade(schema._config(conn), "0023")
        with own.connect() as conn:
            assert row_security.accrual_guard_present(conn) == set()
            assert conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'prorata_accruals_added'")
                                ).scalar_one() == 0
        schema.upgrade(own)
        with own.connect() as conn:
            assert len(row_security.accrual_guard_present(conn)) == 4
