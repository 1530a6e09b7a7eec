"""Add an item to the extra-item catalogue, or edit one: one-off or recurring, a default amount per
currency (typed as the clerk's language writes numbers: "1.200,50" in German), and its name per language.

An amount is read here with ``app.values.typed.read_amount`` (the same rule as the price matrix's amount
editor and the tenant forms): a refusal ("1,200.50" in German is ambiguous) is shown under that currency's
field together with whatever the service refuses, and nothing is saved. A blank amount means no default
in that currency (an edit removes it).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.errors import Problem, ProrataError
from app.services import currencies, extra_items
from app.services.catalogue import languages
from app.services.extra_items import ExtraItemView
from app.values.typed import amount_edit_text, read_amount, symbols
from ui.catalogue.record_dialog import CatalogueDialog
from ui.catalogue.texts import LanguageTexts
from ui.formatting import ui_language
from ui.prices.amount_delegate import MAX_LENGTH
from ui.tenants.forms.base import combo, set_combo, text_of


@dataclass(frozen=True)
class ExtraChoices:
    languages: list[str]
    currencies: list[str]  # enabled ones, then any other the item has an amount in
    record: ExtraItemView | None


def amount_edit() -> QLineEdit:
    """A line for an amount, as the price matrix's editor is: right-aligned, any keystroke taken."""
    edit = QLineEdit()
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setMaxLength(MAX_LENGTH)
    return edit


class ExtraDialog(CatalogueDialog):
    """New extra item (``code`` None) or an edit of item ``code``."""

    def __init__(self, worker, parent=None, *, code: str | None = None, today: date | None = None):
        super().__init__(worker, parent, key=code, today=today)
        self.setWindowTitle(self.tr("New extra item") if code is None else self.tr("Edit extra item %1").replace(
            "%1", code))

    def _read(self, session) -> ExtraChoices:  # runs on the worker
        record = extra_items.get_item(session, self._key, self._today) if self._key else None
        enabled = [c.code for c in currencies.list_currencies(session) if c.enabled]
        others = sorted(set(record.amounts) - set(enabled)) if record else []
        return ExtraChoices(languages(session), enabled + others, record)

    def _build(self, data: ExtraChoices) -> None:
        ui = ui_language()
        r = data.record
        self._record = r
        left, right = self.add_form(), self.add_form()
        self.code = left.add_field("code", self.tr("&Code:"), QLineEdit(), hint=None if r is None else self.tr(
            "An item's code never changes: extras recorded from it keep it."))
        self.code.setMaxLength(64)
        self.recurring = left.add_field("recurring", self.tr("&Charged:"), combo(
            [(False, self.tr("Once (one-off)")), (True, self.tr("Every period until ended (recurring)"))], False))
        self.amounts: dict[str, QLineEdit] = {}
        example = symbols(ui)[2]
        for i, cur in enumerate(data.currencies):
            last = i == len(data.currencies) - 1
            edit = left.add_field(f"amounts.{cur}", self.tr("Default in %1:").replace("%1", cur), amount_edit(),
                                  hint=self.tr("Written as %1; blank: no default in that currency. A clerk can "
                                               "change the amount when adding the extra.").replace("%1", example)
                                  if last else None)
            self.amounts[cur] = edit
        self.names = LanguageTexts(right, "name", self.tr("Name in %1:"), data.languages, ui)
        if r is not None:
            self._refill(r)
            self.code.setEnabled(False)
        self.min_width = 860

    def _refill(self, r: ExtraItemView) -> None:
        self.code.setText(r.code)
        set_combo(self.recurring, r.recurring)
        ui = ui_language()
        for cur, edit in self.amounts.items():
            edit.setText(amount_edit_text(r.amounts.get(cur), cur, ui))
        self.names.set(r.name)

    def _compared(self) -> list[tuple[str, str]]:
        return [("recurring", self.tr("Recurring")), ("amounts", self.tr("Default amounts")),
                ("name", self.tr("Name")), ("retired_on", self.tr("Retired from"))]

    def _typed_amounts(self, problems: list[Problem]) -> dict[str, Decimal | None]:
        """{currency: amount or None when blank}; a refused amount is left out and said in ``problems``."""
        out: dict[str, Decimal | None] = {}
        ui = ui_language()
        for cur, edit in self.amounts.items():
            try:
                out[cur] = read_amount(edit.text(), ui, cur, where=f"amounts.{cur}")
            except ProrataError as error:
                problems.extend(error.problems)
        return out

    def _save_call(self, problems: list[Problem]):
        typed = self._typed_amounts(problems)
        name, recurring = self.names.value(), self.recurring.currentData()
        r = self._record
        if r is None:
            code = text_of(self.code)
            amounts = {cur: format(a, "f") for cur, a in typed.items() if a is not None}
            return lambda s: extra_items.add_item(s, code, name, recurring, amounts)
        changes: dict = {}
        if name != r.name:
            changes["name"] = name
        if recurring != r.recurring:
            changes["recurring"] = recurring
        amounts = {cur: (None if a is None else format(a, "f")) for cur, a in typed.items()
                   if a != r.amounts.get(cur)}
        if amounts:
            changes["amounts"] = amounts
        if not changes:
            return None
        code, version = r.code, r.version
        return lambda s: extra_items.edit_item(s, code, expected_version=version, **changes)

    def _record_of(self, session) -> ExtraItemView:  # runs on the worker
        return extra_items.get_item(session, self._record.code, self._today)

    def _saved(self, item: ExtraItemView):
        words = (self.tr("Extra item %1 added.") if self._record is None else self.tr("Extra item %1 saved.")
                 ).replace("%1", item.code)
        return item.code, None, words
