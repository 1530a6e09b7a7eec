"""Run every benchmark module in its own process and print the figures.

Usage: ``python -m bench [NAME ...]`` (names without the ``bench_`` prefix).
Each module is a script with a ``main()`` that prints its figures with
``bench.report.figure``. Results print as they come; the exit status is 1 when
any figure missed its target.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if argv:
        modules = [m for m in modules if m.removeprefix("bench_") in argv]
    missed = False
    for mod in modules:
        print(f"{mod.removeprefix('bench_')}:", flush=True)
        proc = subprocess.run([sys.executable, "-m", f"bench.{mod}"], cwd=HERE.parent,
                              stdout=subprocess.PIPE, text=True)
        sys.stdout.write(proc.stdout)
        if proc.returncode != 0 or "[MISSED]" in proc.stdout:
            missed = True
            if proc.returncode != 0:
                print(f"  (exited with status {proc.returncode})")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
