"""What the console's collection view asks of the books besides the collection itself: what a collection
would act on (to ask the clerk before it starts), and the account a line to follow up belongs to.

``preview`` sorts the open invoices exactly as ``collection.collect_issued`` does (same queries, same order of
preference: a direct debit agreement first, then a saved card) without writing anything; it is a count, not a
promise: a card may still be declined and a mandate may lapse before the run.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.payments import accounts, allocation, collection
from app.payments.debit_booking import PAGE
from app.storage.engine import unit_of_work


@dataclass
class Preview:
    """What ``collect_issued(as_of=...)`` would act on now."""

    by_card: int = 0
    by_debit: int = 0
    files: int = 0  # bank files: one per collector and scheme
    skipped: int = 0  # nothing to collect them by
    switched_off: int = 0
    amounts: dict[str, Decimal] = field(default_factory=dict)  # per currency, open on the invoices to collect

    @property
    def to_collect(self) -> int:
        return self.by_card + self.by_debit


def preview(engine: Engine, as_of: date) -> Preview:
    """Counts of the open invoices issued up to ``as_of``: by card, by direct debit (and in how many bank
    files), with nothing to collect them by, with collection switched off. Writes nothing."""
    invoices, off = collection._open_invoices(engine, None, as_of)
    sepa, ach, cards = collection._agreements(engine, invoices)
    out = Preview(switched_off=off)
    groups: set[tuple[str, str]] = set()
    settled: dict[int, Decimal] = {}
    with unit_of_work(engine) as s:
        ids = [inv.id for inv in invoices]
        for start in range(0, len(ids), PAGE):
            settled.update(allocation.allocated(s, ids[start:start + PAGE]))
    for inv in invoices:
        scheme = collection.DEBIT_SCHEMES.get(inv.currency)
        agreed = sepa if scheme == "sepa" else ach if scheme == "ach" else set()
        if inv.company_id is not None and (inv.company_id, inv.collector) in agreed:
            out.by_debit += 1
            groups.add((scheme, inv.collector))
        elif inv.customer_key in cards:
            out.by_card += 1
        else:
            out.skipped += 1
            continue
        due = inv.total - settled.get(inv.id, Decimal(0))
        out.amounts[inv.currency] = out.amounts.get(inv.currency, Decimal(0)) + due
    out.files = len(groups)
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
