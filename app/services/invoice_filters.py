"""What an invoice list shows: the filters, page and order of ``app.services.invoices.list_invoices`` (the window
and the CLI) and of ``app.services.invoice_listing`` (the CLI's read without SQLAlchemy). Imports nothing heavy."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# The orders a list may take (newest issue first by default); each ends on the invoice's id, so that pages
# never overlap.
SORTS = ("issued", "number", "type", "customer", "issuer", "period", "status", "total")
CUSTOMER_MATCHES = 500  # companies and resellers a name may stand for in a filter


@dataclass
class Filters:
    company: str | None = None
    status: str | None = None
    issuer: str | None = None  # "hoster" or a reseller code
    customer: str | None = None  # a company or reseller code
    period_from: date | None = None
    period_to: date | None = None
    limit: int = 1000
    offset: int = 0
    sort: str = "issued"  # one of SORTS
    descending: bool = True
