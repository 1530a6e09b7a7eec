"""`make samples`: the sample invoice in each language the invoices speak, as PDF and as page images, into
samples/ (not kept in git), so people can look at what customers get without a database.

    python packaging/samples.py [--out DIR] [--scale 2.0]

Each language is rendered in a locale and currency its customers use (ja_JP in yen) with the built-in
template, by the same ``render`` an issued invoice goes through; the pages are drawn by PDFium (pypdfium2).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

# language -> (locale, currency) of the sample
SAMPLES = {"en": ("en_IE", "EUR"), "de": ("de_DE", "EUR"), "fr": ("fr_FR", "EUR"), "es": ("es_ES", "EUR"),
           "nl": ("nl_NL", "EUR"), "ja": ("ja_JP", "JPY")}


def make_samples(out: Path, scale: float = 2.0) -> list[Path]:
    """Write ``<lang>.pdf`` and ``<lang>-<page>.png`` for each language into ``out``; the files written."""
    import pypdfium2 as pdfium

    from app.documents import template as templates
    from app.documents.render import render
    from app.documents.sample import sample_content

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for lang, (locale, currency) in SAMPLES.items():
        data = render(sample_content(locale, currency), templates.builtin())
        pdf = out / f"{lang}.pdf"
        pdf.write_bytes(data)
        written.append(pdf)
        doc = pdfium.PdfDocument(data)
        try:
            for n, page in enumerate(doc, start=1):
                png = out / f"{lang}-{n}.png"
                page.render(scale=scale).to_pil().save(png)
                written.append(png)
        finally:
            doc.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the sample invoice in every language into a folder.")
    parser.add_argument("--out", default="samples", help="the folder (default: samples)")
    parser.add_argument("--scale", type=float, default=2.0, help="page image scale, 1 = 72 dpi (default 2)")
    args = parser.parse_args(argv)
    for path in make_samples(Path(args.out), args.scale):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
