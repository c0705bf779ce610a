"""The tool as users install it: the wheel in a fresh virtual environment, run from other folders.

No test of this module runs the checkout itself: the wheel is built from it and installed non-editable, and
every command runs in a scratch repository of its own, as a user's project would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from conftest import BYPRODUCTS, ROOT, generated_count, tree

from generator import __version__

# Builds, installs or long searches: the slow tier (pytest -m slow).
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the installed tool's commands: the wheel built from the checkout, installed
    with its dependencies into a new virtual environment."""
    work = tmp_path_factory.mktemp("installed")
    pip = [sys.executable, "-m", "pip"]
    built = subprocess.run(
        [*pip, "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--wheel-dir", str(work / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        cwd=work,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (work / "dist").glob("*.whl")
    venv.create(work / "venv", with_pip=True)
    bin_dir = work / "venv" / "bin"
    installed = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr
    return bin_dir


def repository(folder: Path, *, generated: bool = True) -> Path:
    """A user's repository: a copy of the project's spec, and of its output when ``generated``."""
    shutil.copytree(ROOT / "spec", folder / "spec")
    if generated:
        shutil.copytree(ROOT / "generated", folder / "generated", ignore=shutil.ignore_patterns(*BYPRODUCTS))
    return folder


def command(tool: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": f"{tool}{os.pathsep}{os.environ['PATH']}", "HOME": str(cwd), "GENERATOR_CACHE": "off"}
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, env=env)


def test_the_installed_tool_is_the_wheel_not_the_checkout(tool: Path, tmp_path: Path) -> None:
    where = command(tool, tmp_path, "python", "-c", "import generator; print(generator.__file__)")
    assert where.stdout.startswith(str(tool.parent)), where.stdout + where.stderr
    assert command(tool, tmp_path, "docmodels", "--version").stdout.startswith(f"docmodels {__version__} (black ")


def test_the_installed_tool_regenerates_a_spec_to_the_same_bytes(tool: Path, tmp_path: Path) -> None:
    user = repository(tmp_path / "user", generated=False)
    made = command(tool, user, "docmodels", "regenerate")
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[-1] == f"{generated_count()} written, 0 deleted, 0 unchanged"
    assert tree(user / "generated") == tree(ROOT / "generated")
    for check in (["docmodels"], ["python", "-m", "generator"]):  # (the second in no folder of its own)
        result = command(tool, user, *check, "regenerate", "--check", "--no-cache")
        assert (result.returncode, result.stdout) == (0, f"generated is current ({generated_count()} files)\n")
    assert sorted(p.name for p in user.iterdir()) == ["generated", "spec"]  # nothing beside the output


def test_runs_in_one_repository_never_see_or_touch_another(tool: Path, tmp_path: Path) -> None:
    first = repository(tmp_path / "a")
    second = repository(tmp_path / "b")
    before = tree(first)
    spec = second / "spec/customer.yaml"
    spec.write_text(spec.read_text().replace("Customer's first and last name.", "The customer's full name."))
    stale = command(tool, second, "docmodels", "regenerate", "--check")
    assert stale.returncode == 1
    assert "--- a/generated/python/voucherify_models/customer.py" in stale.stdout
    assert str(first) not in stale.stdout + stale.stderr
    assert command(tool, second, "docmodels", "regenerate").returncode == 0
    assert command(tool, second, "docmodels", "regenerate", "--check").returncode == 0
    assert command(tool, first, "docmodels", "regenerate", "--check").returncode == 0
    assert tree(first) == before


def test_a_repository_with_a_generator_package_of_its_own_is_still_checked(tool: Path, tmp_path: Path) -> None:
    user = repository(tmp_path / "user")
    (user / "generator").mkdir()
    (user / "generator/__init__.py").write_text("")
    (user / "generator/__main__.py").write_text("print('our own code generator')\n")
    shadowed = command(tool, user, "python", "-m", "generator", "regenerate", "--check")
    assert shadowed.stdout == "our own code generator\n"  # why the console script is the documented way
    (user / "spec/customer.yaml").write_text((user / "spec/customer.yaml").read_text().replace("Customer's", "The"))
    stale = command(tool, user, "docmodels", "regenerate", "--check")
    assert stale.returncode == 1 and "generated is out of date" in stale.stdout, stale.stdout + stale.stderr
    assert stale.stdout.endswith("run `docmodels regenerate`\n")


def test_the_installed_tool_takes_template_overrides_from_the_user(tool: Path, tmp_path: Path) -> None:
    user = repository(tmp_path / "user", generated=False)
    override = user / "templates/markdown/index.md.j2"
    override.parent.mkdir(parents=True)
    override.write_text("# {{ title }}\n\nOur own index.\n")
    made = command(tool, user, "docmodels", "regenerate", "--templates", "templates")
    assert made.returncode == 0, made.stderr
    assert (user / "generated/docs/README.md").read_text() == "# Voucherify object reference\n\nOur own index.\n"
    assert (user / "generated/docs/customer.md").read_bytes() == (ROOT / "generated/docs/customer.md").read_bytes()


def test_the_pre_commit_hook_passes_on_a_current_tree_and_fails_on_a_stale_one(tmp_path: Path) -> None:
    if shutil.which("pre-commit") is None and not (Path(sys.executable).parent / "pre-commit").exists():
        pytest.fail("pre-commit is not installed (it is in the dev extra: pip install -e '.[dev]')")
    user = repository(tmp_path / "user")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "GENERATOR_CACHE": "off"}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=user, check=True, capture_output=True, env=env)

    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "spec and output")
    hook = [str(Path(sys.executable).parent / "pre-commit"), "try-repo", str(ROOT), "regenerate-check", "--all-files"]
    current = subprocess.run(hook, cwd=user, capture_output=True, text=True, env=env)
    assert current.returncode == 0, current.stdout + current.stderr
    assert "generated output is current" in current.stdout and "Passed" in current.stdout
    spec = user / "spec/order.yaml"
    spec.write_text(spec.read_text().replace("Unique source ID of an existing order", "The source ID of an order"))
    stale = subprocess.run(hook, cwd=user, capture_output=True, text=True, env=env)
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert "Failed" in stale.stdout and "is out of date" in stale.stdout
