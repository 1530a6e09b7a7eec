"""The amber note: dark text on a light amber ground, whatever the theme, for what has to be read and not
blend in (an edit form's "someone else changed this record", a payment's "more than is owed")."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

GROUND, BORDER, TEXT = "#fff3cd", "#d9a93a", "#3d2e00"


def amber_note(widget: QWidget, padding: str | None = None) -> None:
    """Style ``widget`` (a label, or a frame of labels) as an amber note, by its object name (which it must
    have: the style stays on it, not on the widgets inside, which only take its text colour)."""
    name = widget.objectName()
    if not name:
        raise ValueError("an amber note needs an object name")
    pad = f" padding: {padding};" if padding else ""
    widget.setStyleSheet(f"#{name} {{ background: {GROUND}; border: 1px solid {BORDER}; border-radius: 4px; "
                         f"color: {TEXT};{pad} }}"
                         f"#{name} QLabel {{ color: {TEXT}; background: transparent; }}")
