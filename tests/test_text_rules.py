"""What a code or a text may hold, the same on both databases (app/values/text.py, app/bundle/fields.py).

Lone surrogates (what Python makes of bytes that are not UTF-8 in an argument) and invisible characters are
refused in words, exit 2, nothing written; texts and codes are stored composed (NFC), so two spellings of the
same word are one code; names and descriptions have a length a page can hold; a day of the month is written in
ASCII digits.
"""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.bundle.csv_import import import_csv
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import Company, Plan
from app.services import catalogue
from app.storage.engine import unit_of_work
from tests.billing_world import build
from tests.test_catalogue_cli import cli  # noqa: F401 (the fixture: prorata ARGS --db on the billing world)
from tests.test_csv_import import DATA


NEW = ("--signup", "2026-03-01", "--delivery", "email", "--email", "ap@nova.example")  # the rest a new company needs


def companies(db) -> list[tuple[str, str]]:
    with unit_of_work(db) as s:
        return sorted(s.execute(select(Company.code, Company.name)).tuples())


def test_a_lone_surrogate_is_refused_in_words_with_exit_2(db, cli):
    before = companies(db)
    # "Bad\xff" given on a command line that is not UTF-8 reaches Python as "Bad\udcff".
    status, out, err = cli("companies", "add", "n1", "--name", "Bad\udcff", "--currency", "EUR", *NEW)
    assert (status, out) == (2, "")
    assert "contains a control character (U+DCFF)" in err
    status, _, err = cli("companies", "add", "n\ud8001", "--name", "Nova", "--currency", "EUR", *NEW)
    assert status == 2 and "U+D800" in err
    assert companies(db) == before


def test_invisible_characters_are_refused_but_joiners_that_scripts_need_are_kept(db, cli):
    before = companies(db)
    # A zero-width space after a real code would make a second "C1" that prints the same.
    status, _, err = cli("companies", "add", "n1\u200b", "--name", "Nova", "--currency", "EUR", *NEW)
    assert status == 2 and "U+200B" in err
    status, _, err = cli("companies", "add", "n1", "--name", "No\ufeffva", "--currency", "EUR", *NEW)
    assert status == 2 and "U+FEFF" in err
    # A code holds no format character at all, not even a joiner.
    status, _, err = cli("companies", "add", "n\u200c1", "--name", "Nova", "--currency", "EUR", *NEW)
    assert status == 2 and "U+200C" in err
    assert companies(db) == before
    # Persian writes some words with a zero-width non-joiner (U+200C): a name keeps it.
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert cli("companies", "add", "n1", "--name", persian, "--currency", "EUR", *NEW)[0] == 0
    assert ("n1", persian) in companies(db)


def test_two_spellings_of_one_word_are_one_code(db, cli):
    decomposed, composed = "Cafe\u0301", "Caf\u00e9"
    assert cli("companies", "add", decomposed, "--name", "Cafe\u0301 Noir", "--currency", "EUR", *NEW)[0] == 0
    assert (composed, "Caf\u00e9 Noir") in companies(db)  # stored composed, name too
    status, _, err = cli("companies", "add", composed, "--name", "Other", "--currency", "EUR", *NEW)
    assert status == 2 and "already" in err
    assert [c for c, _ in companies(db)].count(composed) == 1


def test_names_and_descriptions_have_a_length_a_page_can_hold(db):
    build(db)
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as exc:
            catalogue.add_plan(s, "long", "exchange", "per_user", {"en": "x" * 201})
        assert [(p.where, p.id) for p in exc.value.problems] == [("name.en", "too_long")]
        with pytest.raises(ProrataError) as exc:
            catalogue.add_plan(s, "long", "exchange", "per_user", {"en": "Long"}, description={"en": "d" * 501})
        assert [(p.where, p.id) for p in exc.value.problems] == [("description.en", "too_long")]
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).where(Plan.code == "long")) == 0
        # At the limits: a 200-character name and a 500-character description are taken.
        catalogue.add_plan(s, "long", "exchange", "per_user", {"en": "x" * 200}, description={"en": "d" * 500})
    with unit_of_work(db) as s:
        plan = s.scalars(select(Plan).where(Plan.code == "long")).one()
        assert (len(plan.name["en"]), len(plan.description["en"])) == (200, 500)


def test_an_extra_description_beyond_a_name_is_refused_from_the_command_line(db, cli):
    status, _, err = cli("company", "c1", "extra", "setup", "--amount", "5.00", "--description", "y" * 201,
                         "--date", "2026-03-01")
    assert status == 2 and "longer than 200 characters" in err


@pytest.mark.parametrize("day", ["\u00b2", "\u0663"])  # a superscript two and an Arabic-Indic three
def test_a_billing_day_is_written_in_ascii_digits(db, tmp_path, day):
    with unit_of_work(db) as s:
        import_bundle(s, json.loads((DATA / "example_bundle.json").read_text(encoding="utf-8")))
    rows = (DATA / "companies.csv").read_text(encoding="utf-8").splitlines()
    rows[1] = rows[1].replace(",15,", f",{day},")
    path = tmp_path / "companies.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as exc:
            import_csv(s, "companies", str(path))
    # Line 2 (the header is line 1), the billing_day column: refused as a billing day, not a crash.
    assert [p.where for p in exc.value.problems] == ["line 2, column billing_day"]
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(Company)) == 1  # c1 of the example bundle only
