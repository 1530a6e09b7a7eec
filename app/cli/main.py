"""Entry point of ``prorata``. No subcommand opens the GUI.

Each subcommand lives in its own module under app/cli/ with
``register(subparsers)``; the handler it sets as ``func`` takes
``(args, ctx)`` and returns the exit status. A ``ProrataError`` becomes its
messages on stderr and exit status 2; no traceback for a user's mistake.

Every command, even ``--help``, builds the whole parser, so a command module
imports at its top only what its parser needs (argparse, light constants)
and imports services, models and storage inside its handlers. A description
or a list of choices that needs a heavy module is given lazily
(``Parser``, ``LazyChoices``). tests/test_cli_startup.py keeps it so.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import os
import shutil
import sys
from typing import Callable, Iterator, Sequence

from app import __version__
from app.cli.context import Context
from app.errors import ProrataError

COMMAND_MODULES = [
    "app.cli.db_commands",
    "app.cli.bundle_commands",
    "app.cli.demo_command",
    "app.cli.search_command",
    "app.cli.currency_commands",
    "app.cli.billing_commands",
    "app.cli.schedule_commands",
    "app.cli.invoice_commands",
    "app.cli.settings_commands",
    "app.cli.catalogue_commands",
    "app.cli.price_commands",
    "app.cli.audit_command",
    "app.cli.tenant_commands",
    "app.cli.explain_command",
    "app.cli.change_commands",
    "app.cli.payment_commands",
    "app.cli.collection_commands",
    "app.cli.move_commands",
    "app.cli.staff_commands",
    "app.cli.document_commands",  # after invoice_commands: it adds `invoices pdf`
    "app.cli.review_commands",
    "app.cli.delivery_commands",
    "app.cli.invoice_delivery_commands",  # after invoice_commands and delivery_commands: `invoices xml|send|...`
]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose ``description`` may be a function, called only when the help is shown.

    Building the parser of every command (some 700 arguments) is most of ``prorata --help``: argparse
    measures the terminal for each argument (``_get_formatter``) and looks its own words up in gettext's
    catalogs each time; both answers are the same for the whole process, so they are asked once."""

    def _get_formatter(self) -> argparse.HelpFormatter:
        return self.formatter_class(prog=self.prog, width=_help_width())

    def format_help(self) -> str:
        if callable(self.description):
            self.description = self.description()
        return super().format_help()


@functools.lru_cache(maxsize=None)
def _help_width() -> int:
    """The width argparse gives help text: the terminal's, less two (as ``HelpFormatter`` works it out)."""
    return shutil.get_terminal_size().columns - 2


def _remember_argparse_words() -> None:
    """argparse's own gettext lookups (``argparse._``), remembered: each one searches the locale folders."""
    if not hasattr(argparse._, "cache_info"):
        argparse._ = functools.lru_cache(maxsize=None)(argparse._)


class LazyChoices:
    """The choices of an argument, loaded when a value is checked or the help shown, not when the parser is built.

    ``load`` returns the sequence (such as a module's constant, imported inside ``load``). Give the argument a
    ``metavar``: without one argparse lists the choices while the parser is built; ``%(choices)s`` in its help
    lists them when the help is shown.
    """

    def __init__(self, load: Callable[[], Sequence[str]]) -> None:
        self._load = load

    def __contains__(self, value: object) -> bool:
        return value in self._load()

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())


class _BrandVersion(argparse._VersionAction):
    """``--version``: the brand's name and Prorata's version, read only when asked (a broken brand file: exit 2)."""

    def __call__(self, parser, namespace, values, option_string=None):
        from app import branding

        try:
            line = branding.current().version_line()
        except ProrataError as exc:
            parser.exit(_refused(exc))
        print(line)  # as written: argparse's own version action would wrap it at the terminal's width
        parser.exit()


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (default: PRORATA_DB_URL, else SQLite in the user data folder)")
    parser.add_argument("--upgrade", action="store_true", default=argparse.SUPPRESS,
                        help="apply pending schema migrations without asking")


def build_parser() -> argparse.ArgumentParser:
    _remember_argparse_words()
    parser = Parser(
        prog="prorata",
        description="Prorata: billing console for hosting providers. Without a command, opens the window.")
    parser.add_argument("--version", action=_BrandVersion)  # the build's brand (app/branding.py)
    add_db_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


class UsageError(ProrataError):
    pass


def _refused(exc: ProrataError) -> int:
    from app.translation import environment_language, translator

    for line in exc.messages(translator(environment_language())):
        print(f"prorata: error: {line}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(db=getattr(args, "db", None), upgrade=getattr(args, "upgrade", False))
    try:
        if args.command is None:
            # The GUI is the one place the core hands over to ui/; imported late
            # so that app/ stays free of Qt.
            gui = importlib.import_module("ui.launcher")
            return gui.run(ctx.url, upgrade=ctx.upgrade)
        return int(args.func(args, ctx) or 0)
    except ProrataError as exc:
        return _refused(exc)
    except KeyboardInterrupt:
        print("prorata: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`prorata invoices list | head`): stop quietly, as Unix tools do.
        # Standard output is pointed at /dev/null so that Python's own flush at exit stays silent.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        from app.storage.faults import described

        fault = described(exc, ctx.url)  # a database fault is the user's to fix: a sentence, exit 2
        if fault is None:
            raise
        return _refused(fault)
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
