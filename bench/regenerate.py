"""Benchmark: whole-process `regenerate --check` on the spec at several sizes, against
datamodel-code-generator on the equivalent JSON Schema (its CLI, default formatting).

    python bench/regenerate.py [--scales 1,10,100] [--runs 3]

A scaled spec copies every page's objects under new names (titles, class names and references
renamed) into a temporary folder. For each scale: our `regenerate` once to fill an output folder,
then `regenerate --check` timed with the black cache warm and cold, and `datamodel-codegen` on the
JSON Schema bundle that regenerate wrote. Prints medians, time per object and the growth.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def renamed(value: Any, titles: set[str], suffix: str) -> Any:
    """``value`` with every reference to one of ``titles`` renamed (and explicit class names)."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in ("ref", "alias_of", "narrow", "object") and isinstance(item, str) and item in titles:
                out[key] = f"{item}{suffix}"
            elif key == "name" and isinstance(item, str) and item[:1].isupper():
                out[key] = f"{item}{suffix.replace(' ', '')}"
            elif key == "all_of":
                out[key] = [
                    f"{p}{suffix}" if isinstance(p, str) and p in titles else renamed(p, titles, suffix) for p in item
                ]
            else:
                out[key] = renamed(item, titles, suffix)
        return out
    if isinstance(value, list):
        return [renamed(item, titles, suffix) for item in value]
    return value


def scaled_spec(scale: int, folder: Path) -> int:
    """Write the spec ``scale`` times over into ``folder``; returns the number of objects."""
    folder.mkdir(parents=True)
    objects = 0
    for path in sorted((ROOT / "spec").glob("*.yaml")):
        data = yaml.safe_load(path.read_text())
        if "page" not in data:
            (folder / path.name).write_text(path.read_text())
            continue
        titles = set(data["objects"])
        for k in range(scale):
            suffix = f" Copy{k}" if k else ""
            copy_data = copy.deepcopy(data) if not k else renamed(data, titles, suffix)
            copy_data["objects"] = {f"{t}{suffix}": o for t, o in copy_data["objects"].items()}
            copy_data["page"]["id"] = f"{data['page']['id']}-copy{k}" if k else data["page"]["id"]
            objects += len(copy_data["objects"])
            (folder / f"{path.stem}-{k}.yaml").write_text(
                yaml.safe_dump(copy_data, sort_keys=False, allow_unicode=True)
            )
    return objects


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, **(env or {})})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    dcg = str(Path(sys.executable).with_name("datamodel-codegen"))
    print("| scale | objects | regenerate --check, cache warm | cold (black runs) | datamodel-codegen | warm / dcg |")
    print("| --- | --- | --- | --- | --- | --- |")
    base: tuple[float, int] | None = None
    for scale in (int(s) for s in args.scales.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            spec, out, cache = Path(tmp) / "spec", Path(tmp) / "out", Path(tmp) / "cache"
            objects = scaled_spec(scale, spec)
            ours = [sys.executable, "-m", "generator", "regenerate", "--spec", str(spec), "--out", str(out)]
            subprocess.run(
                ours, check=True, capture_output=True, env={**os.environ, "VOUCHERIFY_GENERATOR_CACHE": str(cache)}
            )
            warm = statistics.median(
                timed([*ours, "--check"], {"VOUCHERIFY_GENERATOR_CACHE": str(cache)}) for _ in range(args.runs)
            )
            cold = timed([*ours, "--check"], {"VOUCHERIFY_GENERATOR_CACHE": "off"})
            schema = out / "jsonschema/voucherify.schema.json"
            theirs = [
                dcg,
                "--input",
                str(schema),
                "--input-file-type",
                "jsonschema",
                "--output",
                str(Path(tmp) / "m.py"),
            ]
            peer = statistics.median(timed(theirs) for _ in range(args.runs))
        per = warm / objects * 1000
        growth = f", {warm / base[0]:.1f}x the time for {objects / base[1]:.0f}x the objects" if base else ""
        base = base or (warm, objects)
        cells = [f"{scale}x", str(objects), f"{warm:.2f} s ({per:.1f} ms/object{growth})", f"{cold:.2f} s"]
        print("| " + " | ".join([*cells, f"{peer:.2f} s", f"{warm / peer:.2f}"]) + " |")


if __name__ == "__main__":
    main()
