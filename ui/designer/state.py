"""The template being designed: its settings as the template file form (app/documents/template.py's
``to_document``, without the logo), the logo apart, and undoable edits of both.

Settings are addressed by dotted paths as the core names them in problems (``blocks.payment.iban``), so an
edit, a widget and a problem shown at the field all use one name. Every change goes through ``Edit`` on the
QUndoStack; ``sig_changed`` says which paths changed (after an edit, an undo or a redo) so the form shows
them and the preview renders again.
"""
from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.documents import template as templates
from app.documents.template import Template

LOGO = "logo"


class DesignerState(QObject):
    """One template's settings in the designer; edits are undoable through ``stack``."""

    sig_changed = Signal(object)
    """Settings changed: the list of their paths (an empty list: everything, a template was loaded)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.doc: dict = {}
        self.logo: tuple[bytes, str] | None = None
        self.stored: Template | None = None  # as last read or saved (None: a new template, never saved)
        self.issuer = "hoster"

    # ---------------------------------------------------------------- loading

    def load(self, template: Template, issuer: str, stored: bool) -> None:
        """Start designing ``template`` of ``issuer`` (a stored one, or a new one made from it)."""
        doc = template.to_document()
        doc.pop("logo", None)
        doc.pop("format", None)
        self.doc = doc
        self.logo = (template.logo, template.logo_mime) if template.logo is not None else None
        self.stored = template if stored else None
        self.issuer = issuer
        self.stack.clear()
        self.sig_changed.emit([])

    # ---------------------------------------------------------------- reading

    def get(self, path: str) -> Any:
        if path == LOGO:
            return self.logo
        node: Any = self.doc
        for key in path.split("."):
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return copy.deepcopy(node)

    def template(self) -> Template:
        """The checked template (raises the ProrataError of its problems, each at its path)."""
        doc = dict(self.doc, format=templates.FORMAT)
        t = templates.check(doc, "$")
        if self.logo is not None:
            t = replace(t, logo=self.logo[0], logo_mime=self.logo[1])
        return t

    # ---------------------------------------------------------------- changing

    def _set(self, path: str, value: Any) -> None:
        if path == LOGO:
            self.logo = value
            return
        keys = path.split(".")
        node = self.doc
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = copy.deepcopy(value)

    def edit(self, changes: dict[str, Any], text: str, *, merge: bool = False) -> None:
        """Change the settings at ``changes``' paths, as one undoable step named ``text``. With ``merge``,
        a step right after one of the same paths joins it (typing a word is one step, not one per key)."""
        pairs = [(path, self.get(path), value) for path, value in changes.items()]
        if all(old == new for _, old, new in pairs):
            return
        self.stack.push(Edit(self, pairs, text, merge))


class Edit(QUndoCommand):
    """Settings changed from their old to their new values (one or several, as one step)."""

    ID = 5008

    def __init__(self, state: DesignerState, pairs: list[tuple[str, Any, Any]], text: str, merge: bool):
        super().__init__(text)
        self.state = state
        self.pairs = pairs
        self.merge = merge

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, Edit) and self.merge and other.merge
                and [p for p, _, _ in self.pairs] == [p for p, _, _ in other.pairs]):
            return False
        self.pairs = [(p, old, new) for (p, old, _), (_, _, new) in zip(self.pairs, other.pairs)]
        return True

    def redo(self) -> None:
        for path, _, new in self.pairs:
            self.state._set(path, new)
        self.state.sig_changed.emit([p for p, _, _ in self.pairs])

    def undo(self) -> None:
        for path, old, _ in reversed(self.pairs):
            self.state._set(path, old)
        self.state.sig_changed.emit([p for p, _, _ in self.pairs])
