"""Long Python sources cut into pieces that black formats one at a time, giving the bytes black
gives the whole: black's time per line grows with the length of a file, and pieces also spread
over the cores where one long file would keep one core busy.

A source is cut only where a top-level statement ends (comments before a statement go with it).
What black writes between two top-level statements (the blank lines) depends on the statement
before, so every piece but the first is formatted after that statement, its *context*, and what
black writes for the context alone is taken off the front. Sources black treats specially are
not cut: those with formatter directives (``fmt: off``), and cuts after a bare string, which
black would take for a docstring once it stands first. tests/test_format_pieces.py formats
hypothesis-made modules whole and in pieces and compares the bytes.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass

# Sources shorter than twice this many lines are formatted whole.
PIECE_LINES = 1000


@dataclass(frozen=True)
class Piece:
    """A run of whole top-level statements, and the statement before it ("" for the first)."""

    context: str
    text: str

    @property
    def inputs(self) -> tuple[str, ...]:
        """What black formats for this piece."""
        return (self.text,) if not self.context else (self.context, self.context + self.text)


def cut(source: str, lines: int = PIECE_LINES) -> list[Piece]:
    """``source`` in pieces of about ``lines`` lines: one piece, the whole, where it is short, is
    no Python, or holds formatter directives or a lone carriage return."""
    whole = [Piece("", source)]
    if source.count("\n") < 2 * lines or "fmt:" in source or "yapf:" in source or "\r" in source:
        return whole
    try:
        body = ast.parse(source).body
    except (SyntaxError, ValueError):
        return whole  # black reports it, with its place, when it formats the whole
    rows = source.split("\n")
    rows = [row + "\n" for row in rows[:-1]] + rows[-1:]
    ends = [s.end_lineno or s.lineno for s in body]
    cuttable = _cuttable(body)
    pieces: list[Piece] = []
    start, context = 0, ""
    for j, end in enumerate(ends[:-1]):
        if j not in cuttable or end - start < lines:
            continue
        pieces.append(Piece(context, "".join(rows[start:end])))
        context = "".join(rows[ends[j - 1] if j else 0 : end])
        start = end
    if not pieces:
        return whole
    pieces.append(Piece(context, "".join(rows[start:])))
    return pieces


def _cuttable(body: list[ast.stmt]) -> set[int]:
    """The statements after which a piece may end: no bare string, sharing no line with the
    statements beside it."""
    found = set()
    for j in range(len(body) - 1):
        statement, following = body[j], body[j + 1]
        end = statement.end_lineno or statement.lineno
        bare_string = isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
        alone = j == 0 or _first_line(statement) > (body[j - 1].end_lineno or body[j - 1].lineno)
        if _first_line(following) > end and alone and not bare_string:
            found.add(j)
    return found


def _first_line(statement: ast.stmt) -> int:
    """Where a statement starts, its decorators included."""
    decorators: list[ast.expr] = getattr(statement, "decorator_list", [])
    return min([statement.lineno, *(d.lineno for d in decorators)])


def joined(pieces: list[Piece], formatted: Mapping[str, str]) -> str | None:
    """The whole source formatted, from black's output for each of the pieces' inputs; None where
    a context's output does not begin its piece's (then only the whole can be formatted)."""
    out: list[str] = []
    for piece in pieces:
        if not piece.context:
            out.append(formatted[piece.text])
            continue
        alone, together = formatted[piece.context], formatted[piece.context + piece.text]
        if not together.startswith(alone):
            return None
        out.append(together[len(alone) :])
    return "".join(out)
