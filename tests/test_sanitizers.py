"""The C accelerator built with AddressSanitizer and UBSan runs the accelerator's tests and the
differential fuzz with no sanitizer report.

The engine's source (``generator/outputs/python/runtime/_speedups.c``) is compiled as it is, with
``-fsanitize=address,undefined``, against the project's tables, beside a copy of the package's
Python modules: no regenerate, no pip. A child pytest imports it with the sanitizer runtime
preloaded (CPython itself is not instrumented, so ``PYTHONMALLOC=malloc`` lets ASan see every
allocation). It is built without SIMD (``SPEEDUPS_NO_SIMD``): the portable code of machines
without SSE2 runs under the sanitizers, the SSE2 code in the ordinary build.
``REQUIRE_SANITIZERS=1`` (CI) makes a compiler without the sanitizer runtimes a failure instead of
a skip. To fuzz longer, raise ``DIFFERENTIAL_EXAMPLES`` (SECURITY.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import BYPRODUCTS, ENGINE_SOURCE, GENERATED, ROOT

# Builds, installs or long searches: the slow tier (pytest -m slow).
pytestmark = pytest.mark.slow

SUITES = [
    "tests/test_speedups.py",
    "tests/test_speedups_safety.py",
    "tests/test_limits.py",
    "tests/test_differential.py",
]
FLAGS = "-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1 -g -DSPEEDUPS_NO_SIMD"


def runtime(name: str) -> str | None:
    """The path of a sanitizer runtime of the C compiler, if it has one."""
    compiler = os.environ.get("CC", "gcc")
    if shutil.which(compiler) is None:
        return None
    found = subprocess.run([compiler, f"-print-file-name={name}"], capture_output=True, text=True).stdout.strip()
    return found if os.path.isabs(found) and Path(found).exists() else None


@pytest.fixture(scope="module")
def sanitized(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The package compiled with the sanitizers, and the runtime to preload."""
    asan = runtime("libasan.so")
    if asan is None or runtime("libubsan.so") is None:
        if os.environ.get("REQUIRE_SANITIZERS"):
            pytest.fail("the C compiler has no AddressSanitizer or UBSan runtime")
        pytest.skip("the C compiler has no AddressSanitizer or UBSan runtime")
    work = tmp_path_factory.mktemp("asan")
    package = work / "site/voucherify_models"
    shutil.copytree(GENERATED / "python/voucherify_models", package, ignore=shutil.ignore_patterns(*BYPRODUCTS))
    compiler = os.environ.get("CC", "gcc")
    include = sysconfig.get_paths()["include"]
    target = package / f"_speedups{sysconfig.get_config_var('EXT_SUFFIX')}"
    command = [compiler, *FLAGS.split(), "-shared", "-fPIC", "-std=c11", f"-I{include}", f"-I{package}"]
    built = subprocess.run(
        [*command, str(ENGINE_SOURCE / "_speedups.c"), "-o", str(target)], capture_output=True, text=True
    )
    assert built.returncode == 0, built.stderr
    return work / "site", asan


def test_the_accelerator_tests_and_the_differential_fuzz_pass_under_the_sanitizers(sanitized: tuple[Path, str]) -> None:
    site, asan = sanitized
    env = {
        **os.environ,
        "MODELS_SITE": str(site),
        "LD_PRELOAD": asan,
        "PYTHONMALLOC": "malloc",
        "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=1:strict_string_checks=1",
        "UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1",
        "REQUIRE_SPEEDUPS": "1",
        "DIFFERENTIAL_EXAMPLES": os.environ.get("DIFFERENTIAL_EXAMPLES", "300"),
    }
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *SUITES]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    report = result.stdout + result.stderr
    assert "AddressSanitizer" not in report and "runtime error:" not in report, report[-5000:]
    assert result.returncode == 0, report[-5000:]
    assert " passed" in result.stdout and " skipped" not in result.stdout.splitlines()[-1]
