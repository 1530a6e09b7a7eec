"""The company page's change history sorts by a click on a column header, also when only its first page
has been read."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.services import directory
from app.storage.engine import unit_of_work
from tests.ui.test_main_window import current_text, search, window  # noqa: F401 (the fixture)
from ui.tenants.detail_models import HistoryModel

SHOTS = "/tmp/h/shots"


def column(model, c):
    return [model.index(r, c).data() for r in range(model.rowCount())]


def click_header(qtbot, view, section):
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_a_header_click_sorts_the_history(qtbot, window):  # noqa: F811
    w = window
    box = search(qtbot, w, "c1")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    detail = w.browser.detail
    qtbot.waitUntil(lambda: detail.title.text() == "Contoso GmbH" and detail.history.rowCount() == 8, timeout=5000)
    view = detail.history_view
    click_header(qtbot, view, 1)  # "Change", A to Z
    assert column(detail.history, 1) == ["Currency changed", "Extra charge", "Quantity changed", "Subscribed",
                                         "Subscribed", "User assigned", "User assigned", "User unassigned"]
    click_header(qtbot, view, 3)  # "Quantity": blanks first, then 3, 5
    assert column(detail.history, 3)[-2:] == ["3", "5"]
    click_header(qtbot, view, 0)
    click_header(qtbot, view, 0)  # back to newest first
    assert column(detail.history, 0)[:2] == ["01/05/2026", "10/04/2026"]
    w.resize(1280, 800)
    detail.grab().save(f"{SHOTS}/company_history_sorted.png")


def test_sorting_a_paged_history_reads_the_rest_first(qtbot, qtmodeltester, worker, world):
    model = HistoryModel(worker, page_size=3)
    with unit_of_work(worker.engine) as s:
        first = directory.company_history(s, world.contoso, 0, 3, "en_GB")
    model.show(world.contoso, first)
    assert model.rowCount() == 3 and model.total() == 8
    model.sort(4, Qt.SortOrder.AscendingOrder)  # by user
    qtbot.waitUntil(lambda: model.rowCount() == 8, timeout=5000)
    assert column(model, 4) == ["", "", "", "", "", "ann@contoso.example", "bob@contoso.example",
                                "bob@contoso.example"]
    assert not model.canFetchMore()
    qtmodeltester.check(model)
