"""The extra-item table: code, name, one-off or recurring, a default amount per currency, retirement.

One amount column per enabled currency (and any other an item has an amount in), each amount grouped as
the clerk's language writes it ("1.200,50" in German) with its currency's digits; blank where the item
has no default in that currency.
"""
from __future__ import annotations

from app.models import localized
from app.services.extra_items import ExtraItemView
from ui.catalogue.plans_model import retirement_text, texts_tooltip
from ui.catalogue.table_model import Column, RecordModel
from ui.formatting import fmt_amount, fmt_date, tr, ui_language


def _amount_column(currency: str) -> Column:
    return Column(f"amount.{currency}", lambda: tr("Default %1").replace("%1", currency),
                  lambda x: fmt_amount(x.amounts[currency], currency) if currency in x.amounts else "",
                  sort=lambda x: x.amounts.get(currency, ""), right=True)


class ExtrasModel(RecordModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.currencies: list[str] = []
        self.set_currencies([])
        self.retired_tooltip = lambda x: tr("Retired since %1: no longer offered; extras recorded from it are "
                                            "unchanged.").replace("%1", fmt_date(x.retired_on))

    def set_currencies(self, currencies: list[str]) -> None:
        self.currencies = list(currencies)
        self.set_columns(
            [Column("code", lambda: tr("Code"), lambda x: x.code),
             Column("name", lambda: tr("Name"), lambda x: localized(x.name, ui_language()),
                    tooltip=lambda x: texts_tooltip(x.name)),
             Column("charged", lambda: tr("Charged"), lambda x: tr("Recurring") if x.recurring else tr("One-off"))]
            + [_amount_column(c) for c in self.currencies]
            + [Column("retired", lambda: tr("Retired"), lambda x: retirement_text(x.retired_on, x.retired),
                      sort=lambda x: x.retired_on.isoformat() if x.retired_on else "")])

    def set_items(self, items: list[ExtraItemView], currencies: list[str]) -> None:
        shown = list(currencies) + sorted({c for x in items for c in x.amounts} - set(currencies))
        if shown != self.currencies:
            self.set_currencies(shown)
        self.set_rows(items)
