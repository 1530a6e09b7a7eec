"""`make samples` (packaging/samples.py): the sample invoice per language as PDF and page images."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]


def _samples_module():
    spec = importlib.util.spec_from_file_location("samples", ROOT / "packaging" / "samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_pdf_and_its_page_images_per_language(tmp_path):
    written = _samples_module().make_samples(tmp_path, scale=0.5)
    names = sorted(p.name for p in written)
    assert names == sorted([f"{lang}.pdf" for lang in ("en", "de", "fr", "es", "nl", "ja")]
                           + [f"{lang}-1.png" for lang in ("en", "de", "fr", "es", "nl", "ja")])
    with pdfplumber.open(tmp_path / "de.pdf") as doc:
        text = doc.pages[0].extract_text()
    # The sample's total: 273.58 + 19 % (51.98) = 325.56, in German money.
    assert "Rechnung NW-2026-000187" in text and "325,56" in text
    assert (tmp_path / "en-1.png").read_bytes().startswith(b"\x89PNG")
