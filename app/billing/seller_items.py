"""A recurring extra is its seller's own item: it ends with the company's next move to another seller.

The one rule billing (``app.billing.lines``, ``app.billing.billable``) and the company's state
(``app.company_state``: the change dialog, the company view, the checks of new changes) both read:

- a day changes the company's seller when its moves, taken together, leave the company with another seller
  than it had at the start of the day (``day_changes_seller``): a move and its undo (the move back, dated like
  it) change nothing;
- a recurring extra ends at the first such day after its first day, from the start of that day (``ends_on``):
  the seller left bills it up to the day before, the new seller never bills it. An extra that starts on the
  move's day is the new seller's own.

No event is written for the end: it follows from the move, and the move's undo gives the extra back.

Pure functions, no other import from Prorata (``app.company_state`` imports this module).
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Hashable, Iterable, Sequence


def day_changes_seller(before: Hashable | None, moved_to: Sequence[Hashable]) -> bool:
    """Whether the moves of one day, ``moved_to`` (the sellers moved to, in order), leave the company with
    another seller than ``before``, its seller at the start of the day.

    ``before`` None (a caller that does not know the seller at signup, on the day of the first move): one move
    changes it (a move always goes to another seller), and so do several ending with the seller the first went
    to; otherwise the moves may be a move and its undo, and are counted as changing nothing (such a caller then
    shows an extra as running that billing, which knows the seller, has ended: it errs on the strict side)."""
    if not moved_to:
        return False
    if before is not None:
        return moved_to[-1] != before
    return len(moved_to) == 1 or moved_to[-1] == moved_to[0]


def ends_on(since: date, change_day: date) -> bool:
    """Whether a seller change on ``change_day`` ends a recurring extra whose first day is ``since``: it began
    before (one that begins on the move's day is the new seller's)."""
    return since < change_day


def seller_changes(events: Iterable, first_seller: Hashable | None) -> tuple[date, ...]:
    """The days, in order, from which a company has another seller than the day before, its moves of each day
    taken together (``events`` in effective order; the seller is ``first_seller`` until the first move). A move
    and its undo dated the same day change nothing. A company that never moved has none."""
    out: list[date] = []
    was = first_seller
    day = None
    moved: list = []
    for e in events:
        if e.type != "move" or not e.code:
            continue
        if day is not None and e.date != day:
            if day_changes_seller(was, moved):
                out.append(day)
            was = moved[-1]
            moved = []
        day = e.date
        moved.append(e.code)
    if day is not None and day_changes_seller(was, moved):
        out.append(day)
    return tuple(out)


def runs(extra, changes: tuple[date, ...], day: date) -> bool:
    """Whether the recurring extra ``extra`` (a ``RecurringExtra`` of the state) is billed on ``day``: it is
    the seller's own item, so it ends at the first of the seller ``changes`` after its first day
    (``ends_on``)."""
    if not changes:
        return True
    i = bisect_right(changes, extra.since)  # the first change that ends it: changes[i] > since
    return i == len(changes) or changes[i] > day
