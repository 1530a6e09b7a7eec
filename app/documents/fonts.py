"""The fonts invoices use, registered with ReportLab once per process from resources/fonts/.

Each family maps to a regular and a bold face. DejaVu Sans covers Latin, Greek and Cyrillic; a CJK family
(for Japanese) belongs here too when it is bundled (or ReportLab's CID fonts, which need no file).
"""
from __future__ import annotations

import threading

FAMILIES = {"DejaVu Sans": ("DejaVuSans", "fonts/DejaVuSans.ttf", "DejaVuSans-Bold", "fonts/DejaVuSans-Bold.ttf")}

_lock = threading.Lock()
_registered: set[str] = set()


def faces(family: str) -> tuple[str, str]:
    """The ReportLab names of ``family``'s regular and bold faces, registered on first use."""
    regular, regular_file, bold, bold_file = FAMILIES[family]
    with _lock:
        if family not in _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            from app.resources import resource

            pdfmetrics.registerFont(TTFont(regular, str(resource(regular_file))))
            pdfmetrics.registerFont(TTFont(bold, str(resource(bold_file))))
            for italic in (0, 1):
                addMapping(regular, 0, italic, regular)
                addMapping(regular, 1, italic, bold)
            _registered.add(family)
    return regular, bold
