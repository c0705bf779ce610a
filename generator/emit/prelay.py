"""Long statements laid out by black alone, without black's pass over the whole module.

The templates write black's layout, each statement on one line; black splits those longer than
the line length. Each such statement (a simple statement alone on its line, no docstring) is
formatted by black alone, dedented to the left margin with the line length less its indentation,
which are the same widths black measures in place, and put back indented; the long statements of
one indentation go to black together, in batches of at most :data:`BATCH`. For the templates' text
that is black's output (:func:`laid_out`, tests/test_format_pieces.py over the project's spec and
hypothesis-made specs), so the build runs black over statements, not modules. For other text (:func:`prelaid`) it spares
black its second pass: black formats a text twice when its first pass changes anything, and
``black(prelaid(module)) == black(module)`` for hypothesis-made modules.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

# A text with more than one line in this many too long is not laid out first: it is not written
# in black's layout (another tool's output), so black's second pass is due all the same.
LONG_SHARE = 4

# Long statements of one indentation go to black in batches of at most this many.
BATCH = 200

# black(text, line_length) -> formatted, or None where black rejects the text.
Black = Callable[[str, int], "str | None"]
# A line's width as black measures it.
Width = Callable[[str], int]


def prelaid(source: str, line_length: int, black: Black) -> str:
    """``source`` with its long one-line statements laid out as black lays them out."""
    rows = source.split("\n")
    long = sum(len(row) > line_length for row in rows)
    if not long or long * LONG_SHARE > len(rows):
        return source  # all fits, or the text is far from black's layout (black's second pass is due)
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return source
    return _laid(rows, tree, line_length, black, len)[0]


def laid_out(source: str, line_length: int, black: Black, width: Width) -> tuple[str, bool] | None:
    """The templates' ``source`` with its long one-line statements laid out as black lays them
    out, however many there are, and whether that is all black would change: whether every line
    still wider than ``line_length`` is one black wrote or a one-line string statement (a
    docstring), which black never splits. None where the source is no Python."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    rows = source.split("\n")
    if not any(len(row) > line_length for row in rows) and source.isascii():
        return source, True
    return _laid(rows, tree, line_length, black, width)


def _laid(rows: list[str], tree: ast.Module, line_length: int, black: Black, width: Width) -> tuple[str, bool]:
    by_indent: dict[int, list[int]] = {}
    for row in _long_statements(tree, rows, line_length):
        by_indent.setdefault(len(rows[row]) - len(rows[row].lstrip(" ")), []).append(row)
    laid: dict[int, list[str]] = {}
    for indent, every in by_indent.items():
        # A batch of bounded size per call: black's time per line grows with the length of a text.
        for found in (every[i : i + BATCH] for i in range(0, len(every), BATCH)):
            texts = _laid_out([rows[row][indent:] for row in found], line_length - indent, black)
            if texts is None:  # one statement black would not take alone: each of them alone
                texts = [(_laid_out([rows[row][indent:]], line_length - indent, black) or [[]])[0] for row in found]
            for row, lines in zip(found, texts, strict=True):
                if lines:
                    laid[row] = [" " * indent + line if line else line for line in lines]
    strings = {
        node.lineno - 1
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and node.lineno == node.end_lineno
    }
    out: list[str] = []
    settled = True
    for number, text in enumerate(rows):
        if number in laid:
            out += laid[number]
        else:
            out.append(text)
            settled = settled and (number in strings or width(text) <= line_length)
    return "\n".join(out), settled


def _long_statements(tree: ast.Module, rows: list[str], line_length: int) -> list[int]:
    """The rows (0-based) that are too long and hold one whole simple statement (no docstring) or
    the one-line header of a compound statement that can stand alone, and nothing else."""
    touching: dict[int, int] = {}  # row -> statements with a line on it, headers included
    candidates: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt) or node.end_lineno is None:
            continue
        body: list[ast.stmt] = getattr(node, "body", [])
        first = node.lineno - 1
        last = node.end_lineno - 1 if not body else body[0].lineno - 2  # a compound: its header
        for row in range(first, last + 1):
            touching[row] = touching.get(row, 0) + 1
        docstring = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        header = rows[first].lstrip().startswith(_HEADERS)  # not elif, else, except: no statement alone
        if first == last and (header or not body) and not docstring and len(rows[first]) > line_length:
            candidates.add(first)
    return sorted(row for row in candidates if touching[row] == 1)


def _laid_out(statements: list[str], width: int, black: Black) -> list[list[str]] | None:
    """Each statement's lines as black writes it at ``width`` columns, told apart by a comment
    line between them (a header gets a body, left out again); None where black's output does not
    fall back into as many statements."""
    marks = [f"#:{_MARK}:{k}" for k in range(len(statements))]
    bodies = ["\n    pass" if s.rstrip().endswith(":") else "" for s in statements]
    text = "".join(f"{m}\n{s}{b}\n" for m, s, b in zip(marks, statements, bodies, strict=True))
    formatted = black(text, width)
    if formatted is None:
        return None
    parts: list[list[str]] = []
    for line in formatted.split("\n"):
        if line.startswith(f"#:{_MARK}:"):
            parts.append([])
        elif line and parts:
            parts[-1].append(line)
    if len(parts) != len(statements):
        return None
    laid = [part[:-1] if body else part for part, body in zip(parts, bodies, strict=True)]
    return laid if all(laid) else None


# The headers of compound statements that stand alone (with a body) as black formats them.
_HEADERS = ("def ", "async def ", "class ", "if ", "for ", "while ", "with ", "async for ", "async with ")

# Marks the statements apart in the text black formats; no generated line is a comment like it.
_MARK = "prelay-5f3a"
