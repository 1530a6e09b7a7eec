"""Checking a whole bundle against itself and the database, before anything is written.

``check_bundle`` reads every section, collects every problem with its JSON
path, and either raises one ``ProrataError`` carrying all of them or returns a
``CheckedBundle``: clean rows that refer to each other by code, ready for the
importer to resolve into ids.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from app.billing.periods import MONTHLY, Term
from app.bundle import FORMAT
from app.bundle import billing_settings as bs
from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.bundle.history import check_events
from app.bundle.known import Known
from app.bundle.refs import CompanyRef, Refs
from app.errors import MESSAGES, ProrataError
from app.models import Basis, BillingMode, Delivery, Layer, TaxTreatment
from app.models.users import email_key
from app.money import is_currency
from app.services.catalogue import check_unit
from app.services.customer_codes import COMPANY, RESELLER, refuse_taken
from app.services.extra_items import check_amounts

MESSAGES.setdefault("reverse_charge_needs_tax_id", "a VAT ID is required when the tax treatment is reverse charge: "
                                                   "the customer owes the VAT, and its invoices must give its VAT ID")

SECTIONS = ("format", "hoster", "settings", "services", "plans", "extra_items", "resellers", "companies", "users",
            "prices", "events")
HOSTER_SELLER = "hoster"  # the retail seller that means the hoster itself

# Price keys naming who a price is for, per layer.
LAYER_SCOPE = {
    Layer.WHOLESALE.value: None,
    Layer.WHOLESALE_OVERRIDE.value: "reseller",
    Layer.RETAIL.value: "seller",
    Layer.COMPANY_OVERRIDE.value: "company",
}


@dataclass
class CheckedBundle:
    """A valid bundle: rows to insert, referring to each other (and the database) by code.

    ``currencies`` are the codes to enable (new, or disabled until now);
    ``minimums`` are minimum charges by issuer (None: the hoster; else a reseller code);
    ``events`` are in the order they take effect (date, then position in the file).
    """

    hoster: dict | None = None
    currencies: list[str] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)
    plans: list[dict] = field(default_factory=list)
    resellers: list[dict] = field(default_factory=list)
    companies: list[dict] = field(default_factory=list)
    users: list[dict] = field(default_factory=list)
    prices: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    minimums: list[dict] = field(default_factory=list)
    extra_items: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "hoster": 1 if self.hoster else 0,
            "currencies": len(self.currencies),
            "services": len(self.services),
            "plans": len(self.plans),
            "resellers": len(self.resellers),
            "companies": len(self.companies),
            "users": len(self.users),
            "prices": len(self.prices),
            "events": len(self.events),
            # Named only when there are some: bundles from before the extra-item catalogue count as before.
            **({"extra_items": len(self.extra_items)} if self.extra_items else {}),
        }


def check_format(doc: Any) -> None:
    """Refuse a document that is not a ``prorata-bundle/1`` object (nothing else is checked then)."""
    if not isinstance(doc, dict):
        raise ProrataError.of("bad_type", "$", expected="a JSON object", got=f.json_type(doc))
    if doc.get("format") != FORMAT:
        raise ProrataError.of("bad_format", "$.format", expected=FORMAT, got=doc.get("format"))


def check_bundle(doc: Any, known: Known) -> CheckedBundle:
    """Every problem of ``doc`` at once (as one ProrataError), or the clean bundle."""
    check_format(doc)
    probs = Problems()
    for key in doc:
        if key not in SECTIONS:
            probs.add("unknown_key", f"$.{key}", key=key, allowed=", ".join(SECTIONS))
    refs = Refs(known)
    out = CheckedBundle()
    out.hoster, out.currencies = _hoster(doc.get("hoster"), known, refs, probs, out.minimums)
    _settings(doc.get("settings"), known, out.hoster, probs)
    out.services = _services(f.section(doc, "services", probs), refs, probs)
    out.plans = _plans(f.section(doc, "plans", probs), refs, probs)
    out.extra_items = _extra_items(f.section(doc, "extra_items", probs), refs, probs)
    out.resellers = _resellers(f.section(doc, "resellers", probs), refs, probs, out.minimums)
    out.companies = _companies(f.section(doc, "companies", probs), refs, probs)
    out.users = _users(f.section(doc, "users", probs), refs, probs)
    out.prices = _prices(f.section(doc, "prices", probs), refs, probs)
    out.events = check_events(f.section(doc, "events", probs), refs, probs, undo_links=True)
    probs.items.sort(key=_file_order)
    probs.raise_if_any()
    return out


_ITEM = re.compile(r"^\$\.(\w+)(?:\[(\d+)\])?")


def _file_order(problem) -> tuple[int, int]:
    """Problems in the order of the file: by section, then item (stable within an item)."""
    m = _ITEM.match(problem.where)
    if not m or m.group(1) not in SECTIONS:
        return (-1, -1)
    return (SECTIONS.index(m.group(1)), int(m.group(2)) if m.group(2) else -1)


def _get(item: dict, key: str, where: str, probs: Problems, check: Callable, *args, **kw) -> Any:
    """Check ``item[key]`` when present; a missing key gives None (already reported if required)."""
    value = item.get(key)
    if value is None:
        return None
    return check(value, f"{where}.{key}", probs, *args, **kw)


class _Codes:
    """Codes defined by one section: a code twice in the file, or already stored, is a problem."""

    def __init__(self, kind: str, stored: Callable[[Any], bool]) -> None:
        self.kind = kind
        self.stored = stored
        self.first: dict[Any, str] = {}

    def claim(self, value: Any, where: str, probs: Problems, shown: str | None = None) -> bool:
        shown = shown if shown is not None else value
        if value in self.first:
            probs.add("duplicate_in_file", where, kind=self.kind, code=shown, first=self.first[value])
            return False
        self.first[value] = where
        if self.stored(value):
            probs.add("exists", where, kind=self.kind, code=shown)
            return False
        return True


def _hoster(h: Any, known: Known, refs: Refs, probs: Problems,
            minimums: list[dict]) -> tuple[dict | None, list[str]]:
    """The new hoster's row (None when the database has one) and the currencies to enable.

    The hoster's minimum charges go to ``minimums`` when the hoster is new; for a
    stored hoster, its billing settings must equal the stored ones.
    """
    w = "$.hoster"
    if h is None:
        if known.hoster is None:
            probs.add("missing", w, field="hoster (the database has no hoster yet)")
        return None, []
    item = f.obj(h, w, probs, required=("name", "currencies"),
                 optional=("language", "address", "email", "tax_id") + bs.ISSUER_KEYS)
    if item is None:
        return None, []
    name = _get(item, "name", w, probs, f.text, field="name")
    if known.hoster is not None and name is not BAD and name is not None and name != known.hoster:
        probs.add("other_hoster", f"{w}.name", current=known.hoster, given=name)
    codes: list[str] = []
    cur = item.get("currencies")
    if cur is not None:
        if not isinstance(cur, list) or not cur:
            probs.add("bad_type", f"{w}.currencies", expected="a list of currency codes", got=f.json_type(cur))
        else:
            for i, c in enumerate(cur):
                if not is_currency(c):
                    probs.add("unknown_currency", f"{w}.currencies[{i}]", code=c)
                elif c not in codes:
                    codes.append(c)
    if known.hoster is not None:
        # Into a live database a currency the hoster disabled stays disabled (what the bundle bills in it is
        # refused as disabled); a backup restored into one without a hoster enables every currency it lists.
        codes = [c for c in codes if known.currencies.get(c, True)]
    refs.enabled.update(codes)
    to_enable = [c for c in codes if not known.currencies.get(c)]
    language = _get(item, "language", w, probs, f.language) or "en_GB"
    if known.hoster is None:
        refs.hoster_language = language
    row = {
        "name": name,
        "language": language,
        "address": _get(item, "address", w, probs, f.address),
        "email": _get(item, "email", w, probs, f.email),
        "tax_id": _get(item, "tax_id", w, probs, f.text, field="tax_id", max_len=64, required=False),
    }
    given, mins = bs.issuer_settings(item, w, probs, refs.enabled)
    if known.hoster is not None:
        if item.get("min_charge") is not None and mins is not BAD:
            given["min_charge"] = bs.minimums_by_currency(mins)
        bs.compare_stored(given, known.hoster_billing, {k: f"{w}.{k}" for k in bs.ISSUER_KEYS}, probs)
        return None, to_enable
    row.update(bs.with_defaults(given))
    row.update({key: True for key in bs.BUNDLE_SWITCHES})
    minimums += [{**m, "issuer": None} for m in mins or ()]
    return row, to_enable


def _settings(value: Any, known: Known, hoster: dict | None, probs: Problems) -> None:
    """The top-level switches: the new hoster's, or equal to the stored hoster's."""
    if value is None:
        return
    given = bs.switches(value, "$.settings", probs)
    if given is BAD:
        return
    if known.hoster is not None:
        bs.compare_stored(given, known.hoster_billing, {k: f"$.settings.{k}" for k in bs.BUNDLE_SWITCHES}, probs)
    elif hoster is not None:
        hoster.update(given)


def _services(items: list, refs: Refs, probs: Problems) -> list[dict]:
    codes = _Codes("service", lambda c: c in refs.known.services)
    out = []
    for i, raw in enumerate(items):
        w = f"$.services[{i}]"
        item = f.obj(raw, w, probs, required=("code", "name"), optional=("description",))
        if item is None:
            continue
        code = _get(item, "code", w, probs, f.code)
        row = {"code": code, "name": _get(item, "name", w, probs, f.texts),
               "description": _get(item, "description", w, probs, f.texts, required=False)}
        if code and codes.claim(code, f"{w}.code", probs):
            refs.services.add(code)
            out.append(row)
    return out


def _plans(items: list, refs: Refs, probs: Problems) -> list[dict]:
    codes = _Codes("plan", lambda c: c in refs.known.plans)
    out = []
    for i, raw in enumerate(items):
        w = f"$.plans[{i}]"
        item = f.obj(raw, w, probs, required=("code", "service", "basis", "name"),
                     optional=("description", "unit", "retired_on"))
        if item is None:
            continue
        code = _get(item, "code", w, probs, f.code)
        service = _get(item, "service", w, probs, f.code)
        if service and not refs.has_service(service):
            probs.add("unknown", f"{w}.service", kind="service", code=service)
        basis = _get(item, "basis", w, probs, f.choice, Basis)
        row = {"code": code, "service": service, "basis": basis, "name": _get(item, "name", w, probs, f.texts),
               "description": _get(item, "description", w, probs, f.texts, required=False),
               "unit": check_unit(item.get("unit"), basis, code or "", probs, f"{w}.unit", required=False),
               "retired_on": _get(item, "retired_on", w, probs, f.iso_date)}
        if code and codes.claim(code, f"{w}.code", probs):
            refs.plans[code] = basis or None
            if row["retired_on"]:
                refs.plans_retired[code] = row["retired_on"]
            out.append(row)
    return out


def _extra_items(items: list, refs: Refs, probs: Problems) -> list[dict]:
    """The extra-item catalogue: code, names, recurring, default amounts by (enabled) currency."""
    codes = _Codes("extra item", lambda c: c in refs.known.extra_items)
    out = []
    for i, raw in enumerate(items):
        w = f"$.extra_items[{i}]"
        item = f.obj(raw, w, probs, required=("code", "name", "recurring"), optional=("amounts", "retired_on"))
        if item is None:
            continue
        code = _get(item, "code", w, probs, f.code)
        row = {"code": code, "name": _get(item, "name", w, probs, f.texts),
               "recurring": _get(item, "recurring", w, probs, f.flag),
               "amounts": check_amounts({} if item.get("amounts") is None else item["amounts"], probs,
                                        refs.enabled, f"{w}.amounts"),
               "retired_on": _get(item, "retired_on", w, probs, f.iso_date)}
        if code and codes.claim(code, f"{w}.code", probs):
            out.append(row)
    return out


def _billing_day(item: dict, w: str, probs: Problems) -> Any:
    if "billing_day" not in item or item["billing_day"] is None:
        return None  # the anniversary
    return f.billing_day(item["billing_day"], f"{w}.billing_day", probs)


def reseller_code(value: Any, where: str, probs: Problems) -> Any:
    """A reseller's code: a code, and not the word a retail price's seller uses for the hoster itself."""
    code = f.code(value, where, probs)
    if code == HOSTER_SELLER:
        return probs.add("reserved_code", where, code=code, reason="a retail price's seller "
                         "\"hoster\" means the hoster itself")
    return code


def delivery_contact(delivery: Any, email: Any, address: Any, probs: Problems, email_where: str,
                     address_where: str) -> None:
    """A company's invoices delivered by e-mail need an e-mail address; by post, a postal address."""
    if delivery == Delivery.EMAIL.value and email is None:
        probs.add("email_needed", email_where)
    if delivery == Delivery.POST.value and address is None:
        probs.add("address_needed", address_where)


def own_rate(tax_rate: Any, treatment: Any, where: str, probs: Problems) -> Any:
    """A company's own tax rate, which only the standard tax treatment takes."""
    if tax_rate is not None and tax_rate is not BAD and treatment != bs.DEFAULT_TREATMENT:
        return probs.add("rate_needs_standard", where, treatment=treatment)
    return tax_rate


def reverse_charge_tax_id(treatment: Any, tax_id: Any, where: str, probs: Problems) -> None:
    """A customer taxed by reverse charge needs its VAT id (``tax_id``): its invoices bill no VAT and say the
    customer owes it, which EN 16931 (BR-AE-02) allows only when they name the customer's VAT identifier.
    One rule for companies and resellers (the hoster's customers), wherever they are written: the window's
    forms and the command line (``companies_admin``, ``resellers_admin``), bundles and CSV imports (here).
    ``where``: the tax_id field's location; a refused tax_id (BAD) is reported already."""
    if treatment == TaxTreatment.REVERSE_CHARGE.value and tax_id is None:
        probs.add("reverse_charge_needs_tax_id", where)


def _resellers(items: list, refs: Refs, probs: Problems, minimums: list[dict]) -> list[dict]:
    codes = _Codes("reseller", lambda c: c in refs.known.resellers)
    out = []
    for i, raw in enumerate(items):
        w = f"$.resellers[{i}]"
        item = f.obj(raw, w, probs, required=("code", "name", "currency"),
                     optional=("language", "billing_day", "billing_mode", "signup", "email", "address",
                               "tax_id", "tax_treatment", "settings") + bs.ISSUER_KEYS)
        if item is None:
            continue
        code = _get(item, "code", w, probs, reseller_code)
        language = _get(item, "language", w, probs, f.language) or refs.hoster_language
        row = {
            "code": code,
            "name": _get(item, "name", w, probs, f.text, field="name"),
            "currency": _get(item, "currency", w, probs, f.currency, refs.enabled),
            "language": language,
            "billing_day": _billing_day(item, w, probs),
            "billing_mode": _get(item, "billing_mode", w, probs, f.choice, BillingMode)
            or BillingMode.RESELLER_BILLS.value,
            "signup": _get(item, "signup", w, probs, f.iso_date),
            "email": _get(item, "email", w, probs, f.email),
            "address": _get(item, "address", w, probs, f.address),
            "tax_id": _get(item, "tax_id", w, probs, f.text, field="tax_id", max_len=64, required=False),
            "tax_treatment": _get(item, "tax_treatment", w, probs, bs.treatment) or bs.DEFAULT_TREATMENT,
        }
        reverse_charge_tax_id(row["tax_treatment"], row["tax_id"], f"{w}.tax_id", probs)
        given, mins = bs.issuer_settings(item, w, probs, refs.enabled)
        row.update(bs.with_defaults(given))
        switches = _get(item, "settings", w, probs, bs.switches) or {}
        row.update({key: switches.get(key) for key in bs.BUNDLE_SWITCHES})  # None: as the hoster
        if code:
            refuse_taken(RESELLER, code, code in refs.known.company_codes, probs, f"{w}.code")
        if code and codes.claim(code, f"{w}.code", probs):
            refs.resellers[code] = language or None
            out.append(row)
            minimums += [{**m, "issuer": code} for m in mins or ()]
    return out


def _companies(items: list, refs: Refs, probs: Problems) -> list[dict]:
    codes = _Codes("company", lambda c: c in refs.known.companies)
    out = []
    for i, raw in enumerate(items):
        w = f"$.companies[{i}]"
        item = f.obj(raw, w, probs, required=("code", "name", "currency", "signup"),
                     optional=("reseller", "language", "billing_day", "delivery", "email", "address", "tax_id",
                               "tax_treatment", "tax_rate", "term"))
        if item is None:
            continue
        code = _get(item, "code", w, probs, f.code)
        reseller = _get(item, "reseller", w, probs, f.code)
        if reseller and not refs.has_reseller(reseller):
            probs.add("unknown", f"{w}.reseller", kind="reseller", code=reseller)
            reseller = BAD
        currency = _get(item, "currency", w, probs, f.currency, refs.enabled)
        signup = _get(item, "signup", w, probs, f.iso_date)
        language = _get(item, "language", w, probs, f.language)
        if language is None:
            language = (refs.reseller_language(reseller) if reseller else None) or refs.hoster_language
        delivery = _get(item, "delivery", w, probs, f.choice, Delivery) or Delivery.EMAIL.value
        email = _get(item, "email", w, probs, f.email)
        address = _get(item, "address", w, probs, f.address)
        delivery_contact(delivery, email, address, probs, f"{w}.email", f"{w}.address")
        treatment = _get(item, "tax_treatment", w, probs, bs.treatment) or bs.DEFAULT_TREATMENT
        tax_rate = own_rate(_get(item, "tax_rate", w, probs, bs.tax_rate), treatment, f"{w}.tax_rate", probs)
        row = {
            "code": code, "name": _get(item, "name", w, probs, f.text, field="name"),
            "reseller": reseller, "currency": currency, "language": language,
            "billing_day": _billing_day(item, w, probs), "signup": signup, "delivery": delivery,
            "email": email, "address": address,
            "tax_id": _get(item, "tax_id", w, probs, f.text, field="tax_id", max_len=64, required=False),
            "tax_treatment": treatment, "tax_rate": tax_rate,
            "term": _get(item, "term", w, probs, f.choice, Term) or MONTHLY,  # at signup
        }
        reverse_charge_tax_id(treatment, row["tax_id"], f"{w}.tax_id", probs)
        if code:
            refuse_taken(COMPANY, code, refs.has_reseller(code), probs, f"{w}.code")
        if code and codes.claim(code, f"{w}.code", probs):
            refs.companies[code] = CompanyRef(code, currency or None, signup or None,
                                              seller=(reseller or HOSTER_SELLER) if reseller is not BAD else None)
            out.append(row)
    return out


def _users(items: list, refs: Refs, probs: Problems) -> list[dict]:
    codes = _Codes("user", lambda key: key in refs.known.users)
    out = []
    for i, raw in enumerate(items):
        w = f"$.users[{i}]"
        item = f.obj(raw, w, probs, required=("company", "email", "name"))
        if item is None:
            continue
        company = _get(item, "company", w, probs, f.code)
        if company and refs.company(company) is None:
            probs.add("unknown", f"{w}.company", kind="company", code=company)
            company = BAD
        email = _get(item, "email", w, probs, f.email)
        row = {"company": company, "email": email, "name": _get(item, "name", w, probs, f.text, field="name")}
        if company and email and codes.claim((company, email_key(email)), f"{w}.email", probs,
                                             shown=f"{email} of {company}"):
            refs.users.add((company, email_key(email)))
            out.append(row)
    return out


def _prices(items: list, refs: Refs, probs: Problems) -> list[dict]:
    seen: dict[tuple, str] = {}
    out = []
    for i, raw in enumerate(items):
        w = f"$.prices[{i}]"
        if not isinstance(raw, dict):
            f.obj(raw, w, probs, required=())
            continue
        layer = raw.get("layer")
        scope_key = LAYER_SCOPE.get(layer) if isinstance(layer, str) else None
        # "ended": true instead of an amount: a company's own price ended from valid_from (app/models/prices.py).
        ended = raw.get("ended") is True
        if "ended" in raw and not ended:
            probs.add("bad_type", f"{w}.ended", expected="true", got=f.json_type(raw["ended"]))
        required = ["layer", "plan", "currency"] + ([] if ended else ["amount"]) + ([scope_key] if scope_key else [])
        others = {k for k in LAYER_SCOPE.values() if k and k != scope_key}
        for key in sorted(others & set(raw)):
            if layer in LAYER_SCOPE:
                probs.add("not_for_layer", f"{w}.{key}", key=key, layer=layer)
        f.obj({k: v for k, v in raw.items() if k not in others}, w, probs, required=required,
              optional=("valid_from", "ended") + (("amount",) if ended else ()))  # both: said below
        layer = _get(raw, "layer", w, probs, f.choice, Layer)
        plan = _get(raw, "plan", w, probs, f.code)
        if plan and not refs.has_plan(plan):
            probs.add("unknown", f"{w}.plan", kind="plan", code=plan)
            plan = BAD
        currency = _get(raw, "currency", w, probs, f.currency, refs.enabled)
        amount = BAD
        if currency and raw.get("amount") is not None:
            amount = f.amount(raw["amount"], f"{w}.amount", probs, currency)
        elif raw.get("amount") is not None:
            f.amount_form(raw["amount"], f"{w}.amount", probs)
        valid_from = _get(raw, "valid_from", w, probs, f.iso_date)
        if ended:
            if layer and layer != Layer.COMPANY_OVERRIDE.value:
                probs.add("ended_not_own", f"{w}.ended", layer=layer)
            elif raw.get("amount") is not None:
                probs.add("ended_and_amount", f"{w}.amount")
            elif raw.get("valid_from") is None:
                probs.add("ended_needs_date", f"{w}.valid_from")
            else:
                amount = None
        scope = None
        if layer and scope_key:
            scope = _get(raw, scope_key, w, probs, f.code)
            if scope:
                if scope_key == "company":
                    ok = refs.company(scope) is not None
                elif scope_key == "seller":
                    ok = scope == HOSTER_SELLER or refs.has_reseller(scope)
                else:
                    ok = refs.has_reseller(scope)
                if not ok:
                    kind = "company" if scope_key == "company" else "reseller"
                    scope = probs.add("unknown", f"{w}.{scope_key}", kind=kind, code=scope)
        row = {"layer": layer, "plan": plan, "currency": currency, "amount": amount,
               "valid_from": valid_from, "reseller": None, "company": None, "where": w}
        if scope_key == "company":
            row["company"] = scope
        elif scope_key is not None:
            row["reseller"] = None if scope == HOSTER_SELLER else scope
        if layer and plan and currency and valid_from is not BAD and scope is not BAD:
            key = (layer, plan, currency, row["reseller"], row["company"], valid_from)
            shown = " ".join([layer, plan, currency] + ([f"for {scope}"] if scope else [])
                             + ([f"from {valid_from}"] if valid_from else []))
            if key in seen:
                probs.add("duplicate_in_file", w, kind="price", code=shown, first=seen[key])
                continue
            seen[key] = w
            if _price_stored(key, refs.known):
                probs.add("exists", w, kind="price", code=shown)
                continue
        out.append(row)
    return out


def _price_stored(key: tuple, known: Known) -> bool:
    layer, plan, currency, reseller, company, valid_from = key
    if plan not in known.plans:
        return False
    if reseller is not None and reseller not in known.resellers:
        return False
    if company is not None and company not in known.companies:
        return False
    return (layer, known.plans[plan][0], currency,
            known.companies[company].reseller_id if company is not None else
            (known.resellers[reseller] if reseller is not None else None),
            known.companies[company].id if company is not None else None,
            valid_from) in known.prices
