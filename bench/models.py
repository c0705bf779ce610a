"""Benchmark: the generated models against what users would pick instead, side by side in one run.

    python bench/models.py [--rounds 11] [--calls 500]

Candidates: our dataclasses (voucherify_models) as pip installs them, with the C accelerator
compiled, and the same with it switched off (pure Python), our pydantic models (voucherify_pydantic),
msgspec Structs and plain dataclasses read by dacite, the last two made by datamodel-code-generator
from our JSON Schema at bench time in a temporary folder. Payloads: the seed 004 event, the same
in its webhook envelope, and the full customer and order fixtures. For each payload and operation
the candidates run interleaved, round after round; the table shows the median µs per call and the
ratio to pydantic. Also: import time of voucherify_models, memory per decoded customer, linear
scaling, and what keeping the payload's key order would cost. A script, not a test.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import dataclasses
import importlib.util
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import timeit
import tracemalloc
import warnings
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import dacite
import msgspec
import orjson

ROOT = Path(__file__).resolve().parent.parent


def install_models() -> Path:
    """generated/python as `pip install` makes it (the C accelerator compiled), in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="bench-models-"))
    atexit.register(shutil.rmtree, folder, True)
    source = folder / "source"
    shutil.copytree(
        ROOT / "generated/python", source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__")
    )
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run([*pip, "--target", str(folder / "site"), str(source)], check=True, capture_output=True)
    return folder / "site"


SITE = install_models()
sys.path[:0] = [str(SITE), str(ROOT / "generated/pydantic")]

import voucherify_models as vm  # noqa: E402
import voucherify_pydantic as vp  # noqa: E402
from voucherify_models import _runtime  # noqa: E402

C, PURE = "dataclasses (ours, C)", "dataclasses (ours, pure Python)"


@contextlib.contextmanager
def pure_python() -> Iterator[None]:
    """The models with the accelerator switched off, as without a C compiler."""
    saved, _runtime._speedups = _runtime._speedups, None
    try:
        yield
    finally:
        _runtime._speedups = saved


PAYLOADS = {
    "customer.created (seed 004)": ("EventCustomerCreatedData", "valid/EventCustomerCreatedData.example-seed-004.json"),
    "customer.created webhook": ("CustomerCreatedWebhook", "valid/CustomerCreatedWebhook.example-seed-004.json"),
    "full customer": ("CustomerWithSummaryLoyaltyReferrals", "valid/CustomerWithSummaryLoyaltyReferrals.full.json"),
    "full order": ("OrderCalculated", "valid/OrderCalculated.full.json"),
}
DACITE = dacite.Config(type_hooks={datetime: datetime.fromisoformat, date: date.fromisoformat})
Ops = dict[str, Callable[[], Any] | None]


def generate_peer(kind: str, folder: Path) -> ModuleType:
    """msgspec Structs or plain dataclasses from our JSON Schema, by datamodel-code-generator."""
    from datamodel_code_generator import InputFileType, PythonVersion, generate
    from datamodel_code_generator.enums import DataModelType

    schema = json.loads((ROOT / "generated/jsonschema/voucherify.schema.json").read_text())
    schema.pop("title")
    schema["$ref"] = "#/$defs/EventCustomerCreatedData"
    model_type = {"msgspec": DataModelType.MsgspecStruct, "dataclasses": DataModelType.DataclassesDataclass}[kind]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = generate(
            json.dumps(schema),
            input_file_type=InputFileType.JsonSchema,
            output_model_type=model_type,
            target_python_version=PythonVersion.PY_311,
            class_name="EventCustomerCreatedData",
            enum_field_as_literal="all",
            formatters=[],
        )
    path = folder / f"peer_{kind}.py"
    path.write_text(str(code))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def candidates(name: str, data: dict[str, Any], structs: ModuleType, plain: ModuleType) -> dict[str, Ops]:
    raw = json.dumps(data).encode()
    ours, theirs = getattr(vm, name), getattr(vp, name)
    obj, model = ours.from_dict(data), theirs.model_validate(data)
    mine: Ops = {
        "dict -> object": lambda: ours.from_dict(data),
        "JSON bytes -> object": lambda: ours.from_json(raw),
        "object -> dict": obj.to_dict,
        "object -> JSON": obj.to_json,
    }
    out: dict[str, Ops] = {
        C: mine,
        PURE: mine,  # the same calls, timed inside pure_python()
        "pydantic (ours)": {
            "dict -> object": lambda: theirs.model_validate(data),
            "JSON bytes -> object": lambda: theirs.model_validate_json(raw),
            "object -> dict": lambda: model.model_dump(mode="json", by_alias=True, exclude_unset=True),
            "object -> JSON": lambda: model.model_dump_json(by_alias=True, exclude_unset=True),
        },
    }
    struct = getattr(structs, name)
    try:
        decoded = msgspec.convert(data, type=struct)
        out["msgspec (dcg)"] = {
            "dict -> object": lambda: msgspec.convert(data, type=struct),
            "JSON bytes -> object": lambda: msgspec.json.decode(raw, type=struct),
            "object -> dict": lambda: msgspec.to_builtins(decoded),
            "object -> JSON": lambda: msgspec.json.encode(decoded),
        }
    except (TypeError, msgspec.ValidationError) as exc:
        print(f"  msgspec cannot read {name}: {exc}", file=sys.stderr)
        out["msgspec (dcg)"] = dict.fromkeys(out["pydantic (ours)"])
    cls = getattr(plain, name)
    instance = dacite.from_dict(cls, data, DACITE)
    out["dacite (dcg dataclasses)"] = {
        "dict -> object": lambda: dacite.from_dict(cls, data, DACITE),
        "JSON bytes -> object": lambda: dacite.from_dict(cls, orjson.loads(raw), DACITE),
        "object -> dict": lambda: dataclasses.asdict(instance),
        "object -> JSON": lambda: orjson.dumps(dataclasses.asdict(instance)),
    }
    return out


def import_time(runs: int = 15) -> float:
    """Median ms to import voucherify_models in a fresh interpreter."""
    code = (
        f"import sys, time; sys.path.insert(0, {str(SITE)!r}); "
        "t = time.perf_counter(); import voucherify_models; print(time.perf_counter() - t)"
    )
    times = [float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(runs)]
    return statistics.median(times) * 1000


def memory_per_customer(count: int = 2000) -> float:
    """Bytes held per decoded full customer (tracemalloc)."""
    data = json.loads((ROOT / "generated/fixtures/valid/CustomerWithSummaryLoyaltyReferrals.full.json").read_text())
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [vm.CustomerWithSummaryLoyaltyReferrals.from_dict(data) for _ in range(count)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(kept) == count
    return (after - before) / count


def linear_scaling() -> list[str]:
    """Time per element of from_json on arrays of 10^4 to 10^6 redemption IDs, and of from_dict on
    metadata of 10^3 to 10^5 values (checked to be plain JSON, then kept as it came): flat
    per-element times mean linear cost."""
    lines = []
    for size in (10_000, 100_000, 1_000_000):
        text = json.dumps({"stacked": [f"r_{i}" for i in range(size)]})
        seconds = min(timeit.repeat(lambda text=text: vm.OrderRedemptions.from_json(text), number=1, repeat=3))
        lines.append(
            f"from_json, array of {size:>9,}: {seconds * 1000:8.1f} ms, {seconds / size * 1e9:6.1f} ns/element"
        )
    for size in (1_000, 10_000, 100_000):
        # size values of every JSON kind, five to an array.
        metadata: dict[str, Any] = {f"k{i}": [i, f"v{i}", i % 2 == 0, 1.5, None] for i in range(size // 5)}
        payload = {"metadata": metadata}
        seconds = min(timeit.repeat(lambda payload=payload: vm.CustomerBase.from_dict(payload), number=1, repeat=3))
        lines.append(
            f"from_dict, metadata of {size:>7,} values: {seconds * 1e6:9.1f} µs, {seconds / size * 1e9:6.1f} ns/value"
        )
    return lines


# The targets of record: (operation, peer, at most this ratio of ours with the accelerator to the peer).
TARGETS = [
    ("dict -> object", "pydantic (ours)", 0.5),
    ("dict -> object", "msgspec (dcg)", 2.5),
    ("object -> dict", "pydantic (ours)", 0.5),
    ("JSON bytes -> object", "pydantic (ours)", 0.8),
]


def targets(results: dict[tuple[str, str], dict[str, float | None]]) -> list[str]:
    """One line per target: the ratio on each payload, and whether every one is within it."""
    lines = ["targets (ours with the C accelerator / the peer, same run):"]
    for operation, peer, limit in TARGETS:
        ratios = []
        for label in PAYLOADS:
            ours, theirs = results[label, operation][C], results[label, operation][peer]
            ratios.append((label, ours / theirs if ours is not None and theirs is not None else None))
        met = all(r <= limit for _, r in ratios if r is not None)
        shown = ", ".join(f"{label} {r:.2f}x" if r is not None else f"{label} n/a" for label, r in ratios)
        lines.append(f"  {operation} at most {limit}x {peer}: {shown}: {'met' if met else 'NOT MET'}")
    return lines


def _object_dicts(obj: Any, data: Any) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Each generated object in ``obj`` with the payload dict it was read from."""
    if isinstance(obj, vm.Model) and isinstance(data, dict):
        yield data, obj.to_dict()
        for f in dataclasses.fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, f.name)
            for wire in data:
                if wire == f.name or wire.replace("-", "_") == f.name:
                    yield from _object_dicts(value, data[wire])
    elif isinstance(obj, list) and isinstance(data, list):
        for o, d in zip(obj, data, strict=False):
            yield from _object_dicts(o, d)
    elif isinstance(obj, dict) and isinstance(data, dict):
        for key, value in obj.items():
            yield from _object_dicts(value, data.get(key))


def key_order_cost(calls: int) -> list[str]:
    """What keeping the payload's key order on to_dict() would add: each object recording its keys
    as read (a tuple in a slot), and to_dict() comparing its own order with it and rebuilding the
    dict where they differ. Timed as those operations alone, per payload, against our C calls."""
    lines = ["keeping the payload's key order (the extra work alone, vs. ours with the C accelerator):"]
    for label, (name, fixture) in PAYLOADS.items():
        data = json.loads((ROOT / "generated/fixtures" / fixture).read_text())
        lines.append(f"  {label}: {_key_order_line(getattr(vm, name), data, calls)}")
    return lines


def _key_order_line(cls: Any, data: dict[str, Any], calls: int) -> str:
    obj = cls.from_dict(data)
    pairs = list(_object_dicts(obj, data))
    reordered = sum(list(d) != list(out)[: len(d)] for d, out in pairs)
    keys = [tuple(d) for d, _ in pairs]

    def record() -> None:
        for d, _ in pairs:
            tuple(d)

    def restore() -> None:
        for (_, out), order in zip(pairs, keys, strict=True):
            if tuple(out) != order:
                {k: out[k] for k in order if k in out}

    parse = min(timeit.repeat(lambda: cls.from_dict(data), number=calls, repeat=5))
    dump = min(timeit.repeat(obj.to_dict, number=calls, repeat=5))
    extra_parse = min(timeit.repeat(record, number=calls, repeat=5))
    extra_dump = min(timeit.repeat(restore, number=calls, repeat=5))
    return (
        f"{len(pairs)} objects, {reordered} written back in another order; "
        f"dict -> object +{extra_parse / parse:.0%}, object -> dict +{extra_dump / dump:.0%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--calls", type=int, default=500)
    args = parser.parse_args()
    if not vm.SPEEDUPS:
        sys.exit("the C accelerator was not built (is there a C compiler?)")
    with tempfile.TemporaryDirectory() as folder:
        structs, plain = generate_peer("msgspec", Path(folder)), generate_peer("dataclasses", Path(folder))
        print(f"Python {sys.version.split()[0]}, msgspec {msgspec.__version__}; median µs per call, ratio to pydantic")
        names: list[str] = []
        results: dict[tuple[str, str], dict[str, float | None]] = {}
        for label, (name, fixture) in PAYLOADS.items():
            data = json.loads((ROOT / "generated/fixtures" / fixture).read_text())
            table = candidates(name, data, structs, plain)
            if not names:
                names = list(table)
                print("| payload | operation | " + " | ".join(names) + " |")
                print("| --- | --- |" + " --- |" * len(names))
            for operation in table[names[0]]:
                times: dict[str, list[float]] = {n: [] for n in names}
                for _ in range(args.rounds):  # interleaved: every candidate sees the same machine state
                    for n in names:
                        fn = table[n][operation]
                        if fn is not None:
                            with pure_python() if n == PURE else contextlib.nullcontext():
                                times[n].append(timeit.timeit(fn, number=args.calls) / args.calls * 1e6)
                base = statistics.median(times["pydantic (ours)"])
                medians = {n: statistics.median(times[n]) if times[n] else None for n in names}
                results[label, operation] = medians
                cells = [f"{m:.1f} ({m / base:.2f}x)" if m is not None else "n/a" for m in medians.values()]
                print(f"| {label} | {operation} | " + " | ".join(cells) + " |")
    print("\n".join(["", *targets(results)]))
    print("\n".join(["", *key_order_cost(args.calls)]))
    print(f"\nimport voucherify_models: {import_time():.1f} ms (median of 15 fresh interpreters)")
    print(f"memory per decoded full customer: {memory_per_customer():.0f} bytes (tracemalloc, 2,000 kept)")
    print("\n".join(["", *linear_scaling()]))
    with pure_python():
        print("\n".join(["pure Python:", *linear_scaling()]))


if __name__ == "__main__":
    main()
