"""Text in generated Python and TOML: every way spec text reaches those files, escaped.

SECURITY: spec text enters generated code, docstrings and package metadata only through these
functions, so no text can end a literal, add code or change how a file is tokenised.
"""

from __future__ import annotations

import textwrap


def python_string(text: str) -> str:
    """A Python string literal for any text. SECURITY: spec text reaches generated code only
    through this function (and :func:`docstring`), so no spec text can end a literal or run."""
    return repr(text)


def string_literal(text: str) -> str:
    """:func:`python_string` in the form black writes string literals in code, so that black finds
    nothing to change there: double quotes, unless they would need more backslashes than repr's
    single quotes (black's rule: a text with more double quotes than single ones keeps them).
    SECURITY: the body is ``repr``'s, its escapes kept; only a quote's escape moves."""
    literal = python_string(text)
    if literal[0] != "'":
        return literal  # repr chose double quotes: the text has a single quote and no double one
    if text.count('"') > text.count("'"):
        return literal
    body, out, i = literal[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\":  # an escape: kept, but for an escaped single quote
            out.append("'" if body[i + 1] == "'" else body[i : i + 2])
            i += 2
        else:
            out.append('\\"' if body[i] == '"' else body[i])
            i += 1
    return '"' + "".join(out) + '"'


def docstring(text: str, indent: str = "    ") -> str:
    """A triple-quoted docstring literal for any text. SECURITY: escapes backslashes, quotes and
    every non-printable character (line and paragraph separators included), so no description can
    close the literal, add code, or change how the file is tokenised."""
    body = in_docstring(text.strip()).replace("\n", "\n" + indent).replace(indent + "\n", "\n")
    return '"""' + body.removesuffix(indent) + '"""'


def in_docstring(text: str) -> str:
    """``text`` escaped to stand inside a docstring, line breaks kept. SECURITY: as
    :func:`docstring`, for text placed into a docstring a template writes."""
    quoted = text.replace("\\", "\\\\").replace('"', '\\"')
    if not quoted.replace("\n", "").isprintable():  # the common case needs no look at each character
        quoted = "".join(ch if ch == "\n" or ch.isprintable() else _escape(ch) for ch in quoted)
    return quoted


def _escape(ch: str) -> str:
    if ord(ch) <= 0xFF:
        return f"\\x{ord(ch):02x}"
    if ord(ch) <= 0xFFFF:
        return f"\\u{ord(ch):04x}"
    return f"\\U{ord(ch):08x}"


def toml_string(text: str) -> str:
    """A TOML basic string for any text. SECURITY: spec text reaches the generated pyproject files
    only through this function: quotes, backslashes and every character that is not printable are
    escaped, so no text can end the string and add a key, a table or a build requirement."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(ch)
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            out.append("\\uFFFD")  # TOML has no escape for half of a surrogate pair
        else:
            out.append(f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08X}")
    return '"' + "".join(out) + '"'


def header(source: str) -> str:
    """The first line of a module. SECURITY: a source name reaches a comment only if it is
    printable (the loader refuses spec file names with control characters; this is the second
    guard), so no line break can start a line of code or a coding declaration."""
    shown = source if source.isprintable() else repr(source)
    return f"# Generated from {shown} by `docmodels regenerate`. Do not edit."


def isort_key(name: str) -> tuple[int, str]:
    """isort's order by type: CONSTANTS, Classes, functions."""
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def wrap(text: str, width: int = 88) -> str:
    """Paragraphs of ``text`` wrapped for a docstring; blank lines between paragraphs kept. A
    paragraph's own leading and trailing whitespace is dropped (a description that ends with a line
    break would start the next paragraph with a space: black re-indents such a line)."""
    paragraphs = text.split("\n\n")
    return "\n\n".join(
        textwrap.fill(p.strip(), width, break_long_words=False, break_on_hyphens=False) for p in paragraphs
    )
