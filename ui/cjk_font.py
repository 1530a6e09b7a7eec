"""Japanese text on a desktop without a Japanese font: the font Prorata ships for its Japanese invoices
(resources/fonts/ipaexg.ttf, IPAex Gothic) is offered to Qt as an application font, so the Japanese window
(and "日本語" in Preferences' list) shows characters, not boxes. A system that has a Japanese font keeps its
own. GUI thread, once, after the QApplication exists.
"""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from app.errors import ProrataError
from app.resources import resource

BUNDLED = "fonts/ipaexg.ttf"


def ensure_japanese_font() -> str | None:
    """The family that will draw Japanese: the system's first, else the bundled one once added; None when
    neither is there (a broken installation: the window still works, in boxes)."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if families:
        return families[0]
    try:
        path = resource(BUNDLED)
    except ProrataError:
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    added = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return added[0] if added else None
