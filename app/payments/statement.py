"""A customer's accounts as a clerk (or a machine) reads them: per issuer and currency the balance, the
credit, the open invoices with their due dates (``terms.due_on``: one posted without is due on its issue date)
and aging buckets, and every ledger entry with the running balance."""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.money import to_text
from app.payments import accounts, aging, allocation, ledger, terms


def account_json(session: Session, account, as_of: date) -> dict:
    cur = account.currency
    names = accounts.issuer_names(session)
    lines = ledger.history(session, account.id)
    open_ = [{"invoice": inv.number, "issue_date": inv.issue_date.isoformat(), "status": inv.status,
              "due_date": terms.due_on(due, inv.issue_date).isoformat(), "total": to_text(inv.total, cur),
              "open": to_text(left, cur), "bucket": aging.bucket_of(due, as_of, inv.issue_date)}
             for (inv, left), due in _with_due(session, allocation.open_invoices(session, account.id))]
    credit = allocation.credit(session, account.id)
    return {"issuer": names(account.issuer_key), "currency": cur,
            "balance": to_text(ledger.balance(session, account.id), cur), "credit": to_text(credit, cur),
            "open_invoices": open_, "entries": [ln.as_json(cur) for ln in lines]}


def _with_due(session: Session, rows):
    from sqlalchemy import select

    from app.models.payments import LedgerEntry

    ids = [inv.id for inv, _ in rows]
    due = dict(session.execute(select(LedgerEntry.document_id, LedgerEntry.due_date)
                               .where(LedgerEntry.document_id.in_(ids))).all()) if ids else {}
    return [(r, due.get(r[0].id)) for r in rows]


def show(session: Session, customer: str, *, currency: str | None = None, issuer: str | None = None,
         as_of: date | None = None) -> dict:
    """The customer and each of its accounts (only those of ``currency`` / ``issuer`` when given)."""
    who = accounts.find_customer(session, customer)
    day = as_of or date.today()
    names = accounts.issuer_names(session)
    rows = [a for a in accounts.of_customer(session, who)
            if (currency is None or a.currency == currency) and (issuer is None or names(a.issuer_key) == issuer)]
    return {"customer": who.code, "name": who.name, "as_of": day.isoformat(),
            "accounts": [account_json(session, a, day) for a in rows]}
