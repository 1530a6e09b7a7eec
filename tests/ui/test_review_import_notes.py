"""File > "Import review answers…" says the notes ``review import --issue-approved`` returns for the drafts it
issues (app/review/apply.py ``Outcome.notes``): credit another collector holds, not applied. SQLite and
PostgreSQL; English and German.

The world of tests/test_run_credit_held_notice.py: acme (VAT 21 %) bills bc one Exchange Basic user at 6.00 a
month: 6.00 + 21 % = 6.00 + 1.26 = 7.26 an invoice. bc paid 50.00 on Feb 10 while the hoster collected (the
hoster's money); acme now bills in reseller_bills (acme collects), so the hoster's 50.00 pays none of it.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from app.billing.run import run_billing
from app.errors import Problem
from app.models import Invoice
from app.payments import allocation
from app.review.apply import Outcome
from app.storage.engine import unit_of_work
from tests.test_credit_held_by_collector import _bc
from tests.test_run_credit_held_notice import held_by_hoster
from ui import i18n
from ui.delivery import ReviewImport
from ui.worker import Worker

SHOTS = Path("/tmp/h/shots")


@pytest.fixture
def dbworker(qapp, db):
    w = Worker(db)
    yield w
    w.close()


def _approved_answers(db, tmp_path) -> tuple[int, Path]:
    """bc's Feb 1 draft (7.26) exported for review and approved; the answers file's path."""
    from app.review import answers
    from app.review.export import export_review
    from app.review.package import open_review

    held_by_hoster(db)
    run_billing(db, date(2026, 2, 1))
    with unit_of_work(db) as s:
        (draft,) = s.scalars(select(Invoice.id).where(Invoice.company_id == _bc(s)))
    out = tmp_path / "feb.prorata-review"
    export_review(db, out, since=date(2026, 1, 1), exported_by="ann")
    review = open_review(out)
    given = [answers.answer(e, "approved", "", at="2026-02-02T08:00:00Z") for e in review.entries if e.id == draft]
    path = answers.answers_path(review.path)
    answers.save(path, review, "rita", given)
    review.close()
    return draft, path


def _import(qtbot, worker, path: Path, monkeypatch) -> QMessageBox:
    parent = QWidget()
    qtbot.addWidget(parent)
    importer = ReviewImport(worker, parent)
    got = []
    importer.sig_imported.connect(got.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # issue them
    importer.start()
    qtbot.waitUntil(lambda: bool(got), timeout=15000)
    qtbot.waitUntil(worker.idle, timeout=15000)
    return importer.last_box


def _shot(box: QMessageBox, name: str) -> None:
    if SHOTS.is_dir():
        box.show()
        QApplication.processEvents()
        box.grab().save(str(SHOTS / f"{name}.png"))


def test_the_window_says_the_credit_held_by_the_other_collector_was_not_applied(qtbot, db, dbworker, tmp_path,
                                                                               monkeypatch):
    draft, path = _approved_answers(db, tmp_path)
    box = _import(qtbot, dbworker, path, monkeypatch)
    with unit_of_work(db) as s:
        inv = s.get(Invoice, draft)
        number, status, open_ = inv.number, inv.status, allocation.open_amount(s, inv)
    assert (status, open_) == ("issued", Decimal("7.26"))  # nothing of the hoster's 50.00 applied: 7.26 open
    assert box.informativeText() == (
        f"Issued: 1\n  draft #{draft} -> {number}\n\n"
        f"Notes: 1\n  {number}: credit of 50.00 EUR held by hoster was not applied: it pays only hoster's invoices")
    _shot(box, "review_import_notes_en")
    box.close()


def test_the_notes_in_german(qapp):
    QLocale.setDefault(QLocale("de_DE"))
    i18n.switch(qapp, "de", save=False)
    try:
        held = Problem("credit_not_applied_on_issue", {"amount": "50.00", "currency": "EUR", "collector": "hoster"})
        out = Outcome(issued=["draft #4 -> INV-2026-00001"], notes=[("INV-2026-00001", held)])
        text = ReviewImport.words(out)
        assert text.startswith("Ausgestellt: 1\n  draft #4 -> INV-2026-00001\n\nHinweise: 1\n  INV-2026-00001: ")
        # The note in the reader's language (translations/core/de.po), as the issuing window says it.
        assert "INV-2026-00001: Guthaben von 50.00 EUR bei hoster wurde nicht angerechnet" in text
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(QLocale("en_GB"))


def test_no_notes_no_notes_section():
    out = Outcome(issued=["draft #4 -> INV-2026-00001"])
    assert ReviewImport.words(out) == "Issued: 1\n  draft #4 -> INV-2026-00001"
