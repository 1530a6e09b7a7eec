"""What a person may write on an invoice line, on both databases.

A manual invoice (``invoices.create_manual``) and a draft's edit (``invoices.edit_draft``) take lines that
a person wrote: each line's quantity is more than 0, its tax rate from 0 to 100 %, its unit price exact in
the currency and every amount below the stated limit (12 digits before the decimal mark). A refusal names
the line ("line 2: ...", counting from 1) and writes nothing. An invoice needs a line and cannot total less
than 0 before tax (a correction is a credit note); a manual invoice is in the customer's currency. Lines a
run billed, saved unchanged, keep what the run computed, negative proration quantities included.

The world: acme (a reseller, 19 %) sells to c1 and e1; the hoster (20 %) sells to d1 (EUR) and j1 (JPY).
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import Invoice, InvoiceLine
from app.services import billing_view, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build

D = Decimal
ManualLine = invoices.ManualLine

TOO_LARGE = "is too large: an amount has at most 12 digits before the decimal mark (up to 999,999,999,999.99)"
NOT_A_RATE = "is not a tax rate: write a percentage from 0 to 100 with at most 4 decimals, such as \"20\" or \"7.5\""


@pytest.fixture
def world(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    # e1 takes 5 SharePoint sites and keeps only 2 from Feb 1: its Feb 15 invoice credits 3 sites back.
    add_company(db, w, "e1", reseller="acme", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 5}),
        (date(2026, 2, 1), "quantity", {"plan": "sharepoint-sites", "quantity": 2})])
    add_company(db, w, "j1", currency="JPY", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15))
    return w


def _draft(engine, company_id, period_start):
    with unit_of_work(engine) as s:
        return s.scalar(select(Invoice.id).where(Invoice.company_id == company_id,
                                                 Invoice.period_start == period_start))


def _state(engine, invoice_id):
    """The invoice's kind and totals and its lines, to show that nothing changed."""
    with unit_of_work(engine) as s:
        inv = s.get(Invoice, invoice_id)
        rows = s.execute(select(InvoiceLine.position, InvoiceLine.kind, InvoiceLine.company_id, InvoiceLine.plan_id,
                                InvoiceLine.extra_code, InvoiceLine.quantity, InvoiceLine.unit_price,
                                InvoiceLine.start, InvoiceLine.end, InvoiceLine.tax_rate, InvoiceLine.amount)
                         .where(InvoiceLine.invoice_id == invoice_id).order_by(InvoiceLine.position)).all()
        return (inv.kind, inv.subtotal, inv.tax, inv.total, inv.version), [tuple(r) for r in rows]


def _count(engine):
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(Invoice)), \
            s.scalar(select(func.count()).select_from(InvoiceLine))


def _refused_manual(engine, lines, customer="c1", currency="EUR"):
    """The messages of a manual invoice that is refused; checks that nothing was written."""
    before = _count(engine)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(engine) as s:
            invoices.create_manual(s, customer, currency, lines)
    assert _count(engine) == before
    return exc.value.messages()


def _refused_edit(engine, invoice_id, lines):
    """The messages of a draft edit that is refused; checks that the draft is as it was."""
    before = _state(engine, invoice_id)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(engine) as s:
            invoices.edit_draft(s, invoice_id, lines)
    assert _state(engine, invoice_id) == before
    return exc.value.messages()


def _work(quantity=D(1), unit=D("80.00"), rate=D("19")):
    return ManualLine({"en": "Migration work"}, quantity, unit, rate)


GOOD = _work()


# Quantities ----------------------------------------------------------------------------------------------

def test_a_negative_quantity_is_refused_and_its_line_named(db, world):
    assert _refused_manual(db, [GOOD, _work(quantity=D(-1))]) == [
        "line 2: a quantity must not be negative (not -1)"]
    feb = _draft(db, world.companies["c1"], date(2026, 2, 15))
    with unit_of_work(db) as s:
        kept = billing_view.draft_lines(s, feb)
    # The draft's four billed lines, then the line a person added: line 5.
    assert _refused_edit(db, feb, kept + [_work(quantity=D("-0.5"), unit=D("-10.00"))]) == [
        "line 5: a quantity must not be negative (not -0.5)"]


def test_a_quantity_of_zero_is_refused(db, world):
    assert _refused_manual(db, [_work(quantity=D(0))]) == [
        "line 1: a quantity of 0 bills nothing: remove the line instead"]
    assert _refused_manual(db, [GOOD, GOOD, _work(quantity=D("0.0000"))]) == [
        "line 3: a quantity of 0 bills nothing: remove the line instead"]


def test_a_billed_line_with_its_quantity_changed_is_a_line_a_person_wrote(db, world):
    # e1's Feb 15 draft: 2 sites x 12.00 = 24.00 for Feb 15 - Mar 15, and 3 sites fewer from Feb 1:
    # -3 x 12.00 x 14/31 days = -16.258... -> -16.26.
    feb = _draft(db, world.companies["e1"], date(2026, 2, 15))
    with unit_of_work(db) as s:
        lines = billing_view.draft_lines(s, feb)
    assert [(ln.kind, ln.quantity, ln.amount) for ln in lines] == [
        ("recurring", D(2), D("24.00")), ("proration", D(-3), D("-16.26"))]
    # Changed, its amount is recomputed (quantity x price x its share of the period); a give-back the run
    # wrote stays one (tests/test_draft_edit_give_back.py): -2 x 12.00 x 14/31 = -336/31 = -10.838... -> -10.84.
    lines[1] = replace(lines[1], quantity=D(-2), amount=None)
    with unit_of_work(db) as s:
        invoices.edit_draft(s, feb, lines)
    header, rows = _state(db, feb)
    # 24.00 - 10.84 = 13.16 before tax.
    assert (rows[1][1], rows[1][5], rows[1][10], header[1]) == ("proration", D(-2), D("-10.84"), D("13.16"))


# Tax rates -----------------------------------------------------------------------------------------------

def test_a_tax_rate_below_0_or_above_100_is_refused(db, world):
    assert _refused_manual(db, [GOOD, _work(rate=D(-1))]) == [f"line 2: '-1' {NOT_A_RATE}"]
    assert _refused_manual(db, [_work(rate=D("100.5")), GOOD]) == [f"line 1: '100.5' {NOT_A_RATE}"]
    feb = _draft(db, world.companies["e1"], date(2026, 2, 15))
    with unit_of_work(db) as s:
        kept = billing_view.draft_lines(s, feb)
    assert _refused_edit(db, feb, kept + [_work(rate=D("-0.01"))]) == [f"line 3: '-0.01' {NOT_A_RATE}"]


def test_tax_rates_of_0_and_100_are_taken(db, world):
    with unit_of_work(db) as s:
        inv = invoices.create_manual(s, "c1", "EUR", [_work(unit=D("10.00"), rate=D(0)),
                                                      _work(unit=D("10.00"), rate=D(100))])
        # 10.00 untaxed + 10.00 taxed 100 % (10.00): 20.00 + 10.00 = 30.00.
        assert (inv.subtotal, inv.tax, inv.total) == (D("20.00"), D("10.00"), D("30.00"))


# Unit prices and amounts ---------------------------------------------------------------------------------

def test_a_unit_price_with_more_decimals_than_the_currency_is_refused(db, world):
    assert _refused_manual(db, [GOOD, _work(unit=D("9.999"))]) == [
        "line 2: 9.999 has more decimals than EUR allows (2)"]
    # The yen has no minor unit: 1500.5 is refused, 1500 is taken.
    assert _refused_manual(db, [_work(unit=D("1500.5"), rate=D(20))], customer="j1", currency="JPY") == [
        "line 1: 1500.5 has more decimals than JPY allows (0)"]
    with unit_of_work(db) as s:
        inv = invoices.create_manual(s, "j1", "JPY", [_work(unit=D("1500"), rate=D(20))])
        # 1500 + 20 % = 1800.
        assert (inv.subtotal, inv.tax, inv.total) == (D(1500), D(300), D(1800))


def test_quantity_times_price_must_be_exact_in_the_currency(db, world):
    # 0.5 x 0.05 = 0.025: a third decimal EUR has not; nothing is rounded away silently.
    assert _refused_manual(db, [_work(quantity=D("0.5"), unit=D("0.05"))]) == [
        "line 1: 0.025 has more decimals than EUR allows (2)"]


def test_amounts_over_the_limit_are_refused(db, world):
    # The limit: 12 digits before the decimal mark, 999,999,999,999.99 at most, either side of zero.
    assert _refused_manual(db, [GOOD, _work(unit=D("1000000000000.00"), rate=D(0))]) == [
        f"line 2: 1000000000000.00 {TOO_LARGE}"]
    assert _refused_manual(db, [GOOD, _work(unit=D("-1000000000000.00"), rate=D(0))]) == [
        f"line 2: -1000000000000.00 {TOO_LARGE}"]
    # Each factor is below the limit; 2 x 500,000,000,000.00 is not.
    assert _refused_manual(db, [_work(quantity=D(2), unit=D("500000000000.00"), rate=D(0))]) == [
        f"line 1: 1000000000000.00 {TOO_LARGE}"]
    # Two lines under the limit whose sum is not.
    assert _refused_manual(db, [_work(unit=D("600000000000.00"), rate=D(0))] * 2) == [
        f"subtotal: 1200000000000.00 {TOO_LARGE}"]
    # 999,999,999,999.99 + 20 % (199,999,999,999.998 -> 200,000,000,000.00) = 1,199,999,999,999.99.
    assert _refused_manual(db, [_work(unit=D("999999999999.99"), rate=D(20))]) == [
        f"total: 1199999999999.99 {TOO_LARGE}"]


def test_the_largest_amount_is_taken_and_kept_exactly(db, world):
    with unit_of_work(db) as s:
        inv_id = invoices.create_manual(s, "c1", "EUR", [_work(unit=D("999999999999.99"), rate=D(0))]).id
    with unit_of_work(db) as s:
        inv = s.get(Invoice, inv_id)
        assert (inv.subtotal, inv.tax, inv.total) == (D("999999999999.99"), D(0), D("999999999999.99"))


# The invoice as a whole ----------------------------------------------------------------------------------

def test_an_invoice_without_lines_is_refused(db, world):
    (message,) = _refused_manual(db, [])
    assert re.fullmatch(r"draft #\d+ needs at least one line", message), message
    feb = _draft(db, world.companies["e1"], date(2026, 2, 15))
    assert _refused_edit(db, feb, []) == [f"draft #{feb} needs at least one line"]


def test_an_invoice_below_zero_is_refused(db, world):
    (message,) = _refused_manual(db, [_work(unit=D("10.00")), _work(unit=D("-15.00"))])
    # 10.00 - 15.00 = -5.00
    assert re.fullmatch(r"draft #\d+ would total -5\.00 EUR before tax: an invoice cannot be negative; "
                        r"credit the invoice it corrects instead", message), message

    # e1's Feb 15 draft totals 24.00 - 16.26 = 7.74 before tax; a goodwill of 10.00 would make it -2.26.
    feb = _draft(db, world.companies["e1"], date(2026, 2, 15))
    with unit_of_work(db) as s:
        kept = billing_view.draft_lines(s, feb)
    assert _refused_edit(db, feb, kept + [_work(unit=D("-10.00"))]) == [
        f"draft #{feb} would total -2.26 EUR before tax: an invoice cannot be negative; "
        f"credit the invoice it corrects instead"]


def test_a_discount_down_to_exactly_zero_is_taken(db, world):
    feb = _draft(db, world.companies["e1"], date(2026, 2, 15))
    with unit_of_work(db) as s:
        kept = billing_view.draft_lines(s, feb)
        inv = invoices.edit_draft(s, feb, kept + [_work(unit=D("-7.74"))])
        # 24.00 - 16.26 - 7.74 = 0.00
        assert (inv.kind, inv.subtotal, inv.total) == ("invoice", D(0), D(0))


def test_a_manual_invoice_is_in_the_customers_currency(db, world):
    assert _refused_manual(db, [GOOD], customer="c1", currency="JPY") == [
        "c1 is billed in EUR, not JPY: a manual invoice is in the customer's currency"]
    assert _refused_manual(db, [_work(unit=D("2500"))], customer="d1", currency="JPY") == [
        "d1 is billed in EUR, not JPY: a manual invoice is in the customer's currency"]
    assert _refused_manual(db, [_work(unit=D("10.00"))], customer="j1", currency="EUR") == [
        "j1 is billed in JPY, not EUR: a manual invoice is in the customer's currency"]
    assert _refused_manual(db, [GOOD], customer="acme", currency="USD") == [
        "acme is billed in EUR, not USD: a manual invoice is in the customer's currency"]


# A run's own lines ---------------------------------------------------------------------------------------

def test_a_run_draft_with_negative_proration_saved_unchanged_is_kept(db, world):
    feb = _draft(db, world.companies["e1"], date(2026, 2, 15))
    before = _state(db, feb)
    # 24.00 - 16.26 = 7.74; tax 19 % of 7.74 = 1.4706 -> 1.47; 9.21.
    assert before[0][:4] == ("invoice", D("7.74"), D("1.47"), D("9.21"))
    assert [(ln[1], ln[5], ln[6], ln[7], ln[8], ln[10]) for ln in before[1]] == [
        ("recurring", D(2), D("12.00"), date(2026, 2, 15), date(2026, 3, 15), D("24.00")),
        ("proration", D(-3), D("12.00"), date(2026, 2, 1), date(2026, 2, 15), D("-16.26"))]
    with unit_of_work(db) as s:
        invoices.edit_draft(s, feb, billing_view.draft_lines(s, feb))
    after = _state(db, feb)
    assert after[1] == before[1]
    assert after[0][:4] == before[0][:4]


def test_a_run_credit_note_draft_saved_unchanged_is_kept(db, world):
    # c1 on Mar 15: Exchange 6.00 in advance; Feb 20, 3 -> 5 sites: +2 x 12.00 x 23/28 = 19.714... -> 19.71;
    # Mar 1, the 5 sites cancelled: -5 x 12.00 x 14/28 = -30.00. 6.00 + 19.71 - 30.00 = -4.29: a credit note,
    # which the rule against negative invoices does not concern.
    mar = _draft(db, world.companies["c1"], date(2026, 3, 15))
    before = _state(db, mar)
    assert before[0][:2] == ("credit_note", D("-4.29"))
    assert [(ln[1], ln[5], ln[10]) for ln in before[1]] == [
        ("recurring", D(1), D("6.00")), ("proration", D(2), D("19.71")), ("proration", D(-5), D("-30.00"))]
    with unit_of_work(db) as s:
        invoices.edit_draft(s, mar, billing_view.draft_lines(s, mar))
    after = _state(db, mar)
    assert after[1] == before[1]
    assert after[0][:4] == before[0][:4]


def test_a_wholesale_draft_with_negative_proration_saved_unchanged_is_kept(db, world):
    # acme's Mar 1 wholesale invoice carries e1's 3 sites fewer at its cost: -3 x 8.00 x 14/31 = -10.838 -> -10.84.
    with unit_of_work(db) as s:
        wholesale = s.scalar(select(Invoice.id).where(Invoice.kind == "wholesale",
                                                      Invoice.period_start == date(2026, 3, 1)))
    before = _state(db, wholesale)
    assert ("proration", D(-3), D("-10.84")) in [(ln[1], ln[5], ln[10]) for ln in before[1]]
    with unit_of_work(db) as s:
        invoices.edit_draft(s, wholesale, billing_view.draft_lines(s, wholesale))
    assert _state(db, wholesale)[1] == before[1]


def test_a_billed_line_is_kept_once_not_repeated(db, world):
    # The same -3 proration line (-10.84) twice would be a credit a person wrote without a credit note.
    with unit_of_work(db) as s:
        wholesale = s.scalar(select(Invoice.id).where(Invoice.kind == "wholesale",
                                                      Invoice.period_start == date(2026, 3, 1)))
        lines = billing_view.draft_lines(s, wholesale)
    proration = next(k for k, ln in enumerate(lines) if ln.kind == "proration" and ln.amount == D("-10.84"))
    messages = _refused_edit(db, wholesale, lines + [lines[proration]])
    assert messages == [f"line {len(lines) + 1}: its amount -10.84 is not -3 x 8.00: only a billed line, "
                        "unchanged, keeps an amount of its own, and only once"]


# The command line ----------------------------------------------------------------------------------------

def _url(engine):
    return engine.url.render_as_string(hide_password=False)


def test_cli_new_with_a_negative_quantity_names_the_json_path_and_writes_nothing(db, world, tmp_path, capsys):
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"customer": "c1", "currency": "EUR", "lines": [
        {"description": "Migration work", "quantity": "1", "unit_price": "80.00"},
        {"description": "Refund", "quantity": "-1", "unit_price": "80.00"}]}))
    before = _count(db)
    assert main(["invoices", "new", str(path), "--db", _url(db)]) == 2
    err = capsys.readouterr().err
    assert "$.lines[1].quantity: a quantity must not be negative (not -1)" in err
    assert "Traceback" not in err
    assert _count(db) == before


def test_cli_new_in_another_currency_than_the_customers_writes_nothing(db, world, tmp_path, capsys):
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"customer": "c1", "currency": "JPY", "lines": [
        {"description": "Migration work", "quantity": "1", "unit_price": "8000"}]}))
    before = _count(db)
    assert main(["invoices", "new", str(path), "--db", _url(db)]) == 2
    assert "c1 is billed in EUR, not JPY: a manual invoice is in the customer's currency" in capsys.readouterr().err
    assert _count(db) == before


def test_cli_edit_keeping_a_negative_proration_line(db, world, tmp_path, capsys):
    feb = _draft(db, world.companies["e1"], date(2026, 2, 15))
    before = _state(db, feb)
    path = tmp_path / "edit.json"
    path.write_text(json.dumps({"lines": [{"keep": 1}, {"keep": 2}]}))
    assert main(["invoices", "edit", str(feb), str(path), "--db", _url(db)]) == 0
    assert "total 9.21 EUR" in capsys.readouterr().out
    assert _state(db, feb)[1] == before[1]
