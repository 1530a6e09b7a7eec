"""The pain.008 file (SEPA direct debit initiation), written with lxml and checked against the ISO 20022 schema.

The document is the one sepaxml writes (same elements in the same order: one group header, one ``PmtInf``
per sequence type and collection date, in the order first met, its transactions in the order given), but it
is built in one pass and validated with libxml2, so that a run of 50,000 debits takes a second or two
instead of minutes (sepaxml builds each transaction from a dozen loose nodes, pretty-prints through minidom
and validates with a pure-Python schema reader). The schemas are the ones sepaxml ships.

Names and descriptions are folded to ASCII (text_unidecode, as sepaxml's ``clean``) and cut to what the
schema allows. Amounts are Decimal, written with two decimals.
"""
from __future__ import annotations

import os
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMAS = ("pain.008.001.02", "pain.008.001.08")
CENT = Decimal("0.01")
_VALIDATING = threading.Lock()  # a libxml2 schema is not to be shared by two threads at once


class InvalidFile(Exception):
    """The document does not validate against its schema (the first error, in libxml2's words)."""


@dataclass(frozen=True)
class Creditor:
    name: str
    iban: str
    creditor_id: str
    bic: str | None = None
    instrument: str = "CORE"


@dataclass(frozen=True)
class Debit:
    end_to_end_id: str
    amount: Decimal
    sequence: str  # FRST, RCUR, OOFF, FNAL
    collection_date: date
    mandate_id: str
    mandate_date: date
    debtor_name: str
    iban: str
    description: str
    bic: str | None = None


def _clean(text: str, width: int) -> str:
    if text.isascii():
        return text[:width]
    from text_unidecode import unidecode

    return unidecode(text)[:width]


def _amount(value: Decimal) -> str:
    return str(value.quantize(CENT))


def message_id(now: datetime | None = None) -> str:
    """A message id as sepaxml makes them: a timestamp and twelve random hex digits (29 characters)."""
    return f"{(now or datetime.now()):%Y%m%d%H%M%S}-{secrets.token_hex(6)}"


def _payment_info_id(name: str) -> str:
    return f"{re.sub(r'[^a-zA-Z0-9]', '', name)[:22]}-{secrets.token_hex(6)}"


def build(creditor: Creditor, debits: list[Debit], *, schema: str = SCHEMAS[0], msg_id: str | None = None,
          created: datetime | None = None) -> bytes:
    """The pain.008 document of ``debits`` (UTF-8, with its XML declaration), not yet validated."""
    from lxml import etree

    if schema not in SCHEMAS:
        raise ValueError(schema)
    ns = f"urn:iso:std:iso:20022:tech:xsd:{schema}"
    bic_tag = "BIC" if schema == "pain.008.001.02" else "BICFI"
    E = etree.SubElement
    q = lambda tag: f"{{{ns}}}{tag}"  # noqa: E731
    root = etree.Element(q("Document"), nsmap={None: ns, "xsi": XSI})
    init = E(root, q("CstmrDrctDbtInitn"))
    name = _clean(creditor.name, 70)

    def text(parent, tag: str, value: str):
        el = E(parent, q(tag))
        el.text = value
        return el

    def path(parent, tags: str, value: str) -> None:
        *outer, last = tags.split("/")
        for tag in outer:
            parent = E(parent, q(tag))
        text(parent, last, value)

    header = E(init, q("GrpHdr"))
    text(header, "MsgId", msg_id or message_id())
    text(header, "CreDtTm", f"{(created or datetime.now()):%Y-%m-%dT%H:%M:%S}")
    count_el = text(header, "NbOfTxs", "")
    sum_el = text(header, "CtrlSum", "")
    party = E(header, q("InitgPty"))
    text(party, "Nm", name)
    path(party, "Id/OrgId/Othr/Id", creditor.creditor_id)

    groups: dict[tuple[str, date], list[Debit]] = {}
    for d in debits:
        groups.setdefault((d.sequence, d.collection_date), []).append(d)
    total = Decimal(0)
    for (sequence, day), items in groups.items():
        info = E(init, q("PmtInf"))
        text(info, "PmtInfId", _payment_info_id(name))
        text(info, "PmtMtd", "DD")
        text(info, "BtchBookg", "true")
        text(info, "NbOfTxs", str(len(items)))
        subtotal = sum((d.amount for d in items), Decimal(0))
        total += subtotal
        text(info, "CtrlSum", _amount(subtotal))
        kind = E(info, q("PmtTpInf"))
        path(kind, "SvcLvl/Cd", "SEPA")
        path(kind, "LclInstrm/Cd", creditor.instrument)
        text(kind, "SeqTp", sequence)
        text(info, "ReqdColltnDt", day.isoformat())
        path(info, "Cdtr/Nm", name)
        path(info, "CdtrAcct/Id/IBAN", creditor.iban)
        if creditor.bic:
            path(info, f"CdtrAgt/FinInstnId/{bic_tag}", creditor.bic)
        else:
            path(info, "CdtrAgt/FinInstnId/Othr/Id", "NOTPROVIDED")
        text(info, "ChrgBr", "SLEV")
        scheme = E(E(E(E(info, q("CdtrSchmeId")), q("Id")), q("PrvtId")), q("Othr"))
        text(scheme, "Id", creditor.creditor_id)
        path(scheme, "SchmeNm/Prtry", "SEPA")
        for d in items:
            tx = E(info, q("DrctDbtTxInf"))
            path(tx, "PmtId/EndToEndId", d.end_to_end_id)
            text(tx, "InstdAmt", _amount(d.amount)).set("Ccy", "EUR")
            mandate = E(E(tx, q("DrctDbtTx")), q("MndtRltdInf"))
            text(mandate, "MndtId", d.mandate_id)
            text(mandate, "DtOfSgntr", d.mandate_date.isoformat())
            if d.bic:
                path(tx, f"DbtrAgt/FinInstnId/{bic_tag}", d.bic)
            else:
                path(tx, "DbtrAgt/FinInstnId/Othr/Id", "NOTPROVIDED")
            path(tx, "Dbtr/Nm", _clean(d.debtor_name, 70))
            path(tx, "DbtrAcct/Id/IBAN", d.iban)
            path(tx, "RmtInf/Ustrd", _clean(d.description, 140))
    count_el.text = str(len(debits))
    sum_el.text = _amount(total)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@lru_cache(maxsize=None)
def _schema(schema: str):
    from lxml import etree

    import sepaxml

    path = os.path.join(os.path.dirname(sepaxml.__file__), "schemas", f"{schema}.xsd")
    return etree.XMLSchema(etree.parse(path))


def validate(xml: bytes, schema: str) -> None:
    """Raise ``InvalidFile`` unless ``xml`` validates against the ISO 20022 schema ``schema``."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    doc = etree.fromstring(xml, parser)
    with _VALIDATING:
        checker = _schema(schema)
        if checker.validate(doc):
            return
        error = checker.error_log.last_error
    raise InvalidFile(f"line {error.line}: {error.message}" if error else "invalid")
