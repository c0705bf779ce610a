"""The spec YAML writer: whatever the data, the lines load back as the same data (page text never
becomes structure), and text is laid out as the hand-written files lay it out."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st
from test_escaping import HOSTILE

from generator.spec import yamlreader, yamlwriter

TEXT = (
    st.text() | st.sampled_from(HOSTILE) | st.sampled_from(["on", "null", "2022-08-30T06:32:07.380Z", "- a", "#", ""])
)
SCALARS = TEXT | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False, allow_infinity=False)
DATA = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4))


def loaded(lines: list[str]) -> Any:
    doc, problems = yamlreader.load_text("\n".join(lines) + "\n", "x.yaml")
    assert problems == []
    return doc.data


@given(st.dictionaries(TEXT, DATA, min_size=1, max_size=4), st.integers(0, 12))
def test_any_data_loads_back_as_itself(data: dict[str, Any], indent: int) -> None:
    lines = yamlwriter.mapping(data, indent)
    assert loaded(lines) == data
    assert all(not line.strip() or line.startswith(" " * indent) for line in lines)


@given(TEXT)
def test_a_text_is_one_value_of_its_key(text: str) -> None:
    lines = yamlwriter.entry("description", text, 8)
    assert loaded(["x:", *lines, "        after: 1"]) == {"x": {"description": text, "after": 1}}


@given(st.lists(st.from_regex(r"[a-z]{1,12}", fullmatch=True), min_size=1, max_size=40), st.integers(0, 12))
def test_words_fill_lines_of_at_most_the_width(words: list[str], indent: int) -> None:
    text = " ".join(words)
    lines = yamlwriter.entry("description", text, indent)
    assert all(len(line) <= yamlwriter.WIDTH for line in lines)
    assert len(lines) == 1 or lines[0].endswith(": >-")


def test_the_hand_written_forms() -> None:
    assert yamlwriter.entry("enum", ["CREATED", "PAID"], 8) == ["        enum: [CREATED, PAID]"]
    assert yamlwriter.entry("all_of", ["Customer Base"], 4) == ["    all_of:", "      - Customer Base"]
    assert yamlwriter.entry("example", "2022-08-30T06:32:07.380Z", 0) == ['example: "2022-08-30T06:32:07.380Z"']
    assert yamlwriter.entry("description", "a\n\nb", 0) == ["description: |-", "  a", "", "  b"]
    assert yamlwriter.entry("on", True, 0) == ['"on": true']
    history = [{"object": "Customer", "path": "id", "kind": "added", "in": ["seed-000", "seed-002"]}]
    assert yamlwriter.entry("history", history, 0) == [
        "history:",
        "  - object: Customer",
        "    path: id",
        "    kind: added",
        "    in: [seed-000, seed-002]",
    ]
    assert yaml.safe_load("\n".join(yamlwriter.entry("x", "a: b", 0))) == {"x": "a: b"}


def test_text_keyed_deeper_than_the_width_still_folds_and_loads_back() -> None:
    """A page nested past 100 columns of indent (a deep OpenAPI schema) folds its text in lines
    of MIN_FOLD columns rather than failing."""
    text = " ".join(["word"] * 60)
    lines = yamlwriter.entry("description", text, 150)
    assert len(lines) > 2 and all(len(line.strip()) <= yamlwriter.MIN_FOLD for line in lines[1:])
    assert yaml.safe_load("\n".join(line[150:] for line in lines)) == {"description": text}
