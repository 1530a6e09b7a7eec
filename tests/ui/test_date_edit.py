"""Typing dates: the whole date in the clerk's own format (or ISO), never half-read."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from ui.dialogs.date_edit import DateEdit, parse_typed

GB, DE, US = QLocale("en_GB"), QLocale("de_DE"), QLocale("en_US")


@pytest.mark.parametrize("text, locale, day", [
    ("15/11/2026", GB, date(2026, 11, 15)),
    ("15.11.2026", DE, date(2026, 11, 15)),
    ("15.11.26", DE, date(2026, 11, 15)),
    ("11/15/2026", US, date(2026, 11, 15)),
    ("2026-11-15", US, date(2026, 11, 15)),  # ISO in any language
    ("5-1-2027", GB, date(2027, 1, 5)),
    ("31/02/2026", GB, None),  # no such day
    ("15/11/9999", GB, None),  # beyond the dates Prorata accepts
    ("any15112026", GB, None),
    ("y2026-11-15", GB, None),
    ("15112026", GB, None),  # no separators: ambiguous
])
def test_a_typed_date_is_read_whole_in_the_locales_order(text, locale, day):
    assert parse_typed(text, locale, today=date(2026, 12, 6)) == day


def typed(qtbot, edit: DateEdit, text: str) -> None:
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_a_whole_date_typed_over_the_box_keeps_every_digit(qtbot):
    edit = DateEdit(date(2026, 1, 1))
    edit.setLocale(DE)
    edit.setDisplayFormat("dd.MM.yyyy")
    qtbot.addWidget(edit)
    edit.show()
    typed(qtbot, edit, "15.11.2026")
    assert edit.day() == date(2026, 11, 15)
    typed(qtbot, edit, "2027-03-04")
    assert edit.day() == date(2027, 3, 4)


def test_an_optional_box_starts_empty_and_typing_replaces_the_not_set_words(qtbot):
    edit = DateEdit(None, not_set="any")
    edit.setLocale(GB)
    edit.setDisplayFormat("dd/MM/yyyy")
    qtbot.addWidget(edit)
    edit.show()
    assert edit.day() is None and edit.text() == "any"
    typed(qtbot, edit, "15/11/2026")
    assert edit.day() == date(2026, 11, 15)
    edit.set_day(None)
    assert edit.day() is None


def test_the_calendar_of_an_empty_box_opens_on_this_month(qtbot):
    edit = DateEdit(None, not_set="any")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)  # opens the calendar, as a clerk does
    cal = edit.calendarWidget()
    popup = cal.parentWidget() or cal
    popup.show()
    today = QDate.currentDate()
    assert (cal.yearShown(), cal.monthShown()) == (today.year(), today.month())
    popup.hide()
