"""The review window: a review file's invoices on the left, the chosen one's PDF on the right, and the
reviewer's verdict (approve, or query with a comment) under it.

Opens without any database: everything comes from the file, checked against its manifest when opened
(app/review/package.py refuses a changed file in words). Each verdict is written at once to the answers
file beside it (app/review/answers.py), so a reviewer on a train can stop anywhere; reopening the file
picks the answers up again. Approve and Query move on to the next invoice without a verdict.
"""
from __future__ import annotations

import getpass
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMainWindow, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from app.errors import Problem, ProrataError
from app.review import answers as answer_file
from app.review.package import SUFFIX, ReviewFile, open_review
from ui.designer.pdf_pages import LatestOnly, PageView, page_images
from ui.dialogs.messages import error_text, show_error
from ui.formatting import fmt_date, fmt_money
from ui.review.list_model import ReviewListModel


def choose_and_open(parent=None) -> "ReviewWindow | None":
    """Ask for a review file and open it in a new review window (None when the user cancels or it is
    refused)."""
    window = ReviewWindow(parent)
    if not window.choose_file():
        window.deleteLater()
        return None
    window.show()
    return window


class ReviewWindow(QMainWindow):
    """Reviews one file at a time; File > Open review file… opens another."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.review: ReviewFile | None = None
        self.answers_path: Path | None = None
        self.model = ReviewListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.reviewer = QLineEdit(_login())
        self.reviewer.editingFinished.connect(self._save)
        self.summary = QLabel()
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(8, 8, 0, 8)
        row = QHBoxLayout()
        self.reviewer_label = QLabel()
        row.addWidget(self.reviewer_label)
        row.addWidget(self.reviewer, 1)
        lcol.addLayout(row)
        lcol.addWidget(self.table, 1)
        lcol.addWidget(self.summary)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.pages = PageView()
        self.renderer = LatestOnly(self)
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(64)
        self.comment.setTabChangesFocus(True)
        self.approve_button = QPushButton()
        self.approve_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.approve_button.clicked.connect(lambda: self.give("approved"))
        self.query_button = QPushButton()
        self.query_button.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.query_button.clicked.connect(lambda: self.give("query"))
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_verdict)
        self.verdict = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 8, 8, 8)
        rcol.addWidget(self.heading)
        rcol.addWidget(self.pages, 1)
        self.comment_label = QLabel()
        rcol.addWidget(self.comment_label)
        rcol.addWidget(self.comment)
        rcol.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verdict)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.query_button)
        buttons.addWidget(self.approve_button)
        rcol.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([460, 820])
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)
        self.file_menu = self.menuBar().addMenu("")
        self.open_action = QAction(self, triggered=self.choose_file)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.close_action = QAction(self, triggered=self.close)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self._resize_timer = QTimer(self, singleShot=True, interval=120)
        self._resize_timer.timeout.connect(lambda: self._render(self.current_row()))
        self.pages.sig_resized.connect(self._resize_timer.start)
        self.resize(1280, 800)
        self.setMinimumSize(QSize(900, 560))
        self.retranslate()
        self._enable(False)

    # ---------------------------------------------------------------- the file

    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open review file"), "",
                                              self.tr("Review files (*%1)").replace("%1", SUFFIX))
        return bool(path) and self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Open the review file at ``path`` (refused in words if it was changed since export) and the answers
        already given to it."""
        try:
            review = open_review(path)
        except ProrataError as exc:
            self.report_error(exc)
            return False
        if self.review is not None:
            self.review.close()
        self.review = review
        self.answers_path = answer_file.answers_path(review.path)
        given: dict[int, answer_file.Answer] = {}
        if self.answers_path.exists():
            try:
                earlier = answer_file.read(self.answers_path)
            except ProrataError as exc:
                self.report_error(exc)
                earlier = None
            if earlier is not None and earlier.review_sha256 == review.sha256:
                ids = {e.id for e in review.entries}
                given = {a.invoice_id: a for a in earlier.answers if a.invoice_id in ids}
                if earlier.reviewer:
                    self.reviewer.setText(earlier.reviewer)
        self.model.reset(review.entries, given)
        self._enable(bool(review.entries))
        self.retranslate()
        if review.entries:
            self.table.selectRow(self._next_open(-1) if len(given) < len(review.entries) else 0)
        return True

    def report_error(self, error) -> None:
        show_error(self, error, self.tr("Review"))

    # ---------------------------------------------------------------- one invoice

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def _show(self, row: int) -> None:
        if self.review is None or not 0 <= row < len(self.model.entries):
            return
        e = self.model.entries[row]
        doc = self.review.invoice(e)
        inv, ctx = doc["invoice"], doc.get("context", {})
        period = inv.get("period") or {}
        facts = [self.tr("Customer %1 (%2)").replace("%1", _esc(e.customer_name)).replace("%2", _esc(e.customer)),
                 self.tr("Total %1").replace("%1", fmt_money(Decimal(e.total), e.currency))]
        if period.get("start"):
            facts.append(self.tr("Period from %1").replace("%1", fmt_date(_day(period["start"]))))
        previous = ctx.get("previous") or []
        if previous:
            earlier = ", ".join(f"{_esc(p['number'] or '')} {fmt_money(Decimal(p['total']), p['currency'])}"
                                for p in previous)
            facts.append(self.tr("Before: %1").replace("%1", earlier))
        self.heading.setText(f"<b style='font-size:14pt'>{_esc(e.label)}</b><br>" + " · ".join(facts))
        answer = self.model.answers.get(e.id)
        self.comment.setPlainText(answer.comment if answer else "")
        self._show_verdict(e.id)
        self.problem.hide()
        self._render(row)

    def _render(self, row: int) -> None:
        """The invoice's pages, sized for the view, rasterised off the GUI thread."""
        if self.review is None or not 0 <= row < len(self.model.entries):
            return
        pdf, width = self.review.pdf(self.model.entries[row]), self.pages.page_width()
        self.renderer.submit(lambda: page_images(pdf, width), self.pages.set_images,
                             lambda exc: self._problem(self.tr("The PDF cannot be shown: %1").replace("%1", str(exc))))

    def give(self, verdict: str) -> bool:
        """The reviewer's verdict on the current invoice, with the comment typed; saved at once."""
        row = self.current_row()
        if self.review is None or row < 0:
            return False
        entry = self.model.entries[row]
        try:
            answer = answer_file.answer(entry, verdict, self.comment.toPlainText(),
                                        datetime.now(timezone.utc).isoformat(timespec="seconds"))
        except ProrataError as exc:  # next to the comment box: the message says what, the place says where
            self._problem(error_text(ProrataError([Problem(p.id, p.params, "") for p in exc.problems])))
            self.comment.setFocus()
            return False
        self.model.set_answer(row, answer)
        if not self._save():
            return False
        nxt = self._next_open(row)
        if nxt >= 0:
            self.table.selectRow(nxt)
        self.retranslate()
        return True

    def clear_verdict(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.set_answer(row, None)
            self._save()
            self._show_verdict(self.model.entries[row].id)
            self.retranslate()

    def _show_verdict(self, invoice_id: int) -> None:
        answer = self.model.answers.get(invoice_id)
        if answer is None:
            self.verdict.setText(self.tr("No verdict yet"))
            self.verdict.setStyleSheet("color: #5f6b7a;")
        else:
            approved = answer.verdict == "approved"
            self.verdict.setText(self.tr("Approved") if approved else self.tr("Queried"))
            self.verdict.setStyleSheet("font-weight: bold; color: %s;" % ("#1b6e2a" if approved else "#9a5b00"))
        self.clear_button.setEnabled(answer is not None)

    def _next_open(self, after: int) -> int:
        """The next row without a verdict after ``after`` (wrapping round), or -1."""
        n = len(self.model.entries)
        for k in range(1, n + 1):
            row = (after + k) % n
            if self.model.entries[row].id not in self.model.answers:
                return row
        return -1

    def _save(self) -> bool:
        if self.review is None or self.answers_path is None:
            return False
        given = [self.model.answers[e.id] for e in self.model.entries if e.id in self.model.answers]
        try:
            answer_file.save(self.answers_path, self.review, self.reviewer.text().strip(), given)
        except ProrataError as exc:
            self._problem(error_text(exc))
            return False
        self.statusBar().showMessage(self.tr("Answers saved to %1").replace("%1", str(self.answers_path)), 6000)
        return True

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _enable(self, on: bool) -> None:
        for w in (self.approve_button, self.query_button, self.clear_button, self.comment):
            w.setEnabled(on)

    # ---------------------------------------------------------------- words

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name = self.review.path.name if self.review else ""
        self.setWindowTitle(self.tr("Review %1").replace("%1", name) if name else self.tr("Review"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open review file…"))
        self.close_action.setText(self.tr("&Close"))
        self.reviewer_label.setText(self.tr("Reviewer"))
        self.comment_label.setText(self.tr("Comment (needed for a query)"))
        self.approve_button.setText(self.tr("Approve"))
        self.query_button.setText(self.tr("Query"))
        self.clear_button.setText(self.tr("Clear verdict"))
        self.approve_button.setToolTip(self.tr("Ctrl+Enter"))
        self.query_button.setToolTip(self.tr("Ctrl+Shift+Enter"))
        n = len(self.model.entries)
        approved = sum(1 for a in self.model.answers.values() if a.verdict == "approved")
        queried = len(self.model.answers) - approved
        self.summary.setText(self.tr("%Ln invoice(s): %1 approved, %2 queried, %3 to review", "", n)
                             .replace("%1", QLocale().toString(approved)).replace("%2", QLocale().toString(queried))
                             .replace("%3", QLocale().toString(n - approved - queried)) if n else "")

    def closeEvent(self, event) -> None:
        self._resize_timer.stop()
        self.renderer.close()
        if self.review is not None:
            self.review.close()
            self.review = None
        super().closeEvent(event)


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


def _esc(text: str) -> str:
    from html import escape

    return escape(text or "")


def _day(iso: str):
    from datetime import date

    return date.fromisoformat(iso)
