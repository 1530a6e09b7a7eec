"""A date box a clerk can type into: the whole date in their own format, or ISO, or pick it from a calendar.

Qt's QDateEdit edits a date section by section: typing a whole date over it loses digits ("15.11.2026"
typed over "01.01.2026" may end as 01.11.2026), and a box whose lowest value reads "any" gets the typed
digits appended to that word ("any15112026"). ``DateEdit`` keeps QDateEdit's look, keys and calendar, but
reads what is typed as a whole:

- the locale's short form with a two- or four-digit year (15/11/2026, 15.11.26, 11/15/2026 in the US),
  any of ``. / -`` as the separator, or ISO 8601 (2026-11-15);
- only days Prorata accepts (``app.values.dates.FIRST`` to ``LAST``);
- an optional box (``not_set`` text) is empty when its text is blank or that text; the calendar then opens
  on today's month, not on the lowest date.
"""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QSizePolicy

from app.values.dates import FIRST, LAST

EMPTY = QDate(FIRST.year, FIRST.month, FIRST.day).addDays(-1)  # below every real day: "not set"
_PARTS = re.compile(r"\d+")


def short_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _order(fmt: str) -> str:
    """"dmy", "mdy" or "ymd": the order of day, month and year in a Qt date format."""
    found = sorted((fmt.find(ch), ch) for ch in "dMy" if ch in fmt)
    return "".join(ch for _, ch in found).lower() if len(found) == 3 else "dmy"


def parse_typed(text: str, locale: QLocale | None = None, today: date | None = None) -> date | None:
    """The day ``text`` names in the locale's order (or ISO), or None if it names none.

    A two-digit year is in this century (26 -> 2026). Only days Prorata accepts are days here.
    """
    numbers = _PARTS.findall(text)
    if len(numbers) != 3 or re.search(r"[^\d\s./\-]", text.strip()):
        return None
    if len(numbers[0]) == 4:  # ISO: year first whatever the locale
        order = "ymd"
    else:
        order = _order(short_format(locale))
    values = dict(zip(order, (int(n) for n in numbers)))
    year_text = numbers[order.index("y")]
    if len(year_text) == 2:
        values["y"] += ((today or date.today()).year // 100) * 100
    elif len(year_text) != 4:
        return None
    try:
        day = date(values["y"], values["m"], values["d"])
    except ValueError:
        return None
    return day if FIRST <= day <= LAST else None


class DateEdit(QDateEdit):
    """QDateEdit reading a whole typed date (see the module's docstring)."""

    def __init__(self, day: date | QDate | None = None, parent=None, *, not_set: str | None = None):
        super().__init__(parent)
        self._optional = not_set is not None
        self.setCalendarPopup(True)
        self.setDisplayFormat(short_format(self.locale()))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setDateRange(EMPTY if self._optional else QDate(FIRST.year, FIRST.month, FIRST.day),
                          QDate(LAST.year, LAST.month, LAST.day))
        if self._optional:
            self.setSpecialValueText(not_set)
        self.set_day(day)
        self._watching = False

    # --- the value as Python dates ----------------------------------------------------

    def day(self) -> date | None:
        """The date shown; None for an optional box left empty."""
        d = self.date()
        if self._optional and d == self.minimumDate():
            return None
        return date(d.year(), d.month(), d.day())

    def set_day(self, day: date | QDate | None) -> None:
        if day is None:
            self.setDate(self.minimumDate() if self._optional else QDate.currentDate())
        elif isinstance(day, QDate):
            self.setDate(day)
        else:
            self.setDate(QDate(day.year, day.month, day.day))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # ui.i18n.switch gave every widget the new locale first
            self.setDisplayFormat(short_format(self.locale()))
        super().changeEvent(event)

    def set_not_set_text(self, text: str) -> None:
        """The words an optional box shows when empty (for a language change)."""
        if self._optional:
            self.setSpecialValueText(text)

    # --- typing ----------------------------------------------------------------------

    def _empty_text(self, text: str) -> bool:
        return self._optional and text.strip() in ("", self.specialValueText())

    def validate(self, text: str, pos: int):
        if self._empty_text(text) or parse_typed(text, self.locale()) is not None:
            return QValidator.State.Acceptable, text, pos
        if re.fullmatch(r"[\d\s./\-]*", text) or (self._optional and self.specialValueText().startswith(text)):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        if self._empty_text(text) or parse_typed(text, self.locale()) is None:
            return self.textFromDateTime(QDateTime(self.date(), QTime(0, 0)))
        return text

    def dateTimeFromText(self, text: str) -> QDateTime:
        if self._empty_text(text):
            return QDateTime(self.minimumDate(), QTime(0, 0))
        day = parse_typed(text, self.locale())
        if day is None:
            return QDateTime(self.date(), QTime(0, 0))
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))

    def keyPressEvent(self, event) -> None:
        self._watch_calendar()        # Typing over the "not set" words starts a fresh date instead of appending to them.
        if self._optional and event.text().isdigit() and self.lineEdit().text() == self.specialValueText():
            self.lineEdit().setText("")
        if event.text() and event.text() in "./-":  # a separator is typed, not a jump to the next section
            self.lineEdit().insert(event.text())
            return
        super().keyPressEvent(event)

    # --- the calendar opens near today when nothing is chosen ----------------------------

    def _watch_calendar(self) -> None:
        """Watch the calendar popup, created only now: made in __init__, before the box is in its dialog,
        it would break the dialog's Tab order."""
        if not self._watching and self._optional:
            self._watching = True
            calendar = self.calendarWidget()
            calendar.installEventFilter(self)
            if calendar.parentWidget() is not None:  # the popup Qt shows the calendar in
                calendar.parentWidget().installEventFilter(self)

    def mousePressEvent(self, event) -> None:
        self._watch_calendar()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget() if self._watching else None
        if calendar is not None and event.type() == QEvent.Type.Show and watched in (calendar, calendar.parentWidget()) \
                and self._optional and self.date() == self.minimumDate():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
