"""A customer's accounts as a clerk (or a machine) reads them: per issuer and currency the balance, the
credit, what it owes outside invoices, on a reseller's account with the hoster the statements sent to it and
what was paid out against them, the open invoices with their due dates (``terms.due_on``: one posted without is
due on its issue date) and aging buckets, and every ledger entry with the running balance, all as of one day
(app/payments/position.py)."""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.money import to_text
from app.payments import accounts, aging, allocation, ledger, position, terms


def account_json(session: Session, account, as_of: date) -> dict:
    """The account as of ``as_of``: only what is dated on or before it counts (the one rule of
    app/payments/position.py, which aging follows too): balance = open + owed outside invoices - credit
    - statements + paid out (``to_pay_out``: what the hoster still owes a reseller on its statements)."""
    cur = account.currency
    names = accounts.issuer_names(session)
    lines = ledger.history(session, account.id, as_of)
    figures = position.position(session, account.id, as_of)
    opens = position.open_invoices(session, account.id, as_of)
    open_ = [{"invoice": inv.number, "issue_date": inv.issue_date.isoformat(),
              "status": allocation.status_for(inv.total, inv.total - inv.open),
              "due_date": terms.due_on(inv.due_date, inv.issue_date).isoformat(), "total": to_text(inv.total, cur),
              "open": to_text(inv.open, cur), "bucket": aging.bucket_of(inv.due_date, as_of, inv.issue_date)}
             for inv in opens]
    out = {"issuer": names(account.issuer_key), "currency": cur,
           "balance": to_text(figures.balance, cur), "open": to_text(figures.open, cur),
           "owed_outside_invoices": to_text(figures.outside, cur), "credit": to_text(figures.credit, cur),
           "statements": to_text(figures.statements, cur), "paid_out": to_text(figures.paid_out, cur),
           "to_pay_out": to_text(figures.to_pay_out, cur),
           "open_invoices": open_, "entries": [ln.as_json(cur) for ln in lines]}
    held = position.credit_held(session, account.id, as_of)
    if held.split:  # who holds the credit, where more than one collector has a part in the account's money
        out["credit_held"] = [{"collector": h.code, "amount": to_text(h.amount, cur)} for h in held.parts]
    return out


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
