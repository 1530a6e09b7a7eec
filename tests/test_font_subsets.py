"""Font subsets made once per process (app/documents/subsets.py): a document that reuses a subset another made
is byte for byte the PDF ReportLab itself writes, and reads back with its own words.
"""
from __future__ import annotations

import io
from dataclasses import replace

import pdfplumber
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.documents import template as templates
from app.documents.fonts import faces
from app.documents.render import render
from app.documents.sample import sample_content
from app.documents.subsets import CACHE_SIZE, SubsetCachingTTFont


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() for page in doc.pages)


def _forget_all() -> None:
    for family in ("DejaVu Sans", "IPAex Gothic"):
        for name in faces(family):
            pdfmetrics.getFont(name).forget()


def _customer(content, name: str):
    return replace(content, customer=replace(content.customer, name=name))


def test_fonts_are_the_caching_kind():
    for family in ("DejaVu Sans", "IPAex Gothic"):
        for name in faces(family):
            assert isinstance(pdfmetrics.getFont(name), SubsetCachingTTFont)


def test_reused_subsets_write_what_reportlab_writes(monkeypatch):
    t = templates.builtin()
    # Three customers whose names add different letters, in different orders, to the first subset.
    contents = [_customer(sample_content("de_DE", "EUR"), "Société Générale"),
                _customer(sample_content("de_DE", "EUR"), "Müller & Söhne"),
                _customer(sample_content("fr_FR", "EUR"), "Öko-Bäckerei Ærø"),
                sample_content("ja_JP", "JPY")]
    with monkeypatch.context() as m:  # ReportLab's own way: every subset made for its document
        m.setattr(SubsetCachingTTFont, "addObjects", TTFont.addObjects)
        expected = [render(c, t) for c in contents]
    _forget_all()
    cold = [render(c, t) for c in contents]  # each subset made here and kept
    warm = [render(c, t) for c in reversed(contents)][::-1]  # every one taken from what was kept
    assert cold == expected
    assert warm == expected
    texts = [_text(pdf) for pdf in warm]
    assert "Société Générale" in texts[0] and "Müller & Söhne" not in texts[0]
    assert "Müller & Söhne" in texts[1]
    assert "Öko-Bäckerei Ærø" in texts[2]
    assert "Brightwater Consulting GmbH" in texts[3] and "NW-2026-000187" in texts[3]


def test_the_cache_is_bounded():
    t = templates.builtin()
    _, bold = faces("DejaVu Sans")
    font = pdfmetrics.getFont(bold)  # the customer's name is written in bold
    _forget_all()
    # Each name brings one letter of its own: a subset of its own for every document.
    for code in range(0x0100, 0x0100 + CACHE_SIZE + 10):  # Latin Extended-A: DejaVu Sans writes them
        render(_customer(sample_content("en_GB", "EUR"), f"Firma {chr(code)}"), t)
    assert len(font._made) == CACHE_SIZE
