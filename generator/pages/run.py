"""The page commands as the command line runs them: ``import-page`` (a page to a new spec file,
or into the file it updates) and ``compare-docs`` (a report per page). What they found comes back
as values; the command line prints them and chooses the exit code."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.diagnostics import GenerationError
from generator.emit.atomic import write_text
from generator.pages import folder, importer, openapi, readers
from generator.pages.page import OpenPoint, PageError, check_size, front_matter_title
from generator.spec import yamlreader

# Each command imports what only it uses when it runs: a page command starts at once.
if TYPE_CHECKING:
    from generator.model.ir import SpecModel
    from generator.pages.compare import Report
    from generator.pages.updater import Edit


@dataclass(frozen=True)
class PageImport:
    """What ``import-page`` did: the spec file's text (when no file was named), the changes an
    update made and its summary, the points to decide, and a reminder about ``sources.yaml``."""

    text: str | None
    edits: tuple[Edit, ...] = ()
    summary: str | None = None
    open_points: tuple[OpenPoint, ...] = ()
    reminders: tuple[str, ...] = field(default_factory=tuple)


def import_page(
    page: Path,
    source: str,
    out: Path | None,
    update: Path | None,
    page_id: str | None,
    title: str | None,
    select: str | None = None,
) -> PageImport:
    """Import the saved ``page``: written to ``out`` (or returned, with neither file), or put into
    the spec file ``update``. A file is written whole, or not at all. Raises :class:`PageError`
    for a page that cannot be read (or not updated from), :class:`GenerationError` for a file to
    update that is no spec page file."""
    try:
        text = page.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PageError(str(exc)) from exc
    written = update or out
    found = openapi.pointer(text)
    if found is not None or select is not None:
        reader: readers.PageReader = openapi.OpenApiReader()
        if found is not None:  # an event page: its attributes are the webhook its front matter names
            document = _pointed(page, written, found)
            own = front_matter_title(text.splitlines())
            named = f"{own} ({found.name})" if own else found.name
            read = openapi.read_selected(document.read_text("utf-8"), found.name, named)
            page_id = page_id or openapi.event_id(found.name)
        else:
            read = openapi.read_selected(text, select or "")
            check_size(text)
    else:
        reader, read = readers.read(text)
    others = folder.read(written.parent, skip=written) if written is not None else None
    spec, points = importer.read_page(reader, read, source, page_id, title, others)
    if update is not None:
        if reader.flattened:
            form = readers.form_name(reader, read)
            raise PageError(f"a {form} capture does not show where its tables end; --update reads HTML and MDX")
        done = _update(update, spec, points, source)
    elif out is not None:
        write_text(out, importer.render(spec, points, readers.form_name(reader, read), importer.modeline(out.parent)))
        done = PageImport(None, open_points=tuple(points))
    else:
        done = PageImport(importer.render(spec, points, readers.form_name(reader, read)), open_points=tuple(points))
    reminder = _source_reminder(written.parent / "sources.yaml", source) if written is not None else None
    return PageImport(done.text, done.edits, done.summary, done.open_points, (reminder,) if reminder else ())


def _update(file: Path, spec: dict[str, Any], points: list[OpenPoint], source: str) -> PageImport:
    """The page's documented values put in the file, which is written only when one changed."""
    from generator.pages import updater

    before, problems = yamlreader.read_text(file, str(file))
    if before is None:
        raise GenerationError(problems)
    updated = updater.update(before, str(file), spec, points, source)
    if updated.text != before:
        write_text(file, updated.text)
    summary = f"{file}: {len(updated.edits)} change(s)" if updated.edits else f"{file} agrees with the page"
    return PageImport(None, updated.edits, summary, updated.open_points)


def _source_reminder(sources: Path, source: str) -> str | None:
    """A reminder, when the spec folder's sources do not list the page yet."""
    if not sources.is_file():
        return f"{sources}: there is no such file yet; list {source!r} there before `regenerate`"
    doc, problems = yamlreader.load_file(sources, str(sources))
    listed = doc.data.get("sources") if isinstance(doc.data, dict) else None
    if not problems and isinstance(listed, dict) and source not in listed:
        return f"{sources}: {source!r} is not listed yet; add the page there before `regenerate`"
    return None


@dataclass(frozen=True)
class Compared:
    """One page of ``compare-docs``: its report, or why it could not be read."""

    page: Path
    report: Report | None
    error: str | None = None


def compare_docs(pages: list[Path], spec: SpecModel) -> list[Compared]:
    """Each page compared with the spec, in the order given."""
    from generator.pages import compare

    found: list[Compared] = []
    for page in pages:
        try:
            found.append(Compared(page, compare.compare(page, spec)))
        except PageError as exc:
            found.append(Compared(page, None, str(exc)))
    return found


def _pointed(page: Path, written: Path | None, found: openapi.Pointer) -> Path:
    """The saved copy of the document an event page points to: the pointer's path taken relative
    to the page's folder, or to the spec's documents folder; else a located error naming the
    nearest saved document."""
    if written is not None and (mapped := _mapped(written.parent, found.path)) is not None:
        return mapped
    folders = list(dict.fromkeys([page.parent, *([written.parent / "documents"] if written is not None else [])]))
    relative = found.path.lstrip("/")
    for base in folders:
        for candidate in (base / relative, base / Path(relative).name):
            if candidate.is_file():
                return candidate
    saved = sorted(
        {p.name for base in folders if base.is_dir() for p in base.rglob("*") if p.suffix in (".json", ".yaml", ".yml")}
    )
    near = difflib.get_close_matches(Path(relative).name, saved, n=1, cutoff=0.5)
    hint = f"; the nearest saved document is {near[0]!r}" if near else ""
    where = " or ".join(str(base) for base in folders)
    said = f"the page's attributes are in {found.path!r}, which is not saved in {where}{hint}"
    raise PageError(f"{said} (a source of sources.yaml maps a path to its file with `pointed_as`)", found.line)


def _mapped(spec: Path, path: str) -> Path | None:
    """The file of the document ``sources.yaml`` of the spec folder says pages point to by ``path``."""
    listed = spec / "sources.yaml"
    if not listed.is_file():
        return None
    doc, problems = yamlreader.load_file(listed, str(listed))
    sources = doc.data.get("sources") if not problems and isinstance(doc.data, dict) else None
    for source in sources.values() if isinstance(sources, dict) else ():
        if (
            isinstance(source, dict)
            and path in (source.get("pointed_as") or ())
            and isinstance(source.get("file"), str)
        ):
            found = spec / source["file"]
            return found if found.is_file() else None
    return None
