"""The ledger: every movement on an account, appended, never changed (the database refuses it).

An entry's amount is what it adds to what the customer owes (``EntryKind`` says the sign of each kind), so
an account's balance is the sum of its entries, computed when asked and never stored. Issued invoices,
credit notes and statements are posted by ``post_issued``, which ``app.services.invoice_chain`` (``seal``, the
one way a draft becomes issued: settlements, credit notes; ``issue_linked``, its two-step form for billing
runs) calls in the same transaction. Issuing one draft reads what its posting needs before the draft takes its
number (``prepare_posting``) and writes the entry with it (``post_prepared``). So a document is posted exactly
when it is issued, with its own total, and only once: the entry names its document, which is unique in the
ledger, and documents already posted are skipped.

Posting an invoice also fixes its due date (its issuer's payment terms, app/payments/terms.py) and applies
the account's credit to it, if there is any. Posting a credit note settles the invoice it credits: what
settled that invoice before (payments) is taken back and becomes credit, and the credit note settles it; that
credit is then applied at once to the account's other open invoices, oldest first, each payment's to its
collector's invoices (``allocation.apply_freed``), and the caller tells the clerk (``freed_credit``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, company_key, reseller_key
from app.models import Invoice, InvoiceKind
from app.models.base import utcnow
from app.models.payments import DEFAULT_TERMS_DAYS, EntryKind, LedgerEntry, PaymentAccount
from app.money import to_text
from app.payments import accounts, allocation, terms
from app.storage.bulk import BulkWriter

PAGE = 500
ZERO = Decimal(0)


def _keys(row) -> tuple[str, str, str]:
    return account_key(row.company_id, row.customer_reseller_id, row.issuer_reseller_id, row.currency)


def accounts_found(session: Session, keys) -> dict[tuple[str, str, str], int]:
    """(customer key, issuer key, currency) -> account id, of those of ``keys`` that have an account (an account
    is never deleted nor given other keys: an id found stays right). Reads only: a billing run's worker
    processes find the accounts of the invoices they compute (``post_issued``'s ``known``)."""
    t = PaymentAccount.__table__.c
    wanted = set(keys)
    found: dict[tuple[str, str, str], int] = {}
    customers = sorted({k[0] for k in wanted})
    for start in range(0, len(customers), PAGE):
        for account_id, customer, issuer, currency in session.execute(
                select(t.id, t.customer_key, t.issuer_key, t.currency)
                .where(t.customer_key.in_(_customers_in(customers[start:start + PAGE])))):
            key = (customer, issuer, currency)
            if key in wanted:
                found[key] = account_id
    return found


_CUSTOMER_KEY = re.compile(r"(company|reseller):[0-9]{1,18}\Z")


def _customers_in(customers: list[str]):
    """Customer keys for ``column.in_(...)``: written into the statement's text when each is a key as Prorata
    makes them (``company_key``, ``reseller_key``: a word and an id, nothing else is ever written into SQL), as
    ``bulk.ids_written_in`` writes ids, rather than sent as one parameter each (psycopg binds every parameter in
    Python: about 2.5 ms of a run's CPU per 500 keys against 1 written in; SQLite the same either way); else
    bound."""
    if all(_CUSTOMER_KEY.match(c) for c in customers):
        return bindparam(None, list(customers), expanding=True, literal_execute=True)
    return customers


def account_key(company_id: int | None, customer_reseller_id: int | None, issuer_reseller_id: int | None,
                currency: str) -> tuple[str, str, str]:
    """The keys of the account a document with these columns is posted to."""
    customer = company_key(company_id) if company_id is not None else reseller_key(customer_reseller_id)
    issuer = HOSTER_KEY if issuer_reseller_id is None else reseller_key(issuer_reseller_id)
    return customer, issuer, currency


def account_ids(session: Session, rows, known: dict | None = None) -> dict[tuple[str, str, str], int]:
    """(customer key, issuer key, currency) -> account id, for each row's account (missing ones created);
    ``known``: accounts found already (``accounts_found``), not looked up again. A row: anything with the
    ``reseller_id`` (owner), ``company_id``, ``customer_reseller_id``, ``issuer_reseller_id`` and ``currency``
    of a document."""
    wanted = {_keys(r): r for r in rows}
    found = {k: known[k] for k in wanted if k in known} if known else {}
    if len(found) < len(wanted):
        found.update(accounts_found(session, [k for k in wanted if k not in found]))
    missing = sorted(set(wanted) - set(found))
    if len(missing) == 1:
        key = missing[0]
        r = wanted[key]
        found[key] = accounts.ensure(session, customer_key=key[0], issuer_key=key[1], currency=key[2],
                                     owner_id=r.reseller_id, company_id=r.company_id,
                                     customer_reseller_id=None if r.company_id is not None else r.customer_reseller_id)
    elif missing:
        # A billing run's first month makes one account per company: inserted as ``ensure`` does one (a rival
        # inserting the same account waits on the unique key, then is skipped), as plain tuples straight to
        # the driver, then read back.
        conn = session.connection()
        created_at = BulkWriter(conn, PaymentAccount.__table__, ["created_at"]).storage("created_at", utcnow())
        rows = [(r.reseller_id, k[0], r.company_id, None if r.company_id is not None else r.customer_reseller_id,
                 k[1], accounts.issuer_reseller_id(k[1]), k[2], created_at, 1) for k in missing for r in (wanted[k],)]
        into = ("INSERT INTO payment_accounts (reseller_id, customer_key, company_id, customer_reseller_id, "
                "issuer_key, issuer_reseller_id, currency, created_at, version) ")
        skip = " ON CONFLICT (customer_key, issuer_key, currency) DO NOTHING"
        if conn.dialect.name == "postgresql":  # one statement, each column an array (a row at a time is slow)
            types = ("integer", "text", "integer", "integer", "text", "integer", "text", "timestamp", "integer")
            conn.exec_driver_sql(into + "SELECT * FROM unnest(" + ", ".join(f"%s::{t}[]" for t in types) + ")" + skip,
                                 tuple(list(column) for column in zip(*rows)))
        else:
            inserted = conn.exec_driver_sql(into + f"VALUES ({', '.join(['?'] * 9)})" + skip, rows).rowcount
            if inserted == len(rows):
                # None skipped: under this transaction's write lock they took consecutive rowids, in row order,
                # ending at the last one (as ``bulk.insert_with_ids`` relies on); no need to read them back.
                last = conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
                found.update(zip(missing, range(last - len(rows) + 1, last + 1)))
                return found
        found.update(accounts_found(session, missing))  # made here or, a moment ago, by a rival
    return found


class Issued(NamedTuple):
    """A document just issued, as ``post_issued`` needs it."""

    id: int
    kind: str
    number: str
    company_id: int | None
    customer_reseller_id: int | None
    reseller_id: int | None
    issuer_reseller_id: int | None
    currency: str
    total: Decimal
    issue_date: date
    credits_id: int | None


ENTRY_COLUMNS = ("reseller_id", "account_id", "kind", "amount", "entry_date", "due_date", "document_id", "payment_id",
                 "allocation_id", "reference", "actor", "recorded_at")


def post_issued(session: Session, invoice_ids: list[int], issued: list[Issued] | None = None,
                known: dict | None = None) -> None:
    """Post these just-issued documents (see the module's docstring). Idempotent: a document already in the
    ledger is not posted again. ``issued``: these documents as their issuer has them in memory, drafts until
    this transaction (so never posted), posted without reading them back (a billing run). ``known``: accounts
    already found (``accounts_found``; a billing run's workers find them)."""
    from app.services.audit import current_actor

    if not invoice_ids:
        return
    t, e = Invoice.__table__.c, LedgerEntry.__table__.c
    actor, now = current_actor(session), utcnow()
    rows: list = []
    if issued is not None:
        rows = sorted(issued, key=lambda r: r.id)
    else:
        for start in range(0, len(invoice_ids), PAGE):
            page = invoice_ids[start:start + PAGE]
            posted = set(session.scalars(select(e.document_id).where(e.document_id.in_(page))))
            rows += [r for r in session.execute(
                select(t.id, t.kind, t.number, t.company_id, t.customer_reseller_id, t.reseller_id,
                       t.issuer_reseller_id, t.currency, t.total, t.issue_date, t.credits_id)
                .where(t.id.in_(page)).order_by(t.id))
                     if r.id not in posted]
    if not rows:
        return
    credited_ids = sorted({r.credits_id for r in rows if r.credits_id is not None})
    credited = {r.id: r for r in session.execute(select(t.id, t.kind, t.total).where(t.id.in_(credited_ids)))} \
        if credited_ids else {}
    ids = account_ids(session, rows, known)
    days = terms.days_by_issuer(session, {_keys(r)[1] for r in rows})
    entries, notes, invoices_by_account = [], [], defaultdict(list)
    corrections: list[tuple[int, int]] = []  # (account, a run's correction credit note): ``_settle_corrected``
    owing: list[tuple[int, date]] = []  # (account, day) of statements that net against the reseller
    for r in rows:
        account = ids[_keys(r)]
        of_statement = r.credits_id is not None and credited[r.credits_id].kind == InvoiceKind.STATEMENT.value
        kind, amount, due = _entry_of(r, days[_keys(r)[1]], of_statement)
        if kind == EntryKind.INVOICE.value:
            invoices_by_account[account].append(r.id)
        elif kind == EntryKind.CREDIT_NOTE.value and r.credits_id is not None:
            notes.append((account, r))
        elif kind == EntryKind.CREDIT_NOTE.value:
            corrections.append((account, r.id))
        elif kind == EntryKind.STATEMENT.value and amount > 0 and not of_statement:
            owing.append((account, r.issue_date))
        entries.append((r.reseller_id, account, kind, amount, r.issue_date, due, r.id, None, None, r.number, actor,
                        now))
    if issued is not None:  # a billing run's thousands: in bulk (COPY on PostgreSQL)
        session.flush()  # anything pending goes first, as it would before a Core insert
        BulkWriter(session.connection(), LedgerEntry.__table__, ENTRY_COLUMNS).write(entries)
    else:
        session.execute(insert(LedgerEntry.__table__), [dict(zip(ENTRY_COLUMNS, entry)) for entry in entries])
    for account_id, note in notes:
        _settle_credited(session, account_id, note, actor)
    _settle_corrected(session, corrections, actor, now, invoices_by_account)
    _apply_credit_on_issue(session, invoices_by_account, actor, now)
    _settle_statements_on_issue(session, owing, actor, now)


def _settle_statements_on_issue(session: Session, owing: list[tuple[int, date]], actor: str,
                                posted_at: datetime) -> None:
    """A statement that nets against the reseller, just posted, is settled at once by what the reseller's
    payments have left (app/payments/payouts.py ``settle_statements``), dated its day, as credit is applied to an
    invoice as it is issued. Only accounts with credit are held, in order of id; audited last."""
    from app.payments import payouts

    days: dict[int, date] = {}
    for account_id, day in owing:
        days[account_id] = max(day, days.get(account_id, day))
    done = []
    for account_id in _accounts_with_credit(session, sorted(days)):
        accounts.lock(session, account_id)
        account = session.get(PaymentAccount, account_id)
        done.append((account.reseller_id, payouts.settle_statements(session, account, days[account_id], actor=actor,
                                                                    recorded_at=posted_at)))
    for reseller_id, made in done:
        allocation.audit_all(session, made, reseller_id, "credit applied on issue")


def _entry_of(doc, terms_days: int, of_statement: bool = False) -> tuple[str, Decimal, date | None]:
    """(entry kind, amount, due date) of a document's ledger entry: a statement (or a credit note of one) is
    owed to the customer, a credit note takes its (negative) total off, an invoice falls due after the issuer's
    payment terms."""
    if doc.kind == InvoiceKind.STATEMENT.value or of_statement:
        return EntryKind.STATEMENT.value, -doc.total, None
    if doc.kind == InvoiceKind.CREDIT_NOTE.value:
        return EntryKind.CREDIT_NOTE.value, doc.total, None
    return EntryKind.INVOICE.value, doc.total, doc.issue_date + timedelta(days=terms_days)


class Posting(NamedTuple):
    """One document about to be issued, made ready to post ahead of its number (``prepare_posting``)."""

    entry: dict  # its ledger entry, the reference (its number) still missing
    account_id: int
    may_have_credit: bool  # its account's credit is applied to it once issued


def prepare_posting(session: Session, doc: Issued, facts=None) -> Posting | None:
    """What ``post_prepared`` writes for ``doc`` (a draft claimed by this transaction, ``doc.number`` unused):
    its account (created if missing), due date and whether credit may apply, read before the document takes
    its number, so that the issuer's series waits for one INSERT only. None for a credit note of an
    invoice: it settles that invoice, and is posted by ``post_issued`` once issued. ``facts``: what
    ``account_facts_columns`` read along with the caller's own statement (attributes ``FACTS``), else read here."""
    from app.services.audit import current_actor

    if doc.credits_id is not None:
        return None
    customer, issuer, currency = _keys(doc)
    if facts is None and session.autoflush:  # as when the facts were read by the ORM
        session.flush()
    found = facts if facts is not None else session.execute(_account_facts(), account_keys(doc)).one()
    days = DEFAULT_TERMS_DAYS if found.days is None else found.days
    account = found.id
    # At least the credit (refunds are not counted off), as ``_accounts_with_credit`` reckons it.
    left = (found.received or ZERO) - (found.notes or ZERO) - (found.spent or ZERO)
    if account is None:  # the customer's first document from this issuer in this currency: a new account
        account = _new_account(session, doc, customer, issuer, currency)
    kind, amount, due = _entry_of(doc, days)
    entry = dict(zip(ENTRY_COLUMNS, (doc.reseller_id, account, kind, amount, doc.issue_date, due, doc.id, None,
                                     None, None, current_actor(session), utcnow())))
    return Posting(entry, account, due is not None and left > 0)


FACTS = ("id", "days", "received", "notes", "spent")  # what ``prepare_posting`` reads of the document's account


def account_keys(doc: Issued) -> dict:
    """The parameters of ``account_facts_columns`` for ``doc``."""
    customer, issuer, currency = _keys(doc)
    return {"customer": customer, "issuer": issuer, "currency": currency}


def account_facts_columns(prefix: str, keys: tuple | None = None) -> tuple:
    """``prepare_posting``'s read as uncorrelated columns labelled ``<prefix><fact>`` (each of ``FACTS``;
    parameters ``account_keys``), for a statement of the caller's to carry (one round trip less). ``keys``:
    instead of those parameters, SQL expressions of the statement's own giving the account's (customer key,
    issuer key, currency), as ``account_key_columns`` makes them."""
    facts = _account_facts() if keys is None else _account_facts_of(*keys)
    return tuple(c.element.label(prefix + c.name) for c in facts.selected_columns)


def account_key_columns(company_id, customer_reseller_id, issuer_reseller_id, currency) -> tuple:
    """SQL expressions of a document's account keys (customer key, issuer key, currency) from the SQL expressions
    of its columns: what ``account_key`` makes of them."""
    from sqlalchemy import String, case, cast, literal

    def prefixed(key, column):  # "company:" and the id, as ``company_key`` writes it
        return literal(key(0).removesuffix("0")) + cast(column, String)

    customer = case((company_id.is_not(None), prefixed(company_key, company_id)),
                    else_=prefixed(reseller_key, customer_reseller_id))
    issuer = case((issuer_reseller_id.is_(None), literal(HOSTER_KEY)),
                  else_=prefixed(reseller_key, issuer_reseller_id))
    return customer, issuer, currency


@lru_cache(maxsize=1)
def _account_facts():
    """One statement, one row: the id of the account with the keys ``customer``, ``issuer``, ``currency`` (None
    if there is none yet), its issuer's payment terms (None: the default) and what ``_accounts_with_credit``
    sums for the account."""
    return _account_facts_of(bindparam("customer"), bindparam("issuer"), bindparam("currency"))


def _account_facts_of(customer, issuer, currency):
    """``_account_facts`` for the keys given as SQL expressions. Table columns only: a plain statement, without
    the ORM's result handling."""
    from app.models.payments import Allocation, Payment, PaymentStatus, PaymentTerms

    # Short aliases: a caller's statement carries these too (psycopg parses a text of at most 4 kB once only).
    t, p, a, e, pt = (PaymentAccount.__table__.alias("pa").c, Payment.__table__.alias("pm").c,
                      Allocation.__table__.alias("al").c, LedgerEntry.__table__.alias("le").c,
                      PaymentTerms.__table__.alias("pt").c)
    account = select(t.id).where(t.customer_key == customer, t.issuer_key == issuer,
                                 t.currency == currency).cte("account")
    of_account = select(account.c.id)
    days = select(pt.days).where(pt.issuer_key == issuer).scalar_subquery()
    received = select(func.sum(p.amount)).where(
        p.account_id.in_(of_account), p.status == PaymentStatus.RECEIVED.value).scalar_subquery()
    notes = select(func.sum(e.amount)).where(
        e.account_id.in_(of_account), e.kind == EntryKind.CREDIT_NOTE.value).scalar_subquery()
    spent = select(func.sum(a.amount)).where(a.account_id.in_(of_account)).scalar_subquery()
    return select(of_account.scalar_subquery().label("id"), days.label("days"), received.label("received"),
                  notes.label("notes"), spent.label("spent"))


@lru_cache(maxsize=2)
def _new_account_statement(dialect: str):
    """``_new_account``'s INSERT, its values as parameters named for the columns: built once (a clerk issuing
    drafts one by one would otherwise build it, and its cache key, for each)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    t = PaymentAccount.__table__
    names = ("reseller_id", "customer_key", "company_id", "customer_reseller_id", "issuer_key", "issuer_reseller_id",
             "currency", "created_at", "version")
    return (dialect_insert(t).values({n: bindparam(n, type_=t.c[n].type) for n in names})
            .on_conflict_do_nothing(index_elements=["customer_key", "issuer_key", "currency"]).returning(t.c.id))


def _new_account(session: Session, doc: Issued, customer: str, issuer: str, currency: str) -> int:
    """The id of the account just created for ``doc`` (as ``accounts.ensure`` makes it: a rival creating it at
    the same moment waits on the unique key, then finds it), in one statement unless a rival made it."""
    t = PaymentAccount.__table__
    made = session.execute(_new_account_statement(session.get_bind().dialect.name), dict(
        reseller_id=doc.reseller_id, customer_key=customer, company_id=doc.company_id,
        customer_reseller_id=None if doc.company_id is not None else doc.customer_reseller_id, issuer_key=issuer,
        issuer_reseller_id=accounts.issuer_reseller_id(issuer), currency=currency, created_at=utcnow(), version=1)
        ).scalar_one_or_none()
    if made is not None:
        return made
    return session.scalar(select(t.c.id).where(t.c.customer_key == customer, t.c.issuer_key == issuer,
                                               t.c.currency == currency))


def post_prepared(session: Session, posting: Posting, number: str, *, written: bool = False) -> None:
    """Post the document ``prepare_posting`` made ready, now issued as ``number``: one INSERT (unless its
    issuer ``written`` the entry along with the document, into ``LedgerEntry.__tablename__`` with the number as
    its reference), and its account's credit applied to it if it may have some."""
    if not written:
        session.execute(insert(LedgerEntry.__table__).values(posting.entry | {"reference": number}))
    if posting.may_have_credit:
        _apply_credit_on_issue(session, {posting.account_id: [posting.entry["document_id"]]},
                               posting.entry["actor"], posting.entry["recorded_at"])
    elif posting.entry["kind"] == EntryKind.CREDIT_NOTE.value:  # a correction: ``prepare_posting`` leaves out others
        _settle_corrected(session, [(posting.account_id, posting.entry["document_id"])], posting.entry["actor"],
                          posting.entry["recorded_at"])


FREED = "prorata.freed_credit"  # session.info: credit note id -> its ``allocation.FreedCredit``


def freed_credit(session: Session, note_id: int) -> allocation.FreedCredit | None:
    """What the credit note ``note_id``, posted in this transaction, freed of the invoice it credits and where
    that credit went (``_settle_credited``); None if it freed nothing or was not posted here."""
    return session.info.get(FREED, {}).get(note_id)


def hold_account_of(session: Session, invoice_id: int) -> None:
    """Hold the account the issued document ``invoice_id`` is posted to (``accounts.lock``), if it is: a credit
    note of it takes back and applies that account's credit (``_settle_credited``), so the account is taken
    before the document is claimed, in the order every allocation takes them (account, then invoice)."""
    e = LedgerEntry.__table__.c
    account_id = session.scalar(select(e.account_id).where(e.document_id == invoice_id).limit(1))
    if account_id is not None:
        accounts.lock(session, account_id)


def _settle_credited(session: Session, account_id: int, note, actor: str) -> None:
    """The credit note settles the invoice it credits (already claimed and void): what settled it before is
    taken back first, so that those payments are credit again; that credit is then applied at once to the
    account's other open invoices, oldest first, each payment's to the invoices of its collector
    (``allocation.apply_freed``), as a clerk expects (what the customer paid is not left idle while it owes),
    and said to the caller (``freed_credit``). The account is held (``hold_account_of``: ``invoices.credit``
    took it before the invoice)."""
    from app.models.payments import Allocation

    inv = session.get(Invoice, note.credits_id)
    if inv.kind not in allocation.ALLOCATABLE:
        return
    account = session.get(PaymentAccount, account_id)
    # A run's correction notes that settle it keep doing so: they gave back some of its days, and the note is
    # net of them (app/services/credited_lines.py): 71.40 billed, 36.85 settled by a late
    # cancellation's note, the credit note of -34.55 settles the rest; what paid it is freed.
    kept = allocation.corrections_settling(session, inv.id)
    freed = {source: net for source, net in allocation.settled_by_source(session, inv.id).items()
             if source[1] not in kept}
    if freed:
        accounts.lock(session, account.id)
    allocation.take_back(session, account, note.issue_date, actor=actor, invoice_id=inv.id, keeping=set(kept))
    settled = min(inv.total - sum(kept.values(), Decimal(0)), -note.total)
    if settled > 0:
        session.add(Allocation(reseller_id=account.reseller_id, account_id=account.id, invoice_id=inv.id,
                               credit_note_id=note.id, amount=settled, allocated_on=note.issue_date, actor=actor,
                               recorded_at=utcnow()))
        session.flush()
    # What neither covers (a correction note whose credit went elsewhere: the invoice was paid already) stays
    # settled by what paid it: only the note's own amount is freed (28.56 paid, 14.74 corrected, credited
    # -13.82: 13.82 is freed, the payment still settles 14.74 of it).
    residual = inv.total - sum(kept.values(), Decimal(0)) - max(settled, Decimal(0))
    for source in sorted(freed, key=lambda k: (k[0] is None, k)):
        if residual <= 0:
            break
        part = min(freed[source], residual)
        session.add(Allocation(reseller_id=account.reseller_id, account_id=account.id, invoice_id=inv.id,
                               payment_id=source[0], credit_note_id=source[1], amount=part,
                               allocated_on=note.issue_date, actor=actor, recorded_at=utcnow()))
        freed[source] -= part
        residual -= part
    session.flush()
    freed = {source: net for source, net in freed.items() if net > 0}
    if freed:
        done = allocation.apply_freed(session, account, inv, freed, note.issue_date, actor=actor)
        session.info.setdefault(FREED, {})[note.id] = done
        allocation.audit_all(session, done.applied, account.reseller_id, f"credit freed by credit note {note.number}")


def _settle_corrected(session: Session, corrections: list[tuple[int, int]], actor: str, posted_at: datetime,
                      invoices_by_account: dict[int, list[int]] | None = None) -> None:
    """Each (account, credit note) of a run's corrections (a change recorded late: the note credits no invoice by
    its id) pays first what is still open of the invoices it corrects, those of its collector
    (``allocation.settle_corrected``), before its credit is applied to the invoices issued with it
    (``invoices_by_account``, as ``_apply_credit_on_issue`` has them): the correction takes off what the customer
    owes for those days, not what it owes next. The accounts of both are held first, in order of id (never
    crosswise with another run's); audited."""
    found = allocation.corrected_by(session, [note for _, note in corrections])
    mine = [(account_id, note) for account_id, note in corrections if note in found]
    if not mine:
        return
    held = {account_id for account_id, _ in mine}
    if invoices_by_account:
        held |= set(_accounts_with_credit(session, sorted(invoices_by_account)))
    for account_id in sorted(held):
        accounts.lock(session, account_id)
    for account_id, note_id in sorted(mine):
        account = session.get(PaymentAccount, account_id)
        made = allocation.settle_corrected(session, account, session.get(Invoice, note_id), actor=actor,
                                           recorded_at=posted_at, shares=found[note_id])
        allocation.audit_all(session, made, account.reseller_id, "credit applied on issue")  # the note's


def _apply_credit_on_issue(session: Session, invoices_by_account: dict[int, list[int]], actor: str,
                           posted_at: datetime) -> None:
    """Apply each account's credit to its invoices just issued, each credit source only to the invoices its
    collector collects (``allocation.apply_credit``: credit the hoster collected never pays an invoice issued
    in a mode where the reseller collects, nor the other way round; it stays credit). Only accounts with
    credit are held, in order of id (so that two runs never wait on each other crosswise); audited last.
    The allocations are recorded at ``posted_at``, the instant of the invoices' own ledger entries: that is
    how the issue's own allocations are told from any made later (app/services/applied_credit.py)."""
    if not invoices_by_account:
        return
    with_credit = _accounts_with_credit(session, sorted(invoices_by_account))
    done: list[tuple[int | None, list]] = []
    for account_id in with_credit:
        accounts.lock(session, account_id)
        account = session.get(PaymentAccount, account_id)
        session.refresh(account)
        invs = list(session.scalars(select(Invoice).where(Invoice.id.in_(invoices_by_account[account_id]))
                                    .order_by(Invoice.issue_date, Invoice.id)))
        day = max(inv.issue_date for inv in invs)
        done.append((account.reseller_id, allocation.apply_credit(session, account, day, actor=actor,
                                                                   invoices=invs, recorded_at=posted_at)))
    for reseller_id, made in done:
        allocation.audit_all(session, made, reseller_id, "credit applied on issue")


def _accounts_with_credit(session: Session, account_ids: list[int]) -> list[int]:
    """Of these accounts, those that may have credit (``allocation.accounts_with_credit``: read cheaply in
    bulk; ``apply_credit`` then reads each one exactly)."""
    return allocation.accounts_with_credit(session, account_ids)


def post(session: Session, account: PaymentAccount, kind: str, amount: Decimal, day: date, *, actor: str,
         payment_id: int | None = None, reference: str | None = None) -> LedgerEntry:
    """Append one entry to the account."""
    entry = LedgerEntry(reseller_id=account.reseller_id, account_id=account.id, kind=kind, amount=amount,
                        entry_date=day, payment_id=payment_id, reference=reference, actor=actor,
                        recorded_at=utcnow())
    session.add(entry)
    session.flush()
    return entry


def balance(session: Session, account_id: int, as_of: date | None = None) -> Decimal:
    """The sum of the account's entries (up to ``as_of``)."""
    e = LedgerEntry.__table__.c
    q = select(func.sum(e.amount)).where(e.account_id == account_id)
    if as_of is not None:
        q = q.where(e.entry_date <= as_of)
    return session.scalar(q) or ZERO


@dataclass
class Line:
    """An entry as the history shows it, with the balance after it."""

    id: int
    day: date
    kind: str
    amount: Decimal
    balance: Decimal
    reference: str | None
    payment_id: int | None
    document: str | None
    due_date: date | None
    actor: str

    def as_json(self, currency: str) -> dict:
        return {"id": self.id, "date": self.day.isoformat(), "kind": self.kind,
                "amount": to_text(self.amount, currency), "balance": to_text(self.balance, currency),
                "reference": self.reference, "payment": self.payment_id, "document": self.document,
                "due_date": self.due_date.isoformat() if self.due_date else None, "actor": self.actor}


def history(session: Session, account_id: int, as_of: date | None = None) -> list[Line]:
    """Every entry of the account (dated up to ``as_of`` when given) in date order (then as recorded), each
    with the running balance."""
    e, i = LedgerEntry.__table__.c, Invoice.__table__.c
    rows = session.execute(select(e.id, e.entry_date, e.kind, e.amount, e.reference, e.payment_id, i.number,
                                  e.due_date, e.actor)
                           .join_from(LedgerEntry.__table__, Invoice.__table__, i.id == e.document_id, isouter=True)
                           .where(e.account_id == account_id,
                                  *([e.entry_date <= as_of] if as_of is not None else []))
                           .order_by(e.entry_date, e.id)).all()
    out, running = [], ZERO
    for r in rows:
        running += r.amount
        out.append(Line(r.id, r.entry_date, r.kind, r.amount, running, r.reference, r.payment_id, r.number,
                        r.due_date, r.actor))
    return out
