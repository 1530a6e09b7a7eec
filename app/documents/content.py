"""What one document says, as plain data: who issues it to whom, its facts, lines and totals.

app/services/documents.py reads it from an invoice (its lines' arithmetic from app/billing/explain.py);
app/documents/sample.py makes one up for the designer's preview. render.py turns it into a PDF and reads
nothing else, so a preview, a reprint and a batch render the same content the same way.

Periods are half-open like the invoice's lines (``end`` is the first day after); the PDF shows the last day.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

INVOICE = "invoice"
CREDIT_NOTE = "credit_note"
WHOLESALE = "wholesale"
STATEMENT = "statement"
# Countries that write the town before the postcode ("Leeds LS1 4AP", "Austin TX 78701").
CITY_FIRST = frozenset({"GB", "IE", "US", "CA", "AU", "NZ", "JP", "KR", "BR"})


@dataclass(frozen=True)
class Party:
    """An issuer or a customer as the document names it."""

    name: str
    address: dict | None = None  # {lines: [...], city, postcode, country}
    tax_id: str | None = None
    email: str | None = None
    code: str | None = None  # the customer number

    def address_lines(self, country_names: dict[str, str] | None = None, home: str | None = None, *,
                      postal: bool = True) -> list[str]:
        """The address as lines: street lines, then the town with its postcode as the country writes them,
        then the country unless it is ``home`` (named in the document's language when ``country_names``
        has it; in capitals on an envelope, ``postal``)."""
        a = self.address or {}
        out = list(a.get("lines") or [])
        country = a.get("country")
        postcode, city = a.get("postcode"), a.get("city")
        town = (postcode, city) if country not in CITY_FIRST else (city, postcode)
        if any(town):
            out.append(" ".join(x for x in town if x))
        if country and country != home:
            name = (country_names or {}).get(country, country)
            out.append(name.upper() if postal else name)
        return out


@dataclass(frozen=True)
class Arithmetic:
    """How a share of a period came to its amount: quantity x unit price x days / period days = amount."""

    quantity: Decimal
    unit_price: Decimal
    days: int
    period_days: int
    amount: Decimal
    basis: str | None = None  # per_user | per_unit | per_plan (None: not a plan's line)
    unit: str | None = None  # what a per_unit plan counts, in the document's language ("site")


@dataclass(frozen=True)
class Line:
    position: int
    kind: str  # recurring | proration | correction | extra | minimum | manual | wholesale | ...
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal
    amount: Decimal
    start: date | None = None
    end: date | None = None  # first day after the period
    company: str | None = None  # a reseller's document: the company the line is for
    arithmetic: Arithmetic | None = None  # shown for a share of a period (a proration, a correction)
    corrects: tuple[date, date, str | None] | None = None  # a correction: the period and the invoice that billed it
    minimum: tuple[Decimal, Decimal] | None = None  # a minimum top-up: (minimum, the other lines' subtotal)

    @property
    def last_day(self) -> date | None:
        return None if self.end is None else self.end - timedelta(days=1)


@dataclass(frozen=True)
class TaxRow:
    rate: Decimal  # percent
    base: Decimal
    tax: Decimal


@dataclass(frozen=True)
class Applied:
    """What settled part of an invoice when it was issued: the account's credit applied to it (app/payments/
    ledger.py applies it in the issue's transaction; app/services/applied_credit.py reads it back), whose source
    the document names: a payment of ``day`` kept as credit, or the credit note ``credit_note``."""

    amount: Decimal  # > 0
    day: date | None = None  # the payment's date (its credit)
    credit_note: str | None = None  # the credit note's number (its credit)


@dataclass
class Content:
    kind: str
    currency: str
    language: str  # a locale, such as de_DE
    issuer: Party
    customer: Party
    number: str | None  # None: a draft
    issue_date: date | None
    lines: list[Line] = field(default_factory=list)
    subtotal: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    total: Decimal = Decimal(0)
    tax_rows: list[TaxRow] = field(default_factory=list)
    tax_note: str | None = None  # reverse_charge | exempt
    period_start: date | None = None
    period_end: date | None = None  # first day after
    credits: tuple[str, date | None] | None = None  # a credit note: the credited invoice's number and date
    status: str = "draft"
    mandate: dict | None = None  # direct debit (app/payments/sepa/notices.py): {reference, collection_date, amount}
    # (its amount: what was due at issue, ``amount_due``)
    due_date: date | None = None  # the ledger's, when it has one (else the template's terms decide)
    applied: tuple[Applied, ...] = ()  # an invoice: the credit applied to it as it was issued

    @property
    def settles(self) -> bool:
        """Whether the document asks for payment at all: an invoice or wholesale invoice, not a credit note or
        a statement (what they say about money goes the other way)."""
        return self.kind not in (CREDIT_NOTE, STATEMENT)

    @property
    def applied_total(self) -> Decimal:
        """What was applied to it at issue (zero for a credit note or a statement)."""
        return sum((a.amount for a in self.applied), Decimal(0)) if self.settles else Decimal(0)

    @property
    def is_draft(self) -> bool:
        return self.number is None

    @property
    def period_last(self) -> date | None:
        return None if self.period_end is None else self.period_end - timedelta(days=1)

    @property
    def amount_due(self) -> Decimal:
        """What the document asks the customer to pay, in the PDF's totals ("Amount due") and payment block, its
        QR code and as the XML's amount due (cii.py): one figure, its total less the credit applied to it at
        issue, which the direct debit notice announces too (app/services/documents.py ``mandates_at_issue``
        freezes it there), so that the stored document and any re-render say the same."""
        if self.mandate and self.mandate.get("amount") is not None:
            return self.mandate["amount"]
        return self.total - self.applied_total

    @property
    def shown_period(self):
        """What the document covers, by the rule the window and the CLI show (``invoice_listing.shown_period``):
        its days (those it states: ``stated_period``), or, for a settlement with a reseller (a wholesale invoice, a statement, the credit note of
        either), only the boundary it settled up to; None: no period (a manual invoice)."""
        from app.services.invoice_listing import shown_period

        start, end = self.stated_period
        return shown_period({"kind": self.kind, "period": {
            "start": start.isoformat() if start else None, "end": end.isoformat() if end else None}})

    @property
    def stated_period(self) -> tuple[date | None, date | None]:
        """(start, end: the first day after) the document states (app/documents/stated_period.py): the stored
        period, or, for a run's invoice billing only days before its date, the days its lines cover."""
        from app.documents.stated_period import stated_period

        return stated_period(self.kind, self.issue_date, self.period_start, self.period_end,
                             ((ln.start, ln.end) for ln in self.lines))
