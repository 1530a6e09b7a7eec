"""What a dry run keeps in memory in place of what a real run writes.

A real run writes each boundary's results before billing the next, and later
boundaries read them back: deferred invoices are carried to the company's
next invoice, and accruals are settled on the reseller's billing day. A dry
run writes nothing, so it keeps both here and reads them together with what
is already stored, to preview exactly what a real run would write.

Runs on whatever thread runs the billing run; touches no widgets.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.assembly import DEFERRED, INVOICE, NOTHING
from app.billing.company_bill import CompanyBill, Waiting
from app.billing.context import RunContext
from app.billing.context import reseller_key
from app.billing.settlement import ResellerTask, Settlement, chain_head, collected, terms, totals
from app.models import Accrual


@dataclass(frozen=True)
class _Owed:
    """An accrual the dry run would have written."""

    kind: str  # cost | margin
    boundary: date
    currency: str
    amount: Decimal


class DryRun:
    """The deferrals and accruals a dry run would have written, and the stored ones it would have taken."""

    def __init__(self) -> None:
        self.deferred: dict[int, list[Waiting]] = defaultdict(list)  # company id -> previewed, ids negative
        self.taken: set[int] = set()  # stored deferred invoices carried into a previewed invoice
        self._previewed = 0  # deferred invoices previewed so far (their ids: -1, -2, ...)
        self.owed: dict[int, list[_Owed]] = defaultdict(list)  # reseller id -> accruals not settled yet
        self.settled: set[int] = set()  # stored accruals taken by a previewed settlement
        self.chain_seen: dict[int, int] = {}  # reseller id -> the chain position its previewed settlement saw

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
        if bill.outcome != NOTHING and bill.company.reseller_id is not None:
            self.owed[bill.company.reseller_id] += [_Owed(a.kind, bill.boundary, bill.currency, a.line.amount)
                                                   for a in bill.accruals]

    def settle(self, s: Session, ctx: RunContext, task: ResellerTask, boundary: date) -> list[Settlement]:
        """The reseller's documents at ``boundary`` as ``settlement.settle_reseller`` would write them:
        every open accrual (stored or previewed) of the reseller's kind up to ``boundary``, per currency."""
        t = terms(ctx, task.id)
        # The VAT of the reseller's documents issued since its last settlement, as the run accrues it (the
        # dry run's own invoices are drafts: it issues none).
        head = chain_head(s, task.id)
        if t.margin_mode:
            seen = self.chain_seen.get(task.id, ctx.seen_through.get(reseller_key(task.id)))
            self.owed[task.id] += [_Owed(t.accrual_kind, d.issue_date, d.currency, d.tax)
                                   for d in collected(s, ctx, task.id, head, seen)]
        self.chain_seen[task.id] = head
        a = Accrual.__table__.c
        stored = s.execute(select(a.id, a.currency, a.amount).where(
            a.reseller_id == task.id, a.kind == t.accrual_kind, a.settled_by_id.is_(None), a.boundary <= boundary))
        amounts: dict[str, list[Decimal]] = defaultdict(list)
        for aid, currency, amount in stored:
            if aid not in self.settled:
                self.settled.add(aid)
                amounts[currency].append(amount)
        left = []
        for owed in self.owed.get(task.id, []):
            if owed.kind == t.accrual_kind and owed.boundary <= boundary:
                amounts[owed.currency].append(owed.amount)
            else:
                left.append(owed)
        self.owed[task.id] = left
        out = []
        for currency in sorted(amounts):
            draft = totals(t, amounts[currency], currency)
            out.append(Settlement(task.code, boundary, t.kind_of(draft.total), currency, draft.subtotal, draft.tax,
                                  draft.total, len(amounts[currency])))
        return out
