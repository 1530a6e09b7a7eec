"""Gapless invoice numbers per issuer, from a template such as ``INV-{year}-{seq:05}``.

An issuer's documents are numbered in two series (``series_of``): its statements in a series of their own
(``ST-{year}-{seq:05}``, keyed ``<issuer>:statements``, as a billing run numbers them), everything else in its
invoice series (keyed by the issuer). The tamper-evident chain stays one per issuer, across both
(app/services/invoice_chain.py).

Numbers are taken inside the transaction that issues the invoices by one
atomic increment of the series row, so two workstations issuing at once
queue rather than collide, and a rolled-back transaction gives its numbers
back.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models import InvoiceKind, NumberSeries
from app.storage.claimed_row import claim_row

MESSAGES.setdefault("bad_number_format",
                    "invoice number format {template!r} is not valid: use {{seq}} and optionally {{year}}, "
                    "such as INV-{{year}}-{{seq:05}}")


# A statement's series: what app/billing/settlement.py (``STATEMENT_SERIES``, ``STATEMENT_FORMAT``) numbers a
# margin-mode statement in, for the hoster, and ``invoices.issue`` a statement issued by hand.
STATEMENT_FORMAT = "ST-{year}-{seq:05}"


def statement_series(issuer_key: str) -> str:
    """The key of the issuer's statement series: ``hoster:statements`` for the hoster."""
    return f"{issuer_key}:statements"


def series_of(issuer_key: str, kind: str, template: str) -> tuple[str, str]:
    """(series key, number template) a document of ``kind`` by ``issuer_key`` is numbered in; ``template``: the
    issuer's invoice number format. Statements apart (``statement_series``, ``STATEMENT_FORMAT``), as
    app/services/issue_dates.py ``latest`` reads them; invoices, wholesale invoices and credit notes in the
    issuer's own series (its key)."""
    if kind == InvoiceKind.STATEMENT.value:
        return statement_series(issuer_key), STATEMENT_FORMAT
    return issuer_key, template


def check_template(template: str) -> None:
    try:
        template.format(year=2026, seq=1)
    except (KeyError, IndexError, ValueError):
        raise ProrataError.of("bad_number_format", template=template) from None
    if "{seq" not in template:
        raise ProrataError.of("bad_number_format", template=template)


def series_year(template: str, issue_date: date) -> int:
    """The year of the series a number of ``issue_date`` comes from: its year, or 0 when the template has none
    (one series for all years). Refuses a template that is not valid."""
    check_template(template)
    return issue_date.year if "{year" in template else 0


def number_of(template: str, issue_date: date, seq: int) -> str:
    return template.format(year=issue_date.year, seq=seq)


def take_numbers(session: Session, issuer_key: str, template: str, issue_date: date, count: int = 1) -> list[str]:
    """The next ``count`` numbers of the issuer's series for the year of ``issue_date``.

    One atomic increment (``UPDATE ... SET next_seq = next_seq + count RETURNING``): the database
    serialises it against every other session taking numbers of the series, on PostgreSQL by the row
    lock and on SQLite by its write lock, so no two sessions ever read the same next number.

    It does not judge ``issue_date``: a run numbers its invoices on the boundaries they bill (a catch-up run's are
    past). A document a person dates is checked by app/services/issue_dates.py once its number is taken, while
    this increment holds the series.
    """
    year = series_year(template, issue_date)
    table = NumberSeries.__table__
    bump = (update(table).where(table.c.issuer_key == issuer_key, table.c.year == year)
            .values(next_seq=table.c.next_seq + count).returning(table.c.next_seq))
    after = claim_row(session, bump, table, dict(issuer_key=issuer_key, year=year, next_seq=1),
                      ["issuer_key", "year"])  # a year's first number starts its series
    first = after - count
    return [number_of(template, issue_date, first + i) for i in range(count)]
