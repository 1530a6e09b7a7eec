"""What the reseller, company and user forms share: reading and saving on the worker, problems under fields,
the "changed meanwhile" conflict, and the choice widgets (languages, countries, dates, addresses).

A form reads what it needs (choices, and for an edit the record) in one worker call, then fills its
fields. Save reads the typed values (amounts and rates as the UI's language writes them, through
``app.values.typed``), and runs the service on the worker. The service refuses bad input with one
ProrataError; its problems go under the fields they name. A value refused while reading the typed text
(a tax rate "7,5" in English) is reported together with the service's problems: the service runs
without it and its unit of work is then rolled back, so nothing is written either way.
"""
from __future__ import annotations

import re
from dataclasses import fields as dc_fields
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable

import shiboken6
from babel import Locale, localedata
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from app.bundle.fields import _countries as country_codes  # the one list the address checker accepts
from app.errors import Problem, ProrataError
from app.values.typed import edit_text
from ui.dialogs.date_edit import DateEdit
from ui.dialogs.field_form import FieldForm
from ui.dialogs.messages import error_text
from ui.dialogs.unsaved import KeepsTypedWork
from ui.formatting import fmt_date, ui_language
from ui.tenants.forms.changed_notice import ChangedNotice

CONFLICTS = ("row_changed_meanwhile", "row_deleted_meanwhile")


# --- choices ---------------------------------------------------------------------

@lru_cache(maxsize=8)
def language_choices(ui: str) -> tuple[tuple[str, str], ...]:
    """(locale, label) for every language_TERRITORY locale Babel knows, named in the ``ui`` language."""
    try:
        here = Locale.parse(ui)
    except Exception:
        here = Locale.parse("en_GB")
    out = []
    for ident in localedata.locale_identifiers():
        if re.fullmatch(r"[a-z]{2,3}_[A-Z]{2}", ident):
            try:
                name = Locale.parse(ident).get_display_name(here) or ident
            except Exception:
                name = ident
            out.append((ident, f"{name[:1].upper()}{name[1:]} · {ident}"))
    return tuple(sorted(out, key=lambda c: c[1].casefold()))


@lru_cache(maxsize=8)
def country_choices(ui: str) -> tuple[tuple[str, str], ...]:
    """(ISO code, label) for every country the address checker accepts, named in the ``ui`` language."""
    try:
        names = Locale.parse(ui).territories
    except Exception:
        names = Locale.parse("en_GB").territories
    return tuple(sorted(((c, f"{names.get(c, c)} · {c}") for c in country_codes()), key=lambda c: c[1].casefold()))


def combo(items, current: Any = None) -> QComboBox:
    """A combo of (value, label) pairs with ``current`` chosen (added when it is not among them)."""
    box = QComboBox()
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # lines up with the text fields
    for value, label in items:
        box.addItem(label, value)
    set_combo(box, current)
    return box


def set_combo(box: QComboBox, value: Any) -> None:
    if value is None and box.findData(None) < 0:
        return
    i = box.findData(value)
    if i < 0:
        box.addItem(str(value), value)
        i = box.count() - 1
    box.setCurrentIndex(i)


def date_edit(day: date | None, optional: bool = False, not_set: str = "") -> DateEdit:
    """A date typed whole in the locale's short form (or ISO), or picked from a calendar opening near today
    (``ui.dialogs.date_edit``); ``optional`` adds "not set", shown as ``not_set``."""
    return DateEdit(day, not_set=not_set if optional else None)


def set_date(edit: DateEdit, day: date | None) -> None:
    edit.set_day(day)


def date_of(edit: DateEdit) -> date | None:
    return edit.day()


def text_of(edit: QLineEdit) -> str | None:
    """The trimmed text; None when blank."""
    return edit.text().strip() or None


class AddressFields:
    """Address lines, postcode, city and country as four rows of a FieldForm ("address", "address.city"...)."""

    def __init__(self, owner: QWidget, form: FieldForm, address: dict | None):
        self.lines = QPlainTextEdit()
        self.lines.setTabChangesFocus(True)
        metrics = self.lines.fontMetrics()
        self.lines.setFixedHeight(metrics.lineSpacing() * 3 + 12)
        # The address rows and the conflict box serve every form: one context, "TenantDialog".
        self.lines.setPlaceholderText(QCoreApplication.translate("TenantDialog", "one line each: street, building…"))
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(20)
        self.city = QLineEdit()
        self.country = combo([(None, "—")] + list(country_choices(ui_language())))
        form.add_field("address", QCoreApplication.translate("TenantDialog", "A&ddress:"), self.lines)
        form.add_field("address.postcode", QCoreApplication.translate("TenantDialog", "&Postcode:"), self.postcode)
        form.add_field("address.city", QCoreApplication.translate("TenantDialog", "Cit&y:"), self.city)
        form.add_field("address.country", QCoreApplication.translate("TenantDialog", "C&ountry:"), self.country)
        self.set(address)

    def set(self, address: dict | None) -> None:
        a = address or {}
        self.lines.setPlainText("\n".join(a.get("lines") or []))
        self.postcode.setText(a.get("postcode") or "")
        self.city.setText(a.get("city") or "")
        set_combo(self.country, a.get("country"))

    def value(self) -> dict | None:
        """The address as the services take it; None when every part is blank (no address)."""
        lines = [ln.strip() for ln in self.lines.toPlainText().splitlines() if ln.strip()]
        postcode, city, country = text_of(self.postcode), text_of(self.city), self.country.currentData()
        if not (lines or postcode or city or country):
            return None
        out = {"lines": lines or None, "city": city, "country": country}
        if postcode:
            out["postcode"] = postcode
        return out


def normal_address(address: dict | None) -> dict | None:
    """A stored address in the form ``AddressFields.value`` gives, to compare the two."""
    if not address:
        return None
    out = {"lines": list(address.get("lines") or []) or None, "city": address.get("city"),
           "country": address.get("country")}
    if address.get("postcode"):
        out["postcode"] = address["postcode"]
    return out


def ask_reload(parent: QWidget, text: str) -> bool:
    """Ask whether to read the form again after a conflict (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Warning, parent.windowTitle(),
                      QCoreApplication.translate("TenantDialog", "Someone else saved first."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(text)
    reload = box.addButton(QCoreApplication.translate("TenantDialog", "&Reload the form"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("TenantDialog", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload


# --- the dialog ------------------------------------------------------------------

class TenantDialog(KeepsTypedWork, QDialog):
    """A form for one reseller, company or user: new (``key`` None) or an edit of the one ``key`` names.

    Subclasses build their fields in ``_build(data)`` from what ``_read(session)`` returned (on the
    worker), give the service call in ``_save_call(local_problems)`` and say where the saved node is.

    Cancel, Esc and the close button ask first once a field differs from what the form was filled with (the
    record, or a new one's defaults; after a reload, the record read again): ``ui.dialogs.unsaved``.
    """

    sig_saved = Signal(object, object, str)
    """Saved: (the node's NodeRef, its parent's NodeRef in the tree, a sentence for the status bar)."""

    sig_loaded = Signal()
    """The form is filled and ready to type in."""

    sig_failed = Signal()
    """A save was refused (problems shown under the fields, or a conflict reported)."""

    def __init__(self, worker, parent: QWidget | None = None, *, key: Any = None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._key = key
        self._today = today or date.today()
        self._language = ui_language()  # read here: the worker never asks Qt
        self._record = None  # the record the edit started from
        self._saving = False
        self.conflict_text = ""  # what the last conflict said (shown in the question too)
        self.forms: list[FieldForm] = []
        self.min_width = 480
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(dark);")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.notice = ChangedNotice()  # someone else changed the record meanwhile (``watch``)
        self.notice.sig_reload.connect(self.reload_record)
        self._live = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.columns, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.status.setText(self.tr("Loading…"))

    def _alive(self) -> bool:
        """False once the dialog is closed and deleted (an answer from the worker may come later)."""
        return shiboken6.isValid(self)

    @property
    def is_new(self) -> bool:
        return self._key is None

    def add_form(self) -> FieldForm:
        form = FieldForm()
        form.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.columns.addWidget(form, 1)
        self.forms.append(form)
        return form

    # --- reading ----------------------------------------------------------------

    def load(self) -> None:
        """Read the choices (and the record to edit) on the worker, then build the fields."""
        self._worker.run(self._read, on_done=self._loaded, on_error=self._load_failed)

    def _read(self, session) -> Any:  # runs on the worker
        raise NotImplementedError

    def _loaded(self, data) -> None:
        if not self._alive():
            return
        self._build(data)
        # A widget added to the layout of a shown dialog is shown only by a queued call, after this slot:
        # until then every field is hidden, Tab skips them all (code -> Save) and focus cannot go to the
        # first one. Show the columns now, so the form is whole when it says it is loaded.
        for form in self.forms:
            form.show()
        self._chain_tabs()
        self.mark_untouched()
        self.status.clear()
        self.save_button.setEnabled(True)
        self.fit()
        first = self._first_input()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.is_new:  # the window's live refresh (ui/live_refresh.py), when it has one
            self.watch(getattr(self.parentWidget(), "live_refresh", None))
        self.sig_loaded.emit()

    def fit(self) -> None:
        """Grow to show every row (and every message under a field) without squeezing; never shrink."""
        self.layout().activate()
        hint = self.sizeHint()
        self.resize(max(self.width() if self.isVisible() else 0, hint.width(), self.min_width),
                    max(self.height() if self.isVisible() else 0, hint.height()))

    def _load_failed(self, error) -> None:
        if self._alive():
            self.status.setText(error_text(error))
            self.sig_failed.emit()

    def _build(self, data) -> None:
        raise NotImplementedError

    def _inputs(self) -> list[QWidget]:
        """Every input in reading order: down the first column, then down the second."""
        out = []
        for form in self.forms:
            for name in form.names():
                out.append(form.widget(name))
        return out

    def typed_inputs(self) -> list[QWidget]:
        return self._inputs()

    def _first_input(self) -> QWidget | None:
        return next((w for w in self._inputs() if w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                     and not getattr(w, "isReadOnly", lambda: False)()), None)

    def _chain_tabs(self) -> None:
        """Tab goes down a column, then to the next column, then to the buttons."""
        chain = [w for w in self._inputs() if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        chain += [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # --- saving ---------------------------------------------------------------------

    def _save_call(self, problems: list[Problem]) -> Callable | None:
        """The service call (``fn(session)``), reading the typed values; refused values go to ``problems``.

        None when an edit changes nothing."""
        raise NotImplementedError

    def _saved(self, result) -> tuple[Any, Any, str]:
        """(NodeRef, parent NodeRef, status sentence) of what the service returned."""
        raise NotImplementedError

    def _record_of(self, session) -> Any:  # runs on the worker: the record as stored now (conflicts)
        raise NotImplementedError

    def _refill(self, record) -> None:
        """Put a record (read again after a conflict) into the fields."""
        raise NotImplementedError

    def save(self) -> None:
        """Check and save on the worker; problems show under their fields, success closes the dialog."""
        if self._saving or not self.save_button.isEnabled():
            return
        for form in self.forms:
            form.clear_problems()
        local: list[Problem] = []
        call = self._save_call(local)
        if call is None and not local:
            self.status.setText(self.tr("Nothing was changed."))
            self.reject_without_asking()
            return

        def run(session):  # runs on the worker
            try:
                result = call(session) if call is not None else None
            except ProrataError as error:
                if local and error.problems[0].id not in CONFLICTS:
                    raise ProrataError(local + error.problems) from None
                raise
            if local:
                raise ProrataError(local)  # the unit of work rolls back: nothing is written
            return result
        self._busy(True)
        self._worker.run(run, on_done=self._save_done, on_error=self._save_failed)

    def _busy(self, busy: bool) -> None:
        self._saving = busy
        self.save_button.setEnabled(not busy)
        self.status.setText(self.tr("Saving…") if busy else "")

    def _save_done(self, result) -> None:
        if not self._alive():
            return
        self._busy(False)
        ref, parent, words = self._saved(result)
        self.sig_saved.emit(ref, parent, words)
        self.accept()

    def _save_failed(self, error) -> None:
        if not self._alive():
            return
        self._busy(False)
        if error.problems and error.problems[0].id in CONFLICTS:
            self._conflict(error)
        else:
            self.show_problems(error)
        self.sig_failed.emit()

    def show_problems(self, error) -> None:
        """Each problem under the field it names, in whichever column that field is; the rest above the first."""
        language = QLocale().name()
        parts: list[list[Problem]] = [[] for _ in self.forms]
        for p in error.problems:
            at = next((i for i, form in enumerate(self.forms) if form.field_for(p.where)), 0)
            parts[at].append(p)
        for i in reversed(range(len(self.forms))):  # the first column's first problem gets the focus
            if parts[i]:
                self.forms[i].show_problems(ProrataError(parts[i]), language)
            else:
                self.forms[i].clear_problems()
        self.status.setText(self.tr("Nothing was saved: please correct the marked fields."))
        self.fit()

    # --- changed underneath ----------------------------------------------------------

    def watch(self, live) -> None:
        """Show ``notice`` when a colleague's commit (``live``: a LiveRefresh, or None) changes the edited record."""
        if live is None or self._live is live:
            return
        self._live = live
        live.sig_tables_changed.connect(self._tables_heard)  # a slot of the dialog: gone with it

    def _tables_heard(self, tables) -> None:
        from app.storage.changes_feed import TENANT_TABLES

        if tables & TENANT_TABLES:
            self.check_record()

    def check_record(self) -> None:
        """Read the stored record on the worker; a version other than the one being edited shows ``notice``."""
        if self._record is None or self._saving or not self.isVisible():
            return
        self._worker.run(self._record_of, on_done=self._underneath, on_error=self._gone_underneath)

    def _underneath(self, now) -> None:
        if not self._alive() or self._saving or not self.isVisible() or self._record is None:
            return
        if now.version != self._record.version:
            self.notice.show_changed(self._differences(self._record, now))
            self.fit()

    def _gone_underneath(self, error) -> None:
        if not self._alive() or self._saving or not self.isVisible():
            return
        if isinstance(error, ProrataError):  # no such record any more (or no longer shown to this login)
            self.notice.show_deleted()
            self.fit()
        else:
            self._load_failed(error)

    def reload_record(self) -> None:
        """Put the stored record into the fields (what was typed is replaced) and hide the notice."""
        def read(now) -> None:
            if not self._alive():
                return
            self._record = now
            self._refill(now)
            self.mark_untouched()  # what was typed is replaced: the stored version is where the form starts
            for form in self.forms:
                form.clear_problems()
            self.notice.hide()
            self.status.setText(self.tr("Read again: this is the stored version now."))
        self._worker.run(self._record_of, on_done=read, on_error=self._gone_underneath)

    # --- conflicts ----------------------------------------------------------------

    def _conflict(self, error) -> None:
        """Say who changed the row meanwhile and what, and offer to read the form again."""
        said = error_text(error)
        if error.problems[0].id == "row_deleted_meanwhile":
            self.conflict_text = said
            self.status.setText(said)
            QMessageBox.warning(self, self.windowTitle(), said)
            return

        def compared(now) -> None:
            if not self._alive():
                return
            changed = self._differences(self._record, now)
            text = said
            if changed:
                text += "\n\n" + self.tr("Their change:") + "\n" + "\n".join(changed)
            text += "\n\n" + self.tr("Reload the form with their change? What you typed here is replaced.")
            self.conflict_text = text
            self.status.setText(said)
            if ask_reload(self, text):
                self._record = now
                self._refill(now)
                self.mark_untouched()
                for form in self.forms:
                    form.clear_problems()
                self.notice.hide()
                self.status.setText(self.tr("Read again: this is the stored version now."))
        self._worker.run(self._record_of, on_done=compared, on_error=self._load_failed)

    def _labels(self) -> dict[str, str]:
        """Field name -> its label without the colon and the mnemonic."""
        out = {}
        for form in self.forms:
            for name in form.names():
                out[name] = form.label_text(name).replace("&", "").rstrip(": ")
        return out

    def _differences(self, before, after) -> list[str]:
        """"Email: a@x → b@x" for each field of the record that differs."""
        labels = self._labels()
        out = []
        for f in dc_fields(before):
            if f.name in ("id", "version", "companies"):
                continue
            old, new = getattr(before, f.name), getattr(after, f.name)
            if old != new:
                label = labels.get(f.name, f.name)
                out.append(f"{label}: {self._words(old)} → {self._words(new)}")
        return out

    def _words(self, value) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, dict):
            parts = list(value.get("lines") or []) + [value.get("postcode") or "", value.get("city") or "",
                                                       value.get("country") or ""]
            return ", ".join(p for p in parts if p)
        if isinstance(value, Decimal):
            return edit_text(value.normalize(), ui_language())
        if isinstance(value, date):
            return fmt_date(value)
        return str(value)
