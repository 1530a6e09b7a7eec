"""How the window wears the build's brand (app/branding.py): its icon, its product name, its colours.

Unbranded, nothing changes: the system's colours, no icon of its own. The colours set the application palette's
selection (primary) and links (accent), so every window and dialog shows them, not only the main window.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from app import branding


def brand() -> branding.Brand:
    """The build's brand; the launcher has already refused a broken brand file, so here it only reads the cache."""
    try:
        return branding.current()
    except Exception:  # a window made without the launcher (tests, a script) on a broken brand: unbranded
        return branding.UNBRANDED


def _readable_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour`` (WCAG relative luminance, roughly)."""
    r, g, b = (c / 255 for c in (colour.red(), colour.green(), colour.blue()))
    return QColor("#000000") if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 else QColor("#ffffff")


def apply(window) -> None:
    """Give ``window`` and the application the brand's icon and colours. Runs in the GUI thread."""
    b = brand()
    if not b.branded:
        return
    icon = QIcon(str(b.icon))
    window.setWindowIcon(icon)
    QApplication.setWindowIcon(icon)
    palette = QApplication.palette()
    primary = QColor(b.colours["primary"])
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, primary)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, _readable_on(primary))
        palette.setColor(group, QPalette.ColorRole.Link, QColor(b.colours["accent"]))
    QApplication.setPalette(palette)


def logo(height: int = 64) -> QPixmap | None:
    """The brand's logo scaled to ``height`` pixels, or None unbranded."""
    b = brand()
    if not b.branded:
        return None
    pixmap = QPixmap(str(b.logo))
    return pixmap.scaledToHeight(height) if not pixmap.isNull() else None
