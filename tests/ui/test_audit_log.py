"""File > Audit log: the changes people made in sentences, newest first, filtered by what, who and when,
sorted by a click on a column header; no action code, entity key or JSON on screen."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt

from app.services import billing_settings, price_matrix
from app.storage.engine import unit_of_work
from tests.billing_world import build
from ui.app_shell import MainWindow

SHOTS = "/tmp/h/shots"


def table(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def click_header(qtbot, view, column):
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_audit_log_reads_as_sentences_and_filters(qtbot, worker, sqlite_db, monkeypatch):
    build(sqlite_db)
    for actor, name, value in (("Anna", "tax_rate", "20"), ("Bob", "invoicing", "off")):
        monkeypatch.setenv("PRORATA_ACTOR", actor)
        with unit_of_work(sqlite_db) as s:
            billing_settings.set_value(s, "acme", name, value)
    monkeypatch.setenv("PRORATA_ACTOR", "Carla")
    with unit_of_work(sqlite_db) as s:
        price_matrix.set_price(s, layer="retail", plan="archiving", currency="EUR", amount="1234.50",
                               valid_from=date(2026, 7, 1))
    w = MainWindow(worker, "sqlite:///test.db")
    qtbot.addWidget(w)
    w.audit_action.trigger()
    d = w.audit_dialog
    qtbot.waitUntil(lambda: d.model.rowCount() == 3, timeout=5000)
    rows = table(d.model)
    who = [r[1] for r in rows]
    assert [("Carla" in who[0]), ("Bob" in who[1]), ("Anna" in who[2])] == [True, True, True]
    what = [r[2] for r in rows]
    assert what == [
        f"{who[0]} set Northwind Hosting's retail price of Archiving to €1,234.50 from 01/07/2026",
        f"{who[1]} turned Acme Cloud GmbH's invoicing off (before: following the hoster)",
        f"{who[2]} set Acme Cloud GmbH's tax rate from 19 % to 20 %",
    ]
    screen = "\n".join(" ".join(str(c) for c in r) for r in rows)
    for code in ("billing_setting", "tax_rate", "acme.", "{", "retail:", "None"):
        assert code not in screen, code
    assert d.count.text() == "3 change(s)."
    d.resize(1100, 420)
    d.view.selectRow(2)
    w.show()
    d.grab().save(f"{SHOTS}/audit_log.png")

    # A click on "Who" sorts by who did it; another click reverses.
    click_header(qtbot, d.view, 1)
    first = [r[1] for r in table(d.model)]
    click_header(qtbot, d.view, 1)
    second = [r[1] for r in table(d.model)]
    assert first == sorted(who, key=str.casefold) and second == first[::-1]

    d.actor.setText(who[2])
    d.actor.editingFinished.emit()
    qtbot.waitUntil(lambda: d.model.rowCount() == 1, timeout=5000)
    d.actor.setText("")
    d.actor.editingFinished.emit()
    qtbot.waitUntil(lambda: d.model.rowCount() == 3, timeout=5000)
    # The dates: everything happened today (local and UTC may differ by one day at most).
    d.since.set_day(date.today() + timedelta(days=2))
    qtbot.waitUntil(lambda: d.model.rowCount() == 0, timeout=5000)
    d.since.set_day(date.today() - timedelta(days=1))
    d.until.set_day(date.today() + timedelta(days=1))
    qtbot.waitUntil(lambda: d.model.rowCount() == 3, timeout=5000)
    d.entity.setCurrentIndex(d.entity.findData("price"))
    qtbot.waitUntil(lambda: d.model.rowCount() == 1, timeout=5000)


def test_the_audit_log_speaks_the_window_language(qtbot, worker, sqlite_db, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    build(sqlite_db)
    monkeypatch.setenv("PRORATA_ACTOR", "Anna")
    with unit_of_work(sqlite_db) as s:
        billing_settings.set_value(s, "acme", "tax_rate", "20")
    i18n.switch(QApplication.instance(), "de", save=False)
    try:
        w = MainWindow(worker, "sqlite:///test.db")
        qtbot.addWidget(w)
        w.audit_action.trigger()
        d = w.audit_dialog
        qtbot.waitUntil(lambda: d.model.rowCount() == 1, timeout=5000)
        who, what = table(d.model)[0][1:3]
        # The German catalog's sentence (translations/core/de.po), with German words and numbers.
        assert what == f"{who} hat bei Acme Cloud GmbH „Steuersatz“ von 19 % auf 20 % geändert"
    finally:
        i18n.uninstall(QApplication.instance())
