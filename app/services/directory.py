"""Read-only queries for browsing tenants: the tree, details and search.

The tree is hoster > resellers (by name) and the "direct customers" group >
companies (by name, then id) > users (by email). Every list is read a page at a
time through an index (``companies(reseller_id, name, id)``,
``users(company_id, email)``), so no call reads a whole tenant table.

``row_of`` counts the siblings ordered before a node with the same ordering as
``children``, so a view can page up to a found node.

Nothing here writes; every function takes the caller's session.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.billing.periods import BILLING_DAY_EVENT, TERM_EVENT
from app.company_state import Event, currency_at, state_on
from app.errors import MESSAGES, ProrataError
from app.models import (Company, CompanyEvent, Currency, EventType, Hoster, Plan, Reseller, User,
                        localized)
from app.storage.engine import fold
from app.services.tenant_view import (DIRECT_REF, HOSTER_REF, AssignedPlan, CompanyDetail,
                                      DirectDetail, HistoryLine, HistoryPage, HosterDetail, NodeKind,
                                      NodeRef, NodeRow, ResellerDetail, SearchHit, SubscriptionLine,
                                      UserDetail, address_lines)

PAGE = 200
HISTORY_PAGE = 100


def root(session: Session) -> NodeRow | None:
    """The hoster's row, or None when the database has no hoster yet."""
    hoster = session.get(Hoster, 1)
    if hoster is None:
        return None
    n = session.scalar(select(func.count()).select_from(Reseller))
    direct = 1 if _direct_count(session) else 0
    return NodeRow(HOSTER_REF, hoster.name, None, n + direct)


def children(session: Session, parent: NodeRef, offset: int = 0, limit: int = PAGE) -> list[NodeRow]:
    """Up to ``limit`` children of ``parent`` from position ``offset``, in tree order.

    The hoster's children are its resellers by name, then the direct-customers
    group (present only when the hoster has direct companies).
    """
    kind = parent.kind
    if kind == NodeKind.HOSTER:
        return _hoster_children(session, offset, limit)
    if kind in (NodeKind.RESELLER, NodeKind.DIRECT):
        q = (select(Company.id, Company.name, Company.code)
             .where(_company_scope(parent))
             .order_by(Company.name, Company.id).offset(offset).limit(limit))
        return [NodeRow(NodeRef(NodeKind.COMPANY, i), name, code) for i, name, code in session.execute(q)]
    if kind == NodeKind.COMPANY:
        q = (select(User.id, User.name, User.email).where(User.company_id == parent.id)
             .order_by(User.email, User.id).offset(offset).limit(limit))
        return [NodeRow(NodeRef(NodeKind.USER, i), name, email, 0) for i, name, email in session.execute(q)]
    return []


def child_count(session: Session, parent: NodeRef) -> int:
    """How many children ``parent`` has (one indexed COUNT)."""
    kind = parent.kind
    if kind == NodeKind.HOSTER:
        return (session.scalar(select(func.count()).select_from(Reseller))
                + (1 if _direct_count(session) else 0))
    if kind in (NodeKind.RESELLER, NodeKind.DIRECT):
        return session.scalar(select(func.count()).select_from(Company).where(_company_scope(parent)))
    if kind == NodeKind.COMPANY:
        return session.scalar(select(func.count()).select_from(User).where(User.company_id == parent.id))
    return 0


def _company_scope(parent: NodeRef):
    if parent.kind == NodeKind.DIRECT:
        return Company.reseller_id.is_(None)
    return Company.reseller_id == parent.id


def _direct_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Company).where(Company.reseller_id.is_(None)))


def _hoster_children(session: Session, offset: int, limit: int) -> list[NodeRow]:
    q = (select(Reseller.id, Reseller.name, Reseller.code)
         .order_by(Reseller.name, Reseller.id).offset(offset).limit(limit))
    resellers = list(session.execute(q))
    counts: dict[int, int] = {}
    if resellers:
        cq = (select(Company.reseller_id, func.count()).where(Company.reseller_id.in_([r[0] for r in resellers]))
              .group_by(Company.reseller_id))
        counts = dict(session.execute(cq).all())
    rows = [NodeRow(NodeRef(NodeKind.RESELLER, i), name, code, counts.get(i, 0)) for i, name, code in resellers]
    if len(rows) < limit:
        total_resellers = session.scalar(select(func.count()).select_from(Reseller))
        if offset + len(rows) >= total_resellers:
            direct = _direct_count(session)
            if direct:
                hoster = session.get(Hoster, 1)
                rows.append(NodeRow(DIRECT_REF, hoster.name if hoster else "", None, direct))
    return rows


# --- where a node is -------------------------------------------------------

def path_to(session: Session, ref: NodeRef) -> list[NodeRef]:
    """The refs from the hoster down to ``ref``, both included."""
    kind = ref.kind
    if kind == NodeKind.HOSTER:
        return [HOSTER_REF]
    if kind in (NodeKind.RESELLER, NodeKind.DIRECT):
        if kind == NodeKind.RESELLER and session.get(Reseller, ref.id) is None:
            raise ProrataError.of("not_found", kind="reseller", code=ref.id)
        return [HOSTER_REF, ref]
    if kind == NodeKind.COMPANY:
        reseller_id = session.scalar(select(Company.reseller_id).where(Company.id == ref.id))
        if reseller_id is None and session.get(Company, ref.id) is None:
            raise ProrataError.of("not_found", kind="company", code=ref.id)
        group = DIRECT_REF if reseller_id is None else NodeRef(NodeKind.RESELLER, reseller_id)
        return [HOSTER_REF, group, ref]
    if kind == NodeKind.USER:
        company_id = session.scalar(select(User.company_id).where(User.id == ref.id))
        if company_id is None:
            raise ProrataError.of("not_found", kind="user", code=ref.id)
        return path_to(session, NodeRef(NodeKind.COMPANY, company_id)) + [ref]
    raise ProrataError.of("bad_value", value=kind, allowed=[k.value for k in NodeKind])


def row_of(session: Session, ref: NodeRef) -> int:
    """The position of ``ref`` among its siblings, in the order ``children`` lists them."""
    kind = ref.kind
    if kind == NodeKind.HOSTER:
        return 0
    if kind == NodeKind.DIRECT:
        return session.scalar(select(func.count()).select_from(Reseller))
    if kind == NodeKind.RESELLER:
        r = session.get(Reseller, ref.id)
        if r is None:
            raise ProrataError.of("not_found", kind="reseller", code=ref.id)
        return _count_before(session, Reseller, None, Reseller.name, r.name, r.id)
    if kind == NodeKind.COMPANY:
        c = session.get(Company, ref.id)
        if c is None:
            raise ProrataError.of("not_found", kind="company", code=ref.id)
        scope = _company_scope(DIRECT_REF if c.reseller_id is None else NodeRef(NodeKind.RESELLER, c.reseller_id))
        return _count_before(session, Company, scope, Company.name, c.name, c.id)
    if kind == NodeKind.USER:
        u = session.get(User, ref.id)
        if u is None:
            raise ProrataError.of("not_found", kind="user", code=ref.id)
        return _count_before(session, User, User.company_id == u.company_id, User.email, u.email, u.id)
    raise ProrataError.of("bad_value", value=kind, allowed=[k.value for k in NodeKind])


def _count_before(session: Session, model, scope, key_col, key, ident) -> int:
    # Two range counts rather than one OR, so each stays on the (scope, key, id) index.
    def count(cond):
        q = select(func.count()).select_from(model).where(cond)
        if scope is not None:
            q = q.where(scope)
        return session.scalar(q)
    return count(key_col < key) + count(and_(key_col == key, model.id < ident))


# --- search ------------------------------------------------------------------

SEARCH_MAX = 100  # characters: longer than any name, code or email worth typing
MESSAGES.setdefault("search_too_long", "a search text may have at most {limit} characters (this one has {length})")


def name_contains(session: Session, col, text: str):
    """``col`` contains ``text``, whatever the case, alike on SQLite and PostgreSQL (% and _ are plain)."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if session.get_bind().dialect.name != "sqlite":
        return col.ilike(pattern, escape="\\")
    if text.isascii():
        return col.like(pattern, escape="\\")  # SQLite's LIKE ignores the case of ASCII letters
    return func.prorata_fold(col).like(fold(pattern), escape="\\")  # "associés" finds "ASSOCIÉS"


def search(session: Session, text: str, limit: int = 50) -> list[SearchHit]:
    """Resellers and companies whose name or code contains ``text``, users whose email does.

    Case-insensitive. An exact code comes first, then resellers, companies and
    users (names or emails starting with the text before the others, then by
    name or email). At most ``limit`` hits; when both companies and
    users match, each kind keeps at least half of them.
    """
    text = (text or "").strip()
    if not text:
        return []
    if len(text) > SEARCH_MAX:
        raise ProrataError.of("search_too_long", limit=SEARCH_MAX, length=len(text))

    def contains(col):
        return name_contains(session, col, text)

    resellers = {r.id: r.name for r in session.execute(select(Reseller.id, Reseller.name))}
    exact: list[SearchHit] = []
    rq = (select(Reseller.id, Reseller.name, Reseller.code)
          .where(or_(contains(Reseller.name), contains(Reseller.code))).limit(limit))
    reseller_hits = []
    for i, name, code in session.execute(rq):
        hit = SearchHit(NodeRef(NodeKind.RESELLER, i), name, code, None)
        (exact if code.lower() == text.lower() else reseller_hits).append(hit)
    cq = (select(Company.id, Company.name, Company.code, Company.reseller_id)
          .where(or_(contains(Company.name), contains(Company.code))).limit(limit))
    company_hits = []
    for i, name, code, rid in session.execute(cq):
        hit = SearchHit(NodeRef(NodeKind.COMPANY, i), name, code, resellers.get(rid) if rid else None)
        (exact if code.lower() == text.lower() else company_hits).append(hit)
    uq = (select(User.id, User.name, User.email, Company.name)
          .join(Company, Company.id == User.company_id)
          .where(contains(User.email)).limit(limit))
    user_hits = [SearchHit(NodeRef(NodeKind.USER, i), name, email, cname)
                 for i, name, email, cname in session.execute(uq)]
    low = text.lower()
    # Names that start with the text first, then the others; each group by name.
    reseller_hits.sort(key=lambda h: (not h.name.lower().startswith(low), h.name.lower(), h.ref.id))
    company_hits.sort(key=lambda h: (not h.name.lower().startswith(low), h.name.lower(), h.ref.id))
    user_hits.sort(key=lambda h: (not h.code.lower().startswith(low), h.code.lower(), h.ref.id))
    room = max(0, limit - len(exact) - len(reseller_hits))
    n_users = min(len(user_hits), max(room // 2, room - len(company_hits)))
    n_companies = min(len(company_hits), room - n_users)
    return (exact + reseller_hits)[:limit] + company_hits[:n_companies] + user_hits[:n_users]


# --- details ----------------------------------------------------------------

def hoster_detail(session: Session) -> HosterDetail:
    h = session.get(Hoster, 1)
    if h is None:
        raise ProrataError.of("no_hoster")
    count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
    currencies = list(session.scalars(select(Currency.code).where(Currency.enabled.is_(True)).order_by(Currency.code)))
    return HosterDetail(h.name, h.email, address_lines(h.address), h.tax_id, h.language, currencies,
                        count(Reseller), count(Company), _direct_count(session), count(User))


def direct_detail(session: Session) -> DirectDetail:
    h = session.get(Hoster, 1)
    return DirectDetail(h.name if h else "", _direct_count(session))


def reseller_detail(session: Session, reseller_id: int) -> ResellerDetail:
    r = session.get(Reseller, reseller_id)
    if r is None:
        raise ProrataError.of("not_found", kind="reseller", code=reseller_id)
    n = session.scalar(select(func.count()).select_from(Company).where(Company.reseller_id == r.id))
    return ResellerDetail(r.id, r.code, r.name, r.billing_mode, r.currency, r.language, r.billing_day,
                          r.signup, r.email, address_lines(r.address), r.tax_id, n)


def _plans(session: Session, plan_ids) -> dict[int, Plan]:
    ids = {p for p in plan_ids if p is not None}
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Plan).where(Plan.id.in_(ids)))}


def _events(session: Session, company_id: int, until: date) -> list[Event]:
    e = CompanyEvent
    q = (select(e.date, e.type, e.plan_id, e.to_plan_id, e.quantity, e.user_id, e.code, e.amount,
                e.recurring, e.currency, e.description, e.id)
         .where(e.company_id == company_id, e.date <= until).order_by(e.date, e.id))
    return [Event(*row) for row in session.execute(q)]


def company_detail(session: Session, company_id: int, today: date | None = None,
                   language: str = "en", history_limit: int = HISTORY_PAGE) -> CompanyDetail:
    """A company's settings, what it has on ``today``, and the newest page of its history."""
    today = today or date.today()
    c = session.get(Company, company_id)
    if c is None:
        raise ProrataError.of("not_found", kind="company", code=company_id)
    events = _events(session, c.id, today)
    bases = dict(session.execute(select(Plan.id, Plan.basis)).all())
    state = state_on(events, today, bases, c.currency)
    plans = _plans(session, state.subscriptions)
    subs = [SubscriptionLine(plans[p].code, localized(plans[p].name, language), plans[p].basis,
                             s.billable_quantity(plans[p].basis), s.since)
            for p, s in state.subscriptions.items()]
    subs.sort(key=lambda s: (s.plan_name.lower(), s.plan_code))
    reseller_name = None
    if c.reseller_id is not None:
        reseller_name = session.scalar(select(Reseller.name).where(Reseller.id == c.reseller_id))
    users = session.scalar(select(func.count()).select_from(User).where(User.company_id == c.id))
    billing_day, term = c.billing_day, c.term
    for e in events:  # a change is dated where it takes effect (app/services/billing_schedule.py)
        if e.type == BILLING_DAY_EVENT:
            billing_day = e.quantity or None
        elif e.type == TERM_EVENT:
            term = e.code
    return CompanyDetail(
        c.id, c.code, c.name, c.reseller_id, reseller_name, state.currency, c.language, c.billing_day,
        c.signup, c.delivery, c.email, address_lines(c.address), c.tax_id, c.tax_treatment, c.tax_rate,
        users, subs, company_history(session, c.id, 0, history_limit, language), billing_day, term)


def company_history(session: Session, company_id: int, offset: int = 0, limit: int = HISTORY_PAGE,
                    language: str = "en") -> HistoryPage:
    """The company's events newest first (future-dated ones included), a page at a time."""
    e = CompanyEvent
    total = session.scalar(select(func.count()).select_from(e).where(e.company_id == company_id))
    rows = list(session.scalars(select(e).where(e.company_id == company_id)
                                .order_by(e.date.desc(), e.id.desc()).offset(offset).limit(limit)))
    if not rows:
        return HistoryPage([], total)
    plans = _plans(session, [r.plan_id for r in rows] + [r.to_plan_id for r in rows])
    user_ids = {r.user_id for r in rows if r.user_id is not None}
    emails = dict(session.execute(select(User.id, User.email).where(User.id.in_(user_ids))).all()) if user_ids else {}
    signup_currency = session.scalar(select(Company.currency).where(Company.id == company_id))
    changes = list(session.execute(select(e.date, e.id, e.currency).where(
        e.company_id == company_id, e.type == EventType.CURRENCY.value).order_by(e.date, e.id)))

    def currency_on(day, ident):
        return currency_at(signup_currency, changes, day, ident)

    def plan_name(pid):
        return localized(plans[pid].name, language) if pid in plans else None

    def seller_name(key: str | None) -> str | None:  # a move's code: the seller it moved to
        if key == "hoster":
            return session.scalar(select(Hoster.name))
        if key and key.startswith("reseller:") and key[9:].isdigit():
            return session.scalar(select(Reseller.name).where(Reseller.id == int(key[9:])))
        return key

    def description(r) -> str | None:
        if r.type == "move":
            return f"→ {seller_name(r.code)}"
        return localized(r.description, language) if r.description else None

    out = [HistoryLine(r.id, r.date, r.type, plan_name(r.plan_id), plan_name(r.to_plan_id), r.quantity,
                       emails.get(r.user_id), r.code, description(r),
                       r.amount, r.recurring, r.currency or currency_on(r.date, r.id), r.recorded_by)
           for r in rows]
    return HistoryPage(out, total)


def user_detail(session: Session, user_id: int, today: date | None = None, language: str = "en") -> UserDetail:
    """A user, their company, and the plans assigned to them on ``today`` (with the date since)."""
    today = today or date.today()
    u = session.get(User, user_id)
    if u is None:
        raise ProrataError.of("not_found", kind="user", code=user_id)
    c = session.get(Company, u.company_id)
    held: dict[int, date] = {}
    for ev in _events(session, c.id, today):
        if ev.type == EventType.ASSIGN.value and ev.user == u.id:
            held[ev.plan] = ev.date
        elif ev.type == EventType.UNASSIGN.value and ev.user == u.id:
            held.pop(ev.plan, None)
        elif ev.type == EventType.CANCEL.value:
            held.pop(ev.plan, None)
        elif ev.type == EventType.PLAN_CHANGE.value and ev.plan in held:
            held.pop(ev.plan)
            held[ev.to_plan] = ev.date
    plans = _plans(session, held)
    assigned = sorted((AssignedPlan(localized(plans[p].name, language), since) for p, since in held.items()),
                      key=lambda a: a.plan_name.lower())
    return UserDetail(u.id, u.name, u.email, c.id, c.code, c.name, assigned)
