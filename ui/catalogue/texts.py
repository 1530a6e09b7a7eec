"""One line edit per language for a text the catalogue keeps per language (a name, a unit, a description).

The core stores such a text as ``{language: text}`` and locates a problem with it at ``name.de``; each
language's edit is registered in the FieldForm under that name, so the problem shows under it. The
first language's edit is registered under the bare name (``name``) too, so a problem about the text as a
whole ("a name is required") shows under the first field rather than in the banner.
"""
from __future__ import annotations

from functools import lru_cache

from babel import Locale
from PySide6.QtWidgets import QLineEdit

from ui.dialogs.field_form import FieldForm


@lru_cache(maxsize=64)
def language_name(language: str, ui: str) -> str:
    """``de`` as "German" in the ``ui`` language (``en_US``: "English (United States)"); the code if unknown."""
    try:
        name = Locale.parse(language).get_display_name(Locale.parse(ui)) or language
    except Exception:
        return language
    return name[:1].upper() + name[1:]


class LanguageTexts:
    """The edits of one per-language text in ``form``: ``label`` is a template such as "Name in %1:"."""

    def __init__(self, form: FieldForm, field: str, label: str, languages: list[str], ui: str, *,
                 max_length: int = 200, hint: str | None = None):
        self.field = field
        self.edits: dict[str, QLineEdit] = {}
        for i, lang in enumerate(languages):
            edit = QLineEdit()
            edit.setMaxLength(max_length)
            name = field if i == 0 else f"{field}.{lang}"
            last = i == len(languages) - 1
            form.add_field(name, label.replace("%1", language_name(lang, ui)), edit, hint=hint if last else None)
            edit.setToolTip(lang)
            self.edits[lang] = edit
        self.names = [field if i == 0 else f"{field}.{lang}" for i, lang in enumerate(languages)]

    def set(self, texts: dict | None) -> None:
        for lang, edit in self.edits.items():
            edit.setText((texts or {}).get(lang, ""))

    def value(self) -> dict | None:
        """``{language: text}`` of the edits that are not blank, trimmed; None when all are blank."""
        out = {lang: e.text().strip() for lang, e in self.edits.items() if e.text().strip()}
        return out or None

    def first(self) -> QLineEdit:
        return next(iter(self.edits.values()))
