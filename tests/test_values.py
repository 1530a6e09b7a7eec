"""The value rules of app/values: every expected value below is written by hand from the rule's words."""
from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest

from app.errors import ProrataError
from app.money import parse_amount
from app.values import numbers
from app.values.csv_cells import SafeDictWriter, safe_cell
from app.values.dates import calendar_date
from app.values.text import check_code, check_text
from app.values.typed import amount_edit_text, edit_text, read_amount, read_number, read_quantity, read_tax_rate


def refused(call) -> tuple[str, dict]:
    with pytest.raises(ProrataError) as exc:
        call()
    (p,) = exc.value.problems
    return p.id, p.params


# --- numbers typed in a language ---------------------------------------------------------------------

@pytest.mark.parametrize("locale, text, expected", [
    ("en_GB", "1,200", Decimal(1200)),
    ("en_GB", "1,200.50", Decimal("1200.50")),
    ("en_GB", "1,234,567.5", Decimal("1234567.5")),
    ("en_GB", "12.5", Decimal("12.5")),
    ("en_GB", ".5", Decimal("0.5")),
    ("en_GB", "-5", Decimal(-5)),
    ("en_GB", "\u22125", Decimal(-5)),  # the typographic minus
    ("en_GB", " 7 ", Decimal(7)),
    ("en_US", "1,200.50", Decimal("1200.50")),
    ("de_DE", "1.200", Decimal(1200)),
    ("de_DE", "1,5", Decimal("1.5")),
    ("de_DE", "1.200,50", Decimal("1200.50")),
    ("de_DE", "1200,50", Decimal("1200.50")),
    ("fr_FR", "1 200,50", Decimal("1200.50")),
    ("fr_FR", "1\u202f200,50", Decimal("1200.50")),
    ("fr_FR", "1\u00a0200,50", Decimal("1200.50")),
    ("es_ES", "1.200,50", Decimal("1200.50")),
    ("nl_NL", "1.200,50", Decimal("1200.50")),
    ("ja_JP", "1,200.5", Decimal("1200.5")),
    ("de_CH", "1'200.50", Decimal("1200.50")),
])
def test_numbers_are_read_in_the_users_language(locale, text, expected):
    assert read_number(text, locale) == expected


@pytest.mark.parametrize("locale, text, problem", [
    ("en_GB", "1,20", "ambiguous_decimal"),     # not a grouping of thousands
    ("en_GB", "0,200", "ambiguous_decimal"),
    ("en_GB", "1,2,3", "ambiguous_decimal"),
    ("en_GB", "1,200.5,0", "ambiguous_decimal"),
    ("de_DE", "1.5", "ambiguous_decimal"),      # "." groups thousands in German
    ("de_DE", "1200.50", "ambiguous_decimal"),
    ("fr_FR", "1.200,50", "not_a_number"),      # "." is nothing in French
    ("en_GB", "abc,1.2x3", "not_a_number"),
    ("en_GB", "1E+2", "not_a_number"),
    ("en_GB", "1e30", "not_a_number"),
    ("en_GB", "NaN", "not_a_number"),
    ("en_GB", "Infinity", "not_a_number"),
    ("en_GB", "1_000", "not_a_number"),
    ("en_GB", "1 200", "not_a_number"),
    ("en_GB", "12.", "not_a_number"),
    ("en_GB", "1.2.3", "not_a_number"),
    ("en_GB", "-", "not_a_number"),
    ("en_GB", "--5", "not_a_number"),
    ("en_GB", "5-", "not_a_number"),
    ("en_GB", "\u0661\u0662", "not_a_number"),  # Arabic-Indic digits
])
def test_anything_ambiguous_or_not_a_number_is_refused(locale, text, problem):
    assert refused(lambda: read_number(text, locale))[0] == problem


def test_blank_is_none_and_the_message_shows_the_locales_form():
    assert read_number("  ", "en_GB") is None
    with pytest.raises(ProrataError) as exc:
        read_number("1.5", "de_DE", "Retail")
    assert exc.value.messages() == ["Retail: '1.5' is ambiguous: write it such as 1.234,56 (',' is the decimal "
                                    "mark, thousands may be grouped by threes)"]


def test_typed_amounts_keep_their_sign_and_obey_the_amount_rule():
    assert read_amount("-5", "en_GB", "EUR", allow_negative=True) == Decimal("-5.00")
    assert refused(lambda: read_amount("-5", "en_GB", "EUR")) == ("negative_amount", {"value": "-5"})
    assert refused(lambda: read_amount("5,5", "de_DE", "JPY"))[0] == "too_many_decimals"
    assert read_amount("999.999.999.999,99", "de_DE", "EUR") == Decimal("999999999999.99")
    assert refused(lambda: read_amount("1.000.000.000.000", "de_DE", "EUR"))[0] == "amount_too_large"
    assert read_amount("", "de_DE", "EUR") is None


def test_typed_quantities_and_rates():
    assert read_quantity("1,5", "de_DE") == Decimal("1.5")
    assert refused(lambda: read_quantity("-3", "en_GB"))[0] == "negative_quantity"
    assert refused(lambda: read_quantity("1,000,000,000", "en_GB"))[0] == "quantity_too_large"
    assert read_quantity("999,999,999.9999", "en_GB") == Decimal("999999999.9999")
    assert read_tax_rate("7,5", "de_DE") == Decimal("7.5")
    assert read_tax_rate("100", "en_GB") == Decimal(100)
    assert read_tax_rate("0", "en_GB") == Decimal(0)
    for bad in ("-7", "100.01", "7.12345"):
        assert refused(lambda: read_tax_rate(bad, "en_GB"))[0] == "bad_tax_rate"


@pytest.mark.parametrize("locale, value, shown", [
    ("en_GB", Decimal("1200.50"), "1200.50"),
    ("de_DE", Decimal("1200.50"), "1200,50"),
    ("fr_FR", Decimal("-3.5"), "-3,5"),
    ("ja_JP", Decimal("100"), "100"),
])
def test_an_editor_shows_what_it_reads_back(locale, value, shown):
    assert edit_text(value, locale) == shown
    assert read_number(shown, locale) == value


def test_an_amount_is_edited_with_the_currencys_digits():
    assert amount_edit_text(Decimal("6.0000"), "EUR", "de_DE") == "6,00"
    assert amount_edit_text(Decimal("800.0000"), "JPY", "de_DE") == "800"
    assert amount_edit_text(None, "EUR", "de_DE") == ""


# --- the machine form --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("12.50", Decimal("12.50")),
    (" 12.5 ", Decimal("12.50")),
    ("0", Decimal("0.00")),
    ("999999999999.99", Decimal("999999999999.99")),
])
def test_machine_amounts(text, expected):
    assert parse_amount(text, "EUR") == expected


@pytest.mark.parametrize("text, problem", [
    ("1E+2", "bad_amount"),
    ("1e30", "bad_amount"),
    ("NaN", "bad_amount"),
    ("Infinity", "bad_amount"),
    ("-Infinity", "bad_amount"),
    ("+5", "bad_amount"),
    ("1_000", "bad_amount"),
    ("1,200", "bad_amount"),
    ("\u0661", "bad_amount"),
    (".5", "bad_amount"),
    (12.5, "bad_amount"),
    ("-5", "negative_amount"),
    ("1000000000000", "amount_too_large"),
    ("99999999999999999.00", "amount_too_large"),
    ("1" * 16, "amount_too_large"),
    ("12.505", "too_many_decimals"),
])
def test_machine_amounts_refused(text, problem):
    assert refused(lambda: parse_amount(text, "EUR"))[0] == problem


def test_the_limit_is_stated_in_words():
    with pytest.raises(ProrataError) as exc:
        parse_amount("-1000000000000", "EUR", allow_negative=True, where="$.prices[0].amount")
    assert exc.value.messages() == ["$.prices[0].amount: -1000000000000 is too large: an amount has at most 12 "
                                    "digits before the decimal mark (up to 999,999,999,999.99)"]
    assert parse_amount("-999999999999.99", "EUR", allow_negative=True) == Decimal("-999999999999.99")
    assert numbers.check_amount_limit(Decimal("999999999999.9999")) == Decimal("999999999999.9999")
    assert refused(lambda: numbers.check_amount_limit(Decimal("1E+12")))[0] == "amount_too_large"


def test_machine_quantities_and_rates():
    assert numbers.quantity("1.5") == Decimal("1.5")
    assert numbers.quantity("0") == Decimal(0)
    assert refused(lambda: numbers.quantity("-3")) == ("negative_quantity", {"value": "-3"})
    assert refused(lambda: numbers.quantity("1e3"))[0] == "bad_quantity"
    assert refused(lambda: numbers.quantity("1000000000"))[0] == "quantity_too_large"
    assert refused(lambda: numbers.quantity("0.00001"))[0] == "bad_quantity"
    assert numbers.tax_rate("7.5") == Decimal("7.5")
    assert numbers.tax_rate("-0") == Decimal(0) and str(numbers.tax_rate("-0")) == "0"
    for bad in ("-7", "101", "1E+1", "7,5", "abc"):
        assert refused(lambda: numbers.tax_rate(bad))[0] == "bad_tax_rate"
    assert numbers.check_tax_rate(Decimal(19)) == Decimal(19)
    assert refused(lambda: numbers.check_tax_rate(Decimal(-7), "line 1"))[0] == "bad_tax_rate"


# --- dates --------------------------------------------------------------------------------------------

def test_calendar_dates():
    assert calendar_date("2026-07-01") == date(2026, 7, 1)
    assert calendar_date("2000-01-01") == date(2000, 1, 1)
    assert calendar_date("2199-12-31") == date(2199, 12, 31)
    for bad in ("20260701", "2026-W27-3", "2026-182", "2026-7-1", "2026-02-30", "01/07/2026", "", 20260701,
                "2026-07-01T00:00", "\u0662\u0660\u0662\u0666-07-01"):
        assert refused(lambda: calendar_date(bad, "--as-of"))[0] == "bad_date"
    with pytest.raises(ProrataError) as exc:
        calendar_date("9999-12-31", "--as-of")
    assert exc.value.messages() == ["--as-of: 9999-12-31 is outside the dates Prorata accepts "
                                    "(2000-01-01 to 2199-12-31)"]
    assert refused(lambda: calendar_date("1999-12-31"))[0] == "date_out_of_range"


# --- codes and names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["=cmd|' /C calc'!A0", "+1", "-x", "@SUM(A1)"])
def test_codes_that_a_spreadsheet_would_run_are_refused(code):
    assert refused(lambda: check_code(code))[0] == "formula_code"


@pytest.mark.parametrize("text, character", [
    ("Acme\x1b[31m Ltd", "U+001B"),
    ("Acme\nLtd", "U+000A"),
    ("Acme\tLtd", "U+0009"),
    ("Acme\x9b31m", "U+009B"),
    ("Acme\u202eLtd", "U+202E"),
    ("Acme\x7f", "U+007F"),
])
def test_control_characters_are_refused(text, character):
    assert refused(lambda: check_text(text, field="name")) == ("control_character",
                                                               {"field": "name", "character": character})


def test_ordinary_names_and_codes_pass():
    assert check_text("Associés & Söhne – 日本") == "Associés & Söhne – 日本"
    assert check_code("c-1_x.y") == "c-1_x.y"


# --- CSV cells ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, written", [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("+1+1", "'+1+1"),
    ("-1+1", "'-1+1"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("-12.50", "-12.50"),
    ("-3", "-3"),
    ("12.50", "12.50"),
    ("c1", "c1"),
    ("", ""),
    (5, 5),
])
def test_csv_cells(cell, written):
    assert safe_cell(cell) == written


def test_the_csv_writer_neutralises_every_cell():
    out = io.StringIO()
    writer = SafeDictWriter(out, fieldnames=["company", "amount"], lineterminator="\n")
    writer.writeheader()
    writer.writerow({"company": "=HYPERLINK(\"x\")", "amount": "-12.50"})
    assert out.getvalue() == 'company,amount\n"\'=HYPERLINK(""x"")",-12.50\n'
    assert list(csv.reader(io.StringIO(out.getvalue())))[1] == ["'=HYPERLINK(\"x\")", "-12.50"]


# --- round trips in every language the window may run in ----------------------------------------------

from babel.numbers import format_decimal  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

LOCALES = ["en_GB", "en_US", "de_DE", "de_AT", "fr_FR", "fr_CA", "es_ES", "es_MX", "nl_NL", "ja_JP"]
CENTS = st.integers(min_value=-(10 ** 14) + 1, max_value=10 ** 14 - 1)  # every amount below the limit


@settings(max_examples=300, deadline=None)
@given(cents=CENTS, locale=st.sampled_from(LOCALES))
def test_amounts_round_trip_as_shown_and_as_edited(cents, locale):
    amount = Decimal(cents).scaleb(-2)
    grouped = format_decimal(amount, format="#,##0.00", locale=locale)  # as the locale shows it, grouped
    assert read_amount(grouped, locale, "EUR", allow_negative=True) == amount
    assert read_amount(amount_edit_text(amount, "EUR", locale), locale, "EUR", allow_negative=True) == amount
