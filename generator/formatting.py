"""Formatters applied to rendered text in memory; their output is part of the golden files."""

from __future__ import annotations

import json

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

# Pinned in pyproject.toml: a different black may format differently and fail `--check`.
BLACK_MODE = black.Mode(target_versions={TargetVersion.PY311}, line_length=100)


class FormatError(ValueError):
    """Rendered text that its formatter cannot parse; ``line``/``column`` are in the rendered text."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def format_json(text: str) -> str:
    """Parse and re-emit JSON with two-space indents, keys in rendered order, UTF-8 kept."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"rendered JSON is invalid: {exc.msg}", exc.lineno, exc.colno) from exc
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def format_python(text: str) -> str:
    """Format Python source with the pinned black."""
    try:
        return black.format_str(text, mode=BLACK_MODE)
    except InvalidInput as exc:
        raise FormatError(f"rendered Python is invalid: {exc}", 1, 1) from exc


def format_text(text: str) -> str:
    """Plain text and Markdown: trailing spaces stripped, exactly one final newline."""
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()) + "\n"


FORMATTERS = {"json": format_json, "python": format_python, "text": format_text}
