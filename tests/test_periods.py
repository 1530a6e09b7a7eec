"""Billing periods: the clamping of billing days, worked by hand."""
from __future__ import annotations

from datetime import date

import pytest

from app.billing.periods import (Period, boundaries, boundary, first_boundary, next_boundary,
                                 period_of, previous_boundary)


def test_day_31_clamps_in_short_months_and_returns():
    got = list(boundaries(31, date(2026, 1, 1), date(2026, 5, 31)))
    assert got == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30),
                   date(2026, 5, 31)]


def test_leap_february():
    assert boundary(2028, 2, 30) == date(2028, 2, 29)
    assert boundary(2027, 2, 29) == date(2027, 2, 28)
    assert next_boundary(date(2028, 2, 29), 30) == date(2028, 3, 30)
    assert previous_boundary(date(2028, 3, 30), 30) == date(2028, 2, 29)


def test_period_lengths():
    # Jan 31 -> Feb 28: 28 days; Feb 28 -> Mar 31: 31 days.
    assert period_of(date(2026, 2, 10), 31) == Period(date(2026, 1, 31), date(2026, 2, 28))
    assert period_of(date(2026, 2, 10), 31).days == 28
    assert period_of(date(2026, 3, 1), 31) == Period(date(2026, 2, 28), date(2026, 3, 31))
    assert period_of(date(2026, 3, 1), 31).days == 31
    # A boundary belongs to the period it starts.
    assert period_of(date(2026, 3, 31), 31).start == date(2026, 3, 31)


@pytest.mark.parametrize("signup,billing_day,first", [
    (date(2026, 1, 15), None, date(2026, 1, 15)),   # anniversary: the signup itself
    (date(2026, 1, 31), None, date(2026, 1, 31)),
    (date(2026, 1, 15), 1, date(2026, 2, 1)),       # fixed day: the next boundary
    (date(2026, 1, 1), 1, date(2026, 1, 1)),        # signing up on the boundary
    (date(2026, 2, 10), 30, date(2026, 2, 28)),     # clamped in February
    (date(2026, 12, 20), 5, date(2027, 1, 5)),      # across the year end
])
def test_first_invoice_date(signup, billing_day, first):
    assert first_boundary(signup, billing_day) == first


def test_year_end_walk():
    assert list(boundaries(15, date(2026, 11, 1), date(2027, 2, 15))) == [
        date(2026, 11, 15), date(2026, 12, 15), date(2027, 1, 15), date(2027, 2, 15)]
