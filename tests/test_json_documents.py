"""JSON documents (bundles, change lists, invoice files): what JSON itself lets through silently is refused in words."""
from __future__ import annotations

from decimal import Decimal

import pytest

from app.bundle.reader import MAX_DEPTH, parse_json
from app.errors import ProrataError


def test_amounts_with_a_fraction_are_read_exactly():
    assert parse_json('{"price": 12.10}') == {"price": Decimal("12.10")}


def test_a_key_given_twice_in_one_object_is_refused():
    with pytest.raises(ProrataError) as err:
        parse_json('{"companies": [{"code": "c1", "currency": "EUR", "currency": "JPY"}]}')
    assert str(err.value) == "not valid JSON: the key 'currency' appears twice in one object"


def test_the_same_key_in_different_objects_is_fine():
    assert parse_json('[{"code": "a"}, {"code": "b"}]') == [{"code": "a"}, {"code": "b"}]


def test_nesting_at_the_limit_is_read_and_one_level_more_is_refused():
    assert parse_json("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    with pytest.raises(ProrataError) as err:
        parse_json("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert str(err.value) == f"not valid JSON: nested more than {MAX_DEPTH} levels deep"


def test_nesting_deeper_than_python_can_parse_is_refused_in_words_not_a_traceback():
    with pytest.raises(ProrataError) as err:
        parse_json('{"a":' * 200_000 + "1" + "}" * 200_000)
    assert "nested more than" in str(err.value)


def test_a_cli_import_of_a_bundle_with_a_duplicate_key_exits_2(tmp_path, capsys, sqlite_db):
    from app.cli.main import main

    path = tmp_path / "bundle.json"
    path.write_text('{"format": "prorata-bundle", "format": "other"}', encoding="utf-8")
    assert main(["--db", str(sqlite_db.url), "import", str(path)]) == 2
    assert "appears twice" in capsys.readouterr().err
