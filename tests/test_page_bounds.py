"""Every page reader does work linear in the page, and a page past the documented sizes is a
located error: hostile pages (the security review's, and families made to trip a backtracking
pattern) finish, and their cost grows as the page does."""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.pages import importer, readers
from generator.pages.page import MAX_LINE_CHARS, MAX_NESTING, PageError


def _mdx(description: str) -> str:
    return f'---\ntitle: "Hostile page"\n---\n\n## Hostile Thing\n\n- `amount` (`integer`): {description}\n'


def _import(text: str) -> None:
    with contextlib.suppress(PageError):  # a refused page is an answer too
        importer.import_page(text, "seed-001")


def test_a_formula_made_to_backtrack_is_read_at_once() -> None:
    # A full stop, an operator and `.ab` forty times: a pattern letting `\.\w+[^.]*` repeat tried
    # about 4^40 ways to split it.
    spec = importer.import_page(_mdx("Total. =" + ".ab" * 40 + "."), "seed-001").text
    assert "description:" in spec and ".ab.ab." in spec


def test_a_front_matter_of_newlines_is_read_at_once() -> None:
    text = "---" + "\n" * 40000 + "## Hostile Thing\n\n- `amount` (`integer`): x\n"
    assert "amount:" in importer.import_page(text, "seed-001").text


def test_a_line_past_the_limit_is_a_located_error() -> None:
    with pytest.raises(PageError) as caught:
        readers.read(_mdx("a" + " " * 200000 + "b"))
    assert str(caught.value) == (
        f"7:1: the line has 200026 characters; a page reader reads lines of at most {MAX_LINE_CHARS}"
    )


def test_html_nested_past_the_limit_is_a_located_error() -> None:
    text = "<table>\n" + "<div>\n" * (MAX_NESTING + 5) + "</table>\n"
    with pytest.raises(PageError) as caught:
        readers.read(text)
    assert str(caught.value) == f"{MAX_NESTING + 1}:1: more than {MAX_NESTING} elements are open at once"


def _row(name: str) -> str:
    cell = "<td><p>{0}<br /><code>string</code></p></td><td><p>About {0}.</p></td>"
    return f"<tr>{cell.format(name)}</tr>\n"


# Each family makes a page of about n units of something a backtracking or rescanning reader
# would pay for more than once.
FAMILIES: dict[str, Callable[[int], str]] = {
    "spaces in a description": lambda n: _mdx("a" + " " * n + "b"),
    "spaces before an example": lambda n: _mdx("a" + " " * n + "**Example:** x"),
    "spaces before values": lambda n: _mdx("a" + " " * n + "Available value"),
    "dots after an operator": lambda n: _mdx("Total. =" + ".ab" * (n // 3) + "."),
    "a heading of spaces": lambda n: "## a" + " " * n + "x\n\n- `amount` (`integer`): x\n",
    "front matter newlines": lambda n: "---" + "\n" * n + "## Hostile Thing\n\n- `amount` (`integer`): x\n",
    "h2 headings side by side": lambda n: "<table></table>\n" + "<h2>A Thing</h2>\n" * (n // 16),
    "objects with tables": lambda n: "".join(
        f"<h2>Thing {i}</h2>\n<table><tbody>{_row('x')}</tbody></table>\n" for i in range(n // 120)
    ),
    "text rows ending in spaces": lambda n: "Thing Page\nA Thing\nAttributes\nidstring | x" + " " * n + "y\n",
    "text words run together": lambda n: "Thing Page\nA Thing\nAttributes\n" + "a" * n + " string\n",
    "text examples after spaces": lambda n: "Thing Page\nA Thing\nAttributes\nid\nstring\n" + " " * n + "Ex\n",
    "table: brackets in a cell": lambda n: _table("[" * n + "](#x)"),
    "table: a heading of spaces": lambda n: "## a" + " " * n + "b\n\n" + _table("x"),
    "table: values after spaces": lambda n: _table("values" + " " * n + "x"),
    "table: bars in a cell": lambda n: _table("`" + "|" * n),
    "table: dashes": lambda n: "-" * n + "\n" + _table("x"),
    "table: many rows": lambda n: _table("x") + "| `a` | string | y |\n" * (n // 20),
}


def _table(cell: str) -> str:
    return f"## Thing\n\n| Name | Type | Description |\n| --- | --- | --- |\n| `id` | string | {cell} |\n"


def _cost(text: str) -> float:
    """The least CPU time of a few imports of ``text``: the least is the one the machine's other
    work disturbed least."""
    costs = []
    gc.collect()
    gc.disable()  # a collection's cost is the whole process's heap, not this page's
    try:
        for _ in range(3):
            start = time.process_time()
            _import(text)
            costs.append(time.process_time() - start)
    finally:
        gc.enable()
    return min(costs)


@pytest.mark.slow  # long pages, each read ten times
@pytest.mark.parametrize("family", FAMILIES)
def test_the_work_grows_linearly(family: str) -> None:
    # Eight times the page costs about eight times the work: a ratio, never a limit on time. A
    # quadratic reader would cost 64 times; the bound leaves room for the machine's noise.
    small, large = 6000, 48000
    make = FAMILIES[family]
    _import(make(small))  # imports and caches warmed
    ratio = _cost(make(large)) / max(_cost(make(small)), 1e-4)
    assert ratio < 24, f"{family}: 8x the page cost {ratio:.1f}x"


_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", "`", "``", ".", ". ", "=", "+", "ab", "|", "#", "## ", "- ", "* ", "(`string`)",
        "(`integer`):", "**Example:**", "Available values: ", "`x`, ", "---\n", "<h2>", "</h2>", "<table>",
        "<tr><td>", "</td><td>", "<code>string</code>", "<p>", "One of:", "All of:", "Attributes\n",
        "Array of ", "A Thing\n", "sum(", "\u00f7", "\t", "\r", "| Name | Type |\n", "| --- | --- |\n",
        "[", "](#", "<th>Type</th>", "<th>Field</th>", "string[]", "list<", "nullable",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=300))
def test_any_page_of_page_pieces_is_read_or_refused(pieces: list[str]) -> None:
    # Whatever the pieces make, the import ends with a spec file or a PageError; nothing else.
    _import("".join(pieces))


def _nested_document(levels: int) -> str:
    """An OpenAPI document whose one schema nests ``levels`` inline objects, and whose webhook's
    example nests as deep through a schema that references itself."""
    schema = '{"type": "object", "properties": {"a":\n' * levels + '{"type": "string"}' + "}}\n" * levels
    example = '{"a":\n' * (2 * levels) + "null" + "}\n" * (2 * levels)
    body = '"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Self"}, '
    body += f'"examples": {{"w": {{"value": {example}}}}}}}}}'
    return (
        '{"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, '
        f'"webhooks": {{"W": {{"post": {{"requestBody": {{{body}}}}}}}}}, '
        '"components": {"schemas": {'
        f'"Deep": {{"title": "Deep", "type": "object", "properties": {{"a": {schema}}}}}, '
        '"Self": {"title": "Self", "type": "object", "properties": {"a": {"$ref": "#/components/schemas/Self"}}}}}}'
    )


def test_an_openapi_document_nested_past_the_limit_is_a_page_error_and_one_within_it_is_read() -> None:
    from generator.pages import openapi, openapi_facts

    for levels in (MAX_NESTING, 5000):  # deeper than the JSON parser itself reads, too
        with pytest.raises(PageError, match=f"nests deeper than {MAX_NESTING} levels"):
            readers.read(_nested_document(levels))
        with pytest.raises(PageError, match=f"nests deeper than {MAX_NESTING} levels"):
            openapi_facts.facts(_nested_document(levels))
    within = _nested_document(MAX_NESTING // 2 - 10)
    assert len(openapi.read_selected(within, "Deep").rows) > MAX_NESTING // 2 - 10
    assert readers.read(within)[1].events[0].webhook == "W"
    assert any(f.kind == "nullable" for f in openapi_facts.facts(within))  # the example's deepest null
