"""Currencies: enabling, and disabling refused while something still uses one."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.errors import ProrataError
from app.models import AuditEntry, Company, CompanyEvent, Currency, Hoster
from app.money import minor_digits
from app.services import currencies
from app.storage.engine import unit_of_work


def test_minor_units_come_from_iso_4217():
    assert (minor_digits("EUR"), minor_digits("JPY"), minor_digits("KWD")) == (2, 0, 3)


def _company(s, code, currency, signup=date(2026, 1, 15)):
    c = Company(code=code, name=code.title(), currency=currency, language="en_GB", signup=signup)
    s.add(c)
    s.flush()
    return c


def test_enable_unknown_code_is_refused(db):
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            currencies.enable(s, "XYZ")
    assert "XYZ" in exc.value.messages()[0]


def test_disable_refused_while_a_company_uses_it(db):
    with unit_of_work(db) as s:
        currencies.enable(s, "EUR")
        currencies.enable(s, "USD")
        _company(s, "contoso", "EUR")
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            currencies.disable(s, "EUR", today=date(2026, 6, 1))
    assert exc.value.problems[0].id == "currency_in_use"
    assert "contoso" in exc.value.messages()[0]
    with unit_of_work(db) as s:
        assert s.get(Currency, "EUR").enabled is True
        # USD is used by nobody: it can go.
        currencies.disable(s, "USD", today=date(2026, 6, 1))
    with unit_of_work(db) as s:
        assert s.get(Currency, "USD").enabled is False
        actions = [(a.action, a.entity_id) for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions == [("enable", "EUR"), ("enable", "USD"), ("disable", "USD")]


def test_currency_events_decide_who_uses_a_currency(db):
    with unit_of_work(db) as s:
        for code in ("EUR", "USD", "GBP"):
            currencies.enable(s, code)
        moved = _company(s, "moved", "EUR")
        later = _company(s, "later", "GBP")
        s.add(CompanyEvent(company_id=moved.id, date=date(2026, 3, 1), type="currency", currency="USD"))
        # 'later' switches to EUR in the future: EUR is still needed.
        s.add(CompanyEvent(company_id=later.id, date=date(2026, 9, 1), type="currency", currency="EUR"))
    with unit_of_work(db) as s:
        assert currencies.companies_using(s, "EUR", today=date(2026, 6, 1)) == ["later"]
        assert currencies.companies_using(s, "USD", today=date(2026, 6, 1)) == ["moved"]
        assert currencies.companies_using(s, "GBP", today=date(2026, 6, 1)) == ["later"]
        assert currencies.companies_using(s, "GBP", today=date(2026, 9, 2)) == []


def test_cli_disable_in_use_exits_2(sqlite_db, capsys):
    url = str(sqlite_db.url)
    with unit_of_work(sqlite_db) as s:
        s.add(Hoster(name="H"))
        currencies.enable(s, "EUR")
        _company(s, "c1", "EUR")
    assert main(["currencies", "disable", "EUR", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "EUR cannot be disabled" in err and "c1" in err and "Traceback" not in err
    assert main(["currencies", "list", "--db", url]) == 0
    assert "EUR  enabled   2 decimals" in capsys.readouterr().out
