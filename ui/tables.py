"""The table views the screens share: plain rows, one column taking the spare width, heights that fit."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                 | QAbstractItemView.EditTrigger.AnyKeyPressed)


def table_view(model, stretch: int, *, editable: bool = False, padding: int = 8) -> QTableView:
    """A table of whole rows whose column ``stretch`` takes the spare width; the others fit their text.

    ``editable``: double-click, F2 or typing starts editing a cell the model allows.
    """
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setEditTriggers(EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + padding)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    return view


def fit_height(view: QTableView, rows: int, most: int = 10) -> None:
    """Make ``view`` exactly as tall as ``rows`` rows (at least one, at most ``most``; then it scrolls)."""
    shown = min(max(rows, 1), most)
    height = (view.horizontalHeader().sizeHint().height() + shown * view.verticalHeader().defaultSectionSize()
              + 2 * view.frameWidth() + 4)
    view.setFixedHeight(height)
