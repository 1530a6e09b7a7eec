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
time; the reseller's cost and margin lines follow the same rule. So does a
``top_up`` minimum charge: a corrected period's top-up is recomputed and its
difference corrected beside its lines, and the invoice carrying corrections
tops up only its own period's lines (app/billing/company_bill.py).

Days a credited invoice billed are settled by hand. What was charged for a day is what the invoices that
billed it say, net of their credit notes: once a clerk credits an invoice (``invoices credit``, or ``invoices
modify``, whose copy the clerk edits and issues), its credit note and that copy are what the customer owes for
the days of its lines, whatever the events said: the credit note gave their amounts back. A late change is
therefore not corrected where that would give them back a second time: a correction line that gives back
(a negative amount) and whose days (``start`` to ``end``) meet a line of the same plan or extra of a credited
invoice of the same seller and currency (its own period's, the corrections it carried for earlier ones, the
deferred invoices' lines it took) is left out (``credited_by``), with its weight in the corrected period's
top-up (worked out on the period's lines as they are but for those
give-backs, each as it was, as a change recorded in time is weighed); the run says so against the company
(``late_change_credited``), naming the invoice, so that the clerk credits by hand what the change makes due.
A correction that charges (an upgrade, an extra) stands: the credited invoice never billed what the change
adds. The reseller's cost follows the usage all the same: the credit note kept it (the hoster provided those
days), so the cost of the days the change ends is given back (in the margin mode the margin, minus the cost
since the credit, rises by as much; app/billing/company_bill.py ``_provided``, ``_less_customer``). The days of invoices that still stand are corrected as ever. So a cancellation dated 15 February
recorded late, after the 15 February invoice (2 x 12.00) was credited in full, gives the customer nothing
more back (24.00 - 24.00 = 0.00 charged), while the reseller's cost of 16.00 is given back (none was provided); dated 1 March, it gives back the
month from 15 March (-24.00), not 1-15 March (-12.00); a third site from 1 March is charged 12.00 x 14/28.
Correcting from the documents instead ("then" = the credited invoice, its credit note and the copy) could not
tell which of a copy's edits reflect the change; leaving the give-backs to the clerk never gives a day back
twice, and charging what a change adds never loses it.

A change recorded in time is held to the same rule, so that it bills what it would recorded late: the prorations
of a boundary's bill that give back days a credited invoice billed for that plan or extra are left out (units
added in the same period excepted: they were never on the credited invoice), the reseller's cost of them given
back all the same, and the run says so in the same words (app/billing/company_bill.py ``_unsettled``,
``_provided``; with nothing else to invoice, those accruals are written on the credit note, ``_homed``). So is a
bill deferred under a minimum charge before the invoice was credited: the invoice that takes it leaves out its
give-backs of those days, raising a margin the deferred invoice stored for them by the customer's part of it
(``_carried``).

Who gives back (or charges) a correction: whoever collected the days it corrects. A reseller that changed its
billing mode between the margin mode (the hoster collects its companies' money) and another (the reseller does)
after some of the corrected days were billed has two collectors for them: the run makes one correction document
per collector (app/billing/company_bill.py ``_by_collector``), each of the reseller as issuer (its numbering
series), in the days' currency, with its own lines, tax and accruals (of the kind of the mode the days were
billed in), so that each note's credit is one collector's and pays that collector's invoice
(app/payments/allocation.py ``settle_corrected``). A correction's days were billed by the invoice of the
boundary it corrects, a negative proration's by the one before (as its tax rate). bc billed 7.26 on 1 February
(the hoster collecting), then 7.26 on 1 March (acme collecting), a cancellation dated 15 February recorded late:
acme's note -7.26 pays March, the hoster's -3.00 - 0.63 = -3.63 pays February, which keeps 3.63 open; one note of
-10.89 would pay March and leave February's 3.63 as acme's credit with February's 7.26 open with the hoster.

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

MESSAGES.setdefault("late_change_credited",
                    "a change dated {date}, recorded after its period was billed, is not corrected for {start} to "
                    "{end}: invoice {invoice} billed those days and was credited since, so its credit note (or "
                    "the invoice that replaced it) settled them; bill or credit by hand what the change makes due")

CORRECTION = "correction"


def late_events(events: list[Event], seen_through: int | None, last_billed: date | None) -> list[Event]:
    """Events recorded after the last billing (``seq`` above what it saw) that are dated into a period it
    billed. Periods billed before this rule existed (``seen_through`` None) are taken as they are."""
    if seen_through is None or last_billed is None:
        return []
    return [e for e in events if e.seq > seen_through and e.date <= last_billed]


def _key(row) -> tuple:
    return (row.kind, row.start, row.end, row.plan_id, row.extra_code, row.user_id, row.unit_price)


def line_key(row) -> tuple:
    """What ``difference`` matches lines on, but their kind (a correction's is ``CORRECTION``): the correction
    ``difference`` made of a key and the lines it was made of share it."""
    return _key(row)[1:]


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


def credited_by(row, days: list[tuple[date, date, str, int | None, str | None]]) -> str | None:
    """The number of a credited invoice with a line of the same plan or extra whose days meet ``row``'s, when
    ``row`` gives back (a negative amount): the credit note gave those days back already (``days``: such
    lines' first day, the day after their last, their invoice's number, plan and extra code;
    ``context.credited_days``). None: the row charges (a credited invoice never billed what a change adds),
    or gives back days that invoices still standing billed."""
    found = _credited_line(row, days)
    return None if found is None else found[2]


def credit_note_of(row, days) -> int | None:
    """The id of the credit note that gave back days of ``row`` (the same plan or extra, days that meet), whatever
    ``row``'s sign (a reseller's accrual for them: a cost given back, a margin risen)."""
    found = _credited_line(row, days, any_sign=True)
    return None if found is None else found[5]


def _credited_line(row, days, any_sign: bool = False):
    if not days or row.start is None or row.end is None or (row.amount >= 0 and not any_sign):
        return None
    for day in days:
        start, end, _, plan_id, extra_code = day[:5]
        if start < row.end and row.start < end and plan_id == row.plan_id and extra_code == row.extra_code:
            return day
    return None
