"""A price change and a billing run at the same moment, as real processes, on both databases.

A run reads the prices when it starts and writes billed boundaries as it goes. A price change checked against
the boundaries billed before the run wrote its own would put a back-dated price on a day the run then bills at
the old price (the money bug ``app.services.billed_prices`` exists for). So a price change holds a share of the
billing run lock from its check to its commit (``app.billing.run_lock.held_against_runs``): refused while a run
holds the lock, and a run starting while a change holds its share is refused as a second run is.

Worked scenario: d1, a direct company signed up on 2026-01-15 with one Exchange Basic user (the hoster's retail
6.50 EUR), is billed up to 2026-01-15. A clerk sets that price to 8.00 from 2026-01-15 at the same moment.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run_lock import billing_run_lock
from app.errors import ProrataError
from app.models import InvoiceLine, Price
from app.services import price_matrix
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from tests.racers import RACER

ANN = CONTOSO_EVENTS[:2]  # subscribe exchange-basic and assign ann on 2026-01-15

# A run in a process of its own that stops once it has read the prices (its first progress report comes after
# the run's context is loaded) until GO exists: the moment a price change must not slip into.
HELD_RUN = r"""
import json, os, sys, time
from datetime import date
from app.billing.run import run_billing
from app.storage.engine import make_engine
url, loaded, go = sys.argv[1:4]
def progress(done, total, message):
    if done == 0:
        open(loaded, "w").close()
        deadline = time.monotonic() + 120
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.005)
report = run_billing(make_engine(url), date(2026, 1, 15), issue=True, progress=progress, workers=0)
print(json.dumps({"billed": len(report.of("billed"))}), flush=True)
"""


def _url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=os.getcwd(), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")


def _prorata(tmp_path, argv: list[str]) -> dict:
    """``prorata ARGV`` in a process of its own, let go at once; its status, output and error output."""
    go = tmp_path / "go-cli"
    go.touch()
    proc = subprocess.run([sys.executable, "-c", RACER, str(tmp_path / "ready-cli"), str(go), json.dumps(argv)],
                          capture_output=True, text=True, env=_env(), timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _set_argv(engine, amount: str, start: str) -> list[str]:
    return ["prices", "set", "retail", "exchange-basic", "EUR", amount, "--from", start, "--db", _url(engine)]


def _billed_unit_prices(engine) -> list[Decimal]:
    with unit_of_work(engine) as s:
        return sorted(s.scalars(select(InvoiceLine.unit_price).where(InvoiceLine.unit_price > 0)))


def _prices_from(engine, start: date) -> list[Decimal]:
    with unit_of_work(engine) as s:
        return list(s.scalars(select(Price.amount).where(Price.layer == "retail", Price.valid_from == start)))


@pytest.fixture
def d1(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 15), events=ANN)
    return w


def test_a_price_change_while_a_run_holds_the_prices_is_refused_and_the_run_bills_the_old_price(db, d1, tmp_path):
    loaded, go = tmp_path / "loaded", tmp_path / "go"
    run = subprocess.Popen([sys.executable, "-c", HELD_RUN, _url(db), str(loaded), str(go)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        deadline = time.monotonic() + 120
        while not loaded.exists():
            assert run.poll() is None, run.communicate()
            assert time.monotonic() < deadline, "the run did not start"
            time.sleep(0.01)
        # The run has read 6.50 and billed nothing yet: checked against the boundaries alone, this would pass.
        change = _prorata(tmp_path, _set_argv(db, "8.00", "2026-01-15"))
    finally:
        go.touch()
        out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    assert json.loads(out.strip().splitlines()[-1]) == {"billed": 1}
    assert change["rc"] == 2, change
    assert "a billing run is in progress on this database: prices cannot change until it has finished" in \
        change["err"]
    assert _prices_from(db, date(2026, 1, 15)) == []
    assert _billed_unit_prices(db) == [Decimal("6.50")]
    # With the run over, the same change is refused for what it is; from the next day it is taken.
    again = _prorata(tmp_path, _set_argv(db, "8.00", "2026-01-15"))
    assert again["rc"] == 2 and "company d1 is billed up to 2026-01-15" in again["err"], again
    assert _prorata(tmp_path, _set_argv(db, "8.00", "2026-01-16"))["rc"] == 0
    assert _prices_from(db, date(2026, 1, 16)) == [Decimal("8.00")]


def test_a_run_starting_while_a_price_change_is_uncommitted_is_refused_then_bills_the_new_price(db, d1, tmp_path):
    run_argv = ["bill", "run", "--as-of", "2026-01-15", "--issue", "--db", _url(db)]
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="retail", plan="exchange-basic", currency="EUR", amount="8.00",
                               valid_from=date(2026, 1, 15))
        # Checked, written, not committed: a run in another process now would read 6.50.
        during = _prorata(tmp_path, run_argv)
    assert during["rc"] != 0 and "another billing run is in progress" in during["err"], during
    assert _billed_unit_prices(db) == []
    after = _prorata(tmp_path, run_argv)  # committed: the share is let go with the transaction
    assert after["rc"] == 0, after
    assert _billed_unit_prices(db) == [Decimal("8.00")]


def test_the_share_is_let_go_when_a_price_change_is_refused_or_rolled_back(db, d1):
    with pytest.raises(RuntimeError):
        with unit_of_work(db) as s:
            price_matrix.set_price(s, layer="retail", plan="exchange-basic", currency="EUR", amount="8.00",
                                   valid_from=date(2026, 2, 1))
            raise RuntimeError("the clerk's window closed")
    with billing_run_lock(db):  # free again; and a price change inside a run's lock is refused, in words
        with pytest.raises(ProrataError) as exc:
            with unit_of_work(db) as s:
                price_matrix.set_price(s, layer="retail", plan="exchange-basic", currency="EUR", amount="8.00",
                                       valid_from=date(2026, 2, 1))
        assert [p.id for p in exc.value.problems] == ["price_run_in_progress"]
    with billing_run_lock(db):  # the refused change holds nothing either
        pass
    assert _prices_from(db, date(2026, 2, 1)) == []
