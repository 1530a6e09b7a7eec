"""The period a document states: the days its invoice's lines bill, when they are all before its date.

A run dates each invoice it writes on its boundary and stores that boundary as its period start
(``period_start == issue_date``): app/billing/billed_rates.py, explain.py and ``invoices.issue`` rely on it, so the
stored period stays. But an invoice of a run that bills nothing from its boundary on (the deferred lines released in
a currency the company left, the prorations of a period billed in that currency) would then state the period after
its date, one it does not bill. Its documents (the PDF header, the CII ``BillingSpecifiedPeriod``, ``invoices show``)
state instead the days its lines cover, from the earliest line's start to the latest line's end.

Periods are half-open like the lines (``end`` is the first day after); a document prints the day before ``end``.
Any other invoice (one billing a period in advance, a manual one, a settlement with a reseller, a credit note, dated
off its period) states its stored period.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.services.invoice_listing import SETTLEMENT_KINDS


def stated_period(kind: str, issue_date: date | None, period_start: date | None, period_end: date | None,
                  spans: Iterable[tuple[date | None, date | None]]) -> tuple[date | None, date | None]:
    """(start, end: the first day after) a document states for an invoice of ``kind`` dated ``issue_date`` with
    the stored period ``period_start`` - ``period_end`` and lines covering ``spans`` ((start, end) each, end the
    first day after; a line without days, such as a minimum's top-up, bills none and is passed over)."""
    stored = (period_start, period_end)
    if (kind in SETTLEMENT_KINDS or period_start is None or period_end is None
            or issue_date is None or period_start != issue_date):
        return stored
    days = [(s, e) for s, e in spans if s is not None and e is not None]
    if not days or any(e > period_start for _, e in days):
        return stored  # it bills days from its date on (in advance): the period after its date
    return min(s for s, _ in days), max(e for _, e in days)


def stated_header(data: dict) -> dict:
    """``data`` (``invoices.invoice_json``'s form: ISO days, its "period" and its "lines") with the "period" its
    documents state."""
    def day(text):
        return date.fromisoformat(text) if text else None

    period = data.get("period") or {}
    start, end = stated_period(data.get("kind"), day(data.get("issue_date")), day(period.get("start")),
                               day(period.get("end")),
                               ((day(ln.get("start")), day(ln.get("end"))) for ln in data.get("lines") or ()))
    return {**data, "period": {"start": start.isoformat() if start else None,
                               "end": end.isoformat() if end else None}}
