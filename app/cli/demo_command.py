"""``prorata demo --companies N [--seed S] [--as-of DATE]``: fill an empty database with demo data."""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date

DESCRIPTION = """\
Fill an empty database with a demo hoster, Northwind Hosting: five resellers
(all three billing modes; EUR, USD, GBP and JPY; five languages), a catalogue
of hosted services with prices at every layer, and N companies with about four
users and twenty events each, going back one year from --as-of. The same seed
gives the same data. A database that already holds a hoster, a catalogue or
companies is refused (exit status 2) and left untouched.
"""


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("demo", help="fill an empty database with demo data", description=DESCRIPTION,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--companies", type=_count, default=1000, metavar="N",
                   help="how many companies to make (default 1000; 100000 takes under a minute on SQLite)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    p.add_argument("--as-of", metavar="DATE", default=None,
                   help="the demo's today, YYYY-MM-DD: history runs up to it (default: today)")
    add_db_option(p)
    p.set_defaults(func=run)


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _as_of(text: str | None) -> date | None:
    from app.values.dates import calendar_date

    return None if text is None else calendar_date(text, "--as-of")


class _Reporter:
    """Progress on stderr: the first step, then a line at each quarter, not a line per batch."""

    def __init__(self):
        self.next_quarter = 0
        self.start = time.monotonic()

    def __call__(self, done: int, total: int, message: str) -> None:
        if self.next_quarter == 0:
            self.next_quarter = 1
            print(f"prorata: demo: {total:,} companies: {message}...", file=sys.stderr, flush=True)
        elif total and done < total and done * 4 >= self.next_quarter * total:
            self.next_quarter = done * 4 // total + 1
            print(f"prorata: demo: {message} ({time.monotonic() - self.start:.0f} s)", file=sys.stderr, flush=True)


def run(args, ctx) -> int:
    from app.demo import generate

    today = _as_of(args.as_of)
    engine = ctx.engine()
    summary = generate(engine, args.companies, seed=args.seed, today=today, progress=_Reporter())
    print(f"demo data written: {summary.text()}")
    return 0
