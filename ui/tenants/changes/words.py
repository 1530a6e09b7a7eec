"""Changes and preview lines in words: what a change does, and how a line's amount is worked out."""
from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication

from app.errors import Problem, ProrataError
from app.models import localized
from app.money import minor_digits
from ui.dialogs.messages import error_text
from ui.formatting import fmt_count, fmt_date, fmt_money, ui_language

# The kinds of change the dialog records, in the order it offers them.
KINDS = ("subscribe", "quantity", "plan_change", "cancel", "assign", "unassign", "extra", "extra_end")


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


def kind_words(kind: str) -> str:
    """The dialog's name for a kind of change."""
    return {
        "subscribe": tr("Subscribe to a plan"),
        "quantity": tr("Change a quantity"),
        "plan_change": tr("Change plan"),
        "cancel": tr("Cancel a plan"),
        "assign": tr("Assign a user to a plan"),
        "unassign": tr("Unassign a user from a plan"),
        "extra": tr("Add an extra charge"),
        "extra_end": tr("End a recurring extra"),
    }.get(kind, kind)


def line_kind_words(kind: str) -> str:
    return {
        "recurring": tr("In advance"),
        "proration": tr("Proration"),
        "extra": tr("Extra charge"),
        "correction": tr("Correction"),
        "minimum": tr("Minimum charge"),
    }.get(kind, kind)


def change_text(event: dict, plans: dict[str, str], currency: str) -> str:
    """One change in the bundle's event format as a sentence: "Cancel SharePoint on 01/03/2026".

    ``plans``: plan code -> name; ``currency`` the company's on the change's date (for an extra's amount)."""
    def plan(key: str = "plan") -> str:
        code = event.get(key)
        return plans.get(code, code or "")

    kind = event.get("type")
    quantity = fmt_count(event["quantity"]) if event.get("quantity") is not None else ""
    user = event.get("user") or ""
    if kind == "subscribe":
        text = (tr("Subscribe to %1, quantity %2").replace("%2", quantity) if quantity
                else tr("Subscribe to %1")).replace("%1", plan())
    elif kind == "quantity":
        text = tr("Set the quantity of %1 to %2").replace("%1", plan()).replace("%2", quantity)
    elif kind == "plan_change":
        text = (tr("Change %1 to %2, quantity %3").replace("%3", quantity) if quantity
                else tr("Change %1 to %2")).replace("%1", plan()).replace("%2", plan("to_plan"))
    elif kind == "cancel":
        text = tr("Cancel %1").replace("%1", plan())
    elif kind == "assign":
        text = tr("Assign %1 to %2").replace("%1", user).replace("%2", plan())
    elif kind == "unassign":
        text = tr("Unassign %1 from %2").replace("%1", user).replace("%2", plan())
    elif kind == "extra":
        name = localized(event.get("description"), ui_language()) or event.get("code") or ""
        amount = fmt_money(Decimal(event["amount"]), currency) if event.get("amount") is not None else ""
        text = (tr("Add the recurring extra %1 at %2 a period") if event.get("recurring")
                else tr("Add the one-off extra %1 of %2")).replace("%1", name).replace("%2", amount)
        if user:
            text = tr("%1 for %2").replace("%1", text).replace("%2", user)
    elif kind == "extra_end":
        text = tr("End the recurring extra %1").replace("%1", event.get("code") or "")
    elif kind == "currency":
        text = tr("Change the currency to %1").replace("%1", event.get("currency") or "")
    else:
        text = kind or ""
    day = event.get("date")
    if day:
        text = tr("%1, from %2").replace("%1", text).replace("%2", fmt_date(date.fromisoformat(day)))
    return text


def number(value: Decimal) -> str:
    """A quantity as the UI's language writes it, without trailing zeros."""
    value = value.normalize()
    digits = max(0, -value.as_tuple().exponent)
    return format_decimal(value, format="#,##0" + ("." + "0" * digits if digits else ""), locale=ui_language(),
                          decimal_quantization=False)


def exact(value: Fraction, currency: str) -> str:
    """An exact amount with the currency's digits at least and up to six more; cut with "…" when it goes on."""
    digits = minor_digits(currency)
    for places in range(digits, digits + 7):
        scaled = value * 10 ** places
        if scaled.denominator == 1:
            return _decimal(Decimal(scaled.numerator).scaleb(-places), places)
    places = digits + 6
    cut = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal(1).scaleb(-places), ROUND_DOWN)
    return _decimal(cut, places) + "…"


def _decimal(value: Decimal, places: int) -> str:
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=ui_language(), decimal_quantization=False)


def calculation(quantity: Decimal, unit_price: Decimal, amount: Decimal, days: int | None,
                period_days: int | None, currency: str) -> str:
    """How a line's amount is worked out: "3 × 12.00 € × 18/28 = 23.142857… → 23.14 €"."""
    price = fmt_money(unit_price, currency)
    rounded = fmt_money(amount, currency)
    if days is None or period_days is None:
        return tr("%1 × %2 = %3").replace("%1", number(quantity)).replace("%2", price).replace("%3", rounded)
    whole = days == period_days
    value = Fraction(quantity) * Fraction(unit_price) * (1 if whole else Fraction(days, period_days))
    # An exact result is the amount itself; else the exact figure, then what it rounds to.
    result = rounded if Fraction(amount) == value else exact(value, currency) + " → " + rounded
    if whole:
        return tr("%1 × %2 = %3").replace("%1", number(quantity)).replace("%2", price).replace("%3", result)
    return (tr("%1 × %2 × %3/%4 days = %5").replace("%1", number(quantity)).replace("%2", price)
            .replace("%3", fmt_count(days)).replace("%4", fmt_count(period_days)).replace("%5", result))


def bare_text(error) -> str:
    """The error's sentences in the clerk's language, without where they are (the dialog says where)."""
    problems = getattr(error, "problems", None)
    if problems is None:
        return error_text(error)
    return error_text(ProrataError([Problem(p.id, p.params, "") for p in problems]))
