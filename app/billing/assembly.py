"""From computed lines to an invoice: minimum charge, tax, totals, kind.

Pure: takes rounded line amounts, returns what to write. An invoice with no
lines is not created; one whose subtotal is positive but under the issuer's
minimum is deferred (its lines move to the next invoice) or topped up with a
``minimum`` line; one whose total is negative is a credit note.
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
    if minimum is not None and Decimal(0) < subtotal < minimum.amount:
        if minimum.policy == MinimumPolicy.DEFER.value:
            # Not issued; its totals say what waits for the next invoice (which taxes it afresh).
            tax = tax_total([(a, rate) for a in amounts], currency)
            return Draft(DEFERRED, subtotal=subtotal, tax=tax, total=subtotal + tax, amounts=amounts)
        top_up = minimum.amount - subtotal
        subtotal = minimum.amount
    taxed = [(a, rate) for a in amounts] + ([(top_up, rate)] if top_up else [])
    tax = tax_total(taxed, currency)
    total = subtotal + tax
    kind = InvoiceKind.CREDIT_NOTE.value if total < 0 else InvoiceKind.INVOICE.value
    return Draft(INVOICE, kind, top_up, subtotal, tax, total, amounts)
