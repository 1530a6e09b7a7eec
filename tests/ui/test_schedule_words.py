"""The company page's billing term and day in words (ui/formatting.py)."""
from __future__ import annotations

from datetime import date

from ui.formatting import billing_day_words, term_words


def test_the_billing_day_of_a_longer_term_is_not_called_monthly():
    assert billing_day_words(15, date(2026, 1, 3)) == "Day 15 of each month"
    assert billing_day_words(15, date(2026, 1, 3), "quarterly") == "Day 15 of the month each term starts"
    assert billing_day_words(None, date(2026, 1, 3), "yearly") == "Anniversary of signup (day 3)"


def test_terms_in_words():
    assert [term_words(t) for t in ("monthly", "quarterly", "half_yearly", "yearly")] == [
        "Monthly", "Quarterly (every 3 months)", "Half-yearly (every 6 months)", "Yearly"]
