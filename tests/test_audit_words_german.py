"""The audit log in German says no English: the phrases and codes Prorata itself writes into entries
(allocations' source and "by", mandates' and ACH authorizations' "why", reversal and reprint reasons,
statuses, methods, roles) read in German; what a person typed (a reference, a reason of their own) stays."""
from __future__ import annotations

import re

import pytest

from app.services.audit_text import PHRASES, WORDS, AuditWords
from app.services.audit_words import Names, Phrase, Word, describe

# English words that must never appear in a German entry outside a person's own words.
ENGLISH = {"credit", "applied", "issue", "returned", "note", "debit", "payment", "reversed", "bounced",
           "batch", "print", "collected", "used", "transfer", "pending", "printed", "the", "by", "of",
           "card", "cash", "cheque", "statement", "carried", "admin", "clerk", "marked", "reversal"}


def row(action, entity, eid=None, before=None, after=None):
    return {"action": action, "entity": entity, "entity_id": eid, "before": before, "after": after, "actor": "Anna"}


# As app/ writes them (app/payments/allocation.py, ledger.py, sepa/mandates.py, sepa/returns.py, ach/returns.py,
# reversals.py, delivery/post.py, staff.py, payments.py), old rows included.
WRITTEN = [
    row("pay", "invoice", "7", {"status": "issued"}, {"status": "paid", "allocated": "10.00",
                                                      "source": "credit note CN-1", "by": "credit applied on issue"}),
    row("pay", "invoice", "7", {"status": "issued"}, {"status": "partially_paid", "allocated": "10.00",
                                                      "source": "payment #3", "by": "credit applied by hand"}),
    row("pay", "invoice", "7", {"status": "paid"}, {"status": "issued", "allocated": "-10.00",
                                                    "source": "payment #3", "by": "payment #3 reversed"}),
    row("set", "mandate", "4", {"status": "active"}, {"status": "revoked", "why": "debit E2E-1 returned MD01"}),
    row("set", "mandate", "4", {"status": "used"}, {"status": "active", "why": "its debit E2E-1 was returned (AM04)"}),
    row("set", "mandate", "4", {"status": "active"}, {"status": "revoked", "why": "revoked"}),
    row("set", "mandate", "4", {"status": "active"}, {"status": "used", "why": "collected"}),
    row("set", "ach_authorization", "5", {"status": "active"}, {"status": "revoked", "why": "debit 123 returned R01"}),
    row("reverse", "payment", "3", {"status": "received"}, {
        "status": "reversed", "reversed": "10.00", "currency": "USD", "date": "2026-05-01",
        "reason": "ACH debit 123 returned: R01 (insufficient funds)", "reopened": ["INV-1"]}),
    row("reverse", "payment", "3", {"status": "received"}, {
        "status": "reversed", "reversed": "10.00", "currency": "EUR", "date": "2026-05-01",
        "reason": "direct debit E2E-1 returned: AM04 (insufficient funds)", "reopened": []}),
    row("reverse", "payment", "3", {"status": "received"}, {
        "status": "reversed", "reversed": "10.00", "currency": "EUR", "date": "2026-05-01",
        "reason": "check bounced", "reopened": []}),
    row("reject_print", "delivery_batch", "B1", None, {"reason": "the batch did not print correctly", "invoices": 3}),
    row("print", "delivery_batch", "B2", None, {"file": "/tmp/post.pdf", "pages": 4, "marked": "pending",
                                                "invoices": ["INV-1"]}),
    row("record", "payment", "9", None, {"amount": "10.00", "currency": "EUR", "customer": "c1",
                                         "received_on": "2026-05-01", "method": "bank_transfer"}),
    row("staff_add", "staff", "bob", None, {"role": "hoster-clerk", "reseller": None}),
    row("issue", "invoice", "8", None, {"number": "CN-2", "kind": "credit_note", "issuer": "hoster",
                                        "customer": "c1", "currency": "EUR", "status": "issued", "total": "-5.00"}),
    row("create", "mandate", "4", None, {"id": 4, "company": "c1", "creditor": "Northwind Hosting", "reference": "M-1",
                                         "debtor": "Jo Bloggs", "iban": "DE02120300000000202051", "bic": "BYLADEM1001",
                                         "signed_on": "2026-01-05", "type": "one-off", "sequence": "OOFF",
                                         "status": "active"}),
    row("create", "ach_authorization", "5", None, {"company": "c1", "routing": "011000015", "account": "…6789",
                                                   "type": "savings", "signed_on": "2026-01-05"}),
    row("charge_failed", "invoice", "8", None, {"attempt": 2, "idempotency_key": "k", "status": "failed",
                                                "processor_ref": None, "payment": None, "message": None}),
    row("submit", "direct_debit_batch", "D1", None, {"creditor": "hoster", "collection_date": "2026-05-01",
                                                     "schema": "CORE", "count": 1, "total": "10.00",
                                                     "invoices": ["INV-1"], "payments": [3]}),
]


def german(r: dict) -> str:
    w = AuditWords("de_DE")
    s = describe(r, Names("de"))
    return w.sentence_text(s) + " | " + w.details_text(s)


@pytest.mark.parametrize("r", WRITTEN, ids=lambda r: f"{r['action']}-{r['entity']}")
def test_what_prorata_writes_reads_in_german(r):
    text = german(r)
    left = {w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH}
    assert not left, text


def _words(value) -> list[str]:
    if isinstance(value, Word):
        return [value.code]
    if isinstance(value, Phrase):
        return [c for _, v in value.params for c in _words(v)]
    if isinstance(value, tuple):
        return [c for v in value for c in _words(getattr(v, "before", None)) + _words(getattr(v, "after", None))]
    return []


@pytest.mark.parametrize("r", WRITTEN, ids=lambda r: f"{r['action']}-{r['entity']}")
def test_every_code_and_key_has_its_word(r):
    s = describe(r, Names("de"))
    codes = [k for k, _ in s.details] + [c for v in [*s.params.values(), *(v for _, v in s.details)]
                                         for c in _words(v)]
    assert not [c for c in codes if c not in WORDS], codes
    assert not [v for v in [*s.params.values(), *(v for _, v in s.details)]
                if isinstance(v, Phrase) and v.code not in PHRASES]


def test_the_phrases_say_their_values():
    assert "Zahlung #3" in german(WRITTEN[1]) and "Gutschrift CN-1" in german(WRITTEN[0])
    assert "E2E-1" in german(WRITTEN[3]) and "MD01" in german(WRITTEN[3])


def test_a_persons_own_words_stay_as_typed():
    r = row("reverse", "payment", "3", {"status": "received"}, {
        "status": "reversed", "reversed": "10.00", "currency": "EUR", "date": "2026-05-01",
        "reason": "customer disputed the payment", "reopened": []})
    assert "customer disputed the payment" in german(r)


def test_a_real_ledger_reads_in_german(db):
    """Payments, credit applied on issue and a reversal, written by app/ itself and read back in German."""
    from datetime import date
    from decimal import Decimal

    from app.payments import payments, reversals
    from app.services import invoices
    from app.services.audit_log import AuditFilter, readable
    from app.storage.engine import unit_of_work
    from tests.billing_world import add_company, build

    w = build(db)
    add_company(db, w, "direct")

    def issued(day: date) -> str:
        with unit_of_work(db) as s:
            draft = invoices.create_manual(s, "direct", "EUR", [invoices.ManualLine({"en": "Setup"}, Decimal(1),
                                                                                    Decimal("40.00"))],
                                           issue_date=day)
            return invoices.issue(s, draft.id).number

    first = issued(date(2026, 3, 2))
    with unit_of_work(db) as s:  # 100.00 against 40.00: 60.00 of credit
        pay = payments.record(s, "direct", "100.00", "EUR", "bank_transfer", date(2026, 3, 5), "Überweisung 4711",
                              allocate_to=[first]).payment.id
    issued(date(2026, 4, 2))  # takes 40.00 of the credit on issue
    with unit_of_work(db) as s:
        reversals.reverse(s, pay, date(2026, 4, 10), "check bounced")
    with unit_of_work(db) as s:
        entries = readable(s, AuditFilter(), "de")
    words = AuditWords("de_DE")
    texts = [words.sentence_text(e.sentence) + " | " + words.details_text(e.sentence) for e in entries]
    assert any("Guthaben bei Ausstellung der Rechnung verrechnet" in t for t in texts), texts
    assert any("Scheck geplatzt" in t for t in texts), texts
    assert any(f"Zahlung #{pay}" in t for t in texts), texts
    for t in texts:
        left = {x for x in re.findall(r"[A-Za-z]+", t.replace("Überweisung 4711", "")) if x.lower() in ENGLISH}
        assert not left, t
