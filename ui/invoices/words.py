"""Invoice codes in words: statuses, kinds, line kinds, tax notes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


STATUSES = ["draft", "issued", "partially_paid", "paid", "void", "deferred", "carried"]


def status_words(status: str) -> str:
    return {
        "draft": tr("Draft"),
        "issued": tr("Issued"),
        "partially_paid": tr("Partly paid"),
        "paid": tr("Paid"),
        "void": tr("Void (credited)"),
        "deferred": tr("Deferred (under the minimum)"),
        "carried": tr("Carried into a later invoice"),
    }.get(status, status)


def kind_words(kind: str | None) -> str:
    return {
        "invoice": tr("Invoice"),
        "credit_note": tr("Credit note"),
        "wholesale": tr("Wholesale invoice"),
        "statement": tr("Reseller statement"),
    }.get(kind or "", kind or "")


def line_kind_words(kind: str) -> str:
    return {
        "recurring": tr("Subscription"),
        "proration": tr("Proration"),
        "extra": tr("Extra charge"),
        "minimum": tr("Minimum charge"),
        "manual": tr("Manual"),
        "wholesale": tr("Wholesale"),
        "margin": tr("Margin"),
        "company": tr("Company"),
    }.get(kind, kind)


def tax_note_words(note: str | None) -> str:
    return {
        None: "",
        "reverse_charge": tr("Reverse charge: the customer accounts for the tax"),
        "exempt": tr("Exempt from tax"),
    }.get(note, note or "")
