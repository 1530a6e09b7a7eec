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

    def checked(session, ids, written, accounts=None, **how):
        assert set(written.lines_text) == set(written.rows)  # every invoice issued came with its text
        _, stored = invoice_chain._content(session, [ids[k] for k in written.rows])  # the lines as written
        for k in written.rows:
            made = "[" + ",".join(invoice_chain._write_line(values) for values in stored[ids[k]]) + "]"
            assert written.lines_text[k] == made
        seen.extend(written.rows)
        return issue_linked(session, ids, written, accounts, **how)

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


def test_each_invoice_is_posted_to_its_own_new_account(db):
    """A run's first invoices make their accounts in bulk (SQLite: without reading them back): each entry is on
    the account of its invoice's customer, issuer and currency."""
    from sqlalchemy import select

    from app.billing.context import HOSTER_KEY, company_key, reseller_key
    from app.models import Invoice
    from app.models.payments import LedgerEntry, PaymentAccount

    w = build(db)
    for code, reseller in (("c1", "acme"), ("c2", "acme"), ("c3", None), ("c4", "acme")):
        add_company(db, w, code, reseller=reseller, events=CONTOSO_EVENTS)
    add_company(db, w, "j1", currency="JPY", signup=date(2026, 1, 20), events=[
        (date(2026, 1, 20), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 31), issue=True, workers=0)
    with unit_of_work(db) as s:
        i, e, a = Invoice.__table__.c, LedgerEntry.__table__.c, PaymentAccount.__table__.c
        rows = s.execute(select(i.company_id, i.issuer_reseller_id, i.currency, a.customer_key, a.issuer_key,
                                a.currency, a.company_id)
                         .join_from(LedgerEntry.__table__, Invoice.__table__, i.id == e.document_id)
                         .join(PaymentAccount.__table__, a.id == e.account_id)
                         .where(i.company_id.is_not(None))).all()
        accounts = s.scalar(select(PaymentAccount.id).order_by(PaymentAccount.id.desc()).limit(1))
    assert len(rows) >= 5 and accounts
    for cid, issuer, currency, customer_key, issuer_key, account_currency, account_company in rows:
        assert (customer_key, issuer_key, account_currency, account_company) == (
            company_key(cid), HOSTER_KEY if issuer is None else reseller_key(issuer), currency, cid)
