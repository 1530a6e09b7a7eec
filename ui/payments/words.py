"""Payment codes in words: ledger entry kinds, payment methods and statuses, aging buckets."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.payments.bank_returns import reversal_words
from app.translation import translator


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("...") calls under the empty context: look them up there.
    return QCoreApplication.translate("", text)


def entry_words(kind: str) -> str:
    return {
        "invoice": tr("Invoice"),
        "credit_note": tr("Credit note"),
        "statement": tr("Reseller statement"),
        "payment": tr("Payment received"),
        "refund": tr("Refund"),
        "reversal": tr("Payment reversed"),
        "credit_applied": tr("Credit applied"),
        "payout": tr("Payout to reseller"),
    }.get(kind, kind)


def method_words(method: str | None) -> str:
    return {
        "cash": tr("Cash"),
        "bank_transfer": tr("Bank transfer"),
        "check": tr("Check"),
        "card": tr("Card"),
        "direct_debit": tr("Direct debit"),
    }.get(method or "", method or "")


def payment_status_words(status: str | None) -> str:
    return {"received": tr("Received"), "reversed": tr("Reversed")}.get(status or "", status or "")


def bucket_words(bucket: str) -> str:
    return {
        "current": tr("Not yet due"),
        "1-30": tr("1–30 days"),
        "31-60": tr("31–60 days"),
        "61-90": tr("61–90 days"),
        "90+": tr("Over 90 days"),
    }.get(bucket, bucket)


REVERSAL_REASONS = ("check bounced", "direct debit returned", "chargeback", "transfer recalled by the bank")


def reason_words(reason: str) -> str:
    return {
        "check bounced": tr("Check bounced"),
        "direct debit returned": tr("Direct debit returned"),
        "chargeback": tr("Card chargeback"),
        "transfer recalled by the bank": tr("Transfer recalled by the bank"),
    }.get(reason, reason)


def reference_words(reference: str | None, method: str | None = None) -> str:
    """A payment's or ledger entry's reference in the window's language: what Prorata wrote (a returned
    debit's reason, a preset reversal reason) in words; a clerk's or bank's own reference as it is. A card
    payment booked before its reference was names and numbers only dropped the English word "card" (the
    method says it)."""
    text = reference or ""
    said = reversal_words(text, translator(QLocale().name()))
    if said is not None:
        return said
    if text in REVERSAL_REASONS:
        return reason_words(text)
    if method == "card" and text.startswith("card "):
        return text[5:]
    return text
