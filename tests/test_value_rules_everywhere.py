"""One rule per value, wherever it comes in: the window's editor, the command line, a bundle and a CSV file
refuse each bad value from the issue with the same refusal (the same problem id), and amounts written in
every shipped language read back to themselves.

The window's editor is ``app.values.typed`` in the UI's locale (here en_GB, whose form of a machine number
is the machine number itself); the CLI is ``prorata``'s exit 2 and its sentence; the bundle and CSV file
are dry-run imports, whose problems carry their ids.
"""
from __future__ import annotations

import contextlib
import io
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings, strategies as st

from app.bundle.csv_import import import_csv
from app.cli.main import main
from app.errors import MESSAGES, ProrataError
from app.storage.engine import unit_of_work
from app.values.typed import edit_text, read_amount, read_quantity, read_tax_rate
from tests.test_bundle_import import example, load

LOCALES = ("en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "nl_NL", "ja_JP")

# (kind, bad value, the refusal everywhere)
BAD = [
    ("amount", "-5", "negative_amount"),
    ("amount", "99999999999999999.00", "amount_too_large"),
    ("amount", "1000000000000", "amount_too_large"),
    ("amount", "0.333", "too_many_decimals"),
    ("tax_rate", "-7", "bad_tax_rate"),
    ("tax_rate", "101", "bad_tax_rate"),
    ("tax_rate", "12.34567", "bad_tax_rate"),
    ("tax_rate", "abc", "bad_tax_rate"),
    ("tax_rate", "1e2", "bad_tax_rate"),
    ("quantity", "-3", "negative_quantity"),
    ("quantity", "1000000000000", "quantity_too_large"),
    ("quantity", "abc", "bad_quantity"),
]
# Not a number at all: the window's editor explains the locale's form ("not_a_number", "such as 1,234.56"),
# the machine forms theirs ("bad_amount", "such as \"12.50\""); both refuse, neither reads it as anything.
NOT_NUMBERS = ["abc", "1e30", "1E+2", "abc,1.2x3", "NaN"]


def window(kind: str, text: str) -> str | None:
    read = {"amount": lambda t: read_amount(t, "en_GB", "EUR"), "tax_rate": lambda t: read_tax_rate(t, "en_GB"),
            "quantity": lambda t: read_quantity(t, "en_GB")}[kind]
    try:
        read(text)
    except ProrataError as exc:
        return exc.problems[0].id
    return None


def bundle(engine, kind: str, text: str) -> str | None:
    doc = example()
    where = {"amount": "$.prices[0].amount", "tax_rate": "$.hoster.tax_rate", "quantity": "$.events[3].quantity"}
    if kind == "amount":
        doc["prices"][0]["amount"] = text
    elif kind == "tax_rate":
        doc["hoster"]["tax_rate"] = text
    else:
        doc["events"][3]["quantity"] = int(text) if text.lstrip("-").isdigit() else text
    with unit_of_work(engine) as s, pytest.raises(ProrataError) as exc:
        from app.bundle.importer import import_bundle
        import_bundle(s, doc, source="t.json", dry_run=True)
    found = [p.id for p in exc.value.problems if p.where == where[kind]]
    return found[0] if found else None


def cli(engine, kind: str, text: str) -> str:
    url = engine.url.render_as_string(hide_password=False)
    args = {"amount": ["prices", "set", "retail", "exchange-basic", "EUR", text, "--from", "2026-05-01"],
            "tax_rate": ["settings", "set", "hoster", "tax_rate", text],
            "quantity": ["company", "c1", "quantity", "sharepoint-sites", text, "--date", "2026-05-01"]}[kind]
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main([*args, "--db", url]) == 2
    return err.getvalue()


def message_of(problem_id: str, text: str) -> str:
    """The refusal's sentence as the rule words it (its fixed part, before any parameter)."""
    template = MESSAGES[problem_id]
    return template.split("{", 1)[0] if not template.startswith("{") else template.split("}", 1)[1].split("{")[0]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    from app.storage import schema
    from app.storage.engine import make_engine

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('rules') / 'rules.db'}")
    schema.upgrade(engine)
    load(engine, example())
    yield engine
    engine.dispose()


# Values the surfaces still refuse differently (none now: a bundle's quantity used to be refused as a JSON type).
DISAGREE: set = set()


def _cases():
    for surface in ("window", "bundle", "cli"):
        for kind, text, refusal in BAD:
            marks = [pytest.mark.xfail(strict=True, reason="quantity: bundle type check first")] \
                if (surface, kind, text) in DISAGREE else []
            yield pytest.param(surface, kind, text, refusal, marks=marks, id=f"{surface}-{kind}-{text}")


@pytest.mark.parametrize("surface,kind,text,refusal", list(_cases()))
def test_each_bad_value_gets_the_same_refusal_everywhere(loaded, surface, kind, text, refusal):
    if surface == "window":
        assert window(kind, text) == refusal
    elif surface == "bundle":
        assert bundle(loaded, kind, text) == refusal
    else:
        said = cli(loaded, kind, text)
        assert message_of(refusal, text).strip() in said, said


@pytest.mark.parametrize("text", ["-7", "101", "abc"])
def test_a_csv_file_refuses_tax_rates_by_the_same_rule(loaded, tmp_path, text):
    path = tmp_path / "companies.csv"
    path.write_text("code,name,currency,signup,email,tax_rate\n"
                    f"c9,Nine,EUR,2026-02-01,n@x.example,{text}\n", encoding="utf-8")
    with unit_of_work(loaded) as s, pytest.raises(ProrataError) as exc:
        import_csv(s, "companies", str(path), dry_run=True)
    assert [(p.where, p.id) for p in exc.value.problems] == [("line 2, column tax_rate", window("tax_rate", text))]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_what_is_no_number_is_refused_everywhere_never_read(loaded, text):
    assert window("amount", text) == "not_a_number"
    assert bundle(loaded, "amount", text) == "bad_amount"
    assert "is not an amount" in cli(loaded, "amount", text)


AMOUNTS = st.decimals(min_value=Decimal(0), max_value=Decimal("999999999999.99"), places=2, allow_nan=False,
                      allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(value=AMOUNTS, locale=st.sampled_from(LOCALES))
def test_amounts_read_back_as_written_in_every_shipped_language(value, locale):
    shown = format_decimal(value, format="#,##0.00", locale=locale, decimal_quantization=False)
    assert read_amount(shown, locale, "EUR") == value, shown
    assert read_amount(edit_text(value, locale), locale, "EUR") == value
    negative = -value if value else Decimal("-0.01")
    typed = format_decimal(negative, format="#,##0.00", locale=locale)
    assert read_amount(typed, locale, "EUR", allow_negative=True) == negative, typed


@settings(max_examples=30, deadline=None)
@given(value=st.integers(min_value=0, max_value=999_999_999_999), locale=st.sampled_from(LOCALES))
def test_yen_have_no_decimals_in_any_language(value, locale):
    shown = format_decimal(Decimal(value), format="#,##0", locale=locale)
    assert read_amount(shown, locale, "JPY") == Decimal(value)
