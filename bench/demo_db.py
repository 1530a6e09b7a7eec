"""Demo databases for the benchmarks, built once and kept under bench/out/."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from app.storage import schema
from app.storage.engine import make_engine

OUT = Path(__file__).parent / "out"
TODAY = date(2026, 11, 1)  # fixed, so figures compare across days


def demo_db(companies: int, years: int = 1) -> Path:
    """bench/out/demo-<n>.db (demo-<n>-<years>y.db for a longer history), generated with app.demo.generate
    if missing."""
    from app.demo import generate

    name = "demo-100k" if companies == 100_000 else f"demo-{companies}"
    path = OUT / (f"{name}.db" if years == 1 else f"{name}-{years}y.db")
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        engine = make_engine(f"sqlite:///{tmp}")
        schema.upgrade(engine)
        generate(engine, companies, seed=1, today=TODAY, years=years)
        engine.dispose()
        tmp.rename(path)
    else:  # kept from an older Prorata: brought to the current schema (the run would refuse it)
        engine = make_engine(f"sqlite:///{path}")
        schema.upgrade(engine)
        engine.dispose()
    return path


def working_copy(companies: int, name: str, years: int = 1) -> Path:
    """A throw-away copy of a demo database that a benchmark may change."""
    src = demo_db(companies, years)
    dst = OUT / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copy(src, dst)
    return dst
