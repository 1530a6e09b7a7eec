"""The designer's settings side: every setting of a template in tabs, each at a field that shows its own
problems (ui/dialogs/field_form.py), bound to a path of DesignerState.

A user's edit becomes one undoable step (typing and spinning merge into one); a change from the state (a
load, an undo, a redo) is shown in the widgets without becoming an edit again. Choosing paper moves the
address window to one that fits it, and choosing a window moves the paper, as one step.
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any, Callable

from babel import Locale
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QColorDialog, QComboBox, QFileDialog,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QScrollArea, QSizePolicy, QSpinBox, QTabWidget, QVBoxLayout,
                               QWidget)

from app.bundle.fields import Problems
from app.documents import template as templates
from app.errors import ProrataError
from ui.designer.state import LOGO, DesignerState
from ui.dialogs.field_form import FieldForm

LANGUAGES = ("en", "de", "fr", "es", "nl", "it", "ja")


def _row(widget: QWidget) -> QWidget:
    """``widget`` at its natural width in a row that takes the form's width (so a hint under it wraps at the
    form's width, not the widget's)."""
    box = QWidget()
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(widget)
    lay.addStretch(1)
    return box


class SettingsPanel(QWidget):
    """The settings of the template in ``state``, in tabs."""

    sig_language_changed = Signal(str)
    """The language whose texts are being edited changed (the preview follows it)."""

    def __init__(self, state: DesignerState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._shows: dict[str, Callable[[Any], None]] = {}
        self._loading = False
        self.forms: list[FieldForm] = []
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #5f1410; background: #fbe3e1; border: 1px solid #e8a29c; "
                                  "border-radius: 4px; padding: 6px;")
        self.banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)
        self.language = LANGUAGES[0]
        self._page_tab()
        self._letterhead_tab()
        self._lines_tab()
        self._payment_tab()
        self._texts_tab()
        state.sig_changed.connect(self.show_paths)

    # ---------------------------------------------------------------- tabs

    def _tab(self, title: str) -> FieldForm:
        form = FieldForm()
        form.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(12, 12, 12, 12)
        col.addWidget(form)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, title)
        self.forms.append(form)
        return form

    def _page_tab(self) -> None:
        form = self._tab(self.tr("Page"))
        self._line(form, "name", self.tr("Template name"), optional=False)
        self._combo(form, "page_size", self.tr("Paper"), [("A4", self.tr("A4 (210 x 297 mm)")),
                                                         ("Letter", self.tr("US Letter (8.5 x 11 in)"))])
        margins = QWidget()
        row = QHBoxLayout(margins)
        row.setContentsMargins(0, 0, 0, 0)
        for side, text in (("top", self.tr("Top")), ("right", self.tr("Right")), ("bottom", self.tr("Bottom")),
                           ("left", self.tr("Left"))):
            spin = self._spin_widget(f"margins.{side}", *templates.MARGIN_RANGE, self.tr(" mm"),
                                     self.tr("Change the %1 margin").replace("%1", text.lower()))
            box = QVBoxLayout()
            caption = QLabel(text)
            caption.setEnabled(False)
            box.addWidget(caption)
            box.addWidget(spin)
            row.addLayout(box)
        row.addStretch(1)
        form.add_field("margins", self.tr("Margins"), margins)
        self._combo(form, "font", self.tr("Font"), [(f, f) for f in templates.FONTS])
        self._colour(form)

    def _letterhead_tab(self) -> None:
        form = self._tab(self.tr("Letterhead && address"))
        self._logo(form)
        self._combo(form, "blocks.letterhead.logo", self.tr("Logo placed"),
                    [("right", self.tr("Right")), ("left", self.tr("Left")), ("none", self.tr("Not shown"))])
        form.add_field("blocks.letterhead.logo_height", self.tr("Logo height"),
                       _row(self._spin_widget("blocks.letterhead.logo_height", *templates.LOGO_HEIGHT_RANGE,
                                              self.tr(" mm"), self.tr("Change the logo's height"))))
        self._check(form, "blocks.letterhead.issuer_address", self.tr("Letterhead"),
                    self.tr("Show our address under the logo"))
        self._combo(form, "blocks.address.window", self.tr("Address window"),
                    [("din_5008_b", self.tr("DIN 5008 form B (A4)")), ("din_5008_a", self.tr("DIN 5008 form A (A4)")),
                     ("us_10", self.tr("US #10 envelope (Letter)"))],
                    hint=self.tr("Where the customer's address is printed, to show through the envelope's window."))
        self._check(form, "blocks.address.sender_line", self.tr("Return address"),
                    self.tr("Our address in small print above the customer's"))
        self._checklist(form, "blocks.facts.fields", self.tr("Invoice facts"), templates.FACT_FIELDS, {
            "number": self.tr("Invoice number"), "issue_date": self.tr("Issue date"), "due_date": self.tr("Due date"),
            "customer_number": self.tr("Customer number"), "period": self.tr("Billing period"),
            "tax_ids": self.tr("Tax numbers")}, ())

    def _lines_tab(self) -> None:
        form = self._tab(self.tr("Lines && totals"))
        self._checklist(form, "blocks.lines.columns", self.tr("Columns"), templates.LINE_COLUMNS, {
            "position": self.tr("Position"), "description": self.tr("Description (always shown)"),
            "quantity": self.tr("Quantity"), "unit_price": self.tr("Unit price"), "tax_rate": self.tr("Tax rate"),
            "amount": self.tr("Amount (always shown)")}, templates.REQUIRED_COLUMNS)
        self._check(form, "blocks.lines.arithmetic", self.tr("Arithmetic"), self.tr("Explain prorated lines"),
                    self.tr("Such as “3 sites × 12.00 × 5/31 days = 5.81”."))
        self._check(form, "blocks.totals.tax_breakdown", self.tr("Totals"), self.tr("Show the tax per rate"))
        self._check(form, "blocks.notes.show", self.tr("Notes"), self.tr("Show the notes"),
                    self.tr("Reverse charge and exemption wording, and the note written under Texts."))
        self._order(form)

    def _payment_tab(self) -> None:
        form = self._tab(self.tr("Payment"))
        self._check(form, "blocks.payment.show", self.tr("Payment block"), self.tr("Show how to pay"))
        form.add_field("blocks.payment.terms_days", self.tr("Payment term"),
                       _row(self._spin_widget("blocks.payment.terms_days", *templates.TERMS_RANGE, self.tr(" days"),
                                              self.tr("Change the payment term"))))
        self._line(form, "blocks.payment.account_holder", self.tr("Account holder"))
        self._line(form, "blocks.payment.iban", self.tr("IBAN"), hint=self.tr("Such as DE89 3704 0044 0532 0130 00"))
        self._line(form, "blocks.payment.bic", self.tr("BIC"))
        self._line(form, "blocks.payment.bank", self.tr("Bank"))
        self._check(form, "blocks.payment.qr", self.tr("GiroCode"), self.tr("QR code for the banking app"),
                    self.tr("An EPC GiroCode, printed on euro invoices when an IBAN is given."))

    def _texts_tab(self) -> None:
        form = self._tab(self.tr("Texts"))
        self.language_combo = QComboBox()
        for lang in LANGUAGES:
            name = Locale.parse(lang).get_display_name(lang) or lang
            self.language_combo.addItem(name[:1].upper() + name[1:], lang)
        self.language_combo.activated.connect(self._language_chosen)
        form.form.addRow(self.tr("Language"), _row(self.language_combo))
        self._text(form, "footer", self.tr("Footer"), templates.FOOTER_MAX)
        self._text(form, "blocks.notes.text", self.tr("Note"), templates.NOTE_MAX)
        self._text(form, "blocks.payment.text", self.tr("Payment text"), templates.NOTE_MAX)
        self._text(form, "blocks.totals.tax_label", self.tr("Tax called"), 20, line=True,
                   hint=self.tr("Empty: VAT, in the invoice's language"))

    # ---------------------------------------------------------------- bound widgets

    def _edit(self, path: str, value: Any, text: str, merge: bool = False) -> None:
        if not self._loading:
            self.state.edit({path: value}, text, merge=merge)

    def _line(self, form: FieldForm, path: str, label: str, *, optional: bool = True, hint: str | None = None):
        w = QLineEdit()
        w.setClearButtonEnabled(optional)
        form.add_field(path, label, w, hint)
        step = self.tr("Change %1").replace("%1", label)
        w.textEdited.connect(lambda t: self._edit(path, (t if t.strip() else None) if optional else t, step, True))

        def show(v):
            if w.text() != (v or ""):
                w.setText(v or "")
        self._shows[path] = show
        return w

    def _combo(self, form: FieldForm, path: str, label: str, choices, hint: str | None = None) -> QComboBox:
        w = QComboBox()
        for value, text in choices:
            w.addItem(text, value)
        form.add_field(path, label, _row(w), hint)
        step = self.tr("Change %1").replace("%1", label)
        w.activated.connect(lambda i: self._choose(path, w.itemData(i), step))
        self._shows[path] = lambda v: w.setCurrentIndex(max(0, w.findData(v)))
        return w

    def _choose(self, path: str, value: Any, step: str) -> None:
        """A choice; paper and window are kept matching, in the same step."""
        if self._loading:
            return
        changes = {path: value}
        if path == "page_size" and templates.WINDOWS.get(self.state.get("blocks.address.window")) != value:
            changes["blocks.address.window"] = "us_10" if value == "Letter" else "din_5008_b"
        if path == "blocks.address.window" and templates.WINDOWS[value] != self.state.get("page_size"):
            changes["page_size"] = templates.WINDOWS[value]
        self.state.edit(changes, step)

    def _spin_widget(self, path: str, low: int, high: int, suffix: str, step: str) -> QSpinBox:
        w = QSpinBox()
        w.setRange(low, high)
        w.setSuffix(suffix)
        w.setKeyboardTracking(False)
        w.valueChanged.connect(lambda v: self._edit(path, v, step, True))

        def show(v):
            if v is not None and w.value() != v:
                w.setValue(v)
        self._shows[path] = show
        return w

    def _check(self, form: FieldForm, path: str, label: str, text: str, hint: str | None = None) -> QCheckBox:
        w = QCheckBox(text)
        form.add_field(path, label, _row(w), hint)
        w.toggled.connect(lambda on: self._edit(path, on, text))
        self._shows[path] = lambda v: w.setChecked(bool(v))
        return w

    def _checklist(self, form: FieldForm, path: str, label: str, allowed, texts: dict, required) -> QListWidget:
        w = QListWidget()
        w.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for key in allowed:
            item = QListWidgetItem(texts[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key in required:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # shown ticked, not to be unticked
            else:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            w.addItem(item)
        w.setFixedHeight(w.sizeHintForRow(0) * len(allowed) + 2 * w.frameWidth() + 4)
        form.add_field(path, label, w)
        step = self.tr("Change %1").replace("%1", label)

        def edited(_item):
            chosen = [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                      if w.item(i).checkState() == Qt.CheckState.Checked]
            self._edit(path, chosen, step)

        def show(v):
            for i in range(w.count()):
                it = w.item(i)
                it.setCheckState(Qt.CheckState.Checked if it.data(Qt.ItemDataRole.UserRole) in (v or [])
                                 else Qt.CheckState.Unchecked)
        w.itemChanged.connect(edited)
        self._shows[path] = show
        return w

    def _order(self, form: FieldForm) -> None:
        names = {"lines": self.tr("Lines"), "totals": self.tr("Totals"), "notes": self.tr("Notes"),
                 "payment": self.tr("Payment instructions")}
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.order_list = QListWidget()
        self.order_list.setFixedHeight(4 * (self.order_list.fontMetrics().height() + 4) + 8)
        buttons = QVBoxLayout()
        up, down = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        row.addWidget(self.order_list, 1)
        row.addLayout(buttons)
        form.add_field("blocks.order", self.tr("Order on the page"), box,
                       self.tr("The letterhead, address and facts always come first."))
        step = self.tr("Change the order of the blocks")

        def move(by: int) -> None:
            order = self.state.get("blocks.order")
            i = self.order_list.currentRow()
            if i < 0 or not 0 <= i + by < len(order):
                return
            order[i], order[i + by] = order[i + by], order[i]
            self._edit("blocks.order", order, step)
            self.order_list.setCurrentRow(i + by)

        up.clicked.connect(lambda: move(-1))
        down.clicked.connect(lambda: move(1))

        def show(v):
            current = self.order_list.currentRow()
            self.order_list.clear()
            for key in v or []:
                self.order_list.addItem(names.get(key, key))
            self.order_list.setCurrentRow(current)
        self._shows["blocks.order"] = show

    def _colour(self, form: FieldForm) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.colour_button = QPushButton(self.tr("Choose…"))
        self.colour_swatch = QLabel()
        self.colour_swatch.setFixedSize(28, 22)
        self.colour_edit = QLineEdit()
        self.colour_edit.setMaxLength(7)
        self.colour_edit.setFixedWidth(90)
        row.addWidget(self.colour_swatch)
        row.addWidget(self.colour_edit)
        row.addWidget(self.colour_button)
        row.addStretch(1)
        form.add_field("accent_colour", self.tr("Accent colour"), box,
                       self.tr("Headings, rules and the totals' band; written #RRGGBB."))
        step = self.tr("Change the accent colour")
        self.colour_edit.textEdited.connect(lambda t: self._edit("accent_colour", t.strip(), step, True))
        self.colour_button.clicked.connect(self._pick_colour)

        def show(v):
            if self.colour_edit.text().upper() != (v or "").upper():
                self.colour_edit.setText(v or "")
            ok = QColor.isValidColorName(v or "") and len(v or "") == 7
            self.colour_swatch.setStyleSheet(f"background: {v if ok else 'transparent'}; border: 1px solid #888;")
        self._shows["accent_colour"] = show

    def _pick_colour(self) -> None:
        current = QColor(self.state.get("accent_colour") or "#1F4E79")
        chosen = QColorDialog.getColor(current, self, self.tr("Accent colour"))
        if chosen.isValid():
            self.set_accent_colour(chosen)

    def set_accent_colour(self, colour: QColor) -> None:
        """The accent colour the user picked (as the colour dialog gives it)."""
        self.state.edit({"accent_colour": colour.name().upper()}, self.tr("Change the accent colour"))

    def _logo(self, form: FieldForm) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_thumb = QLabel()
        self.logo_thumb.setFixedSize(120, 48)
        self.logo_thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_thumb.setStyleSheet("border: 1px dashed #9aa3ad; background: white;")
        self.logo_info = QLabel()
        self.logo_info.setEnabled(False)
        choose, remove = QPushButton(self.tr("Upload…")), QPushButton(self.tr("Remove"))
        self.logo_remove = remove
        col = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addWidget(self.logo_info)
        row.addWidget(self.logo_thumb)
        row.addLayout(col, 1)
        form.add_field(LOGO, self.tr("Logo"), box, self.tr("PNG or JPEG, at most %1 KiB and %2 pixels a side.")
                       .replace("%1", str(templates.LOGO_MAX_BYTES // 1024))
                       .replace("%2", str(templates.LOGO_MAX_PIXELS)))
        choose.clicked.connect(self._choose_logo)
        remove.clicked.connect(lambda: self.state.edit({LOGO: None}, self.tr("Remove the logo")))

        def show(v):
            if v is None:
                self.logo_thumb.setText(self.tr("No logo"))
                self.logo_info.setText("")
                remove.setEnabled(False)
                return
            pix = QPixmap()
            pix.loadFromData(v[0])
            self.logo_thumb.setPixmap(pix.scaled(116, 44, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
            kind = "PNG" if v[1] == "image/png" else "JPEG"
            self.logo_info.setText(self.tr("%1, %2 KiB, %3 x %4 pixels").replace("%1", kind)
                                   .replace("%2", str((len(v[0]) + 1023) // 1024))
                                   .replace("%3", str(pix.width())).replace("%4", str(pix.height())))
            remove.setEnabled(True)
        self._shows[LOGO] = show

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.upload_logo(path)

    def upload_logo(self, path: str) -> bool:
        """Use the image at ``path`` as the logo if the core accepts it; else say why at the logo's field."""
        probs = Problems()
        try:
            with open(path, "rb") as fh:
                data = fh.read(templates.LOGO_MAX_BYTES + 1)
        except OSError as exc:
            probs.add("cannot_read", LOGO, path=path, reason=exc.strerror or str(exc))
            data = None
        if data is not None:
            data, mime = templates.logo(data, LOGO, probs)
        if probs:
            self.show_problems(ProrataError(probs.items))
            return False
        self.state.edit({LOGO: (data, mime)}, self.tr("Upload the logo"))
        return True

    def _text(self, form: FieldForm, path: str, label: str, max_len: int, *, line: bool = False,
              hint: str | None = None) -> None:
        """A text per language: the widget edits the language chosen above."""
        w = QLineEdit() if line else QPlainTextEdit()
        if not line:
            w.setFixedHeight(64)
            w.setTabChangesFocus(True)
        form.add_field(path, label, w, hint)
        step = self.tr("Change %1").replace("%1", label)

        def edited(*_):
            if self._loading:
                return
            text = w.text() if line else w.toPlainText()
            texts = dict(self.state.get(path) or {})
            if text.strip():
                texts[self.language] = text
            else:
                texts.pop(self.language, None)
            self._edit(path, texts or None, step, True)

        (w.textEdited if line else w.textChanged).connect(edited)

        def show(v):
            text = (v or {}).get(self.language, "")
            if (w.text() if line else w.toPlainText()) != text:
                w.setText(text) if line else w.setPlainText(text)
        self._shows[path] = show

    def _language_chosen(self, index: int) -> None:
        self.language = self.language_combo.itemData(index)
        self.show_paths([p for p in ("footer", "blocks.notes.text", "blocks.payment.text", "blocks.totals.tax_label")])
        self.sig_language_changed.emit(self.language)

    def set_language(self, language: str) -> None:
        i = self.language_combo.findData(language.split("_")[0])
        if i >= 0 and self.language_combo.itemData(i) != self.language:
            self.language_combo.setCurrentIndex(i)
            self._language_chosen(i)

    # ---------------------------------------------------------------- showing state and problems

    def show_paths(self, paths: list[str]) -> None:
        """Show the state's values at ``paths`` (all when empty), without making edits of them."""
        self._loading = True
        try:
            for path, show in self._shows.items():
                if not paths or path in paths:
                    show(self.state.get(path))
        finally:
            self._loading = False

    def show_problems(self, error: ProrataError | None) -> int:
        """Each problem at its field in whichever tab has it (others in the banner); None clears them. The
        focus stays where the user is typing."""
        focused = QApplication.focusWidget()
        problems = list(getattr(error, "problems", []) or []) if error is not None else []
        loose = [p for p in problems if not any(f.field_for(p.where) for f in self.forms)]
        placed = 0
        for form in self.forms:
            mine = [p for p in problems if form.field_for(p.where)]
            if mine:
                placed += form.show_problems(SimpleNamespace(problems=mine))
            else:
                form.clear_problems()
        if error is not None and not problems:
            loose_text = [str(error)]
        else:
            from ui.dialogs.messages import error_text

            loose_text = error_text(ProrataError(loose)).splitlines() if loose else []
        self.banner.setText("\n".join(loose_text))
        self.banner.setVisible(bool(loose_text))
        for i, form in enumerate(self.forms):
            bad = any(form.field_for(p.where) for p in problems)
            title = self.tabs.tabText(i).removesuffix(" ⚠")
            self.tabs.setTabText(i, title + (" ⚠" if bad else ""))
        if focused is not None:
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        return placed
