"""A line's computation as the customer reads it: "3 users × 12.00 € × 5/31 days = 5.81 €".

The figures are app/billing/explain.py's (the ``formula`` phrase: quantity, the billed unit price, the days
of the period billed and the period's days), never computed again here; ``from_explanation`` only picks
them, with what a correction corrects and what a minimum charge topped up. ``words`` says them in the
document's language. A whole period (``formula_whole``) needs no words: its quantity and unit price are in
their columns.
"""
from __future__ import annotations

from decimal import Decimal

from app.documents.content import Arithmetic
from app.documents.wording import Wording


def from_explanation(ex, basis: str | None, unit: str | None
                     ) -> tuple[Arithmetic | None, tuple | None, tuple[Decimal, Decimal] | None]:
    """(arithmetic, corrects, minimum) of one ``LineExplanation``: the share of a period it bills (None for a
    whole one), the period and invoice a correction corrects, and a minimum top-up's minimum and subtotal."""
    arithmetic = None
    for phrase in ex.words:
        if phrase.id == "formula":
            p = phrase.params
            arithmetic = Arithmetic(quantity=p["quantity"], unit_price=p["unit_price"], days=p["days"],
                                    period_days=p["period_days"], amount=ex.amount, basis=basis, unit=unit)
    corrects = None
    if ex.corrected_period is not None:
        corrects = (ex.corrected_period.start, ex.corrected_period.end, ex.corrected_invoice)
    minimum = (ex.minimum, ex.topped_subtotal) if ex.minimum is not None else None
    return arithmetic, corrects, minimum


def quantity_words(a: Arithmetic, w: Wording) -> str:
    """The quantity with what it counts: "3 users", "3 units"; a named unit after the price instead."""
    n = w.number(a.quantity)
    size = abs(a.quantity)
    count = int(size) if size == size.to_integral_value() else 2  # a fraction takes the plural
    if a.basis == "per_user":
        return w.ngettext("{n} user", "{n} users", count, n=n)
    if a.basis == "per_unit" and not a.unit:
        return w.ngettext("{n} unit", "{n} units", count, n=n)
    return n


def words(a: Arithmetic, w: Wording) -> str:
    """The arithmetic of a share of a period, in words the customer can follow."""
    price = w.price(a.unit_price)
    if a.basis == "per_unit" and a.unit:
        # A named unit is stored once, not in plural forms: "3 × 12.00 € per site" reads right in any number.
        price = w.gettext("{price} per {unit}", price=price, unit=a.unit)
    share = f"{a.days}/{a.period_days}"
    days = w.ngettext("{n} day", "{n} days", a.period_days, n=share)
    return w.gettext("{quantity} × {price} × {days} = {amount}", quantity=quantity_words(a, w), price=price,
                     days=days, amount=w.money(a.amount))
