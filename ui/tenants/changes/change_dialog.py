"""Record one dated change of a company: subscribe, quantity, plan change, cancel, assign, unassign, an extra
or the end of a recurring extra, with a preview of its next invoice before it is saved.

The dialog offers what the company has on the chosen date (``app.services.change_choices``, read again when
the date moves). Each edit previews the change on the worker (``app.services.change_preview``, after a short
pause so that typing does not queue a preview a key): the lines it adds to the next invoice with their
arithmetic, or the reason it is refused, under the field it is about, in the clerk's language. Save stays off
until the change as it stands was previewed; the service checks it again when it is saved
(``app.services.changes.record_change``).
"""
from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit,
                               QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from app.errors import Problem, ProrataError
from app.services import change_preview, changes
from app.services import change_choices as choices_rules
from app.services.change_choices import ChangeChoices, change_choices, needed_fields, nothing_to_change
from app.values.typed import amount_edit_text, read_amount
from ui.dialogs.field_form import FieldForm
from ui.dialogs.unsaved import KeepsTypedWork, typed_state
from ui.formatting import fmt_count, fmt_money, ui_language
from ui.tenants.changes.preview_model import PreviewBox
from ui.tenants.changes.words import KINDS, bare_text, change_text, kind_words
from ui.tenants.forms.base import date_edit, date_of

PAUSE_MS = 250  # after the last edit, before the preview is asked for
_KEEP = -1  # the quantity box's "keep the quantity" (a plan change)
_QUANTITY_MAX = 999_999_999


# A problem about a value the form does not ask for directly, shown under the field that gives it (an extra's
# description is the catalogue item's name).
_SHOWN_UNDER = {"description": "code"}


class ChangeDialog(KeepsTypedWork, QDialog):
    """A change of ``company`` (its code), dated ``today`` unless the clerk picks another day.

    A kind of change the company has nothing for on the day (no per-unit plan for a quantity, an empty
    extra-item catalogue) shows a sentence saying so, and where to go, instead of its fields. Cancel, Esc or
    the close button ask before what the clerk changed is thrown away (``ui.dialogs.unsaved``)."""

    sig_loaded = Signal()
    """The choices for the date are in the fields."""

    sig_previewed = Signal()
    """A preview, or the reason the change is refused, is on screen."""

    sig_saved = Signal(object)
    """The change was recorded: the RecordedChange."""

    sig_failed = Signal()
    """A save was refused (the reason is shown under its field)."""

    def __init__(self, worker, company: str, company_name: str = "", parent: QWidget | None = None, *,
                 today: date | None = None, kind: str = "subscribe"):
        super().__init__(parent)
        self._worker = worker
        self._company = company
        self._today = today or date.today()
        self._language = ui_language()  # read here: the worker never asks Qt
        self._choices: ChangeChoices | None = None
        self._asked = 0  # the newest preview asked for; older answers are dropped
        self._choices_asked = 0
        self._previewed: dict | None = None  # the change the preview on screen is of
        self._saving = False
        self._filling = False  # the fields are being refilled: no preview per field
        self._defaults: dict[str, tuple] = {}  # kind -> its fields as first offered on the opening day
        self.setWindowTitle(self.tr("Record a change · %1").replace("%1", company_name or company))

        self.form = FieldForm()
        self.form.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.kind = _combo()
        for k in KINDS:
            self.kind.addItem(kind_words(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.date = date_edit(self._today)
        self.plan = _combo()
        self.to_plan = _combo()
        self.quantity = QSpinBox()
        self.quantity.setRange(_KEEP, _QUANTITY_MAX)
        self.quantity.setSpecialValueText(self.tr("keep the quantity it has"))
        self.quantity.setGroupSeparatorShown(True)
        self.quantity.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.user = _combo()
        self.code = _combo()
        self.amount = QLineEdit()
        self.recurring = QCheckBox(self.tr("&Bill it every period until it is ended"))
        self.form.add_field("type", self.tr("&Change:"), self.kind)
        self.form.add_field("date", self.tr("&Date:"), self.date,
                            hint=self.tr("The day it takes effect; a day already invoiced is corrected on the "
                                         "next invoice."))
        # The hint wraps: its row is as tall as its lines at the width it gets (see eventFilter), never drawn
        # over the plan below it when the dialog is narrow or the language wordy.
        self.date_hint = self.form.widget("date").parentWidget().findChildren(QLabel)[-1]
        self.date_hint.installEventFilter(self)
        self.form.add_field("plan", self.tr("&Plan:"), self.plan)
        self.form.add_field("to_plan", self.tr("&New plan:"), self.to_plan)
        self.form.add_field("quantity", self.tr("&Quantity:"), self.quantity)
        self.form.add_field("code", self.tr("E&xtra:"), self.code)
        self.form.add_field("user", self.tr("&User:"), self.user)
        self.form.add_field("amount", self.tr("&Amount:"), self.amount)
        self.form.add_field("recurring", self.tr("Recurring:"), self.recurring)
        self.form.layout().takeAt(self.form.layout().count() - 1)  # no stretch: the preview takes the room

        self.nothing = QLabel()  # why the kind of change cannot be recorded for this company (no form then)
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.nothing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nothing.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.nothing.setContentsMargins(6, 12, 6, 6)
        self.nothing.hide()
        self.preview = PreviewBox()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(dark);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save the change"))
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.nothing, 1)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.ask_preview)
        self._date_pause = QTimer(self)
        self._date_pause.setSingleShot(True)
        self._date_pause.setInterval(PAUSE_MS)
        self._date_pause.timeout.connect(self.load)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.date.dateChanged.connect(lambda _d: self._date_changed())
        self.plan.currentIndexChanged.connect(lambda _i: self._plan_changed())
        self.to_plan.currentIndexChanged.connect(lambda _i: self._plan_changed())
        self.code.currentIndexChanged.connect(lambda _i: self._item_changed())
        self.user.currentIndexChanged.connect(lambda _i: self._edited())
        self.quantity.valueChanged.connect(lambda _v: self._edited())
        self.amount.textEdited.connect(lambda _t: self._edited())
        self.recurring.toggled.connect(lambda _b: self._edited())
        self._show_rows()
        self.setMinimumSize(560, 460)
        self.resize(860, 560)
        self.preview.show_text(self.tr("Loading…"))

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    # --- reading the choices --------------------------------------------------------

    def load(self) -> None:
        """Read what the company has on the chosen date (on the worker), then fill the fields and preview."""
        self._choices_asked += 1
        asked, company, day, lang = self._choices_asked, self._company, self.day(), self._language
        if day is None:
            return

        def done(choices: ChangeChoices) -> None:
            if self._alive() and asked == self._choices_asked:
                self._choices = choices
                self._fill()
                self._remember_defaults()
                self.sig_loaded.emit()
                self.ask_preview()

        def failed(error) -> None:
            if self._alive() and asked == self._choices_asked:
                self.form.show_problems(self._in_words(error), QLocale().name())
                self.preview.show_text(self.tr("Nothing to preview."))
                self.sig_previewed.emit()
        self._worker.run(lambda s: change_choices(s, company, day, lang), on_done=done, on_error=failed)

    def day(self) -> date | None:
        return date_of(self.date)

    def choices(self) -> ChangeChoices | None:
        return self._choices

    def _fill(self) -> None:
        """Put the choices for the kind of change into the combos, keeping what was chosen where it is offered."""
        c = self._choices
        if c is None:
            return
        kind = self.current_kind()
        self._filling = True
        try:
            subscribed = [p for p in c.plans if p.subscribed]
            if kind == "subscribe":
                plans = [p for p in c.plans if not p.subscribed and not p.retired]
            elif kind == "quantity":
                plans = [p for p in subscribed if p.basis == "per_unit"]
            elif kind in ("assign", "unassign"):
                plans = [p for p in subscribed if p.basis == "per_user"]
            else:
                plans = subscribed
            _refill(self.plan, [(p.code, self._plan_label(p)) for p in plans],
                    self.tr("No plan to choose on this day"))
            self._fill_plan_dependent()
            if kind == "extra":
                _refill(self.code, [(i.code, i.name) for i in c.items], self.tr("The extra-item catalogue is empty"))
            elif kind == "extra_end":
                _refill(self.code, [(x.code, self.tr("%1 · %2 a period%3").replace("%1", x.name)
                                     .replace("%2", fmt_money(x.amount, x.currency))
                                     .replace("%3", f" · {x.user}" if x.user else "")) for x in c.running],
                        self.tr("No recurring extra runs on this day"))
            self.amount.setToolTip(self.tr("In %1, the company's currency on this day; a minus for a credit.")
                                   .replace("%1", c.currency))
            self.form.set_label("amount", self.tr("&Amount (%1):").replace("%1", c.currency))
        finally:
            self._filling = False
        if kind == "extra":
            self._item_changed(keep_typed=True)

    def _fill_plan_dependent(self) -> None:
        """The user, new-plan and quantity fields for the plan chosen."""
        c = self._choices
        kind = self.current_kind()
        plan = c.plan(self.plan.currentData()) if c else None
        was = self._filling
        self._filling = True
        try:
            if kind == "plan_change":
                targets = [p for p in c.plans if not p.subscribed and not p.retired
                           and (plan is None or p.code != plan.code)] if c else []
                _refill(self.to_plan, [(p.code, self._plan_label(p)) for p in targets],
                        self.tr("No other plan to change to"))
            users = c.users if c else []
            if kind == "assign":
                taken = set(plan.users) if plan else set()
                _refill(self.user, [(e, f"{n} · {e}") for e, n in users if e not in taken],
                        self.tr("Every user has this plan"))
            elif kind == "unassign":
                names = dict(users)
                _refill(self.user, [(e, f"{names.get(e, e)} · {e}") for e in (plan.users if plan else ())],
                        self.tr("No user has this plan"))
            elif kind == "extra":
                _refill(self.user, [(None, self.tr("The whole company"))] + [(e, f"{n} · {e}") for e, n in users],
                        "")
            if kind == "subscribe":
                self.quantity.setMinimum(0)
                if self.quantity.value() < 1:
                    self.quantity.setValue(1)
            elif kind == "quantity":
                self.quantity.setMinimum(0)
                if plan is not None and plan.quantity is not None:
                    self.quantity.setValue(plan.quantity)
            elif kind == "plan_change":
                self.quantity.setMinimum(_KEEP)
                self.quantity.setValue(_KEEP)
        finally:
            self._filling = was
        self._show_rows()

    def _plan_label(self, p) -> str:
        if p.basis == "per_unit" and p.subscribed and p.quantity is not None:
            unit = p.unit or self.tr("units")
            return self.tr("%1 · %2 %3").replace("%1", p.name).replace("%2", fmt_count(p.quantity)).replace("%3", unit)
        if p.basis == "per_user" and p.subscribed:
            return self.tr("%1 · %Ln user(s)", "", len(p.users)).replace("%1", p.name)
        return p.name

    # --- the fields ---------------------------------------------------------------------

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _show_rows(self) -> None:
        nothing = self.unavailable()
        visible = self._rows()
        for name, shown in visible.items():
            self.form.set_visible(name, shown and nothing is None)
        self.nothing.setText(nothing or "")
        self.nothing.setVisible(nothing is not None)
        self.preview.setVisible(nothing is None)
        if nothing is not None:
            self.status.setText("")
        self._chain_tabs()

    def _rows(self) -> dict[str, bool]:
        """The fields the kind of change asks for."""
        kind = self.current_kind()
        return {
            "plan": kind in ("subscribe", "quantity", "plan_change", "cancel", "assign", "unassign"),
            "to_plan": kind == "plan_change",
            "quantity": self._needs_quantity(),
            "code": kind in ("extra", "extra_end"),
            "user": kind in ("assign", "unassign", "extra"),
            "amount": kind == "extra",
            "recurring": kind == "extra",
        }

    def unavailable(self) -> str | None:
        """Why the company has nothing this kind of change could apply to on the day, in words (None: it has,
        or the choices are not read yet). The rule is the core's (``change_choices.nothing_to_change``)."""
        if self._choices is None:
            return None
        reason = nothing_to_change(self._choices, self.current_kind())
        return None if reason is None else self._nothing_words(reason)

    def _nothing_words(self, reason: str) -> str:
        """A reason of ``change_choices.nothing_to_change`` as the window says it, with where to go."""
        r = choices_rules
        words = {
            r.NO_PLANS: lambda: self.tr("The catalogue has no plans yet. Add them on the Catalogue tab, under "
                                        "Plans; then subscribe the company here."),
            r.EVERY_PLAN_TAKEN: lambda: self.tr("The company already has every plan the catalogue offers on this "
                                                "day: there is no plan left to subscribe to."),
            r.NO_PER_UNIT_PLAN: lambda: self.tr("The company has no plan billed per unit on this day, so there is "
                                                "no quantity to change. Only a per-unit plan (sites, mailboxes…) "
                                                "has a quantity: subscribe the company to one first, or pick "
                                                "another day."),
            r.NO_SUBSCRIPTION: lambda: self.tr("The company subscribes to no plan on this day: there is no plan to "
                                               "change or cancel."),
            r.NO_OTHER_PLAN: lambda: self.tr("There is no other plan to change to: the company already has every "
                                             "plan the catalogue offers on this day."),
            r.NO_PER_USER_PLAN: lambda: self.tr("The company has no plan billed per user on this day: there is no "
                                                "plan to assign a user to or unassign a user from."),
            r.NO_USERS: lambda: self.tr("The company has no users yet. Add one with New user… in the tenant tree; "
                                        "then assign it to a plan here."),
            r.NOBODY_ASSIGNED: lambda: self.tr("No user of the company is assigned to a plan on this day: there is "
                                               "nobody to unassign."),
            r.NO_ITEMS: lambda: self.tr("The catalogue has no extra charges yet. Add them on the Catalogue tab, "
                                        "under Extra items (New item…); then add one to the company here."),
            r.NOTHING_RUNNING: lambda: self.tr("No recurring extra runs for this company on this day: there is "
                                               "nothing to end."),
        }
        return words[reason]()

    def _missing_choice(self) -> str | None:
        """The words of a field the change needs that offers nothing for what is chosen (every user has the
        plan already); None when each offers something."""
        for name in needed_fields(self.current_kind()):
            box = self.form.widget(name)
            if not box.isEnabled() or box.currentData() is None:
                return box.currentText()
        return None

    def _chain_tabs(self) -> None:
        """Tab goes down the visible fields, then to Save and Cancel."""
        chain = [self.kind, self.date, self.plan, self.to_plan, self.quantity, self.code, self.user, self.amount,
                 self.recurring, self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def _needs_quantity(self) -> bool:
        """A quantity is asked for a quantity change, and for a per-unit plan subscribed or changed to."""
        kind, c = self.current_kind(), self._choices
        plan = c.plan(self.plan.currentData()) if c else None
        target = c.plan(self.to_plan.currentData()) if c else None
        return (kind == "quantity" or (kind == "subscribe" and plan is not None and plan.basis == "per_unit")
                or (kind == "plan_change" and target is not None and target.basis == "per_unit"))

    def _kind_changed(self) -> None:
        self.form.clear_problems()
        if self.current_kind() == "subscribe":
            self.quantity.setValue(1)  # not the quantity another kind of change showed
        self._fill()
        if self.day() == self._today:
            self._remember_defaults()
        self._show_rows()
        self._edited()

    def _date_changed(self) -> None:
        self._invalidate()
        self._date_pause.start()  # the choices of the new day, then the preview

    def _plan_changed(self) -> None:
        if self._filling:
            return
        self._fill_plan_dependent()
        self._edited()

    def _item_changed(self, keep_typed: bool = False) -> None:
        """An item chosen: its default amount in the company's currency and whether it recurs."""
        if self._filling:
            return
        c = self._choices
        if self.current_kind() == "extra" and c is not None:
            item = c.item(self.code.currentData())
            if item is not None and not (keep_typed and self.amount.text().strip()):
                self.amount.setText(amount_edit_text(item.amount, c.currency, self._language))
                self.recurring.setChecked(item.recurring)
        self._edited()

    def _edited(self) -> None:
        if self._filling:
            return
        self._invalidate()
        self._pause.start()

    def _invalidate(self) -> None:
        """What is on screen no longer previews the fields: Save waits for the next preview."""
        self._previewed = None
        self._asked += 1
        self.save_button.setEnabled(False)

    # --- the change -------------------------------------------------------------------

    def change(self, problems: list[Problem]) -> dict | None:
        """The change the fields describe, in the bundle's event format; values that cannot be read (an
        amount typed wrong) go to ``problems``. None until the choices are read."""
        c = self._choices
        if c is None:
            return None
        kind, day, code = self.current_kind(), self.day(), self._company
        plan, quantity = self.plan.currentData(), self.quantity.value()
        if kind == "subscribe":
            return changes.subscribe(code, plan, day, quantity if self._needs_quantity() else None)
        if kind == "quantity":
            return changes.change_quantity(code, plan, quantity, day)
        if kind == "plan_change":
            keep = quantity == _KEEP or not self._needs_quantity()
            return changes.change_plan(code, plan, self.to_plan.currentData(), day, None if keep else quantity)
        if kind == "cancel":
            return changes.cancel(code, plan, day)
        if kind == "assign":
            return changes.assign(code, plan, self.user.currentData(), day)
        if kind == "unassign":
            return changes.unassign(code, plan, self.user.currentData(), day)
        if kind == "extra_end":
            return changes.end_extra(code, self.code.currentData(), day)
        item = c.item(self.code.currentData())
        try:
            amount = read_amount(self.amount.text(), self._language, c.currency, allow_negative=True, where="amount")
        except ProrataError as error:
            problems.extend(error.problems)
            amount = None
        return changes.add_extra(code, self.code.currentData(), format(amount, "f") if amount is not None else None,
                                 date=day, recurring=self.recurring.isChecked(), user=self.user.currentData(),
                                 description=item.names if item else None)

    def ask_preview(self) -> None:
        """Preview the change as the fields stand, on the worker; the answer shows unless the fields moved on.
        A change the company has nothing for, or whose fields offer nothing, is not asked: it says why."""
        self._pause.stop()
        self._invalidate()
        if self._choices is None:
            return
        if self.unavailable() is not None:
            self.form.clear_problems()
            self.status.setText("")
            self.sig_previewed.emit()
            return
        missing = self._missing_choice()
        if missing is not None:
            self.form.clear_problems()
            self.preview.show_text(self.tr("%1: choose another plan or another kind of change.")
                                   .replace("%1", missing))
            self.status.setText("")
            self.sig_previewed.emit()
            return
        if self.current_kind() == "extra" and not self.amount.text().strip():
            self.form.clear_problems()  # an amount not typed yet is no mistake: it is asked for
            item, currency = self._choices.item(self.code.currentData()), self._choices.currency
            self.preview.show_text(
                (self.tr("The catalogue has no amount for %1 in %2: type the amount to charge.")
                 if item is not None and item.amount is None else self.tr("Type the amount to charge, in %2."))
                .replace("%1", item.name if item else "").replace("%2", currency))
            self.status.setText("")
            self.sig_previewed.emit()
            return
        problems: list[Problem] = []
        event = self.change(problems)
        if event is None:
            return
        focus = QApplication.focusWidget()
        if problems:
            self._refused(ProrataError(problems), focus)
            return
        asked = self._asked
        self.preview.show_text(self.tr("Working out the next invoice…"))

        def run(session):  # runs on the worker
            try:
                return change_preview.preview(session, [event], prefix=None), None
            except ProrataError as error:
                changes.check_changes(session, [event], prefix=None)  # a refusal raises here
                return None, error  # accepted, but its invoice cannot be worked out (a price missing)

        def done(result) -> None:
            if not self._alive() or asked != self._asked:
                return
            shown, trouble = result
            self.form.clear_problems()
            self._previewed = event
            if shown is not None:
                self.preview.show_preview(shown.companies, self._plan_names())
                self.status.setText(self.tr("Saving records: %1.").replace(
                    "%1", change_text(event, self._plan_names(), self._choices.currency)))
            else:
                self.preview.show_text(self.tr("The next invoice cannot be worked out yet: %1").replace(
                    "%1", bare_text(trouble)))
                self.status.setText(self.tr("The change can be saved, but billing needs what is said above."))
            self.save_button.setEnabled(not self._saving)
            self.sig_previewed.emit()

        def failed(error) -> None:
            if self._alive() and asked == self._asked:
                self._refused(error, focus)
        self._worker.run(run, on_done=done, on_error=failed)

    def _refused(self, error, focus: QWidget | None) -> None:
        """The reason under the field it is about; the focus stays where the clerk is typing."""
        self.form.show_problems(self._in_words(error), QLocale().name())
        if focus is not None and shiboken6.isValid(focus) and self.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.preview.show_text(self.tr("This change cannot be recorded as it stands: see the reason above."))
        self.status.setText("")
        self.sig_previewed.emit()

    def _in_words(self, error):
        """``error`` with each problem placed under the field it is about, and a missing value named by its
        field's label as the form shows it ("Extra is required", not "code is required")."""
        problems = getattr(error, "problems", None)
        if problems is None:
            return error
        form = self.form
        out = []
        for p in problems:
            where = p.where
            name = form.field_for(where) or _SHOWN_UNDER.get(where.lstrip("$."))
            params = dict(p.params)
            if p.id == "missing":
                field = params.get("field")
                name = name or (field if form.has_field(field) else _SHOWN_UNDER.get(field))
                if name is not None:
                    params["field"] = self._label_words(name)
            if name is not None and form.field_for(where) is None:
                where = name
            out.append(Problem(p.id, params, where))
        return ProrataError(out)

    def _label_words(self, name: str) -> str:
        """A field's label as words: "&Plan:" -> "Plan"."""
        return self.form.label_words(name)  # Japanese: "プラン(&P):" -> "プラン"

    def _state(self) -> tuple:
        """What the fields the kind of change asks for hold."""
        return typed_state(self.form.widget(name) for name, shown in self._rows().items() if shown)

    def _remember_defaults(self) -> None:
        """The fields of the kind of change as first offered on the opening day: not typed work."""
        if self._choices is not None and self._choices.on == self._today:
            self._defaults.setdefault(self.current_kind(), self._state())

    def has_typed_work(self) -> bool:
        """The clerk moved the date or changed a field from what the dialog first offered for the kind of
        change (choosing another kind of change alone is no work to lose)."""
        if self._saving or self.result() == QDialog.DialogCode.Accepted:
            return False
        if self.day() != self._today:
            return True
        opened = self._defaults.get(self.current_kind())
        return opened is not None and opened != self._state()

    def _plan_names(self) -> dict[str, str]:
        return {p.code: p.name for p in self._choices.plans} if self._choices else {}

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        """Record the previewed change on the worker; refused: the reason under its field, nothing saved."""
        event = self._previewed
        if self._saving or event is None or not self.save_button.isEnabled():
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))

        def done(recorded) -> None:
            if not self._alive():
                return
            self._saving = False
            self.sig_saved.emit(recorded)
            self.accept()

        def failed(error) -> None:
            if not self._alive():
                return
            self._saving = False
            self._refused(error, None)
            self.status.setText(self.tr("Nothing was saved."))
            self.sig_failed.emit()
        self._worker.run(lambda s: changes.record_change(s, event, source="window"), on_done=done, on_error=failed)

    def saved_words(self, recorded) -> str:
        """A sentence for the status bar."""
        return self.tr("Change recorded: %1").replace(
            "%1", change_text(recorded.as_event(), self._plan_names(), self._choices.currency if self._choices else ""))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.date_hint and event.type() == QEvent.Type.Resize:
            self._fit_hint()
        return super().eventFilter(watched, event)

    def _fit_hint(self) -> None:
        """The date hint's row keeps room for every line it wraps to at the width it has now."""
        hint = self.date_hint
        need = hint.heightForWidth(hint.width())
        if need > 0 and hint.minimumHeight() != need:
            hint.setMinimumHeight(need)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def open(self) -> None:
        super().open()
        if self._choices is None and self._choices_asked == 0:
            self.load()


def _combo() -> QComboBox:
    box = QComboBox()
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(24)
    return box


def _refill(box: QComboBox, items: list[tuple], empty: str) -> None:
    """Replace the items, keeping the chosen value where it is still offered; ``empty`` when none is."""
    was = box.currentData()
    box.blockSignals(True)
    box.clear()
    for value, label in items:
        box.addItem(label, value)
    if not items and empty:
        box.addItem(empty, None)
    i = box.findData(was) if was is not None else -1
    box.setCurrentIndex(i if i >= 0 else 0)
    box.setEnabled(bool(items))
    box.blockSignals(False)

