"""One billing run at a time per database; a series' first number taken by two sessions at once."""
from __future__ import annotations

import threading
import time
from datetime import date

import pytest

from app.billing.numbering import take_numbers
from app.billing.run import run_billing
from app.billing.run_lock import billing_run_lock
from app.errors import ProrataError
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build


def test_a_second_run_is_refused_while_one_holds_the_lock(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    with billing_run_lock(db):  # as a run in another process or window would
        with pytest.raises(ProrataError) as exc:
            run_billing(db, date(2026, 3, 1), issue=True)
        assert exc.value.messages() == [
            "another billing run is in progress on this database; try again when it has finished"]
        preview = run_billing(db, date(2026, 3, 1), dry_run=True)  # a preview writes nothing: no lock needed
        assert len(preview.of("billed")) == 2
    report = run_billing(db, date(2026, 3, 1), issue=True)  # the lock is free again
    assert len(report.of("billed")) == 2


@pytest.mark.pg
def test_two_sessions_starting_one_series_get_consecutive_numbers(pg_db):
    build(pg_db)
    got: dict[str, list[str]] = {}
    a_has_started = threading.Event()

    def first(name: str, hold: float) -> None:
        with unit_of_work(pg_db) as s:
            got[name] = take_numbers(s, "hoster", "INV-{year}-{seq:05}", date(2027, 1, 1), 2)
            a_has_started.set()
            time.sleep(hold)  # not committed yet: the other session starts the same new series meanwhile

    a = threading.Thread(target=first, args=("a", 0.5))
    a.start()
    assert a_has_started.wait(10)
    first("b", 0)
    a.join()
    assert got == {"a": ["INV-2027-00001", "INV-2027-00002"], "b": ["INV-2027-00003", "INV-2027-00004"]}


def test_the_lock_holds_for_a_database_reached_through_a_symlink(sqlite_db, tmp_path):
    from app.storage.engine import make_engine
    link = tmp_path / "elsewhere" / "linked.db"
    link.parent.mkdir()
    link.symlink_to(sqlite_db.url.database)
    via_link = make_engine(f"sqlite:///{link}")
    try:
        with billing_run_lock(sqlite_db):
            with pytest.raises(ProrataError):
                with billing_run_lock(via_link):
                    pass
    finally:
        via_link.dispose()
