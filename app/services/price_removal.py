"""Taking a price away: the price in force on a day is removed with the row it began with.

A price applies from its start (``valid_from``) until the next one in its series; there is no row that
says "no price from this day on". So "clear this price on day D" can only mean: remove the price in
force on D, from the day it began (D itself, an earlier day, or always); then the price before it
applies again, or none. ``starts`` tells the window when each shown price began, so it can ask before
removing more than the clerk may think; ``remove_in_force`` does it, audited (``price_matrix.set_price``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.pricebook import PriceBook
from app.errors import MESSAGES, ProrataError
from app.models import Layer, Plan, Reseller
from app.services import price_matrix

MESSAGES.setdefault("no_price_to_remove", "{plan} has no {layer} price in {currency} on {date} to remove")

HOSTER = "hoster"


@dataclass(frozen=True)
class Removed:
    plan: str
    layer: str
    amount: Decimal
    since: date | None  # the day the removed price began (None: it always applied)


def _owner(session: Session, layer: str, seller: str | None) -> int | None:
    if layer == Layer.WHOLESALE.value or seller in (None, HOSTER):
        return None
    rid = session.scalar(select(Reseller.id).where(Reseller.code == seller))
    if rid is None:
        raise ProrataError.of("not_found", "reseller", kind="reseller", code=seller)
    return rid


def starts(session: Session, currency: str, seller: str, on: date) -> dict[tuple[str, str], date | None]:
    """(plan code, layer) -> the day the price in force on ``on`` began (None: always), for the layers of
    ``seller``'s price matrix that have one (wholesale, the seller's own wholesale, its retail)."""
    book = PriceBook.load(session, [currency])
    rid = None if seller == HOSTER else _owner(session, Layer.RETAIL.value, seller)
    layers = [(Layer.RETAIL.value, rid)]
    if rid is not None:
        layers += [(Layer.WHOLESALE.value, None), (Layer.WHOLESALE_OVERRIDE.value, rid)]
    out: dict[tuple[str, str], date | None] = {}
    for plan_id, code in session.execute(select(Plan.id, Plan.code)):
        for layer, owner in layers:
            key = (layer, plan_id, currency, owner)
            if book.in_force(key, on) is not None:
                out[code, layer] = book.since(key, on)
    return out


def remove_in_force(session: Session, *, layer: str, plan: str, currency: str, on: date,
                    reseller: str | None = None) -> Removed:
    """Remove ``layer``'s price of ``plan`` in force on ``on`` (``reseller``'s for its own wholesale and
    retail), from the day it began. Audited; refused in words when there is no such price."""
    plan_id = session.scalar(select(Plan.id).where(Plan.code == plan))
    if plan_id is None:
        raise ProrataError.of("unknown", "plan", kind="plan", code=plan)
    key = (layer, plan_id, currency, _owner(session, layer, reseller))
    book = PriceBook.load(session, [currency])
    amount = book.in_force(key, on)
    if amount is None:
        raise ProrataError.of("no_price_to_remove", "amount", plan=plan, layer=layer.replace("_", " "),
                              currency=currency, date=on.isoformat())
    since = book.since(key, on)
    price_matrix.set_price(session, layer=layer, plan=plan, currency=currency, amount=None, valid_from=since,
                           reseller=None if layer == Layer.WHOLESALE.value else reseller)
    return Removed(plan, layer, amount, since)
