"""The Catalogue tab: plans, services and the extra-item catalogue, each a sortable, filterable list with
its commands (new, edit, retire, unretire; a plan's prices) in a toolbar, the context menu and on
double-click.

The whole catalogue is read in one worker call (it is small) and filtered and sorted in memory. Every
change is made by a form (ui/catalogue/*_dialog.py) or, for unretire, one service call; the catalogue is
then read again, the changed record selected, and ``sig_changed`` tells the window (the price matrix lists
plans too).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QTabWidget,
                               QToolBar, QVBoxLayout, QWidget)

from app.models import localized
from app.services import catalogue, currencies, extra_items
from app.services.catalogue import PlanView, ServiceView
from app.services.extra_items import ExtraItemView
from ui.catalogue.extra_dialog import ExtraDialog
from ui.catalogue.extras_model import ExtrasModel
from ui.catalogue.plan_dialog import PlanDialog
from ui.catalogue.plans_model import PlansModel, ServicesModel
from ui.catalogue.record_dialog import CatalogueDialog
from ui.catalogue.retire_dialog import EXTRA, PLAN, RetireDialog
from ui.catalogue.service_dialog import ServiceDialog
from ui.catalogue.table_model import RecordFilter, RecordModel
from ui.dialogs.messages import show_error
from ui.formatting import fmt_count, ui_language
from ui.tables import table_view


@dataclass(frozen=True)
class Catalogue:
    services: list[ServiceView]
    plans: list[PlanView]
    items: list[ExtraItemView]
    currencies: list[str]  # the enabled ones


def read_catalogue(session, today: date) -> Catalogue:
    """Runs on the worker: every service, plan and extra item (retired ones too), marked for ``today``."""
    return Catalogue(catalogue.list_services(session), catalogue.list_plans(session, on=today),
                     extra_items.list_items(session, on=today),
                     [c.code for c in currencies.list_currencies(session) if c.enabled])


def matches(needle: str, record) -> bool:
    """Whether the code or a name (in any language) of ``record`` contains ``needle`` (any case)."""
    if not needle:
        return True
    return needle in record.code.casefold() or any(needle in str(t).casefold() for t in (record.name or {}).values())


class ListPage(QWidget):
    """A toolbar with filters on its right, the table, and a line saying how many records show."""

    sig_activated = Signal()
    """A row was double-clicked (or Enter pressed on it): edit it."""

    def __init__(self, model: RecordModel, stretch: str, parent=None):
        super().__init__(parent)
        self.model = model
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(model)
        self.view: QTableView = table_view(self.proxy, model.column_keys().index(stretch))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.activated.connect(lambda _i: self.sig_activated.emit())
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filters = QHBoxLayout()
        self.filters.setSpacing(6)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.count = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        bar.addLayout(self.filters)
        bar.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.hint, 1)
        foot.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(foot)
        self.search.textChanged.connect(lambda _t: self.refilter())
        self.proxy.rowsInserted.connect(lambda *_: self._count())
        self.proxy.rowsRemoved.connect(lambda *_: self._count())
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)

    def add_action(self, action: QAction) -> QAction:
        self.toolbar.addAction(action)
        self.view.addAction(action)
        return action

    def accepts(self, record) -> bool:
        return matches(self.search.text().strip().casefold(), record)

    def refilter(self) -> None:
        code = self.current_code()
        self.proxy.set_filter(self.accepts)
        self.view.horizontalHeader().resizeSections()  # rows shown by the filter: fit the columns again
        if code:
            self.select(code)
        self._count()

    def current(self):
        """The selected record, or None."""
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def current_code(self) -> str | None:
        record = self.current()
        return record.code if record else None

    def select(self, code: str | None) -> bool:
        row = self.proxy.row_of(code) if code else -1
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.proxy.index(row, 0))
        return True

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.count_text(shown, total))

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("%1 of %2 shown").replace("%1", fmt_count(shown)).replace("%2", fmt_count(total))


class PlansPage(ListPage):
    def __init__(self, parent=None):
        super().__init__(PlansModel(), "description", parent)
        self.service_label = QLabel()
        self.service = QComboBox()
        self.service.setMinimumContentsLength(16)
        self.service_label.setBuddy(self.service)
        self.state_label = QLabel()
        self.state = QComboBox()
        self.state_label.setBuddy(self.state)
        for w in (self.service_label, self.service, self.state_label, self.state):
            self.filters.addWidget(w)
        self.filters.addSpacing(6)
        self.service.currentIndexChanged.connect(lambda _i: self.refilter())
        self.state.currentIndexChanged.connect(lambda _i: self.refilter())

    def set_services(self, services: list[ServiceView]) -> None:
        chosen = self.service.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("All services"), None)
        ui = ui_language()
        for s in services:
            self.service.addItem(localized(s.name, ui) or s.code, s.code)
        self.service.setCurrentIndex(max(0, self.service.findData(chosen)))
        self.service.blockSignals(False)

    def accepts(self, plan: PlanView) -> bool:
        service, state = self.service.currentData(), self.state.currentData()
        if service is not None and plan.service != service:
            return False
        if (state == "active" and plan.retired) or (state == "retired" and not plan.retired):
            return False
        return super().accepts(plan)

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("%1 of %Ln plan(s) shown", "", total).replace("%1", fmt_count(shown))

    def retranslate(self) -> None:
        self.service_label.setText(self.tr("Ser&vice:"))
        self.state_label.setText(self.tr("S&how:"))
        state = self.state.currentData()
        self.state.blockSignals(True)
        self.state.clear()
        self.state.addItem(self.tr("All plans"), "all")
        self.state.addItem(self.tr("Active plans"), "active")
        self.state.addItem(self.tr("Retired plans"), "retired")
        self.state.setCurrentIndex(max(0, self.state.findData(state)))
        self.state.blockSignals(False)
        if self.service.count():
            self.service.setItemText(0, self.tr("All services"))
        self.search.setPlaceholderText(self.tr("Find a plan by code or name"))
        self.hint.setText(self.tr("Greyed plans are retired: no company can subscribe or change to them; running "
                                  "subscriptions go on being billed. Double-click a plan to edit it; its prices "
                                  "are set in the Prices tab."))


class ServicesPage(ListPage):
    def __init__(self, parent=None):
        super().__init__(ServicesModel(), "description", parent)

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("%1 of %Ln service(s) shown", "", total).replace("%1", fmt_count(shown))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a service by code or name"))
        self.hint.setText(self.tr("A service groups plans (Hosted Exchange: Basic, Pro…); its name heads them on "
                                  "invoices."))


class ExtrasPage(ListPage):
    def __init__(self, parent=None):
        super().__init__(ExtrasModel(), "name", parent)
        self.show_retired = QCheckBox()
        self.filters.addWidget(self.show_retired)
        self.filters.addSpacing(6)
        self.show_retired.toggled.connect(lambda _on: self.refilter())

    def accepts(self, item: ExtraItemView) -> bool:
        if item.retired and not self.show_retired.isChecked():
            return False
        return super().accepts(item)

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("%1 of %Ln item(s) shown", "", total).replace("%1", fmt_count(shown))

    def retranslate(self) -> None:
        self.show_retired.setText(self.tr("Show &retired"))
        self.search.setPlaceholderText(self.tr("Find an item by code or name"))
        self.hint.setText(self.tr("Extras a clerk adds to a company or one of its users: the item gives the name "
                                  "on the invoice and a default amount per currency, which the clerk may change."))


class CatalogueEditor(QWidget):
    """The Catalogue feature; the shell shows it as a tab. All reads and saves go through ``worker``."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    sig_changed = Signal()
    """Something in the catalogue was saved (views that list plans read them again)."""

    sig_show_prices = Signal(str)
    """Show the prices of the plan with this code (the shell switches to the price matrix)."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today or date.today()
        self._request = 0
        self._data: Catalogue | None = None
        self.dialog: CatalogueDialog | None = None  # the last form opened (tests look at it)
        self.plans = PlansPage()
        self.services = ServicesPage()
        self.extras = ExtrasPage()
        self.pages = QTabWidget()
        self.pages.addTab(self.plans, "")
        self.pages.addTab(self.services, "")
        self.pages.addTab(self.extras, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)

        def action(page: ListPage, slot) -> QAction:
            a = page.add_action(QAction(self))
            a.triggered.connect(lambda: slot())
            return a
        self.new_plan = action(self.plans, self.open_new_plan)
        self.edit_plan = action(self.plans, self.open_edit_plan)
        self.retire_plan = action(self.plans, lambda: self.open_retire(PLAN))
        self.unretire_plan = action(self.plans, lambda: self.unretire(PLAN))
        self.plans.toolbar.addSeparator()
        self.plan_prices = action(self.plans, self._show_prices)
        self.new_service = action(self.services, self.open_new_service)
        self.edit_service = action(self.services, self.open_edit_service)
        self.new_extra = action(self.extras, self.open_new_extra)
        self.edit_extra = action(self.extras, self.open_edit_extra)
        self.retire_extra = action(self.extras, lambda: self.open_retire(EXTRA))
        self.unretire_extra = action(self.extras, lambda: self.unretire(EXTRA))
        self.plans.sig_activated.connect(self.open_edit_plan)
        self.services.sig_activated.connect(self.open_edit_service)
        self.extras.sig_activated.connect(self.open_edit_extra)
        for page in (self.plans, self.services, self.extras):
            page.view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
            page.proxy.modelReset.connect(self.update_actions)
            page.proxy.layoutChanged.connect(self.update_actions)
        self.retranslate()
        self.update_actions()

    # --- reading -------------------------------------------------------------------

    def load(self, select: tuple[str, str] | None = None) -> None:
        """Read the catalogue; keep each page's selection (or select ``(page, code)``)."""
        self._request += 1
        request, today = self._request, self._today
        kept = {page: page.current_code() for page in (self.plans, self.services, self.extras)}
        if select is not None:
            kept[getattr(self, select[0])] = select[1]

        def done(data: Catalogue) -> None:
            if request != self._request:
                return
            self._data = data
            self.plans.set_services(data.services)
            self.plans.model.set_plans(data.plans, data.services)
            self.services.model.set_rows(data.services)
            self.extras.model.set_items(data.items, data.currencies)
            for page, code in kept.items():
                page.refilter()
                page.select(code)
            self.update_actions()
        self._worker.run(lambda s: read_catalogue(s, today), on_done=done, on_error=self.show_error)

    def show_error(self, error) -> None:
        show_error(self, error)

    def update_actions(self) -> None:
        plan, extra = self.plans.current(), self.extras.current()
        self.edit_plan.setEnabled(plan is not None)
        self.retire_plan.setEnabled(plan is not None and plan.retired_on is None)
        self.unretire_plan.setEnabled(plan is not None and plan.retired_on is not None)
        self.plan_prices.setEnabled(plan is not None)
        self.edit_service.setEnabled(self.services.current() is not None)
        self.edit_extra.setEnabled(extra is not None)
        self.retire_extra.setEnabled(extra is not None and extra.retired_on is None)
        self.unretire_extra.setEnabled(extra is not None and extra.retired_on is not None)

    # --- forms ---------------------------------------------------------------------

    def _present(self, dialog: CatalogueDialog, page: str) -> CatalogueDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda code, _parent, words: self._saved(page, code, words))
        dialog.load()
        dialog.open()
        return dialog

    def _saved(self, page: str, code: str, words: str) -> None:
        self.sig_status.emit(words)
        self.load(select=(page, code))
        self.sig_changed.emit()

    def open_new_plan(self) -> CatalogueDialog:
        return self._present(PlanDialog(self._worker, self.window(), service=self.plans.service.currentData(),
                                        today=self._today), "plans")

    def open_edit_plan(self) -> CatalogueDialog | None:
        code = self.plans.current_code()
        if code is None:
            return None
        return self._present(PlanDialog(self._worker, self.window(), code=code, today=self._today), "plans")

    def open_new_service(self) -> CatalogueDialog:
        return self._present(ServiceDialog(self._worker, self.window(), today=self._today), "services")

    def open_edit_service(self) -> CatalogueDialog | None:
        code = self.services.current_code()
        if code is None:
            return None
        return self._present(ServiceDialog(self._worker, self.window(), code=code, today=self._today), "services")

    def open_new_extra(self) -> CatalogueDialog:
        return self._present(ExtraDialog(self._worker, self.window(), today=self._today), "extras")

    def open_edit_extra(self) -> CatalogueDialog | None:
        code = self.extras.current_code()
        if code is None:
            return None
        return self._present(ExtraDialog(self._worker, self.window(), code=code, today=self._today), "extras")

    def open_retire(self, kind: str) -> CatalogueDialog | None:
        page = self.plans if kind == PLAN else self.extras
        code = page.current_code()
        if code is None:
            return None
        return self._present(RetireDialog(self._worker, self.window(), kind=kind, code=code, today=self._today),
                             "plans" if kind == PLAN else "extras")

    def unretire(self, kind: str) -> None:
        """Take back the selected record's retirement (one save on the version read); a conflict says who."""
        page = self.plans if kind == PLAN else self.extras
        record = page.current()
        if record is None or record.retired_on is None:
            return
        code, version = record.code, record.version
        call = catalogue.unretire_plan if kind == PLAN else extra_items.unretire_item
        words = (self.tr("Plan %1 takes new subscriptions again.") if kind == PLAN
                 else self.tr("Extra item %1 is offered again.")).replace("%1", code)
        name = "plans" if kind == PLAN else "extras"

        def failed(error) -> None:
            self.show_error(error)
            self.load()  # shows the other person's change
        self._worker.run(lambda s: call(s, code, expected_version=version),
                         on_done=lambda _r: self._saved(name, code, words), on_error=failed)

    def _show_prices(self) -> None:
        code = self.plans.current_code()
        if code is not None:
            self.sig_show_prices.emit(code)

    # --- words ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("Plans"))
        self.pages.setTabText(1, self.tr("Services"))
        self.pages.setTabText(2, self.tr("Extra items"))
        self.new_plan.setText(self.tr("&New plan…"))
        self.edit_plan.setText(self.tr("&Edit…"))
        self.retire_plan.setText(self.tr("&Retire…"))
        self.retire_plan.setToolTip(self.tr("No new subscriptions from a day on; running ones go on being billed"))
        self.unretire_plan.setText(self.tr("&Unretire"))
        self.unretire_plan.setToolTip(self.tr("Take the retirement back: the plan takes new subscriptions again"))
        self.plan_prices.setText(self.tr("&Prices…"))
        self.plan_prices.setToolTip(self.tr("Show the plan in the price matrix"))
        self.new_service.setText(self.tr("&New service…"))
        self.edit_service.setText(self.tr("&Edit…"))
        self.new_extra.setText(self.tr("&New item…"))
        self.edit_extra.setText(self.tr("&Edit…"))
        self.retire_extra.setText(self.tr("&Retire…"))
        self.unretire_extra.setText(self.tr("&Unretire"))
        for action in (self.new_plan, self.edit_plan, self.retire_plan, self.unretire_plan, self.plan_prices,
                       self.new_service, self.edit_service, self.new_extra, self.edit_extra, self.retire_extra,
                       self.unretire_extra):  # the toolbar keeps the "…"
            action.setIconText(action.text().replace("&", ""))
        for page in (self.plans, self.services, self.extras):
            page.retranslate()
            page.model.retranslate()
            page._count()
