"""``prorata demo --companies 100000`` on SQLite: time and peak memory.

Targets: under 60 s and under 1 GB for 100,000 companies (about 400,000 users
and 2,000,000 events) on a fresh SQLite file. The file is then kept as
bench/out/demo-100k.db (seed 1, today ``bench.demo_db.TODAY``), the database
the other benchmarks reuse rather than build again.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from app.demo import generate
from app.storage import schema
from app.storage.engine import make_engine
from bench.demo_db import OUT, TODAY
from bench.report import figure, peak_memory_mb

COMPANIES = 100_000


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        engine = make_engine(f"sqlite:///{path}")
        schema.upgrade(engine)  # not timed: an empty, migrated database is where the demo starts
        start = time.perf_counter()
        summary = generate(engine, COMPANIES, seed=1, today=TODAY)
        seconds = time.perf_counter() - start
        engine.dispose()  # the last connection checkpoints the WAL into the file
        print(f"  ({summary.text()}; {path.stat().st_size / 2**20:,.0f} MiB)")
        figure(f"demo --companies {COMPANIES} (SQLite)", seconds, "s", 60)
        figure("peak memory", peak_memory_mb(), "MB", 1024)
        OUT.mkdir(parents=True, exist_ok=True)
        kept = OUT / "demo-100k.db"
        partial = kept.with_suffix(".tmp")
        shutil.copyfile(path, partial)
        for suffix in ("-wal", "-shm"):
            Path(str(kept) + suffix).unlink(missing_ok=True)
        partial.replace(kept)
        print(f"  (kept as {kept.relative_to(Path(__file__).parent.parent)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
