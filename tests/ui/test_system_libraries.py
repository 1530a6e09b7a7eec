"""Qt's xcb plugin missing system libraries: named, with the apt and dnf lines, instead of Qt's abort."""
from __future__ import annotations

import subprocess

from ui import launcher, system_libraries

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f95)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f95)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibsomething-new.so.2 => not found
"""


def test_the_missing_libraries_are_read_from_ldd():
    assert system_libraries.missing_libraries(LDD) == [
        "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libsomething-new.so.2"]
    assert system_libraries.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_message_says_what_to_install_on_debian_and_fedora():
    apt, dnf = system_libraries.install_lines(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert apt == "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    assert dnf == "sudo dnf install xcb-util-cursor xcb-util-keysyms xcb-util-wm"


def fake_ldd(output):
    calls = []

    def run(args, **kw):
        calls.append(args)
        return subprocess.CompletedProcess(args, 0, stdout=output, stderr="")
    return run, calls


def test_problem_runs_ldd_on_the_plugin_only_when_xcb_will_be_used():
    run, calls = fake_ldd(LDD)
    text = system_libraries.problem({"DISPLAY": ":0"}, "linux", run)
    assert calls and calls[0][1].endswith("platforms/libqxcb.so")
    assert "libxcb-keysyms.so.1" in text and "sudo apt install libsomething-new.so.2 libxcb-cursor0" in text
    for env, platform in (({"QT_QPA_PLATFORM": "offscreen"}, "linux"), ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
                          ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"), ({"DISPLAY": ":0"}, "darwin"),
                          ({"DISPLAY": ":0"}, "win32")):
        run, calls = fake_ldd(LDD)
        assert system_libraries.problem(env, platform, run) is None and calls == []
    run, calls = fake_ldd(LDD)
    assert system_libraries.problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux", run)
    run, _ = fake_ldd("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n")
    assert system_libraries.problem({"DISPLAY": ":0"}, "linux", run) is None


def test_ldd_failing_is_no_verdict():
    def broken(args, **kw):
        raise OSError("no ldd")
    assert system_libraries.problem({"DISPLAY": ":0"}, "linux", broken) is None


def test_the_launcher_says_it_before_qt_aborts(monkeypatch, capsys):
    monkeypatch.setattr(launcher.QApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(system_libraries, "problem", lambda: system_libraries.message(["libxcb-cursor.so.0"]))
    assert launcher.run("sqlite:///never-opened.db") == 2
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "sudo apt install libxcb-cursor0" in err
