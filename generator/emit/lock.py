"""One run at a time per output folder: an exclusive lock, held for the run, that a waiting run
can name and give up on.

The lock is a ``flock`` on the folder that holds the output folder (where publication builds and
swaps its trees), so it writes no file; where a folder cannot be locked (NFS emulates flock with
POSIX locks, which need a file open for writing), a lock file beside the output folder is used.
The kernel releases it when the holder dies. Processes forked while it is held (black's workers)
close their copy at once, so they never keep it after their parent is gone.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

WAIT_SECONDS = 300.0  # how long a run waits for another one by default (``--wait``)
_HELD: set[int] = set()  # the descriptors of the locks this process holds


def _forget_in_child() -> None:
    for fd in _HELD:
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()


os.register_at_fork(after_in_child=_forget_in_child)


class LockTimeout(OSError):
    """Another run held the lock for longer than this one would wait."""


@contextlib.contextmanager
def locked(out_dir: Path, shown: str, wait: float = WAIT_SECONDS, say: Callable[[str], None] = print) -> Iterator[None]:
    """Hold the output folder's lock for the duration of a run. When another run holds it, ``say``
    which process that is, wait up to ``wait`` seconds, then raise :class:`LockTimeout`."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    fd = _open(out_dir)
    try:
        if not _take(fd):
            holder = holder_of(fd)
            who = f"pid {holder}" if holder else "another process"
            say(f"{shown}: waiting for the run that holds its lock ({who}), for up to {wait:g} s")
            deadline = time.monotonic() + wait
            while not _take(fd):
                if time.monotonic() >= deadline:
                    message = f"another run ({who}) holds the lock; gave up after {wait:g} s"
                    raise LockTimeout(errno.ETIMEDOUT, message, shown)
                time.sleep(0.05)
        _HELD.add(fd)
        yield
    finally:
        _HELD.discard(fd)
        os.close(fd)  # releases the lock


def _open(out_dir: Path) -> int:
    """A descriptor to lock: the folder that holds ``out_dir``, else a lock file beside it."""
    fd = os.open(out_dir.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
    except BlockingIOError:
        pass  # held by another run: the folder can be locked
    except OSError:
        os.close(fd)
        fd = os.open(out_dir.parent / f".{out_dir.name}.lock", os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)
    return fd


def _take(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def holder_of(fd: int) -> int | None:
    """The process that holds a flock on the file of ``fd``, where the system says (Linux's
    /proc/locks); None where it does not."""
    info = os.fstat(fd)
    device = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 4242 fd:01:1234567 0 EOF"; "->" marks a waiter.
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[3] == "WRITE" and fields[5] == device:
            return int(fields[4]) if fields[4].isdigit() else None
    return None
