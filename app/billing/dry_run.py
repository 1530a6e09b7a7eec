"""What a dry run keeps in memory in place of what a real run writes.

A real run writes each boundary's results before billing the next, and later
boundaries read them back: deferred invoices are carried to the company's
next invoice, and accruals are settled on the reseller's billing day. A dry
run writes nothing, so it keeps both here and reads them together with what
is already stored, to preview exactly what a real run would write. A run
that issues (``--issue``) passes on, at the reseller's next settlement, the
VAT of the invoices it issued in the margin mode: the dry run counts them as
if issued.

Runs on whatever thread runs the billing run; touches no widgets.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing import vat_ids
from app.billing.assembly import DEFERRED, INVOICE, NOTHING
from app.billing.company_bill import CompanyBill, Waiting
from app.billing.context import RunContext
from app.billing.context import reseller_key
from app.billing.settlement import (COST, MARGIN, VAT, ResellerTask, Settlement, chain_head, collected,
                                    given_back_rates, gives_back, margin_mode, passed_on, terms, totals)
from app.models import Accrual


@dataclass(frozen=True)
class _Owed:
    """An accrual the dry run would have written."""

    kind: str  # cost | margin
    boundary: date
    currency: str
    amount: Decimal
    line_kind: str = ""
    company_id: int | None = None
    start: date | None = None


class DryRun:
    """The deferrals and accruals a dry run would have written, and the stored ones it would have taken.
    ``issue``: the run it previews issues its invoices, in the context ``ctx`` (their VAT is passed on in the
    margin mode)."""

    def __init__(self, ctx: RunContext | None = None, *, issue: bool = False) -> None:
        self.ctx, self.issue = ctx, issue
        self.deferred: dict[int, list[Waiting]] = defaultdict(list)  # company id -> previewed, ids negative
        self.taken: set[int] = set()  # stored deferred invoices carried into a previewed invoice
        self._previewed = 0  # deferred invoices previewed so far (their ids: -1, -2, ...)
        self.owed: dict[int, list[_Owed]] = defaultdict(list)  # reseller id -> accruals not settled yet
        self.settled: set[int] = set()  # stored accruals taken by a previewed settlement
        self.chain_seen: dict[int, int] = {}  # reseller id -> the chain position its previewed settlement saw
        # reseller id -> the VAT accruals of the previewed invoices the run would issue in the margin mode, made
        # by the reseller's next settlement (the first to see them issued)
        self.issued: dict[int, list[_Owed]] = defaultdict(list)

    def waiting(self, company_id: int, stored: list[Waiting]) -> list[Waiting]:
        """The deferred invoices the company's next invoices take: stored ones not taken yet, then previewed."""
        return [w for w in stored if w[0] not in self.taken] + self.deferred.get(company_id, [])

    def billed(self, company_id: int, bill: CompanyBill) -> None:
        """Keep what writing ``bill`` would have stored."""
        if bill.outcome == DEFERRED:
            self._previewed += 1
            self.deferred[company_id].append(Waiting(-self._previewed, bill.lines, bill.currency, bill.issuer.key))
        elif bill.outcome == INVOICE and bill.carried_ids:  # only those it takes (its issuer's, its currency's)
            taken = set(bill.carried_ids)
            self.deferred[company_id] = [w for w in self.deferred[company_id] if w.id not in taken]
            self.taken.update(taken)
        rid = bill.company.reseller_id
        # A bill with nothing to invoice may still accrue (a reseller's cost of credited days no longer provided,
        # written on the credit note: app/billing/company_bill.py ``_homed``).
        if rid is not None and (bill.outcome != NOTHING or bill.accruals):
            self.owed[rid] += [_Owed(a.kind, bill.boundary, bill.currency, a.line.amount, a.line.kind, company_id,
                                     a.line.start) for a in bill.accruals]
        if self.issue and bill.outcome == INVOICE and rid is not None and bill.draft.tax:
            # Issued on its boundary; in the margin mode if its accruals are margins (``settlement.passed_on``).
            kinds = {a.kind for a in bill.accruals}
            if (MARGIN in kinds if kinds else self.ctx is not None and margin_mode(self.ctx, rid)):
                self.issued[rid].append(_Owed(MARGIN, bill.boundary, bill.currency, bill.draft.tax, VAT, company_id))

    def settle(self, s: Session, ctx: RunContext, task: ResellerTask, boundary: date) -> list[Settlement]:
        """The reseller's documents at ``boundary`` as ``settlement.settle_reseller`` would write them: every
        open accrual (stored or previewed) up to ``boundary``, per kind and currency, the costs' lines that
        give back days at those days' rate. Refused as that would be, before anything is kept: the costs open
        here are those stored and not taken, and those previewed."""
        vat_ids.refuse_settlement_without_tax_id(ctx.resellers[task.id],
                                                 lambda: self._costs_open(s, task.id, boundary))
        # The VAT of the reseller's documents issued since its last settlement, as the run accrues it: those
        # stored, and those the previewed run would have issued.
        head = chain_head(s, task.id)
        seen = self.chain_seen.get(task.id, ctx.seen_through.get(reseller_key(task.id)))
        self.owed[task.id] += [_Owed(MARGIN, d.issue_date, d.currency, d.tax, VAT, d.company_id)
                               for d in passed_on(s, ctx, task.id, collected(s, ctx, task.id, head, seen))]
        self.owed[task.id] += self.issued.pop(task.id, [])
        self.chain_seen[task.id] = head
        a = Accrual.__table__.c
        stored = s.execute(select(a.id, a.kind, a.currency, a.amount, a.line_kind, a.company_id, a.start).where(
            a.reseller_id == task.id, a.settled_by_id.is_(None), a.boundary <= boundary).order_by(a.id))
        amounts: dict[tuple[str, str], list[tuple[object, _Owed]]] = defaultdict(list)
        for aid, kind, currency, amount, line_kind, cid, start in stored:
            if aid not in self.settled:
                self.settled.add(aid)
                amounts[kind, currency].append((aid, _Owed(kind, boundary, currency, amount, line_kind, cid, start)))
        left = []
        for n, owed in enumerate(self.owed.get(task.id, [])):
            if owed.boundary <= boundary:
                amounts[owed.kind, owed.currency].append((-1 - n, owed))
            else:
                left.append(owed)
        self.owed[task.id] = left
        out = []
        for kind, currency in sorted(amounts):
            t = terms(ctx, task.id, kind)
            rows = amounts[kind, currency]
            rates = {} if t.margin_mode else given_back_rates(s, task.id, [
                (key, o.company_id, o.start) for key, o in rows
                if o.start is not None and o.company_id is not None and gives_back(o.line_kind, o.amount)])
            draft = totals(t, [(o.amount, rates.get(key, t.rate)) for key, o in rows], currency)
            out.append(Settlement(task.code, boundary, t.kind_of(draft.total), currency, draft.subtotal, draft.tax,
                                  draft.total, len(rows)))
        return out

    def _costs_open(self, s: Session, reseller_id: int, boundary: date) -> bool:
        """Whether a cost accrual of the reseller up to ``boundary``, previewed or stored, is not settled yet."""
        if any(o.kind == COST and o.boundary <= boundary for o in self.owed.get(reseller_id, ())):
            return True
        a = Accrual.__table__.c
        return any(aid not in self.settled for aid in s.scalars(select(a.id).where(
            a.reseller_id == reseller_id, a.settled_by_id.is_(None), a.kind == COST, a.boundary <= boundary)))
