"""Importing a bundle: check everything, then write everything in the caller's transaction.

Rows are written with Core bulk inserts (executemany, or INSERT ... RETURNING
for rows whose ids their children need), never as ORM objects flushed one by
one; parents before children, so that 10,000 companies with their users and
history load in seconds. Events are written in the order they take
effect, so that ids order the events of one day.

What a billing run could never bill is refused as recording a change refuses it
(``app.services.change_preview.check_billable``): once everything else is
written, each company's events from the bundle are billed by the engine after
its stored ones, before they are written; a company the run would refuse is
named with its event, and nothing is imported (a dry run writes into a
savepoint it rolls back, to ask the same).

Currencies: into a database without a hoster (a backup restored), the
hoster's currencies are enabled; into a database with one, a currency the
bundle lists that the hoster disabled stays disabled (``validate._hoster``),
and what the bundle bills in it is refused as for any disabled currency.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.bundle.known import Known, load_known
from app.bundle.validate import CheckedBundle, check_bundle, check_format
from app.company_state import Event
from app.errors import MESSAGES, Problem, ProrataError
from app.models import (Company, CompanyEvent, Currency, EventType, ExtraItem, ExtraItemAmount, Hoster, MinimumCharge,
                        Plan, Price, Reseller, Service, User)
from app.models.base import utcnow
from app.models.users import email_key
from app.services import audit, billed_prices

MESSAGES.setdefault("import_unbillable",
                    "company {company!r}: a billing run could never bill its {type} event of {date}; nothing was "
                    "imported")

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
BATCH = 5000


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote (or, for a dry run, would write), per kind of row."""

    counts: dict[str, int]
    dry_run: bool

    def summary(self) -> str:
        """``1 company, 4 users, 20 events``; ``nothing`` when every count is 0."""
        parts = [f"{n} {_SINGULAR.get(kind, kind) if n == 1 else kind}" for kind, n in self.counts.items() if n]
        return ", ".join(parts) if parts else "nothing"


_SINGULAR = {"currencies": "currency", "services": "service", "plans": "plan", "resellers": "reseller",
             "companies": "company", "users": "user", "prices": "price", "events": "event",
             "extra_items": "extra item"}


def _no_progress(done: int, total: int, message: str) -> None:
    pass


def import_bundle(session: Session, doc: Any, *, source: str = "", dry_run: bool = False,
                  progress: Progress | None = None, cancelled: Cancelled | None = None,
                  entity: str = "bundle") -> ImportResult:
    """Check ``doc`` against itself and the database, then add it to the session's transaction.

    Raises one ProrataError carrying every problem found, before writing
    anything; with ``dry_run`` nothing is written either way. The caller's
    unit of work commits, or rolls back on any error (cancellation included).
    One audit entry (action "import", entity ``entity``) records the file and the counts.
    Runs on the caller's thread; ``progress`` and ``cancelled`` are called from it.
    """
    progress = progress or _no_progress
    progress(0, 1, "checking")
    check_format(doc)
    known = load_known(session, doc)
    checked = check_bundle(doc, known)
    refused = _billed_price_problems(session, checked, known)
    if refused:
        raise ProrataError(refused)
    result = ImportResult(checked.counts(), dry_run)
    if dry_run:
        if checked.events:  # billed by the engine only once written: into a savepoint, rolled back
            trial = session.begin_nested()
            try:
                write_bundle(session, checked, known, cancelled=cancelled, check_events=_refuse_unbillable)
            finally:
                trial.rollback()
        progress(1, 1, "checked")
        return result
    write_bundle(session, checked, known, progress=progress, cancelled=cancelled, check_events=_refuse_unbillable)
    audit.record(session, "import", entity, source[:64] or None, after={"file": source, "counts": result.counts})
    return result


class _Writer:
    """Bulk inserts in batches, with progress over all rows and a cancellation check."""

    def __init__(self, session: Session, total: int, progress: Progress, cancelled: Cancelled | None):
        self.session, self.total, self.progress, self.cancelled = session, total, progress, cancelled
        self.done = 0

    def advance(self, rows: int, label: str) -> None:
        self.done += rows
        self.progress(self.done, self.total, f"writing {label}")

    def insert(self, model, rows: list[dict], key: Callable[[Any], Any] | None = None,
               label: str = "") -> dict:
        """Insert ``rows``; with ``key``, return {key(row): id} from RETURNING.

        Core inserts on the table, not ORM bulk inserts: the ORM splits rows
        by which values are None and is far slower at this size.
        """
        table = model.__table__
        ids: dict = {}
        for start in range(0, len(rows), BATCH):
            if self.cancelled is not None and self.cancelled():
                raise ProrataError.of("cancelled")
            chunk = rows[start:start + BATCH]
            if key is None:
                self.session.execute(insert(table), chunk)
            else:
                stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
                for row, new_id in zip(chunk, self.session.scalars(stmt, chunk)):
                    ids[key(row)] = new_id
            self.advance(len(chunk), label)
        return ids


def write_bundle(session: Session, b: CheckedBundle, known: Known, *, progress: Progress | None = None,
                 cancelled: Cancelled | None = None,
                 check_events: Callable[[Session, CheckedBundle, Known, list[dict]], None] | None = None) -> None:
    """Write a checked bundle, resolving codes to ids of new and stored rows; ``check_events`` is given the
    events' rows (``_event_row``, in the order they are written) once everything else is written, before
    they are."""
    w = _Writer(session, max(1, sum(b.counts().values())), progress or _no_progress, cancelled)
    for code in b.currencies:
        if code in known.currencies:
            session.execute(update(Currency).where(Currency.code == code).values(enabled=True))
        else:
            session.execute(insert(Currency).values(code=code, enabled=True))
    w.advance(len(b.currencies), "currencies")
    if b.hoster is not None:
        session.execute(insert(Hoster).values(id=1, **b.hoster))
        w.advance(1, "hoster")

    services = dict(known.services)
    services.update(w.insert(Service, b.services, key=lambda r: r["code"], label="services"))
    plans = {c: pid for c, (pid, _) in known.plans.items()}
    plans.update(w.insert(Plan, [
        {"code": p["code"], "service_id": services[p["service"]], "basis": p["basis"], "name": p["name"],
         "description": p["description"], "unit": p["unit"], "retired_on": p["retired_on"]} for p in b.plans],
        key=lambda r: r["code"], label="plans"))
    items = w.insert(ExtraItem, [{k: x[k] for k in ("code", "name", "recurring", "retired_on")}
                                 for x in b.extra_items], key=lambda r: r["code"], label="extra items")
    amounts = [{"item_id": items[x["code"]], "currency": cur, "amount": amount}
               for x in b.extra_items for cur, amount in sorted(x["amounts"].items())]
    if amounts:
        session.execute(insert(ExtraItemAmount), amounts)
    resellers = dict(known.resellers)
    resellers.update(w.insert(Reseller, b.resellers, key=lambda r: r["code"], label="resellers"))
    # Minimum charges are settings of their issuer (the hoster or a new reseller): not counted apart.
    minimums = [{"issuer_key": reseller_key(resellers[m["issuer"]]) if m["issuer"] else HOSTER_KEY,
                 "reseller_id": resellers[m["issuer"]] if m["issuer"] else None,
                 "currency": m["currency"], "amount": m["amount"], "policy": m["policy"]} for m in b.minimums]
    if minimums:
        session.execute(insert(MinimumCharge), minimums)

    # company code -> (id, reseller_id)
    companies = {c: (k.id, k.reseller_id) for c, k in known.companies.items()}
    rows = [{**{k: v for k, v in c.items() if k != "reseller"},
             "reseller_id": resellers[c["reseller"]] if c["reseller"] else None} for c in b.companies]
    new_ids = w.insert(Company, rows, key=lambda r: r["code"], label="companies")
    companies.update({r["code"]: (new_ids[r["code"]], r["reseller_id"]) for r in rows})

    users = dict(known.users)
    rows = [{"company_id": companies[u["company"]][0], "reseller_id": companies[u["company"]][1],
             "email": u["email"], "name": u["name"], "_key": (u["company"], email_key(u["email"]))}
            for u in b.users]
    keys = [r.pop("_key") for r in rows]
    new_ids = w.insert(User, rows, key=lambda r: id(r), label="users")
    users.update({k: new_ids[id(r)] for k, r in zip(keys, rows)})

    w.insert(Price, [_price_row(p, plans, resellers, companies) for p in b.prices], label="prices")
    stamp = {"recorded_by": audit.current_actor(session), "recorded_at": utcnow()}
    events = [_event_row(e, plans, companies, users, stamp, resellers, seller=seller)
              for e, seller in zip(b.events, _sellers(b.events, companies, resellers))]
    if check_events is not None:
        check_events(session, b, known, events)
    _write_events(w, b.events, events)


def _write_events(w: _Writer, checked: list[dict], rows: list[dict]) -> None:
    """Insert the events' ``rows``; an undo's row names the id its undone event was given (``undoes``: that
    event's position in the bundle), so an undone event is written before its undo: in runs, in the order the
    events take effect, except that an undo dated before the change it takes back (``prorata change undo ID
    --date``) has that change, and the events of its company's day before it, written first. The events of one
    company's day keep their order, which their ids give (``history._check_undoes`` refused an undo of an undo)."""
    if all(e.get("undoes") is None for e in checked):
        w.insert(CompanyEvent, rows, label="events")
        return
    at = {e["pos"]: i for i, e in enumerate(checked)}
    day: dict[tuple, list[int]] = {}
    for i, e in enumerate(checked):
        day.setdefault((e["company"], e["date"]), []).append(i)
    order: list[int] = []
    state: dict[int, bool] = {}  # index -> placed (True) or being placed (False)

    def place(i: int) -> None:
        if state.get(i) is not None:
            if not state[i]:  # undos dated so that each needs the other written first
                raise ProrataError.of("undoes_other", f"$.events[{checked[i]['pos']}].undoes",
                                      index=checked[i]["undoes"], company=checked[i]["company"])
            return
        state[i] = False
        e = checked[i]
        for j in day[(e["company"], e["date"])]:
            if j == i:
                break
            place(j)
        if e.get("undoes") is not None:
            place(at[e["undoes"]])
        state[i] = True
        order.append(i)

    for i in range(len(checked)):
        place(i)
    given: dict[int, int] = {}  # bundle position -> id
    run: list[int] = []

    def write() -> None:
        chunk = [rows[i] for i in run]
        ids = w.insert(CompanyEvent, chunk, key=lambda r: id(r), label="events")
        given.update({checked[i]["pos"]: ids[id(rows[i])] for i in run})
        run.clear()

    for i in order:
        undone = checked[i].get("undoes")
        if undone is not None:
            if undone not in given:
                write()
            rows[i]["undoes_id"] = given[undone]
        run.append(i)
    write()


def _refuse_unbillable(session: Session, b: CheckedBundle, known: Known, rows: list[dict]) -> None:
    """Refuse the bundle when a run could never bill a company's events (``change_preview.UNBILLABLE``): each
    company is billed by the engine with its stored events and the bundle's after them (ids as writing them
    gives), as recording changes checks them (``change_preview._unbillable``: a refusal the stored history
    gives already is not the bundle's doing). Every such company is named, with the event the run's words are
    about (else its first), at that event.

    A company the bundle adds is checked only when its events change its currency: with none, it has one
    currency from signup on and no invoice yet, and both refusals need two (a correction of a period billed in
    another currency, an extra in another currency than its invoice); an export read back stays fast."""
    from app.services.change_preview import _unbillable  # it bills with the engine, which imports much

    newest = session.scalar(select(func.max(CompanyEvent.id))) or 0
    added: dict[int, list[Event]] = {}
    for i, r in enumerate(rows):
        added.setdefault(r["company_id"], []).append(Event(
            r["date"], r["type"], r["plan_id"], r["to_plan_id"], r["quantity"], r["user_id"], r["code"],
            r["amount"], r["recurring"], r["currency"], r["description"], newest + 1 + i))
    by_code: dict[str, list[dict]] = {}
    ids: dict[str, int] = {}
    for e, r in zip(b.events, rows):
        by_code.setdefault(e["company"], []).append(e)
        ids[e["company"]] = r["company_id"]
    problems: list[Problem] = []
    for code in sorted(by_code):
        events = by_code[code]
        if code not in known.companies and not any(e["type"] == EventType.CURRENCY.value for e in events):
            continue
        problem = _unbillable(session, code, added[ids[code]], prices=code in known.companies)
        if problem is None:
            continue
        at = next((e for e in events if str(e["date"]) == str(problem.params.get("date"))), events[0])
        problems += [Problem("import_unbillable", {"company": code, "type": at["type"].replace("_", " "),
                                                   "date": at["date"].isoformat()}, at["where"]),
                     Problem(problem.id, problem.params, f"{at['where']}.date")]
    if problems:
        raise ProrataError(problems)


def _billed_price_problems(session: Session, b: CheckedBundle, known: Known) -> list:
    """The bundle's prices that would change what is billed already, as the window's and the CLI's price
    changes are refused (``app.services.billed_prices``). A price of a plan, reseller or company the bundle
    adds was billed to nobody yet."""
    changes = []
    for p in b.prices:
        plan = known.plans.get(p["plan"])
        company = known.companies.get(p["company"]) if p["company"] else None
        if plan is None or (p["company"] and company is None) or (p["reseller"] and p["reseller"] not in
                                                                   known.resellers):
            continue
        changes.append({"layer": p["layer"], "plan_id": plan[0], "currency": p["currency"],
                        "valid_from": p["valid_from"], "where": p["where"],
                        "reseller_id": known.resellers[p["reseller"]] if p["reseller"] else None,
                        "company_id": company.id if company is not None else None})
    return billed_prices.problems(session, changes)


def _price_row(p: dict, plans: dict, resellers: dict, companies: dict) -> dict:
    reseller_id = resellers[p["reseller"]] if p["reseller"] else None
    company_id = None
    if p["company"]:
        company_id, reseller_id = companies[p["company"]]
    return {"layer": p["layer"], "plan_id": plans[p["plan"]], "currency": p["currency"], "amount": p["amount"],
            "valid_from": p["valid_from"], "reseller_id": reseller_id, "company_id": company_id}


def _sellers(events: list[dict], companies: dict, resellers: dict) -> list[int | None]:
    """The reseller id each event is filed under: its company's seller on its day, as the event was recorded
    (``app.services.moves``: what a company did before a move stays the seller's it left, whose staff still read
    it). A company the bundle moves is with the seller its first move leaves until then; another, with its
    reseller."""
    def seller(code: str) -> int | None:
        return None if code == "hoster" else resellers[code]

    now = {}
    for e in events:  # in the order they take effect
        if e["type"] == "move" and e["company"] not in now:
            now[e["company"]] = seller(e["from"])
    out = []
    for e in events:
        code = e["company"]
        out.append(now[code] if code in now else companies[code][1])
        if e["type"] == "move":
            now[code] = seller(e["to"])
    return out


_CURRENT = object()


def _event_row(e: dict, plans: dict, companies: dict, users: dict, stamp: dict,
               resellers: dict | None = None, *, seller: Any = _CURRENT) -> dict:
    """An event's row; ``seller``: the reseller id it is filed under (default: its company's now)."""
    company_id, reseller_id = companies[e["company"]]
    if seller is not _CURRENT:
        reseller_id = seller
    if e["type"] == "move":  # the seller it leaves, and the key of the one it goes to (app.services.moves)
        reseller_id = resellers[e["from"]] if e["from"] != "hoster" else None
        e = {**e, "code": reseller_key(resellers[e["to"]]) if e["to"] != "hoster" else HOSTER_KEY}
    return {
        "company_id": company_id, "reseller_id": reseller_id, "date": e["date"], "type": e["type"],
        "plan_id": plans[e["plan"]] if e["plan"] else None,
        "to_plan_id": plans[e["to_plan"]] if e["to_plan"] else None,
        "quantity": e["quantity"],
        "user_id": users[(e["company"], email_key(e["user"]))] if e["user"] else None,
        "code": e["code"], "amount": e["amount"], "recurring": e["recurring"],
        "description": e["description"], "currency": e["currency"], "undoes_id": None, **stamp,
    }
