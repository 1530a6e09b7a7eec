"""Importing review answers stores the PDFs of the drafts it issues (app/review/import_answers.py), as the CLI
does, on SQLite and PostgreSQL: issuing freezes the document."""
from __future__ import annotations

import hashlib
import io

import pdfplumber
from sqlalchemy import select

from app.models import Invoice, InvoiceDocument
from app.review import answers
from app.review.import_answers import PDF_PHASE, import_answers
from app.review.package import open_review
from app.storage.engine import unit_of_work
from tests.review_world import review_world
from tests.test_review import _answer, _export


def test_the_drafts_issued_by_an_import_get_their_stored_pdf_once(db, tmp_path):
    ids = review_world(db)
    review = open_review(_export(db, tmp_path).path)
    path = _answer(review, {ids["alpha"]: ("approved", ""), ids["gamma"]: ("approved", ""),
                            ids["beta"]: ("query", "Wrong plan?")})
    seen = []
    done = import_answers(db, answers.read(path), issue_approved=True,
                          progress=lambda d, t, m: seen.append((d, t, m)))
    assert len(done.outcome.issued) == 2 and sorted(done.stored.stored) == sorted([ids["alpha"], ids["gamma"]])
    assert done.pdfs_not_stored == 0
    assert seen[0] == (0, 2, PDF_PHASE) and seen[-1] == (2, 2, PDF_PHASE)
    with unit_of_work(db) as s:
        docs = {d.invoice_id: (d.content, d.sha256) for d in s.scalars(select(InvoiceDocument))}
        number = s.get(Invoice, ids["alpha"]).number
    assert set(docs) == {ids["alpha"], ids["gamma"]}  # the held draft has none
    content, sha = docs[ids["alpha"]]
    assert hashlib.sha256(content).hexdigest() == sha
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        assert number in pdf.pages[0].extract_text()
    # Twice: nothing is issued, nothing stored again.
    again = import_answers(db, answers.read(path), issue_approved=True)
    assert again.stored is None and not again.outcome.issued and len(again.outcome.already) == 3


def test_approvals_without_issuing_store_nothing(db, tmp_path):
    ids = review_world(db)
    review = open_review(_export(db, tmp_path).path)
    path = _answer(review, {ids["alpha"]: ("approved", "")})
    done = import_answers(db, answers.read(path), issue_approved=False)
    assert done.stored is None and done.outcome.approved
    with unit_of_work(db) as s:
        assert not list(s.scalars(select(InvoiceDocument)))
