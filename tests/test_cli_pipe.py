"""The CLI stops quietly when its reader goes away (`prorata invoices list | head`)."""
from __future__ import annotations

import subprocess
import sys

# A command whose output finds the pipe closed: what `print` raises when `head` has exited.
SCRIPT = """
import sys
import app.cli.invoice_commands as commands
def closed_pipe(args, ctx):
    raise BrokenPipeError(32, "Broken pipe")
commands._list = closed_pipe
from app.cli.main import main
sys.exit(main(["--db", sys.argv[1], "invoices", "list"]))
"""


def test_a_closed_pipe_ends_the_command_without_a_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-c", SCRIPT, f"sqlite:///{tmp_path / 'x.db'}"],
                          capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stderr) == (141, "")
