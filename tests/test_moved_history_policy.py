"""The ``company_events`` reading policy after migration 0028 lets through exactly the rows it did before (migration
0026), for every seller, while asking the day a company left only once per statement (app/storage/row_security.py
``_READ``, ``companies_left``).

PostgreSQL only (SQLite has no logins). The world is written in SQL by the superuser (what ``move_company`` would
record: a move under the seller it leaves, the company's seller changed); each event is labelled (``recorded_by``)
by its company, date and what it is. Sellers: resellers A, B and C, and the hoster (no reseller).

- k1: A's, moved to B on 1 Jul 2025. Events: Jan 15 subscribe (A); Jun 20 a late change B recorded for days before
  the move (B); Jul 1 the move (A); Jul 1 a change on the day of the move (B); Aug 15 a change (B).
- k2: the hoster's, moved to A on 1 Mar, then to B on 1 Sep. Jan 15 subscribe (hoster); Mar 1 move (hoster);
  May 15 change (A); Sep 1 move (A); Oct 15 change (B).
- k3: A's, moved to B on 1 Apr and back to A on 1 Aug. Jan 15 subscribe (A); Apr 1 move (A); May 15 change (B);
  Aug 1 move (B); Sep 15 change (A).
- k4: A's, to B on 1 Mar, back to A on 1 May, to C on 1 Oct. Jan 15 subscribe (A); Mar 1 move (A); Apr 15 change
  (B); May 1 move (B); Jun 15 change (A); Oct 1 move (A); Nov 15 change (C).
- k5: B's, never moved: Jan 15 subscribe (B). k6: the hoster's, never moved: Jan 15 subscribe (hoster).
"""
from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import text

from app.services import staff
from app.storage import row_security as rs
from app.storage.engine import make_engine
from tests.staff_world import StaffWorld, drop_logins

pytestmark = pytest.mark.pg

# company -> its seller at the end, and (label, date, seller recorded under, type) of its events
EVENTS = {
    "k1": ("B", [("k1 jan sub", date(2025, 1, 15), "A", "subscribe"),
                 ("k1 jun late", date(2025, 6, 20), "B", "quantity"),
                 ("k1 jul move", date(2025, 7, 1), "A", "move"),
                 ("k1 jul same day", date(2025, 7, 1), "B", "quantity"),
                 ("k1 aug", date(2025, 8, 15), "B", "quantity")]),
    "k2": ("B", [("k2 jan sub", date(2025, 1, 15), None, "subscribe"),
                 ("k2 mar move", date(2025, 3, 1), None, "move"),
                 ("k2 may", date(2025, 5, 15), "A", "quantity"),
                 ("k2 sep move", date(2025, 9, 1), "A", "move"),
                 ("k2 oct", date(2025, 10, 15), "B", "quantity")]),
    "k3": ("A", [("k3 jan sub", date(2025, 1, 15), "A", "subscribe"),
                 ("k3 apr move", date(2025, 4, 1), "A", "move"),
                 ("k3 may", date(2025, 5, 15), "B", "quantity"),
                 ("k3 aug move", date(2025, 8, 1), "B", "move"),
                 ("k3 sep", date(2025, 9, 15), "A", "quantity")]),
    "k4": ("C", [("k4 jan sub", date(2025, 1, 15), "A", "subscribe"),
                 ("k4 mar move", date(2025, 3, 1), "A", "move"),
                 ("k4 apr", date(2025, 4, 15), "B", "quantity"),
                 ("k4 may move", date(2025, 5, 1), "B", "move"),
                 ("k4 jun", date(2025, 6, 15), "A", "quantity"),
                 ("k4 oct move", date(2025, 10, 1), "A", "move"),
                 ("k4 nov", date(2025, 11, 15), "C", "quantity")]),
    "k5": ("B", [("k5 jan sub", date(2025, 1, 15), "B", "subscribe")]),
    "k6": (None, [("k6 jan sub", date(2025, 1, 15), None, "subscribe")]),
}
ALL = {label for _, events in EVENTS.values() for label, *_ in events}

# Worked out by hand from the rules (a seller reads its own rows; the whole history of a company it has now; of a
# company it left, the events dated before the latest day it left, strictly):
EXPECTED = {
    # k1 left A on Jul 1: its own rows (jan sub, jul move) and B's late change of Jun 20 (before Jul 1); not B's
    # Jul 1 change (not before) nor Aug. k2 (the hoster's, came Mar 1, left Sep 1): everything before Sep 1 (the
    # hoster's subscribe and move, its own May) and its own move; not B's Oct. k3 is A's now: all. k4 left A last
    # on Oct 1: all but C's Nov. Not k5, k6.
    "A": {"k1 jan sub", "k1 jun late", "k1 jul move",
          "k2 jan sub", "k2 mar move", "k2 may", "k2 sep move",
          "k3 jan sub", "k3 apr move", "k3 may", "k3 aug move", "k3 sep",
          "k4 jan sub", "k4 mar move", "k4 apr", "k4 may move", "k4 jun", "k4 oct move"},
    # k1, k2, k5 are B's now: all. k3 left B on Aug 1: its own May and move, A's Jan subscribe and Apr move (before
    # Aug 1); not A's Sep. k4 left B on May 1: its own Apr and move, A's Jan subscribe and Mar move; not Jun, Oct,
    # Nov. Not k6.
    "B": {"k1 jan sub", "k1 jun late", "k1 jul move", "k1 jul same day", "k1 aug",
          "k2 jan sub", "k2 mar move", "k2 may", "k2 sep move", "k2 oct",
          "k3 jan sub", "k3 apr move", "k3 may", "k3 aug move",
          "k4 jan sub", "k4 mar move", "k4 apr", "k4 may move",
          "k5 jan sub"},
    # k4 only, all of it (C's now); C never left anyone.
    "C": {"k4 jan sub", "k4 mar move", "k4 apr", "k4 may move", "k4 jun", "k4 oct move", "k4 nov"},
    "hoster": ALL,
}
# The policy as migration 0026 wrote it: a function call per row the clauses before it do not let through.
POLICY_0026 = (f"{rs.SCOPE} IN (0, reseller_id) OR current_user = '{rs.OWNER}' "
               f"OR EXISTS (SELECT 1 FROM public.companies c WHERE c.id = company_events.company_id "
               f"AND c.reseller_id = {rs.SCOPE}) "
               f"OR company_events.date < {rs.SCHEMA}.company_left_on(company_events.company_id)")


@pytest.fixture
def world(pg_db):
    """The world above and a clerk of each seller: (reseller ids by letter, company ids by key, engines by
    seller)."""
    made = StaffWorld(pg_db, {}, {})
    with pg_db.begin() as conn:
        conn.execute(text("INSERT INTO currencies (code, enabled) VALUES ('EUR', true)"))
        ids = {}
        for letter in "ABC":
            ids[letter] = conn.execute(text(
                "INSERT INTO resellers (code, name, currency, language, billing_mode, tax_rate, "
                "invoice_number_format, tax_treatment) VALUES (:c, :c, 'EUR', 'en_GB', 'reseller_bills', 0, "
                "'R-{seq}', 'standard') RETURNING id"), dict(c=f"mh{letter.lower()}")).scalar_one()
        companies = {}
        for key, (seller, events) in EVENTS.items():
            companies[key] = conn.execute(text(
                "INSERT INTO companies (code, name, currency, language, signup, delivery, tax_treatment, reseller_id) "
                "VALUES (:k, :k, 'EUR', 'en_GB', DATE '2025-01-15', 'email', 'standard', :r) RETURNING id"),
                dict(k=key, r=ids.get(seller))).scalar_one()
            for label, day, under, kind in events:
                conn.execute(text(
                    "INSERT INTO company_events (company_id, reseller_id, date, type, quantity, code, recorded_at, "
                    "recorded_by) VALUES (:c, :r, :d, :t, :q, :code, now(), :label)"),
                    dict(c=companies[key], r=ids.get(under), d=day, t=kind, label=label,
                         q=None if kind == "move" else 1, code="move" if kind == "move" else None))
    engines = {}
    for seller, role, code in (("A", "reseller-clerk", "mha"), ("B", "reseller-clerk", "mhb"),
                               ("C", "reseller-clerk", "mhc"), ("hoster", "hoster-clerk", None)):
        name = made.new_login(f"{seller.lower()}_clerk")
        staff.add(pg_db, name, role, code, password=uuid.uuid4().hex, keep_in_keyring=False)
        engines[seller] = made.engines[seller] = make_engine(made.url(f"{seller.lower()}_clerk"))
    try:
        yield ids, companies, engines
    finally:
        drop_logins(made)


def _seen(engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text("SELECT recorded_by FROM company_events")).scalars())


def _set_read_policy(owner, read: str) -> None:
    with owner.begin() as conn:
        conn.exec_driver_sql("DROP POLICY prorata_read ON company_events")
        conn.exec_driver_sql(f"CREATE POLICY prorata_read ON company_events FOR SELECT USING ({read})")


def test_each_seller_reads_its_companies_history_as_worked_out(world):
    _, _, engines = world
    for seller, engine in engines.items():
        assert _seen(engine) == EXPECTED[seller], seller


def test_the_visible_rows_are_those_of_migration_0026s_policy(pg_db, world):
    _, companies, engines = world
    now = {seller: _seen(engine) for seller, engine in engines.items()}
    by_company = {}
    for seller, engine in engines.items():  # and read one company at a time (an index scan, not the whole table)
        with engine.connect() as conn:
            by_company[seller] = {key: set(conn.execute(text(
                "SELECT recorded_by FROM company_events WHERE company_id = :c"), dict(c=cid)).scalars())
                for key, cid in companies.items()}
    try:
        _set_read_policy(pg_db, POLICY_0026)
        before = {seller: _seen(engine) for seller, engine in engines.items()}
        for seller, engine in engines.items():
            with engine.connect() as conn:
                for key, cid in companies.items():
                    assert set(conn.execute(text("SELECT recorded_by FROM company_events WHERE company_id = :c"),
                                            dict(c=cid)).scalars()) == by_company[seller][key], (seller, key)
    finally:
        _set_read_policy(pg_db, rs._READ["company_events"])
    assert now == before


def test_companies_left_tells_a_login_only_its_own_resellers_moves(world):
    ids, companies, engines = world
    fn = f"SELECT company_id, left_on FROM {rs.SCHEMA}.companies_left() ORDER BY company_id"
    left = {}
    for seller, engine in engines.items():
        with engine.connect() as conn:
            left[seller] = [tuple(r) for r in conn.execute(text(fn))]
    # A: k1 on Jul 1, k2 on Sep 1, k3 on Apr 1, k4 on Oct 1 (the later of Mar 1 and Oct 1). B: k3 on Aug 1, k4 on
    # May 1. C and the hoster's clerk: none (the hoster's moves away carry no reseller).
    assert left["A"] == sorted([(companies["k1"], date(2025, 7, 1)), (companies["k2"], date(2025, 9, 1)),
                                (companies["k3"], date(2025, 4, 1)), (companies["k4"], date(2025, 10, 1))])
    assert left["B"] == sorted([(companies["k3"], date(2025, 8, 1)), (companies["k4"], date(2025, 5, 1))])
    assert left["C"] == [] and left["hoster"] == []


def test_the_policy_reads_the_moves_once_per_statement(world):
    """Not a function call per row: the plan of a reseller's read names ``companies_left`` in hashed subplans and
    no longer ``company_left_on``."""
    _, _, engines = world
    with engines["A"].connect() as conn:
        plan = "\n".join(conn.execute(text("EXPLAIN SELECT * FROM company_events")).scalars())
    assert "companies_left" in plan and "company_left_on" not in plan, plan
