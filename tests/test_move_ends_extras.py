"""A company's recurring extras end with its move to another seller (both databases).

A recurring extra is the seller's own item (it carries no wholesale cost): it belongs to the seller of its first
day and ends with the company's next move, from the start of the move's day. The seller left bills it up to the
day before, prorated as any ended extra, and credits what it billed in advance beyond it; the new seller never
bills it. One-off extras dated before the move stay with the seller left. The move's undo (the move back, dated
like it) gives the extras back.

The world (tests.test_moves.world): the hoster sells a SharePoint site at 14.00 a month itself (tax 20 %); acme
sells it at 12.00 and pays 8.00 (tax 19 %); beta sells it at 15.00 and pays 9.00 (tax 10 %). Companies sign up on
1 January 2026 and are billed on the 1st: February has 28 days, March 31. Every figure is worked by hand.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.explain import explain_invoice
from app.billing.run import run_billing
from app.models import Accrual, AuditEntry, CompanyEvent, Invoice, InvoiceLine
from app.services import changes
from app.services.moves import move_choices, move_company, undo_move
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.billing_world import add_company
from tests.test_change_cli import cli  # noqa: F401 - the fixture
from tests.test_moves import SITES, world

D = Decimal
JAN1, FEB1, FEB10, FEB15, MAR1, MAR16, APR1, MAY1 = (
    date(2026, 1, 1), date(2026, 2, 1), date(2026, 2, 10), date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 16),
    date(2026, 4, 1), date(2026, 5, 1))
HOSTER = "hoster"
SUPPORT = {"code": "support", "amount": D("50.00"), "recurring": True, "description": {"en": "Premium support",
                                                                                        "de": "Premium-Support"}}
CONSULT = {"code": "consult", "amount": D("30.00"), "recurring": True, "description": {"en": "Consulting"}}


def company(db, w, code, reseller=None, extra=SUPPORT, more=()):
    """One site and a recurring extra from 1 January."""
    return add_company(db, w, code, reseller=reseller, signup=JAN1, events=[
        (JAN1, "subscribe", {"plan": SITES, "quantity": 1}), (JAN1, "extra", extra), *more])


def bills(db, company_id):
    """{(issuer, period start, kind): (subtotal, total, [(kind, plan?, extra, start, amount)])}, corrections
    by their days."""
    with unit_of_work(db) as s:
        out = {}
        for inv in s.scalars(select(Invoice).where(Invoice.company_id == company_id)):
            lines = sorted((ln.kind, ln.plan_id is not None, ln.extra_code, ln.start, ln.amount) for ln in s.scalars(
                select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)))
            key = (inv.issuer_key, inv.period_start, inv.kind)
            assert key not in out
            out[key] = (inv.subtotal, inv.total, lines)
        return out


def extra_billed(db, company_id, code) -> dict[str, Decimal]:
    """Each issuer's sum of the lines of extra ``code``."""
    out: dict[str, Decimal] = {}
    for (issuer, _, _), (_, _, lines) in bills(db, company_id).items():
        for kind, _, extra, _, amount in lines:
            if extra == code:
                out[issuer] = out.get(issuer, D(0)) + amount
    return out


def extra_accruals(db, company_id) -> list:
    with unit_of_work(db) as s:
        return list(s.scalars(select(Accrual.id).where(Accrual.company_id == company_id,
                                                       Accrual.extra_code.is_not(None))))


def move(db, code, to, day):
    with unit_of_work(db) as s:
        return move_company(s, code, to, day)


def test_hoster_to_reseller_mid_period_the_hoster_bills_its_extra_up_to_the_day_before(db):
    w = world(db)
    acme = f"reseller:{w.resellers['acme']}"
    c = company(db, w, "c", more=[(FEB10, "extra", {"code": "setup", "amount": D("30.00"), "recurring": False,
                                                     "description": {"en": "Setup"}})])
    run_billing(db, FEB1)  # the hoster: 1 Jan and 1 Feb in advance, 14.00 + 50.00 = 64.00 each
    with unit_of_work(db) as s:
        assert [(x.code, x.since, x.until) for x in move_choices(s, "c").extras] == [("support", JAN1, None)]
        assert [x.ends_at_move(FEB15) for x in move_choices(s, "c").extras] == [True]
    moved = move(db, "c", "acme", FEB15)
    assert [(x.code, x.amount, x.currency) for x in moved.ended_extras] == [("support", D("50.00"), "EUR")]
    assert moved.as_json()["extras_ended"] == [
        {"code": "support", "name": SUPPORT["description"], "amount": "50.00", "currency": "EUR"}]
    assert moved.notice.message() == (
        "recurring extras end with the move: Premium support (50.00 EUR/month). They are hoster's own items: "
        "hoster bills them up to 2026-02-14, acme does not bill them (add them again at acme if it sells them too)")
    german = moved.notice.message(translator("de"))
    assert "Premium-Support (50.00 EUR/Monat)" in german and "14.02.2026" in german, german
    with unit_of_work(db) as s:  # audited with the move
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "move")).one()
        assert entry.after["extras_ended"] == ["support"]
        # Nothing written for the extra: the move is the only new event.
        assert [e.type for e in s.scalars(select(CompanyEvent).where(CompanyEvent.company_id == c)
                                          .order_by(CompanyEvent.id))] == ["subscribe", "extra", "extra", "move"]
        assert [(x.code, x.until, x.ended_by_move) for x in move_choices(s, "c").extras] == [
            ("support", FEB15, True)]
    run_billing(db, APR1)
    got = bills(db, c)
    # 1 March, the hoster (the seller left): 15 February - 1 March is 14 of the period's 28 days.
    #   site: -1 x 14.00 x 14/28 = -7.00; support: -1 x 50.00 x 14/28 = -25.00; the one-off setup of
    #   10 February, dated before the move, stays its: +30.00. Subtotal -2.00, tax 20 % -0.40: -2.40.
    assert got[HOSTER, MAR1, "credit_note"] == (D("-2.00"), D("-2.40"), [
        ("extra", False, "setup", FEB10, D("30.00")), ("proration", False, "support", FEB15, D("-25.00")),
        ("proration", True, None, FEB15, D("-7.00"))])
    # 1 March, acme: the site from 15 February, +1 x 12.00 x 14/28 = 6.00, and March 12.00: 18.00, tax 19 %
    # 3.42, 21.42. Nothing of the hoster's support.
    assert got[acme, MAR1, "invoice"] == (D("18.00"), D("21.42"), [
        ("proration", True, None, FEB15, D("6.00")), ("recurring", True, None, MAR1, D("12.00"))])
    # 1 April, acme: 12.00, tax 2.28.
    assert got[acme, APR1, "invoice"] == (D("12.00"), D("14.28"), [("recurring", True, None, APR1, D("12.00"))])
    # The hoster bills the support for January and 1-14 February: 50.00 + 50.00 - 25.00 = 75.00
    # (= 50.00 + 50.00 x 14/28); acme never.
    assert extra_billed(db, c, "support") == {HOSTER: D("75.00")}
    assert extra_accruals(db, c) == []

    # Explain names the extra behind the hoster's credit: its own event, prorated from the move's day.
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == c, Invoice.issuer_key == HOSTER,
                                              Invoice.period_start == MAR1)).one()
        started = s.scalars(select(CompanyEvent).where(CompanyEvent.company_id == c, CompanyEvent.code == "support")
                            ).one()
        [line] = [ln for ln in explain_invoice(s, inv.id).lines if ln.extra_code == "support"]
        assert (line.event.id, line.event.type, line.event.amount) == (started.id, "extra", D("50.00"))
        assert (line.days, line.period_days, line.rounded) == (14, 28, D("-25.00"))


def test_reseller_to_reseller_the_new_one_never_bills_the_old_ones_item(db):
    w = world(db)
    acme, beta = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    c = company(db, w, "r", reseller="acme", extra=CONSULT)
    run_billing(db, MAR1)  # acme: 1 Jan, 1 Feb, 1 Mar in advance, 12.00 + 30.00 = 42.00 each
    moved = move(db, "r", "beta", MAR16)
    assert [x.code for x in moved.ended_extras] == ["consult"]
    run_billing(db, APR1)
    got = bills(db, c)
    # 1 April, acme (left): 16 March - 1 April is 16 of March's 31 days. Site -12.00 x 16/31 = -6.193...
    # -> -6.19; consult -30.00 x 16/31 = -15.483... -> -15.48. Subtotal -21.67, tax 19 % -4.1173 -> -4.12:
    # -25.79.
    assert got[acme, APR1, "credit_note"] == (D("-21.67"), D("-25.79"), [
        ("proration", False, "consult", MAR16, D("-15.48")), ("proration", True, None, MAR16, D("-6.19"))])
    # 1 April, beta: site +15.00 x 16/31 = 7.741... -> 7.74 and April 15.00: 22.74, tax 10 % 2.274 -> 2.27:
    # 25.01. No consulting.
    assert got[beta, APR1, "invoice"] == (D("22.74"), D("25.01"), [
        ("proration", True, None, MAR16, D("7.74")), ("recurring", True, None, APR1, D("15.00"))])
    # acme's consulting: 3 x 30.00 - 15.48 = 74.52 (January, February, 1-15 March: 60.00 + 30.00 x 15/31 =
    # 74.516... , the credit rounded once: 90.00 - 15.48).
    assert extra_billed(db, c, "consult") == {acme: D("74.52")}
    with unit_of_work(db) as s:  # beta's costs: the site only, 9.00 x 16/31 = 4.645... -> 4.65 and 9.00
        assert sorted((a.line_kind, a.amount) for a in s.scalars(select(Accrual).where(
            Accrual.company_id == c, Accrual.reseller_id == w.resellers["beta"]))) == [
            ("proration", D("4.65")), ("recurring", D("9.00"))]
    assert extra_accruals(db, c) == []

    # beta sells consulting too: it adds its own from the move's day on, at its amount, and bills it. (The
    # move ended acme's already, in the company's state too: an end recorded anyway changes nothing.)
    with unit_of_work(db) as s:
        changes.record_changes(s, [changes.end_extra("r", "consult", MAR16.isoformat()),
                                   changes.add_extra("r", "consult", "40.00", date=APR1.isoformat(), recurring=True,
                                                     description={"en": "Consulting"})])
    run_billing(db, MAY1)
    # 1 May, beta: site 15.00 and consulting 40.00 in advance for May; its consulting from 1 April, recorded
    # after the run of 1 April, is a late change into the period invoiced then: a correction of +40.00.
    # Subtotal 15 + 40 + 40 = 95.00.
    got = bills(db, c)
    assert got[beta, MAY1, "invoice"][0] == D("95.00")
    assert sorted(ln for ln in got[beta, MAY1, "invoice"][2] if ln[2] == "consult") == [
        ("correction", False, "consult", APR1, D("40.00")), ("recurring", False, "consult", MAY1, D("40.00"))]
    assert (acme, MAY1, "credit_note") not in got and (acme, MAY1, "invoice") not in got


def test_a_late_move_the_hoster_gives_back_the_extra_for_the_days_after_it(db):
    w = world(db)
    acme = f"reseller:{w.resellers['acme']}"
    c = company(db, w, "l")
    run_billing(db, APR1)  # the hoster: 1 Jan - 1 Apr in advance, 4 x (14.00 + 50.00)
    moved = move(db, "l", "acme", FEB15)  # recorded after the periods up to 1 May were invoiced
    assert moved.late and [x.code for x in moved.ended_extras] == ["support"]
    run_billing(db, MAY1)
    got = bills(db, c)
    # 1 May, the hoster (left) corrects what it billed for the days from 15 February:
    #   1 March's invoice: its proration of 15 Feb - 1 Mar (14 of 28 days): site -14.00 x 14/28 = -7.00,
    #   support -50.00 x 14/28 = -25.00; its March advance: site -14.00, support -50.00;
    #   1 April's: its April advance, site -14.00, support -50.00.
    #   Subtotal -7 - 25 - 14 - 50 - 14 - 50 = -160.00, tax 20 % -32.00: -192.00.
    assert got[HOSTER, MAY1, "credit_note"] == (D("-160.00"), D("-192.00"), [
        ("correction", False, "support", FEB15, D("-25.00")), ("correction", False, "support", MAR1, D("-50.00")),
        ("correction", False, "support", APR1, D("-50.00")), ("correction", True, None, FEB15, D("-7.00")),
        ("correction", True, None, MAR1, D("-14.00")), ("correction", True, None, APR1, D("-14.00"))])
    # 1 May, acme: May 12.00, and its days billed late: +12.00 x 14/28 = 6.00, March 12.00, April 12.00:
    # 42.00, tax 19 % 7.98: 49.98. No support.
    assert got[acme, MAY1, "invoice"] == (D("42.00"), D("49.98"), [
        ("correction", True, None, FEB15, D("6.00")), ("correction", True, None, MAR1, D("12.00")),
        ("correction", True, None, APR1, D("12.00")), ("recurring", True, None, MAY1, D("12.00"))])
    # The hoster's support: 4 x 50.00 - 125.00 = 75.00, January and 1-14 February as if moved in time.
    assert extra_billed(db, c, "support") == {HOSTER: D("75.00")}
    assert extra_accruals(db, c) == []
    # Explain names the move as the cause of the support's corrections.
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == c, Invoice.issuer_key == HOSTER,
                                              Invoice.period_start == MAY1)).one()
        lines = [ln for ln in explain_invoice(s, inv.id).lines if ln.extra_code == "support"]
        assert [[(e.type, e.date) for e in ln.causes] for ln in lines] == [[("move", FEB15)]] * 3
        assert [ln.corrected_invoice is not None for ln in lines] == [True] * 3


def test_the_undo_of_a_move_gives_the_extra_back_to_its_seller(db):
    w = world(db)
    acme = f"reseller:{w.resellers['acme']}"
    c = company(db, w, "u")
    run_billing(db, FEB1)
    moved = move(db, "u", "acme", FEB15)
    run_billing(db, MAR1)  # the hoster credits -7.00 and -25.00; acme bills 6.00 and 12.00 (as above)
    assert extra_billed(db, c, "support") == {HOSTER: D("75.00")}
    with unit_of_work(db) as s:
        back = undo_move(s, moved.event_id)
        assert back.changes[0].undoes_id == moved.event_id
        # The support runs on with the hoster: the undo ends nothing.
        assert [(x.code, x.until) for x in move_choices(s, "u").extras] == [("support", None)]
    with unit_of_work(db) as s:
        undone = move_company(s, "u", "acme", MAR16)  # and a move after it ends it again, on its own day
        assert [x.code for x in undone.ended_extras] == ["support"]
        undo_move(s, undone.event_id)
    run_billing(db, APR1)
    got = bills(db, c)
    # 1 April, the hoster (the company's seller again): April 14.00 + 50.00 in advance, and the days it had
    # credited on 1 March come back: site +7.00, support +25.00, March site +14.00, support +50.00.
    # Subtotal 64 + 7 + 25 + 14 + 50 = 160.00, tax 20 % 32.00: 192.00.
    assert got[HOSTER, APR1, "invoice"] == (D("160.00"), D("192.00"), [
        ("correction", False, "support", FEB15, D("25.00")), ("correction", False, "support", MAR1, D("50.00")),
        ("correction", True, None, FEB15, D("7.00")), ("correction", True, None, MAR1, D("14.00")),
        ("recurring", False, "support", APR1, D("50.00")), ("recurring", True, None, APR1, D("14.00"))])
    # 1 April, acme gives back what it billed: -6.00 and -12.00 (-18.00, tax -3.42: -21.42), never support.
    assert got[acme, APR1, "credit_note"] == (D("-18.00"), D("-21.42"), [
        ("correction", True, None, FEB15, D("-6.00")), ("correction", True, None, MAR1, D("-12.00"))])
    # The hoster's support: January to April in full, 4 x 50.00 = 200.00 (50 + 50 - 25 + 50 + 25 + 50).
    assert extra_billed(db, c, "support") == {HOSTER: D("200.00")}


def test_the_move_command_names_the_extras_it_ends(db, cli, monkeypatch):  # noqa: F811
    w = world(db)
    company(db, w, "c")
    company(db, w, "d", extra=CONSULT)
    rc, out, err = cli("company", "c", "move", "--to", "acme", "--date", "2026-02-15")
    assert (rc, err) == (0, "")
    assert out.splitlines()[1] == (
        "  recurring extras end with the move: Premium support (50.00 EUR/month). They are hoster's own items: "
        "hoster bills them up to 2026-02-14, acme does not bill them (add them again at acme if it sells them too)")
    monkeypatch.setenv("LANGUAGE", "fr")
    rc, out, err = cli("company", "d", "move", "--to", "acme", "--date", "2026-02-15", "--json")
    assert (rc, err) == (0, "")
    import json

    assert json.loads(out)["extras_ended"] == [{"code": "consult", "name": {"en": "Consulting"}, "amount": "30.00",
                                                "currency": "EUR"}]
    with unit_of_work(db) as s:
        undo = s.scalar(select(CompanyEvent.id).where(CompanyEvent.type == "move").order_by(CompanyEvent.id))
    rc, out, err = cli("company", "c", "undo", str(undo))  # the undo ends nothing: no sentence about extras
    assert rc == 0 and "extras" not in out, out
    rc, out, err = cli("company", "d", "move", "--to", "beta", "--date", "2026-03-01")
    assert rc == 0 and "extras" not in out, out  # acme had none of its own: the consulting ended with the move
    rc, out, err = cli("company", "c", "move", "--to", "beta", "--date", "2026-03-01")
    assert rc == 0 and out.splitlines()[1].startswith("  les frais récurrents"), out


def test_a_users_extra_ended_by_the_move_does_not_follow_the_user_to_another_company(db):
    w = world(db)
    acme = f"reseller:{w.resellers['acme']}"
    c = company(db, w, "c", more=[(JAN1, "extra", {"code": "backup", "amount": D("10.00"), "recurring": True,
                                                    "user": "ann@c.example", "description": {"en": "Backup"}})])
    c2 = company(db, w, "c2", reseller="acme", extra=CONSULT)
    move(db, "c", "acme", FEB15)
    with unit_of_work(db) as s:
        from app.services.moves import move_user

        moved = move_user(s, "ann@c.example", "c2", MAR1)
    assert (moved.plans, moved.extras, moved.changes.changes) == ([], [], [])  # the hoster's backup stays behind
    run_billing(db, APR1)
    # The hoster's backup: January and February in advance, less 15 Feb - 1 Mar (14 of 28 days):
    # 10.00 + 10.00 - 10.00 x 14/28 = 15.00; acme never bills it, for c or for c2.
    assert extra_billed(db, c, "backup") == {HOSTER: D("15.00")}
    assert extra_billed(db, c2, "backup") == {}
    assert acme in {k[0] for k in bills(db, c2)}
