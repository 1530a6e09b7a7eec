"""Billing periods: from one billing-day boundary to the next, a term apart.

A company's billing day B is the day of month of its signup (anniversary) or a
fixed day 1-31. In a shorter month B is clamped to the month's last day, and
the next month returns to B: Jan 31 -> Feb 28 (29) -> Mar 31. A period runs
from one boundary (inclusive) to the next (exclusive).

A company is billed for a term: monthly, quarterly, half-yearly or yearly, in
advance. Its boundaries are a term's months apart, each clamped on its own
(a yearly term from 31 January 2027 ends on 31 January 2028; a quarterly one
runs Jan 31 -> Apr 30 -> Jul 31). Prices are monthly: a term of m months bills
m x the monthly price (and m x a recurring extra's amount), and a change
within a term is prorated by days over the term, as within a month.

The term and the billing day can change (``term`` and ``billing_day``
events, see ``Schedule``): a change takes effect at the company's first
boundary on or after its date. The one period that starts there ends at the
first boundary of the new schedule: the new billing day, counted from the
last new-day boundary on or before it, plus one new term; it is billed as the
share days(period) / days(full new term) of the new term's price. A term change
alone keeps the day, so its first period is a whole new term; a billing-day
change alone from 15 to 1 on 15 March gives 15 March -> 1 April, 17 of the 31
days of March's term.
"""
from __future__ import annotations

import enum
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Iterator

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


@lru_cache(maxsize=16384)  # a run asks it several times per company, of a few dozen days
def next_boundary(p: date, b: int) -> date:
    return _month_boundary(p, 1, b)


@lru_cache(maxsize=16384)
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


class Term(str, enum.Enum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


MONTHLY = Term.MONTHLY.value
TERM_MONTHS = {Term.MONTHLY.value: 1, Term.QUARTERLY.value: 3, Term.HALF_YEARLY.value: 6, Term.YEARLY.value: 12}
# The event types that change a schedule (``company_state`` checks them; here they only move boundaries).
TERM_EVENT, BILLING_DAY_EVENT = "term", "billing_day"


def term_months(term: str) -> int:
    try:
        return TERM_MONTHS[term]
    except KeyError:
        raise ValueError(f"unknown billing term {term!r}") from None


@dataclass(frozen=True)
class Span:
    """A billing period [start, end) of a term of ``months`` months that runs from ``term_start``.

    A whole term has ``term_start == start``; the first period after a billing-day change is the
    tail of the new schedule's term [term_start, end), billed as days / term_days of it."""

    start: date
    end: date  # exclusive
    months: int = 1
    term_start: date | None = None  # None: ``start``
    b: int | None = None  # the billing day it ends on (before clamping); None: not asked for

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def term_days(self) -> int:
        return (self.end - (self.term_start or self.start)).days

    @property
    def whole(self) -> bool:
        return self.term_start is None or self.term_start == self.start

    def __contains__(self, day: date) -> bool:
        return self.start <= day < self.end


class Schedule:
    """A company's boundaries: from its signup, billing day and term, and its schedule changes.

    ``changes`` are the company's ``term`` and ``billing_day`` events (anything with ``date``, ``type``,
    ``code``, ``quantity`` and ``seq``), in any order. A monthly company with no changes (``simple``) is
    answered with the plain monthly arithmetic above; any other walks its periods from the first.
    """

    def __init__(self, signup: date, billing_day: int | None, term: str = MONTHLY, changes: Iterable = ()):
        self.signup = signup
        self.b = effective_day(billing_day, signup)
        self.months = term_months(term or MONTHLY)
        self.changes = sorted(changes, key=lambda e: (e.date, e.seq)) if changes else ()
        self.simple = self.months == 1 and not self.changes
        self.first = boundary_on_or_after(signup, self.b)
        self._spans: list[Span] = []
        self._starts: list[date] = []
        if not self.simple:
            self._state = (self.months, self.b, 0)
            start = _month_boundary(self.first, -self.months, self.b)
            self._add(Span(start, self.first, self.months, start, self.b))

    # -- the general walk ---------------------------------------------------------------------------------
    def _add(self, span: Span) -> None:
        self._spans.append(span)
        self._starts.append(span.start)

    def _extend(self) -> None:
        months, b, i = self._state
        p = self._spans[-1].end
        changed = False
        while i < len(self.changes) and self.changes[i].date <= p:
            e = self.changes[i]
            if e.type == TERM_EVENT:
                months = term_months(e.code)
            elif e.type == BILLING_DAY_EVENT:
                b = effective_day(e.quantity or None, self.signup)
            i += 1
            changed = True
        self._state = (months, b, i)
        term_start = boundary_on_or_before(p, b) if changed else p
        self._add(Span(p, _month_boundary(term_start, months, b), months, term_start, b))

    def _upto(self, day: date) -> None:
        while self._spans[-1].end <= day:
            self._extend()

    # -- questions ----------------------------------------------------------------------------------------
    def span_of(self, day: date) -> Span:
        """The period that contains ``day`` (for a day before the first period: that first period)."""
        if self.simple:
            start = boundary_on_or_before(day, self.b)
            return Span(start, next_boundary(start, self.b), 1, start, self.b)
        self._upto(day)
        return self._spans[max(bisect_right(self._starts, day) - 1, 0)]

    def span_from(self, p: date) -> Span:
        """The period that starts at boundary ``p`` (or contains ``p``, if it is none)."""
        if self.simple:
            return Span(p, next_boundary(p, self.b), 1, p, self.b)
        return self.span_of(p)

    def span_before(self, p: date) -> Span:
        """The period that ends at boundary ``p``: the one an invoice at ``p`` settles."""
        if self.simple:
            start = previous_boundary(p, self.b)
            return Span(start, p, 1, start, self.b)
        return self.span_of(p - _DAY)

    def next_boundary(self, p: date) -> date:
        return next_boundary(p, self.b) if self.simple else self.span_from(p).end

    def boundary_on_or_after(self, day: date) -> date:
        """The first boundary on or after ``day`` (never before the first)."""
        if self.simple:
            return max(boundary_on_or_after(day, self.b), self.first)
        span = self.span_of(day)
        return max(span.start if span.start >= day else span.end, self.first)

    def boundaries(self, first: date, last: date) -> Iterator[date]:
        """Boundaries from the first on or after ``first`` (and the company's first) up to ``last`` inclusive."""
        if self.simple:
            yield from boundaries(self.b, max(first, self.first), last)
            return
        p = self.boundary_on_or_after(first)
        while p <= last:
            yield p
            p = self.span_from(p).end


_DAY = timedelta(days=1)
