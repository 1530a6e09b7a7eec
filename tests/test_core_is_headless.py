"""app/ is a library the CLI, scripts and the GUI share: it never imports Qt."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import app


def test_no_app_module_imports_qt():
    names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")
             if ".migrations" not in m.name]
    code = (
        "import importlib, sys\n"
        f"for n in {names!r}: importlib.import_module(n)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(names) > 10
