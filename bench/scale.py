"""Benchmark: what a package of many pages costs against a small one, side by side in one run.

    python bench/scale.py --large SPEC_DIR [--small PACKAGE_DIR] [--rounds 15] [--calls 2000]

``--large`` is a spec folder (the vendor's whole reference, imported with ``import-page``); it is
regenerated into a temporary folder with this checkout's generator. ``--small`` is a generated
``python`` folder to compare with (default: the checked-in ``generated/python``). Both are
installed with ``pip`` (C accelerator compiled) and timed in the same rounds, interleaved, each in
a fresh interpreter:

- ``import voucherify_models``;
- ``from voucherify_models import parse_webhook`` (what a webhook handler imports);
- ``parse_webhook`` of a ``customer.created`` body (seed 004's example payload as the data of the
  envelope the package's factory makes), the best of 3 repeats of ``--calls`` calls, per call.

Prints the medians and large/small ratios, and the targets: import at most 1.5x, parse_webhook
within 10%.
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import seed_004_payload  # noqa: E402

IMPORT = "import time; t = time.perf_counter(); import voucherify_models; print(time.perf_counter() - t)"
IMPORT_PARSER = (
    "import time; t = time.perf_counter(); from voucherify_models import parse_webhook; print(time.perf_counter() - t)"
)
PARSE = """
import json, sys, timeit
from voucherify_models import parse_webhook
from voucherify_models.testing import make_customer_created_webhook
body = json.dumps(make_customer_created_webhook().to_dict() | {"data": json.loads(sys.argv[1])})
assert type(parse_webhook(body)).__name__ == "CustomerCreatedWebhook"
calls = int(sys.argv[2])
print(min(timeit.repeat(lambda: parse_webhook(body), number=calls, repeat=3)) / calls)
"""


def install(source: Path, folder: Path) -> Path:
    """``source`` (a generated python folder) as ``pip install`` makes it; the site folder."""
    copy = folder / "source"
    shutil.copytree(
        source,
        copy,
        ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"),
    )
    pip = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
    ]
    subprocess.run(
        [*pip, "--target", str(folder / "site"), str(copy)],
        check=True,
        capture_output=True,
    )
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder / "site")], check=True)
    return folder / "site"


def regenerate(spec: Path, folder: Path) -> Path:
    out = folder / "generated"
    command = [
        sys.executable,
        "-m",
        "generator",
        "regenerate",
        "--spec",
        str(spec),
        "--out",
        str(out),
    ]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return out / "python"


def seconds(site: Path, code: str, *args: str) -> float:
    program = f"import sys; sys.path.insert(0, {str(site)!r})\n{code}"
    return float(subprocess.check_output([sys.executable, "-c", program, *args]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, required=True, help="a spec folder of many pages")
    parser.add_argument("--small", type=Path, default=ROOT / "generated" / "python")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    atexit.register(shutil.rmtree, work, True)
    large = regenerate(args.large.resolve(), work)
    sites = {
        "small": install(args.small.resolve(), work / "small"),
        "large": install(large, work / "large"),
    }
    modules = {k: len(list((v / "voucherify_models").glob("*.py"))) for k, v in sites.items()}
    measures = {
        "import voucherify_models (ms)": (IMPORT, (), 1000.0),
        "from voucherify_models import parse_webhook (ms)": (IMPORT_PARSER, (), 1000.0),
        "parse_webhook, customer.created (µs)": (
            PARSE,
            (json.dumps(seed_004_payload()), str(args.calls)),
            1e6,
        ),
    }
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.rounds):
        for measure, (code, extra, _scale) in measures.items():
            for name, site in sites.items():
                times.setdefault((measure, name), []).append(seconds(site, code, *extra))
    print(f"small: {modules['small']} modules; large: {modules['large']} modules; {args.rounds} rounds")
    print(f"{'':50} {'small':>10} {'large':>10} {'ratio':>7}")
    ratios = {}
    for measure, (_code, _extra, scale) in measures.items():
        small = statistics.median(times[measure, "small"]) * scale
        big = statistics.median(times[measure, "large"]) * scale
        ratios[measure] = big / small
        print(f"{measure:50} {small:10.2f} {big:10.2f} {big / small:6.2f}x")
    print("targets:")
    print(f"  import at most 1.5x: {ratios['import voucherify_models (ms)']:.2f}x")
    print(f"  parse_webhook within 10%: {ratios['parse_webhook, customer.created (µs)']:.2f}x")


if __name__ == "__main__":
    main()
