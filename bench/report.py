"""How a benchmark prints a figure: the value beside its target."""
from __future__ import annotations

import resource
import sys


def peak_memory_mb(*, children: bool = False) -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB); ``children``: of the largest of
    its finished child processes (billing workers)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF).ru_maxrss / 1024


def figure(name: str, value: float, unit: str, target: float, *, lower_is_better: bool = True) -> bool:
    ok = value <= target if lower_is_better else value >= target
    mark = "ok" if ok else "MISSED"
    cmp = "<" if lower_is_better else ">"
    print(f"  {name:<58} {value:>10.3f} {unit:<3} target {cmp} {target:g} {unit}  [{mark}]")
    sys.stdout.flush()
    return ok
