"""Benchmark: what checking a webhook's signature adds to parsing it, side by side in one run.

    python bench/signatures.py [--rounds 11] [--calls 300]

For the seed's customer.created envelope and the same envelope grown to about 100 KB, compact
and indented, each round times, interleaved:
`parse_webhook(body)` and `parse_webhook(body, signature=..., secret=...)` with the C accelerator
and in pure Python, and the signed form alone as the documents' pattern makes it (what the
models ran before). The table shows median µs per call and signed / unsigned. A script, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench")]

from models import pure_python, vm  # noqa: E402 - installs the models as pip does

PATTERN = re.compile(rb'("(?:[^"\\]|\\.)*")|[ \t\n\r]+', re.DOTALL)


def documents_signed_form(body: bytes) -> bytes:
    """The signed form as a substitution with a callback per token: the models' former way."""
    return PATTERN.sub(lambda m: m.group(1) or b"", body)


def bodies() -> dict[str, bytes]:
    """The seed's customer.created example in its envelope (a fixture of the models) and the same
    grown to about 100 KB (its customer's metadata), each compact and indented as the vendor's
    page prints its examples."""
    envelope = json.loads((ROOT / "generated/fixtures/valid/CustomerCreatedWebhook.example-seed-004.json").read_text())
    grown = json.loads(json.dumps(envelope))
    grown["data"]["customer"]["metadata"] = {f"key_{i}": f"value {i} of the customer" for i in range(2500)}
    found = {}
    for name, value in (("seed envelope", envelope), ("grown envelope", grown)):
        for form, text in (
            ("compact", json.dumps(value, separators=(",", ":"))),
            ("indented", json.dumps(value, indent=2)),
        ):
            found[f"{name}, {form} ({len(text) / 1000:.1f} KB)"] = text.encode()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    secret = "bench-secret"
    print(f"Python {sys.version.split()[0]}; median µs per call")
    print("| body | path | unsigned | signed | signed / unsigned | signed form alone | documents' pattern alone |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, body in bodies().items():
        signature = vm.signature_of(body, secret)
        for path, mode in (("C accelerator", contextlib.nullcontext), ("pure Python", pure_python)):
            calls: dict[str, Callable[[], object]] = {
                "unsigned": lambda body=body: vm.parse_webhook(body),
                "signed": lambda body=body, s=signature: vm.parse_webhook(body, signature=s, secret=secret),
                "form": lambda body=body: vm._signature.signed_form(body),
                "pattern": lambda body=body: documents_signed_form(body),
            }
            times: dict[str, list[float]] = {name: [] for name in calls}
            with mode():
                assert vm._signature.signed_form(body) == documents_signed_form(body)
                for _ in range(args.rounds):
                    for name, call in calls.items():
                        times[name].append(timeit.timeit(call, number=args.calls) / args.calls * 1e6)
            m = {name: statistics.median(found) for name, found in times.items()}
            print(
                f"| {label} | {path} | {m['unsigned']:.1f} | {m['signed']:.1f} | {m['signed'] / m['unsigned']:.2f} "
                f"| {m['form']:.1f} | {m['pattern']:.1f} |"
            )


if __name__ == "__main__":
    main()
