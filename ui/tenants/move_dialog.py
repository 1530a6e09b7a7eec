"""Move a company to another seller, or a user to another company of its seller, from a date.

The form reads its choices on the worker (``app.services.moves.move_choices``), and the move runs there too
(``move_company`` / ``move_user``): a refusal (no price at the new seller, a date before the signup or an
earlier move...) is shown under the field it is about, and a rival move is reported as a conflict. The
text under the fields says what the move will do to both sellers' invoices, and whether its date lies in a
period already invoiced (then both next invoices carry corrections), and names the recurring extras the move
ends (they are the seller's own items: ``MoveChoices.extras``); once moved, the status says so in the core's words
(``MoveResult.notice``).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy

from app.errors import Problem
from app.services import moves
from app.services.moves import MoveChoices
from app.services.tenant_view import DIRECT_REF, NodeKind, NodeRef
from ui.dialogs.date_edit import DateEdit
from ui.dialogs.messages import sentence
from ui.formatting import fmt_date, fmt_money, ui_language
from ui.tenants.forms.base import TenantDialog, set_combo


class MoveDialog(TenantDialog):
    """The move of company ``company`` (``email`` None) to another seller, or of its user ``email`` to
    another company of the same seller."""

    def __init__(self, worker, parent=None, *, company: str, company_name: str = "", email: str | None = None,
                 today: date | None = None):
        super().__init__(worker, parent, key=(company, email), today=today)
        self._company = company
        self._company_name = company_name
        self._email = email
        self._choices: MoveChoices | None = None
        self.save_button.setText(self.tr("&Move"))
        if email is None:
            self.setWindowTitle(self.tr("Move company %1").replace("%1", company))
        else:
            self.setWindowTitle(self.tr("Move user %1").replace("%1", email))

    @property
    def is_new(self) -> bool:
        return True

    def _read(self, session) -> MoveChoices:  # runs on the worker
        return moves.move_choices(session, self._company, users=self._email is not None)

    def _build(self, choices: MoveChoices) -> None:
        self._choices = self._record = choices
        form = self.add_form()
        shown = f"{self._company_name} · {self._company}" if self._company_name else self._company
        if self._email is not None:
            who = form.add_field("email", self.tr("User:"), QLineEdit(self._email))
            who.setReadOnly(True)
            who.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        here = form.add_field("company", self.tr("Company:"), QLineEdit(shown))
        here.setReadOnly(True)
        here.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if self._email is None:
            self.seller = form.add_field("from", self.tr("Current seller:"), QLineEdit())
            self.seller.setReadOnly(True)
            self.seller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target = QComboBox()
        self.target.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # as wide as the others
        if self._email is None:
            form.add_field("to", self.tr("&New seller:"), self.target)
        else:
            self.target.setEditable(True)  # a seller may have many companies: a code can be typed
            self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            form.add_field("to", self.tr("&To company:"), self.target)
        self.day = form.add_field("date", self.tr("&Effective from:"), DateEdit(self._today))
        self.explain = QLabel()  # below the fields, above the status: what the move will do
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.layout().insertWidget(1, self.explain)
        self.explain.show()  # counted when the loaded form fits (one added to a shown dialog shows later)
        self.day.dateChanged.connect(lambda _d: self._explain())
        self.target.currentIndexChanged.connect(lambda _i: self._explain())
        self._refill(choices)
        self.min_width = 560

    def fit(self) -> None:
        """As the forms fit, but tall enough for the wrapped sentences (a refusal under a field, the text
        below the fields) at the dialog's width: a size hint alone does not count wrapped lines."""
        super().fit()
        layout = self.layout()
        if layout.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    def _refill(self, choices: MoveChoices) -> None:
        self._choices = choices
        keep = self.target.currentData()
        self.target.clear()
        if self._email is None:
            self.seller.setText(self._seller_label(choices.seller))
            for code, name, _ in choices.targets:
                if code != choices.seller:
                    self.target.addItem(self._label(code, name), code)
        else:
            for code, name, _ in choices.targets:
                self.target.addItem(self._label(code, name), code)
        if keep is not None:
            set_combo(self.target, keep)
        self._explain()

    def _label(self, code: str, name: str) -> str:
        if code == moves.HOSTER:
            return self.tr("The hoster itself (%1)").replace("%1", name)
        return f"{name} · {code}"

    def _seller_label(self, code: str) -> str:
        for c, name, _ in self._choices.targets if self._choices and self._email is None else ():
            if c == code:
                return self._label(c, name)
        return code

    def _target_code(self) -> str | None:
        """The chosen seller's (or company's) code; a typed company code as typed."""
        i = self.target.currentIndex()
        if self._email is None or (i >= 0 and self.target.currentText() == self.target.itemText(i)):
            return self.target.currentData()
        text = self.target.currentText().strip()
        return text.split(" · ")[-1] if text else None

    def _explain(self) -> None:
        """What the move will do, in words, under the fields."""
        c = self._choices
        if c is None:
            return
        day = self.day.day()
        parts = []
        if self._email is None:
            parts.append(self.tr("From this date the new seller invoices the company. The seller it leaves "
                                 "credits, on its next invoice, what it billed in advance for the days from this "
                                 "date, and its reseller cost stops on this date. Users, plans, one-off extras "
                                 "and history go along; invoices already written stay with their issuer."))
            ending = [x for x in c.extras if x.ends_at_move(day)] if day is not None else []
            if ending:
                # A recurring extra is the seller's own item: it ends with the move, the new seller never bills it.
                language = ui_language()
                named = ", ".join(self.tr("%1 (%2/month)").replace("%1", x.label(language)).replace(
                    "%2", fmt_money(x.amount, x.currency)) for x in ending)
                parts.append(self.tr("Recurring extras end with the move: %1. They are the current seller's own "
                                     "items: it bills them up to the day before; the new seller does not bill "
                                     "them.").replace("%1", named))
        else:
            parts.append(self.tr("From this date the user is taken off its plans in %1 and put on the same plans "
                                 "in the other company, which must have them: both are billed pro rata by days. "
                                 "Only companies of the same seller are listed.").replace("%1", self._company))
        if day is not None and c.billed_through is not None and day <= c.billed_through:
            parts.append(self.tr("This date lies in a period already invoiced (up to %1): the next invoices "
                                 "carry the corrections.").replace("%1", fmt_date(c.billed_through)))
        if self._email is None and c.last_move is not None:
            parts.append(self.tr("Last moved on %1; a new move cannot be dated before that.").replace(
                "%1", fmt_date(c.last_move)))
        self.explain.setText("\n\n".join(parts))
        if self.isVisible():  # a sentence more (the extras a later date ends) must not squeeze the form
            self.fit()

    def _save_call(self, problems: list[Problem]):
        to, day = self._target_code(), self.day.day()
        if day is None:
            problems.append(Problem("missing", {"field": self.tr("date")}, "date"))
        if not to:
            problems.append(Problem("missing", {"field": self.tr("to")}, "to"))
        company, c = self._company, self._choices
        if self._email is None:
            return lambda s: moves.move_company(s, company, to, day, expected_from=c.seller,
                                                expected_version=c.version, source="window")
        email = self._email
        return lambda s: moves.move_user(s, email, to, day, from_company=company, source="window")

    def _record_of(self, session) -> MoveChoices:  # runs on the worker
        return self._read(session)

    def _differences(self, before: MoveChoices, after: MoveChoices) -> list[str]:
        """Only whom the company is with: the rest of the choices is not what the clerk typed."""
        if before.seller == after.seller:
            return []
        return [f"{self.tr('Current seller')}: {before.seller} → {after.seller}"]

    def _saved(self, result):
        if self._email is None:
            ids = {code: rid for code, _, rid in self._choices.targets}
            parent = DIRECT_REF if result.to_seller == moves.HOSTER else NodeRef(NodeKind.RESELLER,
                                                                                 ids.get(result.to_seller))
            words = self.tr("Company %1 moves to %2 from %3.").replace("%1", result.company).replace(
                "%2", result.to_seller).replace("%3", fmt_date(result.date))
            if result.notice is not None:  # the recurring extras the move ends
                words += " " + sentence(result.notice)
            return NodeRef(NodeKind.COMPANY, self._choices.company_id), parent, words
        ids = {code: cid for code, _, cid in self._choices.targets}
        words = self.tr("User %1 moves to %2 from %3.").replace("%1", result.email).replace(
            "%2", result.to_company).replace("%3", fmt_date(result.date))
        return NodeRef(NodeKind.USER, result.user_id), NodeRef(NodeKind.COMPANY, ids.get(result.to_company)), words
