"""Webhook signatures: what the vendor signs, and the constant-time check of a request's signature.

Shipped with a package whose spec describes how its webhooks are signed (the spec's ``signature``
block, which names the header, :data:`SIGNATURE_HEADER`).
"""

from __future__ import annotations

import hashlib
import hmac
import re

from ._settings import SIGNATURE_HEADER

__all__ = [
    "SIGNATURE_HEADER",
    "SignatureError",
    "check_signature",
    "signature_of",
    "signed_form",
    "verify_signature",
]

# A JSON string (quotes and escapes kept), or a run of the whitespace JSON allows between tokens.
_SIGNED_TOKEN = re.compile(rb'("(?:[^"\\]|\\.)*")|[ \t\n\r]+', re.DOTALL)


class SignatureError(ValueError):
    """A webhook request whose signature is missing, malformed or not the body's."""


def _bytes(value: bytes | str) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else bytes(value)


def signed_form(body: bytes | str) -> bytes:
    """What the vendor signs: a JSON body without the whitespace outside its strings, any other
    body as it is. A body is JSON when it starts with ``{`` or ``[``; it is not parsed, as it is
    not authenticated yet."""
    data = _bytes(body)
    if data.lstrip(b" \t\n\r")[:1] not in (b"{", b"["):
        return data
    return _SIGNED_TOKEN.sub(lambda m: m.group(1) or b"", data)


def signature_of(body: bytes | str, secret: bytes | str) -> str:
    """The signature of ``body`` with the webhook secret: the lowercase hex HMAC-SHA256 of its
    signed form (for tests of webhook handlers, which need requests signed as the vendor does)."""
    return hmac.new(_bytes(secret), signed_form(body), hashlib.sha256).hexdigest()


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
    given = signature.encode("ascii", "replace") if isinstance(signature, str) else bytes(signature)
    given = given.strip()
    if len(given) != 64 or given.strip(b"0123456789abcdef"):
        raise SignatureError(f"the {SIGNATURE_HEADER} header is not 64 lowercase hex digits")
    if not hmac.compare_digest(given, signature_of(body, secret).encode("ascii")):
        raise SignatureError(f"the {SIGNATURE_HEADER} header is not the signature of this body")
