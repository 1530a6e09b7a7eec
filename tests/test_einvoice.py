"""Factur-X / ZUGFeRD (app/documents/cii.py): the CII XML passes the factur-x library's schema check for both
profiles, is attached to the issued invoice's PDF/A-3, and is written alone by `prorata invoices xml`.

The world is tests/test_documents.py's: acme issues brightwater's February invoice (its tax 19 %). Figures
worked by hand: in advance 2 users x 6.00 = 12.00 and 3 sites x 12.00 = 36.00; from 10 February 5 of 31 days,
3 sites x 12.00 x 5/31 = 5.806... -> 5.81 and 1 user x 6.00 x 5/31 = 0.967... -> 0.97; the support call
1150.00. Subtotal 1204.78, 19 % tax 228.9082 -> 228.91, total 1433.69, due 14 days after 15 February.
"""
from __future__ import annotations

import dataclasses
import io
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree as ET

import facturx
import pytest
from pypdf import PdfReader

from app.cli.main import main
from app.documents import cii
from app.documents import template as templates
from app.documents.render import einvoice_xml, render
from app.documents.sample import sample_content
from app.errors import ProrataError
from app.services import documents, invoices
from app.storage.engine import unit_of_work
from tests.test_documents import _invoice, _world

IBAN = "DE89370400440532013000"
NS = {"rsm": cii.NS["rsm"], "ram": cii.NS["ram"], "udt": cii.NS["udt"]}


def _all(xml: bytes, path: str) -> list[str]:
    return [e.text for e in ET.fromstring(xml).findall(path, NS)]


def _one(xml: bytes, path: str) -> str:
    found = _all(xml, path)
    assert len(found) == 1, (path, found)
    return found[0]


SETTLE = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
SUMS = f"{SETTLE}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
AGREE = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
ITEMS = "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem"


# ---------------------------------------------------------------- the template's switch

def test_the_switch_is_checked_and_kept():
    assert templates.check({"name": "x"}).einvoice == "none"
    t = templates.check({"name": "x", "einvoice": "en16931"})
    assert t.einvoice == "en16931" and templates.check(t.to_document()).einvoice == "en16931"
    with pytest.raises(ProrataError) as e:
        templates.check({"name": "x", "einvoice": "zugferd"})
    assert "$.einvoice" in str(e.value.messages()) and "none, basic, en16931" in " ".join(e.value.messages())


def test_a_stored_template_keeps_its_switch(db):
    _world(db, language="en_GB")
    with unit_of_work(db) as s:
        documents.save_template(s, "acme", templates.check({"name": "Acme", "einvoice": "basic"}))
    with unit_of_work(db) as s:
        t = documents.get_template(s, "acme", "Acme")
        assert t.einvoice == "basic" and "einvoice" not in t.blocks


# ---------------------------------------------------------------- the XML

@pytest.mark.parametrize("profile", ["basic", "en16931"])
def test_the_sample_passes_the_schema_of_each_profile(profile):
    xml = cii.cii_xml(sample_content(), profile, iban=IBAN, bic="COBADEFFXXX", account_holder="Northwind")
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level=profile)
    from lxml import etree
    assert facturx.get_level(etree.fromstring(xml)) == profile
    # The sample: 78.00 + 36.00 + 3 x 12.00 x 5/31 (5.81) + 2 x 6.50 x 9/31 (3.774 -> 3.77) + 150.00 = 273.58;
    # 19 % of it 51.9802 -> 51.98; total 325.56.
    assert _one(xml, f"{SUMS}/ram:LineTotalAmount") == "273.58"
    assert _one(xml, f"{SUMS}/ram:TaxTotalAmount") == "51.98"
    assert _one(xml, f"{SUMS}/ram:GrandTotalAmount") == "325.56"
    assert _one(xml, f"{SETTLE}/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode") == "58"
    # Due 14 days (the template's terms) after 15 February.
    assert _one(xml, f"{SETTLE}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString") == "20260301"


def _issued_with_einvoice(db, profile, **world):
    w = _world(db, **world)
    t = templates.check({"name": "Acme", "einvoice": profile,
                         "blocks": {"payment": {"iban": IBAN, "bic": "COBADEFFXXX"}}})
    with unit_of_work(db) as s:
        documents.save_template(s, "acme", t)
    feb = _invoice(db, w, date(2026, 2, 15))
    with unit_of_work(db) as s:
        invoices.issue(s, feb, date(2026, 2, 15))
    with unit_of_work(db) as s:
        return w, feb, documents.render_invoice(s, feb).data


@pytest.mark.parametrize("profile", ["basic", "en16931"])
def test_an_issued_invoice_is_a_pdf_a3_carrying_its_xml(db, profile):
    _, feb, pdf = _issued_with_einvoice(db, profile)
    name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)  # raises if the XML fails the schema
    assert name == "factur-x.xml"
    reader = PdfReader(io.BytesIO(pdf))
    xmp = reader.xmp_metadata.rdf_root.toxml()
    level = {"basic": "BASIC", "en16931": "EN 16931"}[profile]
    assert "<pdfaid:part>3</pdfaid:part>" in xmp and f"<fx:ConformanceLevel>{level}</fx:ConformanceLevel>" in xmp
    assert reader.trailer["/Root"]["/OutputIntents"][0]["/S"] == "/GTS_PDFA1"
    assert _one(xml, "rsm:ExchangedDocument/ram:ID") == "INV-2026-00001"
    assert _one(xml, "rsm:ExchangedDocument/ram:TypeCode") == "380"
    seller, buyer = f"{AGREE}/ram:SellerTradeParty", f"{AGREE}/ram:BuyerTradeParty"
    assert _one(xml, f"{seller}/ram:Name") == "Acme Cloud GmbH"
    assert _one(xml, f"{seller}/ram:SpecifiedTaxRegistration/ram:ID") == "DE298765432"
    assert _one(xml, f"{seller}/ram:PostalTradeAddress/ram:CityName") == "Hamburg"
    assert _one(xml, f"{buyer}/ram:Name") == "Brightwater Consulting GmbH"
    assert _one(xml, f"{buyer}/ram:SpecifiedTaxRegistration/ram:ID") == "DE811907980"
    assert _one(xml, f"{buyer}/ram:PostalTradeAddress/ram:LineOne") == "Hafenstraße 12"
    assert _one(xml, f"{buyer}/ram:PostalTradeAddress/ram:CountryID") == "DE"
    amounts = _all(xml, f"{ITEMS}/ram:SpecifiedLineTradeSettlement/"
                        "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")
    assert sorted(Decimal(a) for a in amounts) == sorted(Decimal(a) for a in
                                                         ("12.00", "36.00", "5.81", "0.97", "1150.00"))
    # The sites' proration: 15 site-days at 12.00 for 31 days.
    sites = next(i for i in ET.fromstring(xml).findall(ITEMS, NS)
                 if i.find("ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/"
                           "ram:LineTotalAmount", NS).text == "5.81")
    assert sites.find("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", NS).text == "15"
    assert sites.find("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount",
                      NS).text == "12.00"
    assert sites.find("ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity",
                      NS).text == "31"
    assert set(_all(xml, f"{ITEMS}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode")) == {"S"}
    assert _one(xml, f"{SETTLE}/ram:ApplicableTradeTax/ram:BasisAmount") == "1204.78"
    assert _one(xml, f"{SETTLE}/ram:ApplicableTradeTax/ram:CalculatedAmount") == "228.91"
    assert _one(xml, f"{SETTLE}/ram:ApplicableTradeTax/ram:RateApplicablePercent") == "19"
    assert _one(xml, f"{SUMS}/ram:TaxBasisTotalAmount") == "1204.78"
    assert _one(xml, f"{SUMS}/ram:DuePayableAmount") == "1433.69"
    assert _one(xml, f"{SETTLE}/ram:InvoiceCurrencyCode") == "EUR"
    assert _one(xml, f"{SETTLE}/ram:SpecifiedTradeSettlementPaymentMeans/"
                     "ram:PayeePartyCreditorFinancialAccount/ram:IBANID") == IBAN
    assert _one(xml, f"{SETTLE}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString") == "20260301"
    # The stored PDF (what every reprint and e-mail sends) is this one.
    with unit_of_work(db) as s:
        assert documents.render_invoice(s, feb).data == pdf


def test_reverse_charge_lines_are_category_ae_with_the_reason(db):
    _, _, pdf = _issued_with_einvoice(db, "en16931", language="en_GB", treatment="reverse_charge")
    _, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)
    assert set(_all(xml, f"{ITEMS}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode")) == {"AE"}
    assert _one(xml, f"{SETTLE}/ram:ApplicableTradeTax/ram:CategoryCode") == "AE"
    assert _one(xml, f"{SETTLE}/ram:ApplicableTradeTax/ram:ExemptionReasonCode") == "VATEX-EU-AE"
    assert _one(xml, f"{SETTLE}/ram:ApplicableTradeTax/ram:CalculatedAmount") == "0.00"
    assert _one(xml, f"{SUMS}/ram:GrandTotalAmount") == "1204.78"


def test_exempt_lines_are_category_e():
    # An exempt customer's lines carry no VAT (a line taxed on its document gives back days billed before it
    # turned exempt, at their rate: category S, tests/test_credit_tax_rates.py).
    c = sample_content()
    c.tax_note = "exempt"
    c.lines = [dataclasses.replace(ln, tax_rate=Decimal(0)) for ln in c.lines]
    c.tax_rows, c.tax, c.total = [], Decimal(0), c.subtotal
    xml = cii.cii_xml(c, "en16931", iban=IBAN)
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert _one(xml, f"{SETTLE}/ram:ApplicableTradeTax/ram:CategoryCode") == "E"


def test_a_credit_note_is_type_381_with_positive_amounts_naming_the_invoice(db):
    w = _world(db, language="en_GB")
    with unit_of_work(db) as s:
        documents.save_template(s, "acme", templates.check({"name": "Acme", "einvoice": "en16931"}))
    jan = _invoice(db, w, date(2026, 1, 15))
    with unit_of_work(db) as s:
        invoices.issue(s, jan, date(2026, 1, 15))
        note = invoices.credit(s, jan, date(2026, 1, 20)).id
    with unit_of_work(db) as s:
        _, xml = facturx.get_xml_from_pdf(documents.render_invoice(s, note).data, check_xsd=True)
    # January: ann 1 x 6.00 = 6.00, 19 % = 1.14, 7.14; credited in full.
    assert _one(xml, "rsm:ExchangedDocument/ram:TypeCode") == "381"
    assert _one(xml, f"{SUMS}/ram:GrandTotalAmount") == "7.14"
    assert _one(xml, f"{SUMS}/ram:TaxTotalAmount") == "1.14"
    assert _one(xml, f"{SETTLE}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == "INV-2026-00001"


def test_a_draft_has_no_xml_and_renders_a_plain_pdf(db):
    w = _world(db, language="en_GB")
    with unit_of_work(db) as s:
        documents.save_template(s, "acme", templates.check({"name": "Acme", "einvoice": "basic"}))
    feb = _invoice(db, w, date(2026, 2, 15))
    with unit_of_work(db) as s:
        assert documents.embedded_xml(documents.render_invoice(s, feb).data) is None
        with pytest.raises(ProrataError) as e:
            documents.invoice_xml(s, feb)
    assert "is a draft: an e-invoice is made when it is issued" in " ".join(e.value.messages())


def test_the_cli_writes_the_xml_alone(db, tmp_path, capsys):
    _, feb, pdf = _issued_with_einvoice(db, "basic", language="en_GB")
    url = db.url.render_as_string(hide_password=False)
    out = tmp_path / "inv.xml"
    assert main(["invoices", "xml", "acme:INV-2026-00001", "-o", str(out), "--db", url]) == 0
    assert out.read_bytes() == facturx.get_xml_from_pdf(pdf, check_xsd=False)[1]
    capsys.readouterr()
    assert main(["invoices", "xml", str(feb), "--db", url]) == 0
    printed = capsys.readouterr().out
    assert "<ram:ID>INV-2026-00001</ram:ID>" in printed
    assert facturx.xml_check_xsd(printed.encode("utf-8"), flavor="factur-x", level="basic")


def test_without_the_switch_an_issued_invoice_still_gives_en16931_xml(db):
    w = _world(db, language="en_GB")
    feb = _invoice(db, w, date(2026, 2, 15))
    with unit_of_work(db) as s:
        invoices.issue(s, feb, date(2026, 2, 15))
    with unit_of_work(db) as s:
        assert documents.embedded_xml(documents.render_invoice(s, feb).data) is None
        name, xml = documents.invoice_xml(s, feb)
    assert name == "Acme_Cloud_GmbH-INV-2026-00001.xml"
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")


def test_render_is_plain_for_a_statement_and_for_none():
    t = templates.builtin()
    assert documents.embedded_xml(render(sample_content(), t)) is None
    assert facturx.xml_check_xsd(einvoice_xml(sample_content(), t), flavor="factur-x", level="en16931")
