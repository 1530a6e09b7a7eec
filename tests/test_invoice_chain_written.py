"""A billing run chains and posts what it issues from the rows it writes, without reading them back: the
content it hashes is, invoice by invoice and byte for byte, what the database then holds (and what ``verify``
recomputes), and the ledger entries are those that reading them back would post."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import event, select

import app.billing.run as run
from app.billing.run import run_billing
from app.models import Invoice
from app.models.payments import LedgerEntry, PaymentAccount
from app.payments import ledger
from app.services import invoice_chain
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build

D = Decimal


def test_a_run_hashes_and_posts_exactly_what_it_wrote(db, monkeypatch):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "c2", reseller="acme", tax_treatment="reverse_charge", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 7}),
        # Text that JSON escapes: quotes, a backslash, umlauts, a CJK character, a control character.
        (date(2026, 2, 2), "extra", {"code": "setup", "amount": D("12.3456"), "recurring": True,
                                     "description": {"de": 'Einrichtung "Grüße" \\ 設定\t', "en": "Setup"}}),
        (date(2026, 2, 9), "extra", {"code": "zero", "amount": D("0"), "recurring": False,
                                     "description": {"en": "Nothing at all"}})])
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"}),
        (date(2026, 2, 14), "assign", {"plan": "exchange-basic", "user": "bob@d1.example"})])
    add_company(db, w, "j1", currency="JPY", signup=date(2026, 1, 20), events=[
        (date(2026, 1, 20), "subscribe", {"plan": "archiving"})])

    compared, posted = [], []
    issue_linked, post_issued = invoice_chain.issue_linked, ledger.post_issued

    def checked_issue(session, ids, written, accounts=None, *, inserted_issued=False):
        # Inserted, lines and all, still drafts (or, on PostgreSQL, written issued: migration 0041): what the
        # database holds is what was hashed.
        assert inserted_issued == (db.dialect.name == "postgresql")
        stored, stored_lines = invoice_chain._content(session, list(ids.values()))
        hashed = invoice_chain.written_canonical(written)
        for k, iid in ids.items():
            assert hashed[k] == invoice_chain._canonical(stored[iid].content, stored_lines[iid])
            assert stored[iid].status == ("issued" if inserted_issued else "draft")
            assert stored[iid].chain_hash == invoice_chain._hash(stored[iid].chain_prev, hashed[k])
        compared.extend(ids.values())
        return issue_linked(session, ids, written, accounts, inserted_issued=inserted_issued)

    def checked_post(session, invoice_ids, issued=None, known=None):
        if issued is not None:
            t = Invoice.__table__.c
            read = session.execute(select(*(t[f] for f in ledger.Issued._fields))
                                   .where(t.id.in_(invoice_ids)).order_by(t.id)).all()
            assert [tuple(r) for r in read] == sorted(tuple(r) for r in issued)
            posted.extend(invoice_ids)
        return post_issued(session, invoice_ids, issued, known)

    monkeypatch.setattr("app.billing.run.issue_linked", checked_issue)
    monkeypatch.setattr(ledger, "post_issued", checked_post)
    run_billing(db, date(2026, 4, 30), issue=True, workers=0)

    with unit_of_work(db) as s:
        t = Invoice.__table__.c
        company_invoices = set(s.scalars(select(t.id).where(t.company_id.is_not(None), t.chain_pos.is_not(None))))
        entries = dict(s.execute(select(LedgerEntry.document_id, LedgerEntry.amount)).all())
        totals = dict(s.execute(select(t.id, t.total).where(t.chain_pos.is_not(None))).all())
        report = invoice_chain.verify(s)
    assert company_invoices and set(compared) == company_invoices == set(posted)
    assert report.intact and report.invoices == len(totals)
    assert all(entries[iid] == totals[iid] for iid in company_invoices)  # invoices and credit notes: their totals


def test_the_writer_posts_to_the_accounts_found_where_bills_were_computed(db, monkeypatch):
    """Once a customer's account exists, the process that computes its bills finds it (reading) and the writer
    posts to it without looking it up; an account that did not exist is made by the writer, once."""
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    writing, looked_up = [], []
    write_rows = run.write_rows

    def watched_write(*args, **kwargs):
        writing.append(True)
        try:
            return write_rows(*args, **kwargs)
        finally:
            writing.clear()

    def watch(conn, cursor, statement, parameters, context, executemany):
        if writing and "payment_accounts.customer_key IN" in statement:  # accounts looked up by their keys
            looked_up.append(statement)

    monkeypatch.setattr(run, "write_rows", watched_write)
    event.listen(db, "before_cursor_execute", watch)
    try:
        run_billing(db, date(2026, 1, 31), issue=True, workers=0)  # the first invoices: their accounts made
        made = len(looked_up)
        looked_up.clear()
        run_billing(db, date(2026, 4, 30), issue=True, workers=0)
    finally:
        event.remove(db, "before_cursor_execute", watch)
    assert made > 0 and looked_up == []
    with unit_of_work(db) as s:
        t = Invoice.__table__.c
        posted = dict(s.execute(select(LedgerEntry.document_id, LedgerEntry.account_id)).all())
        owners = dict(s.execute(select(t.id, t.company_id).where(t.chain_pos.is_not(None),
                                                                 t.company_id.is_not(None))).all())
        accounts = dict(s.execute(select(PaymentAccount.id, PaymentAccount.company_id)).all())
    assert len(owners) > 4 and all(accounts[posted[iid]] == cid for iid, cid in owners.items())
    companies = [cid for cid in accounts.values() if cid is not None]  # and the reseller's, for its settlements
    assert sorted(companies) == sorted(set(owners.values()))  # one account per company: one issuer each
