"""Invoice PDFs (app/documents/, app/services/documents.py) read back with pdfplumber, on both databases.

Every figure is worked by hand in the comment beside it from the prices of tests/billing_world.py: acme sells
Exchange Basic at 6.00 a user and SharePoint at 12.00 a site (its tax 19 %); the hoster sells archiving at
20.00 EUR or 2500 JPY (its tax 20 %). Babel writes German money as ``1.234,56 €`` (a no-break space before
the sign), French as ``1 234,56 €`` (a narrow no-break space between groups).
"""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.cli.main import main
from app.documents import girocode
from app.documents import template as templates
from app.documents.render import render
from app.documents.sample import sample_content
from app.models import Company, Hoster, Invoice, Plan, Reseller
from app.services import documents, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
# Babel's no-break spaces read back as the plain spaces they look like (the embedded font maps them so).
NBSP = NNBSP = " "
IBAN = "DE89370400440532013000"  # the IBAN of the standard's examples: its check digits pass mod 97


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() for page in doc.pages)


def _meta(pdf: bytes) -> dict:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return doc.metadata


def _qr_squares(pdf: bytes) -> int:
    """Filled black rectangles on the first page: the QR code's modules (nothing else is drawn so)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return sum(1 for r in doc.pages[0].rects if r.get("non_stroking_color") in ((0,), (0, 0, 0), [0], 0))


def _world(db, *, language="de_DE", extra="1150.00", treatment="standard"):
    """brightwater under acme from 15 January 2026: Exchange Basic for ann, a support call of ``extra`` on
    3 February, 3 SharePoint sites and bob on Exchange from 10 February. Billed on 15 January and 15 February."""
    w = build(db)
    with unit_of_work(db) as s:
        h = s.get(Hoster, 1)
        h.address = {"lines": ["Northwind House", "12 Wellington Place"], "city": "Leeds", "postcode": "LS1 4AP",
                     "country": "GB"}
        h.tax_id, h.email = "GB284716395", "billing@northwind.example"
        acme = s.get(Reseller, w.resellers["acme"])
        acme.address = {"lines": ["Speicherstadt 7"], "city": "Hamburg", "postcode": "20457", "country": "DE"}
        acme.tax_id, acme.email = "DE298765432", "rechnung@acme-cloud.example"
    add_company(db, w, "brightwater", reseller="acme", tax_treatment=treatment, events=[
        (date(2026, 1, 15), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "ann@bw.example"}),
        (date(2026, 2, 3), "extra", {"code": "support-call", "amount": D(extra), "recurring": False,
                                      "description": {"en": "Support call", "de": "Support-Einsatz",
                                                      "fr": "Intervention du support"}}),
        (date(2026, 2, 10), "subscribe", {"plan": "sharepoint-sites", "quantity": 3}),
        (date(2026, 2, 10), "assign", {"plan": "exchange-basic", "user": "bob@bw.example"})])
    with unit_of_work(db) as s:
        c = s.get(Company, w.companies["brightwater"])
        c.name, c.language, c.tax_id = "Brightwater Consulting GmbH", language, "DE811907980"
        c.address = {"lines": ["Hafenstraße 12"], "city": "Hamburg", "postcode": "20457", "country": "DE"}
        s.get(Plan, w.plans["exchange-basic"]).name = {"en": "Exchange Basic", "de": "Exchange Basis",
                                                       "fr": "Exchange Basique"}
    run_billing(db, date(2026, 2, 15))
    return w


def _invoice(db, w, boundary: date) -> int:
    with unit_of_work(db) as s:
        return s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["brightwater"],
                                                  Invoice.period_start == boundary)).one()


def _pdf(db, ref, **kw) -> bytes:
    with unit_of_work(db) as s:
        return documents.render_invoice(s, ref, **kw).data


def test_a_german_invoice_shows_every_line_with_its_period_and_arithmetic(db):
    w = _world(db)
    feb = _invoice(db, w, date(2026, 2, 15))
    with unit_of_work(db) as s:
        inv = invoices.issue(s, feb, date(2026, 2, 15))
        number = inv.number
    text = _text(_pdf(db, feb))
    # acme numbers its own invoices; the January draft is still a draft, so this is its first number.
    assert number == "INV-2026-00001"
    assert "Rechnung INV-2026-00001" in text and "Rechnungs-Nr. INV-2026-00001" in text
    # The address in the window, the facts beside it.
    for part in ("Brightwater Consulting GmbH", "Hafenstraße 12", "20457 Hamburg", "Kunden-Nr. brightwater",
                 "Ihre USt-IdNr. DE811907980", "Unsere USt-IdNr. DE298765432", "Datum 15.02.2026",
                 "Fällig am 01.03.2026"):  # due 14 days after 15 February
        assert part in text, part
    assert "Zeitraum 15.02.2026 – 14.03.2026" in text  # [15 Feb, 15 Mar): the last day is 14 March
    e = NBSP + "€"
    # In advance for 15 February to 14 March: 2 users x 6.00 = 12.00; 3 sites x 12.00 = 36.00.
    assert f"Exchange Basis 2 6,00{e} 19 % 12,00{e}" in text
    assert f"SharePoint site 3 12,00{e} 19 % 36,00{e}" in text
    assert text.count("Zeitraum: 15.02.2026 – 14.03.2026") == 2
    # From 10 February to the boundary: 5 of the 31 days of [15 Jan, 15 Feb).
    # Sites: 3 x 12.00 x 5/31 = 180/31 = 5.806... -> 5.81. Bob: 1 x 6.00 x 5/31 = 30/31 = 0.967... -> 0.97.
    assert f"SharePoint site 3 12,00{e} 19 % 5,81{e}" in text
    assert f"3 Einheiten × 12,00{e} × 5/31 Tage = 5,81{e}" in text
    assert f"Exchange Basis 1 6,00{e} 19 % 0,97{e}" in text
    assert f"1 Benutzer × 6,00{e} × 5/31 Tage = 0,97{e}" in text
    assert text.count("Zeitraum: 10.02.2026 – 14.02.2026") == 2
    # The support call on 3 February, named in German.
    assert f"Support-Einsatz 1 1.150,00{e} 19 % 1.150,00{e}" in text and "Zeitraum: 03.02.2026" in text
    # 12.00 + 36.00 + 5.81 + 0.97 + 1150.00 = 1204.78; 19 % of it 228.9082 -> 228.91; total 1433.69.
    assert f"Zwischensumme 1.204,78{e}" in text
    assert f"USt. 19 % auf 1.204,78{e} 228,91{e}" in text
    assert f"Gesamtbetrag 1.433,69{e}" in text
    assert f"Bitte überweisen Sie 1.433,69{e} bis zum 01.03.2026 unter Angabe von INV-2026-00001." in text
    assert "Seite 1 von 1" in text


def test_metadata_names_the_issuer_and_the_number(db):
    w = _world(db)
    feb = _invoice(db, w, date(2026, 2, 15))
    with unit_of_work(db) as s:
        invoices.issue(s, feb, date(2026, 2, 15))
    meta = _meta(_pdf(db, feb))
    assert meta["Title"] == "Acme Cloud GmbH INV-2026-00001"
    assert meta["Author"] == "Acme Cloud GmbH"


def test_a_french_draft_in_french_money(db):
    w = _world(db, language="fr_FR")
    text = _text(_pdf(db, _invoice(db, w, date(2026, 2, 15))))
    e = NBSP + "€"
    assert "Facture (brouillon)" in text and "Facture n° brouillon" in text
    assert "Période : 15 févr. 2026 – 14 mars 2026" in text
    assert f"3 unités × 12,00{e} × 5/31 jours = 5,81{e}" in text
    assert f"1 utilisateur × 6,00{e} × 5/31 jours = 0,97{e}" in text
    assert f"Intervention du support 1 1{NNBSP}150,00{e}" in text
    assert f"Total HT 1{NNBSP}204,78{e}" in text
    assert f"TVA 19 % sur 1{NNBSP}204,78{e} 228,91{e}" in text
    assert f"Total TTC 1{NNBSP}433,69{e}" in text
    # A draft has no number to quote yet.
    assert f"Merci de régler 1{NNBSP}433,69{e} au plus tard le 1 mars 2026." in text


def test_a_draft_previews_in_another_language_but_an_issued_invoice_does_not(db):
    w = _world(db)
    feb = _invoice(db, w, date(2026, 2, 15))
    assert "Subtotal €1,204.78" in _text(_pdf(db, feb, language="en_IE"))
    with unit_of_work(db) as s:
        invoices.issue(s, feb, date(2026, 2, 15))
    from app.errors import ProrataError

    with pytest.raises(ProrataError) as exc:
        _pdf(db, feb, language="en_IE")
    assert exc.value.problems[0].id == "language_of_issued"


def test_a_credit_note_names_the_invoice_it_credits(db):
    w = _world(db, language="en_GB")
    jan = _invoice(db, w, date(2026, 1, 15))
    with unit_of_work(db) as s:
        invoices.issue(s, jan, date(2026, 1, 15))
        note = invoices.credit(s, jan, date(2026, 1, 20)).id
    text = _text(_pdf(db, note))
    # January: ann 1 x 6.00 = 6.00, 19 % = 1.14, 7.14; the credit note is INV-2026-00002, all negated.
    assert "Credit note INV-2026-00002" in text
    assert "This credit note credits invoice INV-2026-00001 of 15 Jan 2026." in text
    assert "Credits invoice INV-2026-00001" in text
    assert "Total credited -€7.14" in text
    assert "We will refund €7.14 to you or set it against your next invoice." in text


@pytest.mark.parametrize("treatment, note", [
    ("reverse_charge", "Reverse charge: VAT is to be accounted for by the recipient (Article 196 of Council"),
    ("exempt", "No VAT is charged: this supply is exempt from VAT.")])
def test_the_tax_note_stands_with_the_totals(db, treatment, note):
    w = _world(db, language="en_GB", treatment=treatment)
    text = _text(_pdf(db, _invoice(db, w, date(2026, 2, 15))))
    # 0 %: the total is the subtotal, 1204.78.
    assert "VAT 0% on €1,204.78 €0.00" in text
    assert "Total €1,204.78" in text
    assert note in text
    assert text.index("Total €1,204.78") < text.index(note)


def test_yen_have_no_decimals(db):
    w = build(db)
    add_company(db, w, "tokyo", currency="JPY", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 1, 15))
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["tokyo"])).one()
    text = _text(_pdf(db, inv))
    # Archiving 1 x 2500 = 2500; the hoster's 20 % = 500; total 3000.
    assert "Archiving 1 JP¥2,500 20% JP¥2,500" in text
    assert "VAT 20% on JP¥2,500 JP¥500" in text
    assert "Total JP¥3,000" in text
    assert "JP¥3,000." not in text and "3,000.00" not in text


def _hoster_template(db, **payment):
    t = templates.check({"name": "Northwind", "blocks": {"payment": {"iban": "DE89 3704 0044 0532 0130 00",
                                                                     "bic": "COBADEFFXXX", **payment}}})
    with unit_of_work(db) as s:
        return documents.save_template(s, "hoster", t)


def test_a_eur_invoice_carries_a_girocode_and_bank_details(db):
    w = build(db)
    add_company(db, w, "d1", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    add_company(db, w, "d2", currency="JPY", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 1, 15))
    _hoster_template(db)
    with unit_of_work(db) as s:
        eur, jpy = (s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies[c])).one()
                    for c in ("d1", "d2"))
        invoices.issue(s, eur, date(2026, 1, 15))
        invoices.issue(s, jpy, date(2026, 1, 15))
    pdf = _pdf(db, eur)
    text = _text(pdf)
    assert "IBAN DE89 3704 0044 0532 0130 00" in text and "BIC COBADEFFXXX" in text
    assert "Scan to pay" in text
    assert _qr_squares(pdf) > 100
    # No GiroCode for yen (a SEPA transfer is in euros), nor for a draft (no number to quote).
    assert "Scan to pay" not in _text(_pdf(db, jpy)) and _qr_squares(_pdf(db, jpy)) == 0


def test_the_girocode_payload_follows_epc069_12():
    # 20.00 + 20 % = 24.00, paid to the hoster's account with the invoice number as the remittance text.
    assert girocode.payload("Northwind Hosting", IBAN, D("24.00"), "INV-2026-00001", "COBADEFFXXX") == (
        "BCD\n002\n1\nSCT\nCOBADEFFXXX\nNorthwind Hosting\nDE89370400440532013000\nEUR24.00\n\n\nINV-2026-00001")
    assert girocode.payload("N", IBAN, D("0.00"), "x") is None  # nothing to transfer


def test_a_resellers_template_is_used_for_its_own_invoices_only(db):
    w = _world(db, language="en_GB")
    run_billing(db, date(2026, 3, 1))  # acme's billing day: the hoster's wholesale invoice to acme
    t = templates.check({"name": "Acme", "accent_colour": "#8B1E3F",
                         "footer": {"en": "Acme Cloud GmbH - Hamburg local court HRB 12345"}})
    with unit_of_work(db) as s:
        saved = documents.save_template(s, "acme", t)
        wholesale = s.scalars(select(Invoice.id).where(Invoice.customer_reseller_id == w.resellers["acme"],
                                                       Invoice.kind == "wholesale",
                                                       Invoice.period_start == date(2026, 3, 1))).one()
    assert saved.is_default and saved.issuer == "acme"  # an issuer's first template is its default
    own = _text(_pdf(db, _invoice(db, w, date(2026, 2, 15))))
    assert "Acme Cloud GmbH - Hamburg local court HRB 12345" in own
    hosters = _text(_pdf(db, wholesale))
    assert "HRB 12345" not in hosters
    # The wholesale invoice, in acme's language (German): acme's cost per company line.
    # Sites 3 x 8.00 x 5/31 = 120/31 = 3.870... -> 3.87.
    assert "Großhandelsrechnung (Entwurf)" in hosters
    assert "für Brightwater Consulting GmbH" in hosters
    assert "3 Einheiten × 8,00 € × 5/31 Tage = 3,87 €" in hosters


def test_a_statement_says_what_the_hoster_owes(db):
    w = build(db, acme_mode="hoster_bills_hoster_processor")
    add_company(db, w, "c1", reseller="acme", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    from app.models import Price

    with unit_of_work(db) as s:  # acme sells archiving at 30.00 and pays the hoster's wholesale 21.00
        s.add(Price(layer="retail", reseller_id=w.resellers["acme"], plan_id=w.plans["archiving"], currency="EUR",
                    amount=D("30.00")))
        s.add(Price(layer="wholesale", plan_id=w.plans["archiving"], currency="EUR", amount=D("21.00")))
    run_billing(db, date(2026, 2, 1))
    with unit_of_work(db) as s:
        st = s.scalars(select(Invoice).where(Invoice.kind == "statement")).first()
        assert st is not None
        st_id, total = st.id, st.total
    text = _text(_pdf(db, st_id))  # to acme, in its language
    assert "Abrechnung (Entwurf)" in text
    assert "Ihre Margen aus den Rechnungen an Ihre Kunden" in text
    # acme's margin on c1's 15 January invoice: 30.00 - 21.00 = 9.00; the statement carries no tax.
    assert total == D("9.00")
    assert "Zwischensumme 9,00 €" in text and "Ihr Guthaben 9,00 €" in text
    assert "Wir überweisen Ihnen 9,00 € bis zum 15.02.2026." in text  # 14 days after 1 February


def test_the_pdf_frozen_at_issue_is_what_is_printed_after_the_template_changes(db):
    w = _world(db)
    feb = _invoice(db, w, date(2026, 2, 15))
    with unit_of_work(db) as s:
        invoices.issue(s, feb, date(2026, 2, 15))
        frozen = documents.freeze(s, feb)
        again = documents.freeze(s, feb)  # freezing twice changes nothing
    assert again.id == frozen.id
    with unit_of_work(db) as s:
        documents.save_template(s, "acme", templates.check({"name": "New look", "accent_colour": "#000000",
                                                            "footer": {"de": "Neue Fußzeile"}}))
    with unit_of_work(db) as s:
        printed = documents.render_invoice(s, feb)
    assert printed.stored and printed.data == frozen.content and printed.sha256 == frozen.sha256
    assert "Neue Fußzeile" not in _text(printed.data)


def test_the_first_copy_of_an_issued_invoice_is_kept_and_every_later_copy_is_that_one(db):
    w = _world(db)
    feb = _invoice(db, w, date(2026, 2, 15))
    with unit_of_work(db) as s:
        invoices.issue(s, feb, date(2026, 2, 15))
    with unit_of_work(db) as s:
        first = documents.render_invoice(s, feb)  # no freeze called: the first rendering is kept
    with unit_of_work(db) as s:
        documents.save_template(s, "acme", templates.check({"name": "New look", "accent_colour": "#000000",
                                                            "footer": {"de": "Neue Fußzeile"}}))
    with unit_of_work(db) as s:
        later = documents.render_invoice(s, feb)
    assert first.stored and later.stored and later.data == first.data
    assert "Neue Fußzeile" not in _text(later.data)


def test_the_cli_writes_one_file_per_invoice_named_after_issuer_and_number(db, tmp_path, capsys):
    w = _world(db, language="en_GB")
    feb = _invoice(db, w, date(2026, 2, 15))
    with unit_of_work(db) as s:
        invoices.issue(s, feb, date(2026, 2, 15))
    url = db.url.render_as_string(hide_password=False)
    assert main(["invoices", "pdf", "acme:INV-2026-00001", "--out", str(tmp_path), "--db", url]) == 0
    path = tmp_path / "Acme_Cloud_GmbH-INV-2026-00001.pdf"
    assert "Invoice INV-2026-00001" in _text(path.read_bytes())
    jan = _invoice(db, w, date(2026, 1, 15))
    assert main(["pdf", "batch", "--since", "2026-01-01", "--dir", str(tmp_path / "all"), "--db", url]) == 0
    names = sorted(p.name for p in (tmp_path / "all").iterdir())
    assert "Acme_Cloud_GmbH-INV-2026-00001.pdf" in names and f"Acme_Cloud_GmbH-draft-{jan}.pdf" in names
    capsys.readouterr()
    assert main(["pdf", "invoice", str(jan), str(feb), "-o", str(tmp_path / "x.pdf"), "--db", url]) == 2
    assert "--output names one file, for one invoice" in capsys.readouterr().err


def test_the_sample_renders_in_a_letter_template_with_a_us_window():
    t = templates.check({"name": "US", "page_size": "Letter",
                         "blocks": {"totals": {"tax_label": {"en": "Sales tax"}}}})
    assert t.window == "us_10"
    pdf = render(sample_content("en_US", "USD"), t)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        assert (round(page.width), round(page.height)) == (612, 792)
        # The recipient's first line sits in the window: 2 1/8 in to 3 1/8 in from the top, from 1 in.
        name = next(w for w in page.extract_words() if w["text"] == "Brightwater")
        assert 72 <= name["x0"] < 80 and 2.125 * 72 <= name["top"] <= 3.125 * 72
    text = _text(pdf)
    assert "Sales tax 19% on $273.58 $51.98" in text  # 19 % of the sample's 273.58 = 51.9802 -> 51.98
    assert "Total $325.56" in text


def test_the_din_5008_b_address_sits_in_the_window():
    pdf = render(sample_content(), templates.builtin())
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        name = next(w for w in page.extract_words() if w["text"] == "Brightwater")
    mm = 72 / 25.4
    # Form B: the address zone is 62.7 mm to 90 mm from the top, its text 25 mm from the left edge.
    assert abs(name["x0"] - 25 * mm) < 1 and 62.7 * mm <= name["top"] <= 90 * mm


def test_a_long_address_abroad_keeps_every_line_in_the_window_its_country_last():
    content = sample_content()  # the issuer in Leeds, the customer in Hamburg: the country is written
    customer = replace(content.customer, address={"lines": ["Attn. Accounts Payable", "Building C, 3rd floor",
                                                            "Hafenstraße 12", "Postfach 11 22"],
                                                  "city": "Hamburg", "postcode": "20457", "country": "DE"})
    content = replace(content, customer=customer)
    with pdfplumber.open(io.BytesIO(render(content, templates.builtin()))) as doc:
        page = doc.pages[0]
        mm = 72 / 25.4
        window = page.crop((24 * mm, 62.7 * mm, 105 * mm, 90 * mm)).extract_text().splitlines()
    # Name, four street lines, the town and the country: seven lines in the 27.3 mm zone of form B.
    assert window == ["Brightwater Consulting GmbH", "Attn. Accounts Payable", "Building C, 3rd floor",
                      "Hafenstraße 12", "Postfach 11 22", "20457 Hamburg", "GERMANY"]


def test_a_logo_is_drawn(db):
    from app.resources import resource

    logo = resource("logo-default.png").read_bytes()
    t = replace(templates.builtin(), logo=logo, logo_mime="image/png")
    pdf = render(sample_content(), t)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages[0].images) == 1



def _long(lines: int):
    """The sample invoice with ``lines`` lines of one month each, described "Mailbox 001", "Mailbox 002", ..."""
    content = sample_content()
    first = content.lines[0]
    content.lines[:] = [replace(first, position=n, description=f"Mailbox {n:03d}") for n in range(1, lines + 1)]
    return content


def _pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() for page in doc.pages]


def test_a_long_invoice_breaks_its_pages_where_one_whole_table_would(monkeypatch):
    from app.documents import render as rendering

    content = _long(150)
    pages = _pages(render(content, templates.builtin()))
    monkeypatch.setattr(rendering._Rows, "FEW", 10**6)  # ReportLab's own split of one table of every line
    assert pages == _pages(render(content, templates.builtin()))
    assert len(pages) >= 4
    text = "\n".join(pages)
    # Every line once, in order; every page that goes on with the lines starts with the head row again.
    found = [int(x) for x in re.findall(r"Mailbox (\d{3})", text)]
    assert found == list(range(1, 151))
    for page in pages[1:]:
        if "Mailbox" in page:
            assert "# Description Qty Unit price" in page


def test_every_other_line_is_tinted_across_page_breaks():
    from app.documents import render as rendering

    t = templates.builtin()
    tint = rendering._tint(t.accent_colour, 0.90)
    with pdfplumber.open(io.BytesIO(render(_long(150), t))) as doc:
        tinted_positions = []
        for page in doc.pages:
            numbers = [(w["top"], int(w["text"])) for w in page.extract_words()
                       if w["x0"] < 80 and w["text"].isdigit()]  # the position column
            for r in page.rects:
                colour = r.get("non_stroking_color")
                if colour and len(colour) == 3 and all(abs(a - b) < 0.01 for a, b in
                                                       zip(colour, (tint.red, tint.green, tint.blue))):
                    tinted_positions += [n for top, n in numbers if r["top"] <= top <= r["bottom"]]
    # Lines 2, 4, ..., 150 and no others, whichever page they fall on (the totals' tint holds no position).
    assert tinted_positions == list(range(2, 151, 2))
