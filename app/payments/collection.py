"""Automatic collection after a billing run: the issued invoices of customers with a SEPA mandate, an ACH
authorisation or a saved card are collected, and what could not be is listed for follow-up.

Which invoices: those a billing run issued (``invoice_ids``, as ``run_billing`` reports them; or the run
named by its as-of date, ``invoices_of_run``), or every open invoice issued up to a date (``as_of``).

Each invoice is collected by whoever collects for its issuer (app/payments/processors/routing.py: the
reseller billing mode it was issued under decides), only where the issuer's ``payment_collection`` switch is
on; an invoice whose issuer has it off is skipped, not charged. A customer with a direct debit agreement with that
collector (a SEPA mandate for EUR, an ACH authorisation for USD) is debited: one bank file per collector
and scheme, written to ``out_dir`` once its debits are committed; otherwise a customer with a saved card is
charged (app/payments/charges.py: never twice, a timeout stays ``unknown`` until recovered). Invoices of
customers with neither are left alone (``skipped``).

What is collected of an invoice is what the customer owes of it once the account's credit is applied, never
more than the account's balance owed. What a billing clerk expects: a customer whose payment became credit
(the invoice it paid was credited, say) is not charged again for it. So, before anything is debited or
charged, the credit of the accounts whose invoices are collected is applied to their open invoices, oldest
first, in a transaction of its own (app/payments/allocation.py ``settle_from_credit``: allocations the ledger
records and the audit log names "credit applied before collection", as the console's "Apply credit" makes);
an invoice the credit settles is not collected (``settled_by_credit`` lists it); of the others only what is
left is debited or charged (``allocation.due_after_credit``, the one rule: the SEPA and ACH runs, card
charges, the console's preview and the invoice's debit notice all go by it). Aging shows what is owed after
credit too (app/payments/aging.py).

Runs on the caller's thread (the console's worker); ``progress(done, total, message)`` and ``cancelled()``
as everywhere: a cancel stops before the next charge or bank file, and what was done stays done.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Callable

from sqlalchemy import select
from sqlalchemy.engine import Engine

from app.billing.context import company_key, reseller_key
from app.errors import MESSAGES, Problem, ProrataError
from app.models import AuditEntry, Invoice
from app.models.ach import AchAuthorization
from app.models.processors import Mandate, MandateStatus, SavedMethod
from app.money import to_text
from app.payments import allocation
from app.payments.debit_booking import PAGE, issuer_key
from app.payments.processors.routing import collection_on, collectors_of_invoices
from app.services.audit import current_actor
from app.storage.engine import unit_of_work

MESSAGES.setdefault("collection_what", "say which invoices to collect: those of a billing run, or those issued up "
                                       "to a date")
MESSAGES.setdefault("no_billing_run", "no billing run as of {as_of} is recorded")
MESSAGES.setdefault("collection_no_folder", "a direct debit needs a folder for its bank file")

DEBIT_SCHEMES = {"EUR": "sepa", "USD": "ach"}


@dataclass
class Line:
    """One invoice collected, or to follow up."""

    invoice: str
    customer: str
    method: str  # card, sepa, ach; credit (settled by the account's credit, nothing collected)
    amount: Decimal
    currency: str
    status: str  # collected | failed | unknown | submitted | settled
    reason: str | None = None  # in English (the CLI, JSON); ``problems`` say it as data when it is Prorata's own
    payment: int | None = None
    problems: tuple = ()  # app.errors.Problem: a refusal of Prorata's, for a reader to say in its own language

    def as_json(self) -> dict:
        return {"invoice": self.invoice, "customer": self.customer, "method": self.method,
                "amount": to_text(self.amount, self.currency), "currency": self.currency, "status": self.status,
                "reason": self.reason, "payment": self.payment}


@dataclass
class Report:
    collected: list[Line] = field(default_factory=list)
    follow_up: list[Line] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    skipped: int = 0  # open invoices of customers with nothing to collect them by
    switched_off: int = 0  # open invoices whose issuer has collection switched off
    cancelled: bool = False
    settled_by_credit: list[Line] = field(default_factory=list)  # settled by the account's credit: not collected

    def as_json(self) -> dict:
        return {"collected": [x.as_json() for x in self.collected],
                "follow_up": [x.as_json() for x in self.follow_up],
                "settled_by_credit": [x.as_json() for x in self.settled_by_credit], "files": self.files,
                "skipped": self.skipped, "switched_off": self.switched_off, "cancelled": self.cancelled}


@dataclass
class _Open:
    id: int
    number: str
    customer_key: str
    customer: str
    company_id: int | None
    currency: str
    collector: str
    total: Decimal
    open: Decimal = Decimal(0)  # its total less its allocations
    due: Decimal = Decimal(0)  # what a collection takes for it: ``open`` less the account's credit it would get


def invoices_of_run(engine: Engine, as_of: date) -> list[int]:
    """The invoices the latest billing run as of ``as_of`` issued: those issued after the billing run
    recorded before it, up to its own record."""
    a = AuditEntry.__table__.c
    with unit_of_work(engine) as s:
        runs = s.execute(select(a.id, a.at, a.entity_id).where(a.action == "bill_run", a.entity == "billing")
                         .order_by(a.id)).all()
        mine = [k for k, r in enumerate(runs) if r.entity_id == as_of.isoformat()]
        if not mine:
            raise ProrataError.of("no_billing_run", "--after-run", as_of=as_of.isoformat())
        k = mine[-1]
        since: datetime | None = runs[k - 1].at if k else None
        i = Invoice.__table__.c
        q = select(i.id).where(i.issued_at <= runs[k].at, i.issued_at.is_not(None))
        if since is not None:
            q = q.where(i.issued_at > since)
        return list(s.scalars(q.order_by(i.id)))


def _open_invoices(engine: Engine, invoice_ids: list[int] | None, as_of: date | None) -> tuple[list[_Open], int]:
    """The open invoices to collect, and how many were left out because collection is off for them."""
    from app.models import Company, Reseller

    i = Invoice.__table__.c
    q = select(i.id, i.number, i.company_id, i.customer_reseller_id, i.issuer_reseller_id, i.currency, i.total) \
        .where(i.kind.in_(allocation.ALLOCATABLE), i.status.in_(allocation.OPEN))
    out, off = [], 0
    with unit_of_work(engine) as s:
        rows = []
        if invoice_ids is not None:
            ids = sorted(set(invoice_ids))
            for start in range(0, len(ids), PAGE):
                rows += s.execute(q.where(i.id.in_(ids[start:start + PAGE]))).all()
        else:
            rows = s.execute(q.where(i.issue_date <= as_of)).all()
        codes = {company_key(k): c for k, c in s.execute(select(Company.id, Company.code))}
        codes.update((reseller_key(k), c) for k, c in s.execute(select(Reseller.id, Reseller.code)))
        issuers: dict[str, bool] = {}
        # Each invoice's collector as the mode it was issued under says (a reseller may have changed it since).
        collectors = collectors_of_invoices(s, [(r.id, r.issuer_reseller_id) for r in rows])
        for r in sorted(rows, key=lambda r: r.id):
            key = issuer_key(r.issuer_reseller_id)
            if key not in issuers:
                issuers[key] = collection_on(s, key)
            collector, on = collectors[r.id], issuers[key]
            if not on:
                off += 1
                continue
            customer = company_key(r.company_id) if r.company_id is not None else reseller_key(r.customer_reseller_id)
            out.append(_Open(r.id, r.number, customer, codes.get(customer, customer), r.company_id, r.currency,
                             collector, r.total))
        ids = [inv.id for inv in out]
        settled: dict[int, Decimal] = {}
        for start in range(0, len(ids), PAGE):
            settled.update(allocation.allocated(s, ids[start:start + PAGE]))
        for inv in out:
            inv.open = inv.total - settled[inv.id]
        due = allocation.due_after_credit(s, ids, {inv.id: inv.open for inv in out})
        for inv in out:
            inv.due = due[inv.id]
    return out, off


def _agreements(engine: Engine, invoices: list[_Open]) -> tuple[set, set, set]:
    """(company id, collector) pairs with an active SEPA mandate; the same with an ACH authorisation;
    customer keys with an active saved card."""
    m, au, sm = Mandate.__table__.c, AchAuthorization.__table__.c, SavedMethod.__table__.c
    with unit_of_work(engine) as s:
        sepa = {tuple(r) for r in s.execute(select(m.company_id, m.creditor_key)
                                                      .where(m.status == MandateStatus.ACTIVE.value))}

        ach = {tuple(r) for r in s.execute(select(au.company_id, au.creditor_key).where(au.status == "active"))}
        cards = set(s.scalars(select(sm.customer_key).where(sm.active.is_(True)).distinct()))
    return sepa, ach, cards


@dataclass
class Plan:
    """What a collection would do with each open invoice: debit it (grouped by scheme and collector, one bank
    file each), charge a saved card, settle it from the account's credit only, or nothing (no agreement;
    collection switched off). Each invoice's ``due`` is what would be collected of it."""

    debits: dict[tuple[str, str], list[_Open]] = field(default_factory=dict)
    by_card: list[_Open] = field(default_factory=list)
    by_credit: list[_Open] = field(default_factory=list)  # the account's credit settles it: nothing collected
    skipped: int = 0
    switched_off: int = 0


def plan(engine: Engine, *, invoice_ids: list[int] | None = None, as_of: date | None = None) -> Plan:
    """The open invoices to collect, sorted by how: a direct debit agreement with the invoice's collector
    first, then a saved card. Writes nothing; ``collect_issued`` acts on it, the console counts it first."""
    invoices, off = _open_invoices(engine, invoice_ids, as_of)
    sepa, ach, cards = _agreements(engine, invoices)
    out = Plan(switched_off=off)
    for inv in invoices:
        scheme = DEBIT_SCHEMES.get(inv.currency)
        agreed = sepa if scheme == "sepa" else ach if scheme == "ach" else set()
        by_debit = inv.company_id is not None and (inv.company_id, inv.collector) in agreed
        if (by_debit or inv.customer_key in cards) and inv.due <= 0:
            out.by_credit.append(inv)
        elif by_debit:
            out.debits.setdefault((scheme, inv.collector), []).append(inv)
        elif inv.customer_key in cards:
            out.by_card.append(inv)
        else:
            out.skipped += 1
    return out


def collect_issued(engine: Engine, *, invoice_ids: list[int] | None = None, as_of: date | None = None,
                   day: date | None = None, collection_date: date | None = None, out_dir: str | Path | None = None,
                   actor: str | None = None, progress: Callable[[int, int, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Report:
    """Collect ``invoice_ids`` (a billing run's) or every open invoice issued up to ``as_of``; see the
    module's docstring. ``day``: the day card payments are booked (default today); ``collection_date``: the
    direct debits' (default two days after ``day``)."""
    from app.payments import charges

    if invoice_ids is None and as_of is None:
        raise ProrataError.of("collection_what")
    day = day or date.today()
    collection_date = collection_date or day + timedelta(days=2)
    step = progress or (lambda done, total, message: None)
    stop = cancelled or (lambda: False)
    report = Report()
    todo = plan(engine, invoice_ids=invoice_ids, as_of=as_of)
    reached = [inv for inv in [*todo.by_credit, *todo.by_card, *(i for g in todo.debits.values() for i in g)]
               if inv.due < inv.open]  # the account's credit goes to them first
    if reached:
        with unit_of_work(engine) as s:
            allocation.settle_from_credit(s, [inv.id for inv in reached], day,
                                          actor=actor or current_actor(s))
        report.settled_by_credit = [Line(inv.number, inv.customer, "credit", inv.open, inv.currency, "settled")
                                    for inv in todo.by_credit]
        todo = plan(engine, invoice_ids=invoice_ids, as_of=as_of)
    debits, by_card = todo.debits, todo.by_card
    report.skipped, report.switched_off = todo.skipped, todo.switched_off
    total = len(debits) + len(by_card)
    done = 0
    for (scheme, collector), group in sorted(debits.items()):
        if stop():
            report.cancelled = True
            return report
        step(done, total, f"{scheme} {len(group)}")
        _debit(engine, scheme, collector, group, collection_date, out_dir, actor, report)
        done += 1
    for inv in by_card:
        if stop():
            report.cancelled = True
            return report
        step(done, total, inv.number)
        try:
            o = charges.charge(engine, inv.id, day=day, actor=actor)
        except ProrataError as e:
            report.follow_up.append(Line(inv.number, inv.customer, "card", inv.due, inv.currency, "failed",
                                         "; ".join(e.messages()), problems=tuple(e.problems)))
        else:
            line = Line(inv.number, inv.customer, "card", o.amount, o.currency,
                        "collected" if o.status == "succeeded" else o.status, o.message, o.payment)
            (report.collected if o.status == "succeeded" else report.follow_up).append(line)
        done += 1
    step(total, total, "")
    return report


def _debit(engine: Engine, scheme: str, collector: str, group: list[_Open], collection_date: date,
           out_dir: str | Path | None, actor: str | None, report: Report) -> None:
    """One bank file of ``scheme`` for ``collector``'s invoices in ``group``; its file is named only once its
    debits are committed. A refusal puts every invoice of the group on the follow-up list."""
    from app.payments.accounts import issuer_names

    def failed(reason: str, problems: tuple = ()) -> None:
        report.follow_up += [Line(inv.number, inv.customer, scheme, inv.due, inv.currency, "failed", reason,
                                  problems=problems) for inv in group]

    if out_dir is None:
        failed(MESSAGES["collection_no_folder"], (Problem("collection_no_folder"),))
        return
    ids = [inv.id for inv in group]
    tmp = None
    try:
        with unit_of_work(engine) as s:
            creditor = issuer_names(s)(collector)
            if scheme == "sepa":
                from app.payments.sepa import batch

                made = batch.run(s, creditor, collection_date, today=min(collection_date, date.today()),
                                 actor=actor, invoice_ids=ids)
                data, name = made.xml, f"{made.batch}.xml"
                rows = [(d["invoice"], d["amount"], d["payment"]) for d in made.debits]
            else:
                from app.payments.ach import run

                made = run.run(s, creditor, collection_date, today=min(collection_date, date.today()), actor=actor,
                               invoice_ids=ids)
                data, name = made.text.encode("ascii"), f"{made.batch}.ach"
                rows = [(d["invoice"], d["amount"], d["payment"]) for d in made.debits]
            path = Path(out_dir) / name
            tmp = Path(f"{path}.{os.getpid()}.part")
            tmp.write_bytes(data)
        os.replace(tmp, path)
        tmp = None
    except ProrataError as e:
        failed("; ".join(e.messages()), tuple(e.problems))
        return
    except OSError as e:
        failed(str(e))
        return
    finally:
        if tmp is not None and tmp.exists():
            tmp.unlink()
    report.files.append(str(path))
    customers = {inv.number: inv for inv in group}
    for number, amount, payment in rows:
        inv = customers[number]
        report.collected.append(Line(number, inv.customer, scheme, Decimal(amount), inv.currency, "submitted",
                                     None, payment))
