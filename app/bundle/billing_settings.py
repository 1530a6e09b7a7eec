"""A bundle's billing settings: tax, invoice numbering, minimum charges and switches.

The hoster and each reseller, as issuers, carry ``tax_rate`` (a percentage
written as a string), ``invoice_number_format`` and ``min_charge`` (one entry
per currency); a reseller also carries ``tax_treatment`` (how the hoster taxes
it) and optional ``settings`` (switches; absent ones follow the hoster's). The
hoster's switches are the bundle's top-level ``settings``. Besides the billing
switches, ``settings`` carries ``checks`` (whether cheques are taken as payment,
app/payments/payments.py); a bundle without it leaves cheques on. Companies carry
``tax_treatment`` and an optional ``tax_rate`` of their own.

A bundle never changes a stored hoster: given for a database that already
has one, the hoster's billing settings must equal the stored ones.

Checkers follow ``app.bundle.fields``: they record located problems and
return ``BAD`` rather than raise.
"""
from __future__ import annotations

import string
from decimal import Decimal
from typing import Any

import app.bundle.messages  # noqa: F401  (registers the message ids used here)
from app.billing.numbering import check_template
from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.errors import MESSAGES, ProrataError
from app.models import MinimumPolicy, TaxTreatment
from app.models.hoster import DEFAULT_NUMBER_FORMAT
from app.money import to_text
from app.values import numbers

SWITCHES = ("invoicing", "payment_collection", "email_delivery")
PAYMENT_SWITCHES = ("checks",)
BUNDLE_SWITCHES = (*SWITCHES, *PAYMENT_SWITCHES)  # every switch a bundle's ``settings`` carries
ISSUER_KEYS = ("tax_rate", "invoice_number_format", "min_charge")
NUMBER_FORMAT_MAX = 100
RATE_MAX = numbers.RATE_MAX
DEFAULT_RATE = Decimal(0)
DEFAULT_TREATMENT = TaxTreatment.STANDARD.value
DEFAULT_POLICY = MinimumPolicy.DEFER.value

MESSAGES.setdefault("rate_needs_standard", "a company's own tax_rate applies only to the standard tax treatment "
                                           "(this company's is {treatment})")
MESSAGES.setdefault("hoster_differs", "the database's hoster has {field} {stored}; a bundle does not change "
                                      "a stored hoster (this one says {given})")

def tax_rate(value: object, where: str, probs: Problems) -> Any:
    """A percentage from 0 to 100 written as a string, at most 4 decimals (``"20"``, ``"7.5"``): the one
    rule of ``app.values.numbers.tax_rate``."""
    if not isinstance(value, str):
        return probs.add("bad_tax_rate", where, value=f.shown(value))
    try:
        return numbers.tax_rate(value, where)
    except ProrataError as exc:
        return probs.located(exc, where)


def rate_text(value: Decimal) -> str:
    """A rate as a bundle writes it: no exponent, no trailing zeros (``20``, ``7.5``)."""
    return format(value.normalize(), "f")


def number_format(value: object, where: str, probs: Problems) -> Any:
    """An invoice number template with ``{seq}`` and optionally ``{year}``, nothing else."""
    if not isinstance(value, str):
        return probs.add("bad_type", where, expected="a text such as INV-{year}-{seq:05}", got=f.json_type(value))
    if len(value) > NUMBER_FORMAT_MAX:
        return probs.add("too_long", where, field="invoice_number_format", max=NUMBER_FORMAT_MAX)
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        # check_template would accept attribute access ({seq.real}) and a literal {{seq}}.
        if "seq" not in names or not names <= {"seq", "year"}:
            raise ProrataError.of("bad_number_format", template=value)
        check_template(value)
    except ValueError:
        return probs.add("bad_number_format", where, template=value)
    except ProrataError as exc:
        return probs.located(exc, where)
    return value


def treatment(value: object, where: str, probs: Problems) -> Any:
    """standard, reverse_charge or exempt."""
    return f.choice(value, where, probs, TaxTreatment)


def switches(value: object, where: str, probs: Problems) -> Any:
    """``{"invoicing": true, ...}``: only the four switches, each true or false; absent ones left out."""
    item = f.obj(value, where, probs, required=(), optional=BUNDLE_SWITCHES)
    if item is None:
        return BAD
    out = {}
    for key in BUNDLE_SWITCHES:
        if item.get(key) is not None:
            out[key] = f.flag(item[key], f"{where}.{key}", probs)
    return out


def min_charges(value: object, where: str, probs: Problems, enabled: set[str]) -> Any:
    """``[{"currency", "amount", "policy"}]``: at most one per enabled currency; policy defaults to defer.

    BAD when anything in the list is wrong.
    """
    before = len(probs)
    if not isinstance(value, list):
        return probs.add("bad_type", where, expected="a list of minimum charges", got=f.json_type(value))
    out: list[dict] = []
    first: dict[str, str] = {}
    for i, raw in enumerate(value):
        w = f"{where}[{i}]"
        item = f.obj(raw, w, probs, required=("currency", "amount"), optional=("policy",))
        if item is None:
            continue
        currency = f.currency(item["currency"], f"{w}.currency", probs, enabled) \
            if item.get("currency") is not None else None
        amount = None
        if currency and item.get("amount") is not None:
            amount = f.amount(item["amount"], f"{w}.amount", probs, currency)
        elif item.get("amount") is not None:
            f.amount_form(item["amount"], f"{w}.amount", probs)
        policy = f.choice(item["policy"], f"{w}.policy", probs, MinimumPolicy) \
            if item.get("policy") is not None else DEFAULT_POLICY
        if currency:
            if currency in first:
                probs.add("duplicate_in_file", f"{w}.currency", kind="minimum charge", code=currency,
                          first=first[currency])
                continue
            first[currency] = f"{w}.currency"
        out.append({"currency": currency, "amount": amount, "policy": policy})
    return out if len(probs) == before else BAD


def issuer_settings(item: dict, where: str, probs: Problems, enabled: set[str]) -> tuple[dict, Any]:
    """An issuer's given ``tax_rate`` and ``invoice_number_format`` (absent keys left out), and its minimums
    (BAD when they are wrong)."""
    given: dict[str, Any] = {}
    if item.get("tax_rate") is not None:
        given["tax_rate"] = tax_rate(item["tax_rate"], f"{where}.tax_rate", probs)
    if item.get("invoice_number_format") is not None:
        given["invoice_number_format"] = number_format(item["invoice_number_format"],
                                                       f"{where}.invoice_number_format", probs)
    minimums = []
    if item.get("min_charge") is not None:
        minimums = min_charges(item["min_charge"], f"{where}.min_charge", probs, enabled)
    return given, minimums


def with_defaults(given: dict) -> dict:
    """An issuer's columns for a new row: what was given, else the model's defaults."""
    return {"tax_rate": given.get("tax_rate", DEFAULT_RATE),
            "invoice_number_format": given.get("invoice_number_format", DEFAULT_NUMBER_FORMAT)}


def compare_stored(given: dict, stored: dict, where: dict[str, str], probs: Problems) -> None:
    """A problem for each given value of a stored hoster that differs from the stored one.

    ``given`` and ``stored`` map a field to its value (min_charge: {currency: (amount, policy)});
    ``where`` gives each field's JSON path.
    """
    for key, value in given.items():
        if value is BAD or key not in stored or value == stored[key]:
            continue
        probs.add("hoster_differs", where[key], field=key, stored=_shown(stored[key]), given=_shown(value))


def minimums_by_currency(rows: list[dict]) -> dict[str, tuple]:
    return {m["currency"]: (m["amount"], m["policy"]) for m in rows}


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return rate_text(value)
    if isinstance(value, dict):  # minimum charges by currency
        return ", ".join(f"{c} {to_text(a, c)} {p}" for c, (a, p) in sorted(value.items())) or "none"
    return repr(value)
