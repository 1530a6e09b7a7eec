"""Why a currency cannot be disabled, in the reader's language.

The refusal names what still uses the currency ("1 company (usd1); 2 unfinished invoices (1 draft, ...)"). Those
reasons are the core's messages too: in German they are German, kind by kind, with the singular or the plural;
without a language (logs, JSON) and in English they are the English ones. The world is test_currencies' USD
one (every kind of use once or twice, on 5 March 2026); the expected German is the catalog's, put together by
hand.
"""
from __future__ import annotations

from datetime import date

import pytest

from app.errors import ProrataError
from app.services import currencies
from app.services.currency_uses import Use, words
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.test_currencies import _usd_everywhere

ENGLISH = ("currency USD cannot be disabled: 1 company (usd1); 1 company that had it before (moved); "
           "1 reseller (blue); "
           "3 prices (retail archiving, wholesale archiving); 1 minimum charge (hoster); "
           "2 unfinished invoices (1 draft, INV-2026-00007); "
           "1 reseller line waiting for its settlement (1 for acme); "
           "2 extras still to be billed (support-call of moved, backup of usd1)")

GERMAN = ("die Währung USD kann nicht deaktiviert werden: 1 Firma (usd1); 1 Firma, die sie früher hatte (moved); "
          "1 Wiederverkäufer (blue); "
          "3 Preise (retail archiving, wholesale archiving); 1 Mindestbetrag (hoster); "
          "2 nicht abgeschlossene Rechnungen (1 Entwurf, INV-2026-00007); "
          "1 Posten eines Wiederverkäufers, der auf seine Abrechnung wartet (1 für acme); "
          "2 noch abzurechnende Zusatzgebühren (support-call von moved, backup von usd1)")


def _refusal(db) -> ProrataError:
    _usd_everywhere(db)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            currencies.disable(s, "USD", today=date(2026, 3, 5))
    return exc.value


def test_the_reasons_are_german_in_german_and_english_otherwise(db):
    err = _refusal(db)
    assert err.messages(translator("de_DE")) == [GERMAN]
    assert err.messages(translator("en_GB")) == [ENGLISH]
    assert err.messages() == [ENGLISH]
    assert err.problems[0].params["users"] == ENGLISH.split(": ", 1)[1]  # what machine outputs carry


def test_one_and_several_and_the_ones_not_named():
    de = translator("de")
    seven = Use("companies", 7, ("c0", "c1", "c2", "c3", "c4"), 2)
    assert seven.words() == "7 companies (c0, c1, c2, c3, c4 and 2 more)"
    assert seven.words(de) == "7 Firmen (c0, c1, c2, c3, c4 und 2 weitere)"
    drafts = Use("invoices", 3, ("2 drafts", "INV-1"), said=(("currency_uses_drafts_many", {"count": 2}),
                                                                ("", {"name": "INV-1"})))
    assert drafts.words() == "3 unfinished invoices (2 drafts, INV-1)"
    assert drafts.words(de) == "3 nicht abgeschlossene Rechnungen (2 Entwürfe, INV-1)"
    assert words(Use("extra_items", 1, ("SETUPX",)).reason(), translator("fr")) == \
        "1 article supplémentaire avec un montant par défaut dans cette devise (SETUPX)"
