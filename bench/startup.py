"""Benchmark: what the page commands and `--version` cost a fresh process, above `python -c pass`.

    python bench/startup.py [--rounds 21]

Every command runs as a whole process, the candidates interleaved round by round; the table
shows the median CPU seconds (user and system) of each, less the median of `python -c pass` run
in the same rounds. The generator's bytecode is compiled first (`compileall`), as an install does,
so that no run pays for compiling it. "start-up" is the import of everything `import-page` uses,
without reading a page; the page commands read the project's own saved pages.
"""

from __future__ import annotations

import argparse
import compileall
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "spec" / "documents"
PYTHON = sys.executable
COMMANDS = {
    "python -c pass": [PYTHON, "-c", "pass"],
    "import-page start-up": [PYTHON, "-c", "import generator.cli, generator.pages.run"],
    "import-page (HTML page, 24 KB)": [
        PYTHON,
        "-m",
        "generator",
        "import-page",
        str(next(DOCUMENTS.glob("001_*"))),
        "--source",
        "s",
    ],
    "import-page (MDX page, 20 KB)": [
        PYTHON,
        "-m",
        "generator",
        "import-page",
        str(next(DOCUMENTS.glob("006_*"))),
        "--source",
        "s",
    ],
    "compare-docs (HTML page)": [PYTHON, "-m", "generator", "compare-docs", str(next(DOCUMENTS.glob("001_*")))],
    "--version": [PYTHON, "-m", "generator", "--version"],
    "--help": [PYTHON, "-m", "generator", "--help"],
}


def cpu(command: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "generator"), quiet=1)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.rounds):
        for name, command in COMMANDS.items():
            times[name].append(cpu(command))
    base = statistics.median(times["python -c pass"])
    print(f"Python {sys.version.split()[0]}; median CPU of {args.rounds} rounds; `python -c pass` {base * 1000:.0f} ms")
    print("| command | CPU above `python -c pass` |")
    print("| --- | --- |")
    for name, found in times.items():
        if name != "python -c pass":
            print(f"| {name} | {(statistics.median(found) - base) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
