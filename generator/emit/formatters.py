"""Formatters applied to rendered text in memory; their output is part of the golden files."""

from __future__ import annotations

import contextlib
import ctypes
import functools
import json
import math
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path
from typing import assert_never

import orjson

from generator.emit import pieces
from generator.emit.atomic import write_text
from generator.emit.memo import Memo, input_key
from generator.emit.prelay import laid_out, prelaid
from generator.outputs.invisible import json_escaped
from generator.outputs.job import Formatter, PythonFormatter

# Pinned in pyproject.toml: a different black may format differently and fail `--check`.
BLACK_VERSION = version("black")
# black's mode, spelled out so that a run that formats nothing (every module recorded in the
# manifest) never imports black.
BLACK_TARGET, BLACK_LINE_LENGTH = "PY311", 100
# Everything besides the text that decides black's output: part of every key for its output.
BLACK_IDENTITY = ("black", BLACK_VERSION, BLACK_TARGET, str(BLACK_LINE_LENGTH))


class FormatError(ValueError):
    """Rendered text that its formatter cannot parse; ``line``/``column`` are in the rendered text."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def format_json(text: str) -> str:
    """Parse and re-emit JSON with two-space indents, keys in rendered order, UTF-8 kept.

    The bytes are those of ``json.dumps(data, indent=2, ensure_ascii=False)``, with invisible
    characters escaped (:mod:`generator.outputs.invisible`: SECURITY). With an indent the
    standard library encodes in pure Python, a quarter of a large build, so orjson writes the
    document wherever its bytes are the same: everywhere but floats that Python spells with an
    exponent (``1e-05``, orjson ``0.00001``) or NaN and Infinity, which the parser reports, and what
    orjson refuses (integers beyond 64 bits, lone surrogates, very deep nesting).
    """
    unusual: list[str] = []
    try:
        data = json.loads(
            text,
            parse_float=functools.partial(_read_float, unusual),
            parse_constant=functools.partial(_read_constant, unusual),
        )
    except json.JSONDecodeError as exc:
        raise FormatError(f"rendered JSON is invalid: {exc.msg}", exc.lineno, exc.colno) from exc
    if not unusual:
        with contextlib.suppress(orjson.JSONEncodeError):
            return json_escaped(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")) + "\n"
    return json_escaped(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"


def _read_float(unusual: list[str], token: str) -> float:
    value = float(token)
    if "e" in repr(value) or not math.isfinite(value):
        unusual.append(token)
    return value


def _read_constant(unusual: list[str], token: str) -> float:
    unusual.append(token)
    return float(token)


def cache_dir() -> Path | None:
    """Where formatted Python is cached across runs; None when GENERATOR_CACHE is "off"."""
    setting = os.environ.get("GENERATOR_CACHE", "")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "generator-black"


@functools.lru_cache(maxsize=512)
def format_python(text: str, disk_cache: bool = True, kind: PythonFormatter = "black") -> str:
    """Format Python source as black does: ``kind`` "python" for the templates' text (laid out
    by :func:`lay_out`), "black" for any other (black over the whole text).

    Black is nearly all of a build's time, so its output is cached under a hash of black's version,
    its mode and the unformatted text: the same input always gives the bytes black gave for it.
    """
    done = format_python_many({text: kind}, disk_cache)
    return done[text] if text in done else _black(text)  # black rejects it: say where


def format_python_many(texts: Mapping[str, PythonFormatter], disk_cache: bool) -> dict[str, str]:
    """Black's bytes for each of ``texts`` whose Python it accepts, from the per-user cache or made
    now, every text or piece in parallel, one worker process per core (black holds the GIL
    throughout, so threads would not help). The templates' texts are laid out
    (:func:`lay_out`); other texts go to black, long ones in pieces (:mod:`generator.emit.pieces`).
    A text black rejects is left out, so that :func:`format_python` reports it with its location."""
    done: dict[str, str] = {}
    cuts: dict[str, list[pieces.Piece]] = {}
    laid: list[str] = []
    for text, kind in texts.items():
        cached = _cached(text, kind, disk_cache)
        if cached is not None:
            done[text] = cached
        elif kind == "python":
            laid.append(text)
        else:
            cuts[text] = pieces.cut(text)
    work: list[tuple[PythonFormatter, str]] = [("python", text) for text in laid]
    work += [("black", each) for cut in cuts.values() for piece in cut for each in piece.inputs]
    formatted = _all(work)
    for text in laid:
        if (whole := formatted["python", text]) is not None:
            _remember(text, "python", whole, disk_cache)
            done[text] = whole
    for text, cut in cuts.items():
        ready = {k: v for piece in cut for k in piece.inputs if (v := formatted["black", k]) is not None}
        whole = pieces.joined(cut, ready) if len(ready) == sum(len(p.inputs) for p in cut) else None
        if whole is None and len(cut) > 1:
            whole = _black_or_none(text)  # a context black writes otherwise alone: the whole at once
        if whole is not None:
            _remember(text, "black", whole, disk_cache)
            done[text] = whole
    return done


def _all(work: list[tuple[PythonFormatter, str]]) -> dict[tuple[PythonFormatter, str], str | None]:
    """Each text formatted its way (None where black rejects it), the longest first over a pool of
    one worker per core where there are two texts or more."""
    todo = sorted(dict.fromkeys(work), key=lambda item: len(item[1]), reverse=True)
    workers = min(len(todo), os.cpu_count() or 1)
    if workers < 2:
        return {item: _formatted(item) for item in todo}
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_bound_to, initargs=(os.getpid(),)) as pool:
        return dict(zip(todo, pool.map(_formatted, todo), strict=True))


def _formatted(item: tuple[PythonFormatter, str]) -> str | None:
    kind, text = item
    match kind:
        case "python":
            return lay_out(text)
        case "black":
            return _black_or_none(text)
        case _:
            assert_never(kind)


def _bound_to(parent: int) -> None:
    """Make a worker end with its parent: a run killed by a signal must not leave workers that
    wait forever (they hold nothing, but they are never reaped)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)  # Linux: the kernel kills it with its parent
    if os.getppid() != parent:  # the parent died before that took effect
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()  # elsewhere: a watchdog


_PR_SET_PDEATHSIG = 1


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _black(text: str, line_length: int = BLACK_LINE_LENGTH) -> str:
    # Deferred: importing black takes ~0.15 s, and most runs format nothing.
    import black
    from black.mode import TargetVersion
    from black.parsing import InvalidInput

    mode = black.Mode(target_versions={TargetVersion[BLACK_TARGET]}, line_length=line_length)
    try:
        return black.format_str(text, mode=mode)
    except InvalidInput as exc:
        raise FormatError(f"rendered Python is invalid: {exc}", 1, 1) from exc


def _black_at(text: str, line_length: int) -> str | None:
    try:
        return _black(text, line_length)
    except FormatError:
        return None


def lay_out(text: str) -> str | None:
    """The templates' Python as black writes it, None where black rejects it. The templates write
    black's layout but for long statements, which black lays out one by one (:func:`laid_out`):
    black is not run over the whole module. Where a line black did not write is still wider than
    its limit (a statement the layout does not take alone; a docstring black never splits is no
    such line), black formats the whole text after all. Golden and property tests hold this to
    black's bytes (tests/test_format_pieces.py)."""
    laid = laid_out(text, BLACK_LINE_LENGTH, _black_at, _width)
    if laid is None:
        return None
    formatted, settled = laid
    return formatted if settled else _black_or_none(text)


def _width(row: str) -> int:
    """A line's width as black measures it (East Asian wide characters count two columns)."""
    if row.isascii():
        return len(row)
    from black.strings import str_width

    return str_width(row)


def _black_or_none(text: str) -> str | None:
    """Black's output for ``text``, its long statements laid out first (:mod:`.prelay`, which
    spares black its second pass), or None where black rejects it."""
    return _black_at(prelaid(text, BLACK_LINE_LENGTH, _black_at), BLACK_LINE_LENGTH)


def _cache_file(text: str, kind: PythonFormatter, disk_cache: bool) -> Path | None:
    """Where black's output for ``text`` is kept in the per-user cache, if that is on."""
    folder = cache_dir() if disk_cache else None
    if folder is None:
        return None
    key = python_key(text, kind).removeprefix("sha256:")
    return folder / key[:2] / key


def _remember(text: str, kind: PythonFormatter, formatted: str, disk_cache: bool) -> None:
    cached = _cache_file(text, kind, disk_cache)
    if cached is not None:
        with contextlib.suppress(OSError):
            write_text(cached, formatted)


def _cached(text: str, kind: PythonFormatter, disk_cache: bool) -> str | None:
    """Black's output for ``text`` from the per-user cache, if it is there."""
    cached = _cache_file(text, kind, disk_cache)
    if cached is None:
        return None
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return cached.read_text("utf-8")
    return None


def python_key(text: str, kind: PythonFormatter) -> str:
    """The hash of black's input: its version, its options, how the text is formatted and the text."""
    return input_key(*BLACK_IDENTITY, kind, text)


def identity(formatter: Formatter) -> tuple[str, ...]:
    """Everything besides the text that decides a formatter's output: part of the key of every
    file a slow step makes (a derived file is made again when its formatter changes)."""
    match formatter:
        case "python" | "black":
            return (*BLACK_IDENTITY, formatter)
        case "json" | "text":
            return (formatter,)
        case _:
            assert_never(formatter)


def format_text_as(formatter: Formatter, text: str, disk_cache: bool = True) -> str:
    """``text`` formatted by ``formatter``."""
    match formatter:
        case "json":
            return format_json(text)
        case "text":
            return format_text(text)
        case "python" | "black":
            return format_python(text, disk_cache, formatter)
        case _:
            assert_never(formatter)


def format_file(memo: Memo, path: str, kind: Formatter, text: str, ready: Mapping[str, str] | None = None) -> str:
    """Format ``text`` as the output file ``path`` by the formatter ``kind``; Python via the memo,
    taking black's output from ``ready`` (:func:`format_python_many`) where it is there."""
    if kind != "python" and kind != "black":
        return format_text_as(kind, text)

    def step() -> str:
        done = ready.get(text) if ready else None
        return done if done is not None else format_python(text, memo.disk_cache, kind)

    return memo.run(path, python_key(text, kind), step)


def format_text(text: str) -> str:
    """Plain text and Markdown: trailing spaces stripped, exactly one final newline.

    Lines are split on "\n" only: str.splitlines() would also split on U+2028 and other
    separators inside a description, and break the table row it stands in."""
    return "\n".join(line.rstrip(" \t") for line in text.strip("\n").split("\n")) + "\n"
