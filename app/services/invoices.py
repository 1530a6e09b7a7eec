"""Invoices: listing, the JSON form, and the lifecycle.

Draft -> issued -> (partially) paid; void only through a credit note. Drafts
can be edited and deleted; an issued invoice never changes: ``credit`` makes
a full credit note, ``modify`` a credit note plus a new draft copy to edit.
Every change is audited with its before and after.

Each function works inside the caller's unit of work.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from types import SimpleNamespace

from sqlalchemy import String, Text, bindparam, case, cast, delete, func, or_, select, true, update
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.functions import FunctionElement

from app.billing.company_bill import currency_on
from app.billing.context import HOSTER_KEY, load_events, reseller_key
from app.billing.numbering import series_of, take_numbers
from app.billing.tax import customer_rate, tax_total
from app.errors import MESSAGES, ProrataError
from app.models import (TRANSITIONS, Accrual, BilledPeriod, Company, CompanyEvent, EventType, Hoster, Invoice,
                        InvoiceKind, InvoiceLine, Plan, Reseller, Status, User, localized)
from app.models.base import utcnow
from app.models.companies import TaxTreatment
from app.models.payments import LedgerEntry
from app.money import minor_digits, normalize, parse_amount, to_text
from app.payments import ledger
from app.services import audit, audit_chain, credited_lines, customer_codes, invoice_accruals, invoice_chain
from app.services.invoice_chain import seal
from app.services.invoice_claims import claim, claim_fresh, held_against_new_lines, lost, stale
from app.services.invoice_filters import CUSTOMER_MATCHES, SORTS, Filters
from app.storage import row_security
from app.values.numbers import check_amount_limit, check_quantity, check_tax_rate

MESSAGES.setdefault("amount_not_kept", "its amount {amount} is not {quantity} x {unit}: only a billed line, "
                                       "unchanged, keeps an amount of its own, and only once")
MESSAGES.setdefault("bad_transition", "invoice {invoice} is {status}: it cannot become {target}")
MESSAGES.setdefault("not_draft", "invoice {invoice} is {status}: only drafts can be {action}")
MESSAGES.setdefault("not_creditable", "invoice {invoice} is {status}: only issued invoices can be credited")
MESSAGES.setdefault("ambiguous_number", "{number} names {count} invoices, one of each of these issuers: "
                                        "{issuers}; say which, as ISSUER:{number} (such as {example})")
MESSAGES.setdefault("settled_elsewhere", "{invoice} cannot be deleted: its cost to reseller {reseller} is "
                                         "already on the hoster's {settlement}; {remedy}")
MESSAGES.setdefault("no_lines", "{invoice} needs at least one line")
MESSAGES.setdefault("zero_quantity", "a quantity of 0 bills nothing: remove the line instead")
MESSAGES.setdefault("negative_invoice", "{invoice} would total {subtotal} {currency} before tax: an invoice "
                                        "cannot be negative; credit the invoice it corrects instead")
MESSAGES.setdefault("not_customer_currency", "{customer} is billed in {expected}, not {currency}: a manual "
                                             "invoice is in the customer's currency")
MESSAGES.setdefault("billed_after", "{invoice} cannot be deleted: the customer's later periods are billed "
                                    "already, up to {later}; a run bills again only after the last billed "
                                    "period, so delete the later drafts first, the latest first")
MESSAGES.setdefault("settled_in_draft", "delete that draft first, then this one")
MESSAGES.setdefault("settled_in_issued", "issue this draft and credit it instead, so that the reseller's "
                                         "cost is credited too")
MESSAGES.setdefault("taxed_under_reverse_charge", "its tax rate is {rate}%, but {customer} is taxed by reverse "
                                                   "charge and the invoice says so: each of its lines is at rate 0 "
                                                   "(leave the rate out to take the customer's)")
MESSAGES.setdefault("taxed_when_exempt", "its tax rate is {rate}%, but {customer} is exempt from VAT and the "
                                         "invoice says so: each of its lines is at rate 0 (leave the rate out to "
                                         "take the customer's)")


def _check(inv: Invoice, target: str) -> None:
    if target not in TRANSITIONS.get(inv.status, set()):
        raise ProrataError.of("bad_transition", invoice=label(inv), status=inv.status, target=target)


def label(inv: Invoice) -> str:
    return inv.number or f"draft #{inv.id}"


def find(session: Session, ref: str | int, issuer: str | None = None) -> Invoice:
    """By number, or by id (an integer, or a string of digits that is no number).

    Each issuer numbers its own invoices, so a number may name several: then the issuer must be said,
    as ``issuer`` ("hoster" or a reseller code) or as ``ISSUER:NUMBER``; a number that names several
    invoices is refused with the candidates, never resolved to the first.
    """
    if not isinstance(ref, str):
        inv = session.get(Invoice, ref)
        if inv is None:
            raise ProrataError.of("not_found", kind="invoice", code=str(ref))
        return inv
    found = _by_number(session, ref, issuer)
    if not found and issuer is None and ":" in ref:
        prefix, number = ref.split(":", 1)
        found = _by_number(session, number, prefix)
    if not found and issuer is None and ref.isdigit():
        inv = session.get(Invoice, int(ref))
        found = [inv] if inv is not None else []
    if not found:
        raise ProrataError.of("not_found", kind="invoice", code=ref if issuer is None else f"{issuer}:{ref}")
    if len(found) > 1:
        codes = _codes(session, found)
        names = sorted("hoster" if i.issuer_reseller_id is None else codes[("r", i.issuer_reseller_id)]
                       for i in found)
        raise ProrataError.of("ambiguous_number", number=ref, count=len(found), issuers=", ".join(names),
                              example=f"{names[0]}:{ref}")
    return found[0]


def _by_number(session: Session, number: str, issuer: str | None) -> list[Invoice]:
    q = select(Invoice).where(Invoice.number == number)
    if issuer is not None:
        q = q.where(Invoice.issuer_key == _issuer_key(session, issuer))
    return list(session.scalars(q.order_by(Invoice.id).limit(20)))


def _issuer_key(session: Session, issuer: str) -> str:
    """The series key of "hoster" or a reseller's code."""
    if issuer == "hoster":
        return HOSTER_KEY
    rid = session.scalar(select(Reseller.id).where(Reseller.code == issuer))
    if rid is None:
        raise ProrataError.of("not_found", kind="issuer", code=issuer)
    return reseller_key(rid)


def _lines(session: Session, invoice_id: int) -> list[InvoiceLine]:
    return list(session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)
                                .order_by(InvoiceLine.position)))


def _issuer(session: Session, inv: Invoice) -> tuple[str, str]:
    if inv.issuer_reseller_id is None:
        return HOSTER_KEY, session.get(Hoster, 1).invoice_number_format
    r = session.get(Reseller, inv.issuer_reseller_id)
    return reseller_key(r.id), r.invoice_number_format


def _customer(session: Session, code: str) -> Company | Reseller:
    """The company or the reseller with this code, or ``company:CODE`` / ``reseller:CODE`` (a manual
    invoice's customer); a code both hold is refused (``customer_codes.find``)."""
    return customer_codes.find(session, code)


def customer_ref(session: Session, inv: Invoice) -> str:
    """The invoice's customer as ``_customer`` finds it again, unambiguously (``company:CODE`` or
    ``reseller:CODE``)."""
    if inv.company_id is not None:
        return customer_codes.qualified(session.get(Company, inv.company_id))
    return customer_codes.qualified(session.get(Reseller, inv.customer_reseller_id))


def _tax_of(session: Session, customer: Company | Reseller) -> tuple[Decimal, str | None]:
    """The customer's treatment applied to its issuer's rate, as billing runs do: the rate, and the note its
    invoices carry (reverse_charge, exempt or None)."""
    hoster = session.get(Hoster, 1)
    hoster_rate = (hoster.tax_rate if hoster else None) or Decimal(0)
    if isinstance(customer, Reseller):
        return customer_rate(customer.tax_treatment, hoster_rate, None)
    issuer_rate = hoster_rate
    if customer.reseller_id is not None:
        issuer_rate = session.get(Reseller, customer.reseller_id).tax_rate or Decimal(0)
    return customer_rate(customer.tax_treatment, issuer_rate, customer.tax_rate)


def _tax_rate_of(session: Session, customer: Company | Reseller) -> Decimal:
    """The customer's treatment applied to its issuer's rate, as billing runs do."""
    return _tax_of(session, customer)[0]


def customer_tax_rate(session: Session, customer: str) -> Decimal:
    """The tax rate (percent) a new line for ``customer`` (a company's or a reseller's code) takes."""
    return _tax_rate_of(session, _customer(session, customer))


def customer_defaults(session: Session, customer: str, today: date | None = None) -> tuple[str, Decimal]:
    """What a new manual invoice for ``customer`` starts with: its currency (a company's as of today, after
    any currency change) and its tax rate (``customer_tax_rate``)."""
    found = _customer(session, customer)
    if isinstance(found, Reseller):
        return found.currency, _tax_rate_of(session, found)
    day = today or date.today()
    events = load_events(session, [found.id], day)[found.id]
    return currency_on(events, day, found.currency), _tax_rate_of(session, found)


class _NotIndexed(FunctionElement):
    """A column in a filter that no SQLite index may serve (SQLite's no-op unary ``+``); elsewhere the column.

    A status or an issuer is shared by many invoices: paging down ix_invoices_issue_date and skipping the
    others is fast, while fetching every invoice of the status through its own index means sorting them
    all (95,000 on the demo database). SQLite without statistics expects ten rows per status and takes
    that path; PostgreSQL knows better from its statistics, which an expression would hide from it.
    """

    inherit_cache = True
    type = String()


@compiles(_NotIndexed)
def _column(element, compiler, **kw) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(_NotIndexed, "sqlite")
def _unary_plus(element, compiler, **kw) -> str:
    return "+" + compiler.process(element.clauses, **kw)


MESSAGES.setdefault("bad_invoice_sort", "cannot sort invoices by {sort!r}: use one of {allowed}")
MESSAGES.setdefault("period_from_after_to", "the period filter runs from {start} to {end}: the start must not "
                                          "be after the end")
MESSAGES.setdefault("no_customer_like", "no customer has the code {text!r} or a name containing it")


def list_invoices(session: Session, f: Filters = Filters()) -> list[dict]:
    """Invoice headers (no lines), newest first unless ``f.sort`` says otherwise: at most ``f.limit`` from
    ``f.offset``.

    Newest first is ix_invoices_issue_date's order, read backwards, so a page costs its own rows, not a sort
    of the table; only a company or customer narrows the search first, through its own index. Other orders
    sort what the filters leave.
    """
    if f.sort not in SORTS:
        raise ProrataError.of("bad_invoice_sort", sort=f.sort, allowed=", ".join(SORTS))
    q = _filtered(session, select(Invoice), f)
    order = [k.desc() if f.descending else k.asc() for k in _sort_key(f.sort)]
    order.append(Invoice.id.desc() if f.descending else Invoice.id.asc())
    q = q.order_by(*order).limit(f.limit).offset(f.offset)
    invs = list(session.scalars(q))
    codes = _codes(session, invs)
    return [_header(inv, codes) for inv in invs]


def count_invoices(session: Session, f: Filters = Filters()) -> int:
    """How many invoices the filters match (``limit`` and ``offset`` aside)."""
    return session.scalar(_filtered(session, select(func.count()).select_from(Invoice), f)) or 0


def _sort_key(sort: str) -> list:
    if sort == "issued":
        return [Invoice.issue_date]
    if sort == "number":
        return [Invoice.number]
    if sort == "type":
        return [Invoice.kind]
    if sort == "status":
        return [Invoice.status]
    if sort == "total":
        return [Invoice.total]
    if sort == "period":
        return [Invoice.period_start]
    if sort == "issuer":
        return [Invoice.issuer_key]
    customer = func.coalesce(
        select(Company.code).where(Company.id == Invoice.company_id).scalar_subquery(),
        select(Reseller.code).where(Reseller.id == Invoice.customer_reseller_id).scalar_subquery())
    return [customer]


def _filtered(session: Session, q, f: Filters):
    if f.period_from and f.period_to and f.period_from > f.period_to:
        raise ProrataError.of("period_from_after_to", start=f.period_from.isoformat(), end=f.period_to.isoformat())
    if f.company or f.customer:
        q = q.where(_customer_condition(session, f.company or f.customer))
    if f.status:
        q = q.where(_NotIndexed(Invoice.status) == f.status)
    if f.issuer:
        q = q.where(_NotIndexed(Invoice.issuer_key) == _issuer_key(session, f.issuer))
    if f.period_from:
        q = q.where(Invoice.period_start >= f.period_from)
    if f.period_to:
        q = q.where(Invoice.period_start <= f.period_to)
    return q


def _customer_condition(session: Session, text: str):
    """A customer's code (a company's or a reseller's), else the customers whose name contains ``text``."""
    cid = session.scalar(select(Company.id).where(Company.code == text))
    rid = session.scalar(select(Reseller.id).where(Reseller.code == text))
    if cid is not None or rid is not None:
        conds = []
        if cid is not None:
            conds.append(Invoice.company_id == cid)
        if rid is not None:
            conds.append(Invoice.customer_reseller_id == rid)
        return or_(*conds)
    from app.services.directory import name_contains

    cids = list(session.scalars(select(Company.id).where(name_contains(session, Company.name, text))
                                .limit(CUSTOMER_MATCHES)))
    rids = list(session.scalars(select(Reseller.id).where(name_contains(session, Reseller.name, text))
                                .limit(CUSTOMER_MATCHES)))
    if not cids and not rids:
        raise ProrataError.of("no_customer_like", text=text)
    return or_(Invoice.company_id.in_(cids), Invoice.customer_reseller_id.in_(rids))


def _codes(session: Session, invs: list[Invoice]) -> dict:
    cids = {i.company_id for i in invs if i.company_id}
    codes: dict = {}
    if cids:
        codes.update({("c", i): c for i, c in session.execute(select(Company.id, Company.code)
                                                              .where(Company.id.in_(cids)))})
    codes.update({("r", i): c for i, c in session.execute(select(Reseller.id, Reseller.code))})
    return codes


def _header(inv: Invoice, codes: dict) -> dict:
    cur = inv.currency
    return {
        "id": inv.id,
        "number": inv.number,
        "kind": inv.kind,
        "issuer": "hoster" if inv.issuer_reseller_id is None else codes[("r", inv.issuer_reseller_id)],
        "customer": codes[("c", inv.company_id)] if inv.company_id else codes[("r", inv.customer_reseller_id)],
        "currency": cur,
        "issue_date": inv.issue_date.isoformat() if inv.issue_date else None,
        "period": {"start": inv.period_start.isoformat() if inv.period_start else None,
                   "end": inv.period_end.isoformat() if inv.period_end else None},
        "status": inv.status,
        "subtotal": to_text(inv.subtotal, cur),
        "tax": to_text(inv.tax, cur),
        "total": to_text(inv.total, cur),
        "tax_note": inv.tax_note,
        "credits": inv.credits_id,
        "version": inv.version,
    }


def _qty(q: Decimal) -> str:
    q = q.normalize()
    return str(q.quantize(Decimal(1))) if q == q.to_integral_value() else str(q)


def invoice_json(session: Session, inv: Invoice) -> dict:
    """The machine form of an invoice, amounts with exactly the currency's digits.

    Lines of an invoice to a reseller also name the company each line is for. One statement (two for an
    invoice without lines): its lines with their plans', users' and companies' codes, and its parties' codes.
    """
    return _as_json(inv, *_read(session, inv)[:2])


def _read(session: Session, inv: Invoice, posting: ledger.Issued | None = None) -> tuple:
    """(the codes of the invoice's parties that ``_header`` needs, its lines in position order, its issuer's
    number format). The lines are rows with the columns of ``invoice_lines`` and the codes a line shows:
    ``plan_code``, ``user_email``, ``company_code``. One statement: the parties' codes and the format ride
    along on each line (read once by the database); a second one only when there is no line.

    ``posting``: the document whose account ``ledger.prepare_posting`` reads: read along too, the fourth of what
    is returned (attributes ``ledger.FACTS``)."""
    wanted = [k for k in (("c", inv.company_id), ("r", inv.issuer_reseller_id), ("r", inv.customer_reseller_id))
              if k[1] is not None]
    shape = (inv.issuer_reseller_id is None, tuple(k[0] for k in wanted), posting is not None)
    params = {"invoice_id": inv.id, "issuer_reseller": inv.issuer_reseller_id,
              **{f"p{n}": k[1] for n, k in enumerate(wanted)},
              **(ledger.account_keys(posting) if posting is not None else {})}
    if posting is not None and session.autoflush:  # as when the account's facts were read by the ORM
        session.flush()
    lines = list(session.execute(_lines_statement(*shape), params))
    first = lines[0] if lines else session.execute(select(*_parties_columns(*shape)), params).one()
    read = ({k: first._mapping[f"p{n}"] for n, k in enumerate(wanted)}, lines, first._mapping["number_format"])
    if posting is None:
        return read
    return (*read, SimpleNamespace(**{n: first._mapping[_FACT + n] for n in ledger.FACTS}))


_FACT = "account_"  # the label prefix of the account's facts ``_read`` reads along


@lru_cache(maxsize=16)
def _parties_columns(hoster: bool, kinds: tuple[str, ...], facts: bool = False) -> tuple:
    """The issuer's number format (the hoster's, else reseller ``issuer_reseller``'s) and the code of each party
    ``p0``, ``p1``... (``kinds``: "c" a company, "r" a reseller), as labelled scalar subqueries; ``facts``: and
    the document's account's (``ledger.account_facts_columns``)."""
    # Not correlated: the lines' statement reads companies too, and these read rows of their own. Table columns,
    # not the models' attributes: a plain statement skips the ORM's result handling (a clerk issues one by one).
    h, r = Hoster.__table__.c, Reseller.__table__.c
    fmt = (select(h.invoice_number_format).where(h.id == 1) if hoster else
           select(r.invoice_number_format).where(r.id == bindparam("issuer_reseller")))
    return (fmt.correlate(None).scalar_subquery().label("number_format"),
            *(select(m.code).where(m.id == bindparam(f"p{n}")).correlate(None).scalar_subquery().label(f"p{n}")
              for n, m in enumerate(Company.__table__.c if k == "c" else r for k in kinds)),
            *(ledger.account_facts_columns(_FACT) if facts else ()))


@lru_cache(maxsize=16)
def _lines_statement(hoster: bool, kinds: tuple[str, ...], facts: bool = False):
    lt, plan, user, company = InvoiceLine.__table__, Plan.__table__, User.__table__, Company.__table__
    return (select(lt, *_line_codes(lt, plan, user, company), *_parties_columns(hoster, kinds, facts))
            .where(lt.c.invoice_id == bindparam("invoice_id")).order_by(lt.c.position, lt.c.id))


def _read_along(claimed) -> tuple:
    """What ``_read`` reads for ``issue``, read by the claim's own statement (``claim_fresh``'s ``along``): the
    claimed draft's lines (a row each; without lines, one row without one), its parties' codes, its issuer's
    number format and its account's facts, from the claimed row's columns rather than from parameters."""
    c = claimed.c
    # Short aliases: psycopg parses a statement's text once only while it is at most 4 kB long.
    lt, plan, user, company, h, r = (InvoiceLine.__table__.alias("l"), Plan.__table__.alias("p"),
                                     User.__table__.alias("u"), Company.__table__.alias("co"),
                                     Hoster.__table__.alias("h").c, Reseller.__table__.alias("r").c)
    fmt = case((c.issuer_reseller_id.is_(None), select(h.invoice_number_format).where(h.id == 1).scalar_subquery()),
               else_=select(r.invoice_number_format).where(r.id == c.issuer_reseller_id).scalar_subquery())
    keys = ledger.account_key_columns(c.company_id, c.customer_reseller_id, c.issuer_reseller_id, c.currency)
    # Read once for the invoice (materialized: not again for each of its lines).
    head = select(fmt.label("number_format"),
                  *(select(m.code).where(m.id == c[column]).scalar_subquery().label(name)
                    for name, kind, column in _PARTIES for m in [company.c if kind == "c" else r]),
                  *ledger.account_facts_columns(_FACT, keys)).select_from(claimed) \
        .cte("head").prefix_with("MATERIALIZED")
    return ((*head.c, *(lt.c[n] for n in _LINE_READ), *_line_codes(lt, plan, user, company),
             cast(lt.c.description, Text).label("description_text")),  # as hashed (``invoice_chain.prepare``)
            ((head, true()), (lt, lt.c.invoice_id == c.id)), (lt.c.position, lt.c.id))


# (label, kind, the invoice's column) of each party whose code ``_read_along`` reads, as ``_read``'s codes have them.
_PARTIES = (("party_c", "c", "company_id"), ("party_ir", "r", "issuer_reseller_id"),
            ("party_cr", "r", "customer_reseller_id"))
# A line's columns as ``issue`` uses them: its content (what its hash covers, and all its JSON form shows).
_LINE_READ = invoice_chain.LINE_CONTENT


def _line_codes(lt, plan, user, company) -> tuple:
    """Each line's codes, by a lookup of their own (an index scan a line): outer joins let the planner hash whole
    tables of plans, users and companies for the few lines of one invoice."""
    return (select(plan.c.code).where(plan.c.id == lt.c.plan_id).scalar_subquery().label("plan_code"),
            select(user.c.email).where(user.c.id == lt.c.user_id).scalar_subquery().label("user_email"),
            select(company.c.code).where(company.c.id == lt.c.company_id).scalar_subquery().label("company_code"))


def _read_from(inv: Invoice, rows: list) -> tuple[tuple, list]:
    """``_read``'s (codes, lines, number format, and for a document that is not a credit note its account's
    facts) from the rows of the claim that read them along (``_read_along``); and each line's values as
    ``invoice_chain.prepare`` hashes them (``stored``)."""
    first = rows[0]._mapping
    codes = {(kind, getattr(inv, column)): first[name] for name, kind, column in _PARTIES
             if getattr(inv, column) is not None}
    lines = rows if first["kind"] is not None else []
    stored = []
    if lines:
        fields = rows[0]._fields
        start, text, end = fields.index(_LINE_READ[0]), fields.index("description_text"), len(_LINE_READ)
        d = _LINE_READ.index("description")
        for ln in lines:
            values = ln[start:start + end]
            stored.append((*values[:d], ln[text], *values[d + 1:]))
    read = (codes, lines, first["number_format"])
    if inv.credits_id is not None:
        return read, stored
    return (*read, SimpleNamespace(**{n: first[_FACT + n] for n in ledger.FACTS})), stored


def _as_json(inv: Invoice, codes: dict, lines: list) -> dict:
    data = _header(inv, codes)
    cur = inv.currency
    out = []
    for ln in lines:
        row = {
            "kind": ln.kind,
            "plan": ln.plan_code,
            "description": localized(ln.description, inv.language) if ln.description else ln.kind,
            "quantity": _qty(ln.quantity),
            "unit_price": to_text(ln.unit_price, cur),
            "start": ln.start.isoformat() if ln.start else None,
            "end": ln.end.isoformat() if ln.end else None,
            "amount": to_text(ln.amount, cur),
        }
        if ln.user_id:
            row["user"] = ln.user_email
        if inv.customer_reseller_id is not None:
            row["company"] = ln.company_code
        out.append(row)
    data["lines"] = out
    return data


def _snapshot(session: Session, inv: Invoice) -> dict:
    return invoice_json(session, inv)


def issue(session: Session, ref: str | int, today: date | None = None, *, issuer: str | None = None,
          expected_version: int | None = None, dated: date | None = None) -> Invoice:
    """Issue a draft: it takes the next number of its issuer's series for its kind (a statement its issuer's
    statement series, app/billing/numbering.py ``series_of``) and never changes again.

    Its date: ``dated``, the date a person asks for (the CLI's ``--date``), else its own, else ``today``, else
    the day's. A run's draft keeps the billing day it bills, and another ``dated`` is refused
    (``issue_dates.refuse_run_date``); a manual draft's own date was a person's too, and ``dated`` replaces it. A
    draft a person dates (one that had no date, or a manual one) is refused a date before the latest of its
    series (``issue_dates.refuse_out_of_order``, once its number is taken); a run's draft is not checked, as the
    run's own invoices are not.

    ``expected_version``: the version the person reviewed; refused if the draft changed since.

    Taking the number holds the issuer's series, and the audit entry the audit chain, until the commit:
    everything that does not depend on the number (the claim, the snapshots, the content to hash, the
    ledger's reads) comes first, and the number, the invoice's and the audit's chain links last, so that
    other clerks wait for a few statements only. Call it last in the unit of work.
    """
    # The draft is ours after the claim (a rival's claim fails); it stays a draft until sealed (numbered,
    # chained and issued in one write): the database refuses any change to it after that.
    inv, seen, read = _claim_to_issue(session, ref, issuer, dated or today, expected_version)
    doc = ledger.Issued(inv.id, inv.kind, None, inv.company_id, inv.customer_reseller_id, inv.reseller_id,
                        inv.issuer_reseller_id, inv.currency, inv.total, inv.issue_date, inv.credits_id)
    # What its posting needs of its account is read along with its lines (a credit note's posting reads its own),
    # by the claim itself where it could (PostgreSQL).
    (codes, lines, fmt, *facts), stored = read or (_read(session, inv, doc if doc.credits_id is None else None),
                                                   None)
    _refuse_unbalanced(inv, lines)
    _refuse_reverse_charge_without_tax_id(session, inv)
    from app.services import issue_dates

    # Dated by a run: on the billing day of the period it bills, where a run (and a settlement) starts its period. A
    # manual draft has no period; a copy ``modify`` opens has its invoice's, but no date of its own.
    by_run = seen["issue_date"] is not None and inv.period_start == inv.issue_date
    if dated is not None and dated != inv.issue_date:
        if by_run:
            issue_dates.refuse_run_date(inv.issue_date, dated, label(inv))
        # A manual draft's date is a person's: the one asked for now replaces it (the seal writes it).
        set_committed_value(inv, "issue_date", dated)
        doc = doc._replace(issue_date=dated)
    # A company's manual invoice in the margin mode: its net is the reseller's margin, dated on its date.
    invoice_accruals.accrue_manual(session, inv)
    # A reseller's document: whose account collects it, kept with it (``routing.stamp``; a run's draft has it).
    from app.payments.processors.routing import stamp

    collector = stamp(session, inv)
    sets = {"issue_date": inv.issue_date, "issued_at": inv.issued_at, "version": inv.version}
    if collector != inv.collected_by:
        sets["collected_by"] = collector
    series, fmt = series_of(inv.issuer_key, inv.kind, fmt)
    draft = _as_json(inv, codes, lines)
    prepared = invoice_chain.prepare(inv, lines, stored)
    posting = ledger.prepare_posting(session, doc, *facts)
    actor = None if posting is None else posting.entry["actor"]  # the same person: ``current_actor`` once

    def entry(number: str):
        return audit.entry(session, "issue", "invoice", inv.id, before=draft | seen,
                           after=draft | {"number": number, "status": Status.ISSUED.value},
                           reseller_id=inv.reseller_id, actor=actor)

    # The audit entry rides along with the seal when nothing else is written after it (applying credit audits
    # its own entries first).
    along = posting is not None and not posting.may_have_credit
    # From here on the issuer's series is held.
    number, pos, prev, digest, posted, audited = invoice_chain.number_and_seal(
        session, prepared, fmt, inv.issue_date,
        None if posting is None else (LedgerEntry.__tablename__, posting.entry), entry if along else None,
        sets, series=series,
        # A date a person gave is checked where the series is held (issue_dates' module docstring).
        numbered=None if by_run else lambda: issue_dates.refuse_out_of_order(
            session, inv.issuer_key, inv.kind, inv.issue_date, label(inv)))
    for key, value in (("number", number), ("status", Status.ISSUED.value), ("chain_pos", pos),
                       ("chain_prev", prev), ("chain_hash", digest), ("collected_by", collector)):
        set_committed_value(inv, key, value)
    if posting is None:
        ledger.post_issued(session, [inv.id])
    else:
        ledger.post_prepared(session, posting, number, written=posted)
    if not audited:
        audit_chain.append(session, entry(number))
    return inv


# Credit the account holds for another collector is not applied to an invoice as it is issued
# (``ledger._apply_credit_on_issue``): the clerk issuing it is told (``credit_not_applied``).
MESSAGES.setdefault("credit_not_applied_on_issue", "credit of {amount} {currency} held by {collector} was not "
                                                   "applied: it pays only {collector}'s invoices")


def credit_not_applied(session: Session, inv: Invoice) -> list:
    """Said to the clerk once ``inv`` is issued (in the same unit of work, after ``issue``): the account's
    credit held by a collector other than the invoice's, which was not applied to it (credit pays only its
    collector's invoices: ``allocation.pays_for``) while something of it is still open; one ``Problem`` per
    such collector (``Problem.message`` words it in the reader's language), none when nothing was held back."""
    from app.errors import Problem
    from app.models.payments import EntryKind
    from app.payments import allocation, position

    if inv.kind not in allocation.ALLOCATABLE or inv.status not in allocation.OPEN:
        return []
    account_id = session.scalar(select(LedgerEntry.account_id).where(
        LedgerEntry.document_id == inv.id, LedgerEntry.kind == EntryKind.INVOICE.value).limit(1))
    if account_id is None or allocation.open_amount(session, inv) <= 0:
        return []
    mine, cur = allocation.invoice_collectors(session, [inv])[inv.id], inv.currency
    return [Problem("credit_not_applied_on_issue", {"amount": to_text(h.amount, cur), "currency": cur,
                                                    "collector": h.code})
            for h in position.credit_held(session, account_id, None).parts
            if h.collector is not None and h.collector != mine]


def credit_not_applied_to(session: Session, invoice_ids: list[int]) -> dict[int, list]:
    """``credit_not_applied`` for many invoices just issued (a billing run's, a review's): invoice id -> its
    ``Problem`` list, only those with something to say. Only the invoices posted to an account that may have
    credit (``allocation.accounts_with_credit``, read in bulk) are looked at one by one."""
    from app.models.payments import EntryKind
    from app.payments import allocation
    from app.storage.bulk import ids_written_in

    e = LedgerEntry.__table__.c
    account_of: dict[int, int] = {}
    for start in range(0, len(invoice_ids), 500):
        account_of.update(session.execute(
            select(e.document_id, e.account_id).where(e.document_id.in_(ids_written_in(invoice_ids[start:start + 500])),
                                                      e.kind == EntryKind.INVOICE.value)).all())
    if not account_of:
        return {}
    with_credit = set(allocation.accounts_with_credit(session, sorted(set(account_of.values()))))
    out = {}
    for invoice_id in sorted(i for i, acc in account_of.items() if acc in with_credit):
        said = credit_not_applied(session, session.get(Invoice, invoice_id))
        if said:
            out[invoice_id] = said
    return out


def note_credit_not_applied(session: Session, report) -> int:
    """Tell the clerk of a billing run that issued (``report``: app/billing/run.py ``RunReport``) the credit held
    by another collector that was not applied to its invoices (``credit_not_applied_to``): each such word is added
    to the company's billed outcome (its ``problems``: ``RunReport.noted``), where the command line, the JSON
    report and the run window say it. Returns how many invoices had such credit."""
    said = credit_not_applied_to(session, list(report.invoice_ids))
    if not said:
        return 0
    rows = session.execute(select(Invoice.id, Company.code, Invoice.issue_date)
                           .join(Company, Company.id == Invoice.company_id)
                           .where(Invoice.id.in_(sorted(said)))).all()
    at = {(code, day): said[i] for i, code, day in rows}
    for o in report.outcomes:
        if o.outcome == "billed" and (o.code, o.boundary) in at:
            o.problems = tuple(o.problems) + tuple(at[(o.code, o.boundary)])
    return len(said)


MESSAGES.setdefault("totals_do_not_add_up", "invoice {invoice} cannot be issued: its lines add up to {lines} and "
                                           "its tax to {tax}, but its subtotal is {subtotal} and its total {total}; "
                                           "edit the draft so that they agree")


def _refuse_unbalanced(inv: Invoice, lines: list) -> None:
    """Refuse to issue a draft whose lines do not add up to its subtotal, or whose subtotal and tax are not its total
    (a draft changed behind the application's back). From what ``_read`` read: no statement of its own."""
    added = sum((ln.amount for ln in lines), Decimal(0))
    if added != inv.subtotal or inv.subtotal + inv.tax != inv.total:
        raise ProrataError.of("totals_do_not_add_up", invoice=label(inv), lines=to_text(added, inv.currency),
                              tax=to_text(inv.tax, inv.currency), subtotal=to_text(inv.subtotal, inv.currency),
                              total=to_text(inv.total, inv.currency))


MESSAGES.setdefault("issue_reverse_charge_no_tax_id",
                    "{invoice} cannot be issued: it bills no VAT under reverse charge, but {customer} has no VAT "
                    "id (tax_id), which the invoice must give. Give {customer} its tax id, then issue it")


def _refuse_reverse_charge_without_tax_id(session: Session, inv: Invoice) -> None:
    """Refuse to issue a reverse-charge draft whose customer has no VAT id (missing or blank), as
    app/billing/vat_ids.py refuses to bill one: a manual draft, or one written before the rule
    (app/bundle/validate.py ``reverse_charge_tax_id``). EN 16931 BR-AE-02: a document with lines in
    category AE names the buyer's VAT identifier. The draft's own ``tax_note`` says whether it is one: it is
    what puts the reverse-charge words on its PDF and category AE in its CII (``cii.category``), whatever the
    customer's treatment is now. The customer: its company (whoever sells to it, the hoster or a reseller),
    else the reseller it bills. One read, only for such a draft; refused, as ``_refuse_unbalanced`` refuses,
    before its number is taken (the caller's unit of work rolls the claim back)."""
    if inv.tax_note != TaxTreatment.REVERSE_CHARGE.value:
        return
    model, cid = (Company, inv.company_id) if inv.company_id is not None else (Reseller, inv.customer_reseller_id)
    code, tax_id = session.execute(select(model.code, model.tax_id).where(model.id == cid)).one()
    if tax_id is None or not tax_id.strip():
        raise ProrataError.of("issue_reverse_charge_no_tax_id", invoice=label(inv), customer=code)


def _claim_to_issue(session: Session, ref: str | int, issuer: str | None, today: date | None,
                    expected_version: int | None) -> tuple[Invoice, dict, tuple | None]:
    """The draft ``ref`` claimed for its issue, dated (its own date, else ``today``, else the day's), its version
    and ``issued_at`` those the seal writes; its date and version as they were (what the audit entry's "before"
    shows); and what ``_read`` reads for the issue with its lines' values as hashed (``_read_from``), when the
    claim read them along (else None). ``find``, ``claim`` and ``_read`` in one statement where they can be
    (``claim_fresh``), with the same refusals in the same order."""
    # The row is locked FOR UPDATE before its lines are read (PostgreSQL): no line slips in between the read and
    # the seal (``held_against_new_lines``).
    held = None if isinstance(ref, str) else held_against_new_lines(session, ref)
    fresh = None if isinstance(ref, str) else claim_fresh(session, ref, Status.DRAFT.value,
                                                          expected_version=expected_version, along=_read_along)
    if fresh is None:
        inv = find(session, ref, issuer)
        if isinstance(ref, str):  # the draft's lines are read after the claim, below: ``_read``
            held_against_new_lines(session, inv.id)
    else:
        was, inv, rows = fresh
        if was is None:
            raise ProrataError.of("not_found", kind="invoice", code=str(ref))
        if held is not None and held[0] == Status.DRAFT.value and held != (was.status, was.version):
            # A draft when this clerk came, issued or edited by a rival while it waited on the lock: refused as
            # ``claim_fresh`` refuses a rival's change it waited for, never issuing what the clerk did not see.
            seen_then = f"draft #{ref}"  # as ``claim_fresh`` would have named it, had it not waited
            if expected_version is not None and expected_version != held[1]:
                raise stale(session, ref, seen_then)
            raise lost(session, ref, seen_then)
        if was.status != Status.DRAFT.value:
            raise ProrataError.of("bad_transition", invoice=was.label, status=was.status, target="issued")
        if inv is None:
            if expected_version is not None and expected_version != was.version:
                raise stale(session, ref, was.label)
            raise lost(session, ref, was.label)
    if inv.status != Status.DRAFT.value:
        raise ProrataError.of("bad_transition", invoice=label(inv), status=inv.status, target="issued")
    seen = {"issue_date": inv.issue_date.isoformat() if inv.issue_date else None, "version": inv.version}
    day, now = inv.issue_date or today or date.today(), utcnow()
    if fresh is None:
        claim(session, inv, label=label(inv), expected_version=expected_version, issue_date=day, issued_at=now)
    else:  # locked, not written: the seal writes the claim's changes along with its own
        read = _read_from(inv, rows)
        for key, value in (("issue_date", day), ("issued_at", now), ("version", inv.version + 1)):
            set_committed_value(inv, key, value)
        return inv, seen, read
    return inv, seen, None


def delete_draft(session: Session, ref: str | int, *, issuer: str | None = None,
                 expected_version: int | None = None) -> None:
    """Delete a draft. A run's draft releases its period: the next run bills it again; a reseller's
    settlement draft releases its accruals to the reseller's next settlement.

    Refused while the draft's cost to its reseller is already on a settlement (draft or issued): the
    rerun would bill the reseller twice.
    """
    inv = find(session, ref, issuer)
    if inv.status != Status.DRAFT.value:
        raise ProrataError.of("not_draft", invoice=label(inv), status=inv.status, action="deleted")
    before = _snapshot(session, inv)
    claim(session, inv, label=label(inv), expected_version=expected_version)
    # Checked once the draft is ours, against what others wrote until then (a settlement, a run).
    _refuse_if_settled(session, inv)
    mark = _company_mark(session, inv)
    closing: list[Invoice] = []
    if mark is None and _is_run_invoice(session, inv):
        mark = _closing_mark(session, inv)
        if mark is None:
            _refuse_if_period_hidden(session, inv)
    if mark is not None:
        _refuse_if_billed_after(session, inv, mark)
        _refuse_if_company_left(session, inv, mark)
        _release_period(session, inv, mark)
        # The closing invoices of sellers the company left, written with this period: billed again with it.
        closing = _closing_siblings(session, inv, mark)
        # This period when only closing invoices billed it, and later periods that billed nothing, are billed
        # again with it.
        session.execute(delete(BilledPeriod).where(BilledPeriod.customer_key == mark.customer_key,
                                                   BilledPeriod.boundary >= mark.boundary,
                                                   BilledPeriod.invoice_id.is_(None)))
    for sibling in closing:
        gone = _snapshot(session, sibling)
        _delete_rows(session, sibling)
        audit.record(session, "delete", "invoice", gone["id"], before=gone, reseller_id=sibling.reseller_id)
    session.execute(update(Accrual).where(Accrual.settled_by_id == inv.id).values(settled_by_id=None))
    session.execute(delete(BilledPeriod).where(BilledPeriod.invoice_id == inv.id))
    _delete_rows(session, inv)
    audit.record(session, "delete", "invoice", before["id"], before=before, reseller_id=inv.reseller_id)


MESSAGES.setdefault("closing_invoice_of_period", "invoice {invoice} closes what {seller} billed company "
                                                "{company} before it moved; it was written with {main}: delete "
                                                "{main} instead, which takes it along")
MESSAGES.setdefault("closing_invoice_issued", "{main} cannot be deleted: {closing}, the closing invoice of "
                                              "{seller} written with it, is {status}; credit it first")
MESSAGES.setdefault("closing_hidden_from_login", "{invoice} cannot be deleted under your login: company {company} "
                                                 "moved, and its period to {boundary} was billed for the sellers it "
                                                 "left too, whose closing invoices your login cannot see; the "
                                                 "hoster's staff must delete {invoice}, which deletes those closing "
                                                 "invoices with it")
MESSAGES.setdefault("closing_period_hidden_from_login", "{invoice} cannot be deleted under your login: it closes "
                                                        "what your seller billed the company before it moved, and "
                                                        "was written with the other seller's invoice of the "
                                                        "period to {boundary}, which your login cannot see; the "
                                                        "hoster's staff must delete that invoice, which deletes "
                                                        "{invoice} with it")
MESSAGES.setdefault("company_left_login", "{invoice} cannot be deleted under your login: its company has moved to "
                                          "another seller since, whose later periods your login cannot see; deleted, "
                                          "the period to {boundary} might never be billed again. The hoster's staff "
                                          "must delete {invoice}")
MESSAGES.setdefault("release_invoice_of_period", "invoice {invoice} bills in {currency} what company {company} had "
                                                 "deferred in {currency}; it was written with {main}: delete {main} "
                                                 "instead, which takes it along")
MESSAGES.setdefault("release_invoice_issued", "{main} cannot be deleted: {closing}, written with it for what was "
                                              "deferred in {currency}, is {status}; credit it first")


def _is_run_invoice(session: Session, inv: Invoice) -> bool:
    """A company invoice a run wrote (no manual line), dated on its boundary."""
    if inv.company_id is None or inv.kind not in (InvoiceKind.INVOICE.value, InvoiceKind.CREDIT_NOTE.value) \
            or inv.credits_id is not None:
        return False
    return session.scalar(select(InvoiceLine.id).where(InvoiceLine.invoice_id == inv.id,
                                                       InvoiceLine.kind == "manual").limit(1)) is None


def _closing_mark(session: Session, inv: Invoice):
    """The period a closing invoice (of a seller the company left, app/services/moves.py) was written with:
    the company's billed period on the invoice's date. Deleting it alone would lose its credit for good, as
    the period stays billed; it goes with the period's own invoice, or releases the period when the new
    seller billed nothing then."""
    from app.billing.context import company_key

    row = session.execute(select(BilledPeriod.customer_key, BilledPeriod.boundary, BilledPeriod.invoice_id)
                          .where(BilledPeriod.customer_key == company_key(inv.company_id),
                                 BilledPeriod.boundary == inv.issue_date)).first()
    if row is None:
        return None
    if row.invoice_id is not None:
        main = session.get(Invoice, row.invoice_id)
        if _releases_deferred(inv, main):
            raise ProrataError.of("release_invoice_of_period", invoice=label(inv), currency=inv.currency,
                                  company=_company_code(session, inv.company_id), main=label(main))
        raise ProrataError.of("closing_invoice_of_period", invoice=label(inv), seller=_seller_name(session, inv),
                              company=_company_code(session, inv.company_id), main=label(main))
    return row


def _release_period(session: Session, inv: Invoice, mark) -> None:
    """Remove the billed period ``inv`` bills (or was written with), as it stands once locked: its row, deleted
    first, is what a run billing the bills the period owes (app/billing/run.py ``OWING``, ``_bill_owed``) locks
    too, so that the closing invoices it writes are either committed before this reads them
    (``_closing_siblings``) or never written.

    Refused under a reseller's login when the company moved and a run of the hoster's staff has written another
    seller's bill with the period (its mark ``CLOSED``, app/billing/run.py): that closing invoice, hidden from
    this login (app/storage/row_security.py), would stay while the period is billed again, closing bill and all.
    A period that owes the other sellers' bills still (``OWING``), or whose run wrote none, is released."""
    from app.billing.run import CLOSED

    t = BilledPeriod.__table__
    gone = session.execute(delete(t).where(t.c.customer_key == mark.customer_key, t.c.boundary == mark.boundary)
                           .returning(t.c.outcome)).first()
    if gone is None:  # not this login's to delete: another seller's period, what it was billed with unknown
        refused = _others_hidden(session, inv)
    else:
        refused = gone.outcome.startswith(CLOSED) and _reseller_login(session) is not None
    if refused:
        raise ProrataError.of("closing_hidden_from_login", invoice=label(inv), boundary=mark.boundary.isoformat(),
                              company=_company_code(session, inv.company_id) or f"#{inv.company_id}")


def _refuse_if_period_hidden(session: Session, inv: Invoice) -> None:
    """A run's invoice with no billed period on its date that this login sees: under a reseller's login, for a
    company that moved, a closing invoice of the login's reseller written with another seller's period (the hoster's
    run writes it, app/billing/run.py ``OWING``). Deleted alone, its credit would be lost for good (the period
    stays billed): the hoster's staff delete it with the period's invoice (``_closing_mark``)."""
    if inv.issue_date is not None and _others_hidden(session, inv):
        # (the company's code unsaid: the company is another seller's now, hidden from this login)
        raise ProrataError.of("closing_period_hidden_from_login", invoice=label(inv),
                              boundary=inv.issue_date.isoformat())


def _refuse_if_company_left(session: Session, inv: Invoice, mark) -> None:
    """Under a reseller's login, a run's draft of a company that is another seller's now (its row names another
    reseller, or is hidden from this login): the new seller's later periods, hidden from this login, escape
    ``_refuse_if_billed_after``, and the period released would never be billed again (runs bill a company from its
    last billed period on). The hoster's staff, who see them, delete it."""
    scope = _reseller_login(session)
    if scope is None:
        return
    now = session.execute(select(Company.reseller_id).where(Company.id == inv.company_id)).first()
    if now is None or now.reseller_id != scope:
        raise ProrataError.of("company_left_login", invoice=label(inv), boundary=mark.boundary.isoformat())


def _reseller_login(session: Session) -> int | None:
    """The reseller whose staff's login this session's is (row security hides the other sellers' invoices and
    periods from it: app/storage/row_security.py); None for the hoster's staff, a superuser, or SQLite."""
    return row_security.login_reseller(session.connection())


def _others_hidden(session: Session, inv: Invoice) -> bool:
    """Whether this session's login is a reseller's staff's (``_reseller_login``) and ``inv``'s company moved (it
    has other sellers)."""
    if _reseller_login(session) is None:
        return False
    e = CompanyEvent.__table__.c
    q = select(e.id).where(e.company_id == inv.company_id, e.type == EventType.MOVE.value)
    return session.scalar(q.limit(1)) is not None


def _releases_deferred(sibling: Invoice, main: Invoice) -> bool:
    """Whether ``sibling``, written with the period's invoice ``main``, invoices what the company had deferred in a
    currency it no longer bills in (``company_bill._released``: same issuer, another currency), rather than
    closing what a seller it left billed."""
    return sibling.issuer_key == main.issuer_key and sibling.currency != main.currency


def _closing_siblings(session: Session, inv: Invoice, mark) -> list[Invoice]:
    """The other run invoices of the same company on the same boundary: closing invoices written with it."""
    found = [other for other in session.scalars(
        select(Invoice).where(Invoice.company_id == inv.company_id, Invoice.issue_date == mark.boundary,
                              Invoice.id != inv.id, Invoice.credits_id.is_(None),
                              Invoice.status != Status.VOID.value).order_by(Invoice.id))
        if _is_run_invoice(session, other)]
    for other in found:
        if other.status != Status.DRAFT.value:
            if _releases_deferred(other, inv):
                raise ProrataError.of("release_invoice_issued", main=label(inv), closing=label(other),
                                      currency=other.currency, status=other.status)
            raise ProrataError.of("closing_invoice_issued", main=label(inv), closing=label(other),
                                  seller=_seller_name(session, other), status=other.status)
        claim(session, other, label=label(other))
        _refuse_if_settled(session, other)
    return found


def _seller_name(session: Session, inv: Invoice) -> str:
    if inv.issuer_reseller_id is None:
        return session.get(Hoster, 1).name
    return session.get(Reseller, inv.issuer_reseller_id).name


def _company_code(session: Session, company_id: int) -> str:
    return session.scalar(select(Company.code).where(Company.id == company_id))


def _customer_code(session: Session, inv: Invoice) -> str:
    if inv.company_id is not None:
        return _company_code(session, inv.company_id)
    return session.scalar(select(Reseller.code).where(Reseller.id == inv.customer_reseller_id))


def _delete_rows(session: Session, inv: Invoice) -> None:
    """Remove a draft and what it wrote (its accruals, its lines); what it carried waits again.

    Refused like ``_refuse_if_settled`` when a settlement took some of its accruals meanwhile (the caller's
    transaction then rolls back: the draft stays whole)."""
    session.execute(update(Invoice).where(Invoice.carried_into_id == inv.id)
                    .values(status=Status.DEFERRED.value, carried_into_id=None))
    # Only the accruals no settlement took. One a settlement was taking as this ran (PostgreSQL: this waited for
    # its row, then reads it again once the settlement commits) stays: the draft goes only with all of its own.
    session.execute(delete(Accrual).where(Accrual.invoice_id == inv.id, Accrual.settled_by_id.is_(None)))
    _refuse_if_settled(session, inv)
    session.execute(delete(InvoiceLine).where(InvoiceLine.invoice_id == inv.id))
    session.delete(inv)
    session.flush()


def _company_mark(session: Session, inv: Invoice):
    """(customer_key, boundary) of the period a company's run draft bills; None for other invoices."""
    if inv.company_id is None:
        return None
    return session.execute(select(BilledPeriod.customer_key, BilledPeriod.boundary)
                           .where(BilledPeriod.invoice_id == inv.id)).first()


def _refuse_if_billed_after(session: Session, inv: Invoice, mark) -> None:
    """A run bills a company again only from its last billed period on: a draft with later invoices
    after it would leave its period unbilled for good."""
    later = session.scalar(select(BilledPeriod.invoice_id)
                           .where(BilledPeriod.customer_key == mark.customer_key,
                                  BilledPeriod.boundary > mark.boundary, BilledPeriod.invoice_id.is_not(None))
                           .order_by(BilledPeriod.boundary.desc()).limit(1))
    if later is not None:
        raise ProrataError.of("billed_after", invoice=label(inv), later=label(session.get(Invoice, later)))


def _refuse_if_settled(session: Session, inv: Invoice) -> None:
    settled_by = session.scalar(select(Accrual.settled_by_id).where(Accrual.invoice_id == inv.id,
                                                                    Accrual.settled_by_id.is_not(None)).limit(1))
    if settled_by is None:
        return
    settlement = session.get(Invoice, settled_by)
    reseller = session.scalar(select(Reseller.code).where(Reseller.id == settlement.customer_reseller_id))
    remedy = "settled_in_draft" if settlement.status == Status.DRAFT.value else "settled_in_issued"
    raise ProrataError.of("settled_elsewhere", invoice=label(inv), reseller=reseller,
                          settlement=label(settlement), remedy=MESSAGES[remedy])


@dataclass
class ManualLine:
    """A line as a person writes it: its amount is quantity x unit price.

    A line taken from a billed draft keeps what the engine computed: ``amount``
    (a proration line's amount is a share of quantity x unit price), its period
    and the company it bills (lines of a reseller's invoice name several). Set
    ``amount`` to None when the quantity or price is changed, to recompute it.
    """

    description: dict  # {language: text}
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal = Decimal(0)
    kind: str = "manual"
    plan_id: int | None = None
    amount: Decimal | None = None
    start: date | None = None
    end: date | None = None
    extra_code: str | None = None
    user_id: int | None = None
    company_id: int | None = None
    # A billed line's share of its billing period (``share_of_period``), as read for a window to show the amount
    # an edit of its quantity or price gives; not read by ``edit_draft``, which works the share out itself.
    share: Fraction | None = None


def _kept(ln: ManualLine | InvoiceLine, unit_price: Decimal, amount: Decimal) -> tuple:
    """What a billed line must still be for its amount to be kept as the engine computed it."""
    return (ln.kind, ln.plan_id, ln.extra_code, Decimal(ln.quantity), unit_price, ln.start, ln.end, amount)


def _write_lines(session: Session, inv: Invoice, lines: list[ManualLine]) -> None:
    """Replace the invoice's lines. A line's own ``amount`` is taken only where the invoice already has a
    line with the same kind, plan, quantity, price, period and amount (a billed line kept as it was).

    Any other line's amount is computed. A line a person wrote: quantity x unit price, exact in the currency.
    A billed line with another quantity or price (its kind, plan and period kept, as the window gives it back;
    or typed again as text, ``_retyped``): quantity x unit price x the share of its billing period it bills
    (``_share``: 12/31 for a proration of 12 days of a 31-day month), rounded once, half-up, to the currency's
    minor unit, as the billing run rounds it; a whole period is quantity x unit price, exact. Returns each
    computed line's share by position (what the reseller's cost follows, ``invoice_accruals.follow_edit``)."""
    from fractions import Fraction

    from app.money import round_ratio

    old = session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                          .order_by(InvoiceLine.position, InvoiceLine.id)).all()
    keepable = Counter(_kept(ln, ln.unit_price, ln.amount) for ln in old)  # each billed line kept once
    # Where the run gave days back (a cancellation, a correction: a negative quantity): such a line changed by
    # hand still gives back, so its quantity stays negative; a line a person typed is never negative (a
    # discount is a negative unit price, a correction of an issued invoice a credit note).
    give_backs = {_place(ln) for ln in old if _billed(ln) and ln.quantity < 0}
    lines = _retyped(old, lines)
    session.execute(delete(InvoiceLine).where(InvoiceLine.invoice_id == inv.id))
    cur = inv.currency
    if not lines:
        raise ProrataError.of("no_lines", invoice=label(inv))
    amounts = []
    explainer = []  # one, made when a billed line needs its share
    for pos, ln in enumerate(lines):
        where = f"line {pos + 1}"
        unit = parse_amount(ln.unit_price, cur, allow_negative=True, where=where)
        check_tax_rate(ln.tax_rate, where)
        if inv.tax_note is not None and ln.tax_rate != 0:
            # The note says no VAT is charged (reverse charge, exemption): a line may not charge it anyway.
            exempt = inv.tax_note == TaxTreatment.EXEMPT.value
            refused = "taxed_when_exempt" if exempt else "taxed_under_reverse_charge"
            raise ProrataError.of(refused, where, rate=_qty(ln.tax_rate), customer=_customer_code(session, inv))
        if ln.amount is not None:
            amount = normalize(ln.amount, cur)
            kept = _kept(ln, unit, amount)
            if keepable[kept] <= 0:
                raise ProrataError.of("amount_not_kept", where, amount=to_text(amount, cur),
                                      quantity=ln.quantity.normalize(), unit=to_text(unit, cur))
            keepable[kept] -= 1
        else:
            # A line a person wrote: a positive quantity (a correction is a credit note, not a minus here); a
            # give-back the run wrote, changed: a negative one, its size checked as any quantity is.
            if _billed(ln) and ln.quantity < 0 and _place(ln) in give_backs:
                check_quantity(-ln.quantity, where, format(ln.quantity, "f"))
            elif check_quantity(ln.quantity, where) == 0:
                raise ProrataError.of("zero_quantity", where)
            share = _share(session, inv, ln, explainer)
            if share != 1:
                exact = Fraction(ln.quantity) * Fraction(unit) * share
                amount = round_ratio(exact.numerator, exact.denominator, cur)
            else:
                amount = (ln.quantity * unit).quantize(Decimal(1).scaleb(-minor_digits(cur)))
                if amount != ln.quantity * unit:
                    raise ProrataError.of("too_many_decimals", where, value=str(ln.quantity * unit), currency=cur,
                                          digits=minor_digits(cur))
            check_amount_limit(amount, where)
        amounts.append((amount, ln.tax_rate))
        session.add(InvoiceLine(invoice_id=inv.id, reseller_id=inv.reseller_id, position=pos, kind=ln.kind,
                                company_id=ln.company_id if ln.company_id is not None else inv.company_id,
                                plan_id=ln.plan_id, extra_code=ln.extra_code, user_id=ln.user_id,
                                description=ln.description, quantity=ln.quantity, unit_price=unit,
                                start=ln.start, end=ln.end, tax_rate=ln.tax_rate, amount=amount))
    subtotal = check_amount_limit(sum((a for a, _ in amounts), Decimal(0)), "subtotal")
    if subtotal < 0 and inv.kind == InvoiceKind.INVOICE.value:
        raise ProrataError.of("negative_invoice", invoice=label(inv), subtotal=to_text(subtotal, cur),
                              currency=cur)
    inv.subtotal = subtotal
    inv.tax = tax_total(amounts, cur)
    inv.total = check_amount_limit(inv.subtotal + inv.tax, "total")
    session.flush()


def _billed(ln: ManualLine | InvoiceLine) -> bool:
    """A line a billing run wrote (or its copy), not one a person typed."""
    return ln.kind != "manual"


def _place(ln: ManualLine | InvoiceLine) -> tuple:
    """What a billed line bills, whatever its quantity and price: kind, company, plan, extra, user and period."""
    return (ln.kind, ln.company_id, ln.plan_id, ln.extra_code, ln.user_id, ln.start, ln.end)


def _texts(description: dict | None) -> set[str]:
    return {" ".join(str(t).split()).casefold() for t in (description or {}).values() if str(t).strip()}


def _retyped(old: list[InvoiceLine], lines: list[ManualLine]) -> list[ManualLine]:
    """``lines`` with each line typed as text (no plan, no period: the command line's lines, a window row typed
    anew) that gives back, by its description, a billed line the edit otherwise drops, taken as that billed line
    typed again: the same kind, plan, extra, user, company and period, with the quantity, price and tax rate
    typed (its amount the billed one when they are the billed ones). A clerk who writes out "Exchange Basic,
    1 x 6.00" instead of keeping the line still bills the plan for the period: its cost to the reseller follows
    it as it follows any billed line (``invoice_accruals``). A text that names no billed line stays a line of
    its own, which accrues nothing."""
    from collections import defaultdict
    from dataclasses import replace

    free: dict[tuple, list[InvoiceLine]] = defaultdict(list)  # the billed lines no line took yet, by place
    for o in old:
        if _billed(o):
            free[_place(o)].append(o)

    def take(candidates: list[InvoiceLine], *preferences) -> InvoiceLine | None:
        for prefer in preferences + (lambda o: True,):
            found = next((o for o in candidates if prefer(o)), None)
            if found is not None:
                free[_place(found)].remove(found)
                return found
        return None

    out: list[ManualLine | None] = [None] * len(lines)
    # First the lines that say which billed line they are: kept as billed, or with another quantity or price.
    for pos, ln in enumerate(lines):
        if not _billed(ln):
            continue
        out[pos] = ln
        take(free.get(_place(ln), []),
             lambda o: (o.quantity, o.unit_price, o.amount) == (ln.quantity, ln.unit_price, ln.amount))
    # Then the typed ones, in order: each the first billed line left with its description (the same quantity
    # and price first, then the same price).
    for pos, ln in enumerate(lines):
        if out[pos] is not None:
            continue
        out[pos] = ln
        texts = _texts(ln.description)
        if ln.plan_id is not None or ln.amount is not None or ln.start is not None or not texts:
            continue
        found = take(sorted((o for left in free.values() for o in left if _texts(o.description) & texts),
                            key=lambda o: (o.position, o.id)),
                     lambda o: (o.quantity, o.unit_price) == (ln.quantity, ln.unit_price),
                     lambda o: o.unit_price == ln.unit_price)
        if found is None:
            continue
        same = (found.quantity, found.unit_price) == (ln.quantity, ln.unit_price)
        out[pos] = replace(ln, kind=found.kind, plan_id=found.plan_id, extra_code=found.extra_code,
                           user_id=found.user_id, company_id=found.company_id, start=found.start, end=found.end,
                           amount=found.amount if same else None)
    return out


def share_of_period(session: Session, inv: Invoice, ln: ManualLine, explainer: list):
    """What ``edit_draft`` bills of quantity x unit price when a person changes a billed line (``_share``)."""
    return _share(session, inv, ln, explainer)


def _share(session: Session, inv: Invoice, ln: ManualLine, explainer: list):
    """The share of its billing period a billed line bills (a ``Fraction``): days / period days, found from
    the line's period on its company's schedule exactly as app/billing/explain.py finds it (``_computed``)
    for the formula the invoice's document, its e-invoice and its explanation show: a proration of 12 days of
    a 31-day month, 12/31; a whole term (a month, a quarter, a year), 1; the first period after a
    billing-day change, its days of the term. 1 for a line a person typed, a minimum charge, a one-off extra
    and a line that is not a share of one period of the company's schedule (explained as a whole line).
    ``explainer``: an empty list, or the ``Explainer`` made for an earlier line (its schedules read once)."""
    from datetime import timedelta
    from fractions import Fraction

    from app.billing.explain import Explainer

    if not _billed(ln) or ln.kind == "minimum" or ln.start is None or ln.end is None:
        return Fraction(1)
    if not explainer:
        explainer.append(Explainer(session))
    x = explainer[0]
    company = x.company(ln.company_id if ln.company_id is not None else inv.company_id)
    if company is None:
        return Fraction(1)
    if ln.extra_code is not None and ln.end == ln.start + timedelta(days=1) and any(
            e.type == "extra" and not e.recurring and e.code == ln.extra_code and e.date == ln.start
            for e in x.events(company.id)):
        return Fraction(1)  # a one-off extra, billed in full
    period = x.span_of(company, ln.start)
    if period.start == ln.start and period.end == ln.end:
        return Fraction(1) if period.whole else Fraction(period.days, period.term_days)
    if period.end == ln.end:
        return Fraction((ln.end - ln.start).days, period.term_days)
    return Fraction(1)


def edit_draft(session: Session, ref: str | int, lines: list[ManualLine], *, issuer: str | None = None,
               expected_version: int | None = None) -> Invoice:
    """Replace a draft's lines. ``expected_version``: the version the person edited; a draft changed
    since (by another edit, an issue or a deletion) is refused, never merged. What the draft accrues to its
    reseller follows its lines (``invoice_accruals.follow_edit``)."""
    inv = find(session, ref, issuer)
    if inv.status != Status.DRAFT.value:
        raise ProrataError.of("not_draft", invoice=label(inv), status=inv.status, action="edited")
    before = _snapshot(session, inv)
    claim(session, inv, label=label(inv), expected_version=expected_version)
    was = invoice_accruals.lines(session, inv.id)
    _write_lines(session, inv, lines)
    invoice_accruals.follow_edit(session, inv, was)
    audit.record(session, "edit", "invoice", inv.id, before=before, after=_snapshot(session, inv),
                 reseller_id=inv.reseller_id)
    return inv


def create_manual(session: Session, customer: str, currency: str, lines: list[ManualLine],
                  issue_date: date | None = None, issuer: str | None = None) -> Invoice:
    """A manual draft for a company (issued by its seller) or a reseller (issued by the hoster)."""
    found = _customer(session, customer)
    company = found if isinstance(found, Company) else None
    reseller = found if isinstance(found, Reseller) else None
    minor_digits(currency)
    expected = customer_defaults(session, customer, issue_date)[0]
    if currency != expected:
        raise ProrataError.of("not_customer_currency", customer=customer, expected=expected, currency=currency)
    note = _tax_of(session, found)[1]  # the note a billing run's invoice for the customer carries
    if company is not None:
        rid = company.reseller_id
        inv = Invoice(kind=InvoiceKind.INVOICE.value, issuer_key=reseller_key(rid) if rid else HOSTER_KEY,
                      issuer_reseller_id=rid, company_id=company.id, reseller_id=rid, currency=currency,
                      language=company.language, issue_date=issue_date, tax_note=note)
    else:
        inv = Invoice(kind=InvoiceKind.INVOICE.value, issuer_key=HOSTER_KEY, customer_reseller_id=reseller.id,
                      reseller_id=reseller.id, currency=currency, language=reseller.language,
                      issue_date=issue_date, tax_note=note)
    if issue_date is not None:
        # Early, for a clear answer now; the issue checks again once it holds the series (issue_dates).
        from app.services import issue_dates

        issue_dates.refuse_out_of_order(session, inv.issuer_key, inv.kind, issue_date, "", customer=customer)
    session.add(inv)
    session.flush()
    _write_lines(session, inv, lines)
    audit.record(session, "create", "invoice", inv.id, after=_snapshot(session, inv), reseller_id=inv.reseller_id)
    return inv


def _credited_lines(session: Session, inv: Invoice) -> list:
    """What a credit note of ``inv`` gives back, as lines of ``inv`` (app/services/credited_lines.py)."""
    return credited_lines.credited_lines(session, inv, _lines(session, inv.id))


MESSAGES.setdefault("credit_during_run", "{invoice} cannot be credited while a billing run is in progress: the "
                                        "run may be writing a bill that gives back some of its days; try again "
                                        "when it has finished")
MESSAGES.setdefault("credit_before_draft", "{invoice} cannot be credited yet: {draft}, the bill of {start} to "
                                           "{end}, gives back some of its days, and issued after the credit note "
                                           "would give them back a second time; issue or delete {draft} first")


def _refuse_while_drafted(session: Session, inv: Invoice) -> None:
    """A company invoice's credit note is net of what later documents that stand gave back of its days
    (app/services/credited_lines.py): refused while a draft after it gives back some of them
    (``credited_lines.draft_after``), or while a billing run, which may be writing one, is in progress (the
    note holds a share of the run lock: no run starts before it is committed)."""
    if inv.company_id is None:
        return
    from app.billing.run_lock import held_against_runs

    if not held_against_runs(session):
        raise ProrataError.of("credit_during_run", invoice=label(inv))
    line = credited_lines.draft_after(session, inv, _lines(session, inv.id))
    if line is not None:
        draft = session.get(Invoice, line.invoice_id)
        raise ProrataError.of("credit_before_draft", invoice=label(inv), draft=label(draft),
                              start=(draft.period_start or line.start).isoformat(),
                              end=(draft.period_end or line.end).isoformat())


def credit(session: Session, ref: str | int, today: date | None = None, *, issuer: str | None = None,
           expected_version: int | None = None) -> Invoice:
    """A full credit note for an issued invoice, issued at once; the invoice becomes void.

    The note gives back what still stands of each line: a company invoice's line whose days a later document
    gave back already in part (a late change's give-back) is credited net of it, the note charging that
    give-back again on a line beside it (71.40 billed, 36.85 given back by a late cancellation: the note gives
    back 34.55), so that no day is given back twice (app/services/credited_lines.py); refused while a draft after
    it gives back some of its days, or a billing run is in progress (``_refuse_while_drafted``).

    What the hoster provided stays owed whatever the note says: the reseller's cost is kept; in the margin mode
    its margin for those days becomes minus that cost (``invoice_accruals.reverse``). A settlement (a
    statement, the hoster's invoice of costs) credited gives what it took back to the reseller's next
    settlement. The credit note is numbered in the series of what it
    credits (a statement's among the statements). What paid the invoice becomes credit, applied at once to the
    account's other open invoices oldest first (app/payments/ledger.py; ``ledger.freed_credit`` says where).
    """
    inv = find(session, ref, issuer)
    if inv.status not in (Status.ISSUED.value, Status.PARTIALLY_PAID.value, Status.PAID.value) or \
            inv.kind == InvoiceKind.CREDIT_NOTE.value:
        raise ProrataError.of("not_creditable", invoice=label(inv), status=inv.status)
    _check(inv, Status.VOID.value)
    before = _snapshot(session, inv)
    # Its account first: the credit note frees what paid it and applies that credit (app/payments/ledger.py).
    ledger.hold_account_of(session, inv.id)
    claim(session, inv, label=label(inv), expected_version=expected_version, status=Status.VOID.value)
    _refuse_while_drafted(session, inv)
    day = today or date.today()
    # It gives back what the invoice collected: its collector, whatever the reseller's mode now
    # (app/payments/processors/routing.py ``stamp``).
    from app.payments.processors.routing import stamp

    note = Invoice(kind=InvoiceKind.CREDIT_NOTE.value, issuer_key=inv.issuer_key,
                   issuer_reseller_id=inv.issuer_reseller_id, company_id=inv.company_id,
                   customer_reseller_id=inv.customer_reseller_id, reseller_id=inv.reseller_id,
                   currency=inv.currency, language=inv.language, status=Status.DRAFT.value, issue_date=day,
                   period_start=inv.period_start, period_end=inv.period_end, subtotal=-inv.subtotal,
                   tax=-inv.tax, total=-inv.total, tax_note=inv.tax_note, credits_id=inv.id, issued_at=utcnow())
    note.collected_by = stamp(session, note)
    lines = _credited_lines(session, inv)
    if any(isinstance(ln, SimpleNamespace) for ln in lines):  # net of give-backs: the totals of its lines
        note.subtotal = -sum((ln.amount for ln in lines), Decimal(0))
        note.tax = -credited_lines.credited_tax(inv, lines)
        note.total = note.subtotal + note.tax
    # In the series of what it credits: a statement's credit note among the statements (ST-...), where a clerk
    # looks for what was owed to the reseller.
    issuer_key, template = _issuer(session, inv)
    key, fmt = series_of(issuer_key, inv.kind, template)
    note.number = take_numbers(session, key, fmt, day)[0]
    # Checked now that the series is held: a rival's later-dated document is either seen or waits (issue_dates).
    from app.services import issue_dates

    issue_dates.refuse_credit_date(session, inv, label(inv), day)
    session.add(note)
    session.flush()
    for ln in lines:
        session.add(InvoiceLine(invoice_id=note.id, reseller_id=ln.reseller_id, position=ln.position,
                                kind=ln.kind, company_id=ln.company_id, plan_id=ln.plan_id,
                                extra_code=ln.extra_code, user_id=ln.user_id, description=ln.description,
                                quantity=-ln.quantity, unit_price=ln.unit_price, start=ln.start, end=ln.end,
                                tax_rate=ln.tax_rate, amount=-ln.amount))
    session.flush()
    # What the reseller was owed or owes for those days: its cost stays; a margin becomes minus the cost.
    invoice_accruals.reverse(session, inv.id, note)
    # A settlement credited paid (or billed) nothing: what it took goes to the reseller's next one.
    invoice_accruals.release(session, inv)
    seal(session, [note.id])  # written as a draft with its lines, issued in one write
    audit.record(session, "credit", "invoice", inv.id, before=before, after=_snapshot(session, note),
                 reseller_id=inv.reseller_id)
    return note


def modify(session: Session, ref: str | int, today: date | None = None, *, issuer: str | None = None,
           expected_version: int | None = None) -> tuple[Invoice, Invoice]:
    """Credit an issued invoice and open a draft copy of it to edit. Returns (credit note, draft).

    The copy accrues to the reseller what the credit took (its margins; the costs stay on the invoice credited);
    its accruals follow its edits (``edit_draft``). The copy of a settlement takes what the credited one had taken.
    It is a new invoice: it carries the customer's tax treatment of today (its note, and its rate on each line when
    the treatment changed). The credit note's date is checked as ``credit`` checks it."""
    inv = find(session, ref, issuer)
    settled = invoice_accruals.settled_by(session, inv)  # a settlement's: its copy takes them (below)
    note = credit(session, inv.id, today, expected_version=expected_version)
    kind = InvoiceKind.INVOICE.value if inv.kind == InvoiceKind.CREDIT_NOTE.value else inv.kind
    # What the note gave back, billed again: the lines net of what later documents gave back already.
    lines = _credited_lines(session, inv)
    # The copy is a new invoice: it says the customer's tax treatment of today (a customer that gave its VAT id
    # since is now billed by reverse charge, with its note). Its lines keep their own rates while the treatment
    # is the same; when it changed, each line takes the customer's rate. A statement's margin carries no tax.
    tax_note, rates, tax = inv.tax_note, [ln.tax_rate for ln in lines], -note.tax
    if kind != InvoiceKind.STATEMENT.value:
        if inv.company_id is None:
            rate, tax_note = _tax_of(session, session.get(Reseller, inv.customer_reseller_id))
        else:  # at the rate of the invoice's issuer, which a company that moved since no longer buys from
            company = session.get(Company, inv.company_id)
            seller = session.get(Hoster, 1) if inv.issuer_reseller_id is None else \
                session.get(Reseller, inv.issuer_reseller_id)
            rate, tax_note = customer_rate(company.tax_treatment, seller.tax_rate or Decimal(0), company.tax_rate)
        if tax_note != inv.tax_note:
            rates = [rate] * len(lines)
            tax = tax_total([(ln.amount, rate) for ln in lines], inv.currency)
    copy = Invoice(kind=kind, issuer_key=inv.issuer_key, issuer_reseller_id=inv.issuer_reseller_id,
                   company_id=inv.company_id, customer_reseller_id=inv.customer_reseller_id,
                   reseller_id=inv.reseller_id, currency=inv.currency, language=inv.language,
                   status=Status.DRAFT.value, issue_date=None, period_start=inv.period_start,
                   period_end=inv.period_end, subtotal=-note.subtotal, tax=tax, total=-note.subtotal + tax,
                   tax_note=tax_note,
                   # It bills the credited invoice's days again (their costs stay there): its collector, as the
                   # credit note's.
                   collected_by=note.collected_by)
    session.add(copy)
    session.flush()
    for ln, line_rate in zip(lines, rates):
        session.add(InvoiceLine(invoice_id=copy.id, reseller_id=ln.reseller_id, position=ln.position,
                                kind=ln.kind, company_id=ln.company_id, plan_id=ln.plan_id,
                                extra_code=ln.extra_code, user_id=ln.user_id, description=ln.description,
                                quantity=ln.quantity, unit_price=ln.unit_price, start=ln.start, end=ln.end,
                                tax_rate=line_rate, amount=ln.amount))
    # The copy bills the same lines: in the margin mode the margins the note took come back, dated like it so
    # that the reseller's next settlement takes both; the costs stay on the invoice credited. Written with the
    # draft, they go if it is deleted.
    invoice_accruals.copy(session, note, copy)
    invoice_accruals.retake(session, settled, copy)
    session.flush()
    audit.record(session, "create", "invoice", copy.id, after=_snapshot(session, copy),
                 reseller_id=copy.reseller_id)
    return note, copy
