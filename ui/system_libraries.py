"""Before the window opens on X11: are the system libraries Qt's xcb platform plugin needs installed?

Without them Qt aborts with "Could not load the Qt platform plugin "xcb"" and a core dump, which says
nothing a clerk can act on. ``problem()`` runs ``ldd`` on the plugin that ships with PySide6
(``PySide6/Qt/plugins/platforms/libqxcb.so``) and, when libraries are "not found", returns a message
naming them with the apt and dnf lines that install them. It stays silent whenever it cannot tell (not
Linux, another platform chosen, a Wayland session, no ldd, no plugin): Qt then speaks for itself.

No Qt here: it runs before any QApplication exists.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora/RHEL package)
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "mesa-libEGL"),
    "libGL.so.1": ("libgl1", "mesa-libGL"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found\s*$", re.MULTILINE)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports "not found", each once, in its order."""
    seen: dict[str, None] = {}
    for name in _NOT_FOUND.findall(ldd_output):
        seen.setdefault(name, None)
    return list(seen)


def install_lines(missing: list[str]) -> tuple[str, str]:
    """The apt and dnf command lines that install ``missing`` (a library not in PACKAGES is named as is)."""
    apt = sorted({PACKAGES.get(m, (m, m))[0] for m in missing})
    dnf = sorted({PACKAGES.get(m, (m, m))[1] for m in missing})
    return "sudo apt install " + " ".join(apt), "sudo dnf install " + " ".join(dnf)


def message(missing: list[str]) -> str:
    apt, dnf = install_lines(missing)
    return ("Prorata's window cannot open: Qt needs these system libraries, which are not installed:\n"
            + "".join(f"  {m}\n" for m in missing)
            + f"\nOn Debian or Ubuntu:\n  {apt}\nOn Fedora or RHEL:\n  {dnf}\n"
            "\nThen start Prorata again. The command line works without them (prorata --help).")


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, if this installation has one."""
    try:
        import PySide6  # the package only: no Qt library is loaded
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.is_file() else None


def will_use_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will load the xcb plugin: Linux, and X11 chosen or left to Qt outside a Wayland session."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def problem(environ=os.environ, platform: str = sys.platform, run=subprocess.run) -> str | None:
    """The message to show instead of Qt's abort, or None when nothing is missing (or it cannot tell)."""
    if not will_use_xcb(environ, platform):
        return None
    plugin, ldd = xcb_plugin(), shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    try:
        done = run([ldd, str(plugin)], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    missing = missing_libraries(done.stdout or "")
    return message(missing) if missing else None
