"""From computed lines to an invoice: minimum charge, tax, totals, kind.

Pure: takes rounded line amounts, returns what to write. An invoice with no
lines is not created. Under the issuer's minimum charge:

- ``defer``: one whose subtotal (credits included) is positive but under the
  minimum is deferred (its lines move to the next invoice);
- ``top_up``: the minimum is what the invoice charges at least, credits aside:
  when its charges (its positive lines, for the coming period and for past
  ones) are under the minimum, a ``minimum`` line makes up the difference, and
  its credits (negative prorations, corrections of past periods) are given in
  full on top. Charges 8.00 and a credit of -3.00 under a 10.00 minimum: 8.00
  + 2.00 - 3.00 = 7.00. An invoice that charges nothing is not topped up.

One whose total is negative is a credit note.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.billing.tax import tax_total
from app.models.billing import MinimumPolicy
from app.models.invoices import InvoiceKind

INVOICE = "invoice"
DEFERRED = "deferred"
NOTHING = "nothing"


@dataclass(frozen=True)
class Minimum:
    amount: Decimal
    policy: str  # MinimumPolicy value


@dataclass
class Draft:
    """The outcome for one customer and boundary."""

    outcome: str  # INVOICE, DEFERRED or NOTHING
    kind: str = InvoiceKind.INVOICE.value
    top_up: Decimal = Decimal(0)  # the amount of the ``minimum`` line, if any
    subtotal: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    total: Decimal = Decimal(0)
    amounts: list = field(default_factory=list)


def assemble(amounts: list[Decimal], rate: Decimal, currency: str, minimum: Minimum | None) -> Draft:
    """Decide the outcome for lines with these rounded amounts, all taxed at ``rate``."""
    if not amounts:
        return Draft(NOTHING)
    subtotal = sum(amounts, Decimal(0))
    top_up = Decimal(0)
    if minimum is not None and minimum.policy == MinimumPolicy.DEFER.value:
        if Decimal(0) < subtotal < minimum.amount:
            # Not issued; its totals say what waits for the next invoice (which taxes it afresh).
            tax = tax_total([(a, rate) for a in amounts], currency)
            return Draft(DEFERRED, subtotal=subtotal, tax=tax, total=subtotal + tax, amounts=amounts)
    elif minimum is not None:
        charges = sum((a for a in amounts if a > 0), Decimal(0))
        if Decimal(0) < charges < minimum.amount:
            # A refund is the customer's whatever the minimum: it is not used to reach it.
            top_up = minimum.amount - charges
            subtotal += top_up
    taxed = [(a, rate) for a in amounts] + ([(top_up, rate)] if top_up else [])
    tax = tax_total(taxed, currency)
    total = subtotal + tax
    kind = InvoiceKind.CREDIT_NOTE.value if total < 0 else InvoiceKind.INVOICE.value
    return Draft(INVOICE, kind, top_up, subtotal, tax, total, amounts)
