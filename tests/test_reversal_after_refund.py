"""A payment reversed after it was refunded (a bounced check, a returned direct debit): the reversal puts the
whole payment back on the account, and the refund stays booked, because that money did go out. SQLite and
PostgreSQL; every figure by hand.

The world (tests/billing_world.py): the hoster bills its direct company d1 for archiving, 20.00 EUR + 20 %
= 24.00 a month: a run as of 2026-03-15 issues INV-2026-00001 (2026-01-31) and INV-2026-00002 (2026-02-28).
Balance 48.00.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from app.errors import ProrataError
from app.payments import charges, payments, refunds, reversals, statement
from app.payments.processors import accounts as processor_accounts
from app.payments.sepa import batch, mandates, returns
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.test_payment_processors import _fresh_gateway, ring, save_visa  # noqa: F401 (fixtures)
from tests.test_payments import INV1, INV2, d1, statuses  # noqa: F401 (d1: the payments tests' world)


def account(db) -> dict:
    with unit_of_work(db) as s:
        return statement.show(s, "d1", as_of=date(2026, 4, 30))["accounts"][0]



def test_a_bounced_check_refunded_in_full_leaves_the_refund_owed(db, d1):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "100.00", "EUR", "check", date(2026, 3, 20), "CHK 1", auto_allocate=False)
    assert (account(db)["balance"], account(db)["credit"]) == ("-52.00", "100.00")  # 48 - 100
    with unit_of_work(db) as s:
        refunds.refund(s, 1, "100.00", date(2026, 3, 21), "R-1")
    assert (account(db)["balance"], account(db)["credit"]) == ("48.00", "0.00")  # -52 + 100
    with unit_of_work(db) as s:
        done = reversals.reverse(s, 1, date(2026, 3, 25), "check bounced")
        assert done.allocations == []  # it paid no invoice: none reopens
    # The check never paid (+100.00 back), the refund of 100.00 did go out: 48 + 100 = 148.00, not 48.00.
    acc = account(db)
    assert (acc["balance"], acc["credit"]) == ("148.00", "0.00")
    assert [(e["kind"], e["amount"], e["balance"]) for e in acc["entries"]][2:] == [
        ("payment", "-100.00", "-52.00"), ("refund", "100.00", "48.00"), ("reversal", "100.00", "148.00")]
    assert [o["open"] for o in acc["open_invoices"]] == ["24.00", "24.00"]
    with unit_of_work(db) as s:
        data = payments.payment_json(s, payments.find(s, 1))
        assert (data["status"], data["refunded"], data["unallocated"]) == ("reversed", "100.00", "0.00")


def test_a_partly_refunded_transfer_recalled_reopens_only_what_it_paid(db, d1):
    # 30.00 on Mar 20 allocated to INV1 only: INV1 paid (24.00), 6.00 credit, which is refunded on Mar 22.
    with unit_of_work(db) as s:
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", date(2026, 3, 20), "TX-1", allocate_to=[INV1])
    assert statuses(db) == {INV1: "paid", INV2: "issued"}
    with unit_of_work(db) as s:
        refunds.refund(s, 1, "6.00", date(2026, 3, 22), "R-1")
    assert (account(db)["balance"], account(db)["credit"]) == ("24.00", "0.00")  # 48 - 30 + 6
    with unit_of_work(db) as s:
        done = reversals.reverse(s, 1, date(2026, 3, 31), "transfer recalled by the bank")
        assert [(a.invoice, a.amount, a.status_after) for a in done.allocations] == [(INV1, D("-24.00"), "issued")]
    assert statuses(db) == {INV1: "issued", INV2: "issued"}
    # 24.00 + 30.00 back = 54.00: both invoices open (48.00) and the 6.00 refunded out of money that never came.
    acc = account(db)
    assert (acc["balance"], acc["credit"]) == ("54.00", "0.00")
    assert [(o["invoice"], o["open"]) for o in acc["open_invoices"]] == [(INV1, "24.00"), (INV2, "24.00")]


CREDITOR = {"name": "Northwind Hosting", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX",
            "creditor_id": "DE98ZZZ09999999999"}


def test_a_debit_refunded_after_a_credit_note_then_returned(db, d1):
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "sepa", CREDITOR)
        mandates.add(s, "d1", "M-D1-001", "DE02 1203 0000 0000 2020 51", date(2026, 1, 15), today=date(2026, 3, 20))
    with unit_of_work(db) as s:
        batch.run(s, "hoster", date(2026, 4, 1), today=date(2026, 3, 20))  # PR-1-1 (payment 1), PR-2-1 (2)
    assert statuses(db) == {INV1: "paid", INV2: "paid"}
    assert account(db)["balance"] == "0.00"  # 48 - 48
    with unit_of_work(db) as s:
        invoices.credit(s, INV1, date(2026, 4, 2))  # INV-2026-00003: payment 1's 24.00 is credit again
    assert (account(db)["balance"], account(db)["credit"]) == ("-24.00", "24.00")
    with unit_of_work(db) as s:
        refunds.refund(s, 1, "24.00", date(2026, 4, 3), "R-1")
    assert (account(db)["balance"], account(db)["credit"]) == ("0.00", "0.00")
    camt = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
<GrpHdr><MsgId>N1</MsgId><CreDtTm>2026-04-08T08:00:00</CreDtTm></GrpHdr>
<Ntfctn><Id>1</Id><CreDtTm>2026-04-08T08:00:00</CreDtTm><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">24.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-04-07</Dt></BookgDt>
<NtryDtls><TxDtls><Refs><EndToEndId>PR-1-1</EndToEndId></Refs>
<AmtDtls><InstdAmt><Amt Ccy="EUR">24.00</Amt></InstdAmt></AmtDtls>
<RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry></Ntfctn>
</BkToCstmrDbtCdtNtfctn></Document>"""
    with unit_of_work(db) as s:
        (done,) = returns.import_returns(s, returns.parse(camt, "camt.xml"), "camt.xml")
    # The void INV1 stays void (its payment's allocation went to the credit note), INV2's debit stands.
    assert (done["result"], done["invoice_status"]) == ("returned", "void")
    assert statuses(db) == {INV1: "void", INV2: "paid", "INV-2026-00003": "issued"}
    # 0.00 + 24.00: the 24.00 refunded of a debit that never arrived is owed, on the booking day Apr 7.
    acc = account(db)
    assert (acc["balance"], acc["credit"], acc["open_invoices"]) == ("24.00", "0.00", [])
    assert [(e["kind"], e["amount"], e["date"]) for e in acc["entries"]][-2:] == [
        ("refund", "24.00", "2026-04-03"), ("reversal", "24.00", "2026-04-07")]


def card_credit(db) -> int:
    """INV2 paid in cash, INV1 by card (24.00, Mar 20), then INV1 credited on Apr 2 (INV-2026-00003): the
    card's 24.00 is credit, no invoice open. Balance 48 - 24 - 24 - 24 = -24.00. Returns the card payment."""
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "test", {})
        payments.record(s, "d1", "24.00", "EUR", "cash", date(2026, 3, 16), "receipt", allocate_to=[INV2])
    save_visa(db)
    done = charges.charge(db, INV1, day=date(2026, 3, 20))
    assert done.status == "succeeded"
    with unit_of_work(db) as s:
        invoices.credit(s, INV1, date(2026, 4, 2))
    assert (account(db)["balance"], account(db)["credit"]) == ("-24.00", "24.00")
    return done.payment


def test_a_chargeback_after_a_card_refund_takes_back_what_the_card_still_held(db, d1, ring):
    """The card's 24.00 is credit; 10.00 is refunded to the card on Apr 3 (-24 + 10 = -14.00), the customer
    disputes the rest and the card network takes back 14.00 on Apr 20: -14 + 14 = 0.00, nothing owed, no
    credit (it paid 24.00 and got 10.00 + 14.00 back for an invoice credited in full). Before, the reversal
    put back the whole 24.00: 10.00 owed outside invoices."""
    pid = card_credit(db)
    with unit_of_work(db) as s:
        assert refunds.refund(s, pid, "10.00", date(2026, 4, 3)).processor == "test"
    with unit_of_work(db) as s:
        reversals.reverse(s, pid, date(2026, 4, 20), "chargeback")
    acc = account(db)
    assert (acc["balance"], acc["credit"], acc["owed_outside_invoices"], acc["open_invoices"]) == (
        "0.00", "0.00", "0.00", [])
    assert [(e["kind"], e["amount"], e["date"]) for e in acc["entries"]][-2:] == [
        ("refund", "10.00", "2026-04-03"), ("reversal", "14.00", "2026-04-20")]


def test_a_card_payment_refunded_in_full_is_not_charged_back(db, d1, ring):
    """The card's 24.00 refunded in full to the card (-24 + 24 = 0.00): the card holds nothing of it, a
    chargeback takes nothing back; refused, the balance stays 0.00."""
    pid = card_credit(db)
    with unit_of_work(db) as s:
        refunds.refund(s, pid, "24.00", date(2026, 4, 3))
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            reversals.reverse(s, pid, date(2026, 4, 20), "chargeback")
    assert exc.value.messages() == [f"payment #{pid} was refunded in full to the card (24.00 EUR): a chargeback "
                                    "takes nothing back; nothing was reversed"]
    assert (account(db)["balance"], account(db)["credit"]) == ("0.00", "0.00")
