"""The webhook signature: at most one ``signature`` block, its source cited, and every test
vector of the documents verified by the scheme it names."""

from __future__ import annotations

from generator import signatures
from generator.ir import Signature, SignatureVector
from generator.resolver.state import State


def signature(st: State) -> Signature | None:
    found = [doc for doc in st.docs if "signature" in doc.data]
    for doc in found[1:]:
        first = found[0].key_at(("signature",))
        st.error(doc.key_at(("signature",)), f"the webhook signature is already defined at {first}")
    if not found:
        return None
    doc = found[0]
    raw = doc.data["signature"]
    st.cite(raw["source"], doc.at(("signature", "source")), "document")
    vectors = tuple(
        SignatureVector(v["secret"], v["body"], v["signature"], v.get("note")) for v in raw.get("vectors", ())
    )
    for i, vector in enumerate(vectors):
        made = signatures.signature_of(vector.body.encode(), vector.secret.encode())
        if made != vector.signature:
            where = doc.at(("signature", "vectors", i, "signature"))
            st.error(where, f"the body signed with the secret is {made}, not this signature")
    return Signature(raw["source"], raw["header"], raw["algorithm"], raw["signed"], raw.get("description"), vectors)
