"""Resolve validated spec files into the frozen intermediate model, checking what a schema cannot.

Semantic checks: unknown references and sources, duplicate objects, class names and attribute
names that collide, cycles and conflicts in "all of", unions the rule cannot decide, formats the
generator does not implement, examples, defaults and formulas that do not fit their types, and
history entries that name no field. Every problem is collected with its location; nothing is
resolved halfway.

One module per pass, run in this order by :func:`resolve` (each reads what the ones before it
built, in :class:`~generator.resolver.state.State`):

1. :mod:`.project` the project block;
2. :mod:`.collect` sources, pages and their objects;
3. :mod:`.classnames` a class name per object;
4. :mod:`.fields` classes, fields and types (:mod:`.unions` for one-of fields, :mod:`.tagged`
   for tagged unions, whose variants are built once every class exists);
5. :mod:`.allof` the fields of "all of" classes, and attribute names;
6. :mod:`.examples` examples, defaults and formulas;
7. :mod:`.depth` recursion and nesting depth;
8. :mod:`.history` pages and their recorded changes;

and :mod:`.webhooks`, the webhook signature and delivery, after :mod:`.collect`.
"""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import GenerationError
from generator.model.ir import SpecModel
from generator.resolver import (
    allof,
    classnames,
    collect,
    depth,
    examples,
    fields,
    history,
    project,
    tagged,
    unions,
    webhooks,
)
from generator.resolver.state import State
from generator.spec.loader import load_spec
from generator.spec.yamlreader import LocatedDocument


def load(spec_dir: Path) -> SpecModel:
    """Load, validate and resolve the spec folder."""
    return resolve(load_spec(spec_dir))


def resolve(docs: list[LocatedDocument]) -> SpecModel:
    """Resolve the documents; raises :class:`GenerationError` with every problem found."""
    st = State(docs)
    settings = project.project(st)
    collect.collect_sources(st)
    pages = collect.collect_entries(st)
    webhook_signature = webhooks.signature(st)
    webhook_delivery = webhooks.delivery(st)
    for entry in st.entries.values():
        classnames.name_entry(st, entry)
    tagged.scan_names(st)
    for entry in st.entries.values():
        fields.build_entry(st, entry)
    external_cases = tagged.collect_cases(st)
    unions.claim_closed_variants(st)
    tagged.build(st, external_cases)
    tagged.as_types(st)
    unions.check_tag_unions(st)
    webhooks.check_identity(st, webhook_delivery)
    collect.check_sources(st)
    models = {name: st.models[name] for name in st.order if name in st.models}
    allof.check_fields(st, models)
    examples.check_values(st, models)
    examples.check_formulas(st, models)
    depth.mark_recursive(st, models)
    resolved_pages = tuple(history.page(st, doc, models) for doc in pages)
    project.check_bundle(st, settings, models)
    if st.problems:
        raise GenerationError(st.problems)
    source_list = tuple(s for s, _ in sorted(st.sources.values(), key=lambda s: s[0].id))
    files = tuple(sorted(doc.name for doc in st.docs))
    return SpecModel(
        settings,
        source_list,
        resolved_pages,
        tuple(models.values()),
        files,
        webhook_signature,
        tuple(st.unions),
        webhook_delivery,
    )
