"""Webhook signatures as the spec's ``signature`` block describes them, for checking the
documents' test vectors while the spec is resolved. The generated models carry their own copy
(``templates/python/_runtime.py.j2``), which tests/test_signatures.py holds to this one."""

from __future__ import annotations

import hashlib
import hmac
import re

# A JSON string (quotes and escapes kept), or a run of the whitespace JSON allows between tokens.
_TOKEN = re.compile(rb'("(?:[^"\\]|\\.)*")|[ \t\n\r]+', re.DOTALL)


def compact_json(body: bytes) -> bytes:
    """A JSON body without the whitespace outside its strings; any other body as it is. A body
    is taken as JSON when it starts with ``{`` or ``[`` (after whitespace): it is never parsed,
    as it is not yet authenticated."""
    if body.lstrip(b" \t\n\r")[:1] not in (b"{", b"["):
        return body
    return _TOKEN.sub(lambda m: m.group(1) or b"", body)


def signature_of(body: bytes, secret: bytes) -> str:
    """The lowercase hex HMAC-SHA256 of the signed form of ``body``."""
    return hmac.new(secret, compact_json(body), hashlib.sha256).hexdigest()
