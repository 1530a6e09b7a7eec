"""Accounts: what one customer owes one issuer in one currency.

A customer is a company (its invoices come from its reseller, or from the hoster for a direct company) or a
reseller as the hoster's customer (wholesale invoices, statements). An account is made the first time
something is posted to it: an issued invoice, or a payment received before any invoice. Its balance is the
sum of its ledger entries (app/payments/ledger.py); positive, the customer owes it.

``lock`` is the one write that serialises what allocates to an account's invoices or consumes its credit:
``UPDATE payment_accounts SET version = version + 1`` (PostgreSQL locks the row until the commit, SQLite takes
its write lock), so that a second clerk reads the account only after the first one's change is committed.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, company_key, reseller_key
from app.errors import MESSAGES, ProrataError
from app.models import Company, Currency, Reseller
from app.models.base import utcnow
from app.models.payments import PaymentAccount
from app.money import minor_digits
from app.services import customer_codes

MESSAGES.setdefault("no_account", "{customer} has no account with {issuer} in {currency}: nothing was ever "
                                  "invoiced or paid there")
MESSAGES.setdefault("several_accounts", "{customer} has accounts in {currency} with several issuers ({issuers}): "
                                        "say which with --issuer")


@dataclass(frozen=True)
class Customer:
    key: str  # company:<id> or reseller:<id>
    code: str
    name: str
    company_id: int | None
    customer_reseller_id: int | None
    owner_id: int | None  # the reseller owning its rows (reseller_id); None: the hoster's
    issuer_key: str  # who invoices it now: "hoster" or "reseller:<id>"
    currency: str  # its currency at signup


def find_customer(session: Session, code: str) -> Customer:
    """The company or the reseller with this code, or ``company:CODE`` / ``reseller:CODE``; a code both
    hold is refused (``app.services.customer_codes.find``, as manual invoices find their customer)."""
    found = customer_codes.find(session, code)
    if isinstance(found, Company):
        c = found
        return Customer(company_key(c.id), c.code, c.name, c.id, None, c.reseller_id,
                        reseller_key(c.reseller_id) if c.reseller_id else HOSTER_KEY, c.currency)
    r = found
    return Customer(reseller_key(r.id), r.code, r.name, None, r.id, r.id, HOSTER_KEY, r.currency)


def issuer_reseller_id(issuer_key: str) -> int | None:
    return None if issuer_key == HOSTER_KEY else int(issuer_key.split(":", 1)[1])


def issuer_names(session: Session):
    """issuer key -> "hoster" or the reseller's code."""
    codes = {reseller_key(i): c for i, c in session.execute(select(Reseller.id, Reseller.code))}
    return lambda key: "hoster" if key == HOSTER_KEY else codes.get(key, key)


def issuer_key_of(session: Session, issuer: str) -> str:
    """The key of "hoster" or a reseller's code."""
    if issuer == "hoster":
        return HOSTER_KEY
    rid = session.scalar(select(Reseller.id).where(Reseller.code == issuer))
    if rid is None:
        raise ProrataError.of("not_found", kind="issuer", code=issuer)
    return reseller_key(rid)


def check_currency(session: Session, currency: str, where: str = "") -> str:
    minor_digits(currency)  # an ISO 4217 code, else unknown_currency
    cur = session.get(Currency, currency)
    if cur is None or not cur.enabled:
        raise ProrataError.of("currency_disabled", where, code=currency)
    return currency


def ensure(session: Session, *, customer_key: str, issuer_key: str, currency: str, owner_id: int | None,
           company_id: int | None, customer_reseller_id: int | None) -> int:
    """The id of the account, created if missing (a rival creating it at the same moment waits on the unique
    key, then finds it)."""
    t = PaymentAccount.__table__
    key = (t.c.customer_key == customer_key, t.c.issuer_key == issuer_key, t.c.currency == currency)
    found = session.scalar(select(t.c.id).where(*key))
    if found is not None:
        return found
    # The database's own dialect alone is imported (issue 12: PostgreSQL's, with its asyncpg and pg8000 parts,
    # is some 15 ms of every payment or invoice command on SQLite).
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    session.execute(dialect_insert(t).values(
        reseller_id=owner_id, customer_key=customer_key, company_id=company_id,
        customer_reseller_id=customer_reseller_id, issuer_key=issuer_key,
        issuer_reseller_id=issuer_reseller_id(issuer_key), currency=currency, created_at=utcnow(), version=1)
        .on_conflict_do_nothing(index_elements=["customer_key", "issuer_key", "currency"]))
    return session.scalar(select(t.c.id).where(*key))


def for_customer(session: Session, customer: Customer, currency: str, issuer: str | None = None, *,
                 create: bool = False) -> PaymentAccount:
    """The customer's account in ``currency`` with ``issuer`` ("hoster" or a reseller code). Without an
    issuer: its only account in that currency, else (none yet) the one with whoever invoices it now."""
    t = PaymentAccount
    q = select(t).where(t.customer_key == customer.key, t.currency == currency)
    names = issuer_names(session)
    if issuer is not None:
        key = issuer_key_of(session, issuer)
        found = session.scalars(q.where(t.issuer_key == key)).first()
    else:
        many = list(session.scalars(q.order_by(t.id)))
        if len(many) > 1:
            raise ProrataError.of("several_accounts", customer=customer.code, currency=currency,
                                  issuers=", ".join(names(a.issuer_key) for a in many))
        key = many[0].issuer_key if many else customer.issuer_key
        found = many[0] if many else None
    if found is not None:
        return found
    if not create:
        raise ProrataError.of("no_account", customer=customer.code, issuer=names(key), currency=currency)
    account_id = ensure(session, customer_key=customer.key, issuer_key=key, currency=currency,
                        owner_id=customer.owner_id, company_id=customer.company_id,
                        customer_reseller_id=customer.customer_reseller_id)
    return session.get(PaymentAccount, account_id)


def of_customer(session: Session, customer: Customer) -> list[PaymentAccount]:
    """Every account of the customer, by issuer and currency."""
    return list(session.scalars(select(PaymentAccount).where(PaymentAccount.customer_key == customer.key)
                                .order_by(PaymentAccount.issuer_key, PaymentAccount.currency)))


def lock(session: Session, account_id: int) -> None:
    """Take the account until the transaction ends (see the module's docstring)."""
    t = PaymentAccount.__table__
    session.execute(update(t).where(t.c.id == account_id).values(version=t.c.version + 1))


def customer_code(session: Session, account: PaymentAccount) -> str:
    if account.company_id is not None:
        return session.scalar(select(Company.code).where(Company.id == account.company_id))
    return session.scalar(select(Reseller.code).where(Reseller.id == account.customer_reseller_id))
