"""A company's billing schedule: its next boundaries, and changes of its term or billing day.

A change is a dated event (``term`` with the term in ``code``; ``billing_day``
with the day 1-31 in ``quantity``, 0 for the anniversary) that takes effect at
the company's first boundary on or after its date; the service records it
dated at that boundary, so that the event says when it applies. A boundary
already billed cannot move: a change that would take effect there is refused.
Without a date, a change takes effect at the first boundary on or after today
that is not billed yet.

Runs on whatever thread holds the session; the caller's unit of work commits.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing.context import company_key, load_companies
from app.billing.periods import (BILLING_DAY_EVENT, MONTHLY, TERM_EVENT, TERM_MONTHS, Schedule, Span, Term,
                                 effective_day)
from app.bundle import fields as f
from app.bundle.fields import Problems
from app.company_state import CompanyState, Event
from app.errors import ProrataError
from app.models import BilledPeriod, CompanyEvent
from app.services import audit

_TERM_OF_MONTHS = {m: t for t, m in TERM_MONTHS.items()}
ANNIVERSARY = "anniversary"
_UNSAVED = 1 << 62  # a previewed change's place: after every recorded one


@dataclass(frozen=True)
class Period:
    """One billing period of the schedule, as shown."""

    start: date
    end: date  # exclusive: the next boundary
    term: str
    billing_day: int  # the day B it ends on (before clamping in short months)
    days: int
    term_days: int  # days of the whole term: a share below 1 only after a billing-day change

    @classmethod
    def of(cls, span: Span) -> "Period":
        return cls(span.start, span.end, _TERM_OF_MONTHS[span.months], span.b, span.days, span.term_days)

    def as_json(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "term": self.term,
                "billing_day": self.billing_day, "days": self.days, "term_days": self.term_days}


@dataclass(frozen=True)
class ScheduleChange:
    """A recorded change: where it takes effect and the period that starts there."""

    company: str
    change: str  # term | billing_day
    value: str | int | None  # the term, or the day (None: the anniversary)
    effective: date  # the boundary where it takes effect (the event's date)
    period: Period  # the period that starts there (the transition period)

    def as_json(self) -> dict:
        return {"company": self.company, "change": self.change,
                "value": ANNIVERSARY if self.value is None else self.value,
                "effective": self.effective.isoformat(), "period": self.period.as_json()}


def check_term(term: object, where: str = "term") -> str:
    """A billing term's name (``periods.Term``), or ``ProrataError``."""
    probs = Problems()
    value = f.choice(term, where, probs, Term)
    probs.raise_if_any()
    return value


def check_billing_day(day: object, where: str = "billing_day") -> int | None:
    """A day 1-31, or None / ``"anniversary"`` for the anniversary; else ``ProrataError``."""
    if day is None:
        return None
    probs = Problems()
    value = f.billing_day(day, where, probs)
    probs.raise_if_any()
    return value


def _last_billed(session: Session, company_id: int) -> date | None:
    return session.scalar(select(func.max(BilledPeriod.boundary))
                          .where(BilledPeriod.customer_key == company_key(company_id)))


def upcoming(session: Session, company_code: str, count: int = 6, today: date | None = None) -> list[Period]:
    """The company's next ``count`` periods not billed yet: from its first boundary on or after ``today``, or,
    when that one is billed already (billed in advance, a period is billed at its start), from the boundary
    after the last one billed."""
    company = load_companies(session, company_code)[0]
    schedule = company.schedule
    p = schedule.boundary_on_or_after(today or date.today())
    last = _last_billed(session, company.id)
    if last is not None and p <= last:
        p = schedule.next_boundary(last)
    out = []
    for _ in range(count):
        span = schedule.span_from(p)
        out.append(Period.of(span))
        p = span.end
    return out


def period_on(session: Session, company_code: str, day: date | None = None) -> Period:
    """The company's billing period that holds ``day`` (default today): how it is billed now."""
    return Period.of(load_companies(session, company_code)[0].schedule.span_from(day or date.today()))


def change_term(session: Session, company_code: str, term: str, on: date | None = None) -> ScheduleChange:
    """Bill the company for ``term`` (monthly, quarterly, half_yearly, yearly) from its first boundary on or
    after ``on``; the period that starts there spans the new term."""
    term = check_term(term)
    return _change(session, company_code, TERM_EVENT, term, on)


def change_billing_day(session: Session, company_code: str, day: int | None, on: date | None = None
                       ) -> ScheduleChange:
    """Bill the company on ``day`` (1-31; None: its signup's anniversary) from its first boundary on or after
    ``on``; the period that starts there runs to the new day and is billed pro rata by days."""
    day = check_billing_day(day)
    return _change(session, company_code, BILLING_DAY_EVENT, day, on)


def preview_term(session: Session, company_code: str, term: str, on: date | None = None) -> ScheduleChange:
    """What ``change_term`` would record (where it takes effect, the period that starts there), or its
    refusal; writes nothing. For a form that says the date before the clerk saves."""
    return _change(session, company_code, TERM_EVENT, check_term(term), on, write=False)


def preview_billing_day(session: Session, company_code: str, day: int | None, on: date | None = None
                        ) -> ScheduleChange:
    """What ``change_billing_day`` would record, or its refusal; writes nothing."""
    return _change(session, company_code, BILLING_DAY_EVENT, check_billing_day(day), on, write=False)


def _change(session: Session, code: str, kind: str, value, on: date | None, *, write: bool = True
            ) -> ScheduleChange:
    company = load_companies(session, code)[0]
    schedule = company.schedule
    last = _last_billed(session, company.id)
    effective = schedule.boundary_on_or_after(on or date.today())
    if last is not None and effective <= last:
        if on is not None:
            raise ProrataError.of("schedule_change_billed", what=kind.replace("_", " "), date=on.isoformat(),
                                  boundary=effective.isoformat(),
                                  next=schedule.next_boundary(last).isoformat())
        effective = schedule.next_boundary(last)
    event = Event(effective, kind, code=value if kind == TERM_EVENT else None,
                  quantity=(value or 0) if kind == BILLING_DAY_EVENT else None)
    CompanyState(company.currency).apply(event, {})  # the rule book's check, as for an import
    if not write:  # placed after every recorded change, as saving it would place it
        return _outcome(company, kind, value, effective, event._replace(seq=_UNSAVED))
    before_span = schedule.span_before(effective)
    before = {"term": _TERM_OF_MONTHS[before_span.months]} if kind == TERM_EVENT else {
        "billing_day": _day_shown(company, schedule, before_span)}
    row = CompanyEvent(company_id=company.id, reseller_id=company.reseller_id, date=effective, type=kind,
                       code=event.code, quantity=event.quantity, recorded_by=audit.current_actor(session))
    session.add(row)
    session.flush()
    change = _outcome(company, kind, value, effective, event._replace(seq=row.id))
    after = {kind: ANNIVERSARY if value is None else value, "from": effective.isoformat(),
             "period": change.period.as_json()}
    audit.record(session, "set", f"company_{kind}", company.code, before=before, after=after,
                 reseller_id=company.reseller_id)
    return change


def _outcome(company, kind: str, value, effective: date, event: Event) -> ScheduleChange:
    """The change and the period that starts where it takes effect."""
    after_schedule = Schedule(company.signup, company.billing_day, company.term, list(company.changes) + [event])
    return ScheduleChange(company.code, kind, value, effective, Period.of(after_schedule.span_from(effective)))


def _day_shown(company, schedule: Schedule, span: Span) -> int | str:
    """The billing day in force before a change, as a person wrote it (the anniversary by name)."""
    b = span.b if span.b is not None else schedule.b
    day = company.billing_day
    for e in company.changes:
        if e.type == BILLING_DAY_EVENT and e.date <= span.start:
            day = e.quantity or None
    if day is None and b == effective_day(None, company.signup):
        return ANNIVERSARY
    return b


__all__ = ["ANNIVERSARY", "MONTHLY", "Period", "ScheduleChange", "change_billing_day", "change_term",
           "check_billing_day", "check_term", "period_on", "preview_billing_day", "preview_term",
           "upcoming"]
