"""Entry point of ``prorata``. No subcommand opens the GUI.

Each subcommand lives in its own module under app/cli/ with
``register(subparsers)``; the handler it sets as ``func`` takes
``(args, ctx)`` and returns the exit status. A ``ProrataError`` becomes its
messages on stderr and exit status 2; no traceback for a user's mistake.

A command builds the parsers of the modules that add to it (``MODULE_COMMANDS``);
``--help`` and anything unknown build the whole parser. So a command module
imports at its top only what its parser needs (argparse, light constants)
and imports services, models and storage inside its handlers. A description
or a list of choices that needs a heavy module is given lazily
(``Parser``, ``LazyChoices``). tests/test_cli_startup.py keeps it so.
"""
from __future__ import annotations

import argparse
import functools
import gc
import importlib
import os
import shutil
import sys
from typing import Callable, Iterator, Sequence

from app import __version__
from app.cli.context import Context
from app.errors import ProrataError

# Each command module and the commands it adds to, in the order they are registered. A command given first
# (``prorata resellers list``) gets a parser of its modules alone: building every command's (some 150
# parsers, 900 arguments) takes some 15 ms of each start. tests/test_cli_startup.py checks the commands
# named here against what each module registers.
MODULE_COMMANDS: dict[str, tuple[str, ...]] = {
    "app.cli.db_commands": ("db",),
    "app.cli.bundle_commands": ("import", "export", "import-csv"),
    "app.cli.demo_command": ("demo",),
    "app.cli.search_command": ("search",),
    "app.cli.currency_commands": ("currencies",),
    "app.cli.billing_commands": ("bill",),
    "app.cli.schedule_commands": ("schedule",),
    "app.cli.invoice_commands": ("invoices",),
    "app.cli.settings_commands": ("settings",),
    "app.cli.catalogue_commands": ("services", "plans", "extras"),
    "app.cli.price_commands": ("prices",),
    "app.cli.audit_command": ("audit",),
    "app.cli.tenant_commands": ("resellers", "companies", "users"),
    "app.cli.explain_command": ("explain",),
    "app.cli.change_commands": ("changes", "company"),
    "app.cli.payment_commands": ("payments", "accounts", "aging"),
    "app.cli.collection_commands": ("processors", "cards", "mandates", "debit", "payouts"),
    "app.cli.move_commands": ("user",),
    "app.cli.staff_commands": ("staff",),
    # after invoice_commands: it adds `invoices pdf`
    "app.cli.document_commands": ("invoices", "pdf", "templates"),
    "app.cli.review_commands": ("review",),
    "app.cli.delivery_commands": ("smtp", "send", "post", "delivery"),
    # after invoice_commands and delivery_commands: `invoices xml|send|...`
    "app.cli.invoice_delivery_commands": ("invoices",),
}
COMMAND_MODULES = list(MODULE_COMMANDS)


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


def whole_number(text: str) -> int:
    """An argument's ``type`` for a count (``--limit N``, ``--offset N``): a whole number, 0 or more."""
    try:
        value = int(text) if text.strip().isascii() else int("x")  # int() reads "٣" as 3
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (default: PRORATA_DB_URL, else SQLite in the user data folder)")
    parser.add_argument("--upgrade", action="store_true", default=argparse.SUPPRESS,
                        help="apply pending schema migrations without asking")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; given ``command``, of the modules that add to it alone (``MODULE_COMMANDS``)."""
    _remember_argparse_words()
    parser = Parser(
        prog="prorata",
        description="Prorata: billing console for hosting providers. Without a command, opens the window.")
    parser.add_argument("--version", action=_BrandVersion)  # the build's brand (app/branding.py)
    add_db_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        if command is None or command in MODULE_COMMANDS[name]:
            importlib.import_module(name).register(sub)
    return parser


def _command_first(argv: Sequence[str]) -> str | None:
    """The command ``argv`` starts with (after any ``--db URL`` and ``--upgrade``), if it is one; else None.

    Whatever else comes first (``--help``, ``--version``, a misspelt command) gets the parser of every command,
    so that help and errors list them all."""
    i = 0
    while i < len(argv) and (argv[i] in ("--db", "--upgrade") or argv[i].startswith("--db=")):
        i += 2 if argv[i] == "--db" else 1
    known = {c for commands in MODULE_COMMANDS.values() for c in commands}
    return argv[i] if i < len(argv) and argv[i] in known else None


class UsageError(ProrataError):
    pass


def _refused(exc: ProrataError) -> int:
    from app.translation import environment_language, translator

    for line in exc.messages(translator(environment_language())):
        print(f"prorata: error: {line}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    # Run as the ``prorata`` process (no argv given; tests pass theirs): start-up makes some 300,000 objects that
    # live until exit (SQLAlchemy, the models, the parser), which the cyclic garbage collector would walk again
    # and again while they are made and once more at exit, a quarter of a short command's time. It is off until
    # the command has opened its database (``Context.engine``, ``reader``), then on with those objects frozen
    # out of its walks; at exit the rest are frozen too.
    process = argv is None
    if process:
        gc.disable()
    parser = build_parser(_command_first(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    ctx = Context(db=getattr(args, "db", None), upgrade=getattr(args, "upgrade", False), collector_paused=process)
    try:
        if args.command is None:
            # The GUI is the one place the core hands over to ui/; imported late
            # so that app/ stays free of Qt.
            gui = importlib.import_module("ui.launcher")
            ctx.start_up_done()  # the window runs for hours: with the garbage collector on
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
        if process:
            gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
