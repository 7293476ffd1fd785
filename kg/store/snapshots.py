"""Snapshots of an on-disk store that readers open while a writer writes.

RocksDB (under Oxigraph) allows one read-write instance of a directory; a
read-only instance of a directory that a writer changes is undefined
behaviour (its compactions delete files the reader has not opened yet), and
pyoxigraph 0.5 has no secondary instances.  So readers never open the
writer's directory.  The writer publishes checkpoints instead
(``Store.backup``: hard links to RocksDB's immutable table files, 20 ms on a
flushed store, 0.1–0.2 s with a flush) and readers open the newest one
read-only::

    DIR/                     the writer's database, DIR/kg.lock held by the writer
    DIR/kg.dirty             written since the last snapshot (a crash may leave it)
    DIR/kg.snapshots/CURRENT the name of the newest snapshot (replaced atomically)
    DIR/kg.snapshots/NAME/   a checkpoint; readers hold a shared lock on NAME/readers.lock

A snapshot nobody reads any more is deleted by the writer's next publish (it
takes the exclusive lock first, so a reader's snapshot never disappears).
:func:`version` is one ``stat``: a reader compares it to decide to reopen.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from pathlib import Path

ROOT = "kg.snapshots"
DIRTY = "kg.dirty"
POINTER = "CURRENT"
READERS = "readers.lock"


def root(path: str | os.PathLike) -> Path:
    return Path(path) / ROOT


def version(path: str | os.PathLike):
    """A value that changes whenever a snapshot is published (None before the first)."""
    try:
        st = os.stat(root(path) / POINTER)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def current(path: str | os.PathLike) -> str | None:
    """The name of the newest snapshot, None when there is none."""
    try:
        name = (root(path) / POINTER).read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    return name or None


def mark_dirty(path: str | os.PathLike) -> None:
    """Note that the database holds writes no snapshot has yet (before the first of them)."""
    fd = os.open(Path(path) / DIRTY, os.O_WRONLY | os.O_CREAT, 0o644)
    os.close(fd)


def is_dirty(path: str | os.PathLike) -> bool:
    return (Path(path) / DIRTY).exists()


def publish(engine, path: str | os.PathLike) -> str:
    """Checkpoint ``engine`` (the writer's open store at ``path``) as the newest snapshot.

    Clears the dirty mark and deletes older snapshots no reader holds.
    """
    base = root(path)
    base.mkdir(exist_ok=True)
    previous = current(path)
    name = f"{time.time_ns():020d}"
    if previous and name <= previous:
        name = f"{int(previous) + 1:020d}"
    tmp = base / f"{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    engine.backup(str(tmp))
    os.rename(tmp, base / name)
    pointer = base / f"{POINTER}.tmp"
    pointer.write_text(name + "\n", encoding="ascii")
    os.replace(pointer, base / POINTER)
    try:
        os.unlink(Path(path) / DIRTY)
    except FileNotFoundError:
        pass
    collect(path, keep=name)
    return name


def collect(path: str | os.PathLike, *, keep: str) -> None:
    """Delete snapshots but ``keep`` that no reader holds, and leftovers of interrupted publishes."""
    base = root(path)
    for entry in base.iterdir():
        if entry.name == keep or not entry.is_dir():
            continue
        if entry.name.endswith((".tmp", ".trash")):
            shutil.rmtree(entry, ignore_errors=True)
            continue
        try:
            fd = os.open(entry / READERS, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue  # a reader has it open: deleted by a later publish
        try:
            trash = base / f"{entry.name}.trash"
            os.rename(entry, trash)
            shutil.rmtree(trash, ignore_errors=True)
        finally:
            os.close(fd)


class Held:
    """A snapshot directory held open for reading (a shared lock that stops its deletion)."""

    def __init__(self, directory: Path, fd: int, version):
        self.directory = directory
        self.version = version
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    def __del__(self):
        self.release()


def _open_lock(directory: Path) -> int | None:
    """A descriptor to lock ``directory`` with (None when it is gone)."""
    attempts = ((directory / READERS, os.O_RDWR | os.O_CREAT),
                (directory / READERS, os.O_RDONLY),  # a read-only file system: locks still work
                (directory, os.O_RDONLY))
    for target, flags in attempts:
        try:
            return os.open(target, flags, 0o644)
        except FileNotFoundError:
            if target == directory:
                return None
        except OSError:
            continue
    return None


def hold(path: str | os.PathLike) -> Held | None:
    """Hold the newest snapshot for reading; None when there is none (or it was just replaced)."""
    before = version(path)
    name = current(path)
    if name is None:
        return None
    directory = root(path) / name
    fd = _open_lock(directory)
    if fd is None:
        return None  # deleted meanwhile: a newer one is current
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    if not (directory / "CURRENT").exists():  # renamed away before we locked it
        os.close(fd)
        return None
    return Held(directory, fd, before)
