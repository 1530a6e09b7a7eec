"""Retire a plan or an extra item from a day: from then it is offered no more.

Running subscriptions to a retired plan go on being billed, and extras already recorded from a retired
item stay as they are; the dialog says so. A plan cannot retire before a subscription to it that is
already recorded: the service refuses, and the reason shows under the date.
"""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtWidgets import QLabel

from app.models import localized
from app.services import catalogue, extra_items
from ui.catalogue.record_dialog import CatalogueDialog
from ui.formatting import ui_language
from ui.tenants.forms.base import date_edit, date_of, set_date

PLAN, EXTRA = "plan", "extra_item"


class RetireDialog(CatalogueDialog):
    """Retire the plan (``kind`` PLAN) or extra item (EXTRA) ``code`` from a day (default today)."""

    def __init__(self, worker, parent=None, *, kind: str, code: str, today: date | None = None):
        super().__init__(worker, parent, key=code, today=today)
        self._kind = kind
        self.setWindowTitle((self.tr("Retire plan %1") if kind == PLAN else self.tr("Retire extra item %1"))
                            .replace("%1", code))
        self.save_button.setText(self.tr("&Retire"))

    def _read(self, session):  # runs on the worker
        return self._record_of(session)

    def _record_of(self, session):  # runs on the worker
        if self._kind == PLAN:
            return catalogue.get_plan(session, self._key, self._today)
        return extra_items.get_item(session, self._key, self._today)

    def _build(self, record) -> None:
        self._record = record
        form = self.add_form()
        name = localized(record.name, ui_language())
        self.what = QLabel(f"<b>{html.escape(name)}</b> · {html.escape(record.code)}")
        form.form.addRow(self.what)
        self.on = form.add_field("on", self.tr("Retire &from:"), date_edit(record.retired_on or self._today),
                                 hint=self.tr("From this day no company can subscribe or change to the plan; "
                                              "running subscriptions go on being billed.") if self._kind == PLAN
                                 else self.tr("From this day the item is no longer offered; extras already "
                                              "recorded from it are not changed."))
        self.min_width = 460

    def _refill(self, record) -> None:
        self._record = record
        set_date(self.on, record.retired_on or self._today)

    def _compared(self) -> list[tuple[str, str]]:
        return [("retired_on", self.tr("Retired from")), ("name", self.tr("Name"))]

    def _save_call(self, problems):
        on, code, version = date_of(self.on), self._record.code, self._record.version
        if self._kind == PLAN:
            return lambda s: catalogue.retire_plan(s, code, on, expected_version=version)
        return lambda s: extra_items.retire_item(s, code, on, expected_version=version)

    def _saved(self, record):
        when = self.on.text()
        words = (self.tr("Plan %1 retires from %2.") if self._kind == PLAN
                 else self.tr("Extra item %1 retires from %2.")).replace("%1", record.code).replace("%2", when)
        return record.code, None, words
