"""A batch's bills as the rows that store them, made where the bills are computed, so the writer only writes.

A run has one writer (the run's own process, ``parallel``) and the bills of its batches are computed ahead of
it, in worker processes when it has them. Whatever the writer does per line or per row is on the run's
critical path; so whoever computes a batch also turns its bills into rows (``rows_of``):

- each invoice's row in ``INVOICE_COLUMNS`` order, in Python values (the invoice chain hashes them and the
  ledger posts them): the writer adds its number, clock times and chain links (``WRITER_COLUMNS``);
- its lines, accruals and billed periods in the database's storage form (``bulk.StorageRows``: integers and
  text), one tuple per row, naming their invoice by its place in the batch until the writer knows the ids
  (``BulkWriter.write_keyed``);
- when the run issues, the canonical text of each issued invoice's lines (``invoice_chain.CanonicalLines``).

Plain data, cheap to send between processes (unlike the bills themselves: Decimals and dates are rebuilt one
by one on arrival). A run without workers makes and writes the same rows, so both write the same bytes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.billing.assembly import DEFERRED, INVOICE, NOTHING
from app.billing.company_bill import CompanyBill
from app.billing.context import company_key
from app.models import Accrual, BilledPeriod, InvoiceLine, Outcome, Status
from app.storage.bulk import StorageRows

# An invoice's columns as the batch gives them; the writer appends ``WRITER_COLUMNS`` (and, issuing, the chain's).
INVOICE_COLUMNS = ("kind", "issuer_key", "issuer_reseller_id", "company_id", "reseller_id", "currency",
                   "language", "status", "issue_date", "period_start", "period_end", "subtotal", "tax", "total",
                   "tax_note", "collected_by")
WRITER_COLUMNS = ("number", "created_at", "issued_at")
LINE_COLUMNS = ("invoice_id", "reseller_id", "position", "kind", "company_id", "plan_id", "extra_code", "user_id",
                "description", "quantity", "unit_price", "start", "end", "tax_rate", "amount")
ACCRUAL_COLUMNS = ("reseller_id", "kind", "company_id", "invoice_id", "boundary", "line_kind", "plan_id",
                   "extra_code", "description", "quantity", "unit_price", "start", "end", "currency", "amount")
MARK_COLUMNS = ("customer_key", "company_id", "reseller_id", "boundary", "outcome", "invoice_id", "events_through")
_DRAFT = Status.DRAFT.value
_OUTCOMES = {INVOICE: Outcome.INVOICED.value, DEFERRED: Outcome.DEFERRED.value, NOTHING: Outcome.NOTHING.value}


@dataclass
class BatchRows:
    """What a batch writes. Invoices are numbered by their place in ``invoices`` (an "index"); lines, accruals
    and billed periods name their invoice by it (None: no invoice)."""

    invoices: list[tuple] = field(default_factory=list)  # ``INVOICE_COLUMNS``, Python values, written as drafts
    # index -> (issuer key, number format, issue date) of each invoice that is issued (so takes a number)
    numbered: dict[int, tuple[str, str, date]] = field(default_factory=dict)
    lines_text: dict[int, str] = field(default_factory=dict)  # index -> its lines' canonical text (issuing)
    lines: list[tuple] = field(default_factory=list)  # ``LINE_COLUMNS``, stored
    accruals: list[tuple] = field(default_factory=list)  # ``ACCRUAL_COLUMNS``, stored
    # ``ACCRUAL_COLUMNS``, stored, with the id of the (issued) credit note each is written on: a bill with
    # nothing to invoice whose give-backs are all of credited days (app/billing/company_bill.py ``_homed``)
    homed: list[tuple] = field(default_factory=list)
    carried: list[tuple[int, list[int]]] = field(default_factory=list)  # (index, ids of deferred invoices it takes)
    deferred: list[int] = field(default_factory=list)  # indexes of the invoices that stay deferred
    marks: list[tuple] = field(default_factory=list)  # ``MARK_COLUMNS``, stored
    # (customer key, issuer key, currency) -> id of the payment accounts the issued invoices go to that exist
    # (app/payments/ledger.py ``accounts_found``); the writer creates the others
    accounts: dict[tuple[str, str, str], int] = field(default_factory=dict)


class RowMaker:
    """Makes ``BatchRows`` for one backend (``dialect``); one per process, reused batch after batch."""

    def __init__(self, dialect):
        self.lines = StorageRows(dialect, InvoiceLine.__table__, LINE_COLUMNS)
        self.accruals = StorageRows(dialect, Accrual.__table__, ACCRUAL_COLUMNS)
        self.marks = StorageRows(dialect, BilledPeriod.__table__, MARK_COLUMNS)

    def rows_of(self, bills: list[CompanyBill], *, issue: bool) -> BatchRows:
        """The rows of ``bills`` (a batch's, in the run's order); ``issue``: their invoices are issued."""
        out = BatchRows()
        lines, accruals, homed, index = [], [], [], {}
        for b in bills:
            if b.outcome == NOTHING:
                homed += [(b.company.reseller_id, a.kind, b.company.id, a.home, b.boundary, ln.kind, ln.plan_id,
                           ln.extra_code, ln.description, ln.quantity, ln.unit_price, ln.start, ln.end, b.currency,
                           ln.amount) for a in b.accruals if a.home is not None for ln in (a.line,)]
                continue
            i = index[id(b)] = len(out.invoices)
            company, draft = b.company, b.draft
            rid, cid = company.reseller_id, company.id
            out.invoices.append((draft.kind, b.issuer.key, b.issuer.reseller_id, cid, rid, b.currency, b.language,
                                 _DRAFT, b.boundary, b.boundary, b.period_end, draft.subtotal, draft.tax,
                                 draft.total, b.tax_note, b.collected_by))
            if issue and b.outcome == INVOICE:
                out.numbered[i] = (b.issuer.key, b.issuer.number_format, b.boundary)
                if b.lines_text is not None:
                    out.lines_text[i] = b.lines_text
            elif b.outcome == DEFERRED:
                out.deferred.append(i)
            rate = b.tax_rate
            # A line giving back days already invoiced carries their invoice's rate (company_bill.LineRow).
            lines += [(i, rid, pos, ln.kind, ln.company_id, ln.plan_id, ln.extra_code, ln.user_id, ln.description,
                       ln.quantity, ln.unit_price, ln.start, ln.end, rate if ln.tax_rate is None else ln.tax_rate,
                       ln.amount)
                      for pos, ln in enumerate(b.lines)]
            accruals += [(rid, a.kind, cid, i, b.boundary, ln.kind, ln.plan_id, ln.extra_code, ln.description,
                          ln.quantity, ln.unit_price, ln.start, ln.end, b.currency, ln.amount)
                         for a in b.accruals for ln in (a.line,)]
            if b.carried_ids:
                out.carried.append((i, list(b.carried_ids)))
        out.lines = self.lines.convert(lines)
        out.accruals = self.accruals.convert(accruals)
        out.homed = self.accruals.convert(homed)
        out.marks = self.marks.convert([
            (company_key(b.company.id), b.company.id, b.company.reseller_id, b.boundary, _OUTCOMES[b.outcome],
             index.get(id(b)), b.events_through) for b in bills if not b.closing])
        return out
