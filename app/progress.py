"""The shape of long work in the core: a progress callback and a cancel check.

``progress(done, total, message)`` reports; ``cancelled()`` is polled between
units of work. The UI adapts both to a worker thread and queued signals.
"""
from __future__ import annotations

from typing import Callable

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def no_progress(done: int, total: int, message: str) -> None:
    """The default: report nothing."""


def not_cancelled() -> bool:
    return False
