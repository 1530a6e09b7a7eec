"""From computed lines to an invoice: minimum charge, tax, totals, kind.

Pure: takes rounded line amounts, returns what to write. An invoice with no
lines is not created. Under the issuer's minimum charge:

- ``defer``: one whose subtotal (credits included) is positive but under the
  minimum is deferred (its lines move to the next invoice);
- ``top_up``: the minimum is what a billing period's invoice charges at least,
  credits aside: when the charges of its own lines (``weighed``: the positive
  lines due at its boundary, for the coming period and the past one's
  prorations and extras; not the corrections of earlier periods, whose own
  minimum app/billing/company_bill.py recomputes) are under the minimum, a
  ``minimum`` line makes up the difference, and its credits (negative
  prorations, corrections of past periods) are given in full on top. Charges
  8.00 and a credit of -3.00 under a 10.00 minimum: 8.00 + 2.00 - 3.00 =
  7.00. An invoice that charges nothing of its own is not topped up (nor, app/billing/company_bill.py weighing
  nothing for it, a company's last one after it left: it bills no period).

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
# The enums' stored values, looked up once (a run assembles a bill per company).
_TOP_UP, _DEFER = MinimumPolicy.TOP_UP.value, MinimumPolicy.DEFER.value
_INVOICE_KIND, _CREDIT_NOTE = InvoiceKind.INVOICE.value, InvoiceKind.CREDIT_NOTE.value


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


def top_up_of(amounts: list[Decimal], minimum: Minimum | None) -> Decimal:
    """What a ``top_up`` minimum adds to a period's lines of these amounts: the minimum less their charges
    (positive amounts), when they charge something under it; else 0 (no minimum, or ``defer``)."""
    if minimum is None or minimum.policy != _TOP_UP:
        return Decimal(0)
    charges = sum((a for a in amounts if a > 0), Decimal(0))
    return minimum.amount - charges if Decimal(0) < charges < minimum.amount else Decimal(0)


def assemble(amounts: list[Decimal], rate: Decimal, currency: str, minimum: Minimum | None,
             weighed: list[Decimal] | None = None) -> Draft:
    """Decide the outcome for lines with these rounded amounts, all taxed at ``rate``. ``weighed``: the
    amounts a ``top_up`` minimum weighs, the invoice's own period's (None: all of ``amounts``)."""
    if not amounts:
        return Draft(NOTHING)
    subtotal = sum(amounts, Decimal(0))
    top_up = Decimal(0)
    if minimum is not None and minimum.policy == _DEFER:
        if Decimal(0) < subtotal < minimum.amount:
            # Not issued; its totals say what waits for the next invoice (which taxes it afresh).
            tax = tax_total([(a, rate) for a in amounts], currency)
            return Draft(DEFERRED, subtotal=subtotal, tax=tax, total=subtotal + tax, amounts=amounts)
    elif minimum is not None:
        # A refund is the customer's whatever the minimum: it is not used to reach it.
        top_up = top_up_of(amounts if weighed is None else weighed, minimum)
        subtotal += top_up
    taxed = [(a, rate) for a in amounts] + ([(top_up, rate)] if top_up else [])
    tax = tax_total(taxed, currency)
    total = subtotal + tax
    kind = _CREDIT_NOTE if total < 0 else _INVOICE_KIND
    return Draft(INVOICE, kind, top_up, subtotal, tax, total, amounts)


def retaxed(draft: Draft, taxed: list[tuple[Decimal, Decimal]], currency: str) -> Draft:
    """``draft`` with its tax worked out from (amount, rate) pairs, its lines and top-up's, when they are not all
    at one rate (a line giving back days already invoiced carries the rate of the invoice that billed them:
    app/billing/company_bill.py): tax per rate, each rounded once (``tax_total``); total and kind follow."""
    if draft.outcome == NOTHING:
        return draft
    tax = tax_total(taxed, currency)
    total = draft.subtotal + tax
    kind = draft.kind
    if draft.outcome == INVOICE:
        kind = _CREDIT_NOTE if total < 0 else _INVOICE_KIND
    return Draft(draft.outcome, kind, draft.top_up, draft.subtotal, tax, total, draft.amounts)
