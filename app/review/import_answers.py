"""Importing a reviewer's answers as one piece of work: the answers applied (app/review/apply.py, one unit of
work), then, when drafts were issued, their PDFs stored (issuing freezes the document:
app/services/document_store.py), a phase of its own with progress and cancel.

Runs on a worker thread or the CLI, never on the GUI thread."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine

from app.progress import Cancelled, Progress, no_progress, not_cancelled
from app.review.answers import Answers
from app.review.apply import Outcome, apply_answers

PDF_PHASE = "pdfs"  # the ``message`` of the progress reports of the second phase


@dataclass
class Imported:
    """What an import did: the answers' ``outcome``, and (drafts issued) how storing their PDFs went."""

    outcome: Outcome
    stored: object | None = None  # app/services/document_store.StoreReport, when drafts were issued

    @property
    def pdfs_not_stored(self) -> int:
        """Issued invoices left without a stored PDF (cancelled, or a PDF that could not be made): each is
        made when the invoice is first shown, sent or printed."""
        if self.stored is None:
            return 0
        return max(len(self.outcome.issued) - len(self.stored.stored) - len(self.stored.already), 0)


def import_answers(engine: Engine, given: Answers, *, issue_approved: bool, today: date | None = None,
                   progress: Progress = no_progress, cancelled: Cancelled = not_cancelled) -> Imported:
    """Apply ``given`` and store the PDFs of the drafts it issued. ``progress(done, total, PDF_PHASE)`` reports
    the PDFs; a cancel stops storing them (the answers are applied already: they are one transaction)."""
    from app.models.base import utcnow
    from app.services.document_store import store_pdfs
    from app.storage.engine import unit_of_work

    started = utcnow()
    with unit_of_work(engine) as s:
        outcome = apply_answers(s, given, issue_approved=issue_approved, today=today)
    if not outcome.issued:
        return Imported(outcome)
    stored = store_pdfs(engine, [], since=started, cancelled=cancelled,
                        progress=lambda done, total, _: progress(done, total, PDF_PHASE))
    return Imported(outcome, stored)
