"""Dates in the core's sentences are written as the reader's language writes them; machine outputs keep ISO.

The core puts a date into a problem's parameters as ISO text ("2026-03-05", so that ``--json`` and the audit data
stay machine-readable); when the sentence is rendered in German, French or Japanese the date is written the way
that locale writes it (Babel's medium form: 05.03.2026, 5 mars 2026, 2026/03/05). English sentences keep ISO,
which no reader takes for another day, as do untranslated sentences and every rendering without a language.
Expected sentences are the catalogs' translations with the dates written out by hand.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from app.cli.main import main
from app.errors import Problem, ProrataError
from app.services import catalogue
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.billing_world import add_company, build

BEFORE_SIGNUP = Problem("before_signup", {"date": "2026-03-05", "signup": "2026-01-15"}, "date")


@pytest.mark.parametrize("locale, expected", [
    ("de_DE", "date: das Ereignis vom 05.03.2026 liegt vor der Anmeldung der Firma am 15.01.2026"),
    ("de_CH.UTF-8", "date: das Ereignis vom 05.03.2026 liegt vor der Anmeldung der Firma am 15.01.2026"),
    ("fr_FR", "date: l'événement daté du 5 mars 2026 est antérieur à l'inscription de la société le 15 janv. 2026"),
    ("ja_JP", "date: 2026/03/05 付けのイベントは、会社の契約開始日 2026/01/15 より前です"),
])
def test_a_refusal_writes_its_dates_as_the_readers_language_does(locale, expected):
    assert BEFORE_SIGNUP.message(translator(locale)) == expected


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "C", None])
def test_english_keeps_iso_dates(locale):
    assert BEFORE_SIGNUP.message(translator(locale)) == \
        "date: event dated 2026-03-05 is before the company's signup on 2026-01-15"


def test_without_a_language_the_message_is_the_english_one_with_iso_dates():
    # What the JSON outputs, the logs and the stored reasons carry.
    assert BEFORE_SIGNUP.message() == "date: event dated 2026-03-05 is before the company's signup on 2026-01-15"
    assert str(ProrataError(BEFORE_SIGNUP)) == BEFORE_SIGNUP.message()
    assert BEFORE_SIGNUP.params == {"date": "2026-03-05", "signup": "2026-01-15"}  # the data is not rewritten


def test_an_untranslated_sentence_stays_english_with_iso_dates():
    # No Portuguese catalog: the reader gets the English sentence, and an English sentence has ISO dates.
    assert BEFORE_SIGNUP.message(translator("pt_BR")) == \
        "date: event dated 2026-03-05 is before the company's signup on 2026-01-15"


def test_a_date_object_is_written_too_but_a_timestamp_and_other_text_are_not():
    de = translator("de")
    assert Problem("before_signup", {"date": date(2026, 12, 1), "signup": "2026-02-30"}).message(de) == \
        "das Ereignis vom 01.12.2026 liegt vor der Anmeldung der Firma am 2026-02-30"  # no such day: as given
    assert Problem("before_signup", {"date": datetime(2026, 12, 1, 9, 30), "signup": "2026-01-15 "}).message(de) == \
        "das Ereignis vom 2026-12-01 09:30:00 liegt vor der Anmeldung der Firma am 2026-01-15 "


def test_a_quoted_value_is_echoed_as_it_was_typed():
    # {value!r} repeats what someone wrote: rewriting it would show them a text they never typed.
    p = Problem("bad_value", {"value": "2026-03-05", "allowed": "a, b"}, "--kind")
    assert p.message(translator("de_DE")) == "--kind: '2026-03-05' ist keiner von a, b"


def _contoso_subscribes_to_archiving_on_march_5(db):
    w = build(db)
    add_company(db, w, "contoso", signup=date(2026, 3, 5),
                events=[(date(2026, 3, 5), "subscribe", {"plan": "archiving"})])


GERMAN_REFUSAL = ("on: der Tarif 'archiving' kann nicht ab 01.03.2026 eingestellt werden: Die Firma 'contoso' "
                  "abonniert ihn am 05.03.2026; stellen Sie ihn ab einem späteren Tag ein")
ENGLISH_REFUSAL = ("on: plan 'archiving' cannot retire from 2026-03-01: company 'contoso' subscribes to it on "
                   "2026-03-05; retire it from a later day")


def test_the_window_shows_an_engine_refusal_with_german_dates(db):
    from PySide6.QtCore import QLocale

    from ui.dialogs.messages import error_text

    _contoso_subscribes_to_archiving_on_march_5(db)
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            catalogue.retire_plan(s, "archiving", date(2026, 3, 1))
    assert err.value.problems[0].params["on"] == "2026-03-01"  # the refusal's data stays ISO
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        assert error_text(err.value) == GERMAN_REFUSAL
        QLocale.setDefault(QLocale("en_GB"))
        assert error_text(err.value) == ENGLISH_REFUSAL
    finally:
        QLocale.setDefault(before)


def _speak(monkeypatch, lang: str) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)


def test_the_cli_says_the_refusal_with_the_environments_dates(db, capsys, monkeypatch):
    _contoso_subscribes_to_archiving_on_march_5(db)
    url = db.url.render_as_string(hide_password=False)
    _speak(monkeypatch, "de_DE.UTF-8")
    assert main(["plans", "retire", "archiving", "--on", "2026-03-01", "--db", url]) == 2
    assert capsys.readouterr().err == f"prorata: error: {GERMAN_REFUSAL}\n"
    _speak(monkeypatch, "C.UTF-8")
    assert main(["plans", "retire", "archiving", "--on", "2026-03-01", "--db", url]) == 2
    assert capsys.readouterr().err == f"prorata: error: {ENGLISH_REFUSAL}\n"


def test_the_cli_words_a_date_it_refuses_before_opening_the_database(tmp_path, capsys, monkeypatch):
    _speak(monkeypatch, "fr_FR.UTF-8")
    assert main(["--db", f"sqlite:///{tmp_path / 'none.db'}", "bill", "run", "--as-of", "1999-12-31"]) == 2
    assert capsys.readouterr().err == ("prorata: error: --as-of: 31 déc. 1999 est hors des dates que Prorata accepte "
                                       "(du 1 janv. 2000 au 31 déc. 2199)\n")
