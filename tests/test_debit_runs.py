"""Direct debit runs written in bulk: the pain.008 writer gives sepaxml's document (checked against the XSD
by both libxml2 and xmlschema), a run restricted to some invoices debits only those, and two runs racing a
clerk's payment as real processes never debit an invoice twice or pay it beyond its total.

The world is test_sepa_debit's: d1 (mandate M-D1-001) has INV-2026-00001 and -00002 of 24.00 EUR; d2 has
no mandate.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import Invoice
from app.models.payments import Allocation, Payment
from app.models.processors import DirectDebit
from app.payments.sepa import batch, pain008
from app.storage.engine import unit_of_work
from tests.test_invoice_races import race
from tests.test_sepa_debit import INV1, INV2, TODAY, world  # noqa: F401 (the fixture)

D = Decimal
CREDITOR = pain008.Creditor("Nordwind Hosting GmbH & Co. KG", "DE89370400440532013000", "DE98ZZZ09999999999",
                            "COBADEFFXXX")
DEBITS = [
    pain008.Debit("PR-1-1", D("24.00"), "FRST", date(2026, 4, 1), "M-1", date(2026, 1, 15), "Müller & Söhne",
                  "DE02120300000000202051", "Invoice INV-2026-00001 <März>", "BYLADEM1001"),
    pain008.Debit("PR-2-1", D("0.50"), "RCUR", date(2026, 4, 1), "M-2", date(2025, 12, 1), "Ørsted A/S",
                  "DE02120300000000202051", "Invoice INV-2026-00002"),
    pain008.Debit("PR-3-2", D("1234.56"), "FRST", date(2026, 4, 1), "M-3", date(2026, 2, 1), "Łukasz",
                  "DE02120300000000202051", "Invoice INV-2026-00003", "BYLADEM1001"),
]
RANDOM = {"MsgId", "CreDtTm", "PmtInfId"}


def shape(xml: bytes) -> list:
    """Every element as (path, attributes, text), in document order; the random ids and the time left out."""
    out = []

    def walk(el, path):
        tag = el.tag.rsplit("}", 1)[-1]
        here = f"{path}/{tag}"
        out.append((here, dict(el.attrib), None if tag in RANDOM else (el.text or "").strip()))
        for child in el:
            walk(child, here)

    walk(ET.fromstring(xml), "")
    return out


def sepaxml_file(schema: str, creditor: pain008.Creditor) -> bytes:
    from sepaxml import SepaDD

    config = {"name": creditor.name, "IBAN": creditor.iban, "batch": True, "creditor_id": creditor.creditor_id,
              "currency": "EUR"}
    if creditor.bic:
        config["BIC"] = creditor.bic
    sepa = SepaDD(config, schema=schema, clean=True)
    for d in DEBITS:
        payment = {"name": d.debtor_name, "IBAN": d.iban, "amount": int(d.amount * 100), "type": d.sequence,
                   "collection_date": d.collection_date, "mandate_id": d.mandate_id, "mandate_date": d.mandate_date,
                   "description": d.description, "endtoend_id": d.end_to_end_id}
        if d.bic:
            payment["BIC"] = d.bic
        sepa.add_payment(payment)
    return sepa.export(validate=True)


@pytest.mark.parametrize("schema,bic", [("pain.008.001.02", "COBADEFFXXX"), ("pain.008.001.08", None),
                                        ("pain.008.001.08", "COBADEFFXXX")])
def test_the_writer_gives_sepaxmls_document_and_it_validates(schema, bic):
    from sepaxml.validation import try_valid_xml

    creditor = pain008.Creditor(CREDITOR.name, CREDITOR.iban, CREDITOR.creditor_id, bic)
    ours = pain008.build(creditor, DEBITS, schema=schema, created=datetime(2026, 3, 20, 9, 30))
    pain008.validate(ours, schema)  # libxml2
    try_valid_xml(ours, schema)  # and xmlschema, as sepaxml checks its own
    assert shape(ours) == shape(sepaxml_file(schema, creditor))
    # Two PmtInf (FRST 24.00 + 1234.56, RCUR 0.50), the group header over all three; names folded to ASCII.
    texts = lambda name: [t for p, _, t in shape(ours) if p.endswith("/" + name)]  # noqa: E731
    assert texts("NbOfTxs") == ["3", "2", "1"] and texts("CtrlSum") == ["1259.06", "1258.56", "0.50"]
    assert "Muller & Sohne" in texts("Nm") and "Invoice INV-2026-00001 <Marz>" in texts("Ustrd")


def test_a_file_that_breaks_the_schema_is_refused():
    bad = pain008.build(CREDITOR, [pain008.Debit("PR-1-1", D("24.00"), "XXXX", date(2026, 4, 1), "M-1",
                                                 date(2026, 1, 15), "A", "DE02120300000000202051", "x")])
    with pytest.raises(pain008.InvalidFile, match="SeqTp"):
        pain008.validate(bad, "pain.008.001.02")


def test_a_run_for_some_invoices_debits_only_those(db, world):
    with unit_of_work(db) as s:
        second = s.scalar(select(Invoice.id).where(Invoice.number == INV2))
        done = batch.run(s, "hoster", date(2026, 4, 1), today=TODAY, invoice_ids=[second])
    assert [d["invoice"] for d in done.debits] == [INV2] and done.total == D("24.00")
    with unit_of_work(db) as s:
        status = dict(s.execute(select(Invoice.number, Invoice.status)).all())
    assert status[INV1] == "issued" and status[INV2] == "paid"


def test_two_runs_and_a_clerk_racing_never_debit_an_invoice_twice(db, world, tmp_path):
    day = date.today().replace(year=date.today().year + 1).isoformat()
    plans = [[["debit", "batch", "--collection-date", day, "--out", str(tmp_path / f"run-{k}.xml")]]
             for k in range(2)]
    plans.append([["payments", "add", "d1", "24.00", "EUR", "--method", "cash", "--date", "2026-03-20",
                   "--reference", "cash", "--allocate", INV1]])
    results = race(db, tmp_path, plans)
    runs = [r for r in results if r["action"] == "batch"]
    for r in results:
        if r["rc"] == 2:
            assert re.search(r"no issued, open EUR invoice|is paid: only an issued|changed while it was being "
                             r"written|has 0\.00 EUR open", r["err"]), r["err"]
    assert sum(r["rc"] == 0 for r in runs) >= 1
    with unit_of_work(db) as s:
        debits = dict(s.execute(select(DirectDebit.invoice_id, func.count()).group_by(DirectDebit.invoice_id)).all())
        a = Allocation.__table__.c
        settled = dict(s.execute(select(a.invoice_id, func.sum(a.amount)).group_by(a.invoice_id)).all())
        totals = dict(s.execute(select(Invoice.id, Invoice.total)).all())
        by_cash = set(s.scalars(select(a.invoice_id).join_from(Allocation.__table__, Payment.__table__,
                                                                Payment.id == a.payment_id)
                                .where(Payment.method == "cash")))
    assert all(n == 1 for n in debits.values()), debits
    assert all(settled[i] <= totals[i] for i in settled), settled
    # d1's two invoices are each paid once: by a debit, or by the cash (which is credit if it came too late).
    assert len(debits) + len(by_cash) == 2 and not set(debits) & by_cash
