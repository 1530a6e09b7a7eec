"""The core's messages in the user's language: catalogs kept up to date, translations that format, the CLI speaking German."""
from __future__ import annotations

import os
import string
import subprocess
import sys

import pytest
from babel.messages.pofile import read_po

from app import translation
from app.errors import MESSAGES, Problem


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _catalog(name: str):
    with (translation.catalog_dir() / name).open("rb") as fh:
        return read_po(fh)


def test_every_message_template_is_in_the_catalog_template():
    translation._import_all()
    ids = {m.id for m in _catalog("core.pot") if m.id}
    missing = sorted(set(MESSAGES.values()) - ids)
    assert not missing, f"run 'make translations': {missing[:5]}"


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_translations_keep_the_placeholders(lang):
    for m in _catalog(f"{lang}.po"):
        if m.id and m.string:
            assert _fields(m.string) == _fields(m.id), (lang, m.id, m.string)


def test_a_problem_in_german_and_french_and_english():
    p = Problem("bad_date", {"value": "2026-02-30"}, "--as-of")
    assert p.message(translation.translator("de_DE")) == "--as-of: '2026-02-30' ist kein Datum (Form JJJJ-MM-TT)"
    assert p.message(translation.translator("fr_FR.UTF-8")) == \
        "--as-of: '2026-02-30' n'est pas une date (forme AAAA-MM-JJ)"
    assert p.message(translation.translator("C")) == "--as-of: '2026-02-30' is not a date (use YYYY-MM-DD)"
    assert p.message() == "--as-of: '2026-02-30' is not a date (use YYYY-MM-DD)"


def test_a_broken_translation_falls_back_to_english():
    p = Problem("bad_date", {"value": "x"})
    assert p.message(lambda t: "{nonsense} kaputt") == "'x' is not a date (use YYYY-MM-DD)"


@pytest.mark.parametrize("name, lang", [("de_DE.UTF-8", "de"), ("fr_CA", "fr"), ("C.UTF-8", None), ("POSIX", None),
                                        ("", None), ("pt-BR", "pt"), ("de_DE@euro", "de")])
def test_language_of_a_locale_name(name, lang):
    assert translation.language_of(name) == lang


def test_the_cli_speaks_the_environment_language(tmp_path):
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    out = subprocess.run([sys.executable, "-m", "app.cli.main", "--db", f"sqlite:///{tmp_path / 'p.db'}",
                          "bill", "run", "--as-of", "2026-02-30"], capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.returncode == 2
    assert "'2026-02-30' ist kein Datum (Form JJJJ-MM-TT)" in out.stderr


def test_no_message_id_is_registered_twice_with_different_words():
    """Modules register their messages with MESSAGES.setdefault: an id used twice with other words would give
    whichever module loaded first, and its translation would depend on the order of imports."""
    import re
    from collections import defaultdict
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "app"
    found: dict[str, set[str]] = defaultdict(set)
    pattern = re.compile(r'MESSAGES\.setdefault\(\s*"([a-z_0-9]+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')
    for path in root.rglob("*.py"):
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            found[m.group(1)].add(re.sub(r'"\s*"', "", m.group(2)).strip())
    assert found and {k: v for k, v in found.items() if len(v) > 1} == {}
