"""The demo hoster's catalogue: services, plans, extras and their prices.

Prices start from a monthly wholesale amount in EUR per plan; the other
currencies are converted at fixed demo rates and rounded to price-list
amounts (whole yen, 5 cents...). Retail is wholesale times the seller's
mark-up, never at or below wholesale. Plans of one ``family`` are
alternatives of one another (a company holds at most one); ``rank`` orders
them for upgrades.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.models import Basis, Layer
from app.money import minor_digits

CURRENCIES = ("EUR", "USD", "GBP", "JPY")
# Fixed demo exchange rates from EUR: not market data, just plausible.
RATES = {"EUR": Decimal(1), "USD": Decimal("1.10"), "GBP": Decimal("0.86"), "JPY": Decimal(160)}


@dataclass(frozen=True)
class DemoService:
    code: str
    name: dict


@dataclass(frozen=True)
class DemoPlan:
    code: str
    service: str
    basis: str
    family: str
    rank: int
    wholesale_eur: Decimal
    name: dict
    description: dict | None = None


SERVICES = (
    DemoService("exchange", {"en": "Hosted Exchange", "de": "Hosted Exchange", "fr": "Exchange hébergé"}),
    DemoService("office365", {"en": "Office 365", "de": "Office 365", "fr": "Office 365"}),
    DemoService("sharepoint", {"en": "SharePoint", "de": "SharePoint", "fr": "SharePoint"}),
    DemoService("skype", {"en": "Skype for Business", "de": "Skype for Business", "fr": "Skype Entreprise"}),
    DemoService("dynamics-crm", {"en": "Dynamics CRM", "de": "Dynamics CRM", "fr": "Dynamics CRM"}),
    DemoService("citrix", {"en": "Citrix virtual desktops", "de": "Citrix virtuelle Desktops",
                           "fr": "Bureaux virtuels Citrix"}),
    DemoService("hyper-v", {"en": "Hyper-V virtual servers", "de": "Virtuelle Server (Hyper-V)",
                            "fr": "Serveurs virtuels Hyper-V"}),
    DemoService("backup", {"en": "Acronis cloud backup", "de": "Acronis Cloud-Backup",
                           "fr": "Sauvegarde cloud Acronis"}),
    DemoService("spam-filter", {"en": "Spam and virus filtering", "de": "Spam- und Virenfilter",
                                "fr": "Filtrage antispam et antivirus"}),
    DemoService("archiving", {"en": "E-mail archiving", "de": "E-Mail-Archivierung", "fr": "Archivage des e-mails"}),
)

_U, _N, _P = Basis.PER_USER.value, Basis.PER_UNIT.value, Basis.PER_PLAN.value


def _d(text: str) -> Decimal:
    return Decimal(text)


PLANS = (
    DemoPlan("exchange-basic", "exchange", _U, "mail", 0, _d("2.90"),
             {"en": "Exchange Basic (2 GB)", "de": "Exchange Basis (2 GB)", "fr": "Exchange Essentiel (2 Go)"},
             {"en": "per mailbox", "de": "je Postfach", "fr": "par boîte aux lettres"}),
    DemoPlan("exchange-business", "exchange", _U, "mail", 1, _d("4.90"),
             {"en": "Exchange Business (25 GB)", "de": "Exchange Business (25 GB)",
              "fr": "Exchange Business (25 Go)"},
             {"en": "per mailbox", "de": "je Postfach", "fr": "par boîte aux lettres"}),
    DemoPlan("exchange-enterprise", "exchange", _U, "mail", 2, _d("7.90"),
             {"en": "Exchange Enterprise (100 GB)", "de": "Exchange Enterprise (100 GB)",
              "fr": "Exchange Entreprise (100 Go)"},
             {"en": "per mailbox", "de": "je Postfach", "fr": "par boîte aux lettres"}),
    DemoPlan("o365-business-basic", "office365", _U, "mail", 1, _d("4.20"),
             {"en": "Office 365 Business Basic", "de": "Office 365 Business Basic",
              "fr": "Office 365 Business Basic"}),
    DemoPlan("o365-business-premium", "office365", _U, "mail", 3, _d("10.50"),
             {"en": "Office 365 Business Premium", "de": "Office 365 Business Premium",
              "fr": "Office 365 Business Premium"}),
    DemoPlan("office-proplus", "office365", _N, "licences", 0, _d("9.80"),
             {"en": "Office Professional Plus licence", "de": "Office Professional Plus Lizenz",
              "fr": "Licence Office Professionnel Plus"},
             {"en": "per licence", "de": "je Lizenz", "fr": "par licence"}),
    DemoPlan("sharepoint-site", "sharepoint", _N, "sharepoint", 0, _d("6.50"),
             {"en": "SharePoint site", "de": "SharePoint-Website", "fr": "Site SharePoint"},
             {"en": "per site", "de": "je Website", "fr": "par site"}),
    DemoPlan("skype-business", "skype", _U, "skype", 0, _d("2.20"),
             {"en": "Skype for Business user", "de": "Skype for Business Benutzer",
              "fr": "Utilisateur Skype Entreprise"}),
    DemoPlan("crm-professional", "dynamics-crm", _U, "crm", 0, _d("42.00"),
             {"en": "Dynamics CRM Professional", "de": "Dynamics CRM Professional",
              "fr": "Dynamics CRM Professionnel"}),
    DemoPlan("citrix-desktop", "citrix", _U, "citrix", 0, _d("18.00"),
             {"en": "Citrix desktop", "de": "Citrix-Desktop", "fr": "Bureau Citrix"}),
    DemoPlan("hyperv-s", "hyper-v", _P, "vm", 0, _d("29.00"),
             {"en": "Virtual server S (2 vCPU, 4 GB)", "de": "Virtueller Server S (2 vCPU, 4 GB)",
              "fr": "Serveur virtuel S (2 vCPU, 4 Go)"}),
    DemoPlan("hyperv-m", "hyper-v", _P, "vm", 1, _d("55.00"),
             {"en": "Virtual server M (4 vCPU, 8 GB)", "de": "Virtueller Server M (4 vCPU, 8 GB)",
              "fr": "Serveur virtuel M (4 vCPU, 8 Go)"}),
    DemoPlan("hyperv-l", "hyper-v", _P, "vm", 2, _d("99.00"),
             {"en": "Virtual server L (8 vCPU, 16 GB)", "de": "Virtueller Server L (8 vCPU, 16 GB)",
              "fr": "Serveur virtuel L (8 vCPU, 16 Go)"}),
    DemoPlan("backup-gb", "backup", _N, "backup", 0, _d("0.08"),
             {"en": "Cloud backup storage", "de": "Cloud-Backup-Speicher", "fr": "Stockage de sauvegarde"},
             {"en": "per GB", "de": "je GB", "fr": "par Go"}),
    DemoPlan("spam-filter", "spam-filter", _P, "spam", 0, _d("3.50"),
             {"en": "Spam filter (per domain)", "de": "Spamfilter (je Domain)", "fr": "Filtre antispam (par domaine)"}),
    DemoPlan("archive-mailbox", "archiving", _U, "archive", 0, _d("1.60"),
             {"en": "Mailbox archiving", "de": "Postfach-Archivierung", "fr": "Archivage de boîte aux lettres"}),
)

# Upgrades a customer actually asks for: plan -> the plans it may change to.
UPGRADES = {
    "exchange-basic": ("exchange-business",),
    "exchange-business": ("exchange-enterprise", "o365-business-premium"),
    "o365-business-basic": ("o365-business-premium",),
    "hyperv-s": ("hyperv-m",),
    "hyperv-m": ("hyperv-l",),
}


@dataclass(frozen=True)
class DemoExtra:
    code: str
    recurring: bool
    description: dict
    amounts: dict  # currency -> Decimal


def _amounts(eur: str, usd: str, gbp: str, jpy: str) -> dict:
    return {"EUR": Decimal(eur), "USD": Decimal(usd), "GBP": Decimal(gbp), "JPY": Decimal(jpy)}


ONE_OFF_EXTRAS = (
    DemoExtra("support-call", False, {"en": "Support call", "de": "Support-Anruf", "fr": "Appel au support"},
              _amounts("85.00", "95.00", "75.00", "13500")),
    DemoExtra("setup-fee", False, {"en": "Setup fee", "de": "Einrichtungsgebühr", "fr": "Frais de mise en service"},
              _amounts("149.00", "165.00", "129.00", "24000")),
    DemoExtra("mailbox-migration", False,
              {"en": "Mailbox migration", "de": "Postfachmigration", "fr": "Migration de boîtes aux lettres"},
              _amounts("250.00", "275.00", "220.00", "40000")),
    DemoExtra("onsite-visit", False, {"en": "On-site visit", "de": "Vor-Ort-Einsatz", "fr": "Intervention sur site"},
              _amounts("180.00", "199.00", "155.00", "29000")),
)
RECURRING_EXTRAS = (
    DemoExtra("firewall-lease", True,
              {"en": "Firewall appliance lease", "de": "Miete Firewall-Appliance", "fr": "Location pare-feu"},
              _amounts("39.00", "43.00", "34.00", "6200")),
    DemoExtra("server-lease", True,
              {"en": "Hardware lease (server)", "de": "Hardware-Miete (Server)", "fr": "Location de serveur"},
              _amounts("119.00", "129.00", "99.00", "19000")),
)


def price_list_amount(eur: Decimal, currency: str) -> Decimal:
    """``eur`` converted and rounded as a price list would show it, in the currency's minor units."""
    return rounded_price(eur * RATES[currency], currency)


def rounded_price(value: Decimal, currency: str) -> Decimal:
    """``value`` (in ``currency``) rounded to a price-list step: whole yen, 5 or 10 cents, a cent."""
    if currency == "JPY":
        step = Decimal(10) if value >= 1000 else Decimal(1)
    elif value >= 10:
        step = Decimal("0.10")
    elif value >= 1:
        step = Decimal("0.05")
    else:
        step = Decimal("0.01")
    rounded = (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    return rounded.quantize(Decimal(1).scaleb(-minor_digits(currency)))


def _above(amount: Decimal, floor: Decimal, currency: str) -> Decimal:
    """``amount``, or one minor unit above ``floor`` when it is not above it."""
    return amount if amount > floor else floor + Decimal(1).scaleb(-minor_digits(currency))


@dataclass(frozen=True)
class Seller:
    """Who sells retail: ``reseller_id`` None is the hoster."""

    reseller_id: int | None
    markup: Decimal
    # Volume discount on the hoster's wholesale price for these families, if any.
    wholesale_discount: Decimal | None = None
    discount_families: tuple[str, ...] = ()
    discount_currencies: tuple[str, ...] = CURRENCIES


def price_rows(plan_ids: dict[str, int], sellers: list[Seller], price_rise: date) -> list[dict]:
    """Every catalogue price row: wholesale, wholesale overrides, retail per seller.

    Every plan has a wholesale price and every seller a retail price in every
    currency, so no company can hit a hole whatever its currency. On
    ``price_rise`` Exchange plans go up 5 % at every layer (a dated price).
    """
    rows: list[dict] = []
    rise = Decimal("1.05")
    for plan in PLANS:
        pid = plan_ids[plan.code]
        dated = plan.service == "exchange"
        for cur in CURRENCIES:
            steps = [(None, plan.wholesale_eur)] + ([(price_rise, plan.wholesale_eur * rise)] if dated else [])
            for valid_from, eur in steps:
                wholesale = price_list_amount(eur, cur)
                rows.append(_row(Layer.WHOLESALE, pid, cur, wholesale, valid_from))
                for s in sellers:
                    cost = wholesale
                    if s.reseller_id is not None and s.wholesale_discount is not None \
                            and plan.family in s.discount_families and cur in s.discount_currencies:
                        cost = price_list_amount(eur * s.wholesale_discount, cur)
                        rows.append(_row(Layer.WHOLESALE_OVERRIDE, pid, cur, cost, valid_from, s.reseller_id))
                    retail = _above(price_list_amount(eur * s.markup, cur), wholesale, cur)
                    rows.append(_row(Layer.RETAIL, pid, cur, retail, valid_from, s.reseller_id))
    return rows


def company_price(retail: Decimal, currency: str) -> Decimal:
    """A negotiated company price: 10 % off the seller's retail, as a price list amount."""
    return rounded_price(retail * Decimal("0.9"), currency)


def _row(layer: Layer, plan_id: int, currency: str, amount: Decimal, valid_from: date | None,
         reseller_id: int | None = None, company_id: int | None = None) -> dict:
    return {"layer": layer.value, "plan_id": plan_id, "currency": currency, "amount": amount,
            "valid_from": valid_from, "reseller_id": reseller_id, "company_id": company_id}
