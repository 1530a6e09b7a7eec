"""Header sort arrows that point the way the rows run: ▼ for a descending order (newest first), ▲ for an
ascending one.

QHeaderView hands the style ``SortDown`` for an ascending order and ``SortUp`` for a descending one, and
Fusion (and the other styles that draw the option as named) then shows ▲ over a list sorted newest first:
the arrow says the opposite of the rows. ``point_the_way(view)`` gives a view's header a proxy of its
style that draws the arrow for the order itself. GUI thread only.
"""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QProxyStyle, QStyle, QStyleOptionHeader

_FLIP = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
         QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}


class SortArrowStyle(QProxyStyle):
    """The header's style, drawing ▼ for a descending order and ▲ for an ascending one."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader) \
                and option.sortIndicator in _FLIP:
            option = QStyleOptionHeader(option)
            option.sortIndicator = _FLIP[option.sortIndicator]
        super().drawPrimitive(element, option, painter, widget)


def point_the_way(view: QAbstractItemView) -> None:
    """Make the sort arrow of ``view``'s horizontal header point the way its rows run."""
    header = view.horizontalHeader()
    style = SortArrowStyle(header.style().name())  # a proxy of a fresh base style: the proxy owns its base
    style.setParent(header)  # lives as long as the header
    header.setStyle(style)


def point_the_way_everywhere(app) -> None:
    """The same for every header of the application (the window's lists, payments, search results): the
    application's style becomes a proxy that draws the arrow for the order itself."""
    style = SortArrowStyle(app.style().name())
    style.setParent(app)
    app.setStyle(style)
