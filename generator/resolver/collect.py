"""Sources, pages and their objects, collected from every file; and the check that every cited source exists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.model import naming
from generator.model.ir import (
    Lost,
    Source,
)
from generator.resolver.state import Entry, State
from generator.spec.yamlreader import JsonPath, LocatedDocument


def collect_sources(st: State) -> None:
    for doc in st.docs:
        for sid, raw in (doc.data.get("sources") or {}).items():
            where = doc.key_at(("sources", sid))
            if sid in st.sources:
                st.error(where, f"source {sid!r} is already defined at {st.sources[sid][1]}")
                continue
            lost = tuple(Lost(x["object"], x["path"], x["note"]) for x in raw.get("lost", ()))
            source = Source(sid, raw["kind"], raw["title"], raw.get("file"), raw.get("note"), lost, raw.get("url"))
            st.sources[sid] = (source, where)
            if source.file and not (Path(doc.file).parent / source.file).is_file():
                st.error(doc.at(("sources", sid, "file")), f"no file {source.file!r} in the spec folder")


def collect_entries(st: State) -> list[LocatedDocument]:
    pages: dict[str, LocatedDocument] = {}
    for doc in st.docs:
        page = doc.data.get("page")
        if page is None:
            continue
        if page["id"] in pages:
            first = pages[page["id"]].at(("page", "id"))
            st.error(doc.at(("page", "id")), f"page {page['id']!r} is already defined at {first}")
            continue
        pages[page["id"]] = doc
        problem = naming.module_problem(page["id"])
        if problem:
            st.error(doc.at(("page", "id")), problem)
        st.cite(page["source"], doc.at(("page", "source")), "document")
        for title, raw in (doc.data.get("objects") or {}).items():
            add_entry(st, doc, title, raw, page)
    # Pages follow their source documents, which are numbered in the order they were captured.
    return sorted(pages.values(), key=lambda d: (d.data["page"]["source"], d.data["page"]["id"]))


def add_entry(st: State, doc: LocatedDocument, title: str, raw: dict[str, Any], page: Any) -> None:
    path: JsonPath = ("objects", title)
    if title in st.entries:
        first = st.entries[title]
        where = first.doc.key_at(first.path)
        st.error(doc.key_at(path), f"object {title!r} is already defined at {where}")
        return
    source = raw.get("source", page["source"])
    if "source" in raw:
        st.cite(source, doc.at((*path, "source")), "document")
    st.entries[title] = Entry(title, raw, doc, path, page["id"], source)


def check_sources(st: State) -> None:
    for sid, where, kind in st.cited:
        known = st.sources.get(sid)
        if known is None:
            st.error(where, f"unknown source {sid!r}")
        elif kind and known[0].kind != kind:
            st.error(where, f"source {sid!r} is a {known[0].kind}, not a {kind}")
