"""The right-hand panel: what the selected node is, its settings, plans and history."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from app.services import directory
from app.services.tenant_view import (CompanyDetail, DirectDetail, HosterDetail, NodeKind, NodeRef,
                                      ResellerDetail, UserDetail)
from ui.dialogs.messages import error_text
from ui.formatting import (billing_day_words, billing_mode_words, delivery_words, fmt_count, fmt_date,
                           language_words, tax_words, term_words, ui_language)
from ui.sort_arrows import point_the_way
from ui.tables import fit_height, table_view
from ui.tenants.changes import CompanyChanges
from ui.tenants.company_prices import CompanyPricesBox
from ui.tenants.detail_models import AssignedPlansModel, HistoryModel, SubscriptionsModel


class DetailPanel(QWidget):
    """Shows one node; reads it through the worker and ignores answers for an older selection."""

    sig_error = Signal(object)
    """Reading a node failed: the ProrataError."""

    sig_loaded = Signal(object)
    """A node's details are on screen: its NodeRef."""

    sig_status = Signal(str)
    """A short message for the status bar (a price saved)."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._ref: NodeRef | None = None
        self._detail = None
        self._request = 0

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QToolButton()  # shows the tree's Edit… action (ui/tenants/actions.py)
        self.edit_button.hide()
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: palette(dark);")
        self.settings_box = QGroupBox()
        # Two columns of settings: what governs billing on the left, contact details on the right.
        columns = QHBoxLayout(self.settings_box)
        self.forms = [QFormLayout(), QFormLayout()]
        for form in self.forms:
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            columns.addLayout(form, 1)

        self.subscriptions = SubscriptionsModel(self)
        self.plans = AssignedPlansModel(self)
        self.history = HistoryModel(worker, self)
        self.subs_box = QGroupBox()
        self.subs_view = table_view(self.subscriptions, 0)
        QVBoxLayout(self.subs_box).addWidget(self.subs_view)
        self.plans_box = QGroupBox()
        self.plans_view = table_view(self.plans, 0)
        QVBoxLayout(self.plans_box).addWidget(self.plans_view)
        self.prices_box = CompanyPricesBox(worker, self, today)
        self.prices_box.model.sig_error.connect(self.sig_error)
        self.prices_box.sig_status.connect(self.sig_status)
        self.history_box = QGroupBox()
        self.history_view = table_view(self.history, 2)
        rows = self.history_view.verticalHeader().defaultSectionSize()
        self.history_view.setMinimumHeight(self.history_view.horizontalHeader().sizeHint().height() + 4 * rows)
        self.history_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.history_view.setSortingEnabled(True)  # a header click sorts (HistoryModel.sort)
        point_the_way(self.history_view)  # ▼ over newest first
        QVBoxLayout(self.history_box).addWidget(self.history_view)
        # Record a change…, Undo this change… and the billing schedule (ui/tenants/changes/).
        self.changes = CompanyChanges(self, worker, today)
        self.changes.sig_status.connect(self.sig_status)
        self.history_box.layout().addWidget(self.changes.undo_button, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.changes.record_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.changes.schedule_box)
        layout.addWidget(self.subs_box)
        layout.addWidget(self.plans_box)
        layout.addWidget(self.prices_box)
        layout.addWidget(self.history_box, 100)
        layout.addStretch(1)  # takes the room when there is no history to show
        for box in (self.settings_box, self.subs_box, self.plans_box, self.prices_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setMinimumWidth(460)
        self.retranslate()
        self._render()

    # --- loading --------------------------------------------------------------

    def show_node(self, ref: NodeRef | None) -> None:
        """Read and show ``ref`` (None: the hint to pick something)."""
        self._request += 1
        self._ref = ref
        if ref is None:
            self._detail = None
            self._render()
            return
        request, lang, today = self._request, ui_language(), self._today
        self.subtitle.setText(self.tr("Loading…"))

        def read(s):
            if ref.kind == NodeKind.HOSTER:
                return directory.hoster_detail(s)
            if ref.kind == NodeKind.DIRECT:
                return directory.direct_detail(s)
            if ref.kind == NodeKind.RESELLER:
                return directory.reseller_detail(s, ref.id)
            if ref.kind == NodeKind.COMPANY:
                return directory.company_detail(s, ref.id, today=today, language=lang)
            return directory.user_detail(s, ref.id, today=today, language=lang)

        def done(detail) -> None:
            if request == self._request:
                self._detail = detail
                self._render()
                self.sig_loaded.emit(ref)

        def failed(error) -> None:
            if request == self._request:
                self._detail = None
                self._render()
                self.subtitle.setText(error_text(error))
            self.sig_error.emit(error)
        self._worker.run(read, on_done=done, on_error=failed)

    def current(self) -> NodeRef | None:
        return self._ref

    # --- showing -------------------------------------------------------------

    def _clear_form(self) -> None:
        for form in self.forms:
            while form.rowCount():
                form.removeRow(0)

    def _row(self, label: str, value, column: int = 0) -> None:
        text = value if isinstance(value, str) else ("\n".join(value) if isinstance(value, list) else str(value))
        # No word wrap: a wrapped QLabel in a form gets squeezed and cuts "billing@example-".
        field = QLabel(text or "—")
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.forms[column].addRow(label, field)

    def _render(self) -> None:
        d = self._detail
        self._clear_form()
        show_subs = show_plans = show_history = False
        if d is None:
            self.title.setText(self.tr("Nothing selected") if self._ref is None else "")
            self.subtitle.setText(self.tr("Pick a reseller, a company or a user in the tree, "
                                          "or search for one above it (Ctrl+F)."))
            self.settings_box.hide()
        else:
            self.settings_box.show()
            if isinstance(d, HosterDetail):
                self._hoster(d)
            elif isinstance(d, DirectDetail):
                self._direct(d)
            elif isinstance(d, ResellerDetail):
                self._reseller(d)
            elif isinstance(d, CompanyDetail):
                self._company(d)
                show_subs = show_history = True
            elif isinstance(d, UserDetail):
                self._user(d)
                show_plans = True
        self.subs_box.setVisible(show_subs)
        self.prices_box.setVisible(show_subs)
        self.plans_box.setVisible(show_plans)
        self.history_box.setVisible(show_history)
        if not show_subs:
            self.subscriptions.set_rows([])
            self.prices_box.show_company(None, None)
        if not show_plans:
            self.plans.set_rows([])
        if not show_history:
            self.history.show(None, None)
        self.changes.show_company(d if isinstance(d, CompanyDetail) else None)
        self._update_box_titles()

    def _hoster(self, d: HosterDetail) -> None:
        self.title.setText(d.name)
        self.subtitle.setText(self.tr("Hoster"))
        self.settings_box.setTitle(self.tr("Details"))
        self._row(self.tr("Email:"), d.email or "", 1)
        self._row(self.tr("Address:"), d.address, 1)
        self._row(self.tr("Tax ID:"), d.tax_id or "", 1)
        self._row(self.tr("Language:"), language_words(d.language))
        self._row(self.tr("Currencies:"), ", ".join(d.currencies))
        self._row(self.tr("Resellers:"), fmt_count(d.resellers))
        self._row(self.tr("Companies:"), self.tr("%1 (%2 billed directly)").replace(
            "%1", fmt_count(d.companies)).replace("%2", fmt_count(d.direct_companies)))
        self._row(self.tr("Users:"), fmt_count(d.users))

    def _direct(self, d: DirectDetail) -> None:
        self.title.setText(self.tr("Direct customers"))
        self.subtitle.setText(self.tr("Companies %1 invoices itself, without a reseller").replace("%1", d.hoster_name))
        self.settings_box.setTitle(self.tr("Summary"))
        self._row(self.tr("Companies:"), fmt_count(d.companies))

    def _reseller(self, d: ResellerDetail) -> None:
        self.title.setText(d.name)
        self.subtitle.setText(self.tr("Reseller · code %1").replace("%1", d.code))
        self.settings_box.setTitle(self.tr("Settings"))
        self._row(self.tr("Billing:"), billing_mode_words(d.billing_mode))
        self._row(self.tr("Currency:"), d.currency)
        self._row(self.tr("Language:"), language_words(d.language))
        self._row(self.tr("Billing day:"), billing_day_words(d.billing_day, d.signup))
        self._row(self.tr("Signed up:"), fmt_date(d.signup))
        self._row(self.tr("Companies:"), fmt_count(d.companies))
        self._row(self.tr("Email:"), d.email or "", 1)
        self._row(self.tr("Address:"), d.address, 1)
        self._row(self.tr("Tax ID:"), d.tax_id or "", 1)

    def _company(self, d: CompanyDetail) -> None:
        self.title.setText(d.name)
        seller = d.reseller_name or self.tr("direct customer of the hoster")
        self.subtitle.setText(self.tr("Company · code %1 · %2").replace("%1", d.code).replace("%2", seller))
        self.settings_box.setTitle(self.tr("Settings"))
        self._row(self.tr("Customer code:"), d.code)
        self._row(self.tr("Reseller:"), d.reseller_name or self.tr("None (billed by the hoster)"))
        self._row(self.tr("Currency:"), d.currency)
        self._row(self.tr("Language:"), language_words(d.language))
        self._row(self.tr("Billing term today:"), term_words(d.term_today))
        self._row(self.tr("Billing day today:"), billing_day_words(d.billing_day_today, d.signup, d.term_today))
        self._row(self.tr("Signed up:"), fmt_date(d.signup))
        self._row(self.tr("Users:"), fmt_count(d.users))
        self._row(self.tr("Invoices go:"), delivery_words(d.delivery), 1)
        self._row(self.tr("Email:"), d.email or "", 1)
        self._row(self.tr("Address:"), d.address, 1)
        self._row(self.tr("Tax ID:"), d.tax_id or "", 1)
        self._row(self.tr("Tax:"), tax_words(d.tax_treatment, d.tax_rate), 1)
        self.subscriptions.set_rows(d.subscriptions)
        self.history.show(d.id, d.history)
        fit_height(self.subs_view, len(d.subscriptions))
        self.prices_box.show_company(d.code, d.currency, {line.plan_code for line in d.subscriptions})

    def _user(self, d: UserDetail) -> None:
        self.title.setText(d.name)
        self.subtitle.setText(self.tr("User · %1").replace("%1", d.email))
        self.settings_box.setTitle(self.tr("User"))
        self._row(self.tr("Name:"), d.name)
        self._row(self.tr("Email:"), d.email)
        self._row(self.tr("Company:"), f"{d.company_name} ({d.company_code})")
        self.plans.set_rows(d.plans)
        fit_height(self.plans_view, len(d.plans))

    def _update_box_titles(self) -> None:
        self.subs_box.setTitle(self.tr("Current subscriptions"))
        self.plans_box.setTitle(self.tr("Assigned plans"))
        total = self.history.total()
        self.history_box.setTitle(self.tr("Change history (%Ln event(s), newest first)", "", total)
                                  if total else self.tr("Change history"))

    def retranslate(self) -> None:
        """Re-label everything in the current language."""
        for model in (self.subscriptions, self.plans, self.history):
            model.retranslate()
        self.prices_box.retranslate()
        self.changes.retranslate()
        self._render()
