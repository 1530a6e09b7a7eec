"""Invoice text in every shipped language: the ``invoice`` catalogs are complete, and a Spanish, Dutch,
Italian and Japanese customer's invoice reads back (pdfplumber) in its language and its money, Japanese in a
font that has every character it writes (no boxes), on both databases.

The figures are worked by hand from tests/billing_world.py: the hoster sells archiving at 20.00 EUR or
2500 JPY a month, its tax 20 %: one month is 20.00 + 4.00 = 24.00 EUR, or 2500 + 500 = 3000 JPY (yen have no
decimals; Babel writes them ``￥3,000`` in ja_JP, with the full-width yen sign).
"""
from __future__ import annotations

import io
import string
from datetime import date

import pdfplumber
import pytest
from babel.messages.pofile import read_po
from sqlalchemy import select

from app.billing.run import run_billing
from app.documents import fonts, wording
from app.documents.render import render
from app.documents.sample import sample_content
from app.documents import template as templates
from app.models import Company, Invoice
from app.resources import CHECKOUT
from app.services import documents, invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

CATALOGS = CHECKOUT / "translations" / "invoice"
SPACE = " "  # Babel's no-break spaces read back as the plain spaces they look like


def _catalog(name: str):
    with (CATALOGS / name).open("rb") as fh:
        return read_po(fh, locale=None if name.endswith(".pot") else name[:-3], domain="invoice")


def _fields(text: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)


@pytest.mark.parametrize("lang", [x for x in wording.LANGUAGES if x != "en"])
def test_every_invoice_message_is_translated_with_its_fields(lang):
    template = _catalog("invoice.pot")
    catalog = _catalog(f"{lang}.po")
    assert lang in ("de", "fr", "es", "nl", "it", "ja")
    for m in template:
        if not m.id:
            continue
        t = catalog.get(m.id)
        assert t is not None and not t.fuzzy, (lang, m.id)
        forms = t.string if isinstance(t.string, tuple) else (t.string,)
        assert len(forms) == (catalog.num_plurals if isinstance(m.id, tuple) else 1), (lang, m.id)
        source = m.id[0] if isinstance(m.id, tuple) else m.id
        for form in forms:
            assert form.strip(), (lang, m.id)
            assert _fields(form) == _fields(source), (lang, m.id, form)


def test_the_seven_invoice_languages_are_declared():
    assert set(wording.LANGUAGES) >= {"en", "de", "fr", "es", "nl", "it", "ja"}
    for lang in wording.LANGUAGES:
        if lang != "en":
            assert wording.translations(lang).gettext("Invoice") != "Invoice", lang


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() for page in doc.pages)


def _fonts_used(pdf: bytes) -> set[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return {ch["fontname"].split("+")[-1] for page in doc.pages for ch in page.chars}


def _issued_invoice(db, language: str, currency: str) -> int:
    w = build(db)
    add_company(db, w, "kunde", currency=currency,
                events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        s.get(Company, w.companies["kunde"]).language = language
    run_billing(db, date(2026, 1, 15))
    with unit_of_work(db) as s:
        inv_id = s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies["kunde"])).one()
        invoices.issue(s, inv_id, date(2026, 1, 15))
    return inv_id


def _pdf(db, inv_id: int) -> bytes:
    with unit_of_work(db) as s:
        return documents.render_invoice(s, inv_id).data


def test_a_japanese_invoice_is_in_japanese_and_yen_in_a_japanese_font(db):
    inv_id = _issued_invoice(db, "ja_JP", "JPY")
    pdf = _pdf(db, inv_id)
    text = _text(pdf)
    for part in ("請求書 INV-", "請求書番号 INV-", "発行日 2026/01/15", "期間: 2026/01/15 – 2026/02/14",
                 "小計 ￥2,500", "消費税 20%（対象 ￥2,500） ￥500", "合計 ￥3,000", "1 / 1 ページ"):
        assert part in text, (part, text)
    assert "3,000.00" not in text and "JP¥" not in text
    # One embedded font writes the whole page, and it has a glyph for every character on it (no boxes).
    assert _fonts_used(pdf) == {"IPAexGothic"}
    covered = fonts._coverage(fonts.CJK)
    missing = {ch for ch in text if not ch.isspace() and ord(ch) not in covered}
    assert not missing, missing


@pytest.mark.parametrize("locale, words", [
    ("es_ES", ("Factura INV-", "N.º de factura INV-", "Fecha 15 ene 2026", "Subtotal 20,00 €",
               "IVA 20 % sobre 20,00 € 4,00 €", "Total 24,00 €", "Página 1 de 1")),
    ("nl_NL", ("Factuur INV-", "Factuurnr. INV-", "Datum 15 jan 2026", "Subtotaal € 20,00",
               "btw 20% over € 20,00 € 4,00", "Totaal € 24,00", "Pagina 1 van 1")),
    ("it_IT", ("Fattura INV-", "N. fattura INV-", "Data 15 gen 2026", "Imponibile 20,00 €",
               "IVA 20% su 20,00 € 4,00 €", "Totale 24,00 €", "Pagina 1 di 1")),
])
def test_spanish_dutch_and_italian_invoices_speak_their_language(db, locale, words):
    text = _text(_pdf(db, _issued_invoice(db, locale, "EUR")))
    for part in words:
        assert part.replace(" ", SPACE) in text, (part, text)


def test_a_latin_invoice_naming_a_japanese_customer_switches_to_the_japanese_font():
    content = sample_content("en_GB", "EUR")
    from dataclasses import replace

    content = replace(content, customer=replace(content.customer, name="株式会社ブライトウォーター"))
    pdf = render(content, templates.builtin())
    assert "株式会社ブライトウォーター" in _text(pdf)
    assert _fonts_used(pdf) == {"IPAexGothic"}
    assert _fonts_used(render(sample_content("de_DE", "EUR"), templates.builtin())) <= {"DejaVuSans",
                                                                                          "DejaVuSans-Bold"}
