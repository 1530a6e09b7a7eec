"""A code names one customer: a company and a reseller never share one (both databases).

Payments, manual invoices and statements find their customer by code alone. Adding a company with a
reseller's code (or a reseller with a company's, or renaming a reseller to one), in the services, on the
command line and through a bundle or CSV import, is refused in words. A database written before the rule may
already hold such a code: the lookups then refuse it and take ``company:CODE`` or ``reseller:CODE``.

The imports start from the issue's example bundle (reseller acme, its company c1); payments and invoices from
tests/billing_world.py (reseller acme with its 19 %, the hoster's 20 %), where the clash is written straight
into the table, as an older Prorata let it be.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bundle import FORMAT
from app.bundle.csv_import import import_csv
from app.bundle.importer import import_bundle
from app.cli.main import main
from app.errors import ProrataError
from app.models import Company, Invoice, Reseller
from app.models.payments import PaymentAccount
from app.payments import accounts, payments
from app.services import companies_admin, invoices, resellers_admin
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
DATA = Path(__file__).parent / "data"
COMPANY_TAKES_RESELLERS = ("'acme' is already a reseller's code: a company cannot take it, since payments, "
                           "invoices and statements find their customer by its code alone")
RESELLER_TAKES_COMPANYS = ("'c1' is already a company's code: a reseller cannot take it, since payments, "
                           "invoices and statements find their customer by its code alone")
AMBIGUOUS = "acme is both a reseller and a company: use reseller:acme or company:acme"


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def count(engine, model) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def refused(engine, act) -> list[tuple[str, str, str]]:
    """(where, id, English sentence) of each problem ``act(session)`` raises; nothing is committed."""
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(engine) as s:
            act(s)
    return [(p.where, p.id, p.message()) for p in exc.value.problems]


@pytest.fixture
def contoso(db):
    """The issue's example bundle loaded: hoster, reseller acme, company c1 with user ann."""
    with unit_of_work(db) as s:
        import_bundle(s, json.loads((DATA / "example_bundle.json").read_text(encoding="utf-8")))
    return db


COMPANY = {"code": "acme", "name": "Acme Bakery KG", "currency": "EUR", "signup": "2026-03-01",
           "email": "billing@bakery.example"}
RESELLER = {"code": "c1", "name": "C1 Reselling", "currency": "EUR"}


def test_the_services_refuse_a_company_with_a_resellers_code_and_the_other_way_round(contoso):
    assert refused(contoso, lambda s: companies_admin.add_company(s, COMPANY)) == [
        ("code", "company_code_of_reseller", f"code: {COMPANY_TAKES_RESELLERS}")]
    assert refused(contoso, lambda s: resellers_admin.add_reseller(s, RESELLER)) == [
        ("code", "reseller_code_of_company", f"code: {RESELLER_TAKES_COMPANYS}")]
    assert (count(contoso, Company), count(contoso, Reseller)) == (1, 1)
    with unit_of_work(contoso) as s:  # another code is fine
        companies_admin.add_company(s, {**COMPANY, "code": "acme-bakery"})
        resellers_admin.add_reseller(s, {**RESELLER, "code": "nova"})
    assert (count(contoso, Company), count(contoso, Reseller)) == (2, 2)


def test_a_reseller_cannot_be_renamed_to_a_companys_code(contoso):
    with unit_of_work(contoso) as s:
        resellers_admin.add_reseller(s, {**RESELLER, "code": "nova"})
    assert refused(contoso, lambda s: resellers_admin.edit_reseller(s, "nova", {"code": "c1"})) == [
        ("code", "reseller_code_of_company", f"code: {RESELLER_TAKES_COMPANYS}")]
    with unit_of_work(contoso) as s:
        assert resellers_admin.edit_reseller(s, "nova", {"code": "nova2"}).code == "nova2"


def test_the_command_line_refuses_both_with_exit_2(contoso, capsys):
    rc = main(["companies", "add", "acme", "--name", "Acme Bakery KG", "--currency", "EUR", "--signup",
               "2026-03-01", "--email", "billing@bakery.example", "--db", url(contoso)])
    err = capsys.readouterr().err
    assert rc == 2
    assert COMPANY_TAKES_RESELLERS in err and "Traceback" not in err
    rc = main(["resellers", "add", "c1", "--name", "C1 Reselling", "--currency", "EUR", "--db", url(contoso)])
    err = capsys.readouterr().err
    assert rc == 2
    assert RESELLER_TAKES_COMPANYS in err
    assert (count(contoso, Company), count(contoso, Reseller)) == (1, 1)


def test_a_bundle_may_not_give_a_company_a_resellers_code(contoso):
    doc = {"format": FORMAT, "resellers": [{"code": "c1", "name": "C1 Reselling", "currency": "EUR"},
                                           {"code": "nova", "name": "Nova IT", "currency": "EUR"}],
           "companies": [COMPANY, {**COMPANY, "code": "nova", "name": "Nova Bakery"}]}
    problems = refused(contoso, lambda s: import_bundle(s, doc))
    # Stored company c1, stored reseller acme, and a reseller and a company of the same file.
    assert [(w, i) for w, i, _ in problems] == [
        ("$.resellers[0].code", "reseller_code_of_company"), ("$.companies[0].code", "company_code_of_reseller"),
        ("$.companies[1].code", "company_code_of_reseller")]
    assert problems[1][2] == f"$.companies[0].code: {COMPANY_TAKES_RESELLERS}"
    assert (count(contoso, Company), count(contoso, Reseller)) == (1, 1)


def test_a_csv_import_may_not_give_a_company_a_resellers_code(contoso, tmp_path, capsys):
    path = tmp_path / "companies.csv"
    path.write_text("code,name,currency,signup,email\nc2,Fabrikam,EUR,2026-02-01,ap@fabrikam.example\n"
                    "acme,Acme Bakery KG,EUR,2026-03-01,billing@bakery.example\n", encoding="utf-8")
    problems = refused(contoso, lambda s: import_csv(s, "companies", str(path)))
    assert problems == [("line 3, column code", "company_code_of_reseller",
                         f"line 3, column code: {COMPANY_TAKES_RESELLERS}")]
    assert main(["import-csv", "companies", str(path), "--db", url(contoso)]) == 2
    assert COMPANY_TAKES_RESELLERS in capsys.readouterr().err
    assert count(contoso, Company) == 1


@pytest.fixture
def clash(db):
    """billing_world's reseller acme and, written as an older Prorata allowed, a company with its code."""
    w = build(db)
    add_company(db, w, "acme", tax_treatment="standard", tax_rate="7")
    return db, w


def test_an_ambiguous_code_is_refused_where_a_customer_is_found_by_code(clash):
    db, w = clash
    assert refused(db, lambda s: accounts.find_customer(s, "acme")) == [("", "ambiguous_customer", AMBIGUOUS)]
    assert refused(db, lambda s: invoices.customer_defaults(s, "acme"))[0][1] == "ambiguous_customer"
    line = invoices.ManualLine({"en": "Setup"}, D(1), D("100.00"), tax_rate=D(7))
    assert refused(db, lambda s: invoices.create_manual(s, "acme", "EUR", [line]))[0][1] == "ambiguous_customer"
    assert refused(db, lambda s: payments.record(s, "acme", "767.70", "EUR", "bank_transfer", date(2026, 3, 1),
                                                 "TX-1"))[0][1] == "ambiguous_customer"
    assert count(db, Invoice) == 0 and count(db, PaymentAccount) == 0


def test_the_qualified_code_finds_each_of_them(clash):
    db, w = clash
    with unit_of_work(db) as s:
        company, reseller = accounts.find_customer(s, "company:acme"), accounts.find_customer(s, "reseller:acme")
        assert (company.company_id, company.customer_reseller_id) == (w.companies["acme"], None)
        assert (reseller.company_id, reseller.customer_reseller_id) == (None, w.resellers["acme"])
        # The payment goes to the reseller's account, the manual invoice to the company (its own 7 %).
        payments.record(s, "reseller:acme", "767.70", "EUR", "bank_transfer", date(2026, 3, 1), "TX-1")
        inv = invoices.create_manual(s, "company:acme", "EUR",
                                     [invoices.ManualLine({"en": "Setup"}, D(1), D("100.00"), tax_rate=D(7))])
        assert (inv.company_id, inv.customer_reseller_id, inv.total) == (w.companies["acme"], None, D("107.00"))
        assert invoices.customer_tax_rate(s, "reseller:acme") == D(20)  # the hoster's rate for its reseller
        [acc] = s.scalars(select(PaymentAccount)).all()
        assert (acc.customer_reseller_id, acc.company_id) == (w.resellers["acme"], None)
    assert refused(db, lambda s: accounts.find_customer(s, "reseller:nobody")) == [
        ("", "not_found", "no customer 'reseller:nobody'")]


def test_the_command_line_refuses_the_ambiguous_code_and_takes_the_qualified_one(clash, tmp_path, capsys):
    db, w = clash
    args = ["767.70", "EUR", "--method", "bank_transfer", "--date", "2026-03-01", "--reference", "TX-1",
            "--db", url(db)]
    assert main(["payments", "record", "acme", *args]) == 2
    assert capsys.readouterr().err == f"prorata: error: {AMBIGUOUS}\n"
    assert count(db, PaymentAccount) == 0
    assert main(["payments", "record", "reseller:acme", *args]) == 0
    capsys.readouterr()
    new = tmp_path / "new.json"
    new.write_text(json.dumps({"customer": "acme", "currency": "EUR", "lines": [
        {"description": {"en": "Setup"}, "quantity": "1", "unit_price": "100.00"}]}))
    assert main(["invoices", "new", str(new), "--db", url(db)]) == 2
    assert AMBIGUOUS in capsys.readouterr().err
    new.write_text(json.dumps({"customer": "company:acme", "currency": "EUR", "lines": [
        {"description": {"en": "Setup"}, "quantity": "1", "unit_price": "100.00"}]}))
    assert main(["invoices", "new", str(new), "--db", url(db)]) == 0
    assert "total 107.00 EUR" in capsys.readouterr().out  # the company's own 7 %
    # Editing its draft finds the customer's rate from the invoice itself, not from the ambiguous code.
    with unit_of_work(db) as s:
        draft = s.scalar(select(Invoice.id))
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"lines": [{"description": {"en": "Setup"}, "quantity": "2",
                                           "unit_price": "100.00"}]}))
    assert main(["invoices", "edit", str(draft), str(edit), "--db", url(db)]) == 0
    assert "total 214.00 EUR" in capsys.readouterr().out
    assert main(["accounts", "show", "acme", "--db", url(db)]) == 2
    assert AMBIGUOUS in capsys.readouterr().err
