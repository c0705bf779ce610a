"""Benchmark: whole-process `regenerate --check` on the spec at several sizes, against
datamodel-code-generator on the equivalent JSON Schema (its CLI, default formatting).

    python bench/regenerate.py [--scales 1,10,100] [--runs 3] [--cold-up-to 10]

A scaled spec copies every page's objects under new names (titles, class names and references
renamed) into a temporary folder. For each scale: `regenerate` into an empty folder (black and
datamodel-code-generator run, unless the per-user cache already holds their output), then, timed:
- `regenerate --check` on that current folder: what CI runs on every build. The manifest's records
  let it skip black and dcg; the per-user cache is switched off, so nothing else helps it;
- `regenerate --check --no-cache` (every slow step runs), up to --cold-up-to times the spec;
- `datamodel-codegen` on the JSON Schema bundle that regenerate wrote.
Each candidate runs --runs times, interleaved; the table shows medians, time per object and the
growth against the first scale. Last, `regenerate --no-cache` with the user cache off into another
empty folder, timed once (the cold cost of a first build), must give the same bytes: determinism.
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
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
            if key in ("ref", "alias_of", "narrow", "object", "class") and isinstance(item, str) and item in titles:
                out[key] = f"{item}{suffix}"
            elif key in ("name", "union", "other") and isinstance(item, str) and item[:1].isupper():
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
    shutil.copytree(ROOT / "spec" / "documents", folder / "documents")  # the files sources cite
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
    done = subprocess.run(command, capture_output=True, env={**os.environ, **(env or {})})
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout.decode()[-3000:]}{done.stderr.decode()}")
    return elapsed


def differing_files(a: Path, b: Path) -> list[str]:
    """Relative paths whose bytes differ between two output folders (or exist in one only)."""
    files = {p.relative_to(a) for p in a.rglob("*") if p.is_file()} | {
        p.relative_to(b) for p in b.rglob("*") if p.is_file()
    }
    return sorted(
        str(f)
        for f in files
        if not ((a / f).is_file() and (b / f).is_file() and (a / f).read_bytes() == (b / f).read_bytes())
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold-up-to", type=int, default=10, help="largest scale to time --no-cache at")
    args = parser.parse_args()
    dcg = str(Path(sys.executable).with_name("datamodel-codegen"))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; medians of {args.runs} runs")
    print(
        "| scale | objects | regenerate --check | datamodel-codegen | --check / dcg | --check --no-cache "
        "| regenerate --no-cache, empty folder |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    base: tuple[float, int] | None = None
    for scale in (int(s) for s in args.scales.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            spec, out, again = Path(tmp) / "spec", Path(tmp) / "out", Path(tmp) / "again"
            objects = scaled_spec(scale, spec)
            ours = [sys.executable, "-m", "generator", "regenerate", "--spec", str(spec)]
            timed([*ours, "--out", str(out)])  # the folder --check compares with
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
            check, cold, peer = [], [], []
            for _ in range(args.runs):
                check.append(timed([*ours, "--out", str(out), "--check"], {"GENERATOR_CACHE": "off"}))
                if scale <= args.cold_up_to:
                    cold.append(timed([*ours, "--out", str(out), "--check", "--no-cache"]))
                peer.append(timed(theirs))
            cold_fill = timed([*ours, "--out", str(again), "--no-cache"], {"GENERATOR_CACHE": "off"})
            differing = differing_files(out, again)
        warm, their = statistics.median(check), statistics.median(peer)
        per = warm / objects * 1000
        growth = f", {warm / base[0]:.1f}x the time for {objects / base[1]:.0f}x the objects" if base else ""
        base = base or (warm, objects)
        cold_cell = f"{statistics.median(cold):.2f} s" if cold else "not run"
        cells = [
            f"{scale}x",
            str(objects),
            f"{warm:.2f} s ({per:.2f} ms/object{growth})",
            f"{their:.2f} s ({their / objects * 1000:.2f} ms/object)",
            f"{warm / their:.2f}",
            cold_cell,
            f"{cold_fill:.1f} s",
        ]
        print("| " + " | ".join(cells) + " |", flush=True)
        if differing:
            print(f"  NOT DETERMINISTIC at {scale}x: a second regenerate differs in {', '.join(differing[:10])}")


if __name__ == "__main__":
    main()
