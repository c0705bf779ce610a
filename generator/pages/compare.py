"""compare-docs: how a saved vendor reference page differs from the spec.

A page is read into attributes (generator.pages.readers), its objects are matched to the spec's by
title, or by their attributes where the page renamed one, and its attributes to the spec's by path
(text captures lose nesting, so there by name, in order), and every difference in the documented
values is reported: objects renamed, added or missing, attributes added or missing, type,
nullability, available values, example, and description (as a word diff). What the spec records
as observed is not compared; what the spec
records as lost by the capture is listed apart; a difference the spec's history records is
reported all the same, labelled with it.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from generator.model.ir import Change, SpecModel
from generator.pages import readers
from generator.pages.page import PageAttribute, PageError
from generator.pages.spec_rows import spec_rows

# How a kind of difference is named in the spec's history.
_HISTORY_KIND = {"missing": "added", "added": "removed"}


__all__ = ["PageError", "Report", "compare", "read_page", "render_text"]


@dataclass(frozen=True)
class Finding:
    """One difference between the page and the spec."""

    kind: (
        str  # object-missing, object-added, object-renamed, missing, added, type, nullable, enum, example, description
    )
    object: str
    path: str
    page: Any
    spec: Any
    detail: str
    history: str | None = None


@dataclass
class Report:
    """The comparison of one page."""

    page: str
    document: str | None
    form: str
    compared: int
    findings: list[Finding] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    @property
    def drift(self) -> bool:
        return bool(self.findings)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "drift": self.drift}


def normalise(text: str | None) -> str:
    """Description text without Markdown marks or escapes, whitespace collapsed: what both forms share."""
    text = re.sub(r"\\([\\`*_\[\]$])", r"\1", text or "")
    return " ".join(re.sub(r"`|~~|\*\*", "", text).split())


def word_diff(spec: str, page: str) -> str:
    """The page's text against the spec's: ``[-only in the spec-]{+only on the page+}``."""
    a, b = spec.split(), page.split()
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += a[i1:i2]
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def read_page(path: Path, spec: SpecModel) -> tuple[readers.PageReader, list[PageAttribute], str]:
    """The page's reader, attributes and form; PageError when it cannot be read as a reference page."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PageError(f"cannot read the page: {exc}") from exc
    reader, page = readers.read(text, frozenset(m.title for m in spec.models if m.title))
    rows = page.rows
    if reader.form == "openapi":  # a null or a value its examples send is the document's word too
        from generator.pages.openapi_facts import facts

        found = {(f.object, f.path, f.kind): f.value for f in facts(text)}
        rows = [
            dataclasses.replace(
                r,
                nullable=r.nullable or (r.object, r.path, "nullable") in found,
                enum=found.get((r.object, r.path, "enum"), r.enum) if r.enum else r.enum,
            )
            for r in rows
        ]
    return reader, rows, readers.form_name(reader, page)


def compare(path: Path, spec: SpecModel) -> Report:
    """Compare one saved page with the spec."""
    reader, rows, form = read_page(path, spec)
    document = next((s.id for s in spec.sources if s.file and Path(s.file).name == path.name), None)
    source = next((s for s in spec.sources if s.id == document), None)
    report = Report(str(path), document, form, len(rows))
    known = spec_rows(spec, document, reader.flattened)
    history = [c for p in spec.pages for c in p.history if document in c.documents]

    def add(kind: str, title: str, where: str, page: Any, ours: Any, detail: str) -> None:
        if source and any(lost.covers(title, where) for lost in source.lost):
            report.lost.append(f"{title} {where}".strip())
            return
        label = _history(history, kind, title, where)
        report.findings.append(Finding(kind, title, where, page, ours, detail, label))

    renamed = _renamed(rows, known, _expected_objects(spec, document))
    for page_title, title in renamed.items():
        shared, total = _shared(rows, known, page_title, title)
        add(
            "object-renamed",
            title,
            "",
            page_title,
            title,
            f"on the page as {page_title!r} ({shared} of {total} attributes alike)",
        )
    rows = [dataclasses.replace(row, object=renamed[row.object]) if row.object in renamed else row for row in rows]
    matched = _match(rows, known, reader.flattened)
    for row, key in matched:
        if key is None:
            add("added", row.object, row.path, row.type, None, "on the page, not in the spec")
        else:
            _compare_row(row, known[key], add)
    page_objects = {row.object for row in rows}
    expected = _expected_objects(spec, document)
    seen_keys = {key for _, key in matched if key}
    for title in sorted(expected - page_objects):
        add("object-missing", title, "", None, title, "in the spec, not on the page")
    for title in sorted(page_objects - {t for t, _ in known}):
        add("object-added", title, "", title, None, "on the page, not in the spec")
    for title, where in known:
        if title in page_objects and (title, where) not in seen_keys:
            add("missing", title, where, None, known[(title, where)].type, "in the spec, not on the page")
    report.lost = sorted(set(report.lost))
    return report


# The share of attribute paths two objects must have in common to be one object renamed.
RENAMED_SHARE = 0.5


def _paths(rows: Iterable[PageAttribute | tuple[str, str]], title: str) -> set[str]:
    return {
        r.path if isinstance(r, PageAttribute) else r[1]
        for r in rows
        if (r.object if isinstance(r, PageAttribute) else r[0]) == title
    }


def _shared(
    rows: list[PageAttribute], known: dict[tuple[str, str], PageAttribute], page: str, ours: str
) -> tuple[int, int]:
    """How many attribute paths the page's object and the spec's have in common, of all of both."""
    on_page, in_spec = _paths(rows, page), _paths(known, ours)
    return len(on_page & in_spec), len(on_page | in_spec)


def _renamed(
    rows: list[PageAttribute], known: dict[tuple[str, str], PageAttribute], expected: set[str]
) -> dict[str, str]:
    """Page objects under a title the spec does not know, each matched to the spec object it is
    renamed from: the one whose attribute paths it shares most, at least :data:`RENAMED_SHARE` of
    both, among the spec's objects the page does not show by their own title (those of this
    page first)."""
    on_page = {row.object for row in rows}
    spec_titles = {title for title, _ in known}
    free = sorted(spec_titles - on_page, key=lambda t: (t not in expected, t))
    found: dict[str, str] = {}
    for title in sorted(on_page - spec_titles):
        scores = []
        for candidate in free:
            if candidate in found.values():
                continue
            shared, total = _shared(rows, known, title, candidate)
            if total and shared / total >= RENAMED_SHARE:
                scores.append((-shared / total, candidate))
        if scores:
            found[title] = min(scores)[1]
    return found


def _match(
    rows: list[PageAttribute], known: dict[tuple[str, str], PageAttribute], flattened: bool
) -> list[tuple[PageAttribute, tuple[str, str] | None]]:
    """Each page row with its spec attribute. Rows carry their path, unless their form flattened
    them: a flattened row has only a name, matched to the first unmatched spec attribute of that
    name in the object, in document order."""
    taken: set[tuple[str, str]] = set()
    out: list[tuple[PageAttribute, tuple[str, str] | None]] = []
    for row in rows:
        if not flattened or "." in row.path:
            key: tuple[str, str] | None = (row.object, row.path) if (row.object, row.path) in known else None
        else:
            candidates = [k for k in known if k[0] == row.object and k[1].rsplit(".", 1)[-1] == row.path]
            key = next((k for k in candidates if k not in taken), None)
        if key is not None:
            taken.add(key)
        out.append((row, key))
    return out


def _compare_row(row: PageAttribute, ours: PageAttribute, add: Any) -> None:
    title, where = ours.object, ours.path
    if row.type != ours.type:
        detail = f"type {row.type or 'link'} on the page, {ours.type or 'link'} in the spec"
        add("type", title, where, row.type, ours.type, detail)
    if row.nullable != ours.nullable:
        detail = f"nullable {row.nullable} on the page, {ours.nullable} in the spec"
        add("nullable", title, where, row.nullable, ours.nullable, detail)
    page_values, spec_values = list(row.enum or ()), list(ours.enum or ())
    if sorted(page_values) != sorted(spec_values):  # observed values follow the documented ones
        new = sorted(set(page_values) - set(spec_values))
        gone = sorted(set(spec_values) - set(page_values))
        add("enum", title, where, page_values, spec_values, f"values added {new}, removed {gone}")
    if (row.example or ours.example) and normalise(row.example) != normalise(ours.example):
        detail = f"example {row.example!r} on the page, {ours.example!r} in the spec"
        add("example", title, where, row.example, ours.example, detail)
    page_text, spec_text = normalise(row.description), normalise(ours.description)
    with_formula = normalise(f"{ours.description} {ours.formula}") if ours.formula else spec_text
    if (page_text or spec_text) and page_text not in (spec_text, with_formula):
        add("description", title, where, row.description, ours.description, word_diff(spec_text, page_text))


def _expected_objects(spec: SpecModel, document: str | None) -> set[str]:
    """The titled objects of the spec page this document is a capture of."""
    pages = [p for p in spec.pages if p.source == document or any(document in c.documents for c in p.history)]
    return {
        m.title
        for p in pages
        for m in map(spec.model, p.models)
        if m.title
        and m.owner is None
        and m.kind == "object"
        and not m.all_of
        and any(not f.undocumented for f in m.fields)
    }


def _history(history: list[Change], kind: str, title: str, where: str) -> str | None:
    """The spec's record of this difference, as a label, or None."""
    wanted = _HISTORY_KIND.get(kind, kind)
    for change in history:
        if change.object == title and change.path == where and change.kind == wanted:
            note = f": {change.note}" if change.note else ""
            return f"recorded in the spec's history: this page predates the change ({change.kind}{note})"
    return None


def render_text(report: Report) -> str:
    """The report for people."""
    what = f"{report.document or 'no document of the spec sources'}, {report.form}"
    lines = [f"{report.page} ({what}): {report.compared} attributes read"]
    for f in report.findings:
        where = f"{f.object}.{f.path}" if f.path else f.object
        lines.append(f"  {f.kind}: {where}: {f.detail}")
        if f.history:
            lines.append(f"    {f.history}")
    if report.lost:
        lines.append(f"  not compared, lost by this capture: {', '.join(report.lost)}")
    recorded = sum(1 for f in report.findings if f.history)
    if report.drift:
        lines.append(f"  drift: {len(report.findings)} difference(s), {recorded} recorded in history")
    else:
        lines.append("  agrees with the spec")
    return "\n".join(lines)
