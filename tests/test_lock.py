"""Runs never hang and never litter: a waiting run names the holder and gives up; black's workers
die with a killed run and never keep its lock; what killed runs left is cleared."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, on_seed_pages, seed_spec, tree

from generator import pipeline
from generator.emit import lock, writer

HOLD = """\
import sys, time
from pathlib import Path
from generator.emit.lock import locked
with locked(Path(sys.argv[1]), "out"):
    print("held", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def run(run: Any) -> Any:
    return on_seed_pages(run)


def hold(out: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


def regenerate(out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "regenerate", "--out", str(out), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("stopped", [False, True], ids=["running holder", "stopped holder"])
def test_a_waiting_run_names_the_holder_and_gives_up_after_its_wait(tmp_path: Path, stopped: bool) -> None:
    out = tmp_path / "out"
    holder = hold(out)
    try:
        if stopped:
            os.kill(holder.pid, signal.SIGSTOP)
        started = time.monotonic()
        result = regenerate(out, "--wait", "0.5")
        assert time.monotonic() - started < 30
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 2
    who = f"pid {holder.pid}" if Path("/proc/locks").exists() else "another process"
    assert result.stderr.splitlines() == [
        f"{out}: waiting for the run that holds its lock ({who}), for up to 0.5 s",
        f"{out}: another run ({who}) holds the lock; gave up after 0.5 s; nothing written",
    ]
    assert not out.exists()


def test_a_run_waits_for_the_holder_and_then_goes_on(tmp_path: Path, built: Path) -> None:
    out = tmp_path / "out"
    holder = hold(out)
    waiting = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "regenerate",
            "--spec",
            str(seed_spec()),
            "--out",
            str(out),
            "--wait",
            "60",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert waiting.stderr is not None
    first = waiting.stderr.readline()  # the waiter says it waits once it found the lock taken
    assert "waiting for the run that holds its lock" in first, first
    holder.kill()
    holder.wait()
    _, stderr = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, first + stderr
    assert tree(out) == tree(built)


WORKERS = """\
import os, sys, time
from pathlib import Path
from generator import pipeline
from generator.emit import formatters
pids = Path(sys.argv[2])

def slow_black(text, *options):
    (pids / str(os.getpid())).touch()
    time.sleep(120)
    return text

formatters._black = slow_black  # the forked workers inherit it
pipeline.regenerate(Path(sys.argv[3]), None, Path(sys.argv[1]), "out", reuse=False)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="watches processes through /proc")
def test_black_workers_die_with_a_killed_run_and_keep_no_lock(tmp_path: Path) -> None:
    out, pids = tmp_path / "out", tmp_path / "pids"
    pids.mkdir()
    env = {**os.environ, "GENERATOR_CACHE": "off"}
    run = subprocess.Popen([sys.executable, "-c", WORKERS, str(out), str(pids), str(seed_spec())], cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = [int(p.name) for p in pids.iterdir()]
    assert len(workers) >= 2, "the run started no worker processes"
    run.kill()  # the main process only, as the OOM killer or a CI timeout does
    run.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in alive:  # leave no process behind, whatever the outcome
        os.kill(pid, signal.SIGKILL)
    assert not alive
    result = regenerate(out, "--wait", "5")
    assert result.returncode == 0, result.stderr
    assert "waiting" not in result.stderr


def test_forked_children_do_not_hold_the_lock(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with lock.locked(out, "out"):
        child = os.fork()
        if child == 0:  # the child's copy of the lock is closed at once
            os._exit(0 if not lock._HELD else 1)
        _, status = os.waitpid(child, 0)
        assert os.waitstatus_to_exitcode(status) == 0


def test_the_old_tree_of_a_cut_two_rename_swap_is_restored(run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("regenerate", "--out", out).code == 0
    before = tree(out)
    os.rename(out, tmp_path / ".out.new-killed.old")  # killed between the two renames
    (tmp_path / ".out.new-killed").mkdir()
    assert run("regenerate", "--out", out).code == 0
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failure_after_the_new_tree_is_in_place_is_no_failure(run, tmp_path: Path, monkeypatch, built: Path) -> None:
    out = tmp_path / "out"

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.shutil, "rmtree", no_space)  # removing the old tree fails
    assert run("regenerate", "--out", out).code == 0
    (out / "docs/README.md").write_text("stale\n")
    result = run("regenerate", "--out", out)
    assert (result.code, result.err) == (0, "")
    assert tree(out) == tree(built)


def test_pipeline_regenerate_reports_the_wait_through_say(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = hold(out)
    said: list[str] = []
    try:
        with pytest.raises(lock.LockTimeout):
            pipeline.regenerate(seed_spec(), None, out, "out", wait=0.2, say=said.append)
    finally:
        holder.kill()
        holder.wait()
    assert len(said) == 1 and said[0].startswith("out: waiting for the run that holds its lock")
