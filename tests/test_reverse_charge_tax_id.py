"""Reverse charge needs the customer's VAT id (EN 16931 BR-AE-02), on both databases.

One rule (``app.bundle.validate.reverse_charge_tax_id``) for the command line and the services behind the
window (add, edit, a cleared tax id, a change of tax treatment), resellers, bundles and CSV imports; a company
stored before the rule is not billed by the run (``app.billing.vat_ids``) until it has its tax id.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.bundle import FORMAT
from app.bundle.csv_import import import_csv
from app.bundle.importer import import_bundle
from app.cli.main import main
from app.documents import cii
from app.errors import ProrataError
from app.models import AuditEntry, Company, Invoice, Reseller
from app.services import companies_admin, documents, resellers_admin
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.billing_world import add_company, add_events, build
from tests.test_documents import _text
from tests.tenant_world import build_world

D = Decimal
SAID = ("a VAT ID is required when the tax treatment is reverse charge: the customer owes the VAT, and its "
        "invoices must give its VAT ID")
VAT_ID = "FR47528391046"
NS = {"rsm": cii.NS["rsm"], "ram": cii.NS["ram"]}
BUYER = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty"


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def count(engine, model) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def problems_of(exc: pytest.ExceptionInfo) -> list[tuple[str, str]]:
    return [(p.where, p.id) for p in exc.value.problems]


def company(engine, code: str) -> Company:
    with unit_of_work(engine) as s:
        c = s.scalars(select(Company).where(Company.code == code)).one()
        s.expunge(c)
        return c


RCX = ["companies", "add", "rcx", "--name", "RC X", "--currency", "EUR", "--signup", "2026-03-10",
       "--email", "ap@rcx.example", "--tax-treatment", "reverse_charge", "--address", "street=8 rue Neuve",
       "--address", "city=Paris", "--address", "postcode=75001", "--address", "country=FR"]


# --- the command line --------------------------------------------------------------------------------------

def test_the_cli_refuses_reverse_charge_without_a_tax_id_and_writes_nothing(db, capsys):
    build_world(db)
    before = (count(db, Company), count(db, AuditEntry))
    assert main(RCX + ["--db", url(db)]) == 2
    err = capsys.readouterr().err
    assert f"tax_id: {SAID}" in err, err
    assert (count(db, Company), count(db, AuditEntry)) == before
    # With its VAT id it is added.
    assert main(RCX + ["--tax-id", VAT_ID, "--db", url(db)]) == 0
    capsys.readouterr()
    assert (company(db, "rcx").tax_id, company(db, "rcx").version) == (VAT_ID, 1)
    audits = count(db, AuditEntry)
    # --clear tax_id on it, and an empty --tax-id, are refused; the row stays as it was.
    for edit in (["--clear", "tax_id"], ["--tax-id", ""]):
        assert main(["companies", "edit", "rcx", *edit, "--db", url(db)]) == 2
        assert f"tax_id: {SAID}" in capsys.readouterr().err
    assert (company(db, "rcx").tax_id, company(db, "rcx").version, count(db, AuditEntry)) == (VAT_ID, 1, audits)
    # A change of treatment to reverse charge for c1, which has no tax id: refused; with one, saved.
    assert main(["companies", "edit", "c1", "--tax-treatment", "reverse_charge", "--db", url(db)]) == 2
    assert f"tax_id: {SAID}" in capsys.readouterr().err
    assert company(db, "c1").tax_treatment == "standard"
    assert main(["companies", "edit", "c1", "--tax-treatment", "reverse_charge", "--tax-id", "DE811907980",
                 "--db", url(db)]) == 0
    assert (company(db, "c1").tax_treatment, company(db, "c1").tax_id) == ("reverse_charge", "DE811907980")
    # Back to standard, the tax id may go.
    assert main(["companies", "edit", "rcx", "--tax-treatment", "standard", "--clear", "tax_id",
                 "--db", url(db)]) == 0
    assert (company(db, "rcx").tax_treatment, company(db, "rcx").tax_id) == ("standard", None)


def test_the_refusal_is_said_in_the_readers_language(db):
    build_world(db)
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        companies_admin.edit_company(s, "c1", {"tax_treatment": "reverse_charge"})
    assert problems_of(exc) == [("tax_id", "reverse_charge_needs_tax_id")]
    problem = exc.value.problems[0]
    for lang in ("de", "fr", "es", "nl", "ja"):
        words = problem.message(translator(lang))
        assert words and words != problem.message(), (lang, words)
    assert problem.message() == f"tax_id: {SAID}"  # where, then what
    assert problem.message(translator("de")).startswith("tax_id: bei Reverse-Charge ist eine USt-IdNr. erforderlich")


def test_an_old_row_without_its_tax_id_may_still_change_its_email(db):
    """A company stored before the rule: an edit that touches neither tax field is saved (the run refuses to
    bill it, below); one that touches them is judged on the company as it would be."""
    w = build_world(db)
    with unit_of_work(db) as s:
        s.get(Company, w.contoso).tax_treatment = "reverse_charge"  # as stored before the rule
    with unit_of_work(db) as s:
        c = companies_admin.edit_company(s, "c1", {"email": "ap@contoso.example"})
    assert (c.email, c.tax_id, c.tax_treatment) == ("ap@contoso.example", None, "reverse_charge")
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        companies_admin.edit_company(s, "c1", {"tax_id": ""})
    assert problems_of(exc) == [("tax_id", "reverse_charge_needs_tax_id")]


def test_resellers_taxed_by_reverse_charge_need_a_tax_id_too(db):
    """The hoster's invoices to a reseller bill it as the hoster's customer: the same rule."""
    build_world(db)
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        resellers_admin.add_reseller(s, {"code": "nova", "name": "Nova IT", "currency": "EUR",
                                         "tax_treatment": "reverse_charge"})
    assert problems_of(exc) == [("tax_id", "reverse_charge_needs_tax_id")]
    assert count(db, Reseller) == 2  # acme and blue, as built
    with unit_of_work(db) as s:
        resellers_admin.add_reseller(s, {"code": "nova", "name": "Nova IT", "currency": "EUR",
                                         "tax_treatment": "reverse_charge", "tax_id": VAT_ID})
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        resellers_admin.edit_reseller(s, "nova", {"tax_id": None})
    assert problems_of(exc) == [("tax_id", "reverse_charge_needs_tax_id")]
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        resellers_admin.edit_reseller(s, "blue", {"tax_treatment": "reverse_charge"})
    assert problems_of(exc) == [("tax_id", "reverse_charge_needs_tax_id")]
    assert main(["resellers", "edit", "nova", "--clear", "tax_id", "--db", url(db)]) == 2
    with unit_of_work(db) as s:
        assert s.scalars(select(Reseller.tax_id).where(Reseller.code == "nova")).one() == VAT_ID


# --- bundles and CSV files ---------------------------------------------------------------------------------

def _bundle(*companies: dict, resellers=()) -> dict:
    return {"format": FORMAT, "resellers": list(resellers), "companies": list(companies)}


def test_a_bundle_row_without_the_tax_id_is_refused_by_its_path(db):
    build_world(db)
    ok = {"code": "n1", "name": "Nova", "currency": "EUR", "signup": "2026-03-10", "email": "a@n1.example",
          "tax_treatment": "reverse_charge", "tax_id": VAT_ID}
    bad = {"code": "n2", "name": "Nine", "currency": "EUR", "signup": "2026-03-10", "email": "a@n2.example",
           "tax_treatment": "reverse_charge"}
    blank = {**bad, "code": "n3", "tax_id": "   "}  # blank is not given
    reseller = {"code": "rr", "name": "RR", "currency": "EUR", "tax_treatment": "reverse_charge"}
    before = (count(db, Company), count(db, Reseller), count(db, AuditEntry))
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        import_bundle(s, _bundle(ok, bad, blank, resellers=[reseller]))
    assert problems_of(exc) == [("$.resellers[0].tax_id", "reverse_charge_needs_tax_id"),
                                ("$.companies[1].tax_id", "reverse_charge_needs_tax_id"),
                                ("$.companies[2].tax_id", "reverse_charge_needs_tax_id")]
    assert SAID in exc.value.problems[1].message()
    assert (count(db, Company), count(db, Reseller), count(db, AuditEntry)) == before
    with unit_of_work(db) as s:
        import_bundle(s, _bundle(ok))
    assert (company(db, "n1").tax_treatment, company(db, "n1").tax_id) == ("reverse_charge", VAT_ID)


def test_a_csv_row_without_the_tax_id_is_refused_by_line_and_column(db, tmp_path):
    build_world(db)
    path = tmp_path / "companies.csv"
    path.write_text("code,name,currency,signup,email,tax_treatment,tax_id\n"
                    f"n1,Nova,EUR,2026-03-10,a@n1.example,reverse_charge,{VAT_ID}\n"
                    "n2,Nine,EUR,2026-03-10,a@n2.example,reverse_charge,\n", encoding="utf-8")
    before = count(db, Company)
    with unit_of_work(db) as s, pytest.raises(ProrataError) as exc:
        import_csv(s, "companies", str(path))
    # The header is line 1: n2's row is line 3.
    assert problems_of(exc) == [("line 3, column tax_id", "reverse_charge_needs_tax_id")]
    assert count(db, Company) == before


# --- invoices and the run ----------------------------------------------------------------------------------

def test_a_valid_reverse_charge_company_gets_its_vat_id_on_its_invoice_and_in_its_cii(db):
    w = build(db)
    with unit_of_work(db) as s:
        companies_admin.add_company(s, {"code": "rcx", "name": "RC X", "currency": "EUR", "signup": "2026-01-15",
                                        "email": "ap@rcx.example", "tax_treatment": "reverse_charge",
                                        "tax_id": VAT_ID, "address": {"lines": ["8 rue Neuve"], "city": "Paris",
                                                                      "postcode": "75001", "country": "FR"}})
    w.companies["rcx"] = company(db, "rcx").id
    add_events(db, w, "rcx", [(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    report = run_billing(db, date(2026, 1, 15), issue=True)
    assert [(o.code, o.outcome) for o in report.outcomes] == [("rcx", "billed")]
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == w.companies["rcx"])).one()
        # Archiving, the hoster's retail 20.00 a month, billed for [15 Jan, 15 Feb): 20.00; reverse charge: 0 %
        # of the hoster's 20 %, so tax 0.00 and total 20.00.
        assert (inv.subtotal, inv.tax, inv.total, inv.tax_note) == (D("20.00"), D("0.00"), D("20.00"),
                                                                     "reverse_charge")
        _, xml = documents.invoice_xml(s, inv.id)
        pdf = documents.render_invoice(s, inv.id).data
    text = _text(pdf)
    assert f"Your VAT ID {VAT_ID}" in text, text
    root = ET.fromstring(xml)
    assert [e.text for e in root.findall(f"{BUYER}/ram:Name", NS)] == ["RC X"]
    ids = root.findall(f"{BUYER}/ram:SpecifiedTaxRegistration/ram:ID", NS)
    assert [(e.text, e.get("schemeID")) for e in ids] == [(VAT_ID, "VA")]


def test_the_run_does_not_bill_an_old_reverse_charge_company_without_its_tax_id(db):
    """Stored before the rule: fails in words naming it (its later boundary waits), the others are billed;
    once it has its tax id, the next run bills both of its boundaries."""
    w = build(db)
    month = [(date(2026, 1, 15), "subscribe", {"plan": "archiving"})]
    add_company(db, w, "old", tax_treatment="reverse_charge", tax_id=None, events=month)
    add_company(db, w, "sub", reseller="acme", tax_treatment="reverse_charge", tax_id=None, events=[
        (date(2026, 1, 15), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "ann@sub.example"})])
    add_company(db, w, "idle", tax_treatment="reverse_charge", tax_id=None)  # nothing to bill: nothing named
    add_company(db, w, "good", tax_treatment="reverse_charge", events=month)  # with its VAT id (the helper's)
    for dry_run in (True, False):
        report = run_billing(db, date(2026, 2, 15), issue=True, dry_run=dry_run)
        got = sorted((o.code, o.boundary.isoformat(), o.outcome) for o in report.outcomes)
        assert got == [("good", "2026-01-15", "billed"), ("good", "2026-02-15", "billed"),
                       ("idle", "2026-01-15", "nothing"), ("idle", "2026-02-15", "nothing"),
                       ("old", "2026-01-15", "failed"), ("old", "2026-02-15", "skipped"),
                       ("sub", "2026-01-15", "failed"), ("sub", "2026-02-15", "skipped")], dry_run
        failed = {o.code: o.reason for o in report.of("failed")}
        assert failed["old"] == ("old is taxed by reverse charge but has no VAT id (tax_id), which its invoice must "
                                 "give: not billed. Give the company its tax id, or another tax treatment; the next "
                                 "run bills it")
        assert failed["sub"].startswith("sub is taxed by reverse charge but has no VAT id (tax_id)")
        de = report.of("failed")[0].reason_in(translator("de"))
        assert de != report.of("failed")[0].reason and "tax_id" in de
    with unit_of_work(db) as s:
        billed = set(s.scalars(select(Invoice.company_id)))
    assert billed == {w.companies["good"]}
    with unit_of_work(db) as s:
        companies_admin.edit_company(s, "old", {"tax_id": VAT_ID, "email": "ap@old.example"})  # e-mail: delivery
    report = run_billing(db, date(2026, 2, 15), issue=True)
    assert sorted((o.code, o.boundary.isoformat(), o.outcome) for o in report.outcomes) == [
        ("old", "2026-01-15", "billed"), ("old", "2026-02-15", "billed"),
        ("sub", "2026-01-15", "failed"), ("sub", "2026-02-15", "skipped")]
    with unit_of_work(db) as s:
        rows = s.execute(select(Invoice.period_start, Invoice.total, Invoice.tax, Invoice.tax_note)
                         .where(Invoice.company_id == w.companies["old"]).order_by(Invoice.period_start)).all()
    # Two months of archiving at 20.00, each at 0 % under reverse charge.
    assert [tuple(r) for r in rows] == [(date(2026, 1, 15), D("20.00"), D("0.00"), "reverse_charge"),
                                        (date(2026, 2, 15), D("20.00"), D("0.00"), "reverse_charge")]
