"""The page readers: one per form a saved reference page takes, behind one protocol, and the one
place that picks a reader for a page.

A reader takes everything it needs from a page in one reading (:class:`~generator.pages.page.Page`)
and says what its form keeps: whether the rows carry their nesting (``flattened``), which decides
how the importer nests them, how ``compare-docs`` matches them and whether ``--update`` may trust
where a table ends. Adding a form is a module with a reader and a line in :data:`READERS`
(docs/design.md, "Adding a page form").
"""

from __future__ import annotations

from typing import Protocol

from generator.pages.html import HtmlReader
from generator.pages.mdx import MdxReader
from generator.pages.openapi import OpenApiReader
from generator.pages.page import Page, PageError, check_size
from generator.pages.table import TableReader
from generator.pages.text import TextReader


class PageReader(Protocol):
    """What every reader of a page form offers."""

    @property
    def form(self) -> str:
        """The form's name, as reports and imported files show it."""
        ...

    @property
    def flattened(self) -> bool:
        """Whether the form loses nesting: rows carry their name only, and where a nested table
        ends the page does not show (a text capture)."""
        ...

    def sniff(self, text: str) -> bool:
        """Whether ``text`` is a page of this form."""
        ...

    def read(self, text: str, titles: frozenset[str]) -> Page:
        """Everything the page shows. ``titles``: object titles known beforehand (the spec's),
        which help a reader that has to guess where a heading is."""
        ...


# In the order they are tried: the first whose sniff accepts the page reads it (a table with a
# type column is no vendor layout of the others).
READERS: tuple[PageReader, ...] = (OpenApiReader(), TableReader(), HtmlReader(), MdxReader(), TextReader())


def reader_for(text: str) -> PageReader:
    """The reader of the page's form, told by its content."""
    return next(reader for reader in READERS if reader.sniff(text))


def read(text: str, titles: frozenset[str] = frozenset()) -> tuple[PageReader, Page]:
    """The page's reader and what it read; :class:`PageError` when the page shows no attribute."""
    check_size(text)
    reader = reader_for(text)
    page = reader.read(text, titles)
    if not page.rows:
        raise PageError("no attributes found (not an HTML, text, MDX, attribute-table or OpenAPI reference page)")
    return reader, page


def form_name(reader: PageReader, page: Page) -> str:
    """The page's form as reports and imported files name it."""
    return page.form or reader.form
