"""File > Audit log: the changes people made, newest first, filtered by what and who."""
from __future__ import annotations

from app.services import billing_settings
from app.storage.engine import unit_of_work
from tests.billing_world import build
from ui.app_shell import MainWindow


def table(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_audit_log_lists_and_filters_changes(qtbot, worker, sqlite_db, monkeypatch):
    build(sqlite_db)
    for actor, name, value in (("ann", "tax_rate", "7.5"), ("bob", "invoicing", "off")):
        monkeypatch.setenv("PRORATA_ACTOR", actor)
        with unit_of_work(sqlite_db) as s:
            billing_settings.set_value(s, "acme", name, value)
    w = MainWindow(worker, "sqlite:///test.db")
    qtbot.addWidget(w)
    assert "&Audit log…" in [a.text() for a in w.file_menu.actions()]
    w.audit_action.trigger()
    d = w.audit_dialog
    qtbot.waitUntil(lambda: d.model.rowCount() == 2, timeout=5000)
    rows = [r[1:] for r in table(d.model)]  # the time aside
    assert rows == [["bob", "set", "billing_setting acme.invoicing", "invoicing: —", "invoicing: false"],
                    ["ann", "set", "billing_setting acme.tax_rate", "tax_rate: 19", "tax_rate: 7.5"]]
    assert d.count.text() == "2 change(s)."
    d.actor.setText("ann")
    d.actor.editingFinished.emit()
    qtbot.waitUntil(lambda: d.model.rowCount() == 1, timeout=5000)
    d.actor.setText("")
    d.entity.setCurrentIndex(d.entity.findData("invoice"))
    qtbot.waitUntil(lambda: d.model.rowCount() == 0, timeout=5000)
