"""Offline review (app/review/, ``prorata review``): export drafts to a file, answer them without the
database, import the answers; on SQLite and PostgreSQL. A tampered file and answers for invoices changed
since the export are refused in words. Figures: tests/review_world.py (each draft 20.00 + 4.00 tax = 24.00).
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import select

from app.cli.main import main
from app.errors import ProrataError
from app.models import AuditEntry, Invoice
from app.review import answers
from app.review.apply import apply_answers
from app.review.export import export_review
from app.review.package import open_review
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.review_world import DAY, review_world


def _export(db, tmp_path):
    return export_review(db, tmp_path / "jan.prorata-review", since=DAY, exported_by="ann")


def _answer(review, verdicts: dict[int, tuple[str, str]]):
    given = [answers.answer(e, *verdicts[e.id], at="2026-01-16T08:00:00Z") for e in review.entries
             if e.id in verdicts]
    path = answers.answers_path(review.path)
    answers.save(path, review, "rita", given)
    return path


def _status(db, ids) -> dict[int, tuple[str, str | None]]:
    with unit_of_work(db) as s:
        return {i: (s.get(Invoice, i).status, s.get(Invoice, i).number) for i in ids}


def test_a_review_file_holds_each_draft_with_its_pdf_and_figures(db, tmp_path):
    ids = review_world(db)
    out = _export(db, tmp_path)
    assert out.count == 3
    review = open_review(out.path)
    assert sorted(e.id for e in review.entries) == sorted(ids.values())
    alpha = next(e for e in review.entries if e.id == ids["alpha"])
    assert (alpha.label, alpha.customer, alpha.total, alpha.currency, alpha.status) == (
        f"draft #{ids['alpha']}", "alpha", "24.00", "EUR", "draft")
    doc = review.invoice(alpha)
    assert doc["invoice"]["subtotal"] == "20.00" and doc["invoice"]["tax"] == "4.00"
    assert doc["context"]["customer"] == {"code": "alpha", "name": "Alpha"}
    with pdfplumber.open(io.BytesIO(review.pdf(alpha))) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Alpha" in text and "24.00" in text
    assert review.manifest["exported_by"] == "ann"
    review.close()


def test_the_round_trip_issues_approved_drafts_and_notes_queries(db, tmp_path):
    ids = review_world(db)
    review = open_review(_export(db, tmp_path).path)
    path = _answer(review, {ids["alpha"]: ("approved", ""), ids["beta"]: ("query", "Is archiving still wanted?")})
    review.close()
    assert path.name == "jan.answers.json"
    with unit_of_work(db) as s:
        out = apply_answers(s, answers.read(path), issue_approved=True)
    assert out.refused == [] and out.queried == [f"draft #{ids['beta']}"]
    st = _status(db, ids.values())
    assert st[ids["alpha"]][0] == "issued" and st[ids["alpha"]][1] is not None
    assert out.issued == [f"draft #{ids['alpha']} -> {st[ids['alpha']][1]}"]
    assert st[ids["beta"]] == ("draft", None) and st[ids["gamma"]] == ("draft", None)  # gamma: not answered
    with unit_of_work(db) as s:
        notes = {(e.action, e.entity_id): e.after for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(("review_query", "review_approve"))))}
    assert notes[("review_query", str(ids["beta"]))]["comment"] == "Is archiving still wanted?"
    assert notes[("review_query", str(ids["beta"]))]["reviewer"] == "rita"
    assert ("review_approve", str(ids["alpha"])) in notes

    with unit_of_work(db) as s:  # importing again changes nothing
        again = apply_answers(s, answers.read(path), issue_approved=True)
    assert again.issued == [] and again.queried == [] and again.refused == []
    assert sorted(again.already) == sorted([f"draft #{ids['alpha']}", f"draft #{ids['beta']}"])
    assert _status(db, ids.values()) == st


def test_answers_for_invoices_changed_since_the_export_are_refused_and_the_rest_applied(db, tmp_path):
    ids = review_world(db)
    review = open_review(_export(db, tmp_path).path)
    path = _answer(review, {ids["alpha"]: ("approved", ""), ids["beta"]: ("approved", ""),
                            ids["gamma"]: ("query", "why?")})
    review.close()
    with unit_of_work(db) as s:  # after the export: beta's draft gets another line, gamma's is deleted
        inv = s.get(Invoice, ids["beta"])
        invoices.edit_draft(s, inv.id, [invoices.ManualLine({"en": "Setup"}, Decimal(1), Decimal("10.00"),
                                                            Decimal(20))])
        invoices.delete_draft(s, ids["gamma"])
    with unit_of_work(db) as s:
        out = apply_answers(s, answers.read(path), issue_approved=True)
    words = [p.message() for p in out.refused]
    assert words == [
        f"draft #{ids['beta']} changed after the review file was exported (version 1 then, 2 now): its answer "
        "(approved) was not applied; export it for review again",
        f"draft #{ids['gamma']} no longer exists: it was deleted after the review file was exported; its answer "
        "(query) was not applied"]
    assert len(out.issued) == 1 and _status(db, [ids["beta"]])[ids["beta"]][0] == "draft"


def _tamper(path, member: str) -> None:
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i.filename) for i in z.infolist()}
    data = bytearray(members[member])
    data[len(data) // 2] ^= 0x01
    members[member] = bytes(data)
    with zipfile.ZipFile(path, "w") as z:
        for name, body in members.items():
            z.writestr(name, body)


@pytest.mark.parametrize("member", ["pdfs/{id}.pdf", "invoices/{id}.json"])
def test_a_tampered_review_file_is_refused_in_words(db, tmp_path, member, capsys):
    ids = review_world(db)
    path = _export(db, tmp_path).path
    name = member.format(id=ids["beta"])
    _tamper(path, name)
    with pytest.raises(ProrataError) as exc:
        open_review(path)
    assert str(exc.value) == (f"{path} was changed after it was exported: {name} does not match the SHA-256 in "
                              "its manifest; nothing in it can be trusted, ask for a new export")
    assert main(["review", "open", str(path)]) == 2  # refused before any window opens
    assert "does not match the SHA-256" in capsys.readouterr().err


def test_a_member_added_or_removed_is_refused(db, tmp_path):
    review_world(db)
    path = _export(db, tmp_path).path
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("pdfs/999.pdf", b"%PDF-1.4")
    with pytest.raises(ProrataError, match="holds pdfs/999.pdf, which its manifest does not list"):
        open_review(path)
    (tmp_path / "x.prorata-review").write_bytes(b"not a zip")
    with pytest.raises(ProrataError, match="is not a review file"):
        open_review(tmp_path / "x.prorata-review")


def test_the_cli_round_trip(db, tmp_path, capsys):
    ids = review_world(db)
    url = db.url.render_as_string(hide_password=False)
    out = tmp_path / "jan.prorata-review"
    assert main(["review", "export", "--since", "2026-01-01", "--out", str(out), "--db", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["invoices"] == 3
    review = open_review(out)
    path = _answer(review, {ids["alpha"]: ("approved", ""), ids["gamma"]: ("query", "Customer left in March?")})
    review.close()
    assert main(["review", "import", str(path), "--issue-approved", "--date", "2026-01-16", "--db", url,
                 "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["queried"] == [f"draft #{ids['gamma']}"] and len(done["issued"]) == 1
    with unit_of_work(db) as s:
        assert s.get(Invoice, ids["alpha"]).issue_date == date(2026, 1, 15)  # a run's draft keeps its date
        # Issuing froze its document: its PDF is stored (app/services/document_store.py), the held one has none.
        from app.models import InvoiceDocument

        assert set(s.scalars(select(InvoiceDocument.invoice_id))) == {ids["alpha"]}
    assert main(["review", "export", "--since", "2027-01-01", "--out", str(out), "--db", url]) == 2
    assert "nothing to review" in capsys.readouterr().err


def test_a_query_needs_a_comment(db, tmp_path):
    review_world(db)
    review = open_review(_export(db, tmp_path).path)
    with pytest.raises(ProrataError, match="needs a comment"):
        answers.answer(review.entries[0], "query", "  ")
    review.close()
