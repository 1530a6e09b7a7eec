"""The invoices screen: filters and the paged list on the left, the chosen invoice on the right."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget)

from app.services import billing_view, currencies, invoices
from ui.dialogs.messages import show_error
from ui.formatting import fmt_count
from ui.invoices.filter_bar import InvoiceFilterBar
from ui.invoices.invoice_view import InvoiceView
from ui.invoices.list_model import ID_ROLE, InvoiceListModel
from ui.invoices.manual_dialog import InvoiceLinesDialog


LIST_SHARE = 58  # the list's share of the height, in percent, until the clerk moves the divider


class InvoiceBrowser(QWidget):
    """The Invoices feature; the shell shows it as a page of its own."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._want: int | None = None  # the invoice to select once the list is read
        self.filters = InvoiceFilterBar()
        self.model = InvoiceListModel(worker, self)
        self.list_view = QTableView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setWordWrap(False)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setDefaultSectionSize(self.list_view.fontMetrics().height() + 8)
        header = self.list_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        header.setSortIndicator(*self.model.sort_column())
        self._fitting = False
        self._sized_by_hand = False
        header.sectionResized.connect(self._section_resized)
        self.list_view.setSortingEnabled(True)  # the model sorts in the database: see InvoiceListModel.sort
        self.count_label = QLabel()
        self.new_button = QPushButton()
        self.reload_button = QPushButton()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        below.addWidget(self.reload_button)
        below.addWidget(self.new_button)
        left_layout.addLayout(below)
        self.view = InvoiceView(worker, today=today)
        # The invoice scrolls in its pane rather than squeezing the list: a long invoice or a line's
        # explanation needs more height than the pane has.
        self.detail = QScrollArea()
        self.detail.setWidgetResizable(True)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.detail.setWidget(self.view)
        self._revealing = False
        self.view.explain.sig_explained.connect(self._explanation_shown)
        self.detail.verticalScrollBar().rangeChanged.connect(self._reveal)
        # The list is wide (eight columns) and the invoice is wide too: one above the other. The clerk works
        # down the list, so it has the larger share; the divider's place is kept with the window's state
        # (ui/window_state.py, "invoices").
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([LIST_SHARE, 100 - LIST_SHARE])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self.filters.sig_changed.connect(self.model.set_filters)
        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_error.connect(lambda e: show_error(self, e))
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.sig_changed.connect(self.refresh)
        self.view.sig_deleted.connect(lambda: self.refresh(None))
        self.view.sig_status.connect(self.sig_status)
        self.new_button.clicked.connect(self.new_manual)
        self.reload_button.clicked.connect(lambda: self.refresh(self._current_id()))
        self.retranslate()

    def load(self) -> None:
        """Read the issuers for the filter, then the first page of invoices."""
        self._worker.run(billing_view.sellers, on_done=self.filters.set_sellers,
                         on_error=lambda e: show_error(self, e))
        self.model.set_filters(self.filters.filters())

    def refresh(self, show_id: int | None = None) -> None:
        """Read the list again (after a change) and show ``show_id`` when it is listed."""
        self._want = show_id
        self.model.reload()
        self.view.show_invoice(show_id)

    def _current_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self._want = current.data(ID_ROLE)
            self.view.show_invoice(self._want)

    def select(self, invoice_id: int) -> bool:
        row = self.model.row_of(invoice_id)
        if row < 0:
            return False
        self.list_view.setCurrentIndex(self.model.index(row, 0))
        self.list_view.scrollTo(self.model.index(row, 0))
        return True

    def _loaded(self) -> None:
        self._show_count()
        if self._want is not None and self.model.row_of(self._want) >= 0 and self._current_id() != self._want:
            self.select(self._want)
        elif self.view.invoice_id() is not None and self.model.row_of(self.view.invoice_id()) < 0:
            self.view.show_invoice(None)  # filtered out: the pane shows only what the list shows

    def _show_count(self) -> None:
        n, total = self.model.rowCount(), self.model.total()
        if self.model.complete():
            self.count_label.setText(self.tr("%Ln invoice(s)", "", n))
        elif total is not None:
            self.count_label.setText(self.tr("%1 of %Ln invoice(s) shown; scroll for more", "", total).replace(
                "%1", fmt_count(n)))
        else:
            self.count_label.setText(self.tr("First %Ln invoice(s) shown; scroll for more", "", n))
        header = self.list_view.horizontalHeader()
        if n and not self._sized_by_hand:
            # Fit the short columns to every reading (a run brings longer numbers and names), until the clerk
            # sizes one by hand; never at the customer's expense: long words elide (the tooltip has all).
            caps = {1: 170, 3: 200, 6: 150}
            self._fitting = True
            for c in range(self.model.columnCount()):
                if c != 2:
                    self.list_view.resizeColumnToContents(c)
                    header.resizeSection(c, min(header.sectionSize(c) + 12, caps.get(c, 220)))
            self._fitting = False

    def _explanation_shown(self, _line: int) -> None:
        """A line's explanation opens below the lines: scroll until its first lines are in sight (the rest, and
        the lines above, are a scroll away when the pane is short), once the pane has grown to hold it."""
        self._revealing = True
        self._reveal()
        QTimer.singleShot(500, self._stop_revealing)  # settled by then: the scrolling is the clerk's again

    def _stop_revealing(self) -> None:
        self._revealing = False

    def _reveal(self, *_range) -> None:
        if not self._revealing:
            return
        explain = self.view.explain
        top = explain.mapTo(self.view, QPoint(0, 0)).y()
        want = top + min(explain.height(), explain.fontMetrics().lineSpacing() * 10)
        self.detail.ensureVisible(0, want, 0, 0)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != 2:  # column 2 stretches with the window
            self._sized_by_hand = True

    def new_manual(self) -> None:
        def read(s):
            return [c.code for c in currencies.list_currencies(s) if c.enabled]
        self._worker.run(read, on_done=self._new_manual_with, on_error=lambda e: show_error(self, e))

    def _new_manual_with(self, codes: list[str]) -> None:
        def lookup(code, done, failed):
            self._worker.run(lambda s: invoices.customer_defaults(s, code), on_done=done, on_error=failed)
        dialog = InvoiceLinesDialog(self, currencies=codes, currency=codes[0] if codes else None, lookup=lookup)
        if dialog.exec() != InvoiceLinesDialog.DialogCode.Accepted:
            return
        self.create_manual(dialog.customer_code(), dialog.currency_code(), dialog.lines())

    def create_manual(self, customer: str, currency: str, lines) -> None:
        """Write a manual draft on the worker and show it."""
        def done(ident: int) -> None:
            self.sig_status.emit(self.tr("Manual draft #%1 created.").replace("%1", str(ident)))
            self.refresh(ident)
        self._worker.run(lambda s: invoices.create_manual(s, customer, currency, lines).id, on_done=done,
                         on_error=lambda e: show_error(self, e))

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New manual invoice…"))
        self.reload_button.setText(self.tr("Reload"))
        self.filters.retranslate()
        self.model.retranslate()
        self.view.retranslate()
        if self.count_label.text():
            self._show_count()
