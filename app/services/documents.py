"""Invoice documents: an invoice's PDF, the PDF frozen at issue, and the issuers' templates.

- ``render_invoice``: the PDF of one invoice. An issued invoice whose PDF was stored when it was issued
  gives exactly those bytes; a draft (or an issued invoice from before stored PDFs) is rendered now with
  its issuer's default template, else the built-in one. ``language`` re-words a draft, never an issued one.
- ``freeze``: render an issued invoice and store the PDF with its SHA-256, once; every later copy is that one,
  whatever happens to the template since. Issuing stores them right after, many at once on every core
  (app/services/document_store.py, called by the CLI and the window after a run or an issue, outside the
  issuing transaction); an invoice whose PDF was not stored then is frozen the first time it is rendered
  (shown, sent, printed).
- ``content_of``: what the document says, read from the invoice; each line's arithmetic comes from
  app/billing/explain.py, not computed again.
- Templates: ``list_templates``, ``get_template``, ``save_template`` (a new one, or an edit written only if
  the template is still at the version its author read), ``set_default``. Every change is audited. An issuer
  is "hoster" or a reseller's code; a reseller's templates carry its ``reseller_id``, and a reseller's
  session is given only its own code by the caller.
- ``render_batch``: many PDFs into a folder, with progress and cancel; the PDFs are rendered outside the
  database session.

Each function except ``render_batch`` works inside the caller's unit of work.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import case, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.documents import template as templates
from app.documents.content import Content, Line, Party, TaxRow
from app.documents.template import Template
from app.errors import MESSAGES, ProrataError
from app.models import (Company, Hoster, Invoice, InvoiceDocument, InvoiceLine, InvoiceTemplate, Reseller,
                        Status)
from app.models.base import utcnow
from app.money import round_money
from app.progress import Cancelled, Progress, no_progress, not_cancelled
from app.services import audit
from app.services.row_version import update_if_version

if TYPE_CHECKING:
    from app.billing.explain import Explainer

MESSAGES.setdefault("language_of_issued", "{invoice} is issued: its document is the one it was issued with, in "
                                          "{language}; only a draft can be shown in another language")
MESSAGES.setdefault("template_exists", "{issuer} already has a template named {name!r}: open it to edit it, "
                                       "or choose another name")
MESSAGES.setdefault("template_version_needed", "template {name!r} of {issuer} exists (version {version}): "
                                               "say which version the edit was made on")

ISSUED_STATES = (Status.ISSUED.value, Status.PARTIALLY_PAID.value, Status.PAID.value, Status.VOID.value)


@dataclass(frozen=True)
class Rendered:
    """A document's bytes and what to call its file."""

    invoice_id: int
    filename: str
    data: bytes
    stored: bool  # the bytes frozen at issue (True) or rendered now (False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


# ---------------------------------------------------------------- issuers

def issuer_of(session: Session, issuer: str) -> tuple[str, int | None]:
    """("hoster", None) or ("reseller:<id>", id) for "hoster" or a reseller's code."""
    if issuer == "hoster":
        return HOSTER_KEY, None
    rid = session.scalar(select(Reseller.id).where(Reseller.code == issuer))
    if rid is None:
        raise ProrataError.of("not_found", "issuer", kind="issuer", code=issuer)
    return reseller_key(rid), rid


def _issuer_code(session: Session, reseller_id: int | None) -> str:
    return "hoster" if reseller_id is None else session.get(Reseller, reseller_id).code


# ---------------------------------------------------------------- content

def _party(row, code: str | None = None) -> Party:
    return Party(row.name, row.address, getattr(row, "tax_id", None), getattr(row, "email", None), code)


def _issuer_party(session: Session, inv: Invoice) -> tuple[Party, str]:
    """The issuer as the document names it, and its language."""
    if inv.issuer_reseller_id is None:
        hoster = session.get(Hoster, 1)
        return _party(hoster), hoster.language
    r = session.get(Reseller, inv.issuer_reseller_id)
    return _party(r), r.language


def _text(texts: dict | None, language: str, issuer_language: str) -> str:
    """A stored text in ``language``: that locale, its language, the issuer's language, English, any."""
    if not texts:
        return ""
    for key in (language, language.split("_")[0], issuer_language, issuer_language.split("_")[0], "en"):
        if key in texts:
            return texts[key]
    return next(iter(texts.values()))


@dataclass(frozen=True)
class PaymentFacts:
    """What the documents of many invoices say about their payment, read at once (``payment_facts``)."""

    mandates: dict[int, dict | None]  # invoice id -> the direct debit pre-notification (app/payments/sepa)
    dues: dict[int, date | None]  # invoice id -> the ledger's due date
    applied: dict[int, tuple] | None = None  # invoice id -> the credit applied at issue (app/services/applied_credit)


def payment_facts(session: Session, invoices: list[Invoice]) -> PaymentFacts:
    """The mandate and due date of each of ``invoices``, in a few queries instead of a few per invoice."""
    from app.models.payments import LedgerEntry
    from app.payments.sepa.notices import mandates_of

    owing = [inv.id for inv in invoices if inv.status in ISSUED_STATES and inv.kind != "credit_note"]
    dues: dict[int, date | None] = dict.fromkeys(inv.id for inv in invoices)
    for start in range(0, len(owing), 900):  # under every backend's bound-parameter limit
        dues.update(session.execute(select(LedgerEntry.document_id, LedgerEntry.due_date).where(
            LedgerEntry.document_id.in_(owing[start:start + 900]), LedgerEntry.due_date.is_not(None))).all())
    from app.services.applied_credit import applied_at_issue

    applied = applied_at_issue(session, invoices)
    return PaymentFacts(mandates_at_issue(session, invoices, mandates_of(session, invoices, dues), dues, applied),
                        dues, applied)


def mandates_at_issue(session: Session, invoices: list[Invoice], live: dict[int, dict | None],
                      dues: dict[int, date | None], applied: dict[int, tuple]) -> dict[int, dict | None]:
    """invoice id -> its direct debit notice as the document gives it, the same whenever it is made (the PDF
    stored at issue and any re-render): the amount it announces is what was due at issue, its total less the
    credit applied at issue (``applied_at_issue``), the figure the totals' "Amount due" shows; the day, its due
    date (on or after which a run debits it). Never what is open when the PDF is made: a transfer received after
    the issue must not turn the stored document's "We will collect" into a re-render's "Please pay", nor change
    its amount or day. ``live``: the notices ``notices.mandates_of`` reads now (the mandate of a submitted debit,
    or the one a run would debit under); an invoice it leaves out because something paid it since keeps its
    notice when its collector's mandate with the company, active now, existed when it was issued."""
    out: dict[int, dict | None] = dict.fromkeys((inv.id for inv in invoices), None)
    owed = {inv.id: inv.total - sum((a.amount for a in applied.get(inv.id, ())), Decimal(0)) for inv in invoices}
    debited = [inv for inv in invoices
               if inv.kind == "invoice" and inv.company_id is not None and inv.currency == "EUR"
               and inv.status in ISSUED_STATES and inv.issue_date is not None]
    if not debited:
        return out
    from app.models.processors import Mandate, MandateStatus
    from app.payments.processors.routing import collection_on, collectors_of_invoices
    from app.payments.sepa.notices import collection_day
    from app.payments.terms import days_by_issuer

    issuers = {inv.id: HOSTER_KEY if inv.issuer_reseller_id is None else reseller_key(inv.issuer_reseller_id)
               for inv in debited}
    terms = days_by_issuer(session, set(issuers.values()))
    missing = [inv for inv in debited if live.get(inv.id) is None and owed[inv.id] > 0 and inv.issued_at is not None]
    collectors = collectors_of_invoices(session, [(inv.id, inv.issuer_reseller_id) for inv in missing]) \
        if missing else {}
    on = {key: collection_on(session, key) for key in {issuers[inv.id] for inv in missing}}
    for inv in debited:
        reference = (live.get(inv.id) or {}).get("reference")
        if reference is None and inv in missing and on[issuers[inv.id]]:
            reference = session.scalar(select(Mandate.reference).where(
                Mandate.company_id == inv.company_id, Mandate.creditor_key == collectors[inv.id],
                Mandate.status == MandateStatus.ACTIVE.value, Mandate.created_at <= inv.issued_at)
                .order_by(Mandate.id.desc()).limit(1))
        if reference is None:
            continue
        out[inv.id] = {"reference": reference, "collection_date": collection_day(inv, dues, terms[issuers[inv.id]]),
                       "amount": owed[inv.id]}
    return out


def content_of(session: Session, inv: Invoice, language: str | None = None, *,
               explainer: Explainer | None = None, facts: PaymentFacts | None = None) -> Content:
    """What ``inv``'s document says, in ``language`` (default: the invoice's).

    ``explainer`` and ``facts``: the batch's (app/billing/explain.py ``Explainer``, ``payment_facts``, in this
    unit of work), when many invoices are read at once: what they share (prices, companies, schedules) and
    their mandates and due dates are then read once."""
    from app.billing.explain import Explainer
    from app.documents.arithmetic import from_explanation

    language = language or inv.language
    issuer, issuer_language = _issuer_party(session, inv)
    if inv.company_id is not None:
        company = session.get(Company, inv.company_id)
        customer = _party(company, company.code)
    else:
        reseller = session.get(Reseller, inv.customer_reseller_id)
        customer = _party(reseller, reseller.code)
    explainer = explainer or Explainer(session)
    rows = explainer.lines(inv)
    explained = explainer.explain(inv).lines
    catalogue = explainer.plans()
    plans = {catalogue[r.plan_id].code: catalogue[r.plan_id] for r in rows if r.plan_id in catalogue}
    names: dict[int, str] = {}
    if inv.customer_reseller_id is not None:
        wanted = {r.company_id for r in rows if r.company_id is not None}
        names = {cid: explainer.company(cid).name for cid in wanted if explainer.company(cid) is not None}
    lines = []
    for pos, (row, ex) in enumerate(zip(rows, explained), start=1):
        plan = plans.get(ex.plan) if ex.plan else None
        unit = _text(plan.unit, language, issuer_language) if plan is not None and plan.unit else None
        arithmetic, corrects, minimum = from_explanation(ex, plan.basis if plan is not None else None, unit)
        if row.kind not in ("proration", "correction") and (arithmetic is None or arithmetic.days == 1 and
                                                             arithmetic.period_days == 1):
            arithmetic = None  # a whole period: quantity and unit price are in their columns
        description = _text(row.description, language, issuer_language) or (
            _text(plan.name, language, issuer_language) if plan is not None else "")
        lines.append(Line(pos, row.kind, description, Decimal(row.quantity), row.unit_price, row.tax_rate,
                          row.amount, row.start, row.end, names.get(row.company_id), arithmetic, corrects, minimum))
    applied = _applied(session, inv, facts)
    due_date = facts.dues[inv.id] if facts is not None else _ledger_due(session, inv)
    credits = None
    if inv.credits_id is not None:
        credited = session.get(Invoice, inv.credits_id)
        credits = (credited.number or f"#{credited.id}", credited.issue_date)
    return Content(kind=inv.kind, currency=inv.currency, language=language, issuer=issuer, customer=customer,
                   number=inv.number, issue_date=inv.issue_date, lines=lines, subtotal=inv.subtotal, tax=inv.tax,
                   total=inv.total, tax_rows=tax_rows(rows, inv.currency, inv.tax), tax_note=inv.tax_note,
                   period_start=inv.period_start, period_end=inv.period_end, credits=credits, status=inv.status,
                   mandate=facts.mandates[inv.id] if facts is not None else _mandate(session, inv, applied),
                   due_date=due_date, applied=applied)


def _applied(session: Session, inv: Invoice, facts: PaymentFacts | None) -> tuple:
    """The credit applied to ``inv`` as it was issued (app/services/applied_credit.py): what its document shows
    below the total, and takes off the amount due."""
    if facts is not None and facts.applied is not None:
        return facts.applied[inv.id]
    from app.services.applied_credit import applied_at_issue

    return applied_at_issue(session, [inv])[inv.id]


def _ledger_due(session: Session, inv: Invoice) -> date | None:
    """The due date the ledger gave ``inv`` when it was issued (app/payments/ledger.py), if it has one."""
    from app.models.payments import LedgerEntry

    if inv.status not in ISSUED_STATES or inv.kind == "credit_note":
        return None
    return session.scalar(select(LedgerEntry.due_date).where(LedgerEntry.document_id == inv.id,
                                                             LedgerEntry.due_date.is_not(None)).limit(1))


def _mandate(session: Session, inv: Invoice, applied: tuple) -> dict | None:
    """The direct debit pre-notification, when the invoice is collected by one (app/payments/sepa/notices.py),
    for the amount due at issue (``mandates_at_issue``)."""
    from app.payments.sepa.notices import mandate_of

    return mandates_at_issue(session, [inv], {inv.id: mandate_of(session, inv)},
                             {inv.id: _ledger_due(session, inv)}, {inv.id: applied})[inv.id]


def tax_rows(lines: list[InvoiceLine], currency: str, tax: Decimal) -> list[TaxRow]:
    """The tax per rate, as app/billing/tax.py computes the total (on each rate's sum, rounded once); empty
    when those do not add up to the invoice's stored tax (the document then shows the stored total only)."""
    bases: dict[Decimal, Decimal] = defaultdict(Decimal)
    for ln in lines:
        bases[ln.tax_rate] += ln.amount
    out = [TaxRow(rate, base, round_money(base * rate / 100, currency)) for rate, base in sorted(bases.items())]
    return out if sum((r.tax for r in out), Decimal(0)) == tax else []


# ---------------------------------------------------------------- templates

def _row_template(session: Session, row: InvoiceTemplate) -> Template:
    return templates.from_row(row, _issuer_code(session, row.reseller_id))


def template_for(session: Session, inv: Invoice) -> Template:
    """The template ``inv`` renders with: its issuer's default, else the built-in one."""
    row = session.scalars(select(InvoiceTemplate).where(InvoiceTemplate.issuer_key == inv.issuer_key,
                                                        InvoiceTemplate.is_default.is_(True))
                          .order_by(InvoiceTemplate.id)).first()
    return _row_template(session, row) if row is not None else templates.builtin()


def list_templates(session: Session, issuer: str | None = None) -> list[Template]:
    """The templates of ``issuer`` ("hoster" or a reseller code; None: every issuer's), by issuer and name."""
    q = select(InvoiceTemplate).order_by(InvoiceTemplate.issuer_key, InvoiceTemplate.name)
    if issuer is not None:
        q = q.where(InvoiceTemplate.issuer_key == issuer_of(session, issuer)[0])
    return [_row_template(session, row) for row in session.scalars(q)]


def _find_row(session: Session, issuer: str, name: str) -> InvoiceTemplate | None:
    key, _ = issuer_of(session, issuer)
    return session.scalars(select(InvoiceTemplate).where(InvoiceTemplate.issuer_key == key,
                                                         InvoiceTemplate.name == name)).first()


def get_template(session: Session, issuer: str, name: str) -> Template:
    row = _find_row(session, issuer, name)
    if row is None:
        raise ProrataError.of("not_found", "name", kind="template", code=f"{issuer}:{name}")
    return _row_template(session, row)


def _audited(t: Template) -> dict:
    """A template for the audit log: its settings, the logo as its type, size and SHA-256."""
    doc = t.to_document()
    if t.logo is not None:
        doc["logo"] = {"mime": t.logo_mime, "bytes": len(t.logo), "sha256": hashlib.sha256(t.logo).hexdigest()}
    return doc


def save_template(session: Session, issuer: str, template: Template, *, expected_version: int | None = None,
                  previous_name: str | None = None) -> Template:
    """Save ``template`` (checked by app/documents/template.py) as ``issuer``'s.

    A new name makes a new template (the issuer's first becomes its default). Editing an existing one
    (found by ``previous_name``, else by the template's name) needs the ``expected_version`` its author read;
    it is written only if the row is still at that version, else refused naming who changed it meanwhile.
    """
    key, rid = issuer_of(session, issuer)
    checked = templates.check(template.to_document())  # the one rule, whoever built the Template
    checked = replace(checked, logo=template.logo, logo_mime=template.logo_mime)
    row = _find_row(session, issuer, previous_name or template.name)
    if previous_name and template.name != previous_name and _find_row(session, issuer, template.name) is not None:
        raise ProrataError.of("template_exists", "name", issuer=issuer, name=template.name)
    values = templates.row_values(checked)
    if row is None:
        if previous_name:
            raise ProrataError.of("not_found", "name", kind="template", code=f"{issuer}:{previous_name}")
        first = session.scalar(select(InvoiceTemplate.id).where(InvoiceTemplate.issuer_key == key).limit(1)) is None
        row = InvoiceTemplate(issuer_key=key, reseller_id=rid, is_default=first, **values)
        session.add(row)
        session.flush()
        saved = _row_template(session, row)
        audit.record(session, "create", "invoice_template", row.id, after=_audited(saved), reseller_id=rid)
        return saved
    if expected_version is None:
        raise ProrataError.of("template_version_needed", "version", issuer=issuer, name=row.name,
                              version=row.version)
    before = _audited(_row_template(session, row))
    update_if_version(session, InvoiceTemplate, row.id, expected_version, {**values, "updated_at": utcnow()},
                      entity="invoice_template", kind="template", code=f"{issuer}:{row.name}")
    session.refresh(row)
    saved = _row_template(session, row)
    audit.record(session, "edit", "invoice_template", row.id, before=before, after=_audited(saved), reseller_id=rid)
    return saved


def set_default(session: Session, issuer: str, name: str) -> Template:
    """Make ``name`` the issuer's default template: one write sets the flag on it and clears it on the
    issuer's others, so two clerks choosing at once leave exactly one default."""
    row = _find_row(session, issuer, name)
    if row is None:
        raise ProrataError.of("not_found", "name", kind="template", code=f"{issuer}:{name}")
    before = next((t.name for t in list_templates(session, issuer) if t.is_default), None)
    session.execute(update(InvoiceTemplate).where(InvoiceTemplate.issuer_key == row.issuer_key)
                    .values(is_default=case((InvoiceTemplate.id == row.id, True), else_=False)))
    session.expire_all()
    audit.record(session, "set_default", "invoice_template", row.id, before={"default": before},
                 after={"default": name}, reseller_id=row.reseller_id)
    return _row_template(session, session.get(InvoiceTemplate, row.id))


# ---------------------------------------------------------------- documents

def file_name(issuer_name: str, inv: Invoice) -> str:
    """``<issuer>-<number>.pdf`` (a draft: ``<issuer>-draft-<id>.pdf``), safe on every file system."""
    stem = f"{issuer_name}-{inv.number}" if inv.number else f"{issuer_name}-draft-{inv.id}"
    return re.sub(r"[^\w.-]+", "_", stem, flags=re.UNICODE).strip("_.") + ".pdf"


def render_invoice(session: Session, ref: str | int, *, issuer: str | None = None, language: str | None = None,
                   template: Template | None = None) -> Rendered:
    """The PDF of the invoice ``ref`` (a number, ISSUER:NUMBER or an id; see app/services/invoices.find)."""
    from app.documents.render import render
    from app.services import invoices

    inv = invoices.find(session, ref, issuer)
    issuer_party, _ = _issuer_party(session, inv)
    name = file_name(issuer_party.name, inv)
    stored = session.scalars(select(InvoiceDocument).where(InvoiceDocument.invoice_id == inv.id)).first()
    if inv.status in ISSUED_STATES and language and language != inv.language:
        raise ProrataError.of("language_of_issued", "--lang", invoice=invoices.label(inv), language=inv.language)
    if stored is not None and template is None:
        return Rendered(inv.id, name, stored.content, True)
    if inv.status in ISSUED_STATES and template is None:  # the first copy of an issued invoice is the one kept
        return Rendered(inv.id, name, freeze(session, inv.id).content, True)
    data = render(content_of(session, inv, language), template or template_for(session, inv))
    return Rendered(inv.id, name, data, False)


MESSAGES.setdefault("einvoice_not_issued", "{invoice} is a draft: an e-invoice is made when it is issued")
MESSAGES.setdefault("einvoice_not_an_invoice", "{invoice} is a {kind}: only invoices and credit notes are "
                                               "e-invoices")


def invoice_xml(session: Session, ref: str | int, *, issuer: str | None = None) -> tuple[str, bytes]:
    """The Factur-X CII XML of the issued invoice ``ref`` and a file name for it: the XML embedded in its stored
    PDF when that is a Factur-X one (exactly what the customer got), else built now from the invoice with its
    template's profile (EN 16931 when the template has e-invoicing off)."""
    from app.documents import cii
    from app.documents.render import einvoice_xml
    from app.services import invoices

    inv = invoices.find(session, ref, issuer)
    if inv.status not in ISSUED_STATES:
        raise ProrataError.of("einvoice_not_issued", "ref", invoice=invoices.label(inv))
    if inv.kind not in cii.KINDS:
        raise ProrataError.of("einvoice_not_an_invoice", "ref", invoice=invoices.label(inv),
                              kind=inv.kind.replace("_", " "))
    name = file_name(_issuer_party(session, inv)[0].name, inv)[:-len(".pdf")] + ".xml"
    stored = session.scalars(select(InvoiceDocument).where(InvoiceDocument.invoice_id == inv.id)).first()
    if stored is not None:
        embedded = embedded_xml(stored.content)
        if embedded is not None:
            return name, embedded
    return name, einvoice_xml(content_of(session, inv), template_for(session, inv))


def embedded_xml(pdf: bytes) -> bytes | None:
    """The Factur-X XML attached to ``pdf``, or None when it carries none."""
    from facturx import get_xml_from_pdf

    try:
        filename, xml = get_xml_from_pdf(pdf, check_xsd=False)
    except Exception:  # noqa: BLE001 - the library raises plain exceptions for "no attachment"
        return None
    return xml if filename else None


def freeze(session: Session, invoice_id: int) -> InvoiceDocument:
    """Store the PDF of the issued invoice ``invoice_id`` as rendered now, with its SHA-256; the stored one if
    it has one already (freezing twice changes nothing)."""
    from app.documents.render import render

    found = session.scalars(select(InvoiceDocument).where(InvoiceDocument.invoice_id == invoice_id)).first()
    if found is not None:
        return found
    inv = session.get(Invoice, invoice_id)
    t = template_for(session, inv)
    data = render(content_of(session, inv), t)
    doc = InvoiceDocument(invoice_id=inv.id, reseller_id=inv.reseller_id, content=data,
                          sha256=hashlib.sha256(data).hexdigest(), language=inv.language, template_id=t.id,
                          template_version=t.version)
    try:
        with session.begin_nested():  # two clerks printing it first at once: one copy is kept, the other reads it
            session.add(doc)
            session.flush()
    except IntegrityError:
        return session.scalars(select(InvoiceDocument).where(InvoiceDocument.invoice_id == invoice_id)).one()
    return doc


@dataclass
class BatchResult:
    written: list[Path]
    cancelled: bool = False


def select_invoices(session: Session, *, since: date | None = None, until: date | None = None,
                    status: str | None = None, issuer: str | None = None) -> list[int]:
    """Ids of the invoices issued (drafts: dated) from ``since`` to ``until``, by issue date and id."""
    q = select(Invoice.id).order_by(Invoice.issue_date, Invoice.id)
    if since is not None:
        q = q.where(Invoice.issue_date >= since)
    if until is not None:
        q = q.where(Invoice.issue_date <= until)
    if status is not None:
        q = q.where(Invoice.status == status)
    if issuer is not None:
        q = q.where(Invoice.issuer_key == issuer_of(session, issuer)[0])
    return list(session.scalars(q))


def render_batch(engine, invoice_ids: list[int], out_dir: Path, *, progress: Progress = no_progress,
                 cancelled: Cancelled = not_cancelled, chunk: int = 50) -> BatchResult:
    """Write the PDF of each invoice into ``out_dir`` (stored bytes for issued invoices that have them).

    Reads ``chunk`` invoices per unit of work and renders them after it closes, so no transaction stays
    open while pages are drawn; polls ``cancelled`` between invoices. Runs on a worker, never on the GUI
    thread."""
    from app.documents.render import render
    from app.storage.engine import unit_of_work

    out_dir.mkdir(parents=True, exist_ok=True)
    result = BatchResult([])
    total = len(invoice_ids)
    progress(0, total, "")
    for start in range(0, total, chunk):
        with unit_of_work(engine) as s:
            work = []
            for invoice_id in invoice_ids[start:start + chunk]:
                inv = s.get(Invoice, invoice_id)
                party, _ = _issuer_party(s, inv)
                stored = s.scalars(select(InvoiceDocument).where(InvoiceDocument.invoice_id == inv.id)).first()
                if stored is not None:
                    work.append((file_name(party.name, inv), stored.content, None, None))
                else:
                    work.append((file_name(party.name, inv), None, content_of(s, inv), template_for(s, inv)))
        for name, data, content, t in work:
            if cancelled():
                result.cancelled = True
                return result
            path = out_dir / name
            path.write_bytes(data if data is not None else render(content, t))
            result.written.append(path)
            progress(len(result.written), total, name)
    return result
