"""What the console's collection view asks of the books besides the collection itself: what a collection
would act on (to ask the clerk before it starts), and the account a line to follow up belongs to.

``preview`` sorts the open invoices exactly as ``collection.collect_issued`` does (same queries, same order of
preference: a direct debit agreement first, then a saved card) without writing anything; it is a count, not a
promise: a card may still be declined and a mandate may lapse before the run. Its amounts are what the run
would collect: what is open less the account's credit the run applies first (``allocation.due_after_credit``);
an invoice the credit settles is not counted as one to collect (``by_credit``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.payments import accounts, collection


@dataclass
class Preview:
    """What ``collect_issued(as_of=...)`` would act on now."""

    by_card: int = 0
    by_debit: int = 0
    files: int = 0  # bank files: one per collector and scheme
    skipped: int = 0  # nothing to collect them by
    switched_off: int = 0
    amounts: dict[str, Decimal] = field(default_factory=dict)  # per currency, what would be collected
    by_credit: int = 0  # settled by the account's credit: nothing to collect

    @property
    def to_collect(self) -> int:
        return self.by_card + self.by_debit


def preview(engine: Engine, as_of: date) -> Preview:
    """Counts of the open invoices issued up to ``as_of``: by card, by direct debit (and in how many bank
    files), with nothing to collect them by, with collection switched off. Writes nothing."""
    todo = collection.plan(engine, as_of=as_of)
    debited = [inv for group in todo.debits.values() for inv in group]
    out = Preview(by_card=len(todo.by_card), by_debit=len(debited), files=len(todo.debits),
                  skipped=todo.skipped, switched_off=todo.switched_off, by_credit=len(todo.by_credit))
    for inv in debited + todo.by_card:  # what the run would take: after the credit (``collection.plan``)
        out.amounts[inv.currency] = out.amounts.get(inv.currency, Decimal(0)) + inv.due
    return out


def account_of(session: Session, customer: str, currency: str, invoice: str | None = None) -> int | None:
    """The id of ``customer``'s account in ``currency`` (the one whose issuer issued ``invoice`` when the
    customer has accounts with several issuers); None when there is none."""
    from app.errors import ProrataError
    from app.services import invoices

    try:
        who = accounts.find_customer(session, customer)
    except ProrataError:
        return None
    mine = [a for a in accounts.of_customer(session, who) if a.currency == currency]
    if len(mine) <= 1 or invoice is None:
        return mine[0].id if mine else None
    names = accounts.issuer_names(session)
    for a in mine:
        try:
            inv = invoices.find(session, invoice, issuer=names(a.issuer_key))
        except ProrataError:
            continue
        if inv.currency == currency:
            return a.id
    return mine[0].id
