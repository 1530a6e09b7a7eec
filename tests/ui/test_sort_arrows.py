"""The history views' headers show the order the rows are in: newest first is ▼ on the date column, a
click on a header sorts by it (▲ ascending, ▼ again descending), and the arrow drawn says the same."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor

from app.services import billing_settings
from app.storage.engine import unit_of_work
from tests.ui.test_main_window import search, window  # noqa: F401 (the fixture)
from ui.app_shell import MainWindow

SHOTS = "/tmp/h/shots"
DOWN, UP = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder


def click_header(qtbot, view, section):
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def arrow(header, section) -> str:
    """"down" or "up": which way the arrow drawn at the right end of the section points (its wide row on
    top is ▼), read from the pixels; "" when none is drawn."""
    x = header.sectionViewportPosition(section)
    width = header.sectionSize(section)
    # The right end of the section without its edges: the separator line and the header's border are dark too.
    image = header.grab(QRect(x + width - 24, 2, 20, header.height() - 5)).toImage()
    background = QColor(image.pixel(1, 1)).lightness()
    widths = []
    for y in range(image.height()):
        dark = [i for i in range(image.width()) if QColor(image.pixel(i, y)).lightness() < background - 60]
        if dark:
            widths.append(max(dark) - min(dark) + 1)
    if len(widths) < 2:
        return ""
    return "down" if widths[0] > widths[-1] else "up"


def state(view):
    h = view.horizontalHeader()
    return h.sortIndicatorSection(), h.sortIndicatorOrder(), arrow(h, h.sortIndicatorSection())


def test_the_company_history_shows_newest_first_as_a_down_arrow(qtbot, window):  # noqa: F811
    w = window
    w.resize(1280, 800)
    qtbot.keyClick(search(qtbot, w, "c1"), Qt.Key.Key_Return)
    detail = w.browser.detail
    qtbot.waitUntil(lambda: detail.title.text() == "Contoso GmbH" and detail.history.rowCount() == 8, timeout=5000)
    view, model = detail.history_view, detail.history
    dates = lambda: [model.index(r, 0).data() for r in range(model.rowCount())]  # noqa: E731
    view.horizontalHeader().grab().save(f"{SHOTS}/history_header_newest_first.png")
    assert state(view) == (0, DOWN, "down")
    assert dates()[:3] == ["01/05/2026", "10/04/2026", "01/04/2026"]  # newest first, as the arrow says
    view.horizontalHeader().grab().save(f"{SHOTS}/history_header_newest_first.png")
    click_header(qtbot, view, 0)
    assert state(view) == (0, UP, "up") and dates()[:2] == ["15/01/2026", "15/01/2026"] \
        and dates()[-1] == "01/05/2026"
    click_header(qtbot, view, 1)  # "Change": A to Z, the arrow moves there
    assert state(view) == (1, UP, "up")
    changes = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert changes == sorted(changes, key=str.casefold)
    click_header(qtbot, view, 1)
    assert state(view) == (1, DOWN, "down")
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == sorted(changes, key=str.casefold,
                                                                               reverse=True)


def test_the_audit_log_shows_newest_first_as_a_down_arrow(qtbot, worker, sqlite_db, monkeypatch):
    from tests.billing_world import build

    build(sqlite_db)
    for actor, value in (("Anna", "20"), ("Bob", "21"), ("Carla", "22")):
        monkeypatch.setenv("PRORATA_ACTOR", actor)
        with unit_of_work(sqlite_db) as s:
            billing_settings.set_value(s, "acme", "tax_rate", value)
    w = MainWindow(worker, "sqlite:///test.db", today=date(2026, 6, 1))
    qtbot.addWidget(w)
    w.audit_action.trigger()
    d = w.audit_dialog
    qtbot.waitUntil(lambda: d.model.rowCount() == 3, timeout=5000)
    d.show()
    what = lambda: [d.model.index(r, 2).data() for r in range(3)]  # noqa: E731
    assert state(d.view) == (0, DOWN, "down")
    assert [t.endswith(f"to {n} %") for t, n in zip(what(), (22, 21, 20))] == [True] * 3  # Carla's last
    d.view.horizontalHeader().grab().save(f"{SHOTS}/audit_header_newest_first.png")
    click_header(qtbot, d.view, 0)
    assert state(d.view) == (0, UP, "up") and what()[0].endswith("to 20 %")
    click_header(qtbot, d.view, 1)  # "Who"
    who = [d.model.index(r, 1).data() for r in range(3)]
    assert state(d.view) == (1, UP, "up") and who == sorted(who, key=str.casefold) and "Anna" in who[0]
    d.load()  # read again (a filter changed): the order the header shows is kept
    qtbot.wait(300)
    assert state(d.view) == (1, UP, "up") and "Anna" in d.model.index(0, 1).data()


def test_the_company_page_at_1280x800_draws_no_box_over_another(qtbot, window):  # noqa: F811
    """Prices and history each keep their rows; what does not fit scrolls (the page, or a table)."""
    w = window
    w.resize(1280, 800)
    w.show()
    qtbot.keyClick(search(qtbot, w, "c1"), Qt.Key.Key_Return)
    detail = w.browser.detail
    qtbot.waitUntil(lambda: detail.title.text() == "Contoso GmbH" and detail.history.rowCount() == 8, timeout=5000)
    qtbot.wait(100)
    shown = [b for b in (detail.settings_box, detail.changes.schedule_box, detail.subs_box, detail.prices_box,
                         detail.history_box) if b.isVisible()]
    assert len(shown) == 5
    for upper, lower in zip(shown, shown[1:]):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
    rows = detail.history_view.verticalHeader().defaultSectionSize()
    assert detail.history_view.height() >= detail.history_view.horizontalHeader().height() + 4 * rows
    prices = detail.prices_box.view
    shown_prices = min(max(prices.model().rowCount(), 1), 4)  # its own rows, at most four (then it scrolls)
    assert prices.height() >= prices.horizontalHeader().height() + shown_prices * rows
    w.grab().save(f"{SHOTS}/company_page_1280x800.png")
