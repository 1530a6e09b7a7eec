"""Price resolution over the four layers, per plan, per currency, per date.

- A company pays its own override, else its seller's retail price (the seller
  is its reseller, or the hoster for direct companies).
- A reseller pays its wholesale override, else the hoster's wholesale price.
- A company that moved to another seller (``app.services.moves``) pays an own
  price only while the seller that set it (its ``reseller_id``) sells it:
  ``company_price(..., by_seller=True)``.

Within one layer the price in force on a day is the one with the latest
``valid_from`` on or before it; a price without ``valid_from`` has always been
in force. A company's own price ends with a row without amount (app/models/prices.py):
it stays in the series, so ``in_force`` gives None from its day and the company
pays its seller's retail price (with that price's later changes) until a later
own price starts; ``since`` gives the day it ended. A missing price raises ``ProrataError('missing_price')`` naming the
customer, the plan and the currency.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models import Layer, Plan, Price

MESSAGES.setdefault("missing_price", "no {layer} price for plan {plan} in {currency} for {customer} on {date}")

_EPOCH = date.min
_MISSING = object()
# The layers' stored values, looked up once (a run asks for a price a million times).
_COMPANY_OVERRIDE, _RETAIL = Layer.COMPANY_OVERRIDE.value, Layer.RETAIL.value
_WHOLESALE_OVERRIDE, _WHOLESALE = Layer.WHOLESALE_OVERRIDE.value, Layer.WHOLESALE.value


@dataclass
class PriceBook:
    """All prices of some currencies, in memory, for fast lookups during a run."""

    _series: dict = field(default_factory=lambda: defaultdict(list))  # key -> sorted [(from, amount or None)]
    plan_codes: dict = field(default_factory=dict)
    _found: dict = field(default_factory=dict)  # (key, day) -> price: a run asks the same few questions

    def add(self, layer: str, plan_id: int, currency: str, amount: Decimal | None,
            valid_from: date | None = None, reseller_id: int | None = None,
            company_id: int | None = None) -> None:
        owner = company_id if layer == Layer.COMPANY_OVERRIDE.value else reseller_id
        keys = [(layer, plan_id, currency, owner)]
        if layer == Layer.COMPANY_OVERRIDE.value:  # also by the seller that set it, for companies that moved
            keys.append((layer, plan_id, currency, (company_id, reseller_id)))
        for key in keys:
            series = self._series[key]
            series.append((valid_from or _EPOCH, amount))
            series.sort(key=lambda x: x[0])
        self._found.clear()

    @classmethod
    def load(cls, session: Session, currencies: Iterable[str] | None = None) -> "PriceBook":
        book = cls()
        q = select(Price.layer, Price.plan_id, Price.currency, Price.amount, Price.valid_from,
                   Price.reseller_id, Price.company_id)
        if currencies is not None:
            q = q.where(Price.currency.in_(list(currencies)))
        for row in session.execute(q):
            book.add(*row)
        book.plan_codes = {pid: code for pid, code in session.execute(select(Plan.id, Plan.code))}
        return book

    def in_force(self, key: tuple, day: date) -> Decimal | None:
        """The price of a (layer, plan, currency, owner) series on ``day``, or None (none yet, or an own
        price ended: ``ended``)."""
        found = self._found.get((key, day), _MISSING)
        if found is not _MISSING:
            return found
        series = self._series.get(key)
        if not series:
            return None
        i = bisect_right(series, day, key=lambda x: x[0])
        found = self._found[key, day] = series[i - 1][1] if i else None
        return found

    def ended(self, key: tuple, day: date) -> date | None:
        """The day an own price of ``key`` ended, when that end is what is in force on ``day`` (else None)."""
        series = self._series.get(key)
        i = bisect_right(series, day, key=lambda x: x[0]) if series else 0
        return series[i - 1][0] if i and series[i - 1][1] is None else None

    def since(self, key: tuple, day: date) -> date | None:
        """When the price of ``key`` in force on ``day`` began (None: it always was, or there is none; an own
        price ended: the day it ended)."""
        series = self._series.get(key)
        i = bisect_right(series, day, key=lambda x: x[0]) if series else 0
        return series[i - 1][0] if i and series[i - 1][0] != _EPOCH else None

    @staticmethod
    def own_key(plan_id: int, currency: str, *, company_id: int, seller_id: int | None,
                by_seller: bool) -> tuple:
        """The key of the own prices a company pays while ``seller_id`` sells it: for a company that ever
        moved (``by_seller``) only those that seller set, else all of the company's. Billing, the price
        screens and the explanations all read own prices through this key."""
        owner = (company_id, seller_id) if by_seller else company_id
        return (_COMPANY_OVERRIDE, plan_id, currency, owner)

    def company_price(self, plan_id: int, currency: str, day: date, *, company_id: int,
                      seller_id: int | None, customer: str = "", by_seller: bool = False) -> Decimal:
        """What the company pays per unit on ``day`` (``by_seller``: only an own price ``seller_id`` set)."""
        # ``own_key``, written out: a run asks this for every line it bills.
        found = self.in_force((_COMPANY_OVERRIDE, plan_id, currency, (company_id, seller_id) if by_seller
                               else company_id), day)
        if found is None:
            found = self.in_force((_RETAIL, plan_id, currency, seller_id), day)
        if found is None:
            raise self._missing("retail", plan_id, currency, customer or f"company {company_id}", day)
        return found

    def reseller_cost(self, plan_id: int, currency: str, day: date, *, reseller_id: int,
                      customer: str = "") -> Decimal:
        """What the reseller pays the hoster per unit on ``day``."""
        found = self.in_force((_WHOLESALE_OVERRIDE, plan_id, currency, reseller_id), day)
        if found is None:
            found = self.in_force((_WHOLESALE, plan_id, currency, None), day)
        if found is None:
            raise self._missing("wholesale", plan_id, currency, customer or f"reseller {reseller_id}", day)
        return found

    def _missing(self, layer, plan_id, currency, customer, day) -> ProrataError:
        return ProrataError.of("missing_price", layer=layer, plan=self.plan_codes.get(plan_id, plan_id),
                               currency=currency, customer=customer, date=day.isoformat())
