"""A currency the export still names is not disabled, so the export imports again (review 3, finding 4).

The import takes only enabled currencies, and the export writes every company's signup currency, every
currency change (past ones too) and every extra item's default amounts (retired items too). So
``currencies disable`` refuses, naming them, while a company's history or an extra item's default amount is in
the currency; once nothing names it, it goes, and the export of the database imports into an empty one on both
databases. The world is ``tests.billing_world``'s (EUR, USD, JPY and KWD enabled), on 1 July 2026.
"""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from app.bundle.exporter import export_bundle
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import Company, Currency
from app.services import currencies, extra_items
from app.services.currency_uses import uses
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

TODAY = date(2026, 7, 1)


def _chf_world(db, *, zchf_changes=True, companies=True):
    """zchf signed up in CHF on 1 January and bills in EUR from 1 June; zmid went EUR -> CHF -> EUR (February
    to March); SETUPX, retired, has a default amount of 10.00 CHF; zeur has been in EUR all along."""
    w = build(db)
    with unit_of_work(db) as s:
        currencies.enable(s, "CHF")
    if companies:
        add_company(db, w, "zchf", currency="CHF", signup=date(2026, 1, 1),
                    events=[(date(2026, 6, 1), "currency", {"currency": "EUR"})] if zchf_changes else [])
        add_company(db, w, "zmid", events=[(date(2026, 2, 1), "currency", {"currency": "CHF"}),
                                           (date(2026, 3, 1), "currency", {"currency": "EUR"})])
    add_company(db, w, "zeur")
    with unit_of_work(db) as s:
        extra_items.add_item(s, "SETUPX", {"en": "Setup"}, amounts={"CHF": "10.00", "EUR": "9.00"})
        extra_items.retire_item(s, "SETUPX", date(2026, 5, 1))
        s.execute(update(Company).values(email="billing@x.example"))  # invoices by e-mail: the export needs it
    return w


def _refusal(db, code="CHF") -> ProrataError:
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            currencies.disable(s, code, today=TODAY)
    with unit_of_work(db) as s:
        assert s.get(Currency, code).enabled is True  # nothing written
    return err.value


def test_a_past_currency_and_an_extra_items_default_amount_keep_it_enabled(db):
    _chf_world(db)
    err = _refusal(db)
    # zchf and zmid bill in EUR today (their last change, 1 June and 1 March, is to EUR), so neither is a
    # "company" using CHF; both had it before. SETUPX names 10.00 CHF although retired.
    assert err.problems[0].params["uses"] == [("company_histories", 2, ["zchf", "zmid"]),
                                              ("extra_items", 1, ["SETUPX"])]
    assert err.messages() == ["currency CHF cannot be disabled: 2 companies that had it before (zchf, zmid); "
                              "1 extra item with a default amount in it (SETUPX)"]


def test_a_company_in_the_currency_today_is_named_once(db):
    _chf_world(db, zchf_changes=False)
    # Without its change zchf bills in CHF today: a "company" using it, not also one that had it before.
    assert _refusal(db).problems[0].params["uses"][:2] == [("companies", 1, ["zchf"]),
                                                          ("company_histories", 1, ["zmid"])]


def test_refused_the_export_imports_again(db, fresh_db):
    _chf_world(db)
    with unit_of_work(db) as s:
        doc = export_bundle(s)
    target = fresh_db()
    with unit_of_work(target) as s:
        import_bundle(s, doc, source="chf.json")
    with unit_of_work(target) as s:
        assert export_bundle(s) == doc
        assert [u.kind for u in uses(s, "CHF", TODAY)] == ["company_histories", "extra_items"]


def test_once_nothing_names_it_it_goes_and_the_export_imports_again(db, fresh_db):
    _chf_world(db, companies=False)
    assert _refusal(db).problems[0].params["uses"] == [("extra_items", 1, ["SETUPX"])]
    with unit_of_work(db) as s:
        extra_items.edit_item(s, "SETUPX", amounts={"CHF": None})
    with unit_of_work(db) as s:
        assert uses(s, "CHF", TODAY) == []
        assert currencies.disable(s, "CHF", today=TODAY).enabled is False
    with unit_of_work(db) as s:
        doc = export_bundle(s)
    assert "CHF" not in doc["hoster"]["currencies"]
    assert [i["amounts"] for i in doc["extra_items"]] == [{"EUR": "9.00"}]
    target = fresh_db()
    with unit_of_work(target) as s:
        import_bundle(s, doc, source="no-chf.json")
    with unit_of_work(target) as s:
        assert export_bundle(s) == doc


def test_the_command_line_refuses_in_words_with_exit_2(sqlite_db, capsys):
    from app.cli.main import main

    _chf_world(sqlite_db)
    assert main(["currencies", "disable", "CHF", "--db", str(sqlite_db.url)]) == 2
    err = capsys.readouterr().err
    assert "CHF cannot be disabled" in err and "zchf" in err and "SETUPX" in err and "Traceback" not in err
