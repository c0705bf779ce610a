"""Regular expressions the outputs share, written in the subset that ECMA-262 (JSON Schema),
Python's ``re`` and Rust's ``regex`` (pydantic-core) read alike: no look-around, no back-references,
no flags."""

from __future__ import annotations

from collections.abc import Iterable

_ANY = r"[\s\S]"
Trie = dict[str, "Trie"]  # any character, line breaks included, in all three dialects


def none_of(words: Iterable[str]) -> str:
    """A pattern matching exactly the strings that are none of ``words``. A finite language's
    complement is regular: walking a trie of the words, a string leaves it (a character no word
    has there), ends where no word ends, or runs past a word's end."""
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return f"^{_complement(trie)}$"


def _complement(node: Trie) -> str:
    chars = sorted(c for c in node if c)
    options = [] if "" in node else [""]
    if chars:
        options.append(f"[^{''.join(_escape(c) for c in chars)}]{_ANY}*")
        options += [f"{_escape(c)}{_complement(node[c])}" for c in chars]
    else:
        options.append(f"{_ANY}+")
    return f"(?:{'|'.join(options)})"


def _escape(char: str) -> str:
    """A character that means itself in and out of a bracket in all three dialects."""
    if char.isascii() and (char.isalnum() or char == "_"):
        return char
    if ord(char) < 0x10000:
        return f"\\u{ord(char):04x}"
    return char  # beyond the BMP: no syntax character
