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


def _usd_everywhere(db):
    """The billing world with USD used once or twice by every kind of thing that can use a currency."""
    from decimal import Decimal as D

    from app.models import Accrual, Invoice, MinimumCharge, Price, Reseller
    from tests.billing_world import add_company, build

    w = build(db)
    add_company(db, w, "usd1", reseller="acme", currency="USD", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "extra", {"code": "backup", "amount": D("20.00"), "recurring": True})])
    # 'moved' left USD on Mar 1, but its Feb 20 support call (in USD) is not billed yet.
    add_company(db, w, "moved", currency="USD", signup=date(2026, 1, 10), events=[
        (date(2026, 2, 20), "extra", {"code": "support-call", "amount": D("50.00"), "recurring": False}),
        (date(2026, 3, 1), "currency", {"currency": "EUR"})])
    with unit_of_work(db) as s:
        s.add(Reseller(code="blue", name="Blue", currency="USD", language="en_GB"))
        archiving, acme = w.plans["archiving"], w.resellers["acme"]
        s.add_all([Price(layer="wholesale", plan_id=archiving, currency="USD", amount=D("25.00")),
                   Price(layer="retail", plan_id=archiving, currency="USD", amount=D("30.00")),
                   Price(layer="retail", reseller_id=acme, plan_id=archiving, currency="USD", amount=D("31.00")),
                   MinimumCharge(issuer_key="hoster", currency="USD", amount=D("10.00"))])
        # usd1 is acme's customer: acme issues its invoices, and the cost acme owes for it is an accrual.
        invoice = dict(issuer_key=f"reseller:{acme}", issuer_reseller_id=acme, reseller_id=acme,
                       company_id=w.companies["usd1"], currency="USD")
        paid = Invoice(status="paid", number="INV-2026-00003", **invoice)
        s.add_all([paid, Invoice(status="draft", **invoice),
                   Invoice(status="issued", number="INV-2026-00007", **invoice),
                   Invoice(status="void", number="INV-2026-00004", **invoice)])
        s.flush()
        s.add(Accrual(reseller_id=acme, kind="cost", company_id=w.companies["usd1"], invoice_id=paid.id,
                      boundary=date(2026, 2, 10), line_kind="recurring", quantity=D(1), unit_price=D("25.00"),
                      currency="USD", amount=D("25.00")))
    return w


def test_disable_refused_while_anything_uses_it_saying_what(db):
    _usd_everywhere(db)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            currencies.disable(s, "USD", today=date(2026, 3, 5))
    # The paid and the void invoice are history: they hold nothing.
    # 'moved' bills in EUR since Mar 1 but signed up in USD: the export names it (review 3, finding 4).
    assert exc.value.messages() == [
        "currency USD cannot be disabled: 1 company (usd1); 1 company that had it before (moved); "
        "1 reseller (blue); "
        "3 prices (retail archiving, wholesale archiving); 1 minimum charge (hoster); "
        "2 unfinished invoices (1 draft, INV-2026-00007); "
        "1 reseller line waiting for its settlement (1 for acme); "
        "2 extras still to be billed (support-call of moved, backup of usd1)"]
    assert [(kind, n) for kind, n, _ in exc.value.problems[0].params["uses"]] == [
        ("companies", 1), ("company_histories", 1), ("resellers", 1), ("prices", 3), ("minimum_charges", 1), ("invoices", 2),
        ("accruals", 1), ("extras", 2)]
    with unit_of_work(db) as s:
        assert s.get(Currency, "USD").enabled is True


def test_many_users_of_a_kind_are_counted_and_a_few_named(db):
    with unit_of_work(db) as s:
        currencies.enable(s, "EUR")
        for i in range(7):
            _company(s, f"c{i}", "EUR")
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            currencies.disable(s, "EUR", today=date(2026, 6, 1))
    assert exc.value.messages() == ["currency EUR cannot be disabled: 7 companies (c0, c1, c2, c3, c4 and 2 more)"]


def test_finished_invoices_do_not_hold_it_but_the_history_the_export_writes_does(db):
    # 'moved' was billed in USD on Feb 10 (its Jan 20 support call: 50.00 + 20 % = 60.00), paid that
    # invoice, and has been in EUR since Feb 11. Nothing in USD is left to bill, price or settle, but the
    # export writes its signup currency USD, and an import takes only enabled currencies (review 3, finding 4).
    from decimal import Decimal as D

    from sqlalchemy import update

    from app.billing.run import run_billing
    from app.models import Invoice
    from tests.billing_world import add_company, build

    w = build(db)
    add_company(db, w, "moved", currency="USD", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 20), "extra", {"code": "support-call", "amount": D("50.00"), "recurring": False}),
        (date(2026, 2, 11), "currency", {"currency": "EUR"})])
    report = run_billing(db, date(2026, 2, 10))
    assert [(o.outcome, o.currency, o.total) for o in report.outcomes] == [
        ("nothing", "USD", "0.00"), ("billed", "USD", "60.00")]
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            currencies.disable(s, "USD", today=date(2026, 3, 1))
    assert exc.value.messages() == ["currency USD cannot be disabled: 1 company that had it before (moved); "
                                    "1 unfinished invoice (1 draft)"]
    with unit_of_work(db) as s:
        s.execute(update(Invoice).where(Invoice.company_id == w.companies["moved"]).values(status="paid"))
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            currencies.disable(s, "USD", today=date(2026, 3, 1))
    assert exc.value.messages() == ["currency USD cannot be disabled: 1 company that had it before (moved)"]
