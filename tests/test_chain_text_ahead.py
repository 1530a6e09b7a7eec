"""A run that issues makes each invoice's lines, as the invoice chain hashes them, where it computes the bill
(a worker process in a parallel run), so that its writer only chains: that text is exactly what the writer
would make from the rows it writes, and the chains it makes verify."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.billing.run import run_billing
from app.services import invoice_chain
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build

D = Decimal


def test_the_lines_text_made_ahead_is_what_the_writer_would_make(db, monkeypatch):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "c2", reseller="acme", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 3}),
        (date(2026, 2, 2), "extra", {"code": "setup", "amount": D("9.5"), "recurring": True,
                                     "description": {"de": 'Einrichtung "Grüße" \\ 設定', "en": "Setup"}})])
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])

    seen = []
    issue_linked = invoice_chain.issue_linked

    def checked(session, ids, written):
        assert set(written.lines_text) == set(written.rows)  # every invoice issued came with its text
        for k in written.rows:
            made = invoice_chain.CanonicalLines(written.line_columns)(written.lines.get(k, ()))
            assert written.lines_text[k] == made
        seen.extend(written.rows)
        return issue_linked(session, ids, written)

    monkeypatch.setattr("app.billing.run.issue_linked", checked)
    run_billing(db, date(2026, 4, 30), issue=True, workers=0)
    assert seen
    with unit_of_work(db) as s:
        assert invoice_chain.verify(s).intact


def test_drafts_need_no_text(db):
    """A run that does not issue makes none (nothing is chained)."""
    from app.billing.context import load_companies, load_context
    from app.billing.run import company_tasks, compute_batch

    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    with unit_of_work(db) as s:
        ctx = load_context(s)
        tasks = company_tasks(ctx, load_companies(s, None, None), date(2026, 2, 28))
        drafts = compute_batch(s, ctx, tasks)
    assert drafts.bills and all(b.lines_text is None for b in drafts.bills)
