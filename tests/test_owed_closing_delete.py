"""Deleting a draft of a period a reseller's clerk billed for a company that moved (app/billing/run.py ``OWING``):
the closing bill of the seller the company left is hidden from the clerk's login, so the clerk may delete its draft
only while the period still owes that bill, or once the hoster's run found nothing to write with it; once the
hoster's run has written it (or billed the whole period with it: the period's mark ``CLOSED``), the hoster's staff
delete the draft, and the closing invoice goes with it. A clerk deleting the draft while the hoster's run bills what
the period owes never leaves a closing invoice behind (app/services/invoices.py ``_release_period``,
app/billing/run.py ``_bill_owed``). A clerk of the seller a company left may not delete a draft of it at all: the
new seller's later periods are hidden from its login (``_refuse_if_company_left``).

PostgreSQL only (SQLite has no logins). The world is tests/test_moves.py's: the hoster (tax 20 %) sells a SharePoint
site at 14.00 a month, acme (tax 19 %) at 12.00 and pays the hoster 8.00 for it, beta (tax 10 %) at 15.00 and pays
9.00. Companies sign up on 15 January 2026 with three sites and are billed on the 15th; c1 moves on 1 March.

Every figure is worked by hand:
- the hoster's 15 January and 15 February, 3 x 14.00 = 42.00 + 20 % 8.40 = 50.40 each;
- acme's 15 March, its days 1 - 15 March, 14 of the 28-day period 15 February - 15 March, 3 x 12.00 x 14/28 = 18.00,
  and the month ahead 3 x 12.00 = 36.00: 54.00 + 19 % 10.26 = 64.26;
- the hoster's closing credit note of 15 March gives back the 14 days of its advance after the move,
  -3 x 14.00 x 14/28 = -21.00, 20 % -4.20: -25.20; the hoster then billed c1 42.00 + 42.00 - 21.00 = 63.00 in all;
- acme's 15 April, the month ahead, 3 x 12.00 = 36.00 + 19 % 6.84 = 42.84 (the hoster has nothing more to bill).
"""
from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from app.billing import run as billing_run
from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import Invoice
from app.services import invoices as invoice_service
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.test_clerk_bills_moved_company import _marks, _outcomes, _totals
from tests.test_clerk_bills_moved_company import logins  # noqa: F401 (a fixture)
from tests.test_moves import APR15, FEB15, JAN15, MAR1, MAR15, accruals, billed_by, move, three_sites, world

D = Decimal
pytestmark = pytest.mark.pg

BEFORE_MARCH = [("hoster", JAN15, "invoice", D("50.40")), ("hoster", FEB15, "invoice", D("50.40"))]
BILLED_ONCE = BEFORE_MARCH + [("hoster", MAR15, "credit_note", D("-25.20"))]  # + acme's 64.26 (its key: per test)
# 15 March billed with another seller's closing bill written (app/billing/run.py ``CLOSED``).
MARCH_CLOSED = {JAN15: "invoiced", FEB15: "invoiced", MAR15: "+invoiced"}


def _moved_to_acme(pg_db, logins):
    """c1, the hoster's, billed to 15 February and moved to acme on 1 March; the logins of the hoster's admin and
    acme's clerk."""
    w = world(pg_db)
    c = three_sites(pg_db, w, reseller=None)
    hoster = logins("hoster", "hoster-admin")
    clerk = logins("clerk", "reseller-clerk", "acme")
    run_billing(hoster, FEB15)
    move(pg_db, "c1", "acme", MAR1)
    return w, c, hoster, clerk


def _draft(db, company_id, issuer_key, day=MAR15) -> int:
    with unit_of_work(db) as s:
        return s.scalar(select(Invoice.id).where(Invoice.company_id == company_id, Invoice.issue_date == day,
                                                 Invoice.issuer_key == issuer_key))


def _delete(engine, invoice_id) -> None:
    with unit_of_work(engine) as s:
        invoice_service.delete_draft(s, invoice_id)


def _refusal(engine, invoice_id) -> ProrataError:
    with pytest.raises(ProrataError) as caught:
        _delete(engine, invoice_id)
    assert [p.id for p in caught.value.problems] == ["closing_hidden_from_login"]
    return caught.value


def _hidden_closing(db, c, hoster, clerk, how) -> None:
    """The hoster's closing bill of 15 March written, ``how``."""
    if how == "hoster_closes_what_the_clerk_owed":
        assert _outcomes(run_billing(clerk, MAR15)) == [("c1", MAR15, "billed", "64.26")]
        assert _outcomes(run_billing(hoster, MAR15)) == [("c1", MAR15, "billed", "-25.20")]
    elif how == "hoster_bills_the_whole_period":
        assert _outcomes(run_billing(hoster, MAR15)) == [("c1", MAR15, "billed", "64.26"),
                                                         ("c1", MAR15, "billed", "-25.20")]
    else:  # the closing credit note issued as well
        run_billing(clerk, MAR15)
        run_billing(hoster, MAR15)
        with unit_of_work(hoster) as s:
            invoice_service.issue(s, _draft(db, c, "hoster"), MAR15)


@pytest.mark.parametrize("how", ["hoster_closes_what_the_clerk_owed", "hoster_bills_the_whole_period",
                                 "closing_issued"])
def test_the_clerk_may_not_delete_its_draft_once_the_hosters_closing_bill_is_written(pg_db, logins, monkeypatch,
                                                                                     capsys, how):
    w, c, hoster, clerk = _moved_to_acme(pg_db, logins)
    a = f"reseller:{w.resellers['acme']}"
    _hidden_closing(pg_db, c, hoster, clerk, how)
    written = BILLED_ONCE + [(a, MAR15, "invoice", D("64.26"))]
    assert _totals(pg_db, c) == written and _marks(pg_db, c) == MARCH_CLOSED
    draft = _draft(pg_db, c, a)

    refused = _refusal(clerk, draft)
    assert str(refused) == (
        f"draft #{draft} cannot be deleted under your login: company c1 moved, and its period to 2026-03-15 was "
        f"billed for the sellers it left too, whose closing invoices your login cannot see; the hoster's staff must "
        f"delete draft #{draft}, which deletes those closing invoices with it")
    assert "Personal des Hosters" in refused.messages(translator("de"))[0]
    # Nothing was deleted, and no run bills 15 March again: one closing credit note of -25.20.
    assert _totals(pg_db, c) == written and _marks(pg_db, c) == MARCH_CLOSED
    assert run_billing(clerk, MAR15).outcomes == [] and run_billing(hoster, MAR15).outcomes == []
    assert _totals(pg_db, c) == written
    assert billed_by(pg_db, c) == {"hoster": D("63.00"), a: D("54.00")}

    # The command line refuses it as every refusal: exit 2, the sentence on stderr.
    if how == "hoster_closes_what_the_clerk_owed":
        monkeypatch.setenv("PRORATA_DB_PASSWORD", "unused")  # trust authentication; the CLI would ask for one
        url = clerk.url.render_as_string(hide_password=False)
        capsys.readouterr()
        assert main(["invoices", "delete", str(draft), "--db", url]) == 2
        assert "the hoster's staff must delete" in capsys.readouterr().err
        assert _totals(pg_db, c) == written


def test_a_clerk_of_the_seller_moved_to_may_not_delete_once_the_hoster_closed_the_resellers_bill(pg_db, logins):
    """acme -> beta on 1 March, beta's clerk billing: acme's closing bill (the hoster's run writes it) is hidden from
    beta's login as the hoster's is, and acme's cost given back with it would be given back twice."""
    w = world(pg_db)
    c = three_sites(pg_db, w)  # acme's: 3 x 12.00 = 36.00 + 19 % 6.84 = 42.84 on 15 January and 15 February
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    hoster = logins("hoster", "hoster-admin")
    clerk = logins("clerk", "reseller-clerk", "beta")
    run_billing(hoster, FEB15)
    move(pg_db, "c1", "beta", MAR1)
    # beta: 3 x 15.00 x 14/28 = 22.50 and the month ahead 45.00, 67.50 + 10 % 6.75 = 74.25. The hoster's run:
    # acme's -3 x 12.00 x 14/28 = -18.00, 19 % -3.42: -21.42, and acme's cost given back, -3 x 8.00 x 14/28 = -12.00.
    assert _outcomes(run_billing(clerk, MAR15)) == [("c1", MAR15, "billed", "74.25")]
    assert _outcomes(run_billing(hoster, MAR15)) == [("c1", MAR15, "billed", "-21.42")]
    _refusal(clerk, _draft(pg_db, c, b))
    assert run_billing(clerk, MAR15).outcomes == [] and run_billing(hoster, MAR15).outcomes == []
    assert _totals(pg_db, c) == [(a, JAN15, "invoice", D("42.84")), (a, FEB15, "invoice", D("42.84")),
                                 (a, MAR15, "credit_note", D("-21.42")), (b, MAR15, "invoice", D("74.25"))]
    # acme's cost: 3 x 8.00 = 24.00 twice, less 12.00 once: 36.00; beta's 3 x 9.00 x 14/28 = 13.50 and 27.00.
    costs: dict[int, Decimal] = {}
    for reseller_id, *_, amount in accruals(pg_db, c):
        costs[reseller_id] = costs.get(reseller_id, D(0)) + amount
    assert costs == {w.resellers["acme"]: D("36.00"), w.resellers["beta"]: D("40.50")}


def test_the_clerk_of_the_seller_left_may_not_delete_its_closing_invoice_alone(pg_db, logins):
    """acme -> beta on 1 March: acme's closing credit note, written by the hoster's run with beta's period (hidden
    from acme's login), goes only with beta's invoice; deleted alone, its credit and acme's cost given back would
    be lost for good (15 March stays billed)."""
    w = world(pg_db)
    c = three_sites(pg_db, w)  # acme's: 42.84 on 15 January and 15 February (as above)
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    hoster = logins("hoster", "hoster-admin")
    acme_clerk = logins("acme_clerk", "reseller-clerk", "acme")
    run_billing(hoster, FEB15)
    move(pg_db, "c1", "beta", MAR1)
    run_billing(hoster, MAR15)  # beta's 74.25 and acme's -21.42 (as above)
    written = [(a, JAN15, "invoice", D("42.84")), (a, FEB15, "invoice", D("42.84")),
               (a, MAR15, "credit_note", D("-21.42")), (b, MAR15, "invoice", D("74.25"))]
    assert _totals(pg_db, c) == written
    closing = _draft(pg_db, c, a)
    with pytest.raises(ProrataError) as caught:
        _delete(acme_clerk, closing)
    assert str(caught.value) == (
        f"draft #{closing} cannot be deleted under your login: it closes what your seller billed the company before "
        f"it moved, and was written with the other seller's invoice of the period to 2026-03-15, which your login "
        f"cannot see; the hoster's staff must delete that invoice, which deletes draft #{closing} with it")
    assert _totals(pg_db, c) == written and _marks(pg_db, c) == MARCH_CLOSED
    # The hoster's staff delete beta's invoice, which takes acme's along; the next run bills both once.
    _delete(hoster, _draft(pg_db, c, b))
    assert _totals(pg_db, c) == written[:2]
    assert _outcomes(run_billing(hoster, MAR15)) == [("c1", MAR15, "billed", "74.25"),
                                                     ("c1", MAR15, "billed", "-21.42")]
    assert run_billing(hoster, MAR15).outcomes == [] and _totals(pg_db, c) == written
    costs: dict[int, Decimal] = {}  # acme's 24.00 + 24.00 - 12.00 = 36.00; beta's 13.50 + 27.00 = 40.50
    for reseller_id, *_, amount in accruals(pg_db, c):
        costs[reseller_id] = costs.get(reseller_id, D(0)) + amount
    assert costs == {w.resellers["acme"]: D("36.00"), w.resellers["beta"]: D("40.50")}


def _left_refusal(engine, invoice_id, boundary) -> None:
    with pytest.raises(ProrataError) as caught:
        _delete(engine, invoice_id)
    assert str(caught.value) == (
        f"draft #{invoice_id} cannot be deleted under your login: its company has moved to another seller since, whose "
        f"later periods your login cannot see; deleted, the period to {boundary} might never be billed again. The "
        f"hoster's staff must delete draft #{invoice_id}")
    assert "Personal des Hosters" in caught.value.messages(translator("de"))[0]


def test_the_clerk_of_the_seller_left_may_not_delete_its_draft_once_the_new_seller_billed_a_later_period(
        pg_db, logins):
    """acme's c1 moves to beta on 1 March, recorded after acme's clerk billed 15 February; the hoster's run bills
    15 March. beta's 15 March is hidden from acme's login: deleted, acme's 15 February would never be billed again
    (runs bill c1 from 15 March on), acme's 36.00 of it and the hoster's 24.00 of acme's cost lost."""
    w = world(pg_db)
    c = three_sites(pg_db, w)  # acme's: 3 x 12.00 = 36.00 + 19 % 6.84 = 42.84 on 15 January and 15 February
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    hoster = logins("hoster", "hoster-admin")
    staff = logins("staff", "hoster-clerk")
    acme_clerk = logins("acme_clerk", "reseller-clerk", "acme")
    run_billing(acme_clerk, FEB15)
    move(pg_db, "c1", "beta", MAR1)
    # beta: 3 x 15.00 x 14/28 = 22.50 and the month ahead 45.00, 67.50 + 10 % 6.75 = 74.25; acme's closing
    # -3 x 12.00 x 14/28 = -18.00, 19 % -3.42: -21.42, and acme's cost given back, -3 x 8.00 x 14/28 = -12.00.
    assert _outcomes(run_billing(hoster, MAR15, company="c1")) == [("c1", MAR15, "billed", "74.25"),
                                                     ("c1", MAR15, "billed", "-21.42")]
    written = [(a, JAN15, "invoice", D("42.84")), (a, FEB15, "invoice", D("42.84")),
               (a, MAR15, "credit_note", D("-21.42")), (b, MAR15, "invoice", D("74.25"))]
    assert _totals(pg_db, c) == written
    draft = _draft(pg_db, c, a, FEB15)
    _left_refusal(acme_clerk, draft, "2026-02-15")
    # The hoster's staff see beta's 15 March: refused too, as every draft with a later period billed.
    with pytest.raises(ProrataError) as caught:
        _delete(staff, draft)
    assert [p.id for p in caught.value.problems] == ["billed_after"]
    assert _totals(pg_db, c) == written and _marks(pg_db, c) == MARCH_CLOSED
    assert run_billing(hoster, MAR15, company="c1").outcomes == []
    # acme billed 36.00 + 36.00 - 18.00 = 54.00, beta 67.50; acme's cost 24.00 + 24.00 - 12.00 = 36.00, beta's
    # 3 x 9.00 x 14/28 = 13.50 and 27.00: 40.50.
    assert billed_by(pg_db, c) == {a: D("54.00"), b: D("67.50")}
    costs: dict[int, Decimal] = {}
    for reseller_id, *_, amount in accruals(pg_db, c):
        costs[reseller_id] = costs.get(reseller_id, D(0)) + amount
    assert costs == {w.resellers["acme"]: D("36.00"), w.resellers["beta"]: D("40.50")}


def test_the_hosters_staff_delete_a_draft_of_the_seller_left_before_the_new_seller_billed(pg_db, logins):
    """As above, before any run billed 15 March: acme's login cannot tell, so refused all the same; the hoster's
    staff delete it, and the hoster's run bills 15 February again, once (acme's login no longer reads c1)."""
    w = world(pg_db)
    c = three_sites(pg_db, w)  # acme's: 42.84 a month (as above)
    a = f"reseller:{w.resellers['acme']}"
    hoster = logins("hoster", "hoster-admin")
    staff = logins("staff", "hoster-clerk")
    clerk = logins("clerk", "reseller-clerk", "acme")
    run_billing(clerk, FEB15)
    move(pg_db, "c1", "beta", MAR1)  # recorded after 15 February was billed
    draft = _draft(pg_db, c, a, FEB15)
    _left_refusal(clerk, draft, "2026-02-15")
    assert _totals(pg_db, c) == [(a, JAN15, "invoice", D("42.84")), (a, FEB15, "invoice", D("42.84"))]
    _delete(staff, draft)
    assert _totals(pg_db, c) == [(a, JAN15, "invoice", D("42.84"))]
    assert _outcomes(run_billing(hoster, FEB15, company="c1")) == [("c1", FEB15, "billed", "42.84")]
    assert run_billing(hoster, FEB15, company="c1").outcomes == []
    assert _totals(pg_db, c) == [(a, JAN15, "invoice", D("42.84")), (a, FEB15, "invoice", D("42.84"))]


def test_the_clerk_may_delete_a_later_draft_the_hosters_run_wrote_nothing_with(pg_db, logins):
    """The hoster's closing bill is written with 15 March; 15 April, billed by acme's clerk, owes the hoster's bills
    too, and the hoster's run finds nothing: nothing hidden was written with it, the clerk deletes it."""
    w, c, hoster, clerk = _moved_to_acme(pg_db, logins)
    a = f"reseller:{w.resellers['acme']}"
    _hidden_closing(pg_db, c, hoster, clerk, "hoster_closes_what_the_clerk_owed")
    assert _outcomes(run_billing(clerk, APR15)) == [("c1", APR15, "billed", "42.84")]
    assert _marks(pg_db, c) == MARCH_CLOSED | {APR15: "~invoiced"}
    assert run_billing(hoster, APR15, company="c1").outcomes == []
    assert _marks(pg_db, c) == MARCH_CLOSED | {APR15: "invoiced"}  # cleared plain: nothing written with it
    _delete(clerk, _draft(pg_db, c, a, APR15))
    assert _totals(pg_db, c) == BILLED_ONCE + [(a, MAR15, "invoice", D("64.26"))]
    assert _marks(pg_db, c) == MARCH_CLOSED
    # Billed again, once: 3 x 12.00 = 36.00 + 19 % 6.84 = 42.84; the hoster's run again finds nothing.
    assert _outcomes(run_billing(clerk, APR15)) == [("c1", APR15, "billed", "42.84")]
    assert run_billing(hoster, APR15, company="c1").outcomes == [] and run_billing(clerk, APR15).outcomes == []
    assert _totals(pg_db, c) == BILLED_ONCE + [(a, MAR15, "invoice", D("64.26")), (a, APR15, "invoice", D("42.84"))]
    assert _marks(pg_db, c) == MARCH_CLOSED | {APR15: "invoiced"}
    # The hoster 63.00 (as above); acme 54.00 + 36.00 = 90.00.
    assert billed_by(pg_db, c) == {"hoster": D("63.00"), a: D("90.00")}
    # 15 March stays refused: 15 April is billed after it.
    with pytest.raises(ProrataError) as caught:
        _delete(clerk, _draft(pg_db, c, a))
    assert [p.id for p in caught.value.problems] == ["billed_after"]


@pytest.mark.parametrize("workers", [0, 1])
def test_the_clerk_may_delete_a_later_draft_the_hosters_run_billed_alone(pg_db, logins, workers):
    """15 April billed whole by the hoster's run (in a worker process, or not), with nothing of the hoster's: the
    period's mark is plain, and acme's clerk deletes acme's draft; 15 March, billed whole with the hoster's closing
    bill, is ``CLOSED`` (the same bytes either way)."""
    w, c, hoster, clerk = _moved_to_acme(pg_db, logins)
    a = f"reseller:{w.resellers['acme']}"
    assert _outcomes(run_billing(hoster, APR15, company="c1", workers=workers)) == [
        ("c1", MAR15, "billed", "64.26"), ("c1", MAR15, "billed", "-25.20"), ("c1", APR15, "billed", "42.84")]
    assert _marks(pg_db, c) == MARCH_CLOSED | {APR15: "invoiced"}
    _delete(clerk, _draft(pg_db, c, a, APR15))
    assert _totals(pg_db, c) == BILLED_ONCE + [(a, MAR15, "invoice", D("64.26"))]
    # Billed again, once, by acme's clerk: 42.84 (as above).
    assert _outcomes(run_billing(clerk, APR15)) == [("c1", APR15, "billed", "42.84")]
    assert run_billing(hoster, APR15, company="c1").outcomes == []
    assert _totals(pg_db, c) == BILLED_ONCE + [(a, MAR15, "invoice", D("64.26")), (a, APR15, "invoice", D("42.84"))]
    assert billed_by(pg_db, c) == {"hoster": D("63.00"), a: D("90.00")}
    # Deleting acme's 15 April again, then its 15 March: refused, the hoster's closing credit note is written with it.
    _delete(clerk, _draft(pg_db, c, a, APR15))
    _refusal(clerk, _draft(pg_db, c, a, MAR15))
    assert _totals(pg_db, c) == BILLED_ONCE + [(a, MAR15, "invoice", D("64.26"))]


def test_the_clerk_may_delete_its_draft_while_the_period_owes_the_closing_bill(pg_db, logins):
    w, c, hoster, clerk = _moved_to_acme(pg_db, logins)
    a = f"reseller:{w.resellers['acme']}"
    assert _outcomes(run_billing(clerk, MAR15)) == [("c1", MAR15, "billed", "64.26")]
    assert _marks(pg_db, c)[MAR15] == "~invoiced"  # nothing of the hoster's written yet
    _delete(clerk, _draft(pg_db, c, a))
    assert _totals(pg_db, c) == BEFORE_MARCH and _marks(pg_db, c) == {JAN15: "invoiced", FEB15: "invoiced"}
    # Billed again: acme's 64.26 by its clerk, the hoster's -25.20 once by the hoster's run.
    assert _outcomes(run_billing(clerk, MAR15)) == [("c1", MAR15, "billed", "64.26")]
    assert _outcomes(run_billing(hoster, MAR15)) == [("c1", MAR15, "billed", "-25.20")]
    assert run_billing(hoster, MAR15).outcomes == [] and run_billing(clerk, MAR15).outcomes == []
    assert _totals(pg_db, c) == BILLED_ONCE + [(a, MAR15, "invoice", D("64.26"))]
    assert _marks(pg_db, c) == MARCH_CLOSED
    assert billed_by(pg_db, c) == {"hoster": D("63.00"), a: D("54.00")}


def test_the_hosters_staff_delete_the_draft_with_the_closing_invoice_and_the_period_is_billed_again_once(
        pg_db, logins):
    w, c, hoster, clerk = _moved_to_acme(pg_db, logins)
    a = f"reseller:{w.resellers['acme']}"
    staff = logins("staff", "hoster-clerk")
    run_billing(clerk, MAR15)
    run_billing(hoster, MAR15)  # the closing credit note, -25.20
    _delete(staff, _draft(pg_db, c, a))
    assert _totals(pg_db, c) == BEFORE_MARCH and _marks(pg_db, c) == {JAN15: "invoiced", FEB15: "invoiced"}
    # The hoster's run bills the period whole, acme's 64.26 and its own -25.20; then nothing more.
    assert _outcomes(run_billing(hoster, MAR15)) == [("c1", MAR15, "billed", "64.26"),
                                                     ("c1", MAR15, "billed", "-25.20")]
    assert run_billing(hoster, MAR15).outcomes == [] and run_billing(clerk, MAR15).outcomes == []
    assert _totals(pg_db, c) == BILLED_ONCE + [(a, MAR15, "invoice", D("64.26"))]
    assert billed_by(pg_db, c) == {"hoster": D("63.00"), a: D("54.00")}


# --- a clerk's delete while the hoster's run bills what the period owes: two connections, one waiting ----------

def _waiting(db, engine, timeout=30.0) -> str:
    """The statement ``engine``'s login is waiting on a row lock with (polled as the superuser)."""
    login = engine.url.username
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with db.connect() as conn:
            query = conn.execute(text("SELECT query FROM pg_stat_activity WHERE usename = :u "
                                      "AND wait_event_type = 'Lock'"), {"u": login}).scalar()
        if query:
            return query
        time.sleep(0.05)
    raise AssertionError(f"{login} never waited for a lock")


def _in_thread(fn):
    out: dict = {}

    def work():
        try:
            out["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 (handed to the test)
            out["error"] = exc

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread, out


def test_a_clerk_deleting_while_the_hosters_run_writes_the_closing_bill_waits_and_is_refused(pg_db, logins,
                                                                                            monkeypatch):
    w, c, hoster, clerk = _moved_to_acme(pg_db, logins)
    a = f"reseller:{w.resellers['acme']}"
    run_billing(clerk, MAR15)  # 64.26, owing the hoster's closing bill
    draft = _draft(pg_db, c, a)
    computed, go = threading.Event(), threading.Event()
    compute = billing_run.compute_owed

    def held(*args, **kw):  # the run's transaction holds the period's mark while the clerk deletes
        made = compute(*args, **kw)
        computed.set()
        assert go.wait(30)
        return made

    monkeypatch.setattr(billing_run, "compute_owed", held)
    run, ran = _in_thread(lambda: run_billing(hoster, MAR15, workers=0))
    try:
        assert computed.wait(30)
        deleting, deleted = _in_thread(lambda: _delete(clerk, draft))
        assert "DELETE FROM billed_periods" in _waiting(pg_db, clerk)  # the mark, locked by the run
    finally:
        go.set()
        run.join(30)
    deleting.join(30)
    assert _outcomes(ran["result"]) == [("c1", MAR15, "billed", "-25.20")]
    assert isinstance(deleted.get("error"), ProrataError), deleted
    assert [p.id for p in deleted["error"].problems] == ["closing_hidden_from_login"]
    assert _totals(pg_db, c) == BILLED_ONCE + [(a, MAR15, "invoice", D("64.26"))]
    assert _marks(pg_db, c) == MARCH_CLOSED


def test_the_hosters_run_skips_a_period_whose_draft_a_clerk_is_deleting_and_bills_it_once_later(pg_db, logins):
    w, c, hoster, clerk = _moved_to_acme(pg_db, logins)
    a = f"reseller:{w.resellers['acme']}"
    run_billing(clerk, MAR15)
    draft = _draft(pg_db, c, a)
    with unit_of_work(clerk) as s:
        invoice_service.delete_draft(s, draft)  # the mark is gone, not committed yet
        run, ran = _in_thread(lambda: run_billing(hoster, MAR15, workers=0))
        waited_in = _waiting(pg_db, hoster)
    run.join(30)
    # The run read the mark before the delete was committed, and found it gone once it could lock it: it wrote
    # nothing for 15 March (a closing bill now would be billed again with the period).
    assert ran.get("error") is None and ran["result"].outcomes == []
    assert "FOR UPDATE" in waited_in  # the run's lock on the marks, before it computes what they owe
    assert _totals(pg_db, c) == BEFORE_MARCH and _marks(pg_db, c) == {JAN15: "invoiced", FEB15: "invoiced"}
    # Billed again, once: acme's 64.26 by its clerk, the hoster's -25.20 by the hoster's run.
    assert _outcomes(run_billing(clerk, MAR15)) == [("c1", MAR15, "billed", "64.26")]
    assert _outcomes(run_billing(hoster, MAR15)) == [("c1", MAR15, "billed", "-25.20")]
    assert run_billing(hoster, MAR15).outcomes == []
    assert _totals(pg_db, c) == BILLED_ONCE + [(a, MAR15, "invoice", D("64.26"))]
    assert billed_by(pg_db, c) == {"hoster": D("63.00"), a: D("54.00")}


def test_periods_billed_before_the_closed_mark_are_marked_by_the_migration(pg_db, logins):
    from app.billing.run import mark_closed_periods

    w, c, hoster, clerk = _moved_to_acme(pg_db, logins)
    _hidden_closing(pg_db, c, hoster, clerk, "hoster_closes_what_the_clerk_owed")
    # acme's clerk bills 15 April, acme's alone: the hoster's run has nothing to write with it.
    run_billing(clerk, APR15)
    run_billing(hoster, APR15)
    assert _marks(pg_db, c) == MARCH_CLOSED | {APR15: "invoiced"}
    # As a database billed before the mark has them: no mark on 15 March.
    with pg_db.begin() as conn:
        conn.exec_driver_sql("UPDATE billed_periods SET outcome = 'invoiced' WHERE outcome = '+invoiced'")
        assert mark_closed_periods(conn) == 1
    # 15 March (the hoster's -25.20 beside acme's 64.26) marked; 15 April (acme's 42.84 alone) not.
    assert _marks(pg_db, c) == MARCH_CLOSED | {APR15: "invoiced"}
    with pg_db.begin() as conn:
        assert mark_closed_periods(conn) == 0  # once
