"""The change preview says what the run would leave to the clerk: a cancellation into a month whose invoice was
credited gives nothing back (the credit note did; app/billing/company_bill.py ``_unsettled``), and the preview
shows that note beside its lines, in the service, the JSON and the command line (both databases).

The world (tests/billing_world.py): the hoster's Archiving at 20.00 EUR a month, tax 20 %; k1 billed on the 10th.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from app.billing.run import run_billing
from app.services import changes as ch
from app.services.change_preview import preview
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_change_cli import cli  # noqa: F401  (the fixture)
from tests.test_credited_days_in_time import TEMPLATE, _credit

D = Decimal
JAN10, FEB10, MAR10, APR10 = date(2026, 1, 10), date(2026, 2, 10), date(2026, 3, 10), date(2026, 4, 10)


def test_a_cancellation_into_a_credited_month_previews_its_note(db, cli):
    w = build(db)
    k1 = add_company(db, w, "k1", signup=JAN10, events=[(JAN10, "subscribe", {"plan": "archiving"})])
    run_billing(db, FEB10, issue=True)
    number = _credit(db, k1, FEB10, date(2026, 2, 15))
    cancel = ch.cancel("k1", "archiving", date(2026, 2, 20))
    with unit_of_work(db) as s:
        [shown] = preview(s, [cancel], prefix=None).companies
    # 10 March loses its advance (-20.00); the 18 days of 20 February - 9 March (-12.86) are not given back: the
    # credit note gave the month back. The invoice goes from 20.00 (24.00) to nothing.
    assert [(ln.kind, ln.start, ln.end, ln.quantity, ln.amount) for ln in shown.lines] == [
        ("recurring", MAR10, APR10, D(-1), D("-20.00"))]
    note = TEMPLATE.format(date="2026-02-20", start="2026-02-20", end="2026-03-09", invoice=number)
    assert (shown.subtotal_before, shown.subtotal_after, shown.note_texts()) == (D("20.00"), D(0), [note])
    rc, out, err = cli("company", "k1", "cancel", "archiving", "--date", "2026-02-20", "--preview")
    assert (rc, err) == (0, "")
    assert f"  note: {note}\n" in out
    rc, out, err = cli("company", "k1", "cancel", "archiving", "--date", "2026-02-20", "--preview", "--json")
    assert json.loads(out)["companies"][0]["notes"] == [note]


def test_without_a_credit_no_note(db):
    # The control: nothing credited, the 18 days come back, -20.00 x 18/28 = -12.857... -> -12.86.
    w = build(db)
    add_company(db, w, "k0", signup=JAN10, events=[(JAN10, "subscribe", {"plan": "archiving"})])
    run_billing(db, FEB10, issue=True)
    with unit_of_work(db) as s:
        [shown] = preview(s, [ch.cancel("k0", "archiving", date(2026, 2, 20))], prefix=None).companies
    assert [(ln.kind, ln.amount) for ln in shown.lines] == [("recurring", D("-20.00")), ("proration", D("-12.86"))]
    assert shown.notes == []
