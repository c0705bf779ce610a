"""The Markdown reference: links and anchors resolve, tables are whole, diagrams parse, text is inert."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT, project_model, write_spec
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator import pipeline
from generator.outputs.markdown import heading, md_code, md_text, narrowed, page_file

DOCS = GENERATED / "docs"
SPEC = project_model()
MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])  # as GitHub renders
MERMAID = ROOT / "tests" / "mermaid"


@functools.cache  # a page is parsed once, however many links point into it
def tokens(path: Path) -> list[Token]:
    return MD.parse(path.read_text("utf-8"))


def slug(text: str) -> str:
    """GitHub's heading anchor: lower case, punctuation but hyphens and underscores dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


@functools.cache
def anchors(path: Path) -> set[str]:
    toks = tokens(path)
    return {slug(toks[i + 1].content) for i, t in enumerate(toks) if t.type == "heading_open"}


def links(path: Path) -> list[str]:
    found = []
    for t in tokens(path):
        for child in t.children or []:
            if child.type == "link_open":
                found.append(str(child.attrs["href"]))
    return found


def tables(path: Path) -> list[list[list[str]]]:
    """Each table as rows of cell texts (header row first)."""
    out: list[list[list[str]]] = []
    for t in tokens(path):
        if t.type == "table_open":
            out.append([])
        elif t.type == "tr_open":
            out[-1].append([])
        elif t.type in ("th_open", "td_open"):
            out[-1][-1].append("")
        elif t.type == "inline" and out and out[-1] and out[-1][-1] and t.level >= 3:
            out[-1][-1][-1] = t.content
    return out


def test_there_is_an_index_and_a_page_per_documented_page() -> None:
    assert sorted(p.name for p in DOCS.glob("*.md")) == sorted(["README.md", *(page_file(p) for p in SPEC.pages)])


def headings(path: Path) -> list[tuple[int, str]]:
    toks = tokens(path)
    return [(int(t.tag[1]), toks[i + 1].content) for i, t in enumerate(toks) if t.type == "heading_open"]


def test_the_index_puts_each_page_under_its_area() -> None:
    under: dict[str, str] = {}
    area = ""
    for level, text in headings(DOCS / "README.md"):
        if level == 2 and under:
            break  # the sections after the pages
        if level == 3:
            area = text
        elif level == 4:
            under[text] = area
    assert under == {f"[{p.title}]({page_file(p)})": p.area for p in SPEC.pages}


def test_the_index_lists_every_event_type_with_its_class_and_data() -> None:
    (union,) = SPEC.unions
    events = next(t for t in tables(DOCS / "README.md") if t[0] == ["Type", "Class", "Data", "Page"])
    assert [row[:2] for row in events[1:]] == [
        *([f"`{c.value}`", f"`{c.variant}`"] for c in union.cases),
        ["any other", f"`{union.other}`"],
    ]
    for case, row in zip(union.cases, events[1:], strict=False):
        data = SPEC.model(case.carried)
        page = next(p for p in SPEC.pages if p.id == data.page)
        assert row[2].startswith(f"[{heading(data)}]({page_file(page)}#")
        assert row[3] == f"[{page.title}]({page_file(page)})"


def test_an_index_without_areas_lists_its_pages_alone(tmp_path: Path) -> None:
    spec = write_spec(
        tmp_path / "spec",
        {
            "p.yaml": """
            spec_version: 1
            page: {id: p, title: P Page, source: doc}
            objects:
              Thing: {fields: {a: {type: string}}}
        """
        },
    )
    text = pipeline.build(spec)["docs/README.md"].decode()
    assert "### [P Page](p.md)" in text and "####" not in text and "## Webhook events" not in text


def test_pages_without_an_area_come_last_under_other_pages(tmp_path: Path) -> None:
    page = """
        spec_version: 1
        page: {{id: {id}, title: {title}, source: doc{area}}}
        objects:
          {title} Thing: {{fields: {{a: {{type: string}}}}}}
    """
    spec = write_spec(
        tmp_path / "spec",
        {
            "a.yaml": page.format(id="a", title="A Page", area=""),
            "b.yaml": page.format(id="b", title="B Page", area=", area: Vouchers"),
        },
    )
    text = pipeline.build(spec)["docs/README.md"].decode()
    order = [line for line in text.splitlines() if line.startswith(("### ", "#### "))]
    assert order[:4] == ["### Vouchers", "#### [B Page](b.md)", "### Other pages", "#### [A Page](a.md)"]


@pytest.mark.parametrize("path", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_every_link_and_anchor_resolves(path: Path) -> None:
    hrefs = links(path)
    assert hrefs
    for href in hrefs:
        if href.startswith("https://"):
            continue  # the vendor's pages, named by the spec's sources
        file, _, anchor = href.partition("#")
        target = DOCS / file if file else path
        assert target.is_file(), href
        if anchor:
            assert anchor in anchors(target), f"{path.name}: {href}"


@pytest.mark.parametrize("path", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_every_table_row_has_the_header_cell_count(path: Path) -> None:
    for table in tables(path):
        assert all(len(row) == len(table[0]) for row in table), path.name


@pytest.mark.parametrize("page", SPEC.pages, ids=lambda p: p.id)
def test_every_field_of_every_object_is_in_its_table(page) -> None:
    text = (DOCS / page_file(page)).read_text("utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    for name in page.models:
        model = SPEC.model(name)
        (section,) = [s for s in sections if s.startswith(md_text(heading(model)) + "\n")]
        wire_names = re.findall(r"^\| `([^`]+)`", section, flags=re.MULTILINE)
        shown = narrowed(SPEC, model) if model.variant_of else model.fields  # a variant: what it decides
        assert wire_names == [f.wire_name for f in shown], name


def test_the_customer_page_shows_what_changed() -> None:
    text = (DOCS / "customer.md").read_text("utf-8")
    what_changed = text.split("## What changed", 1)[1]
    rows = [line for line in what_changed.splitlines() if line.startswith("| Customer")]
    assert len(rows) == len(SPEC.pages[0].history) == 13
    assert "| `assets.cockpit_preference_center_url` | added |" in what_changed


def test_a_chosen_field_links_to_its_union_and_a_page_to_where_the_vendor_publishes_it() -> None:
    text = (DOCS / "webhook.md").read_text("utf-8")
    (data,) = [row for row in text.splitlines() if row.startswith("| `data`<br>") and "free-form" in row]
    assert "its class chosen by `type`: [Webhook](#webhook)" in data
    assert "\n## Webhook\n" in text
    source = SPEC.source(SPEC.pages[0].source)
    assert f"Transcribed from [{source.title}]({source.url})" in (DOCS / "customer.md").read_text("utf-8")


def test_observed_facts_are_marked_with_their_source() -> None:
    text = (DOCS / "order.md").read_text("utf-8")
    assert "also `PROCESSING` ([Vendor guides](README.md#vendor-guides))" in text
    assert "can be null ([Vendor payloads](README.md#vendor-payloads))" in text
    assert "map of [Order Redemptions](#order-redemptions) keyed by redemption ID" in text
    assert (
        "one of [Customer With Summary Loyalty Referrals](customer.md#customer-with-summary-loyalty-referrals)" in text
    )


CLASS = r"[A-Za-z][A-Za-z0-9]*"
ARROW = r"(?:<\|--|\.\.>|-->|\*--|\*-- \"\*\")"
MERMAID_LINE = re.compile(
    rf"^    (?:direction LR|class {CLASS}|{CLASS} {ARROW} {CLASS} : [A-Za-z0-9_ -]+(?: \[\]| \{{\}}| \(one of\))?)$"
)


def diagrams(path: Path) -> list[str]:
    return re.findall(r"```mermaid\n(.*?)\n```", path.read_text("utf-8"), flags=re.DOTALL)


@pytest.mark.parametrize("page", SPEC.pages, ids=lambda p: p.id)
def test_diagram_structure(page) -> None:
    (diagram,) = diagrams(DOCS / page_file(page))
    lines = diagram.splitlines()
    assert lines[0] == "classDiagram"
    assert [line for line in lines[1:] if not MERMAID_LINE.match(line)] == []
    declared = {line.split()[1] for line in lines if line.startswith("    class ")}
    used = {word for line in lines if " : " in line for word in (line.split()[0], line.split(" : ")[0].split()[-1])}
    assert used <= declared
    assert set(page.models) <= declared


def test_diagrams_parse_with_mermaid() -> None:
    """Mermaid's own parser (tests/mermaid, installed by `npm ci` in .ci/run)."""
    installed = (MERMAID / "node_modules" / "mermaid").is_dir() and shutil.which("node")
    if not installed:
        if os.environ.get("REQUIRE_MERMAID"):
            pytest.fail("REQUIRE_MERMAID is set but tests/mermaid is not installed (npm ci --prefix tests/mermaid)")
        pytest.skip("Mermaid is not installed: npm ci --prefix tests/mermaid")
    files = [str(p) for p in sorted(DOCS.glob("*.md"))]
    result = subprocess.run(["node", str(MERMAID / "parse.mjs"), *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("ok ") == len(SPEC.pages)


HOSTILE = [
    "a | b | c",
    "line\nbreak\n\nparagraph",
    "<script>alert(1)</script><img src=x onerror=y>",
    "[link](javascript:alert(1)) ![img](x) <http://x>",
    "# heading\n- item\n1. one\n> quote",
    "`code | pipe` and ``double ` tick`` and `unclosed",
    "**bold** _em_ ~~strike~~ \\ backslash",
    "{{ jinja }} {% if %}",
    "~~a *b*~~ ~~[l](x)~~ x~~y~~z ~~<b>~~ ~~~fence~~~",
]


def cell_tokens(text: str) -> tuple[int, list[Token]]:
    toks = MD.parse(f"| h |\n| --- |\n| {text} |\n")
    cells = sum(1 for t in toks if t.type == "td_open")
    body = toks[[t.type for t in toks].index("tbody_open") :] if cells else []
    inline = [c for t in body if t.type == "inline" for c in t.children or []]
    return cells, inline


@given(st.text() | st.sampled_from(HOSTILE))
def test_md_text_cannot_break_a_table_or_add_markup(text: str) -> None:
    cells, inline = cell_tokens(md_text(text))
    assert cells == 1
    kinds = [t.type for t in inline]
    assert not set(kinds) & {"link_open", "image", "strong_open", "em_open"}
    assert all(t.content == "<br>" for t in inline if t.type == "html_inline")
    if "s_open" in kinds:  # only the text's own ~~struck~~ runs, holding nothing but text
        assert "~~" in text and kinds.count("s_open") <= text.count("~~") // 2
        inside = False
        for kind in kinds:
            inside = (inside or kind == "s_open") and kind != "s_close"
            assert not inside or kind in ("s_open", "text")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "`Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~.",
            "`Deprecated`. ~~Customer's birthdate; format YYYY-MM-DD~~.",
        ),
        ("~~a *b* [c](d)~~", "~~a \\*b\\* \\[c\\](d)~~"),
        ("~~~fence~~~ and ~~ spaced ~~", "\\~\\~\\~fence\\~\\~\\~ and \\~\\~ spaced \\~\\~"),
    ],
)
def test_struck_text_stays_struck_and_inert(text: str, shown: str) -> None:
    assert md_text(text) == shown


@given(st.text() | st.sampled_from(HOSTILE))
def test_md_code_is_one_code_span(text: str) -> None:
    cells, inline = cell_tokens(md_code(text))
    assert cells == 1
    assert [t.type for t in inline] == ["code_inline"]


@pytest.mark.parametrize("path", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_sources_are_named_by_title_not_by_id(path: Path) -> None:
    text = path.read_text("utf-8")
    for source in SPEC.sources:
        assert f"[{source.id}]" not in text and f"#{source.id})" not in text, source.id
    index = (DOCS / "README.md").read_text("utf-8")
    for source in SPEC.sources:
        assert f"### {md_text(source.title)}\n" in index
        if source.url:
            assert f"<{source.url}>" in index
