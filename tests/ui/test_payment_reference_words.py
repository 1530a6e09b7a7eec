"""A payment's reference in the window's language (ui/payments/words.py): what Prorata wrote is said in words,
what a clerk or a bank wrote stays as it is."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ui.payments.words import reference_words


@pytest.fixture
def german(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_a_returned_debit_reads_in_german(german):
    assert reference_words("direct debit E2E-7 returned: MD01 (no mandate)") == (
        "Lastschrift E2E-7 von der Bank zurückgegeben: MD01 (kein Mandat)")


def test_a_card_payment_names_brand_and_number_without_an_english_word(german):
    assert reference_words("Visa 4242 ch_3Pq", "card") == "Visa 4242 ch_3Pq"
    assert reference_words("card visa 4242 ch_3Pq", "card") == "visa 4242 ch_3Pq"  # booked before the change
    assert reference_words("card 12 from the till", "cash") == "card 12 from the till"  # a clerk's words
    assert reference_words("TX-2026-0042", "bank_transfer") == "TX-2026-0042"
