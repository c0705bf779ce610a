"""The command as users and pipelines run it: a real subprocess, exit codes, and guards on the setup."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import black
from conftest import BYPRODUCTS, ROOT, generated_count

from generator import __version__, cli
from generator.emit.formatters import format_json, format_python
from generator.spec.loader import spec_schema


def generator(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def test_check_acts_on_the_working_folder(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    shutil.copytree(ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns(*BYPRODUCTS))
    result = generator("regenerate", "--check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"generated is current ({generated_count()} files)\n"


def test_a_folder_without_a_spec_is_told_so(tmp_path: Path) -> None:
    result = generator("regenerate", "--check", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"spec:1:1: spec folder not found (looked for {(tmp_path / 'spec').resolve()}):"
        " run in the folder that holds it, or pass --spec\n1 problem(s); nothing written\n"
    )


def test_spec_schema_prints_the_format_the_loader_validates_against(tmp_path: Path) -> None:
    printed = generator("spec-schema", cwd=tmp_path)
    assert printed.returncode == 0
    assert json.loads(printed.stdout) == spec_schema()
    assert printed.stdout == (ROOT / "generator/spec.schema.json").read_text()


def test_version_and_help_show_the_working_folder_defaults() -> None:
    pinned = f"black {version('black')}, datamodel-code-generator {version('datamodel-code-generator')}"
    assert generator("--version").stdout == f"python -m generator {__version__} ({pinned})\n"
    assert cli.parser().prog == "docmodels"  # run as the console script (as here, under pytest)
    usage = generator("regenerate", "--help").stdout
    assert "spec folder (default: ./spec)" in usage
    assert "(default: ./generated)" in usage


def test_check_exits_1_on_drift(tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns(*BYPRODUCTS))  # a current output
    (out / "jsonschema/CustomerId.schema.json").write_text("{}\n")
    result = generator("regenerate", "--check", "--out", str(out))
    assert result.returncode == 1
    assert f"--- {out}/jsonschema/CustomerId.schema.json\n+++ {out}/jsonschema" in result.stdout  # no "a//tmp"
    assert result.stdout.endswith(f"run `python -m generator regenerate --out {out}`\n")  # the folders given
    relative = generator("regenerate", "--check", "--spec", str(ROOT / "spec"), "--out", "out", cwd=tmp_path)
    assert "--- a/out/jsonschema/CustomerId.schema.json\n+++ b/out/" in relative.stdout


def test_bad_spec_exits_2_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec/a.yaml").write_text("spec_version: 2\n")
    result = generator("regenerate", "--spec", "spec", "--out", "out", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines()[0] == "spec/a.yaml:1:15: 1 was expected"
    assert not (tmp_path / "out").exists()


def test_dump_model_prints_the_resolved_model_as_json() -> None:
    result = generator("regenerate", "--dump-model")
    model = json.loads(result.stdout)
    assert [p["id"] for p in model["pages"]] == ["customer", "order", "customer-created-event", "webhook"]
    assert model["pages"][0]["history"][0]["path"] == "assets.cockpit_preference_center_url"
    customer = next(m for m in model["models"] if m["name"] == "CustomerWithSummaryLoyaltyReferrals")
    assert customer["all_of"] == ["CustomerResponseData", "CustomerBase"]
    assert len(customer["fields"]) == 19


def test_usage_error_is_reported_by_argparse() -> None:
    result = generator("regenerate", "--no-such-flag")
    assert result.returncode == 2
    assert "unrecognized arguments: --no-such-flag" in result.stderr


def test_installed_black_is_the_pinned_one() -> None:
    # Generated Python is golden output; another black may format it differently.
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    (pin,) = [d for d in dependencies if d.startswith("black")]
    assert pin == f"black=={black.__version__}"


def test_formatters_are_stable() -> None:
    source = "def f( a ):\n  return {'a':a}\n"
    assert format_python(source) == 'def f(a):\n    return {"a": a}\n'
    assert format_python(format_python(source)) == format_python(source)
    assert format_json('{"b": 1, "a": ["é"]}') == '{\n  "b": 1,\n  "a": [\n    "é"\n  ]\n}\n'


def test_every_spec_file_names_the_spec_schema_for_editors() -> None:
    for path in sorted((ROOT / "spec").glob("*.yaml")):
        first = path.read_text().splitlines()[0]
        match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert match, path.name
        assert (path.parent / match.group(1)).resolve() == ROOT / "generator/spec.schema.json"
