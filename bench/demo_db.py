"""Demo databases for the benchmarks, built once and kept under bench/out/."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from app.storage import schema
from app.storage.engine import make_engine

OUT = Path(__file__).parent / "out"
TODAY = date(2026, 11, 1)  # fixed, so figures compare across days


def demo_db(companies: int) -> Path:
    """bench/out/demo-<n>.db, generated with app.demo.generate if missing."""
    from app.demo import generate

    name = "demo-100k.db" if companies == 100_000 else f"demo-{companies}.db"
    path = OUT / name
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        engine = make_engine(f"sqlite:///{tmp}")
        schema.upgrade(engine)
        generate(engine, companies, seed=1, today=TODAY)
        engine.dispose()
        tmp.rename(path)
    return path


def working_copy(companies: int, name: str) -> Path:
    """A throw-away copy of a demo database that a benchmark may change."""
    src = demo_db(companies)
    dst = OUT / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copy(src, dst)
    return dst
