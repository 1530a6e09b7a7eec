"""A bank's return reasons and SEPA sequence types in the reader's language (core catalog, no Qt): what a
returns import stores stays as it is, and is said again in words wherever it is read."""
from __future__ import annotations

from app.payments import bank_returns
from app.payments.ach.returns import REASONS as ACH
from app.payments.sepa.returns import REASONS as SEPA
from app.services.audit_text import AuditWords
from app.services.audit_words import Word, phrase_of, value_of
from app.translation import translator

GERMAN = translator("de_DE")


def test_reason_codes_in_english_and_german():
    assert bank_returns.reason_words("AM04") == "insufficient funds"
    assert bank_returns.reason_words("AM04", translate=GERMAN) == "Deckung unzureichend"
    assert bank_returns.reason_words("R02", translate=GERMAN) == "Konto aufgelöst"  # told as ACH by its form
    assert bank_returns.reason_words("MD07", "sepa", translator("fr")) == "débiteur décédé"
    assert bank_returns.reason_words("XX99", translate=GERMAN) == "Grund nicht aufgeführt"


def test_every_reason_has_its_words_in_each_window_language():
    for lang in ("de", "fr", "es", "nl", "ja"):
        translate = translator(lang)
        # A few are the same word in a language ("BIC incorrect" in French): those are listed, nothing else.
        same = {text for text in {**SEPA, **ACH}.values() if translate(text) == text}
        assert same <= {"BIC incorrect"}, (lang, same)


def test_a_returned_debits_reversal_reason_is_said_in_the_readers_words():
    stored = "direct debit E2E-7 returned: AM04 (insufficient funds)"  # as app/payments/sepa/returns.py writes
    assert bank_returns.reversal_words(stored, GERMAN) == (
        "Lastschrift E2E-7 von der Bank zurückgegeben: AM04 (Deckung unzureichend)")
    assert bank_returns.reversal_words("ACH debit 091000010000001 returned: R01 (insufficient funds)",
                                       translator("es")) == (
        "adeudo ACH 091000010000001 devuelto por el banco: R01 (fondos insuficientes)")
    assert bank_returns.reversal_words("check bounced", GERMAN) is None  # a clerk's words stay as typed


def test_the_audit_log_says_the_return_reason_and_the_sequence_type():
    german = AuditWords("de_DE")
    phrase = phrase_of("direct debit E2E-7 returned: AM04 (insufficient funds)")
    assert german.phrase(phrase) == "Lastschrift E2E-7 von der Bank zurückgegeben (AM04: Deckung unzureichend)"
    assert AuditWords("en").phrase(phrase_of("debit E2E-7 returned MD07")) == (
        "debit E2E-7 returned by the bank (MD07: debtor deceased)")
    sequence = value_of("sequence", "FRST", None)
    assert sequence == Word("sepa:FRST")
    assert german.value_text(sequence) == "erste Lastschrift eines wiederkehrenden Mandats"
    assert AuditWords("fr").value_text(value_of("sequence", "OOFF", None)) == "prélèvement ponctuel"
