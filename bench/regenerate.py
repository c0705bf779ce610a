"""Benchmark: the generator's whole process against datamodel-code-generator on the same JSON Schema,
at several sizes of the spec.

    python bench/regenerate.py [--scales 1,10,100] [--runs 3] [--runs-at-100 1]

A scaled spec copies every page's objects under new names (titles, class names and references
renamed) into a temporary folder. For each scale, timed side by side (the candidates interleaved,
run by run), each as CPU seconds of the whole process tree (the process and its children: black's
worker processes, datamodel-code-generator's own) with wall seconds beside them:
- cold build, the headline: `regenerate --no-cache` into an empty folder with the per-user cache
  of black's output off: every slow step runs (black on every module, datamodel-code-generator);
- `datamodel-codegen` on the JSON Schema bundle the build wrote: the same JSON Schema our build
  hands its own pydantic step, with its default formatting (black and isort);
- `regenerate --check`, the cached path: what CI and the pre-commit hook run on a current folder
  (the manifest's records let it skip black and datamodel-code-generator; the per-user cache off).
The table shows medians, the growth of the cold build from one scale to the next, cold / dcg and
--check / cold. Last, a second cold build must give the same bytes as the first: determinism.
"""

from __future__ import annotations

import argparse
import copy
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Timing:
    cpu: float  # seconds of CPU, user and system, of the process and every child it waited for
    wall: float


def timed(command: list[str], env: dict[str, str] | None = None) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env={**os.environ, **(env or {})})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout.decode()[-3000:]}{done.stderr.decode()}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Timing(cpu, wall)


def median(timings: list[Timing]) -> Timing:
    return Timing(statistics.median(t.cpu for t in timings), statistics.median(t.wall for t in timings))


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


def shown(t: Timing) -> str:
    return f"{t.cpu:.2f} s ({t.wall:.2f} s wall)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--runs-at-100", type=int, default=1, help="runs at scales of 100 and more")
    args = parser.parse_args()
    dcg = str(Path(sys.executable).with_name("datamodel-codegen"))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; CPU seconds of the process tree, medians")
    print(
        "| scale | objects | cold build | growth | datamodel-codegen | cold / dcg | --check (cached path) "
        "| --check / cold |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    last: Timing | None = None
    quiet = {"GENERATOR_CACHE": "off"}
    for scale in (int(s) for s in args.scales.split(",")):
        runs = args.runs if scale < 100 else args.runs_at_100
        with tempfile.TemporaryDirectory() as tmp:
            spec = Path(tmp) / "spec"
            objects = scaled_spec(scale, spec)
            ours = [sys.executable, "-m", "generator", "regenerate", "--spec", str(spec)]
            cold, peer, check = [], [], []
            for run in range(runs):
                out = Path(tmp) / f"out{run}"
                cold.append(timed([*ours, "--out", str(out), "--no-cache"], quiet))
                schema = out / "jsonschema/voucherify.schema.json"
                model = Path(tmp) / "m.py"
                theirs = [dcg, "--input", str(schema), "--input-file-type", "jsonschema", "--output", str(model)]
                peer.append(timed(theirs))
                check.append(timed([*ours, "--out", str(out), "--check"], quiet))
            differing = differing_files(Path(tmp) / "out0", Path(tmp) / f"out{runs - 1}") if runs > 1 else []
        built, their, cached = median(cold), median(peer), median(check)
        growth = f"x{built.cpu / last.cpu:.1f}" if last else ""
        last = built
        cells = [
            f"{scale}x",
            str(objects),
            shown(built),
            growth,
            shown(their),
            f"{built.cpu / their.cpu:.2f}",
            shown(cached),
            f"{cached.cpu / built.cpu:.2f}",
        ]
        print("| " + " | ".join(cells) + " |", flush=True)
        if differing:
            print(f"  NOT DETERMINISTIC at {scale}x: a second build differs in {', '.join(differing[:10])}")


if __name__ == "__main__":
    main()
