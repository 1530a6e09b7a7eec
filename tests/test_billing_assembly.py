"""Minimum charges, tax and credit notes, worked by hand."""
from __future__ import annotations

from decimal import Decimal

from app.billing.assembly import DEFERRED, INVOICE, NOTHING, Minimum, assemble
from app.billing.tax import customer_rate, tax_total

D = Decimal


def test_no_lines_no_invoice():
    assert assemble([], D("20"), "EUR", None).outcome == NOTHING


def test_tax_per_rate_rounded_once():
    # 3 x 0.07 = 0.21 at 20 % = 0.042 -> 0.04 (taxing each line would give 3 x 0.01 = 0.03).
    d = assemble([D("0.07")] * 3, D("20"), "EUR", None)
    assert (d.subtotal, d.tax, d.total) == (D("0.21"), D("0.04"), D("0.25"))
    # Two rates: 100.00 at 19 % = 19.00 and 10.00 at 7 % = 0.70.
    assert tax_total([(D("100.00"), D("19")), (D("10.00"), D("7"))], "EUR") == D("19.70")


def test_minimum_defer_and_top_up():
    small = [D("3.10"), D("0.40")]  # 3.50 under a 5.00 minimum
    deferred = assemble(small, D("20"), "EUR", Minimum(D("5.00"), "defer"))
    assert deferred.outcome == DEFERRED and deferred.subtotal == D("3.50")
    # What waits, taxed for information: 3.50 + 20 % = 4.20 (the next invoice taxes it afresh).
    assert (deferred.tax, deferred.total) == (D("0.70"), D("4.20"))
    topped = assemble(small, D("20"), "EUR", Minimum(D("5.00"), "top_up"))
    # Top-up line 1.50; subtotal 5.00; tax 20 % = 1.00; total 6.00.
    assert (topped.outcome, topped.top_up, topped.subtotal, topped.tax, topped.total) == (
        INVOICE, D("1.50"), D("5.00"), D("1.00"), D("6.00"))
    # At or above the minimum, nothing changes.
    assert assemble([D("5.00")], D("0"), "EUR", Minimum(D("5.00"), "defer")).outcome == INVOICE


def test_negative_total_is_a_credit_note_and_ignores_the_minimum():
    d = assemble([D("6.00"), D("-30.00")], D("20"), "EUR", Minimum(D("5.00"), "defer"))
    # -24.00, tax -4.80, total -28.80
    assert (d.kind, d.subtotal, d.tax, d.total) == ("credit_note", D("-24.00"), D("-4.80"), D("-28.80"))


def test_treatments():
    assert customer_rate("standard", D("20"), None) == (D("20"), None)
    assert customer_rate("standard", D("20"), D("5.5")) == (D("5.5"), None)
    assert customer_rate("reverse_charge", D("20"), None) == (D("0"), "reverse_charge")
    assert customer_rate("exempt", D("20"), D("7")) == (D("0"), "exempt")


def test_jpy_tax_has_no_decimals():
    # 1,234 JPY at 10 % = 123.4 -> 123.
    d = assemble([D("1234")], D("10"), "JPY", None)
    assert (d.tax, d.total) == (D("123"), D("1357"))


def test_top_up_reaches_the_minimum_with_the_charges_and_gives_the_credits_in_full():
    top_up = Minimum(D("10.00"), "top_up")
    # Charges 8.00 under 10.00: topped up by 2.00; the credit -3.00 given in full: 8.00 + 2.00 - 3.00 = 7.00;
    # tax 20 % = 1.40; total 8.40.
    d = assemble([D("8.00"), D("-3.00")], D("20"), "EUR", top_up)
    assert (d.outcome, d.kind, d.top_up, d.subtotal, d.tax, d.total) == (
        INVOICE, "invoice", D("2.00"), D("7.00"), D("1.40"), D("8.40"))
    # Charges 13.00 reach the minimum: no top-up, whatever the credit: 13.00 - 6.29 = 6.71.
    d = assemble([D("13.00"), D("-6.29")], D("0"), "EUR", top_up)
    assert (d.top_up, d.subtotal, d.total) == (D("0"), D("6.71"), D("6.71"))
    # A larger credit: still 3.00 topped up by 7.00 to 10.00, the credit of 30.00 given in full: -20.00, a credit
    # note (no jump in the minimum where the total turns negative).
    d = assemble([D("3.00"), D("-30.00")], D("0"), "EUR", top_up)
    assert (d.kind, d.top_up, d.subtotal, d.total) == ("credit_note", D("7.00"), D("-20.00"), D("-20.00"))
    # An invoice that charges nothing (credits only) is not topped up.
    d = assemble([D("-5.00")], D("0"), "EUR", top_up)
    assert (d.kind, d.top_up, d.total) == ("credit_note", D("0"), D("-5.00"))


def test_defer_weighs_the_net_subtotal():
    # 13.00 - 6.29 = 6.71 under a 10.00 minimum (defer): a small net amount waits for the next invoice.
    d = assemble([D("13.00"), D("-6.29")], D("0"), "EUR", Minimum(D("10.00"), "defer"))
    assert (d.outcome, d.subtotal) == (DEFERRED, D("6.71"))
