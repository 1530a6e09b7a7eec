"""How values read on screen: dates, counts, money, and codes turned into words.

Every word goes through Qt's translation; dates and numbers follow the UI
locale (``QLocale()``, set by the launcher).
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.money import format_money, minor_digits, shown_zero


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


def ui_language() -> str:
    """The UI locale as app/ expects it (``de_DE``): for plan names and money."""
    name = QLocale().name()
    return "en_GB" if name in ("C", "") else name


def fmt_date(day: date | None) -> str:
    """The locale's short date, always with a four-digit year."""
    if day is None:
        return ""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def fmt_last_day(end: date | None) -> str:
    """A period's stored end, which is exclusive (the next boundary), as people write it: the last day covered,
    as the invoices, their PDFs and the invoice list show it."""
    return "" if end is None else fmt_date(end - timedelta(days=1))


def fmt_count(n: int | None) -> str:
    return "" if n is None else QLocale().toString(int(n))


def fmt_amount(amount: Decimal, currency: str) -> str:
    """An amount without its currency sign, grouped as the UI's language writes it, with the currency's
    digits ("1.800,75" in German): for a column whose currency is said above it."""
    digits = minor_digits(currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    # A zero without a sign: a credit note's 0.00 of tax is -0.00 (``shown_zero``).
    return format_decimal(shown_zero(amount, currency), format=pattern, locale=ui_language(),
                          decimal_quantization=False)


def fmt_money(amount: Decimal | None, currency: str | None) -> str:
    if amount is None:
        return ""
    if not currency:
        return str(amount)
    try:
        return format_money(amount, currency, ui_language())
    except Exception:  # an unknown locale or currency must not hide the amount
        return f"{amount} {currency}"


def event_words(kind: str) -> str:
    return {
        "subscribe": tr("Subscribed"),
        "quantity": tr("Quantity changed"),
        "plan_change": tr("Plan changed"),
        "cancel": tr("Cancelled"),
        "assign": tr("User assigned"),
        "unassign": tr("User unassigned"),
        "extra": tr("Extra charge"),
        "extra_end": tr("Recurring extra ended"),
        "currency": tr("Currency changed"),
        "move": tr("Moved to another seller"),
        "term": tr("Billing term changed"),
        "billing_day": tr("Billing day changed"),
    }.get(kind, kind)


def basis_words(basis: str) -> str:
    return {
        "per_plan": tr("Flat, per plan"),
        "per_user": tr("Per user"),
        "per_unit": tr("Per unit"),
    }.get(basis, basis)


def billing_mode_words(mode: str) -> str:
    return {
        "reseller_bills": tr("Reseller invoices its companies"),
        "hoster_bills_hoster_processor": tr("Hoster invoices, hoster collects"),
        "hoster_bills_reseller_processor": tr("Hoster invoices, reseller collects"),
    }.get(mode, mode)


def billing_day_words(day: int | None, signup: date | None, term: str = "monthly") -> str:
    """The day a company's periods start on; with a longer term than a month, of the month each term starts."""
    if day is None:
        if signup is None:
            return tr("Anniversary of signup")
        return tr("Anniversary of signup (day %1)").replace("%1", str(signup.day))
    if term != "monthly":
        return tr("Day %1 of the month each term starts").replace("%1", str(day))
    return tr("Day %1 of each month").replace("%1", str(day))


def term_words(term: str) -> str:
    return {"monthly": tr("Monthly"), "quarterly": tr("Quarterly (every 3 months)"),
            "half_yearly": tr("Half-yearly (every 6 months)"), "yearly": tr("Yearly")}.get(term, term)


def delivery_words(delivery: str) -> str:
    return {"email": tr("By email"), "post": tr("By post")}.get(delivery, delivery)


def tax_words(treatment: str, rate: Decimal | None) -> str:
    if treatment == "reverse_charge":
        return tr("Reverse charge (0 %)")
    if treatment == "exempt":
        return tr("Exempt (0 %)")
    if rate is not None:
        return tr("Standard, own rate %1 %").replace("%1", format(rate.normalize(), "f"))
    return tr("Standard (the issuer's rate)")


def language_words(code: str | None) -> str:
    """``de_DE`` as "German (Germany)" in the UI language, the code after it."""
    if not code:
        return ""
    from babel import Locale, UnknownLocaleError

    try:  # Babel names it in the UI's language (Qt's languageToString is English only)
        name = Locale.parse(code).get_display_name(ui_language())
    except (ValueError, UnknownLocaleError):
        return code
    if not name:
        return code
    return f"{name[:1].upper()}{name[1:]} · {code}"
