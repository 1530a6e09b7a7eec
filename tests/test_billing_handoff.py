"""Where a run's workers leave their batches (app/billing/handoff.py): in memory only with room to spare, the
run's own folder, and folders of killed runs cleared by the next."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.billing import handoff

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX folders and processes")


@posix
def test_in_memory_when_there_is_room_else_the_temporary_folder(tmp_path, monkeypatch):
    memory, temporary = tmp_path / "shm", tmp_path / "tmp"
    memory.mkdir(), temporary.mkdir()
    monkeypatch.setattr(handoff, "IN_MEMORY", memory)
    monkeypatch.setattr(handoff.tempfile, "tempdir", str(temporary))
    free = os.statvfs(memory).f_bavail * os.statvfs(memory).f_frsize
    monkeypatch.setattr(handoff, "ROOM_PER_BATCH", free // 20)
    roomy = Path(handoff.make(10))  # half the free space
    monkeypatch.setattr(handoff, "ROOM_PER_BATCH", free)
    cramped = Path(handoff.make(10))  # ten times the free space
    assert (roomy.parent, cramped.parent) == (memory, temporary)
    assert roomy.name.startswith(f"prorata-run-{os.getpid()}-")
    assert (roomy.stat().st_mode & 0o777) == 0o700  # the run's user's only
    handoff.remove(str(roomy)), handoff.remove(str(cramped))
    assert not roomy.exists() and not cramped.exists()


@posix
def test_a_killed_runs_folder_is_cleared_by_the_next_run(tmp_path, monkeypatch):
    monkeypatch.setattr(handoff, "IN_MEMORY", tmp_path)
    monkeypatch.setattr(handoff, "ROOM_PER_BATCH", 1)
    dead = tmp_path / "prorata-run-999999999-abc"  # beyond any process id
    (dead / "sub").mkdir(parents=True)
    (dead / "3.pickle").write_bytes(b"batch")
    alive = tmp_path / f"prorata-run-{os.getppid()}-def"  # a process that lives: left alone
    alive.mkdir()
    other = tmp_path / "someone-else"
    other.mkdir()
    made = Path(handoff.make(4))
    assert not dead.exists() and alive.exists() and other.exists() and made.exists()
