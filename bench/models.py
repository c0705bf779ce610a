"""Benchmark: the generated dataclasses against the generated pydantic models, side by side.

    python bench/models.py [--rounds 11] [--calls 1000]

For each payload (the seed 004 event, the full customer and order fixtures) and each operation,
the candidates run interleaved, round after round; the table shows the median time per call and
the ratio dataclasses / pydantic (below 1: the dataclasses are faster). A script, not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated/python"), str(ROOT / "generated/pydantic")]

import voucherify_models as vm  # noqa: E402
import voucherify_pydantic as vp  # noqa: E402

PAYLOADS = {
    "customer.created (seed 004)": ("EventCustomerCreatedData", "valid/EventCustomerCreatedData.example-seed-004.json"),
    "full customer": ("CustomerWithSummaryLoyaltyReferrals", "valid/CustomerWithSummaryLoyaltyReferrals.full.json"),
    "full order": ("OrderCalculated", "valid/OrderCalculated.full.json"),
}


def operations(name: str, data: dict[str, Any]) -> dict[str, tuple[Callable[[], Any], Callable[[], Any]]]:
    ours, theirs = getattr(vm, name), getattr(vp, name)
    raw = json.dumps(data).encode()
    obj, model = ours.from_dict(data), theirs.model_validate(data)
    return {
        "dict -> object": (lambda: ours.from_dict(data), lambda: theirs.model_validate(data)),
        "JSON bytes -> object": (lambda: ours.from_json(raw), lambda: theirs.model_validate_json(raw)),
        "object -> dict": (obj.to_dict, lambda: model.model_dump(mode="json", by_alias=True, exclude_unset=True)),
        "object -> JSON": (obj.to_json, lambda: model.model_dump_json(by_alias=True, exclude_unset=True)),
    }


def per_call(fn: Callable[[], Any], calls: int) -> float:
    return timeit.timeit(fn, number=calls) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--calls", type=int, default=1000)
    args = parser.parse_args()
    orjson = "with orjson" if vm._runtime._orjson is not None else "without orjson"
    print(f"Python {sys.version.split()[0]}, {orjson}; median µs per call of {args.rounds} rounds")
    print("| payload | operation | dataclasses | pydantic | ratio |\n| --- | --- | --- | --- | --- |")
    for label, (name, fixture) in PAYLOADS.items():
        data = json.loads((ROOT / "generated/fixtures" / fixture).read_text())
        for operation, (ours, theirs) in operations(name, data).items():
            a: list[float] = []
            b: list[float] = []
            for _ in range(args.rounds):  # interleaved, so both see the same machine state
                a.append(per_call(ours, args.calls))
                b.append(per_call(theirs, args.calls))
            mine, other = statistics.median(a), statistics.median(b)
            print(f"| {label} | {operation} | {mine:.1f} | {other:.1f} | {mine / other:.2f} |")


if __name__ == "__main__":
    main()
