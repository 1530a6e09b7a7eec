"""What the tenant browser shows: plain, frozen values the directory service returns.

Nothing here touches the database or Qt; the UI turns codes (event types,
billing modes, bases) into words and formats dates and money for the reader.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


class NodeKind(str, enum.Enum):
    """The kinds of node in the tenant tree, top to bottom."""

    HOSTER = "hoster"
    RESELLER = "reseller"
    DIRECT = "direct"  # the group of the hoster's own (direct) companies
    COMPANY = "company"
    USER = "user"


@dataclass(frozen=True)
class NodeRef:
    """Names one node. ``id`` is None for the hoster and the direct-customers group."""

    kind: NodeKind
    id: int | None = None


HOSTER_REF = NodeRef(NodeKind.HOSTER)
DIRECT_REF = NodeRef(NodeKind.DIRECT)


@dataclass(frozen=True)
class NodeRow:
    """One row of the tree: a name, a code (a user's email) and, when cheap, the child count.

    ``child_count`` is None when it is not known without a query per row (companies).
    """

    ref: NodeRef
    name: str
    code: str | None = None
    child_count: int | None = None


@dataclass(frozen=True)
class SearchHit:
    """A search result; ``context`` says where it lives (a company's reseller, a user's company)."""

    ref: NodeRef
    name: str
    code: str | None
    context: str | None = None


@dataclass(frozen=True)
class HosterDetail:
    name: str
    email: str | None
    address: list[str]
    tax_id: str | None
    language: str
    currencies: list[str]
    resellers: int
    companies: int
    direct_companies: int
    users: int


@dataclass(frozen=True)
class DirectDetail:
    hoster_name: str
    companies: int


@dataclass(frozen=True)
class ResellerDetail:
    id: int
    code: str
    name: str
    billing_mode: str
    currency: str
    language: str
    billing_day: int | None
    signup: date | None
    email: str | None
    address: list[str]
    tax_id: str | None
    companies: int


@dataclass(frozen=True)
class SubscriptionLine:
    """A plan a company has today; ``quantity`` is the billable quantity."""

    plan_code: str
    plan_name: str
    basis: str
    quantity: int
    since: date


@dataclass(frozen=True)
class HistoryLine:
    """One event, with names resolved. ``currency`` is the company's currency on its date."""

    id: int
    date: date
    type: str
    plan_name: str | None = None
    to_plan_name: str | None = None
    quantity: int | None = None
    user_email: str | None = None
    code: str | None = None
    description: str | None = None
    amount: Decimal | None = None
    recurring: bool | None = None
    currency: str | None = None
    recorded_by: str | None = None


@dataclass(frozen=True)
class HistoryPage:
    rows: list[HistoryLine]
    total: int


@dataclass(frozen=True)
class CompanyDetail:
    id: int
    code: str
    name: str
    reseller_id: int | None
    reseller_name: str | None  # None: a direct customer of the hoster
    currency: str  # today's, from the events
    language: str
    billing_day: int | None  # None: the anniversary of signup
    signup: date
    delivery: str
    email: str | None
    address: list[str]
    tax_id: str | None
    tax_treatment: str
    tax_rate: Decimal | None
    users: int
    subscriptions: list[SubscriptionLine]
    history: HistoryPage
    # The billing day in force on the day asked for (after the company's billing-day changes that have taken
    # effect by then; None: the anniversary); ``billing_day`` is the one chosen at signup.
    billing_day_today: int | None = None
    term_today: str = "monthly"  # the billing term in force on that day (monthly, quarterly, half_yearly, yearly)


@dataclass(frozen=True)
class AssignedPlan:
    plan_name: str
    since: date


@dataclass(frozen=True)
class UserDetail:
    id: int
    name: str
    email: str
    company_id: int
    company_code: str
    company_name: str
    plans: list[AssignedPlan] = field(default_factory=list)


def address_lines(address: dict | None) -> list[str]:
    """A stored address (``lines``, ``postcode``, ``city``, ``country``) as printable lines."""
    if not address:
        return []
    out = [str(x) for x in address.get("lines") or [] if str(x).strip()]
    town = " ".join(str(address[k]) for k in ("postcode", "city") if address.get(k))
    if town:
        out.append(town)
    if address.get("country"):
        out.append(str(address["country"]))
    return out
