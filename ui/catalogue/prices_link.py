"""From a plan in the catalogue to its row in the price matrix (the Prices tab)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel


def reveal_plan(prices, code: str) -> None:
    """Select plan ``code``'s row in ``prices`` (a PriceMatrixWidget) the next time its matrix is read.

    The caller then shows the Prices tab and has the matrix read (a plan just added is in it then).
    """
    model = prices.model

    def loaded() -> None:
        model.sig_loaded.disconnect(loaded)
        for i, row in enumerate(model.rows()):
            if row.plan_code == code:
                index = model.index(i, 0)
                prices.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                prices.view.scrollTo(index)
                prices.view.setFocus()
                return
    model.sig_loaded.connect(loaded)
