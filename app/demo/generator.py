"""``generate``: fill an empty database with a realistic demo hoster.

A hoster (Northwind Hosting), five resellers, a catalogue of ten services and
sixteen plans priced in EUR, USD, GBP and JPY at every layer, then ``companies``
companies with about four users and twenty events each, going back a year
from ``today``. The same seed gives the same database.

Everything is written in one transaction: an error or a cancellation leaves
the database as it was. Companies are made and written in batches, as plain
tuples through ``app.storage.bulk``, so 100,000 companies (two million events)
load in well under a minute on SQLite without holding them all in memory.
While loading, SQLite skips per-row foreign key lookups and PostgreSQL checks
the big tables' foreign keys once at the end (see ``app.storage.bulk``); the
tests check that every reference holds.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY
from app.demo import catalogue, tenants
from app.storage.bulk import BulkWriter, foreign_keys_checked_after
from app.demo.companies import COMPANY_COLUMNS, USER_COLUMNS, Batch, CompanyMaker
from app.demo.history import SHAPES, HistoryMaker
from app.errors import MESSAGES, ProrataError
from app.models import (Company, CompanyEvent, Currency, Hoster, Layer, MinimumCharge, MinimumPolicy, Plan, Price,
                        Reseller, Service, User)
from app.progress import Cancelled, Progress, no_progress, not_cancelled
from app.services import audit

MESSAGES.setdefault("demo_cancelled", "demo generation cancelled; the database was left as it was")

BATCH = 2000  # companies made and written at a time
# Tables whose ids the demo assigns itself (PostgreSQL sequences are moved past them afterwards).
OWN_IDS = ("services", "plans", "resellers", "companies", "users", "company_events")


class DemoCancelled(ProrataError):
    """Raised when ``cancelled()`` says stop; nothing was written."""

    def __init__(self):
        super().__init__(ProrataError.of("demo_cancelled").problems)


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate`` wrote."""

    resellers: int
    companies: int
    users: int
    events: int
    prices: int
    services: int
    plans: int
    today: date

    def text(self) -> str:
        return (f"{self.resellers} resellers, {self.companies:,} companies, {self.users:,} users, "
                f"{self.events:,} events, {self.prices:,} prices ({self.services} services, {self.plans} plans), "
                f"history up to {self.today.isoformat()}")


def generate(engine: Engine, companies: int, *, seed: int = 1, today: date | None = None,
             progress: Progress | None = None, cancelled: Cancelled | None = None, years: int = 1) -> DemoSummary:
    """Fill the empty, migrated database behind ``engine`` with demo data; returns the counts.

    Refuses (ProrataError ``not_empty``) a database that already holds a
    hoster, resellers, a catalogue, prices or companies. ``progress(done,
    total, message)`` is called after each batch, with ``total`` the number of
    companies; ``cancelled()`` is checked before each batch and makes it raise
    ``DemoCancelled`` with nothing written. Runs on the caller's thread.

    ``years``: how far back signups go (a company's history runs from its signup to ``today``, an event
    every week or two), for benchmarks of long histories. The database's statistics are brought up to
    date at the end (``ANALYZE``), so that the first queries on the new rows are planned for their size.
    """
    if isinstance(companies, bool) or not isinstance(companies, int) or companies < 0:
        raise ProrataError.of("bad_type", where="companies", expected="a whole number of 0 or more",
                              got=repr(companies))
    if isinstance(years, bool) or not isinstance(years, int) or years < 1:
        raise ProrataError.of("bad_type", where="years", expected="a whole number of 1 or more", got=repr(years))
    today = today or date.today()
    progress = progress or no_progress
    cancelled = cancelled or not_cancelled
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _sqlite_bulk_mode(conn, on=True)
        try:
            with conn.begin():
                _refuse_non_empty(conn)
                summary = _Load(conn, companies, seed, today, progress, cancelled, years).run()
            # Statistics for the query planner, so that the first commands after a demo plan their queries
            # for the tables' new sizes rather than for empty tables (issue 10).
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        finally:
            if sqlite:
                try:
                    _sqlite_bulk_mode(conn, on=False)
                except Exception:
                    conn.invalidate()  # never hand a connection without foreign keys back to the pool
                    raise
    progress(companies, companies, "done")
    return summary


def _sqlite_bulk_mode(conn: Connection, *, on: bool) -> None:
    """For this connection only: no per-row foreign key lookups, a larger page cache.

    The demo's rows reference each other correctly by construction (the tests
    check with PRAGMA foreign_key_check); the pragmas are restored before the
    connection goes back to the pool. They cannot change inside a
    transaction, hence the commits around them (which commit nothing).
    """
    conn.exec_driver_sql(f"PRAGMA foreign_keys={'OFF' if on else 'ON'}")
    conn.exec_driver_sql(f"PRAGMA cache_size={-262144 if on else -2000}")
    conn.commit()


def _refuse_non_empty(conn: Connection) -> None:
    found = []
    for model, one, many in ((Hoster, "a hoster", "hosters"), (Reseller, "a reseller", "resellers"),
                             (Company, "a company", "companies"), (Service, "a service", "services"),
                             (Plan, "a plan", "plans"), (Price, "a price", "prices")):
        n = conn.scalar(select(func.count()).select_from(model))
        if n:
            found.append(one if n == 1 else f"{n:,} {many}")
    if found:
        raise ProrataError.of("not_empty", what=", ".join(found) + "; the demo needs an empty database")


@dataclass(frozen=True)
class _Writers:
    companies: BulkWriter
    users: BulkWriter
    events: dict[str, BulkWriter]  # by shape


class _Load:
    """One demo load on one connection, inside its transaction."""

    def __init__(self, conn: Connection, companies: int, seed: int, today: date, progress: Progress,
                 cancelled: Cancelled, years: int = 1):
        self.conn, self.n, self.seed, self.today, self.years = conn, companies, seed, today, years
        self.progress, self.cancelled = progress, cancelled
        self.counts = {"users": 0, "events": 0, "prices": 0}

    def run(self) -> DemoSummary:
        self.progress(0, self.n, "catalogue, resellers and prices")
        plan_ids, retail = self._write_hoster_and_catalogue()
        self._write_companies(plan_ids, retail)
        if self.conn.dialect.name == "postgresql":
            for table in OWN_IDS:
                self.conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                       f"(SELECT MAX(id) FROM {table}))"))
        summary = DemoSummary(resellers=len(tenants.RESELLERS), companies=self.n, users=self.counts["users"],
                              events=self.counts["events"], prices=self.counts["prices"],
                              services=len(catalogue.SERVICES), plans=len(catalogue.PLANS), today=self.today)
        with Session(bind=self.conn) as session:
            audit.record(session, "demo", "database", None, after={
                "companies": self.n, "seed": self.seed, "today": self.today.isoformat(),
                "users": summary.users, "events": summary.events, "prices": summary.prices})
            session.flush()
        return summary

    def _write_hoster_and_catalogue(self) -> tuple[dict[str, int], dict]:
        """The hoster, its currencies, resellers, catalogue and price lists; returns plan ids and retail prices."""
        conn = self.conn
        stored = set(conn.scalars(select(Currency.code)))
        for code in catalogue.CURRENCIES:
            if code in stored:
                conn.execute(update(Currency).where(Currency.code == code).values(enabled=True))
            else:
                conn.execute(insert(Currency).values(code=code, enabled=True))
        conn.execute(insert(Hoster), [tenants.HOSTER])
        conn.execute(insert(Reseller), tenants.reseller_rows(self.today))
        service_ids = {s.code: i for i, s in enumerate(catalogue.SERVICES, 1)}
        conn.execute(insert(Service), [{"id": service_ids[s.code], "code": s.code, "name": s.name,
                                        "description": None} for s in catalogue.SERVICES])
        plan_ids = {p.code: i for i, p in enumerate(catalogue.PLANS, 1)}
        conn.execute(insert(Plan), [{"id": plan_ids[p.code], "code": p.code, "service_id": service_ids[p.service],
                                     "basis": p.basis, "name": p.name, "description": p.description}
                                    for p in catalogue.PLANS])
        conn.execute(insert(MinimumCharge), [
            {"issuer_key": HOSTER_KEY, "reseller_id": None, "currency": cur, "amount": amount,
             "policy": MinimumPolicy.DEFER.value}
            for cur, amount in tenants.MINIMUM_CHARGES.items()])
        # Exchange prices went up on the first of the month, three or four months ago.
        rise = (self.today.replace(day=1) - timedelta(days=100)).replace(day=1)
        rows = catalogue.price_rows(plan_ids, tenants.sellers(), rise)
        conn.execute(insert(Price), rows)
        self.counts["prices"] += len(rows)
        retail = {(r["reseller_id"], r["plan_id"], r["currency"]): r["amount"] for r in rows
                  if r["layer"] == Layer.RETAIL.value and r["valid_from"] is None}
        return plan_ids, retail

    def _write_companies(self, plan_ids: dict[str, int], retail: dict) -> None:
        """Make and write companies batch by batch, checking for cancellation in between."""
        conn, n = self.conn, self.n
        ready = ("date", "recorded_at")  # event rows carry them in stored form
        writers = _Writers(BulkWriter(conn, Company.__table__, COMPANY_COLUMNS),
                           BulkWriter(conn, User.__table__, USER_COLUMNS),
                           {shape: BulkWriter(conn, CompanyEvent.__table__, columns, stored=ready)
                            for shape, columns in SHAPES.items()})
        history = HistoryMaker(plan_ids, self.today, self.today - timedelta(days=365 * self.years),
                               storage=writers.events["user"].storage)
        maker = CompanyMaker(random.Random(self.seed), history, retail, n)
        with foreign_keys_checked_after(conn, (Company.__table__, User.__table__, CompanyEvent.__table__)):
            for start in range(0, n, BATCH):
                if self.cancelled():
                    raise DemoCancelled()
                stop = min(start + BATCH, n)
                self._write(writers, maker.batch(start, stop))
                self.progress(stop, n, f"{stop:,} of {n:,} companies")

    def _write(self, writers: "_Writers", batch: Batch) -> None:
        """Parents before children."""
        writers.companies.write(batch.companies)
        self.counts["users"] += writers.users.write(batch.users)
        for shape, writer in writers.events.items():
            self.counts["events"] += writer.write(getattr(batch.events, shape))
        if batch.overrides:
            self.conn.execute(insert(Price), batch.overrides)
            self.counts["prices"] += len(batch.overrides)
