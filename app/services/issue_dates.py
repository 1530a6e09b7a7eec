"""Which date a document a person dates may carry: numbers follow dates (chronological numbering).

What a billing clerk in the EU expects, and what is refused here:

- An issuer's invoice numbers ascend with their dates: a document is never dated before the latest date in its
  issuer's series (its invoices, wholesale invoices and credit notes; statements are a series of their own). The
  same day is allowed. Across the years of a ``{year}`` template too: once a later year's first document is
  issued, nothing is dated back into the year before, whose VAT returns may be filed already.
- A credit note is never dated before the invoice it credits.
- A date in the future is left as it was allowed before: a run may bill a boundary ahead of time, and the callers
  pass their own "today" (the window's, a test's). A future date does raise the bar for every later document of
  the series, as the rule says.

Refusals name the earliest date allowed (``ProrataError``, translated; the CLI exits 2, the window shows it) and
come before anything is kept: the caller's unit of work rolls back whatever was written.

Only documents a person dates are checked: a credit note and the credit of ``modify`` (``credit``), a manual invoice
given a date (``create_manual``), and a draft issued by hand that a person dates: a manual draft dated when it was
written, or a draft without a date issued with ``--date`` or the day's date (``invoices.issue``). A billing run dates
each invoice on the boundary it bills, not by hand: a catch-up run issues past months' invoices on their own billing
days, older than today and maybe older than a credit note issued this morning, and refusing them would leave those
months unbilled; their dates say which period they bill. A run's draft issued by hand keeps its run's date and is not
checked either, like the run's own invoices; another date asked for it (``--date``) is refused rather than ignored
(``refuse_run_date``). A manual draft's date is a person's: ``--date`` replaces it, and the date is checked.

Concurrency: the check reads the latest date of the series after the caller took its number
(``numbering.take_numbers``), while the series row is held until the commit. A rival in the same series waits for
it and, once it goes on, reads this one's date (PostgreSQL: each statement of a READ COMMITTED transaction sees
what was committed before it; SQLite: one writer at a time). A rival in another year's row of the series is not
held, but it can only date its document in its own year: if both commit, the earlier-dated one may be taken as
issued first, which is the order the rule asks for. Checking before the number is taken is not enough (a rival
could issue a later date in between), which is why ``create_manual``'s check on a dated draft is a courtesy that
refuses early, and the issue must check again when it takes the number.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.errors import MESSAGES, ProrataError
from app.models import Invoice, InvoiceKind

MESSAGES.setdefault("credit_dated_before_invoice",
                    "the credit note for {invoice} cannot be dated {date}: a credit note is never dated before the "
                    "invoice it credits, dated {invoice_date}; date it {invoice_date} or later")
MESSAGES.setdefault("credit_dated_before_series",
                    "the credit note for {invoice} cannot be dated {date}: {last} is issued already, dated "
                    "{last_date}, and an issuer's numbers follow their dates (a period already reported stays "
                    "closed); date it {last_date} or later")
MESSAGES.setdefault("invoice_dated_before_series",
                    "{invoice} cannot be dated {date}: {last} is issued already, dated {last_date}, and an issuer's "
                    "numbers follow their dates (a period already reported stays closed); date it {last_date} or "
                    "later")
MESSAGES.setdefault("manual_dated_before_series",
                    "a manual invoice for {customer} cannot be dated {date}: {last} is issued already, dated "
                    "{last_date}, and an issuer's numbers follow their dates (a period already reported stays "
                    "closed); date it {last_date} or later")
MESSAGES.setdefault("run_draft_keeps_its_date",
                    "{invoice} cannot be issued dated {date}: a billing run wrote it dated {own_date}, the billing "
                    "day of the period it bills, and it keeps that date; issue it without --date")


def latest(session: Session, issuer_key: str, kind: str) -> tuple[date, str] | None:
    """(date, number) of the latest-dated document issued in the series a document of ``kind`` by ``issuer_key``
    is numbered in (statements and their credit notes apart from the rest, as app/billing/numbering.py
    ``series_of`` numbers them; for a credit note, ``kind`` is that of what it credits); None if the series has
    none."""
    statement = InvoiceKind.STATEMENT.value
    credited = aliased(Invoice)
    of_statement = and_(Invoice.credits_id.is_not(None),  # never NULL: NOT must not drop the invoices
                        Invoice.credits_id.in_(select(credited.id).where(credited.issuer_key == issuer_key,
                                                                         credited.kind == statement)))
    in_statements = or_(Invoice.kind == statement, of_statement)
    same = in_statements if kind == statement else ~in_statements
    row = session.execute(select(Invoice.issue_date, Invoice.number)
                          .where(Invoice.issuer_key == issuer_key, Invoice.number.is_not(None), same)
                          .order_by(Invoice.issue_date.desc(), Invoice.id.desc()).limit(1)).first()
    return None if row is None else (row.issue_date, row.number)


def refuse_out_of_order(session: Session, issuer_key: str, kind: str, day: date, document: str, *,
                        customer: str | None = None) -> None:
    """Refuse ``day`` for ``document`` (its label: a number or "draft #N") of ``kind`` if its issuer's series has a
    document dated later; ``customer``: a manual invoice not written yet, for this customer, instead of a
    ``document``. Binding only once the caller holds the series (module docstring)."""
    last = latest(session, issuer_key, kind)
    if last is None or day >= last[0]:
        return
    if customer is not None:
        raise ProrataError.of("manual_dated_before_series", customer=customer, date=day.isoformat(), last=last[1],
                              last_date=last[0].isoformat())
    raise ProrataError.of("invoice_dated_before_series", invoice=document, date=day.isoformat(), last=last[1],
                          last_date=last[0].isoformat())


def refuse_credit_date(session: Session, credited: Invoice, label: str, day: date) -> None:
    """Refuse ``day`` for the credit note of ``credited`` (``label``: how it is named) if it is before the invoice's
    date or before the latest date of its series; the message names the earliest date allowed. Call it once the
    credit note's number is taken (module docstring)."""
    last = latest(session, credited.issuer_key, credited.kind)
    if last is not None and day < last[0] and (credited.issue_date is None or credited.issue_date < last[0]):
        raise ProrataError.of("credit_dated_before_series", invoice=label, date=day.isoformat(), last=last[1],
                              last_date=last[0].isoformat())
    if credited.issue_date is not None and day < credited.issue_date:
        raise ProrataError.of("credit_dated_before_invoice", invoice=label, date=day.isoformat(),
                              invoice_date=credited.issue_date.isoformat())


def refuse_run_date(own: date, day: date, document: str) -> None:
    """Refuse ``day``, a date a person asks to issue ``document`` (its label) with, when a billing run wrote the
    draft dated ``own``, the billing day of the period it bills: its period, its reseller's accruals and its place
    among the company's billed periods hang on that day. Said, never silently ignored."""
    if day != own:
        raise ProrataError.of("run_draft_keeps_its_date", invoice=document, date=day.isoformat(),
                              own_date=own.isoformat())
