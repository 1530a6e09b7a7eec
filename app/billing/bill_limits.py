"""The amounts a bill may hold: what the database stores and every document prints.

A price and a quantity are each checked where they are entered (``app.values.numbers``), but not their
product: 99,999,999.99 a month for 999,999,999 sites is accepted, and its line is beyond what any column
stores (the run's write failed with an overflow, for every company after it). A bill with an amount of 12
digits or more before the decimal mark is refused like any bill the run cannot make: that company fails, in
words, and the run goes on.
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from app.errors import ProrataError
from app.money import to_text
from app.values.numbers import AMOUNT_LIMIT


def check_storable(bills: Iterable) -> None:
    """Raise ``amount_too_large`` for the first amount of ``bills`` (``CompanyBill``) that no column stores:
    a line's, an accrual's (the reseller's cost or margin), or the invoice's subtotal, tax or total."""
    for bill in bills:
        draft = bill.draft
        amounts = [ln.amount for ln in bill.lines] + [a.line.amount for a in bill.accruals]
        amounts += [draft.subtotal, draft.tax, draft.total]
        for amount in amounts:
            if amount is not None and abs(amount) >= AMOUNT_LIMIT:
                # No ``where``: the run's report names the company and the boundary beside the reason.
                raise ProrataError.of("amount_too_large", value=_shown(amount, bill.currency))


def _shown(amount: Decimal, currency: str) -> str:
    return f"{to_text(amount, currency)} {currency}"
