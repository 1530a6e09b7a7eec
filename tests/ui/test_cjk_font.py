"""The Japanese window has a font to draw with, even where the desktop has none: the bundled IPAex Gothic."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from app.resources import resource
from ui import cjk_font


def test_the_bundled_font_draws_japanese(qapp):
    font_id = QFontDatabase.addApplicationFont(str(resource(cjk_font.BUNDLED)))
    assert font_id >= 0
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    assert family in QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "請求書日本語")


def test_a_japanese_family_is_always_there_after_start(qapp, monkeypatch):
    # A desktop without Japanese fonts: Qt lists none until the bundled one is added.
    listed = QFontDatabase.families
    added: list[str] = []

    class NoSystemJapanese:
        WritingSystem = QFontDatabase.WritingSystem

        @staticmethod
        def families(system=QFontDatabase.WritingSystem.Any):
            return list(added) if system == QFontDatabase.WritingSystem.Japanese else listed(system)

        @staticmethod
        def addApplicationFont(path):
            font_id = QFontDatabase.addApplicationFont(path)
            added.extend(QFontDatabase.applicationFontFamilies(font_id))
            return font_id

        applicationFontFamilies = staticmethod(QFontDatabase.applicationFontFamilies)

    monkeypatch.setattr(cjk_font, "QFontDatabase", NoSystemJapanese)
    family = cjk_font.ensure_japanese_font()
    assert family == "IPAexGothic" and QFontMetrics(QFont(family)).inFontUcs4(ord("請"))
