"""The demo hoster, its resellers, and how companies spread over them.

One reseller (Rheinwerk Cloud) holds 30 % of the companies, so that a large
demo has one big branch in the tenant tree; 15 % are the hoster's direct
customers; the rest spread over four smaller resellers. Between them the
resellers use all three billing modes, four currencies and five languages.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.demo.catalogue import Seller
from app.models import BillingMode, TaxTreatment

HOSTER = {
    "id": 1, "name": "Northwind Hosting", "language": "en_GB",
    "address": {"lines": ["Northwind House", "12 Wellington Place"], "city": "Leeds", "postcode": "LS1 4AP",
                "country": "GB"},
    "email": "billing@northwind-hosting.example.co.uk", "tax_id": "GB284716395", "tax_rate": Decimal(20),
    "invoice_number_format": "NW-{year}-{seq:06}", "invoicing": True, "payment_collection": True,
    "email_delivery": True,
}
HOSTER_SELLER = Seller(None, Decimal("1.45"))
HOSTER_LANGUAGES = ("en_GB", "en_GB", "en_GB", "en_GB", "de_DE", "fr_FR", "en_US")

# The hoster's minimum invoice per currency: smaller amounts wait for the next period.
MINIMUM_CHARGES = {"EUR": Decimal("5.00"), "USD": Decimal("5.00"), "GBP": Decimal("5.00"), "JPY": Decimal(800)}


@dataclass(frozen=True)
class DemoReseller:
    id: int
    code: str
    name: str
    currency: str
    language: str
    billing_day: int | None
    billing_mode: str
    tax_rate: Decimal
    tax_treatment: str  # as the hoster's customer
    number_format: str
    years: int  # a customer of the hoster for this many years
    seller: Seller
    email: str
    address: dict
    tax_id: str


_MAIL = ("mail",)
RESELLERS = (
    DemoReseller(1, "rheinwerk", "Rheinwerk Cloud GmbH", "EUR", "de_DE", 1, BillingMode.RESELLER_BILLS.value,
                 Decimal(19), TaxTreatment.REVERSE_CHARGE.value, "RW-{year}-{seq:06}", 6,
                 Seller(1, Decimal("1.35"), Decimal("0.90"), _MAIL), "rechnung@rheinwerk-cloud.example.de",
                 {"lines": ["Rheinallee 42"], "city": "Düsseldorf", "postcode": "40213", "country": "DE"},
                 "DE813962745"),
    DemoReseller(2, "nuage-services", "Nuage Services SAS", "EUR", "fr_FR", None,
                 BillingMode.HOSTER_BILLS_HOSTER_PROCESSOR.value, Decimal(20), TaxTreatment.REVERSE_CHARGE.value,
                 "NS{year}-{seq:05}", 4, Seller(2, Decimal("1.50")), "facturation@nuage-services.example.fr",
                 {"lines": ["18 rue de la République"], "city": "Lyon", "postcode": "69002", "country": "FR"},
                 "FR47528391046"),
    DemoReseller(3, "bluebird-it", "Bluebird IT Solutions Inc.", "USD", "en_US", 15,
                 BillingMode.HOSTER_BILLS_RESELLER_PROCESSOR.value, Decimal(0), TaxTreatment.EXEMPT.value,
                 "BB-{seq:07}", 3, Seller(3, Decimal("1.40"), Decimal("0.92"), ("vm", "backup")),
                 "ar@bluebird-it.example.com",
                 {"lines": ["500 Congress Avenue", "Suite 1200"], "city": "Austin, TX", "postcode": "78701",
                  "country": "US"}, "74-3196852"),
    DemoReseller(4, "sakura-systems", "Sakura Systems K.K.", "JPY", "ja_JP", 31, BillingMode.RESELLER_BILLS.value,
                 Decimal(10), TaxTreatment.EXEMPT.value, "SKR-{year}-{seq:05}", 2,
                 Seller(4, Decimal("1.30"), Decimal("0.95"), ("vm",), ("JPY",)), "seikyu@sakura-systems.example.co.jp",
                 {"lines": ["1-2-3 Marunouchi"], "city": "Chiyoda-ku, Tokyo", "postcode": "100-0005",
                  "country": "JP"}, "T8010401093541"),
    DemoReseller(5, "thames-valley", "Thames Valley Networks Ltd", "GBP", "en_GB", 28,
                 BillingMode.HOSTER_BILLS_HOSTER_PROCESSOR.value, Decimal(20), TaxTreatment.STANDARD.value,
                 "TVN-{year}-{seq:05}", 5, Seller(5, Decimal("1.55")), "accounts@thames-valley.example.co.uk",
                 {"lines": ["3 Kings Meadow"], "city": "Reading", "postcode": "RG1 8DQ", "country": "GB"},
                 "GB193847562"),
)

# Twenty slots per round: the big reseller 6 (30 %), direct 3 (15 %), the others 4, 3, 2, 2.
# Rounds are shuffled per block so neighbouring ids do not follow a visible pattern.
SLOTS: tuple[int | None, ...] = (1,) * 6 + (None,) * 3 + (2,) * 4 + (3,) * 3 + (4,) * 2 + (5,) * 2


def reseller_rows(today: date) -> list[dict]:
    """The reseller table rows (ids fixed: the database is empty)."""
    return [{
        "id": r.id, "code": r.code, "name": r.name, "currency": r.currency, "language": r.language,
        "billing_day": r.billing_day, "billing_mode": r.billing_mode,
        "signup": today.replace(day=1) - timedelta(days=365 * r.years), "email": r.email, "address": r.address,
        "tax_id": r.tax_id, "tax_rate": r.tax_rate, "invoice_number_format": r.number_format,
        "tax_treatment": r.tax_treatment, "invoicing": None, "payment_collection": None,
        "email_delivery": None,
    } for r in RESELLERS]


def sellers() -> list[Seller]:
    return [HOSTER_SELLER] + [r.seller for r in RESELLERS]
