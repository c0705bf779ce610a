"""The webhook requests: at most one ``signature`` block, its source cited, and every test vector
of the documents verified by the scheme it names; at most one ``delivery`` block."""

from __future__ import annotations

from typing import Any

from generator.model import signing
from generator.model.ir import Delivery, Signature, SignatureVector
from generator.resolver.state import State
from generator.spec.yamlreader import LocatedDocument


def _the_one(st: State, key: str, what: str) -> LocatedDocument | None:
    """The file holding the spec's one ``key`` block; a second is an error."""
    found = [doc for doc in st.docs if key in doc.data]
    for doc in found[1:]:
        st.error(doc.key_at((key,)), f"the {what} is already defined at {found[0].key_at((key,))}")
    return found[0] if found else None


def delivery(st: State) -> Delivery | None:
    doc = _the_one(st, "delivery", "webhook delivery")
    if doc is None:
        return None
    raw: dict[str, Any] = doc.data["delivery"]
    st.cite(raw["source"], doc.at(("delivery", "source")), "document")
    return Delivery(
        raw["source"],
        raw["success"],
        raw["timeout_seconds"],
        raw["retries"],
        raw.get("description"),
        raw.get("identity"),
    )


def signature(st: State) -> Signature | None:
    doc = _the_one(st, "signature", "webhook signature")
    if doc is None:
        return None
    raw = doc.data["signature"]
    st.cite(raw["source"], doc.at(("signature", "source")), "document")
    vectors = tuple(
        SignatureVector(v["secret"], v["body"], v["signature"], v.get("note")) for v in raw.get("vectors", ())
    )
    for i, vector in enumerate(vectors):
        made = signing.signature_of(vector.body.encode(), vector.secret.encode())
        if made != vector.signature:
            where = doc.at(("signature", "vectors", i, "signature"))
            st.error(where, f"the body signed with the secret is {made}, not this signature")
    return Signature(raw["source"], raw["header"], raw["algorithm"], raw["signed"], raw.get("description"), vectors)


def check_identity(st: State, found: Delivery | None) -> None:
    """The identity field is a field of every tagged union's base (the envelopes it names)."""
    if found is None or found.identity is None:
        return
    doc = next(d for d in st.docs if "delivery" in d.data)
    for union in st.unions:
        if found.identity not in {f.wire_name for f in st.models[union.base].fields}:
            st.error(doc.at(("delivery", "identity")), f"{found.identity!r} is no field of {union.base}")
