"""camt.054 returns dated by the entry's booking date, and the invoice PDF's direct debit pre-notification
given only when a collection run would debit the invoice. SQLite and PostgreSQL; figures by hand.

The world (as tests/test_sepa_debit.py): the hoster bills its direct companies d1 and d2 for archiving,
20.00 EUR + 20 % = 24.00 a month: a run as of 2026-03-15 issues INV-2026-00001 (2026-01-31) and
INV-2026-00002 (2026-02-28) to d1, INV-2026-00003 and INV-2026-00004 to d2; due 14 days later. d1 has a
recurring mandate with the hoster.
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.documents import template
from app.errors import ProrataError
from app.models import Invoice
from app.payments import statement
from app.payments.processors import accounts as processor_accounts
from app.payments.sepa import batch, mandates, notices, returns
from app.services import billing_settings
from app.services.documents import render_invoice
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

INV1, INV2, INV3, INV4 = (f"INV-2026-0000{n}" for n in range(1, 5))
TODAY = date(2026, 3, 20)
CREDITOR = {"name": "Northwind Hosting", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX",
            "creditor_id": "DE98ZZZ09999999999"}
DEBTOR_IBAN = "DE02 1203 0000 0000 2020 51"
BANK_DETAILS = template.check({"name": "with bank details",
                               "blocks": {"payment": {"iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX"}}})


@pytest.fixture
def world(db):
    w = build(db)
    for code in ("d1", "d2"):
        add_company(db, w, code, signup=date(2026, 1, 31),
                    events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
        run_billing(db, date(2026, 3, 15), issue=True)
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "sepa", CREDITOR)
        mandates.add(s, "d1", "M-D1-001", DEBTOR_IBAN, date(2026, 1, 15), bic="BYLADEM1001", today=TODAY)
    return w


def camt(entry_dates: str, tx_amount: str = '<AmtDtls><InstdAmt><Amt Ccy="EUR">24.00</Amt></InstdAmt></AmtDtls>',
         e2e: str = "PR-1-1") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
<GrpHdr><MsgId>N1</MsgId><CreDtTm>2026-04-10T08:00:00</CreDtTm></GrpHdr>
<Ntfctn><Id>1</Id><CreDtTm>2026-04-10T08:00:00</CreDtTm><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">24.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts>BOOK</Sts>
{entry_dates}<BkTxCd/>
<NtryDtls><TxDtls><Refs><EndToEndId>{e2e}</EndToEndId></Refs>{tx_amount}
<RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry></Ntfctn>
</BkToCstmrDbtCdtNtfctn></Document>""".encode()


def test_a_camt054_return_is_dated_by_its_booking_date():
    day = lambda data: [(r.end_to_end_id, r.day, r.amount) for r in returns.parse(data, "camt.xml")]  # noqa: E731
    booked = ("PR-1-1", date(2026, 4, 7), Decimal("24.00"))
    assert day(camt("<BookgDt><Dt>2026-04-07</Dt></BookgDt>")) == [booked]
    assert day(camt("<BookgDt><Dt>2026-04-07</Dt></BookgDt><ValDt><Dt>2026-04-09</Dt></ValDt>")) == [booked]
    assert day(camt("<BookgDt><DtTm>2026-04-07T09:30:00</DtTm></BookgDt>")) == [booked]
    # No booking date: the value date.
    assert day(camt("<ValDt><Dt>2026-04-09</Dt></ValDt>")) == [("PR-1-1", date(2026, 4, 9), Decimal("24.00"))]
    with pytest.raises(ProrataError) as exc:
        returns.parse(camt(""), "camt.xml")
    assert exc.value.messages() == [
        "camt.xml: entry 1, transaction 1: its entry has no booking date; nothing was imported"]


def test_a_camt054_return_amount_is_the_transactions_own():
    booked = "<BookgDt><Dt>2026-04-07</Dt></BookgDt>"
    amount = lambda data: [r.amount for r in returns.parse(data, "camt.xml")]  # noqa: E731
    assert amount(camt(booked, '<AmtDtls><TxAmt><Amt Ccy="EUR">24.00</Amt></TxAmt></AmtDtls>')) == [Decimal("24.00")]
    # camt.054.001.04 on: the transaction's own Amt; a charge's amount (Chrgs) is not the returned amount.
    assert amount(camt(booked, '<Amt Ccy="EUR">24.00</Amt><Chrgs><Rcrd><Amt Ccy="EUR">3.50</Amt></Rcrd></Chrgs>')) \
        == [Decimal("24.00")]
    assert amount(camt(booked, '<Chrgs><Rcrd><Amt Ccy="EUR">3.50</Amt></Rcrd></Chrgs>')) == [None]


def test_the_returned_debit_is_reversed_on_the_booking_day(db, world):
    with unit_of_work(db) as s:
        batch.run(s, "hoster", date(2026, 4, 1), today=TODAY)  # INV1 as PR-1-1, INV2 as PR-2-1: 48.00
    data = camt("<BookgDt><Dt>2026-04-07</Dt></BookgDt><ValDt><Dt>2026-04-09</Dt></ValDt>")
    with unit_of_work(db) as s:
        (done,) = returns.import_returns(s, returns.parse(data, "camt.xml"), "camt.xml")
    assert (done["invoice"], done["invoice_status"]) == (INV1, "issued")
    with unit_of_work(db) as s:
        acc = statement.show(s, "d1", as_of=date(2026, 4, 30))["accounts"][0]
        # 48.00 invoiced - 48.00 debited + 24.00 returned = 24.00, booked Apr 7 (not the value day Apr 9).
        assert (acc["balance"], acc["entries"][-1]["kind"], acc["entries"][-1]["date"]) == (
            "24.00", "reversal", "2026-04-07")


def pdf_words(db, number: str) -> str:
    with unit_of_work(db) as s:
        data = render_invoice(s, number, template=BANK_DETAILS).data
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


def notices_of(db) -> dict[str, dict | None]:
    """The notices of all four invoices read at once, as the PDFs of a run are (``payment_facts``)."""
    with unit_of_work(db) as s:
        invs = list(s.scalars(select(Invoice).order_by(Invoice.id)))
        found = notices.mandates_of(s, invs)
        return {inv.number: found[inv.id] for inv in invs}


DEBIT_INV2 = "We will collect €24.00 by SEPA direct debit on or after 14 Mar 2026 under mandate M-D1-001."
PAY_INV2 = "Please pay €24.00 by 14 Mar 2026, quoting INV-2026-00002."


def test_no_debit_is_announced_while_payment_collection_is_off(db, world):
    words = pdf_words(db, INV2)
    assert DEBIT_INV2 in words and "DE89 3704 0044 0532 0130 00" not in words
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "payment_collection", "off")
    # The run would collect nothing: the PDF asks for a transfer and gives the bank details.
    words = pdf_words(db, INV2)
    assert PAY_INV2 in words and "DE89 3704 0044 0532 0130 00" in words and "direct debit" not in words
    assert notices_of(db) == {INV1: None, INV2: None, INV3: None, INV4: None}
    with pytest.raises(ProrataError):
        with unit_of_work(db) as s:
            batch.run(s, "hoster", date(2026, 4, 1), today=TODAY)
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "payment_collection", "on")
    # Each debits what is open of it: all of its 24.00 (20.00 + 20 % VAT).
    assert notices_of(db) == {INV1: {"reference": "M-D1-001", "collection_date": date(2026, 2, 14),
                                     "amount": Decimal("24.00")},
                              INV2: {"reference": "M-D1-001", "collection_date": date(2026, 3, 14),
                                     "amount": Decimal("24.00")},
                              INV3: None, INV4: None}


def test_a_one_off_mandate_is_announced_on_the_invoice_it_pays_only(db, world):
    with unit_of_work(db) as s:
        mandates.add(s, "d2", "M-D2-001", DEBTOR_IBAN, date(2026, 1, 15), recurring=False, today=TODAY)
    # A run debits d2's oldest open invoice (INV3, due Feb 14) under the one-off mandate, and not INV4.
    found = notices_of(db)
    assert (found[INV3], found[INV4]) == ({"reference": "M-D2-001", "collection_date": date(2026, 2, 14),
                                           "amount": Decimal("24.00")}, None)
    words = pdf_words(db, INV4)
    assert "Please pay €24.00 by 14 Mar 2026, quoting INV-2026-00004." in words and "M-D2-001" not in words
    with unit_of_work(db) as s:
        done = batch.run(s, "hoster", date(2026, 4, 1), today=TODAY)
        assert sorted(d["invoice"] for d in done.debits) == [INV1, INV2, INV3]  # not INV4
    # INV3 keeps its notice, now with the debit's own day; the mandate is used up: INV4 still none.
    found = notices_of(db)
    assert (found[INV3], found[INV4]) == ({"reference": "M-D2-001", "collection_date": date(2026, 4, 1),
                                           "amount": Decimal("24.00")}, None)
