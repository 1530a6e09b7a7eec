"""A reverse-charged draft is not issued while its customer has no VAT id (EN 16931 BR-AE-02), on both databases.

The rule (app/bundle/validate.py) keeps new customers from reverse charge without a tax id and the run does not
bill one stored before it (app/billing/vat_ids.py); a manual draft, or a draft written before the rule, is
refused at its issue (``invoices.issue``: the command line, the window, a review's approvals), in words, and
nothing is written. The hoster sells archiving at 20.00 EUR; companies sign up on 15 January 2026.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.documents import cii
from app.errors import ProrataError
from app.models import AuditEntry, Company, Invoice, Reseller
from app.models.payments import LedgerEntry
from app.services import companies_admin, documents, invoices
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.billing_world import add_company, build

D = Decimal
JAN15 = date(2026, 1, 15)
VAT_ID = "FR47528391046"
NS = {"rsm": cii.NS["rsm"], "ram": cii.NS["ram"]}
BUYER = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty"
CATEGORY = ("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/"
            "ram:ApplicableTradeTax/ram:CategoryCode")


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def written(engine, invoice_id: int) -> tuple:
    """What an issue writes: the draft's status, number and version; the audit entries and ledger entries."""
    with unit_of_work(engine) as s:
        inv = s.get(Invoice, invoice_id)
        return (inv.status, inv.number, inv.version, s.scalar(select(func.count()).select_from(AuditEntry)),
                s.scalar(select(func.count()).select_from(LedgerEntry)))


def manual(engine, customer: str) -> int:
    """A manual draft for ``customer``: one line, 1 x 150.00, at the customer's rate (0 under reverse charge)."""
    with unit_of_work(engine) as s:
        inv = invoices.create_manual(s, customer, "EUR", [invoices.ManualLine({"en": "Setup"}, D(1), D("150.00"))])
        assert (inv.tax_note, inv.subtotal, inv.tax, inv.total) == ("reverse_charge", D("150.00"), D("0.00"),
                                                                     D("150.00"))
        return inv.id


def test_a_manual_draft_for_an_old_company_without_its_vat_id_is_refused_at_issue_then_issued_with_it(
        db, tmp_path, capsys):
    w = build(db)
    add_company(db, w, "old", tax_treatment="reverse_charge", tax_id=None)  # stored before the rule
    new = tmp_path / "new.json"
    new.write_text(json.dumps({"customer": "old", "currency": "EUR", "lines": [
        {"description": {"en": "Migration work"}, "quantity": "2", "unit_price": "75.00"}]}))
    # The draft is written (a draft names nobody's VAT id): 2 x 75.00 = 150.00 at 0 %, total 150.00.
    assert main(["invoices", "new", str(new), "--db", url(db)]) == 0
    assert "total 150.00 EUR" in capsys.readouterr().out
    with unit_of_work(db) as s:
        draft_id, note = s.execute(select(Invoice.id, Invoice.tax_note)).one()
    assert note == "reverse_charge"
    before = written(db, draft_id)
    assert before[:2] == ("draft", None)
    assert main(["invoices", "issue", str(draft_id), "--db", url(db)]) == 2
    err = capsys.readouterr().err
    assert (f"draft #{draft_id} cannot be issued: it bills no VAT under reverse charge, but old has no VAT id "
            "(tax_id), which the invoice must give. Give old its tax id, then issue it") in err, err
    assert "Traceback" not in err
    assert written(db, draft_id) == before  # still a draft, no number, no audit entry, nothing owed
    # Given its VAT id, the same draft is issued and its CII names it.
    with unit_of_work(db) as s:
        companies_admin.edit_company(s, "old", {"tax_id": VAT_ID, "email": "ap@old.example"})  # e-mail: delivery
    assert main(["invoices", "issue", str(draft_id), "--db", url(db)]) == 0
    assert "issued " in capsys.readouterr().out
    with unit_of_work(db) as s:
        inv = s.get(Invoice, draft_id)
        assert (inv.status, inv.total, inv.tax) == ("issued", D("150.00"), D("0.00"))
        _, xml = documents.invoice_xml(s, draft_id)
    root = ET.fromstring(xml)
    ids = root.findall(f"{BUYER}/ram:SpecifiedTaxRegistration/ram:ID", NS)
    assert [(e.text, e.get("schemeID")) for e in ids] == [(VAT_ID, "VA")]
    assert [e.text for e in root.findall(CATEGORY, NS)] == ["AE"]  # its one line, reverse-charged


@pytest.mark.parametrize("customer, tax_id", [
    ("sold", None),      # a reseller's customer: acme issues the draft, the company's VAT id is the one it needs
    ("sold", "   "),     # blank is no VAT id
    ("acme", None),      # a reseller as the hoster's customer
])
def test_a_resellers_customer_and_a_reseller_are_refused_too(db, customer, tax_id):
    w = build(db)
    add_company(db, w, "sold", reseller="acme", tax_treatment="reverse_charge",
                tax_id=tax_id if customer == "sold" else VAT_ID)
    with unit_of_work(db) as s:
        acme = s.get(Reseller, w.resellers["acme"])
        acme.tax_treatment = "reverse_charge"  # as stored before the rule
        acme.tax_id = tax_id if customer == "acme" else VAT_ID
    draft_id = manual(db, customer)
    before = written(db, draft_id)
    with pytest.raises(ProrataError) as exc, unit_of_work(db) as s:  # rolled back, as the CLI does
        invoices.issue(s, draft_id, JAN15)
    [problem] = exc.value.problems
    assert problem.id == "issue_reverse_charge_no_tax_id"
    assert problem.message() == (f"draft #{draft_id} cannot be issued: it bills no VAT under reverse charge, but "
                                 f"{customer} has no VAT id (tax_id), which the invoice must give. Give {customer} "
                                 "its tax id, then issue it")
    for lang in ("de", "fr", "es", "nl", "ja"):
        words = problem.message(translator(lang))
        assert words != problem.message() and customer in words and "tax_id" in words, (lang, words)
    assert written(db, draft_id) == before
    # The other customer of the pair has its VAT id: its own draft is issued (only the one without is refused).
    other = "acme" if customer == "sold" else "sold"
    other_id = manual(db, other)
    with unit_of_work(db) as s:
        assert invoices.issue(s, other_id, JAN15).status == "issued"


def test_a_runs_draft_written_before_the_rule_waits_for_the_vat_id_and_a_standard_one_does_not(db):
    """A run's draft under reverse charge, whose company lost its tax id behind the rule's back (as a row stored
    before it); and a standard company without a tax id, whose draft is issued as ever."""
    w = build(db)
    rc = add_company(db, w, "rc", tax_treatment="reverse_charge", events=[(JAN15, "subscribe", {"plan": "archiving"})])
    std = add_company(db, w, "std", events=[(JAN15, "subscribe", {"plan": "archiving"})])
    run_billing(db, JAN15)
    with unit_of_work(db) as s:
        s.get(Company, rc).tax_id = None
        drafts = dict(s.execute(select(Invoice.company_id, Invoice.id)).all())
        # Archiving for [15 Jan, 15 Feb): 20.00; rc at 0 % (total 20.00), std at the hoster's 20 % (24.00).
        assert [(i.company_id, i.total, i.tax_note) for i in s.scalars(select(Invoice).order_by(Invoice.company_id))
                ] == sorted([(rc, D("20.00"), "reverse_charge"), (std, D("24.00"), None)])
    before = written(db, drafts[rc])
    with pytest.raises(ProrataError) as exc, unit_of_work(db) as s:  # rolled back, as the CLI does
        invoices.issue(s, drafts[rc])
    assert [p.id for p in exc.value.problems] == ["issue_reverse_charge_no_tax_id"]
    assert written(db, drafts[rc]) == before
    with unit_of_work(db) as s:
        assert invoices.issue(s, drafts[std]).status == "issued"
        companies_admin.edit_company(s, "rc", {"tax_id": VAT_ID, "email": "ap@rc.example"})
    with unit_of_work(db) as s:
        assert invoices.issue(s, drafts[rc]).status == "issued"
