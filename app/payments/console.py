"""What the payment console reads and writes, shaped for its screens: the accounts list (paged, filtered,
sorted by the database, with each account's balance, credit and overdue amount), one account's ledger,
payments and open invoices, an invoice's payments, and the few writes the console adds on top of
app/payments/ (a payment allocated by hand with amounts, credit applied by hand with amounts).

Figures are the ledger's, as everywhere in app/payments/: the balance is the sum of the account's entries;
what is open of an invoice is its total less its allocations; the credit is what payments and credit notes
have left (app/payments/position.py, the rule aging and the account view follow), never negative, and what is
owed outside invoices (a refund a bank return left unpaid) is the receivable balance (the balance without
statements and payouts) less what is open plus the credit; on a reseller's account with the hoster, its
statements and what was paid out against them are figures of their own (``AccountRow.to_pay_out``: balance =
open + owed outside invoices - credit - to pay out); a sort by credit is done by the database too;
overdue is what is owed after that credit, netted into the open invoices oldest first, each collector's
into the invoices it collects only, as aging nets it (``_figures``). Everything here runs inside the caller's
unit of work.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, and_, case, func, literal, not_, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from app.errors import MESSAGES, ProrataError
from app.models import Company, Invoice, InvoiceKind, Reseller
from app.models.payments import Allocation, EntryKind, LedgerEntry, Payment, PaymentAccount, PaymentStatus
from app.money import parse_amount, to_text
from app.payments import accounts, allocation, ledger, payments, position, refunds, reversals, terms
from app.services import audit
from app.storage.types import Amount
from app.values.dates import check_date

ZERO = Decimal(0)
SORTS = ("customer", "issuer", "currency", "balance", "credit", "overdue")

MESSAGES.setdefault("allocations_above_payment", "the allocations add up to {allocated} {currency}, more than the "
                                                 "payment of {amount}: allocate at most what was received")
MESSAGES.setdefault("credit_above_available", "{amount} {currency} is more than the account's credit of "
                                              "{credit}: apply at most the credit")
MESSAGES.setdefault("unknown_account", "no account #{account}: it may have been removed meanwhile")
MESSAGES.setdefault("bad_sort", "{value!r} is not a column to sort by ({allowed})")


@dataclass
class AccountFilters:
    """Which accounts the list shows, in which order, and which page of them."""

    issuer: str | None = None  # "hoster" or a reseller code
    currency: str | None = None
    text: str | None = None  # part of the customer's code or name
    owing: bool = False  # only accounts with a balance other than zero
    as_of: date | None = None  # for "overdue" (default today)
    sort: str = "customer"
    descending: bool = False
    limit: int = 200
    offset: int = 0


@dataclass
class AccountRow:
    """One account as the list shows it (amounts as Decimals in the account's currency)."""

    id: int
    customer: str  # code
    customer_name: str
    customer_kind: str  # "company" or "reseller"
    issuer: str  # "hoster" or a reseller code
    issuer_name: str
    currency: str
    balance: Decimal
    credit: Decimal
    overdue: Decimal
    outside: Decimal = ZERO  # owed outside invoices (app/payments/position.py): never counted as less credit
    # A reseller's account with the hoster (app/payments/payouts.py): its statements, what was paid out against
    # them (``position.Position``); balance = open + owed outside invoices - credit - to pay out.
    statements: Decimal = ZERO
    paid_out: Decimal = ZERO

    @property
    def to_pay_out(self) -> Decimal:
        """What the hoster still owes the reseller on its statements."""
        return self.statements - self.paid_out


def _figures(session: Session, as_of: date, only: list[int] | None):
    """Subqueries by account: (balance, receivable, statements, paid out) from the ledger, (open, overdue) of
    its invoices; of the accounts ``only`` when given (a page, one account: read through the indexes by
    account), else of all.

    Overdue is what is owed after credit, as app/payments/aging.py nets it: the account's credit (open less
    receivable) settles its open invoices oldest first (entry date, then invoice), so what the credit leaves
    of an invoice is the receivable balance less what is open of the invoices after it, kept between 0 and
    what is open of it. Not the overdue sum less the credit: an older invoice with longer terms may still be
    current and take the credit first. One query still, so the list sorts by it in the database: the plain
    overdue sum, less what the credit takes of the overdue invoices, worked out (a window over the invoices
    in order) for the accounts with credit only. Each collector's credit pays only the invoices it collects
    (``allocation.pays_for``): on the accounts a reseller bills, where two may have a part in the money (one
    that changed its billing mode), what the credit takes is worked out by the rule of
    ``allocation.due_after_credit`` (``_taken_by_collector``) for those with credit and something open; on the
    hoster's own accounts one collector has it all, and the query nets it."""
    e, a = LedgerEntry.__table__.c, Allocation.__table__.c
    receivable_kinds = (EntryKind.STATEMENT.value, EntryKind.PAYOUT.value)
    mine = [e.account_id.in_(only)] if only is not None else []
    sums = (select(e.account_id.label("account_id"),
                   func.sum(e.amount).label("balance"),
                   func.sum(case((e.kind.in_(receivable_kinds), literal(0)), else_=e.amount)).label("receivable"),
                   func.sum(case((e.kind == EntryKind.STATEMENT.value, -e.amount), else_=literal(0)))
                   .label("statements"),
                   func.sum(case((e.kind == EntryKind.PAYOUT.value, e.amount), else_=literal(0))).label("paid_out"))
            .where(*mine).group_by(e.account_id).cte("ledger_sums"))
    # What a reseller's payments settle of its statements (app/payments/payouts.py ``settle_statements``): on the
    # statements' side, out of the receivable (app/payments/position.py, the one rule).
    al, inv = Allocation.__table__.c, Invoice.__table__.c
    collected = (select(al.account_id.label("account_id"), func.sum(al.amount).label("collected"))
                 .join_from(Allocation.__table__, Invoice.__table__, inv.id == al.invoice_id)
                 .where(inv.kind == InvoiceKind.STATEMENT.value,
                        *([al.account_id.in_(only)] if only is not None else []))
                 .group_by(al.account_id).cte("collected"))
    took = func.coalesce(collected.c.collected, 0)
    sums = (select(sums.c.account_id, sums.c.balance, (sums.c.receivable + took).label("receivable"),
                   (sums.c.statements + took).label("statements"), sums.c.paid_out)
            .join(collected, collected.c.account_id == sums.c.account_id, isouter=True).cte("sums"))
    settled = (select(a.invoice_id, func.sum(a.amount).label("settled"))
               .where(*([a.account_id.in_(only)] if only is not None else [])).group_by(a.invoice_id)
               .cte("settled"))
    left = e.amount - func.coalesce(settled.c.settled, 0)
    overdue_now = terms.due_column(e) < as_of  # the one rule (app/payments/terms.py), as aging has it
    owing = left > 0
    opens = (select(e.account_id.label("account_id"), func.sum(left).label("open"),
                    func.sum(case((overdue_now, left), else_=literal(0))).label("overdue"),
                    func.max(case((and_(overdue_now, owing), e.entry_date))).label("last_overdue"),
                    func.min(case((and_(not_(func.coalesce(overdue_now, False)), owing), e.entry_date)))
                    .label("first_current"))
             .join(settled, settled.c.invoice_id == e.document_id, isouter=True)
             .where(e.kind == EntryKind.INVOICE.value, *mine).group_by(e.account_id).cte("opens"))
    # The credit by the one rule (app/payments/position.py): what payments and credit notes have left, never
    # negative; what the open invoices leave of the receivable beyond it is owed outside invoices.
    credits = position.credit_by_account(None, only)
    account_credit = func.coalesce(credits.c.credit, 0)
    receivable = func.coalesce(opens.c.open, 0) - account_credit  # what is owed on invoices after the credit
    # The overdue invoices all older than the current ones: the credit goes to them first, up to their sum.
    in_order = or_(opens.c.first_current.is_(None), opens.c.last_overdue.is_(None),
                   opens.c.first_current > opens.c.last_overdue)
    # Else (an older invoice still current, with longer terms, say) invoice by invoice, for those accounts only.
    mixed = (select(opens.c.account_id, receivable.label("receivable"))
             .join(credits, credits.c.account_id == opens.c.account_id, isouter=True)
             .where(account_credit > 0, not_(in_order)).subquery("mixed"))
    positive = case((owing, left), else_=literal(0))
    later = func.sum(positive).over(partition_by=e.account_id, order_by=(e.entry_date, e.document_id),
                                    rows=(1, None))  # what is open of the account's invoices after this one
    credited = (select(e.account_id.label("account_id"), overdue_now.label("overdue"), positive.label("open"),
                       later.label("later"), mixed.c.receivable)
                .join(mixed, mixed.c.account_id == e.account_id)
                .join(settled, settled.c.invoice_id == e.document_id, isouter=True)
                .where(e.kind == EntryKind.INVOICE.value, *mine).subquery("credited"))
    c = credited.c
    owed = c.receivable - func.coalesce(c.later, 0)  # what the credit leaves of it, before the bounds
    taken_of_one = case((owed <= 0, c.open), (owed >= c.open, literal(0)), else_=c.open - owed)
    netted = (select(c.account_id, func.sum(taken_of_one).label("taken")).where(c.overdue)
              .group_by(c.account_id).subquery("netted"))
    overdue_sum = func.coalesce(opens.c.overdue, 0)
    by_collector = _taken_by_collector(session, as_of, only, opens, credits)
    taken = case(*[(opens.c.account_id == k, literal(v, Amount())) for k, v in by_collector.items()],
                 (account_credit <= 0, literal(0)),
                 (in_order, case((account_credit >= overdue_sum, overdue_sum), else_=account_credit)),
                 else_=func.coalesce(netted.c.taken, 0))
    balance = type_coerce(func.coalesce(sums.c.balance, 0), Amount())
    credit = type_coerce(account_credit, Amount())
    outside = type_coerce(func.coalesce(sums.c.receivable, 0) - func.coalesce(opens.c.open, 0) + account_credit,
                          Amount())
    overdue = type_coerce(overdue_sum - taken, Amount())
    return sums, opens, netted, credits, balance, credit, overdue, outside


def _taken_by_collector(session: Session, as_of: date, only: list[int] | None, opens, credits) -> dict[int, Decimal]:
    """account id -> what its credit takes of its invoices overdue on ``as_of``, each collector's credit netted
    into the invoices it collects only (``position.after_credit``), of the accounts (``only`` when given) a
    reseller bills that have credit and something open (``opens``, ``credits``: ``_figures``' subqueries)."""
    if only is not None and not only:
        return {}
    acc = PaymentAccount.__table__.c
    ids = session.scalars(select(opens.c.account_id)
                          .join(credits, credits.c.account_id == opens.c.account_id)
                          .join(PaymentAccount.__table__, acc.id == opens.c.account_id)
                          .where(credits.c.credit > 0, opens.c.open > 0, acc.issuer_reseller_id.is_not(None))
                          .order_by(opens.c.account_id)).all()
    out = {}
    for account_id in ids:
        opens_now = position.open_invoices(session, account_id, None)
        still = position.after_credit(session, account_id, None, opens_now)
        out[account_id] = sum((inv.open - still[inv.id] for inv in opens_now
                               if terms.is_overdue(inv.due_date, inv.issue_date, as_of)), ZERO)
    return out


FIGURE_SORTS = ("balance", "credit", "overdue")


def _accounts_query(session: Session, f: AccountFilters, only: list[int] | None = None, *, figures: bool = True):
    """The accounts matching ``f`` in its order (only those of ``only`` when given), with their figures
    (``figures`` False: zeros, summing nothing, for a count or a page ordered by names)."""
    acc = PaymentAccount.__table__.c
    co = Company.__table__.c
    cust_r, issuer_r = aliased(Reseller), aliased(Reseller)
    sums, opens, netted, credits, balance, credit, overdue, outside = _figures(session, f.as_of or date.today(),
                                                                                 only if figures else [])
    code = func.coalesce(co.code, cust_r.code)
    name = func.coalesce(co.name, cust_r.name)
    issuer_name = func.coalesce(issuer_r.name, literal(""))  # the hoster ("") before the resellers
    q = (select(acc.id, acc.issuer_key, acc.currency, acc.company_id, code.label("code"), name.label("name"),
                issuer_r.code.label("issuer_code"), issuer_r.name.label("issuer_name"),
                balance.label("balance"), credit.label("credit"), overdue.label("overdue"),
                outside.label("outside"),
                type_coerce(func.coalesce(sums.c.statements, 0), Amount()).label("statements"),
                type_coerce(func.coalesce(sums.c.paid_out, 0), Amount()).label("paid_out"))
         .select_from(PaymentAccount.__table__)
         .join(Company.__table__, co.id == acc.company_id, isouter=True)
         .join(cust_r, cust_r.id == acc.customer_reseller_id, isouter=True)
         .join(issuer_r, issuer_r.id == acc.issuer_reseller_id, isouter=True)
         .join(sums, sums.c.account_id == acc.id, isouter=True)
         .join(opens, opens.c.account_id == acc.id, isouter=True)
         .join(credits, credits.c.account_id == acc.id, isouter=True)
         .join(netted, netted.c.account_id == acc.id, isouter=True))
    if only is not None:
        q = q.where(acc.id.in_(only))
    if f.issuer:
        q = q.where(acc.issuer_key == accounts.issuer_key_of(session, f.issuer))
    if f.currency:
        q = q.where(acc.currency == f.currency)
    if f.text and f.text.strip():
        like = f"%{_escaped(f.text.strip().lower())}%"
        q = q.where(or_(func.lower(code).like(like, escape="\\"), func.lower(name).like(like, escape="\\")))
    if f.owing:
        q = q.where(balance != 0)
    columns = {"customer": (func.lower(name), code), "issuer": (issuer_name,), "currency": (acc.currency,),
               "balance": (balance,), "credit": (credit,), "overdue": (overdue,)}
    if f.sort not in columns:
        raise ProrataError.of("bad_sort", "sort", value=f.sort, allowed=", ".join(SORTS))
    order = [c.desc() if f.descending else c.asc() for c in columns[f.sort]]
    tie = [func.lower(name), acc.issuer_key, acc.currency, acc.id]
    return q.order_by(*order, *tie)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def account_page(session: Session, f: AccountFilters) -> list[AccountRow]:
    """One page (``f.limit`` from ``f.offset``) of the accounts matching ``f``, in its order. Ordered by a
    name, the page is found first and only its accounts are summed; ordered by a figure (or only those
    owing), every account matching the filters is."""
    if f.sort in FIGURE_SORTS or f.owing:
        rows = session.execute(_accounts_query(session, f).limit(f.limit).offset(f.offset)).all()
    else:
        q = _accounts_query(session, f, figures=False)
        ids = [r.id for r in session.execute(q.limit(f.limit).offset(f.offset))]
        rows = session.execute(_accounts_query(session, f, only=ids)).all() if ids else []
    hoster = payments_hoster_name(session)
    return [AccountRow(r.id, r.code, r.name, "company" if r.company_id is not None else "reseller",
                       r.issuer_code or "hoster", r.issuer_name or hoster, r.currency,
                       r.balance, r.credit, r.overdue, r.outside, r.statements, r.paid_out) for r in rows]


def count_accounts(session: Session, f: AccountFilters) -> int:
    """How many accounts match ``f`` (the paging and the order left aside)."""
    q: Select = _accounts_query(session, f, figures=f.owing).order_by(None)
    return session.scalar(select(func.count()).select_from(q.subquery()))


def payments_hoster_name(session: Session) -> str:
    from app.models import Hoster

    hoster = session.get(Hoster, 1)
    return hoster.name if hoster is not None else "hoster"


def currencies_in_use(session: Session) -> list[str]:
    """The currencies that have accounts, for the list's filter."""
    return list(session.scalars(select(PaymentAccount.currency).distinct().order_by(PaymentAccount.currency)))


# --- one account ------------------------------------------------------------------------------


@dataclass
class OpenInvoice:
    id: int
    number: str
    issue_date: date
    due_date: date  # ``terms.due_on``: its issue date when it was posted without one
    total: Decimal
    open: Decimal
    status: str
    # Who collects it (``allocation.invoice_collectors``; "hoster" or "reseller:<id>") and that collector as the
    # command line names it: only credit that collector holds (or of no collector) pays it (``credit_for``).
    collector: str | None = None
    collector_code: str | None = None

    def overdue(self, as_of: date) -> bool:
        """Overdue on ``as_of``, by the rule the overdue figure and the aging view follow (``terms.is_overdue``)."""
        return terms.is_overdue(self.due_date, self.issue_date, as_of)


@dataclass
class PaymentInfo:
    """A payment of the account, with what of it can still be refunded (its credit)."""

    id: int
    method: str
    amount: Decimal
    received_on: date
    reference: str
    status: str
    refunded: Decimal
    credit: Decimal
    recorded_by: str


@dataclass
class AccountView:
    """One account as the console shows it."""

    row: AccountRow
    lines: list[ledger.Line]
    open_invoices: list[OpenInvoice]
    payments: dict[int, PaymentInfo]
    checks_on: bool
    checks_whose: str
    as_of: date | None = None
    # The credit by collector (``position.credit_held``): who holds it, shown where more than one has a part.
    held: position.CreditHeld = field(default_factory=position.CreditHeld)

    @property
    def credit(self) -> Decimal:
        return self.row.credit

    @property
    def currency(self) -> str:
        return self.row.currency


def account_view(session: Session, account_id: int, as_of: date | None = None) -> AccountView:
    """The account's figures, every ledger entry with the running balance, its open invoices oldest first
    with their open amounts, and its payments with what of each can be refunded."""
    day = as_of or date.today()
    account = session.get(PaymentAccount, account_id)
    if account is None:
        raise ProrataError.of("unknown_account", account=account_id)
    f = AccountFilters(as_of=day, limit=1)
    row = session.execute(_accounts_query(session, f, only=[account_id])).one()
    hoster = payments_hoster_name(session)
    head = AccountRow(row.id, row.code, row.name, "company" if row.company_id is not None else "reseller",
                      row.issuer_code or "hoster", row.issuer_name or hoster, row.currency, row.balance,
                      row.credit, row.overdue, row.outside, row.statements, row.paid_out)
    opens = allocation.open_invoices(session, account_id)
    due = _due_dates(session, [inv.id for inv, _ in opens])
    # Its due date by the one rule (app/payments/terms.py ``due_on``): one posted without is due on issue.
    whose = allocation.invoice_collectors(session, [inv for inv, _ in opens])
    codes = accounts.issuer_names(session)
    open_rows = [OpenInvoice(inv.id, allocation.label(inv), inv.issue_date, terms.due_on(due.get(inv.id),
                                                                                          inv.issue_date),
                             inv.total, left, inv.status, whose.get(inv.id),
                             codes(whose[inv.id]) if whose.get(inv.id) else None) for inv, left in opens]
    on, whose = payments.checks_on(session, account.reseller_id)
    return AccountView(head, ledger.history(session, account_id), open_rows, _payments(session, account_id),
                       on, whose, as_of=day, held=position.credit_held(session, account_id, None, opens_on=day))


def _due_dates(session: Session, invoice_ids: list[int]) -> dict[int, date]:
    if not invoice_ids:
        return {}
    e = LedgerEntry.__table__.c
    return dict(session.execute(select(e.document_id, e.due_date).where(e.document_id.in_(invoice_ids))).all())


def _payments(session: Session, account_id: int) -> dict[int, PaymentInfo]:
    p, e = Payment.__table__.c, LedgerEntry.__table__.c
    rows = session.execute(select(p.id, p.method, p.amount, p.received_on, p.reference, p.status, p.recorded_by)
                           .where(p.account_id == account_id).order_by(p.received_on, p.id)).all()
    ids = [r.id for r in rows]
    refunded = dict(session.execute(select(e.payment_id, func.sum(e.amount))
                                    .where(e.account_id == account_id, e.kind == EntryKind.REFUND.value)
                                    .group_by(e.payment_id)).all())
    left = allocation.payments_left(session, ids)
    return {r.id: PaymentInfo(r.id, r.method, r.amount, r.received_on, r.reference, r.status,
                              refunded.get(r.id) or ZERO,
                              left[r.id] if r.status == PaymentStatus.RECEIVED.value else ZERO, r.recorded_by)
            for r in rows}


# --- an invoice --------------------------------------------------------------------------------


@dataclass
class InvoicePayment:
    """What settles (or settled, then was taken back) an invoice: one line per allocation."""

    day: date
    source: str  # "payment" or "credit_note"
    payment_id: int | None
    method: str | None
    reference: str | None  # the payment's reference or the credit note's number
    amount: Decimal
    payment_status: str | None
    actor: str


@dataclass
class InvoicePayments:
    invoice_id: int
    number: str
    currency: str
    total: Decimal
    open: Decimal
    status: str
    payable: bool  # an issued or partially paid invoice (or wholesale invoice) that takes a payment
    account_id: int | None
    lines: list[InvoicePayment] = field(default_factory=list)


def invoice_payments(session: Session, invoice_id: int) -> InvoicePayments:
    """What has paid this invoice, and whether (and on which account) it takes a payment now."""
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        raise ProrataError.of("not_found", kind="invoice", code=str(invoice_id))
    a, p = Allocation.__table__.c, Payment.__table__.c
    note = aliased(Invoice)
    rows = session.execute(select(a.allocated_on, a.payment_id, a.credit_note_id, a.amount, a.actor, p.method,
                                  p.reference, p.status, note.number)
                           .select_from(Allocation.__table__)
                           .join(Payment.__table__, p.id == a.payment_id, isouter=True)
                           .join(note, note.id == a.credit_note_id, isouter=True)
                           .where(a.invoice_id == invoice_id).order_by(a.allocated_on, a.id)).all()
    lines = [InvoicePayment(r.allocated_on, "payment" if r.payment_id is not None else "credit_note", r.payment_id,
                            r.method, r.reference if r.payment_id is not None else r.number, r.amount, r.status,
                            r.actor) for r in rows]
    account_id = session.scalar(select(LedgerEntry.account_id).where(LedgerEntry.document_id == invoice_id))
    settled = sum((ln.amount for ln in lines), ZERO)
    payable = (inv.kind in allocation.ALLOCATABLE and inv.status in allocation.OPEN and account_id is not None)
    return InvoicePayments(inv.id, allocation.label(inv), inv.currency, inv.total, inv.total - settled, inv.status,
                           payable, account_id, lines)


# --- writes ---------------------------------------------------------------------------------------


def record_payment(session: Session, account_id: int, method: str, amount: Decimal, received_on: date,
                   reference: str, *, by_hand: list[tuple[int, Decimal]] | None = None,
                   actor: str | None = None) -> payments.Recorded:
    """Record a manual payment on the account: allocated oldest invoice first (``by_hand`` None), or by hand
    (``(invoice id, amount)`` pairs; an empty list keeps it all as credit). Refused, nothing written, when
    the amounts by hand add up to more than the payment, or any one is more than its invoice has open
    (``app.payments.allocation``: the account is held, so a clerk who comes second reads the first one's
    allocation and is told). By hand, the payment goes to the collector of the invoices it pays, as
    ``prorata payments add --allocate`` books it (``payments.collector_of_targets``; invoices of two collectors
    are refused in words, at ``allocations``)."""
    account = session.get(PaymentAccount, account_id)
    if account is None:
        raise ProrataError.of("unknown_account", account=account_id)
    cur = account.currency
    code = accounts.customer_code(session, account)
    issuer = accounts.issuer_names(session)(account.issuer_key)
    if by_hand is not None:
        value = parse_amount(amount, cur, where="amount")
        spent = sum((parse_amount(x, cur, where=f"allocations.{inv_id}") for inv_id, x in by_hand), ZERO)
        if spent > value:
            raise ProrataError.of("allocations_above_payment", "allocations", allocated=to_text(spent, cur),
                                  currency=cur, amount=to_text(value, cur))
    wanted = []
    for inv_id, x in by_hand or []:
        if x > 0:
            inv = session.get(Invoice, inv_id)
            if inv is None:
                raise ProrataError.of("not_found", kind="invoice", code=str(inv_id))
            wanted.append((inv, x))
    collector = payments.collector_of_targets(session, [inv for inv, _ in wanted], "allocations")
    done = payments.record(session, code, amount, cur, method, received_on, reference, issuer=issuer,
                           auto_allocate=by_hand is None, collected_by=collector, actor=actor)
    if wanted:
        # Allocated as the payment comes in (no "credit applied" entry: it was never credit).
        actor = actor or audit.current_actor(session)
        pay = done.payment
        accounts.lock(session, account.id)
        source = allocation.Source(f"payment #{pay.id}", received_on, pay.amount, payment_id=pay.id)
        for inv, x in wanted:
            done.allocations.append(allocation.allocate(session, account, source, inv, x, received_on,
                                                        as_credit=False, actor=actor))
        done.credit_left = source.left
        allocation.audit_all(session, done.allocations, account.reseller_id, f"payment #{pay.id}")
    return done


def apply_credit(session: Session, account_id: int, by_hand: list[tuple[int, Decimal]], day: date, *,
                 actor: str | None = None) -> list[allocation.Allocated]:
    """Apply the account's credit to invoices by hand, ``amount`` to each (oldest credit spent first), on
    ``day``: only the credit there by then is spent (an allocation is never dated before its money existed).
    Refused, nothing written, above the account's credit, above what of it may be spent dated ``day``
    (``position.credit_on``; ``credit_short_on_date``, saying how much that was) or above what an invoice has
    open."""
    actor = actor or audit.current_actor(session)
    account = session.get(PaymentAccount, account_id)
    if account is None:
        raise ProrataError.of("unknown_account", account=account_id)
    cur = account.currency
    check_date(day, "--date")
    wanted = [(inv_id, parse_amount(x, cur, where=f"allocations.{inv_id}")) for inv_id, x in by_hand]
    wanted = [(inv_id, x) for inv_id, x in wanted if x > 0]
    accounts.lock(session, account.id)
    sources = allocation.credit_sources(session, account.id)
    names = accounts.issuer_names(session)
    if not sources:
        raise ProrataError.of("no_credit", customer=accounts.customer_code(session, account), currency=cur,
                              issuer=names(account.issuer_key))
    available = sum((s.left for s in sources), ZERO)
    total = sum((x for _, x in wanted), ZERO)
    if total > available:
        raise ProrataError.of("credit_above_available", "allocations", amount=to_text(total, cur), currency=cur,
                              credit=to_text(available, cur))
    # What each source may spend dated ``day`` (``position.credit_on``: what it had left then and keeps after):
    # the one rule of ``prorata payments apply-credit --date``.
    days = position.credit_on(session, account.id, day)
    spend = days[0].spendable
    everything = sources
    sources = [allocation.Source(s.label, s.day, min(s.left, spend[allocation.source_key(s)]), s.payment_id,
                                 s.credit_note_id) for s in sources if spend.get(allocation.source_key(s), ZERO) > 0]
    then = sum((s.left for s in sources), ZERO)
    if total > then:
        allocation.short_on_date(session, account, days, total)
    theirs = allocation.source_collectors(session, everything)
    done: list[allocation.Allocated] = []
    for inv_id, amount in wanted:
        inv = session.get(Invoice, inv_id)
        if inv is None:
            raise ProrataError.of("not_found", kind="invoice", code=str(inv_id))
        open_now = allocation.open_amount(session, inv)
        if amount > open_now:  # refused whole, before any part of it is allocated
            raise ProrataError.of("over_allocation", invoice=allocation.label(inv), open=to_text(open_now, cur),
                                  currency=cur, amount=to_text(amount, cur),
                                  last=allocation._last_allocation(session, inv.id, cur))
        rest = amount
        collector = allocation.invoice_collectors(session, [inv])[inv.id]  # its collector's credit pays it
        mine = [s for s in sources if allocation.pays_for(theirs[(s.payment_id, s.credit_note_id)], collector)]
        held = credit_for(_pools(sources, theirs), collector)  # the sum of ``mine``: the rule the dialog offers by
        theirs_now = [s for s in everything if allocation.pays_for(theirs[allocation.source_key(s)], collector)]
        if amount > held and amount <= sum((s.left for s in theirs_now), ZERO):
            # The collector's credit would cover it, but not what of it may be spent on the day given.
            allocation.short_on_date(session, account, days, amount, {allocation.source_key(s) for s in theirs_now})
        if amount > held:
            raise ProrataError.of("credit_of_collector_short", "allocations", invoice=allocation.label(inv),
                                  collector=names(collector), available=to_text(held, cur), currency=cur,
                                  amount=to_text(amount, cur))
        for source in mine:
            if rest <= 0:
                break
            if source.left <= 0:
                continue
            part = min(rest, source.left)
            done.append(allocation.allocate(session, account, source, inv, part, day, as_credit=True, actor=actor,
                                            day_given=True))  # the day the clerk gave: not before the source
            rest -= part
    allocation.audit_all(session, done, account.reseller_id, "credit applied by hand")
    return done


def _pools(sources: list[allocation.Source], theirs: dict) -> dict[str | None, Decimal]:
    """collector -> what the credit ``sources`` it holds have left (``allocation.source_collectors``' keys)."""
    out: dict[str | None, Decimal] = {}
    for s in sources:
        key = theirs[(s.payment_id, s.credit_note_id)]
        out[key] = out.get(key, ZERO) + s.left
    return out


def credit_for(pools: dict[str | None, Decimal], collector: str | None) -> Decimal:
    """Of the credit held by collector (``pools``: collector -> what it holds; None: money recorded before
    collectors were), what may pay an invoice ``collector`` collects (``allocation.pays_for``): the figure
    ``apply_credit`` refuses an amount above (``credit_of_collector_short``), and the one the apply-credit
    dialog offers by (``credit_offer``, ``check_credit_of_collectors``)."""
    return sum((x for c, x in pools.items() if x > 0 and allocation.pays_for(c, collector)), ZERO)


def _take(pools: dict[str | None, Decimal], collector: str | None, amount: Decimal) -> None:
    """Spend ``amount`` of what ``credit_for`` counts for ``collector``: its own credit first, then money of no
    collector (which may pay any invoice, so is kept for last)."""
    for key in sorted((k for k in pools if allocation.pays_for(k, collector)), key=lambda k: k is None):
        part = min(amount, max(pools[key], ZERO))
        pools[key] -= part
        amount -= part


def view_pools(view: AccountView) -> dict[str | None, Decimal]:
    """collector -> the credit it holds on the account (``view.held``, ``position.credit_held``)."""
    return {h.collector: h.amount for h in view.held.parts}


def credit_offer(view: AccountView) -> dict[int, Decimal]:
    """What the account's credit can pay of each open invoice, oldest first, each only from the credit its
    collector holds (``credit_for``; what one invoice takes is not there for the next): what the apply-credit
    dialog offers, never an amount ``apply_credit`` would refuse as another collector's credit."""
    pools, out = view_pools(view), {}
    for inv in view.open_invoices:
        part = min(inv.open, credit_for(pools, inv.collector))
        out[inv.id] = part
        _take(pools, inv.collector, part)
    return out


def check_credit_of_collectors(view: AccountView, chosen: dict[int, Decimal]) -> None:
    """Refuses in words, as ``apply_credit`` would (``credit_of_collector_short``, at ``allocations``), the
    amounts ``chosen`` (invoice id -> amount) that the credit held by their invoice's collector does not cover,
    taken in the order given; every such invoice at once."""
    pools, problems, cur = view_pools(view), [], view.currency
    by_id = {inv.id: inv for inv in view.open_invoices}
    for inv_id, amount in chosen.items():
        inv = by_id.get(inv_id)
        if inv is None or not amount or amount <= 0:
            continue
        held = credit_for(pools, inv.collector)
        if amount > held:
            problems += ProrataError.of("credit_of_collector_short", "allocations", invoice=inv.number,
                                        collector=inv.collector_code or "", available=to_text(held, cur),
                                        currency=cur, amount=to_text(amount, cur)).problems
            continue
        _take(pools, inv.collector, amount)
    if problems:
        raise ProrataError(problems)


def credit_paying_none(view: AccountView) -> list[position.Held]:
    """The parts of the account's credit (``view.held``) whose collector collects none of its open invoices:
    they pay none of them (``allocation.pays_for``) and stay credit; the apply-credit dialog says so."""
    return [h for h in view.held.parts if h.collector is not None and view.open_invoices
            and not any(allocation.pays_for(h.collector, inv.collector) for inv in view.open_invoices)]


def refund(session: Session, payment_id: int, amount: Decimal, day: date, reference: str, *,
           actor: str | None = None):
    """``refunds.refund``, with a refusal about the amount said at the amount."""
    try:
        return refunds.refund(session, payment_id, amount, day, reference, actor=actor)
    except ProrataError as exc:
        raise _at(exc, {"refund_above_collected": "amount", "refund_above_credit": "amount"}) from None


def reverse(session: Session, payment_id: int, day: date, reason: str, *, actor: str | None = None):
    """``reversals.reverse`` (the payment's allocations are taken back; its invoices open again)."""
    return reversals.reverse(session, payment_id, day, reason, actor=actor)


def _at(exc: ProrataError, where_of: dict[str, str]) -> ProrataError:
    """The same error, its problems about a field placed there (those already placed keep their place)."""
    from app.errors import Problem

    return ProrataError([Problem(p.id, p.params, p.where or where_of.get(p.id, "")) for p in exc.problems])


# --- what a clerk types, checked before it is sent (pure: no database) --------------------------

MESSAGES.setdefault("allocation_above_open", "{invoice} has {open} {currency} open: allocate at most that, not "
                                             "{amount}")


def oldest_first(amount: Decimal, opens: list[tuple[int, Decimal]]) -> dict[int, Decimal]:
    """How ``amount`` spreads over open invoices (``(id, open)``, oldest first), each as far as it is open:
    what ``allocation.spread`` will do, shown before it is done."""
    out, left = {}, max(amount, ZERO)
    for inv_id, open_ in opens:
        part = min(open_, left)
        out[inv_id] = part
        left -= part
    return out


def check_allocations(amount: Decimal | None, currency: str, opens: list[tuple[int, str, Decimal]],
                      chosen: dict[int, Decimal], *, what: str = "payment") -> Decimal:
    """What is left as credit when ``amount`` (None: not typed yet, taken as 0) pays ``chosen``
    (invoice id -> amount) of the open invoices ``(id, label, open)``. Raises every problem at once: an
    allocation above what its invoice has open (at ``allocations.<id>``), allocations adding up to more than
    ``amount`` (at ``allocations``)."""
    problems = []
    for inv_id, label, open_ in opens:
        x = chosen.get(inv_id) or ZERO
        if x > open_:
            problems.append(ProrataError.of("allocation_above_open", f"allocations.{inv_id}", invoice=label,
                                            open=to_text(open_, currency), currency=currency,
                                            amount=to_text(x, currency)).problems[0])
    spent = sum((x for x in chosen.values() if x), ZERO)
    value = amount or ZERO
    if spent > value:
        id_ = "allocations_above_payment" if what == "payment" else "credit_above_available"
        params = ({"allocated": to_text(spent, currency), "amount": to_text(value, currency)} if what == "payment"
                  else {"amount": to_text(spent, currency), "credit": to_text(value, currency)})
        problems.append(ProrataError.of(id_, "allocations", currency=currency, **params).problems[0])
    if problems:
        raise ProrataError(problems)
    return value - spent


def more_than_owed(amount: Decimal | None, opens: list[tuple[int, Decimal]],
                   paying: dict[int, Decimal] | None = None) -> Decimal:
    """How much of a payment of ``amount`` (None: not typed yet) is more than what the invoices it pays owe:
    ``amount`` less what is open on them, zero when it is not more. Recorded, that part stays on the account as
    credit. The invoices: those ``paying`` (invoice id -> amount, by hand) gives an amount, or every one of the
    account's ``opens`` (``(id, open)``) when it is None or gives none (oldest first pays them all in turn)."""
    chosen = {inv_id for inv_id, x in (paying or {}).items() if x}
    owed = sum((open_ for inv_id, open_ in opens if not chosen or inv_id in chosen), ZERO)
    return max((amount or ZERO) - owed, ZERO)
