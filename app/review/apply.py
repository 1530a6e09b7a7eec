"""Applying a reviewer's answers on the database side.

Each answer is applied only to the invoice exactly as it was reviewed: same version, same JSON (its SHA-256).
Otherwise it is refused and listed, saying what changed; the other answers are applied. An approval is noted
in the audit log and, with ``issue_approved``, the draft is issued (at the version reviewed, one conditional
write: app/services/invoices.issue). A query becomes a note in the audit log with the reviewer's comment; the
invoice stays a draft. Each answer runs in its own savepoint, so one refused issue does not undo the others.

Importing the same answers again changes nothing: an answer already applied (found by its audit note, which
names the review and the verdict) is listed as such.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, Problem, ProrataError
from app.models import AuditEntry, Invoice, Status
from app.review.answers import Answer, Answers
from app.review.export import invoice_digest

MESSAGES.setdefault("review_invoice_gone", "{invoice} no longer exists: it was deleted after the review file was "
                                           "exported; its answer ({verdict}) was not applied")
MESSAGES.setdefault("review_invoice_changed", "{invoice} changed after the review file was exported (version "
                                              "{then} then, {now} now{what}): its answer ({verdict}) was not "
                                              "applied; export it for review again")
MESSAGES.setdefault("review_not_draft", "{invoice} is {status}, no longer a draft: it was approved but not issued")

ACTIONS = {"approved": "review_approve", "query": "review_query"}


@dataclass
class Outcome:
    """What an import did, by invoice label."""

    issued: list[str] = field(default_factory=list)
    approved: list[str] = field(default_factory=list)  # noted, not issued
    queried: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # applied by an earlier import of these answers
    refused: list[Problem] = field(default_factory=list)
    # Said of the drafts issued (``invoices.credit_not_applied``): credit held by another collector, not applied.
    notes: list[tuple[str, Problem]] = field(default_factory=list)  # (invoice number, what is said)

    def as_json(self) -> dict:
        return {"issued": self.issued, "approved": self.approved, "queried": self.queried,
                "already_applied": self.already, "refused": [p.message() for p in self.refused],
                "notes": [f"{number}: {p.message()}" for number, p in self.notes]}


def _applied_before(session: Session, a: Answer, review_sha256: str) -> bool:
    rows = session.scalars(select(AuditEntry.after).where(AuditEntry.entity == "invoice",
                                                          AuditEntry.entity_id == str(a.invoice_id),
                                                          AuditEntry.action == ACTIONS[a.verdict]))
    return any((after or {}).get("review") == review_sha256 for after in rows)


def apply_answers(session: Session, given: Answers, *, issue_approved: bool = False,
                  today: date | None = None) -> Outcome:
    """Apply ``given`` inside the caller's unit of work; see the module's docstring."""
    from app.services import audit, invoices

    out = Outcome()
    for a in given.answers:
        inv = session.get(Invoice, a.invoice_id)
        if inv is None:
            out.refused.append(Problem("review_invoice_gone", {"invoice": a.label, "verdict": a.verdict}))
            continue
        if _applied_before(session, a, given.review_sha256):
            out.already.append(a.label)
            continue
        _, digest = invoice_digest(session, inv)
        if inv.version != a.version or digest != a.invoice_sha256:
            what = ", its content differs" if inv.version == a.version else ""
            if inv.status != Status.DRAFT.value:
                what = f"; it is {inv.status} now"
            out.refused.append(Problem("review_invoice_changed", {
                "invoice": a.label, "then": a.version, "now": inv.version, "what": what, "verdict": a.verdict}))
            continue
        note = {"review": given.review_sha256, "review_file": given.review_file, "reviewer": given.reviewer,
                "verdict": a.verdict, "comment": a.comment, "version": a.version, "reviewed_at": a.at}
        try:
            with session.begin_nested():
                audit.record(session, ACTIONS[a.verdict], "invoice", inv.id, after=note, reseller_id=inv.reseller_id)
                if a.verdict == "approved" and issue_approved:
                    if inv.status != Status.DRAFT.value:
                        raise ProrataError.of("review_not_draft", invoice=a.label, status=inv.status)
                    issued = invoices.issue(session, inv.id, today, expected_version=a.version)
                    out.issued.append(f"{a.label} -> {issued.number}")
                    out.notes += [(issued.number, p) for p in invoices.credit_not_applied(session, issued)]
                elif a.verdict == "approved":
                    out.approved.append(a.label)
                else:
                    out.queried.append(a.label)
        except ProrataError as exc:
            out.refused.extend(exc.problems)
    return out
