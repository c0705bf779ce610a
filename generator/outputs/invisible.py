"""Characters that change how text is shown without being seen: controls, bidi overrides and
isolates, zero-width and tag characters, lone surrogates.

SECURITY: spec text holding them could make a rendered page or a JSON file show something other
than what it holds ("Trojan Source": a wire name displayed reversed). Markdown shows each as a
visible ``\\u202e``; JSON writes each as its ``\\u`` escape, which parses back to the same text.
A fixed list, not Unicode categories, so that output bytes never depend on the Python version.
"""

from __future__ import annotations

import functools
import re

_RANGES = (
    (0x00, 0x1F),  # C0 controls
    (0x7F, 0x9F),  # DEL and C1 controls
    (0xAD, 0xAD),  # soft hyphen
    (0x061C, 0x061C),  # Arabic letter mark
    (0x180E, 0x180E),  # Mongolian vowel separator
    (0x200B, 0x200F),  # zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
    (0x2028, 0x202E),  # line and paragraph separators; bidi embeddings and overrides
    (0x2060, 0x206F),  # word joiner, invisible operators, bidi isolates, deprecated formats
    (0xD800, 0xDFFF),  # surrogates, which no UTF-8 text holds alone
    (0xFEFF, 0xFEFF),  # zero-width no-break space (byte order mark)
    (0xFFF9, 0xFFFB),  # interlinear annotations
    (0xE0000, 0xE007F),  # tags
)
CODES = frozenset(code for low, high in _RANGES for code in range(low, high + 1))
_ANY = re.compile("[" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _RANGES) + "]")


def _utf16(code: int) -> str:
    """The JSON escape of a code point (a surrogate pair beyond the BMP)."""
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


@functools.cache
def _table(keep: str) -> dict[int, str]:
    return {code: _utf16(code) for code in CODES if chr(code) not in keep}


def shown(text: str, keep: str = "") -> str:
    """``text`` with every invisible character but those in ``keep`` written as a visible
    ``\\uXXXX`` (the text ``\\u202e``, six characters)."""
    return text.translate(_table(keep)) if _ANY.search(text) else text


# JSON encoders escape C0 controls, quotes and backslashes already; the rest they leave as it is.
_C0 = "".join(map(chr, range(0x20)))


def json_escaped(document: str) -> str:
    """A JSON document with every invisible character written as its escape. They can stand only
    inside strings (JSON's white space is space, tab, CR and LF), so the document means the same."""
    return document.translate(_table(_C0)) if _ANY.search(document) else document
