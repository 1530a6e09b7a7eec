"""An invoice that says no VAT is charged charges none (both databases).

A customer taxed by reverse charge, or exempt, gets invoices at 0 % that carry the note saying so
(``app.billing.tax.customer_rate``; manual invoices too, ``invoices._tax_of``). A line of such an invoice at
another rate would print "VAT 21 %" under "reverse charge": ``create_manual`` and a draft's edit refuse it,
naming the line, its rate and why; on the command line with exit 2. A line written without a rate takes the
customer's, 0 % here. tests/billing_world.py: the hoster at 20 %, reseller acme at 19 %, the hoster's
archiving at 20.00 EUR a month; companies sign up on 15 January 2026.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import Invoice, InvoiceLine, Reseller
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
JAN15 = date(2026, 1, 15)


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def line(price: str, rate: str, qty: str = "1") -> invoices.ManualLine:
    return invoices.ManualLine({"en": "Setup"}, D(qty), D(price), tax_rate=D(rate))


def refused(engine, act) -> list[tuple[str, str, str]]:
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(engine) as s:
            act(s)
    return [(p.where, p.id, p.message()) for p in exc.value.problems]


def count(engine, model) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def world(db):
    w = build(db)
    add_company(db, w, "nl1", tax_treatment="reverse_charge")
    add_company(db, w, "ex1", reseller="acme", tax_treatment="exempt")
    add_company(db, w, "st1")
    return db, w


def test_a_manual_invoice_under_reverse_charge_refuses_a_taxed_line(world):
    db, w = world
    assert refused(db, lambda s: invoices.create_manual(s, "nl1", "EUR", [line("10.00", "0"),
                                                                           line("200.00", "21")])) == [
        ("line 2", "taxed_under_reverse_charge",
         "line 2: its tax rate is 21%, but nl1 is taxed by reverse charge and the invoice says so: each of its "
         "lines is at rate 0 (leave the rate out to take the customer's)")]
    assert count(db, Invoice) == 0


def test_a_manual_invoice_for_an_exempt_customer_refuses_a_taxed_line(world):
    db, w = world
    assert refused(db, lambda s: invoices.create_manual(s, "ex1", "EUR", [line("200.00", "7.5")])) == [
        ("line 1", "taxed_when_exempt",
         "line 1: its tax rate is 7.5%, but ex1 is exempt from VAT and the invoice says so: each of its lines "
         "is at rate 0 (leave the rate out to take the customer's)")]
    assert count(db, Invoice) == 0


def test_a_reverse_charge_reseller_and_a_standard_company(world):
    db, w = world
    with unit_of_work(db) as s:
        s.get(Reseller, w.resellers["acme"]).tax_treatment = "reverse_charge"
    assert refused(db, lambda s: invoices.create_manual(s, "acme", "EUR", [line("50.00", "20")]))[0][:2] == (
        "line 1", "taxed_under_reverse_charge")
    with unit_of_work(db) as s:  # a standard customer takes any rate, as before
        inv = invoices.create_manual(s, "st1", "EUR", [line("200.00", "21")])
        assert (inv.tax_note, inv.tax, inv.total) == (None, D("42.00"), D("242.00"))


def test_a_draft_edit_refuses_a_taxed_line_and_keeps_the_draft(world):
    db, w = world
    with unit_of_work(db) as s:
        draft = invoices.create_manual(s, "nl1", "EUR", [line("200.00", "0")])
        draft_id, version = draft.id, draft.version
    assert refused(db, lambda s: invoices.edit_draft(s, draft_id, [line("200.00", "0"), line("10.00", "19")]))[0][:2] \
        == ("line 2", "taxed_under_reverse_charge")
    with unit_of_work(db) as s:
        inv = s.get(Invoice, draft_id)
        assert (inv.version, inv.subtotal, inv.tax, inv.total) == (version, D("200.00"), D("0.00"), D("200.00"))
        assert s.scalar(select(func.count()).select_from(InvoiceLine).where(InvoiceLine.invoice_id == draft_id)) == 1


def test_a_billing_runs_draft_under_reverse_charge_is_edited_at_rate_0_only(db):
    w = build(db)
    add_company(db, w, "nl1", tax_treatment="reverse_charge", events=[(JAN15, "subscribe", {"plan": "archiving"})])
    run_billing(db, JAN15)
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice)).one()
        assert inv.tax_note == "reverse_charge"
        draft_id = inv.id
    assert refused(db, lambda s: invoices.edit_draft(s, draft_id, [line("20.00", "20")]))[0][:2] == (
        "line 1", "taxed_under_reverse_charge")
    with unit_of_work(db) as s:
        edited = invoices.edit_draft(s, draft_id, [line("20.00", "0", qty="2")])
        assert (edited.tax, edited.total) == (D("0.00"), D("40.00"))


def test_the_command_line_refuses_with_exit_2_and_a_line_without_a_rate_takes_0(world, tmp_path, capsys):
    db, w = world
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"customer": "nl1", "currency": "EUR", "lines": [
        {"description": {"en": "Setup"}, "quantity": "1", "unit_price": "200.00", "tax_rate": "21"}]}))
    assert main(["invoices", "new", str(path), "--db", url(db)]) == 2
    err = capsys.readouterr().err
    assert "line 1: its tax rate is 21%, but nl1 is taxed by reverse charge" in err and "Traceback" not in err
    assert count(db, Invoice) == 0
    path.write_text(json.dumps({"customer": "nl1", "currency": "EUR", "lines": [
        {"description": {"en": "Setup"}, "quantity": "1", "unit_price": "200.00"}]}))
    assert main(["invoices", "new", str(path), "--db", url(db)]) == 0
    assert "total 200.00 EUR" in capsys.readouterr().out
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice)).one()
        assert inv.tax_note == "reverse_charge"
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"lines": [{"keep": 1}, {"description": {"en": "Extra"}, "quantity": "1",
                                                        "unit_price": "10.00", "tax_rate": "19"}]}))
    assert main(["invoices", "edit", str(inv.id), str(edit), "--db", url(db)]) == 2
    assert "line 2: its tax rate is 19%, but nl1 is taxed by reverse charge" in capsys.readouterr().err
    edit.write_text(json.dumps({"lines": [{"keep": 1}, {"description": {"en": "Extra"}, "quantity": "1",
                                                        "unit_price": "10.00"}]}))
    assert main(["invoices", "edit", str(inv.id), str(edit), "--db", url(db)]) == 0
    assert "total 210.00 EUR" in capsys.readouterr().out
