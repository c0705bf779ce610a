"""Black's output is cached by content; a hit gives black's bytes without running black."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator import formatting

SOURCE = "x = {'a':1}\n"


@pytest.fixture(autouse=True)
def fresh_memory_cache():
    formatting.format_python.cache_clear()
    yield
    formatting.format_python.cache_clear()


def test_a_miss_runs_black_and_stores_the_result(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_GENERATOR_CACHE", str(tmp_path))
    assert formatting.format_python(SOURCE) == 'x = {"a": 1}\n'
    (entry,) = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert entry.read_text() == 'x = {"a": 1}\n'


def test_a_hit_does_not_run_black(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_GENERATOR_CACHE", str(tmp_path))
    formatting.format_python(SOURCE)
    formatting.format_python.cache_clear()

    def no_black(*args, **kwargs):
        raise AssertionError("black ran on a cached input")

    monkeypatch.setattr(black, "format_str", no_black)
    assert formatting.format_python(SOURCE) == 'x = {"a": 1}\n'
    with pytest.raises(AssertionError):
        formatting.format_python(SOURCE + "y = 2\n")  # other text: a miss


def test_off_disables_the_disk_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_GENERATOR_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert formatting.format_python(SOURCE) == 'x = {"a": 1}\n'
    assert not any(tmp_path.rglob("*"))


def test_invalid_python_is_a_format_error_and_is_not_cached(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_GENERATOR_CACHE", str(tmp_path))
    with pytest.raises(formatting.FormatError):
        formatting.format_python("def (:\n")
    assert not any(p.is_file() for p in tmp_path.rglob("*"))
