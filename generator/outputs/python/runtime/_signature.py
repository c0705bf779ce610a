"""Webhook signatures: what the vendor signs, and the constant-time check of a request's signature.

Shipped with a package whose spec describes how its webhooks are signed (the spec's ``signature``
block, which names the header, :data:`SIGNATURE_HEADER`).
"""

from __future__ import annotations

import hashlib
import hmac
import re

from . import _runtime
from ._settings import SIGNATURE_HEADER

__all__ = [
    "SIGNATURE_HEADER",
    "SignatureError",
    "check_signature",
    "signature_of",
    "signed_form",
    "verify_signature",
]

# What the signed form keeps: a JSON string (quotes and escapes kept), a run of bytes that are
# neither JSON whitespace nor a quote, or a quote that opens no string (the body is no JSON).
_KEPT = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[^ \t\n\r"]+|"', re.DOTALL)
# Runs of bytes that are no quote, and whole strings: a text up to its first unclosed quote.
_CLOSED = re.compile(rb'(?:[^"]+|"[^"\\]*(?:\\.[^"\\]*)*")*', re.DOTALL)


# HMAC-SHA256 (RFC 2104) as the SHA-256 states after each secret's inner and outer padded key,
# copied for each body: the padded blocks are hashed once per secret instead of once per request,
# and the copies are hashlib's own C objects (``hmac.HMAC.copy`` wraps them in Python, which cost
# a third of a small body's check). A handful of secrets at most (rotation); more and the states
# are made again. ``tests/test_signatures.py`` checks the digests against ``hmac`` for any key.
_KEYED: dict[bytes | str, tuple[hashlib._Hash, hashlib._Hash]] = {}
_MAX_KEYED = 8
_BLOCK = 64  # SHA-256's block size in bytes
_INNER = bytes(byte ^ 0x36 for byte in range(256))
_OUTER = bytes(byte ^ 0x5C for byte in range(256))


class SignatureError(ValueError):
    """A webhook request whose signature is missing, malformed or not the body's."""


def _bytes(value: bytes | str) -> bytes:
    """Text as the UTF-8 bytes it was sent as; a lone surrogate (which no UTF-8 text holds, so no
    signature the vendor made can match) is kept as its three bytes, not an error."""
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(value)


def signed_form(body: bytes | str) -> bytes:
    """What the vendor signs: a JSON body without the whitespace outside its strings, any other
    body as it is. A body is JSON when it starts with ``{`` or ``[``; it is not parsed, as it is
    not authenticated yet. In one pass over the body (in C where the accelerator is built)."""
    data = body if type(body) is bytes else _bytes(body)
    fast = _runtime._speedups
    if fast is not None:
        return fast.signed_form(data)
    if data.lstrip(b" \t\n\r")[:1] not in (b"{", b"["):
        return data
    # Up to the first quote that closes nowhere (the whole of any JSON text), the pattern finds
    # every string once; after it, closing quotes are found from the end instead.
    whole = _CLOSED.match(data)
    closed = whole.end() if whole else 0
    kept = b"".join(_KEPT.findall(data, 0, closed))
    return kept if closed == len(data) else kept + _compact_from(data, closed)


def _compact_from(data: bytes, start: int) -> bytes:
    """:func:`signed_form` of ``data[start:]``, where ``start`` holds a quote that closes nowhere,
    in linear time whatever follows (a pattern would look for a closing quote again from every
    later quote)."""
    n = len(data)
    close = [-1] * (n + 2)  # close[p]: the closing quote of a string whose contents start at p
    for p in range(n - 1, start, -1):
        byte = data[p]
        close[p] = p if byte == 0x22 else close[p + 2] if byte == 0x5C else close[p + 1]
    out = bytearray()
    i = start
    while i < n:
        byte = data[i]
        if byte in b" \t\n\r":
            i += 1
        elif byte != 0x22 or close[i + 1] < 0:
            out.append(byte)
            i += 1
        else:
            end = close[i + 1]
            out += data[i : end + 1]
            i = end + 1
    return bytes(out)


def _keyed(secret: bytes | str) -> tuple[hashlib._Hash, hashlib._Hash]:
    """The inner and outer SHA-256 states of ``secret``'s HMAC, before any message."""
    plain = type(secret) is str or type(secret) is bytes  # hashable, and equal only to itself
    states = _KEYED.get(secret) if plain else None
    if states is None:
        key = _bytes(secret)
        if len(key) > _BLOCK:
            key = hashlib.sha256(key).digest()
        key = key.ljust(_BLOCK, b"\0")
        states = hashlib.sha256(key.translate(_INNER)), hashlib.sha256(key.translate(_OUTER))
        if plain:
            if len(_KEYED) >= _MAX_KEYED:
                _KEYED.clear()
            _KEYED[secret] = states
    return states


def _digest(body: bytes | str, secret: bytes | str) -> str:
    """The lowercase hex HMAC-SHA256 of the signed form of ``body`` with ``secret``."""
    inner, outer = _keyed(secret)
    inner = inner.copy()
    inner.update(signed_form(body))
    outer = outer.copy()
    outer.update(inner.digest())
    return outer.hexdigest()


def signature_of(body: bytes | str, secret: bytes | str) -> str:
    """The signature of ``body`` with the webhook secret: the lowercase hex HMAC-SHA256 of its
    signed form (for tests of webhook handlers, which need requests signed as the vendor does)."""
    return _digest(body, secret)


def verify_signature(body: bytes | str, signature: str | bytes | None, secret: bytes | str) -> bool:
    """Whether ``signature`` (the request's ``SIGNATURE_HEADER``) is the signature of the raw
    request ``body`` with the webhook secret. Compared in constant time."""
    try:
        check_signature(body, signature, secret)
    except SignatureError:
        return False
    return True


def check_signature(body: bytes | str, signature: str | bytes | None, secret: bytes | str) -> None:
    """Raise :class:`SignatureError` unless ``signature`` is the signature of ``body``."""
    if signature is None:
        raise SignatureError(f"no {SIGNATURE_HEADER} header")
    # Either spelling is read as it comes: str.strip() alone would also drop Unicode spaces.
    if isinstance(signature, str):
        given = signature.strip(" \t\n\r\x0b\x0c")
        malformed = len(given) != 64 or bool(given.strip("0123456789abcdef"))
    else:
        raw = bytes(signature).strip()
        malformed = len(raw) != 64 or bool(raw.strip(b"0123456789abcdef"))
        given = "" if malformed else raw.decode("ascii")
    if malformed:
        raise SignatureError(f"the {SIGNATURE_HEADER} header is not 64 lowercase hex digits")
    if not hmac.compare_digest(given, _digest(body, secret)):
        raise SignatureError(f"the {SIGNATURE_HEADER} header is not the signature of this body")
