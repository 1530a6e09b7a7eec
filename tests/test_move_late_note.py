"""A move is late (``MoveResult.late``, the command's note, ``move_choices().billed_through``) when it is dated on
or before the company's last day invoiced: the eve of the end of the last period billed, which is billed in
advance on the invoice of its start. Monthly and quarterly terms, both databases.

The world (tests.test_moves): acme's companies sign up on 15 January 2026 and are billed on the 15th; beta is
another reseller selling the same SharePoint site.
"""
from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select, update

from app.billing.run import run_billing
from app.models import Company, Invoice
from app.services.moves import move_choices
from app.storage.engine import unit_of_work
from tests.test_change_cli import cli  # noqa: F401  (the fixture)
from tests.test_moves import MAR15, three_sites, world

NOTE = "  dated into a period already invoiced: both sellers' next invoices carry the corrections\n"


def _billed_through(db, code):
    with unit_of_work(db) as s:
        return move_choices(s, code).billed_through


def _move(cli, code, day):  # noqa: F811
    rc, out, err = cli("company", code, "move", "--to", "beta", "--date", day)
    assert (rc, err) == (0, "")
    return out


def test_monthly_a_move_into_the_month_billed_in_advance_is_late(db, cli):  # noqa: F811
    w = world(db)
    for code in ("m1", "m2", "m3", "m4"):
        three_sites(db, w, code)
    run_billing(db, MAR15)  # 15 January, 15 February, 15 March: the last period billed is 15 March - 15 April
    assert _billed_through(db, "m1") == date(2026, 4, 14)
    # 20 March: after the last boundary billed (15 March) but in the month it billed in advance.
    out = _move(cli, "m1", "2026-03-20")
    assert out.endswith(" move from acme to beta\n" + NOTE)
    # Its last day invoiced, 14 April: late; the day the next period starts, 15 April: not.
    assert _move(cli, "m2", "2026-04-14").endswith(NOTE)
    out = _move(cli, "m3", "2026-04-15")
    assert out.endswith(" move from acme to beta\n") and NOTE not in out
    # On the last boundary billed (late before as well), as JSON.
    rc, out, err = cli("company", "m4", "move", "--to", "beta", "--date", "2026-03-15", "--json")
    assert (rc, err, json.loads(out)["late"]) == (0, "", True)


def test_quarterly_a_move_into_the_quarter_billed_in_advance_is_late(db, cli):  # noqa: F811
    w = world(db)
    for code in ("q1", "q2"):
        three_sites(db, w, code)
    with unit_of_work(db) as s:
        s.execute(update(Company).where(Company.code.in_(["q1", "q2"])).values(term="quarterly"))
    run_billing(db, MAR15)  # only 15 January: the quarter 15 January - 15 April, billed in advance
    with unit_of_work(db) as s:
        assert s.execute(select(Invoice.period_start, Invoice.period_end).join(Company).where(
            Company.code == "q1")).all() == [(date(2026, 1, 15), date(2026, 4, 15))]
    assert _billed_through(db, "q1") == date(2026, 4, 14)
    # 1 March: after the last boundary billed (15 January), in the quarter it billed in advance.
    rc, out, err = cli("company", "q1", "move", "--to", "beta", "--date", "2026-03-01", "--json")
    assert (rc, err, json.loads(out)["late"]) == (0, "", True)
    rc, out, err = cli("company", "q2", "move", "--to", "beta", "--date", "2026-04-15", "--json")
    assert (rc, err, json.loads(out)["late"]) == (0, "", False)
    assert _billed_through(db, "q2") == date(2026, 4, 14)


def test_a_company_never_billed_has_nothing_invoiced(db, cli):  # noqa: F811
    w = world(db)
    three_sites(db, w, "n1")
    assert _billed_through(db, "n1") is None
    out = _move(cli, "n1", "2026-02-01")
    assert NOTE not in out
