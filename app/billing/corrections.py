"""Changes recorded late: billed on the company's next invoice as correction lines.

A run bills with the events it has seen; each billed period remembers the
newest of them (``BilledPeriod.events_through``). An event recorded after
that, but dated on or before the company's last billed boundary, changed what
invoices already sent should have said. The next invoice carries the
difference for every boundary billed since the event's date: the lines as
they are with every event known now, minus the lines as they were with the
events seen then, line by line (same kind, period, plan, extra, user and
price), at the prices that applied then. Amounts are differences of amounts
already rounded, so over a company's history its lines sum, to the minor
unit, to exactly what they would have been had every change been recorded in
time; the reseller's cost and margin lines follow the same rule.

Pure functions: no database.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Callable

from app.company_state import Event
from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("late_change_other_currency",
                    "a change dated {date} was recorded after the invoice of {boundary} (in {billed}) was billed; "
                    "it cannot be corrected on an invoice in {currency}: Prorata never converts an amount")

CORRECTION = "correction"


def late_events(events: list[Event], seen_through: int | None, last_billed: date | None) -> list[Event]:
    """Events recorded after the last billing (``seq`` above what it saw) that are dated into a period it
    billed. Periods billed before this rule existed (``seen_through`` None) are taken as they are."""
    if seen_through is None or last_billed is None:
        return []
    return [e for e in events if e.seq > seen_through and e.date <= last_billed]


def _key(row) -> tuple:
    return (row.kind, row.start, row.end, row.plan_id, row.extra_code, row.user_id, row.unit_price)


def difference(now: list, then: list, make: Callable) -> list:
    """Rows of ``now`` minus rows of ``then``, summed per line key; ``make(row, quantity, amount)`` builds
    a correction from a representative row. Lines equal in both cancel out."""
    sums: dict[tuple, list] = {}
    for sign, rows in ((1, now), (-1, then)):
        for r in rows:
            acc = sums.setdefault(_key(r), [Decimal(0), Decimal(0), r])
            acc[0] += sign * r.quantity
            acc[1] += sign * r.amount
    return [make(r, q, a) for q, a, r in sums.values() if q or a]


def corrected_boundaries(company, first_late: date, last_billed: date) -> list[date]:
    """The billed boundaries whose lines late events change: every one on or after the earliest's date
    (on the company's schedule: a late change into a long term corrects that term's invoice)."""
    return list(company.schedule.boundaries(first_late, last_billed))


def check_currency(day: date, boundary: date, billed: str, currency: str) -> None:
    if billed != currency:
        raise ProrataError.of("late_change_other_currency", date=day.isoformat(), boundary=boundary.isoformat(),
                              billed=billed, currency=currency)
