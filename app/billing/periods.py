"""Billing periods: monthly, from one billing-day boundary to the next.

A company's billing day B is the day of month of its signup (anniversary) or a
fixed day 1-31. In a shorter month B is clamped to the month's last day, and
the next month returns to B: Jan 31 -> Feb 28 (29) -> Mar 31. A period runs
from one boundary (inclusive) to the next (exclusive).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterator

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True, order=True)
class Period:
    start: date  # inclusive
    end: date  # exclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def __contains__(self, day: date) -> bool:
        return self.start <= day < self.end


def effective_day(billing_day: int | None, signup: date) -> int:
    """B: the fixed day, or the signup's day of month for an anniversary (None)."""
    if billing_day is None:
        return signup.day
    if not 1 <= billing_day <= 31:
        raise ValueError(f"billing day {billing_day} is not 1-31")
    return billing_day


@lru_cache(maxsize=16384)
def boundary(year: int, month: int, b: int) -> date:
    """The boundary in a month: day B, clamped to the month's last day."""
    return date(year, month, 1) + relativedelta(day=b)


def _month_boundary(day: date, months: int, b: int) -> date:
    """The boundary ``months`` months from ``day``'s month (cached: runs call it per company)."""
    index = day.year * 12 + day.month - 1 + months
    return boundary(index // 12, index % 12 + 1, b)


def boundary_on_or_after(day: date, b: int) -> date:
    this_month = boundary(day.year, day.month, b)
    return this_month if this_month >= day else _month_boundary(day, 1, b)


def boundary_on_or_before(day: date, b: int) -> date:
    this_month = boundary(day.year, day.month, b)
    return this_month if this_month <= day else _month_boundary(day, -1, b)


def next_boundary(p: date, b: int) -> date:
    return _month_boundary(p, 1, b)


def previous_boundary(p: date, b: int) -> date:
    return _month_boundary(p, -1, b)


def first_boundary(signup: date, billing_day: int | None) -> date:
    """The company's first invoice date: the first boundary on or after signup."""
    return boundary_on_or_after(signup, effective_day(billing_day, signup))


def period_of(day: date, b: int) -> Period:
    """The period that contains ``day``."""
    start = boundary_on_or_before(day, b)
    return Period(start, next_boundary(start, b))


def boundaries(b: int, first: date, last: date) -> Iterator[date]:
    """Boundaries from the first on or after ``first`` up to ``last`` inclusive."""
    p = boundary_on_or_after(first, b)
    while p <= last:
        yield p
        p = next_boundary(p, b)


def days_between(a: date, b: date) -> int:
    """Days from ``a`` inclusive to ``b`` exclusive."""
    return (b - a).days
