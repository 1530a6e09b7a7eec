"""Taking a price away: the price in force on a day is removed with the row it began with.

A price applies from its start (``valid_from``) until the next one in its series; there is no row that
says "no price from this day on". So "clear this price on day D" can only mean: remove the price in
force on D, from the day it began (D itself, an earlier day, or always); then the price before it
applies again, or none. ``starts`` tells the window when each shown price began, so it can ask before
removing more than the clerk may think; ``remove_in_force`` does it, audited (``price_matrix.set_price``).

A company's own price can also be ended from a later day (``end_own_price``): from that day the company
pays its seller's price, with that price's later changes (the hoster's yearly increase reaches it), until a
later own price of the company starts. The end is a row of the company's own prices without amount
(app/models/prices.py); when the own price began that very day and no own price of the company comes before
it, removing its row is the whole end.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.pricebook import PriceBook
from app.errors import MESSAGES, ProrataError
from app.models import Company, Layer, Plan, Reseller
from app.services import price_matrix

MESSAGES.setdefault("no_price_to_remove", "{plan} has no {layer} price in {currency} on {date} to remove")
MESSAGES.setdefault("own_price_end_no_seller_price",
                    "{company}'s seller ({seller}) has no price for plan {plan} in {currency} on {date}: "
                    "without its own price {company} could not be billed for it; set the seller's price "
                    "first")

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


@dataclass(frozen=True)
class OwnPriceEnded:
    """An own price ended from ``day``: what it was, and what the company pays from then."""

    company: str
    currency: str
    plan: str
    own: Decimal  # the own price that no longer applies from ``day``
    since: date | None  # the day it began (None: it always applied)
    day: date
    pays: Decimal | None  # the seller's price of ``day``: what the company pays from then, following its
    # later changes (None: none, possible only when the own price's row was removed)
    removed: bool  # True: the own price began that day and its row was removed; False: an end row was written


def end_own_price(session: Session, *, company: str, plan: str, currency: str, day: date) -> OwnPriceEnded:
    """End ``company``'s own price of ``plan`` in ``currency`` from ``day``: from then it pays its seller's
    price. One unit of work in the caller's transaction, audited (``price_matrix.set_price``).

    Refused in words, with nothing written: no own price on ``day`` (``own_price_none_to_end``); no seller's
    price on ``day`` to fall back on; ``day`` on or before a boundary already billed for the company (as
    setting an own price is, ``app.services.billed_prices``); a reseller's login ending another seller's."""
    if session.scalar(select(Company.id).where(Company.code == company)) is None:
        raise ProrataError.of("unknown", "company", kind="company", code=company)
    plan_id = session.scalar(select(Plan.id).where(Plan.code == plan))
    if plan_id is None:
        raise ProrataError.of("unknown", "plan", kind="plan", code=plan)
    price_matrix.check_currency(session, currency)
    sellers = price_matrix.CompanySellers.load(session, company)
    book = PriceBook.load(session, [currency])
    key = sellers.own_key(plan_id, currency, day)
    own = book.in_force(key, day)
    if own is None:
        raise ProrataError.of("own_price_none_to_end", "valid_from", company=company, plan=plan, currency=currency,
                              date=day.isoformat())
    since = book.since(key, day)
    seller = sellers.on(day)
    pays = book.in_force((Layer.RETAIL.value, plan_id, currency, seller), day)
    # Began that day with no own price of the same series before it (none, or one ended): removing its row
    # is the whole end.
    removable = since == day and (day == date.min or book.in_force(key, day - timedelta(days=1)) is None)
    if removable:
        price_matrix.set_price(session, layer=Layer.COMPANY_OVERRIDE.value, plan=plan, currency=currency,
                               amount=None, valid_from=day, company=company)
        return OwnPriceEnded(company, currency, plan, own, since, day, pays, True)
    if pays is None:
        raise ProrataError.of("own_price_end_no_seller_price", "valid_from", company=company, plan=plan,
                              currency=currency, date=day.isoformat(),
                              seller=price_matrix.seller_name(session, seller))
    # The end row (an own price that began that day, on top of an earlier one, becomes it).
    price_matrix.set_price(session, layer=Layer.COMPANY_OVERRIDE.value, plan=plan, currency=currency,
                           amount=None, valid_from=day, company=company, ended=True)
    return OwnPriceEnded(company, currency, plan, own, since, day, pays, False)
