"""Worked scenarios for invoice lines. Every expected amount is worked by hand
in the comment beside it."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.billing.lines import EXTRA, PRORATION, RECURRING, invoice_lines
from app.company_state import Event

BASES = {"mail": "per_user", "sites": "per_unit", "flat": "per_plan", "big": "per_unit"}
D = Decimal


def prices(table):
    """A price lookup from {plan: [(valid_from, amount), ...]}: the latest in force on the day."""
    def lookup(plan, day):
        valid = [(f, a) for f, a in table[plan] if f <= day]
        return D(max(valid)[1])
    return lookup


def ev(*items):
    return [Event(**{**e, "seq": i}) for i, e in enumerate(items)]


EUR = prices({"mail": [(date(2000, 1, 1), "6.00")], "sites": [(date(2000, 1, 1), "12.00")],
              "flat": [(date(2000, 1, 1), "20.00")]})

CONTOSO = ev(
    dict(date=date(2026, 1, 15), type="subscribe", plan="mail"),
    dict(date=date(2026, 1, 15), type="assign", plan="mail", user="ann"),
    dict(date=date(2026, 2, 10), type="subscribe", plan="sites", quantity=3),
    dict(date=date(2026, 2, 20), type="quantity", plan="sites", quantity=5),
    dict(date=date(2026, 3, 1), type="cancel", plan="sites"),
    dict(date=date(2026, 2, 3), type="extra", code="support-call", amount=D("50.00"), recurring=False),
)


def summary(lines):
    return [(l.kind, l.plan or l.extra_code, l.start, l.end, l.quantity, l.amount) for l in lines]


def test_anniversary_first_invoice_is_one_period_in_advance():
    lines = invoice_lines(CONTOSO, BASES, "EUR", date(2025, 12, 15), date(2026, 1, 15),
                          date(2026, 2, 15), EUR)
    assert summary(lines) == [(RECURRING, "mail", date(2026, 1, 15), date(2026, 2, 15), 1, D("6.00"))]


def test_mid_period_subscription_and_one_off_extra():
    # Period Jan 15 -> Feb 15 has 31 days. Sites from Feb 10: 3 x 12.00 x 5/31 = 180/31 = 5.806 -> 5.81.
    lines = invoice_lines(CONTOSO, BASES, "EUR", date(2026, 1, 15), date(2026, 2, 15),
                          date(2026, 3, 15), EUR)
    assert summary(lines) == [
        (RECURRING, "mail", date(2026, 2, 15), date(2026, 3, 15), 1, D("6.00")),
        (RECURRING, "sites", date(2026, 2, 15), date(2026, 3, 15), 3, D("36.00")),
        (PRORATION, "sites", date(2026, 2, 10), date(2026, 2, 15), 3, D("5.81")),
        (EXTRA, "support-call", date(2026, 2, 3), date(2026, 2, 4), 1, D("50.00")),
    ]


def test_upgrade_then_cancel_in_a_28_day_period():
    # Period Feb 15 -> Mar 15 has 28 days.
    # Feb 20, 3 -> 5 sites: +2 x 12.00 x 23/28 = 552/28 = 19.714 -> 19.71.
    # Mar 1, cancel 5 sites: -5 x 12.00 x 14/28 = -30.00.
    lines = invoice_lines(CONTOSO, BASES, "EUR", date(2026, 2, 15), date(2026, 3, 15),
                          date(2026, 4, 15), EUR)
    assert summary(lines) == [
        (RECURRING, "mail", date(2026, 3, 15), date(2026, 4, 15), 1, D("6.00")),
        (PRORATION, "sites", date(2026, 2, 20), date(2026, 3, 15), 2, D("19.71")),
        (PRORATION, "sites", date(2026, 3, 1), date(2026, 3, 15), -5, D("-30.00")),
    ]


def test_several_changes_on_one_day_net_into_one_line():
    # Fixed day 1; period Mar 1 -> Apr 1 has 31 days. On Mar 11: 2 -> 7 -> 4 sites, net +2:
    # 2 x 12.00 x 21/31 = 504/31 = 16.258 -> 16.26.
    events = ev(
        dict(date=date(2026, 2, 1), type="subscribe", plan="sites", quantity=2),
        dict(date=date(2026, 3, 11), type="quantity", plan="sites", quantity=7),
        dict(date=date(2026, 3, 11), type="quantity", plan="sites", quantity=4),
    )
    lines = invoice_lines(events, BASES, "EUR", date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1), EUR)
    assert summary(lines) == [
        (RECURRING, "sites", date(2026, 4, 1), date(2026, 5, 1), 4, D("48.00")),
        (PRORATION, "sites", date(2026, 3, 11), date(2026, 4, 1), 2, D("16.26")),
    ]


def test_change_on_the_boundary_is_in_the_new_period_only():
    events = ev(
        dict(date=date(2026, 2, 1), type="subscribe", plan="flat"),
        dict(date=date(2026, 4, 1), type="cancel", plan="flat"),
    )
    # At Apr 1 the plan is already cancelled: nothing recurring, and the cancel
    # is not a change inside (Mar 1, Apr 1).
    assert invoice_lines(events, BASES, "EUR", date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1), EUR) == []


def test_fixed_day_signup_bills_the_stub_and_the_first_period():
    # Billing day 1, signup Jan 20; period Jan 1 -> Feb 1 has 31 days.
    # Stub: 20.00 x 12/31 = 240/31 = 7.741 -> 7.74. Then Feb in advance: 20.00.
    events = ev(dict(date=date(2026, 1, 20), type="subscribe", plan="flat"))
    lines = invoice_lines(events, BASES, "EUR", date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1), EUR)
    assert summary(lines) == [
        (RECURRING, "flat", date(2026, 2, 1), date(2026, 3, 1), 1, D("20.00")),
        (PRORATION, "flat", date(2026, 1, 20), date(2026, 2, 1), 1, D("7.74")),
    ]


def test_plan_change_is_a_cancel_and_a_subscribe():
    # Period Apr 30 -> May 30 (day 30): 30 days. May 10: big (per_unit 4 x 7.50) replaces
    # sites (4 x 12.00): -4 x 12.00 x 20/30 = -32.00; +4 x 7.50 x 20/30 = +20.00.
    table = prices({"sites": [(date(2000, 1, 1), "12.00")], "big": [(date(2000, 1, 1), "7.50")]})
    events = ev(
        dict(date=date(2026, 3, 30), type="subscribe", plan="sites", quantity=4),
        dict(date=date(2026, 5, 10), type="plan_change", plan="sites", to_plan="big"),
    )
    lines = invoice_lines(events, BASES, "EUR", date(2026, 4, 30), date(2026, 5, 30), date(2026, 6, 30), table)
    assert summary(lines) == [
        (RECURRING, "big", date(2026, 5, 30), date(2026, 6, 30), 4, D("30.00")),
        (PRORATION, "big", date(2026, 5, 10), date(2026, 5, 30), 4, D("20.00")),
        (PRORATION, "sites", date(2026, 5, 10), date(2026, 5, 30), -4, D("-32.00")),
    ]


def test_jpy_has_no_decimals():
    # 1,000 JPY per site; period Jan 31 -> Feb 28 (28 days); +1 site on Feb 19: 1000 x 9/28 = 321.43 -> 321.
    table = prices({"sites": [(date(2000, 1, 1), "1000")]})
    events = ev(
        dict(date=date(2026, 1, 31), type="subscribe", plan="sites", quantity=1),
        dict(date=date(2026, 2, 19), type="quantity", plan="sites", quantity=2),
    )
    lines = invoice_lines(events, BASES, "JPY", date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), table)
    assert summary(lines) == [
        (RECURRING, "sites", date(2026, 2, 28), date(2026, 3, 31), 2, D("2000")),
        (PRORATION, "sites", date(2026, 2, 19), date(2026, 2, 28), 1, D("321")),
    ]


def test_kwd_has_three_decimals():
    # 1.250 KWD; period Apr 30 -> May 30 (30 days); +1 on May 23: 1.250 x 7/30 = 0.29166 -> 0.292.
    table = prices({"sites": [(date(2000, 1, 1), "1.250")]})
    events = ev(
        dict(date=date(2026, 4, 1), type="subscribe", plan="sites", quantity=1),
        dict(date=date(2026, 5, 23), type="quantity", plan="sites", quantity=2),
    )
    lines = invoice_lines(events, BASES, "KWD", date(2026, 4, 30), date(2026, 5, 30), date(2026, 6, 30), table)
    assert [l.amount for l in lines] == [D("2.500"), D("0.292")]


def test_a_credit_mirrors_its_charge_at_a_half():
    # 0.05 per site, period of 30 days, 15 days left: 0.025 exactly, half-up -> 0.03 and -0.03.
    table = prices({"sites": [(date(2000, 1, 1), "0.05")]})
    up = ev(dict(date=date(2026, 4, 1), type="subscribe", plan="sites", quantity=1),
            dict(date=date(2026, 5, 15), type="quantity", plan="sites", quantity=2))
    down = ev(dict(date=date(2026, 4, 1), type="subscribe", plan="sites", quantity=2),
              dict(date=date(2026, 5, 15), type="quantity", plan="sites", quantity=1))
    span = (date(2026, 4, 30), date(2026, 5, 30), date(2026, 6, 30))
    assert invoice_lines(up, BASES, "EUR", *span, table)[1].amount == D("0.03")
    assert invoice_lines(down, BASES, "EUR", *span, table)[1].amount == D("-0.03")


def test_price_in_force_at_the_start_of_the_period_covered():
    # Price rises from 6.00 to 7.00 on Mar 10. The invoice at Mar 15 bills [Mar 15, Apr 15) at 7.00
    # and prorates a Mar 1 assignment at the price of Feb 15 (6.00): 6.00 x 14/28 = 3.00.
    table = prices({"mail": [(date(2000, 1, 1), "6.00"), (date(2026, 3, 10), "7.00")]})
    events = ev(
        dict(date=date(2026, 1, 15), type="subscribe", plan="mail"),
        dict(date=date(2026, 1, 15), type="assign", plan="mail", user="ann"),
        dict(date=date(2026, 3, 1), type="assign", plan="mail", user="bob"),
    )
    lines = invoice_lines(events, BASES, "EUR", date(2026, 2, 15), date(2026, 3, 15), date(2026, 4, 15), table)
    assert summary(lines) == [
        (RECURRING, "mail", date(2026, 3, 15), date(2026, 4, 15), 2, D("14.00")),
        (PRORATION, "mail", date(2026, 3, 1), date(2026, 3, 15), 1, D("3.00")),
    ]


def test_recurring_extra_prorated_then_in_advance_until_it_ends():
    # Hardware lease 30.00 a month from Jun 11; billing day 1; June has 30 days:
    # 30.00 x 20/30 = 20.00 on the Jul 1 invoice, plus July in advance 30.00.
    # Ends Jul 16: July has 31 days: -30.00 x 16/31 = -15.483 -> -15.48 on the Aug 1 invoice.
    events = ev(
        dict(date=date(2026, 6, 11), type="extra", code="lease", amount=D("30.00"), recurring=True,
             user="ann", description={"en": "Hardware lease"}),
        dict(date=date(2026, 7, 16), type="extra_end", code="lease"),
    )
    jul = invoice_lines(events, BASES, "EUR", date(2026, 6, 1), date(2026, 7, 1), date(2026, 8, 1), EUR)
    assert summary(jul) == [
        (RECURRING, "lease", date(2026, 7, 1), date(2026, 8, 1), 1, D("30.00")),
        (PRORATION, "lease", date(2026, 6, 11), date(2026, 7, 1), 1, D("20.00")),
    ]
    assert jul[0].user == "ann" and jul[0].description == {"en": "Hardware lease"}
    aug = invoice_lines(events, BASES, "EUR", date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1), EUR)
    assert summary(aug) == [(PRORATION, "lease", date(2026, 7, 16), date(2026, 8, 1), -1, D("-15.48"))]


def test_anniversary_on_the_29th_through_a_leap_february():
    # Signup Jan 29, 2028 (a leap year): boundaries Jan 29, Feb 29, Mar 29.
    # Period Jan 29 -> Feb 29 has 31 days; Feb 29 -> Mar 29 has 29 days.
    # A site added Feb 15: 12.00 x 14/31 = 5.419 -> 5.42. A site added Mar 1: 12.00 x 28/29 = 11.586 -> 11.59.
    events = ev(
        dict(date=date(2028, 1, 29), type="subscribe", plan="sites", quantity=1),
        dict(date=date(2028, 2, 15), type="quantity", plan="sites", quantity=2),
        dict(date=date(2028, 3, 1), type="quantity", plan="sites", quantity=3),
    )
    feb = invoice_lines(events, BASES, "EUR", date(2028, 1, 29), date(2028, 2, 29), date(2028, 3, 29), EUR)
    assert summary(feb) == [
        (RECURRING, "sites", date(2028, 2, 29), date(2028, 3, 29), 2, D("24.00")),
        (PRORATION, "sites", date(2028, 2, 15), date(2028, 2, 29), 1, D("5.42")),
    ]
    mar = invoice_lines(events, BASES, "EUR", date(2028, 2, 29), date(2028, 3, 29), date(2028, 4, 29), EUR)
    assert summary(mar) == [
        (RECURRING, "sites", date(2028, 3, 29), date(2028, 4, 29), 3, D("36.00")),
        (PRORATION, "sites", date(2028, 3, 1), date(2028, 3, 29), 1, D("11.59")),
    ]


def test_anniversary_on_the_29th_in_a_common_year_clamps_to_the_28th():
    # Billing day 29 in 2027: Jan 29 -> Feb 28 (30 days) -> Mar 29 (29 days).
    # Cancelling the flat plan (20.00) on Mar 10: -20.00 x 19/29 = -13.103 -> -13.10.
    events = ev(
        dict(date=date(2027, 1, 29), type="subscribe", plan="flat"),
        dict(date=date(2027, 3, 10), type="cancel", plan="flat"),
    )
    lines = invoice_lines(events, BASES, "EUR", date(2027, 2, 28), date(2027, 3, 29), date(2027, 4, 29), EUR)
    assert summary(lines) == [(PRORATION, "flat", date(2027, 3, 10), date(2027, 3, 29), -1, D("-13.10"))]


def test_fixed_day_30_in_a_30_day_month_with_a_downgrade():
    # Billing day 30: Apr 30 -> May 30 is 30 days. 6 sites -> 2 on May 12: -4 x 12.00 x 18/30 = -28.80.
    events = ev(
        dict(date=date(2026, 4, 2), type="subscribe", plan="sites", quantity=6),
        dict(date=date(2026, 5, 12), type="quantity", plan="sites", quantity=2),
    )
    lines = invoice_lines(events, BASES, "EUR", date(2026, 4, 30), date(2026, 5, 30), date(2026, 6, 30), EUR)
    assert summary(lines) == [
        (RECURRING, "sites", date(2026, 5, 30), date(2026, 6, 30), 2, D("24.00")),
        (PRORATION, "sites", date(2026, 5, 12), date(2026, 5, 30), -4, D("-28.80")),
    ]
