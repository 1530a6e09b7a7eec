"""Naming an invoice when several issuers use the same number; deleting drafts that a reseller's
settlement already took; a change refused when the invoice changed since it was read (both databases)."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import Accrual, Invoice
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build, snapshot
from tests.actors import recorded


@pytest.fixture
def billed(db):
    """c1 under reseller acme (reseller_bills, billing day 1) and d1 of the hoster's own, billed to
    15 February: c1's 15 January draft has accrued its cost, which acme's 1 February draft took."""
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 15))
    return w


def _first(engine, **where) -> int:
    with unit_of_work(engine) as s:
        q = select(Invoice.id).order_by(Invoice.period_start, Invoice.id)
        for key, value in where.items():
            q = q.where(getattr(Invoice, key) == value)
        return s.scalars(q).first()


def test_a_number_used_by_two_issuers_must_be_told_apart(db, billed, capsys):
    c1, d1 = _first(db, company_id=billed.companies["c1"]), _first(db, company_id=billed.companies["d1"])
    with unit_of_work(db) as s:
        a = invoices.issue(s, c1, date(2026, 2, 15)).number  # acme's series
        h = invoices.issue(s, d1, date(2026, 2, 15)).number  # the hoster's series
    assert a == h == "INV-2026-00001"  # both series start with the same default format

    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as exc:
            invoices.find(s, "INV-2026-00001")
        assert exc.value.messages() == [
            "INV-2026-00001 names 2 invoices, one of each of these issuers: acme, hoster; say which, as "
            "ISSUER:INV-2026-00001 (such as acme:INV-2026-00001)"]
        assert invoices.find(s, "acme:INV-2026-00001").id == c1
        assert invoices.find(s, "INV-2026-00001", "hoster").id == d1

    # The CLI refuses to guess and credits nothing; with the issuer it credits the one meant.
    assert main(["invoices", "credit", "INV-2026-00001", "--db", db.url.render_as_string(False)]) == 2
    assert "names 2 invoices" in capsys.readouterr().err
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).where(Invoice.kind == "credit_note")) == 0
    assert main(["invoices", "credit", "INV-2026-00001", "--issuer", "hoster",
                 "--db", db.url.render_as_string(False)]) == 0
    with unit_of_work(db) as s:
        assert s.get(Invoice, d1).status == "void" and s.get(Invoice, c1).status == "issued"
    assert main(["invoices", "show", "nobody:INV-2026-00001", "--db", db.url.render_as_string(False)]) == 2
    assert "no issuer 'nobody'" in capsys.readouterr().err


def test_deleting_drafts_a_settlement_took_is_refused_until_the_settlement_goes(db):
    billed = build(db)
    add_company(db, billed, "c1", reseller="acme", events=CONTOSO_EVENTS)
    run_billing(db, date(2026, 2, 1))  # c1 on 15 January, and acme's settlement of 1 February
    expected = snapshot(db)
    c1 = _first(db, company_id=billed.companies["c1"])
    wholesale = _first(db, customer_reseller_id=billed.resellers["acme"])
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).where(Accrual.invoice_id == c1,
                                                   Accrual.settled_by_id == wholesale)) > 0
        ws_label = invoices.label(s.get(Invoice, wholesale))

    # The company's draft first: its cost is already on acme's draft, so the rerun would bill it twice.
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as exc:
            invoices.delete_draft(s, c1)
    assert exc.value.messages() == [
        f"draft #{c1} cannot be deleted: its cost to reseller acme is already on the hoster's {ws_label}; "
        "delete that draft first, then this one"]

    # The settlement draft goes (its accruals wait for the next settlement), then the company's draft.
    with unit_of_work(db) as s:
        invoices.delete_draft(s, wholesale)
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).where(Accrual.settled_by_id.is_not(None))) == 0
        invoices.delete_draft(s, c1)
    run_billing(db, date(2026, 2, 1))
    assert snapshot(db) == expected  # billed again exactly as before: the reseller's cost once


def test_a_company_draft_whose_cost_was_invoiced_to_the_reseller_is_credited_instead(db):
    billed = build(db)
    add_company(db, billed, "c1", reseller="acme", events=CONTOSO_EVENTS)
    run_billing(db, date(2026, 2, 1))
    c1 = _first(db, company_id=billed.companies["c1"])
    wholesale = _first(db, customer_reseller_id=billed.resellers["acme"])
    with unit_of_work(db) as s:
        number = invoices.issue(s, wholesale, date(2026, 2, 15)).number
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as exc:
            invoices.delete_draft(s, c1)
    assert exc.value.messages()[0].endswith(
        f"already on the hoster's {number}; issue this draft and credit it instead, so that the "
        "reseller's cost is credited too")


def test_a_change_to_an_invoice_changed_since_it_was_read_is_refused(db, billed, monkeypatch):
    d1 = _first(db, company_id=billed.companies["d1"])
    with unit_of_work(db) as s:
        seen = invoices.invoice_json(s, s.get(Invoice, d1))["version"]
        lines = [ln for ln in __import__("app.services.billing_view", fromlist=["x"]).draft_lines(s, d1)]
    monkeypatch.setenv("PRORATA_ACTOR", "bob")
    with unit_of_work(db) as s:
        invoices.edit_draft(s, d1, lines[:1], expected_version=seen)  # bob saves first
    monkeypatch.setenv("PRORATA_ACTOR", "alice")
    for act in (lambda s: invoices.edit_draft(s, d1, lines, expected_version=seen),
                lambda s: invoices.issue(s, d1, date(2026, 2, 15), expected_version=seen),
                lambda s: invoices.delete_draft(s, d1, expected_version=seen)):
        with unit_of_work(db) as s:
            with pytest.raises(ProrataError) as exc:
                act(s)
        assert exc.value.messages() == [
            f"draft #{d1} has changed since you opened it ({recorded(db, 'bob')} edited it); nothing was changed: "
            "open it again "
            "to see their change"]
    with unit_of_work(db) as s:
        inv = s.get(Invoice, d1)
        assert (inv.status, inv.version) == ("draft", seen + 1)


def test_a_draft_with_later_periods_billed_after_it_cannot_be_deleted(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 31))  # 31 January, 28 February, 31 March
    with unit_of_work(db) as s:
        jan, feb, mar = s.scalars(select(Invoice.id).order_by(Invoice.period_start)).all()
    expected = snapshot(db)
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as exc:
            invoices.delete_draft(s, jan)
    assert exc.value.messages() == [
        f"draft #{jan} cannot be deleted: the customer's later periods are billed already, up to draft #{mar}; "
        "a run bills again only after the last billed period, so delete the later drafts first, the latest "
        "first"]
    for draft in (mar, feb, jan):  # latest first: each is billed again by the next run
        with unit_of_work(db) as s:
            invoices.delete_draft(s, draft)
    run_billing(db, date(2026, 3, 31))
    assert snapshot(db) == expected
