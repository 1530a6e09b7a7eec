"""Tax: which rate applies to a customer, and the tax of an invoice.

Tax is computed per rate on the sum of the lines at that rate and rounded
half-up once per rate; total = subtotal + tax.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Iterable

from app.models.companies import TaxTreatment
from app.money import round_money


def customer_rate(treatment: str, issuer_rate: Decimal, own_rate: Decimal | None) -> tuple[Decimal, str | None]:
    """The rate (percent) for a customer, and the note the invoice carries."""
    if treatment == TaxTreatment.REVERSE_CHARGE.value:
        return Decimal(0), TaxTreatment.REVERSE_CHARGE.value
    if treatment == TaxTreatment.EXEMPT.value:
        return Decimal(0), TaxTreatment.EXEMPT.value
    return (own_rate if own_rate is not None else issuer_rate), None


def tax_total(lines: Iterable[tuple[Decimal, Decimal]], currency: str) -> Decimal:
    """Tax of (amount, rate) pairs: per rate, on the sum at that rate, rounded once."""
    by_rate: dict[Decimal, Decimal] = defaultdict(Decimal)
    for amount, rate in lines:
        by_rate[rate] += amount
    return sum((round_money(base * rate / 100, currency) for rate, base in by_rate.items() if rate),
               Decimal(0)).quantize(round_money(Decimal(0), currency))
