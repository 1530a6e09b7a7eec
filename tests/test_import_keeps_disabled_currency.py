"""A bundle imported into a database whose hoster disabled a currency leaves it disabled, even when the bundle's
hoster lists it (an older export read back): disabling is the hoster's choice, not the file's. What the bundle
bills in it is refused as in any disabled currency; a currency the database does not have yet is added enabled.
Restored into an empty database (no hoster yet: a backup), every currency listed is enabled. Both databases.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.bundle import FORMAT
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import Company, Currency
from app.services import currencies
from app.storage.engine import unit_of_work
from tests.billing_world import build


def _enabled(engine) -> dict[str, bool]:
    with unit_of_work(engine) as s:
        return {c.code: c.enabled for c in s.scalars(select(Currency))}


def _hoster(*codes: str) -> dict:
    return {"name": "Northwind Hosting", "currencies": list(codes), "tax_rate": "20"}


def _company(code: str, currency: str) -> dict:
    return {"code": code, "name": code.upper(), "currency": currency, "signup": "2026-01-10", "language": "en_GB",
            "email": f"billing@{code}.example"}


def _load(engine, doc: dict, **kw):
    with unit_of_work(engine) as s:
        return import_bundle(s, doc, source="old-export.json", **kw)


def test_a_currency_the_hoster_disabled_stays_disabled(db):
    build(db)  # EUR, USD, JPY and KWD, all enabled
    with unit_of_work(db) as s:
        currencies.disable(s, "KWD")
    assert _enabled(db) == {"EUR": True, "USD": True, "JPY": True, "KWD": False}

    # The old export lists KWD and a currency the database does not have (CHF); a company in EUR.
    doc = {"format": FORMAT, "hoster": _hoster("EUR", "KWD", "CHF"), "companies": [_company("e1", "EUR")]}
    for dry in (True, False):
        result = _load(db, doc, dry_run=dry)
        assert (result.counts["currencies"], result.counts["companies"]) == (1, 1)  # CHF only
    assert _enabled(db) == {"EUR": True, "USD": True, "JPY": True, "KWD": False, "CHF": True}

    # A company in KWD is refused as in any disabled currency, though the bundle's hoster lists it.
    doc = {"format": FORMAT, "hoster": _hoster("EUR", "KWD"), "companies": [_company("k1", "KWD")]}
    with pytest.raises(ProrataError) as exc:
        _load(db, doc)
    assert exc.value.messages() == ["$.companies[0].currency: currency KWD is not enabled for this hoster"]
    assert _enabled(db)["KWD"] is False
    with unit_of_work(db) as s:
        assert s.scalar(select(Company.code).where(Company.code == "k1")) is None


def test_a_backup_restored_into_an_empty_database_enables_every_currency_it_lists(db):
    doc = {"format": FORMAT, "hoster": {**_hoster("EUR", "KWD"), "language": "en_GB"},
           "companies": [_company("k1", "KWD")]}
    result = _load(db, doc)
    assert (result.counts["currencies"], result.counts["companies"]) == (2, 1)
    assert _enabled(db) == {"EUR": True, "KWD": True}
