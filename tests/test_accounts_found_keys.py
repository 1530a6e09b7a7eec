"""``ledger.accounts_found`` (a billing run's look-up of the accounts of the invoices it issues): Prorata's own
customer keys (``company:<id>``, ``reseller:<id>``) are written into the statement's text, as ids are
(psycopg binds each parameter in Python); any other key is sent as a parameter, never written into SQL, and
found all the same."""
from __future__ import annotations

from sqlalchemy import event

from app.payments import accounts, ledger
from app.storage.engine import unit_of_work
from tests.billing_world import build

ODD = "company:1' OR 'a'='a"  # not a key Prorata makes: a quote, and SQL if it were written in


def _account(s, customer: str) -> int:
    return accounts.ensure(s, customer_key=customer, issuer_key="hoster", currency="EUR", owner_id=None,
                           company_id=None, customer_reseller_id=None)


def test_accounts_found_writes_in_own_keys_and_binds_any_other(db):
    build(db)
    statements: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "payment_accounts" in statement and "customer_key IN" in statement:
            statements.append((statement, parameters))

    with unit_of_work(db) as s:
        own, other, odd = _account(s, "company:1"), _account(s, "reseller:2"), _account(s, ODD)
        event.listen(db, "before_cursor_execute", seen)
        try:
            # Own keys only: both found, one statement with both keys in its text.
            found = ledger.accounts_found(s, [("company:1", "hoster", "EUR"), ("reseller:2", "hoster", "EUR"),
                                              ("company:3", "hoster", "EUR")])  # no account: left out
            assert found == {("company:1", "hoster", "EUR"): own, ("reseller:2", "hoster", "EUR"): other}
            assert len(statements) == 1
            text, params = statements[0]
            assert "'company:1'" in text and "'reseller:2'" in text and "'company:3'" in text
            assert not params
            # With an odd key beside them: every key of the page bound, none written in; all found exactly
            # (the odd key matches its own account alone, not every row as it would written into SQL).
            statements.clear()
            found = ledger.accounts_found(s, [("company:1", "hoster", "EUR"), (ODD, "hoster", "EUR")])
            assert found == {("company:1", "hoster", "EUR"): own, (ODD, "hoster", "EUR"): odd}
            assert len(statements) == 1
            text, params = statements[0]
            assert "company:1" not in text and "'a'='a'" not in text
            assert sorted(params.values() if isinstance(params, dict) else params) == sorted(["company:1", ODD])
        finally:
            event.remove(db, "before_cursor_execute", seen)
