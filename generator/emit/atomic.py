"""One file written whole or not at all: staged beside its place under a name no other writer
uses, then renamed over it, so a reader never sees half of it and a failure leaves the old file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_text(path: Path, text: str) -> None:
    """Put ``text`` (UTF-8) at ``path`` in one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as f:
        staged = Path(f.name)
        try:
            f.write(text)
        except BaseException:
            f.close()
            with contextlib.suppress(OSError):
                staged.unlink()
            raise
    try:
        os.replace(staged, path)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
