"""File > Audit log: the newest changes first, in sentences, filtered by what, who and when; read through
the worker. A click on a column header sorts the rows shown; the selected entry's details show below."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from app.services.audit_log import AuditFilter, readable
from ui.audit.log_model import AuditLogModel
from ui.audit.words import details_text, sentence_text
from ui.dialogs.date_edit import DateEdit
from ui.dialogs.messages import show_error
from ui.formatting import ui_language
from ui.sort_arrows import point_the_way
from ui.tables import table_view

LIMIT = 500
ENTITIES = ("invoice", "payment", "price", "company", "reseller", "user", "plan", "service", "extra_item",
            "billing_setting", "minimum_charge", "currency", "invoice_template", "billing", "bundle", "database")


class AuditLogDialog(QDialog):
    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._request = 0
        self.entity_label = QLabel()
        self.entity = QComboBox()
        self.actor_label = QLabel()
        self.actor = QLineEdit()
        self.actor.setMaximumWidth(180)
        self.since_label = QLabel()
        self.since = DateEdit(None, not_set="any")
        self.until_label = QLabel()
        self.until = DateEdit(None, not_set="any")
        self.reload_button = QPushButton()
        bar = QHBoxLayout()
        for label, box in ((self.entity_label, self.entity), (self.actor_label, self.actor),
                           (self.since_label, self.since), (self.until_label, self.until)):
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
            bar.addSpacing(8)
        bar.addStretch(1)
        bar.addWidget(self.reload_button)
        self.model = AuditLogModel(self)
        self.view = table_view(self.model, 2)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
        point_the_way(self.view)  # ▼ over newest first
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().resizeSection(3, 260)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().height() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.count = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.entity.currentIndexChanged.connect(lambda _: self.load())
        self.actor.editingFinished.connect(self.load)
        self.since.dateChanged.connect(lambda _: self.load())
        self.until.dateChanged.connect(lambda _: self.load())
        self.reload_button.clicked.connect(self.load)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _: self._show_detail(current.row()))
        self.model.modelReset.connect(lambda: self._show_detail(-1))
        self.resize(1100, 600)
        self.retranslate()

    def filters(self) -> AuditFilter:
        return AuditFilter(entity=self.entity.currentData(), actor=self.actor.text().strip() or None,
                           since=self.since.day(), until=self.until.day(), limit=LIMIT)

    def load(self) -> None:
        self._request += 1
        request = self._request
        f, language = self.filters(), ui_language()

        def done(rows: list) -> None:
            if request != self._request:
                return
            self.model.set_rows(rows)
            self._show_count(len(rows))

        def failed(error) -> None:
            if request == self._request:
                self.model.set_rows([])
                self.count.setText("")
            show_error(self, error)
        self._worker.run(lambda s: readable(s, f, language), on_done=done, on_error=failed)

    def _show_count(self, n: int) -> None:
        self._shown = n
        self.count.setText(self.tr("The newest %Ln change(s).", "", LIMIT)
                           if n == LIMIT else self.tr("%Ln change(s).", "", n))

    def _show_detail(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            self.detail.setText(self.tr("Select a change to see its details."))
            return
        details = details_text(entry.sentence, "\n")
        self.detail.setText(sentence_text(entry.sentence) + ("\n" + details if details else ""))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.entity_label.setText(self.tr("&Changes to:"))
        self.actor_label.setText(self.tr("&By:"))
        self.actor.setPlaceholderText(self.tr("anyone"))
        self.since_label.setText(self.tr("F&rom:"))
        self.until_label.setText(self.tr("&To:"))
        for box in (self.since, self.until):
            box.set_not_set_text(self.tr("any day"))
        self.reload_button.setText(self.tr("Reload"))
        words = {"invoice": self.tr("Invoices"), "payment": self.tr("Payments"), "price": self.tr("Prices"),
                 "company": self.tr("Companies"), "reseller": self.tr("Resellers"), "user": self.tr("Users"),
                 "plan": self.tr("Plans"), "service": self.tr("Services"), "extra_item": self.tr("Extra items"),
                 "billing_setting": self.tr("Billing settings"), "minimum_charge": self.tr("Minimum charges"),
                 "currency": self.tr("Currencies"), "invoice_template": self.tr("Invoice templates"),
                 "billing": self.tr("Billing runs"), "bundle": self.tr("Bundle imports"),
                 "database": self.tr("Demo data")}
        current = self.entity.currentData()
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(self.tr("Anything"), None)
        for key in ENTITIES:
            self.entity.addItem(words[key], key)
        self.entity.setCurrentIndex(max(0, self.entity.findData(current)))
        self.entity.blockSignals(False)
        self.model.retranslate()
        self._show_detail(self.view.currentIndex().row())
        if getattr(self, "_shown", None) is not None and self.count.text():
            self._show_count(self._shown)
