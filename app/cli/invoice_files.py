"""Invoice lines written as JSON, for ``prorata invoices new`` and ``prorata invoices edit``.

A new manual invoice:

    {"customer": "c1", "currency": "EUR", "issue_date": "2026-03-01",
     "lines": [{"description": {"en": "Migration work", "de": "Migrationsarbeiten"},
                "quantity": "1.5", "unit_price": "80.00", "tax_rate": "20"}]}

A draft's new lines (edit): the same "lines", where {"keep": N} keeps the
draft's line N (1 = the first, as "invoices show" lists them) exactly as
billed, prorated amount and period included. Numbers are strings, as in a
bundle; a description may also be a plain string (taken as English).
"issue_date" and "tax_rate" are optional (a line without "tax_rate" takes the
customer's rate, as a billing run would). Every problem of a file is
reported at once, with its JSON path.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.errors import MESSAGES, ProrataError
from app.values import numbers

if TYPE_CHECKING:
    # `invoices new --help` shows this module's docstring: the services are imported when a file is read.
    from app.services.invoices import ManualLine

MESSAGES.setdefault("bad_quantity_text", "{value!r} is not a quantity: write a number as a string, such as \"2\" "
                                         "or \"1.5\"")
MESSAGES.setdefault("no_such_line", "the draft has no line {n} (it has {count})")

LINE_KEYS = ("description", "quantity", "unit_price", "tax_rate")


def _quantity(value: object, where: str, probs: Problems) -> Any:
    if not isinstance(value, str):
        return probs.add("bad_quantity_text", where, value=f.shown(value))
    try:
        return numbers.quantity(value, where)
    except ProrataError as exc:
        return probs.located(exc, where)


def _line(raw: object, where: str, probs: Problems, currency: str | None, existing: list[ManualLine] | None) -> Any:
    from app.bundle import billing_settings as rules
    from app.services.invoices import ManualLine

    if isinstance(raw, dict) and "keep" in raw and existing is not None:
        item = f.obj(raw, where, probs, required=("keep",), optional=("description",))
        n = item.get("keep") if item else None
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= len(existing):
            return probs.add("no_such_line", f"{where}.keep", n=f.shown(n), count=len(existing))
        kept = existing[n - 1]
        if item.get("description") is not None:
            desc = _description(item["description"], f"{where}.description", probs)
            return BAD if desc is BAD else replace(kept, description=desc)
        return kept
    item = f.obj(raw, where, probs, required=("description", "quantity", "unit_price"), optional=("tax_rate",))
    if item is None:
        return BAD
    before = len(probs)
    desc = _description(item.get("description"), f"{where}.description", probs) \
        if item.get("description") is not None else BAD
    qty = _quantity(item["quantity"], f"{where}.quantity", probs) if item.get("quantity") is not None else BAD
    unit = BAD
    if item.get("unit_price") is not None:
        unit = f.amount(item["unit_price"], f"{where}.unit_price", probs, currency, allow_negative=True) \
            if currency else f.amount_form(item["unit_price"], f"{where}.unit_price", probs)
    rate = rules.tax_rate(item["tax_rate"], f"{where}.tax_rate", probs) if item.get("tax_rate") is not None \
        else None  # the customer's rate, filled in by the command
    if len(probs) != before or any(v is BAD for v in (desc, qty, unit, rate)):
        return BAD
    return ManualLine(description=desc, quantity=qty, unit_price=unit, tax_rate=rate)


def _description(value: object, where: str, probs: Problems) -> Any:
    if isinstance(value, str):
        text = f.text(value, where, probs, field="description")
        return BAD if text is BAD else {"en": text}
    return f.texts(value, where, probs)


def read_lines(doc: Any, probs: Problems, currency: str | None,
               existing: list[ManualLine] | None = None) -> list[ManualLine]:
    """The ``lines`` of ``doc`` (``existing``: the draft's lines that ``keep`` refers to)."""
    lines = doc.get("lines") if isinstance(doc, dict) else None
    if not isinstance(lines, list) or not lines:
        probs.add("bad_type", "$.lines", expected="a list of one or more lines", got=f.json_type(lines))
        return []
    out = [_line(raw, f"$.lines[{i}]", probs, currency, existing) for i, raw in enumerate(lines)]
    return [ln for ln in out if ln is not BAD]


def read_new_invoice(doc: Any, enabled: set[str]) -> tuple[str, str, date | None, list[ManualLine]]:
    """(customer, currency, issue date, lines) of a new manual invoice; raises with every problem."""
    probs = Problems()
    item = f.obj(doc, "$", probs, required=("customer", "currency", "lines"), optional=("issue_date",))
    customer = currency = day = None
    if item is not None:
        if item.get("customer") is not None:
            customer = f.code(item["customer"], "$.customer", probs)
        if item.get("currency") is not None:
            currency = f.currency(item["currency"], "$.currency", probs, enabled)
        if item.get("issue_date") is not None:
            day = f.iso_date(item["issue_date"], "$.issue_date", probs)
    lines = read_lines(item or {}, probs, currency if currency is not BAD else None)
    probs.raise_if_any()
    return customer, currency, day, lines
