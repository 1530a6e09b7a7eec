"""Add a plan, or edit one: its code, service and basis on the left, its texts per language on the right.

A plan's code and service never change once it exists (invoices, prices and histories refer to them);
its basis changes only while no invoice has billed it, so the basis is shown disabled, with the reason,
for a plan already billed. What a per-unit plan counts ("site", "GB", "licence") is asked per language
only while the basis is per unit.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLineEdit

from app.models import Basis, localized
from app.services import catalogue
from app.services.catalogue import PlanView, ServiceView
from ui.catalogue.record_dialog import CatalogueDialog
from ui.catalogue.texts import LanguageTexts
from ui.formatting import basis_words, ui_language
from ui.tenants.forms.base import combo, set_combo, text_of

PER_UNIT = Basis.PER_UNIT.value


@dataclass(frozen=True)
class PlanChoices:
    languages: list[str]
    services: list[ServiceView]
    record: PlanView | None
    billed: bool


class PlanDialog(CatalogueDialog):
    """New plan (``code`` None; ``service`` preselected when given) or an edit of plan ``code``."""

    def __init__(self, worker, parent=None, *, code: str | None = None, service: str | None = None,
                 today: date | None = None):
        super().__init__(worker, parent, key=code, today=today)
        self._service = service
        self.setWindowTitle(self.tr("New plan") if code is None else self.tr("Edit plan %1").replace("%1", code))

    def _read(self, session) -> PlanChoices:  # runs on the worker
        record = catalogue.get_plan(session, self._key, self._today) if self._key else None
        billed = catalogue.plan_billed(session, self._key) if self._key else False
        return PlanChoices(catalogue.languages(session), catalogue.list_services(session), record, billed)

    def _build(self, data: PlanChoices) -> None:
        ui = ui_language()
        r = data.record
        self._record = r
        left, right = self.add_form(), self.add_form()
        self.code = left.add_field("code", self.tr("&Code:"), QLineEdit(), hint=None if r is None else self.tr(
            "A plan's code and service never change: invoices and prices refer to them."))
        self.code.setMaxLength(64)
        self.service = left.add_field("service", self.tr("&Service:"), combo(
            [(s.code, f"{localized(s.name, ui)} · {s.code}") for s in data.services],
            self._service if r is None else r.service))
        locked = self.tr("Invoices have already billed this plan %1: its basis can no longer change. Add a new "
                         "plan for another basis.").replace("%1", basis_words(r.basis).lower()) if data.billed else None
        self.basis = left.add_field("basis", self.tr("&Basis:"), combo(
            [(b.value, basis_words(b.value)) for b in Basis], Basis.PER_USER.value), hint=locked)
        self.units = LanguageTexts(left, "unit", self.tr("Unit in %1:"), data.languages, ui, max_length=40,
                                   hint=self.tr("What one unit is, as invoices name it: site, GB, licence…"))
        self.names = LanguageTexts(right, "name", self.tr("Name in %1:"), data.languages, ui)
        self.descriptions = LanguageTexts(right, "description", self.tr("Description in %1:"), data.languages, ui,
                                          max_length=500)
        self.basis.currentIndexChanged.connect(lambda _i: self._basis_shown())
        if r is not None:
            self._refill(r)
            self.code.setEnabled(False)
            self.service.setEnabled(False)
            self.service.setToolTip(self.tr("A plan stays with its service."))
            if locked:
                self.basis.setEnabled(False)
                self.basis.setToolTip(locked)
        self._basis_shown()
        self.min_width = 900

    def _basis_shown(self) -> None:
        """The unit rows only for a per-unit plan."""
        per_unit = self.basis.currentData() == PER_UNIT
        for name in self.units.names:
            self.forms[0].set_visible(name, per_unit)

    def _refill(self, r: PlanView) -> None:
        self.code.setText(r.code)
        set_combo(self.service, r.service)
        set_combo(self.basis, r.basis)
        self.units.set(r.unit)
        self.names.set(r.name)
        self.descriptions.set(r.description)
        self._basis_shown()

    def _compared(self) -> list[tuple[str, str]]:
        return [("basis", self.tr("Basis")), ("unit", self.tr("Unit")), ("name", self.tr("Name")),
                ("description", self.tr("Description")), ("retired_on", self.tr("Retired from"))]

    def _save_call(self, problems):
        basis = self.basis.currentData()
        name, description = self.names.value(), self.descriptions.value()
        unit = self.units.value() if basis == PER_UNIT else None
        r = self._record
        if r is None:
            code, service = text_of(self.code), self.service.currentData()
            return lambda s: catalogue.add_plan(s, code, service, basis, name, description=description, unit=unit)
        changes = {}
        if name != r.name:
            changes["name"] = name
        if description != (r.description or None):
            changes["description"] = description
        if unit != (r.unit or None):
            changes["unit"] = unit
        if basis != r.basis:
            changes["basis"] = basis
        if not changes:
            return None
        code, version = r.code, r.version
        return lambda s: catalogue.edit_plan(s, code, expected_version=version, **changes)

    def _record_of(self, session) -> PlanView:  # runs on the worker
        return catalogue.get_plan(session, self._record.code, self._today)

    def _saved(self, plan: PlanView):
        words = (self.tr("Plan %1 added.") if self._record is None else self.tr("Plan %1 saved.")).replace(
            "%1", plan.code)
        return plan.code, None, words
