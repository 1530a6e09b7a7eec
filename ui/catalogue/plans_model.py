"""The plans table: code, name in the clerk's language, service, basis and unit, description, retirement.

A retired plan is greyed and shows the day it retired; a plan retiring later shows that day too, not
greyed. The name's tooltip lists every language the plan is named in, so a missing translation shows.
"""
from __future__ import annotations

from datetime import date

from app.models import localized
from app.services.catalogue import PlanView, ServiceView
from ui.catalogue.table_model import Column, RecordModel
from ui.catalogue.texts import language_name
from ui.formatting import basis_words, fmt_date, tr, ui_language


def texts_tooltip(texts: dict | None) -> str | None:
    """"German: Exchange Basis" per language, one a line."""
    if not texts:
        return None
    ui = ui_language()
    return "\n".join(f"{language_name(lang, ui)}: {text}" for lang, text in texts.items())


def retirement_text(retired_on: date | None, retired: bool) -> str:
    if retired_on is None:
        return ""
    return (tr("since %1") if retired else tr("from %1")).replace("%1", fmt_date(retired_on))


def unit_text(plan: PlanView) -> str:
    return localized(plan.unit, ui_language()) if plan.unit else ""


class PlansModel(RecordModel):
    """Every plan of the catalogue; ``services`` names each plan's service."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._service_names: dict[str, dict] = {}
        self.set_columns([
            Column("code", lambda: tr("Code"), lambda p: p.code),
            Column("name", lambda: tr("Name"), lambda p: localized(p.name, ui_language()),
                   tooltip=lambda p: texts_tooltip(p.name)),
            Column("service", lambda: tr("Service"), self._service_text),
            Column("basis", lambda: tr("Basis"), lambda p: basis_words(p.basis)),
            Column("unit", lambda: tr("Unit"), unit_text, tooltip=lambda p: texts_tooltip(p.unit)),
            Column("description", lambda: tr("Description"),
                   lambda p: localized(p.description, ui_language()) if p.description else "",
                   tooltip=lambda p: texts_tooltip(p.description)),
            Column("retired", lambda: tr("Retired"), lambda p: retirement_text(p.retired_on, p.retired),
                   sort=lambda p: p.retired_on.isoformat() if p.retired_on else ""),
        ])
        self.retired_tooltip = lambda p: tr("Retired since %1: no new subscriptions; running ones go on being "
                                            "billed.").replace("%1", fmt_date(p.retired_on))

    def set_plans(self, plans: list[PlanView], services: list[ServiceView]) -> None:
        self._service_names = {s.code: s.name for s in services}
        self.set_rows(plans)

    def _service_text(self, plan: PlanView) -> str:
        return localized(self._service_names.get(plan.service), ui_language()) or plan.service


class ServicesModel(RecordModel):
    """Every service with how many plans it has."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.set_columns([
            Column("code", lambda: tr("Code"), lambda s: s.code),
            Column("name", lambda: tr("Name"), lambda s: localized(s.name, ui_language()),
                   tooltip=lambda s: texts_tooltip(s.name)),
            Column("description", lambda: tr("Description"),
                   lambda s: localized(s.description, ui_language()) if s.description else "",
                   tooltip=lambda s: texts_tooltip(s.description)),
            Column("plans", lambda: tr("Plans"), lambda s: str(s.plans), sort=lambda s: s.plans, right=True),
        ])
