"""Add a service, or rename one: its code, then its name and description in each language.

Services carry no version: an edit writes only the texts that changed, so two clerks editing different
texts of one service do not undo each other.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLineEdit

from app.errors import ProrataError
from app.services import catalogue
from app.services.catalogue import ServiceView
from ui.catalogue.record_dialog import CatalogueDialog
from ui.catalogue.texts import LanguageTexts
from ui.formatting import ui_language
from ui.tenants.forms.base import text_of


@dataclass(frozen=True)
class ServiceChoices:
    languages: list[str]
    record: ServiceView | None


def find_service(session, code: str) -> ServiceView:
    """The service ``code`` as the catalogue lists it (``not_found`` at ``code`` when there is none)."""
    for s in catalogue.list_services(session, search=code):
        if s.code == code:
            return s
    raise ProrataError.of("not_found", "code", kind="service", code=code)


class ServiceDialog(CatalogueDialog):
    """New service (``code`` None) or an edit of service ``code``."""

    def __init__(self, worker, parent=None, *, code: str | None = None, today: date | None = None):
        super().__init__(worker, parent, key=code, today=today)
        self.setWindowTitle(self.tr("New service") if code is None else self.tr("Edit service %1").replace(
            "%1", code))

    def _read(self, session) -> ServiceChoices:  # runs on the worker
        record = find_service(session, self._key) if self._key else None
        return ServiceChoices(catalogue.languages(session), record)

    def _build(self, data: ServiceChoices) -> None:
        ui = ui_language()
        r = data.record
        self._record = r
        left, right = self.add_form(), self.add_form()
        self.code = left.add_field("code", self.tr("&Code:"), QLineEdit(), hint=None if r is None else self.tr(
            "A service's code never changes."))
        self.code.setMaxLength(64)
        self.names = LanguageTexts(left, "name", self.tr("Name in %1:"), data.languages, ui)
        self.descriptions = LanguageTexts(right, "description", self.tr("Description in %1:"), data.languages, ui,
                                          max_length=500)
        if r is not None:
            self._refill(r)
            self.code.setEnabled(False)
        self.min_width = 820

    def _refill(self, r: ServiceView) -> None:
        self.code.setText(r.code)
        self.names.set(r.name)
        self.descriptions.set(r.description)

    def _compared(self) -> list[tuple[str, str]]:
        return [("name", self.tr("Name")), ("description", self.tr("Description"))]

    def _save_call(self, problems):
        name, description = self.names.value(), self.descriptions.value()
        r = self._record
        if r is None:
            code = text_of(self.code)
            return lambda s: catalogue.add_service(s, code, name, description)
        changes = {}
        if name != r.name:
            changes["name"] = name
        if description != (r.description or None):
            changes["description"] = description
        if not changes:
            return None
        code = r.code
        return lambda s: catalogue.edit_service(s, code, **changes)

    def _record_of(self, session) -> ServiceView:  # runs on the worker
        return find_service(session, self._record.code)

    def _saved(self, service: ServiceView):
        words = (self.tr("Service %1 added.") if self._record is None else self.tr("Service %1 saved.")).replace(
            "%1", service.code)
        return service.code, None, words
