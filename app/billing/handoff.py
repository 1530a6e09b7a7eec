"""Where a billing run's worker processes leave the batches they computed for the writer to read.

A batch is megabytes; handed over through the pool's pipe, it would pass 64 KiB at a time, each read by a
thread of the writer's process that must first take the interpreter's lock from the writer (up to 5 ms a
time): the writer would wait for batches long made. A worker writes it to a file instead; the writer reads it
in one go and removes it.

The folder is the run's own (readable by its user only), in memory (/dev/shm) where the system has one with
room for every batch that may wait there at once, else in the temporary folder. It is removed when the run
ends, however it ends; one left by a run whose process was killed is removed by the next run.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

PREFIX = "prorata-run-"
IN_MEMORY = Path("/dev/shm")
ROOM_PER_BATCH = 16 * 2**20  # a batch of 1,000 companies is 2-5 MiB


def make(batches_waiting: int) -> str:
    """A new folder for a run in which up to ``batches_waiting`` batches may wait at once."""
    base = _base(batches_waiting)
    _remove_orphans(base)
    return tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base)


def remove(folder: str) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _base(batches_waiting: int) -> str | None:
    try:
        room = os.statvfs(IN_MEMORY)
    except OSError:  # no such place (Windows, macOS)
        return None
    if room.f_bavail * room.f_frsize < batches_waiting * ROOM_PER_BATCH or not os.access(IN_MEMORY, os.W_OK):
        return None
    return str(IN_MEMORY)


def _remove_orphans(base: str | None) -> None:
    """This user's folders of runs whose process is gone (killed: it could not remove its own). POSIX only
    (elsewhere asking whether a process lives would end it; packaged builds there run without workers)."""
    if os.name != "posix":
        return
    for folder in Path(base or tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = folder.name[len(PREFIX):].split("-", 1)[0]
        try:
            mine = folder.stat().st_uid == os.getuid()
        except OSError:
            continue
        if pid.isdigit() and mine and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks
    except ProcessLookupError:
        return False
    except OSError:
        return True  # cannot tell: left alone
    return True
