"""Black's output is cached by content; a hit gives black's bytes without running black."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator.emit import formatters
from generator.emit.memo import Memo

SOURCE = "x = {'a':1}\n"


@pytest.fixture(autouse=True)
def fresh_memory_cache():
    formatters.format_python.cache_clear()
    yield
    formatters.format_python.cache_clear()


def test_a_miss_runs_black_and_stores_the_result(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE", str(tmp_path))
    assert formatters.format_python(SOURCE) == 'x = {"a": 1}\n'
    (entry,) = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert entry.read_text() == 'x = {"a": 1}\n'


def test_a_hit_does_not_run_black(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE", str(tmp_path))
    formatters.format_python(SOURCE)
    formatters.format_python.cache_clear()

    def no_black(*args, **kwargs):
        raise AssertionError("black ran on a cached input")

    monkeypatch.setattr(black, "format_str", no_black)
    assert formatters.format_python(SOURCE) == 'x = {"a": 1}\n'
    with pytest.raises(AssertionError):
        formatters.format_python(SOURCE + "y = 2\n")  # other text: a miss


def test_off_disables_the_disk_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert formatters.format_python(SOURCE) == 'x = {"a": 1}\n'
    assert not any(tmp_path.rglob("*"))


def test_invalid_python_is_a_format_error_and_is_not_cached(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE", str(tmp_path))
    with pytest.raises(formatters.FormatError):
        formatters.format_python("def (:\n")
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


TEXTS = ["x = {'a':1}\n", "def f( a ):\n  return a\n", "y = [1,\n2]\n"]


def test_formatting_many_gives_blacks_own_output_and_fills_the_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE", str(tmp_path))
    ready = formatters.format_python_many(dict.fromkeys([*TEXTS, TEXTS[0]], "black"), disk_cache=True)
    mode = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)
    assert ready == {t: black.format_str(t, mode=mode) for t in TEXTS}
    assert len([p for p in tmp_path.rglob("*") if p.is_file()]) == len(TEXTS)

    # Now every text is in the cache: black does not run again.
    def no_black(*args: object, **kwargs: object) -> str:
        raise AssertionError("black ran although every text was in the cache")

    monkeypatch.setattr(black, "format_str", no_black)
    assert formatters.format_python_many(dict.fromkeys(TEXTS, "black"), disk_cache=True) == ready


def test_formatting_many_leaves_out_what_black_rejects(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for kind in ("black", "python"):
        ready = formatters.format_python_many(dict.fromkeys([*TEXTS, "def (:\n"], kind), disk_cache=False)
        assert sorted(ready) == sorted(TEXTS)
    assert not any(tmp_path.rglob("*"))
    with pytest.raises(formatters.FormatError):  # reported, with its location, by the caller's own run
        formatters.format_file(Memo(disk_cache=False), "m.py", "python", "def (:\n", ready)


def test_format_file_takes_the_text_made_ahead(monkeypatch) -> None:
    def no_black(*args, **kwargs):
        raise AssertionError("black ran although the text was made ahead")

    monkeypatch.setattr(black, "format_str", no_black)
    memo = Memo(disk_cache=False)
    assert formatters.format_file(memo, "m.py", "python", TEXTS[0], {TEXTS[0]: "made ahead\n"}) == "made ahead\n"
    assert memo.computed == 1
