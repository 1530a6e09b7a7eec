"""Storing the PDFs of a run's issued invoices (app/services/document_store.py), on SQLite and PostgreSQL,
rendered by real worker processes: every issued invoice gets exactly one stored PDF with its SHA-256, a draft
none; storing again changes nothing; a cancel keeps what was stored and the next call stores the rest; a copy
stored by someone else meanwhile is kept; `prorata run --issue` and `prorata invoices issue` store them.
"""
from __future__ import annotations

import hashlib
import io
from datetime import date

import pdfplumber
from sqlalchemy import select

from app.billing.run import run_billing
from app.cli.main import main
from app.documents.render import render
from app.models import Company, Invoice, InvoiceDocument
from app.services import document_store, documents
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

LANGUAGES = ("de_DE", "fr_FR", "ja_JP", "es_ES", "nl_NL", "it_IT", "en_GB")


def _world(db, companies: int = 7):
    """``companies`` customers of the hoster on archiving from 15 January 2026, in turn in each language."""
    w = build(db)
    for n in range(companies):
        language = LANGUAGES[n % len(LANGUAGES)]
        add_company(db, w, f"c{n:02d}", currency="JPY" if language == "ja_JP" else "EUR",
                    events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
        with unit_of_work(db) as s:
            s.get(Company, w.companies[f"c{n:02d}"]).language = language
    return w


def _stored(db) -> dict[int, InvoiceDocument]:
    with unit_of_work(db) as s:
        docs = list(s.scalars(select(InvoiceDocument)))
        s.expunge_all()
    return {d.invoice_id: d for d in docs}


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(p.extract_text() for p in doc.pages)


def test_worker_processes_store_each_issued_invoice_once(db, monkeypatch):
    _world(db)
    report = run_billing(db, date(2026, 1, 15), issue=True)
    ids = list(report.invoice_ids)
    assert len(ids) == 7
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(document_store, "CHUNK", 2)  # four chunks: both workers render
    done = document_store.store_pdfs(db, ids, workers=2, progress=lambda d, t, m: seen.append((d, t)))
    assert sorted(done.stored) == sorted(ids) and not done.already and not done.skipped and not done.cancelled
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)
    stored = _stored(db)
    assert set(stored) == set(ids)
    with unit_of_work(db) as s:
        for i in ids:
            doc = stored[i]
            assert doc.sha256 == hashlib.sha256(doc.content).hexdigest()
            inv = s.get(Invoice, i)
            assert doc.language == inv.language
            copy = documents.render_invoice(s, i)
            assert copy.stored and copy.data == doc.content  # every later copy is the stored one
            # Rendered in a batch, exactly as the invoice rendered alone (its own reads, no batch's).
            alone = render(documents.content_of(s, inv), documents.template_for(s, inv))
            assert hashlib.sha256(alone).hexdigest() == doc.sha256
            text = _text(doc.content)
            assert inv.number in text
            if inv.language == "ja_JP":
                assert "請求書" in text and "合計 ￥3,000" in text  # 2500 + 20 % = 3000 yen
            if inv.language == "es_ES":
                assert "Total 24,00 €" in text  # 20.00 + 20 % = 24.00
    again = document_store.store_pdfs(db, ids, workers=2)
    assert not again.stored and sorted(again.already) == sorted(ids)
    assert _stored(db)[ids[0]].content == stored[ids[0]].content


def test_drafts_are_skipped_and_a_cancel_keeps_what_was_stored(db, monkeypatch):
    _world(db, companies=5)
    report = run_billing(db, date(2026, 1, 15))  # drafts
    ids = list(report.invoice_ids)
    assert document_store.store_pdfs(db, ids, workers=0).skipped == ids and not _stored(db)
    with unit_of_work(db) as s:
        from app.services import invoices

        for i in ids:
            invoices.issue(s, i, date(2026, 1, 15))
    monkeypatch.setattr(document_store, "CHUNK", 2)
    calls = []
    first = document_store.store_pdfs(db, ids, workers=0, cancelled=lambda: calls.append(1) or len(calls) > 1)
    assert first.cancelled and len(first.stored) == 2 and set(_stored(db)) == set(first.stored)
    rest = document_store.store_pdfs(db, ids, workers=0)
    assert sorted(rest.stored + rest.already) == sorted(ids) and sorted(rest.already) == sorted(first.stored)
    assert set(_stored(db)) == set(ids)


def test_a_copy_stored_meanwhile_is_kept(db, monkeypatch):
    _world(db, companies=3)
    ids = list(run_billing(db, date(2026, 1, 15), issue=True).invoice_ids)
    real = document_store._render_chunk

    def render_then_someone_prints_one(engine, chunk):
        made = real(engine, chunk)
        with unit_of_work(engine) as s:  # a clerk prints the first one now: its PDF is frozen first
            documents.freeze(s, chunk[0])
        return made

    monkeypatch.setattr(document_store, "_render_chunk", render_then_someone_prints_one)
    frozen_first = None
    report = document_store.store_pdfs(db, ids, workers=0)
    frozen_first = _stored(db)[ids[0]]
    assert report.already == [ids[0]] and sorted(report.stored) == sorted(ids[1:])
    assert set(_stored(db)) == set(ids) and frozen_first.sha256 == hashlib.sha256(frozen_first.content).hexdigest()


def test_the_cli_stores_the_pdfs_of_what_it_issues(db, capsys):
    _world(db, companies=3)
    url = db.url.render_as_string(hide_password=False)
    assert main(["bill", "run", "--as-of", "2026-01-15", "--issue", "--db", url]) == 0
    with unit_of_work(db) as s:
        issued = list(s.scalars(select(Invoice.id).where(Invoice.status == "issued")))
    assert len(issued) == 3 and set(_stored(db)) == set(issued)
    assert "3 PDFs stored" in capsys.readouterr().out
    # A draft issued alone gets its PDF too.
    add_company(db, _world_of(db), "late", events=[(date(2026, 2, 1), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 15))
    with unit_of_work(db) as s:
        draft = s.scalars(select(Invoice.id).where(Invoice.status == "draft")).first()
    assert main(["invoices", "issue", str(draft), "--date", "2026-02-15", "--db", url]) == 0
    assert draft in _stored(db)


def _world_of(db):
    """The world's codes as tests/billing_world.py keeps them, read back from the database."""
    from tests.billing_world import World

    w = World()
    with unit_of_work(db) as s:
        from app.models import Plan

        w.plans = {p.code: p.id for p in s.scalars(select(Plan))}
        w.companies = {c.code: c.id for c in s.scalars(select(Company))}
    return w


def test_an_invoice_whose_pdf_cannot_be_made_is_reported_and_the_others_are_stored(db, monkeypatch):
    _world(db, companies=3)
    ids = list(run_billing(db, date(2026, 1, 15), issue=True).invoice_ids)
    from app.documents import render as rendering

    real = rendering.render

    def broken_for_the_second(content, template):
        if content.customer.code == "c01":
            raise ValueError("no such font")
        return real(content, template)

    monkeypatch.setattr(rendering, "render", broken_for_the_second)
    report = document_store.store_pdfs(db, ids, workers=0)
    with unit_of_work(db) as s:
        second = s.scalars(select(Invoice).where(Invoice.company_id == select(Company.id).where(
            Company.code == "c01").scalar_subquery())).one()
        number = second.number
    assert [i for i, _ in report.failed] == [second.id]
    problem = report.failed[0][1]
    assert problem.id == "pdf_not_stored" and number in problem.message() and "no such font" in problem.message()
    assert set(_stored(db)) == set(ids) - {second.id} and sorted(report.stored) == sorted(set(ids) - {second.id})


def test_a_print_batch_renders_the_pdfs_not_stored_yet_in_worker_processes(db, tmp_path, monkeypatch):
    from app.delivery.post import print_batch

    w = _world(db, companies=4)
    with unit_of_work(db) as s:
        for n in range(4):
            c = s.get(Company, w.companies[f"c{n:02d}"])
            c.delivery = "post"
            c.address = {"lines": [f"{n} Main Street"], "city": "Leeds", "postcode": f"LS{n} 1AA", "country": "GB"}
    ids = list(run_billing(db, date(2026, 1, 15), issue=True).invoice_ids)  # issued, no PDF stored (no CLI)
    assert not _stored(db)
    monkeypatch.setattr(document_store, "CHUNK", 1)
    monkeypatch.setenv("PRORATA_DOCUMENT_WORKERS", "2")
    monkeypatch.setattr(document_store, "MIN_WORK", 1)
    seen = []
    report = print_batch(db, tmp_path / "batch.pdf", progress=lambda d, t, m: seen.append((d, t)))
    assert len(report.printed) == 4 and not report.left_out
    assert set(_stored(db)) == set(ids)  # rendered once, stored: the batch printed those very bytes
    assert seen[0] == (0, 8) and seen[-1] == (8, 8) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    text = _text((tmp_path / "batch.pdf").read_bytes())
    with unit_of_work(db) as s:
        for inv in s.scalars(select(Invoice).where(Invoice.id.in_(ids))):
            assert inv.number in text


def test_long_documents_are_tasks_of_their_own_and_go_first(db, monkeypatch):
    """A reseller's wholesale invoice of thousands of lines renders for seconds: started last in a chunk of
    others, it would leave the other workers idle at the end."""
    _world(db, companies=3)
    ids = list(run_billing(db, date(2026, 1, 15), issue=True).invoice_ids)
    monkeypatch.setattr(document_store, "LONG", 0)  # each invoice here has its one subscription line
    todo, _, _, long = document_store._survey(db, ids)
    assert todo == ids and long == {i: 1 for i in ids}
    monkeypatch.setattr(document_store, "CHUNK", 2)
    a, b, c, d, e = range(101, 106)
    assert document_store._tasks([a, b, c, d, e], {b: 900, d: 5000}) == [[d], [b], [a, c], [e]]
