"""File > Audit log: the newest changes first, filtered by what and who; read through the worker."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

from app.services.audit_log import AuditFilter, entries
from ui.audit.log_model import AuditLogModel
from ui.dialogs.messages import show_error
from ui.formatting import fmt_count
from ui.tables import table_view

LIMIT = 500
ENTITIES = ("invoice", "price", "billing_setting", "minimum_charge", "currency", "billing", "bundle", "database")


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
        self.reload_button = QPushButton()
        bar = QHBoxLayout()
        bar.addWidget(self.entity_label)
        bar.addWidget(self.entity)
        bar.addSpacing(12)
        bar.addWidget(self.actor_label)
        bar.addWidget(self.actor)
        bar.addStretch(1)
        bar.addWidget(self.reload_button)
        self.model = AuditLogModel(self)
        self.view = table_view(self.model, 5)
        self.count = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.entity.currentIndexChanged.connect(lambda _: self.load())
        self.actor.editingFinished.connect(self.load)
        self.reload_button.clicked.connect(self.load)
        self.resize(1000, 560)
        self.retranslate()

    def load(self) -> None:
        self._request += 1
        request = self._request
        f = AuditFilter(entity=self.entity.currentData(), actor=self.actor.text().strip() or None, limit=LIMIT)

        def done(rows: list[dict]) -> None:
            if request != self._request:
                return
            self.model.set_rows(rows)
            self.count.setText(self.tr("The newest %1 changes.").replace("%1", fmt_count(LIMIT))
                               if len(rows) == LIMIT else self.tr("%Ln change(s).", "", len(rows)))
        self._worker.run(lambda s: entries(s, f), on_done=done, on_error=lambda e: show_error(self, e))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.entity_label.setText(self.tr("&Changes to:"))
        self.entity_label.setBuddy(self.entity)
        self.actor_label.setText(self.tr("&By:"))
        self.actor_label.setBuddy(self.actor)
        self.actor.setPlaceholderText(self.tr("anyone"))
        self.reload_button.setText(self.tr("Reload"))
        words = {"invoice": self.tr("Invoices"), "price": self.tr("Prices"),
                 "billing_setting": self.tr("Billing settings"), "minimum_charge": self.tr("Minimum charges"),
                 "currency": self.tr("Currencies"), "billing": self.tr("Billing runs"),
                 "bundle": self.tr("Bundle imports"), "database": self.tr("Demo data")}
        current = self.entity.currentData()
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(self.tr("Anything"), None)
        for key in ENTITIES:
            self.entity.addItem(words[key], key)
        self.entity.setCurrentIndex(max(0, self.entity.findData(current)))
        self.entity.blockSignals(False)
