"""Each pass of the resolver on its own: a small spec, the passes up to the one under test, and
what that pass built or reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import write_spec

from generator.model.ir import AnyValue, ArrayOf, Choice, Integer, KeySubsetUnion, MapOf, Model, ModelRef, Text
from generator.resolver import allof, classnames, collect, depth, examples, fields, project, unions
from generator.resolver.state import State
from generator.spec.loader import load_spec

PAGE = "spec_version: 1\npage: {id: p, title: P, source: doc}\nobjects:\n"


def state(tmp_path: Path, objects: str) -> State:
    """The state after the passes that every later one needs: project, collect and names."""
    os.chdir(tmp_path)  # messages name spec/page.yaml (the autouse fixture restores the folder)
    write_spec(Path("spec"), {"page.yaml": PAGE + objects})
    st = State(load_spec(Path("spec")))
    project.project(st)
    collect.collect_sources(st)
    collect.collect_entries(st)
    for entry in st.entries.values():
        classnames.name_entry(st, entry)
    return st


def built(tmp_path: Path, objects: str) -> tuple[State, dict[str, Model]]:
    """The state and classes after the fields pass (and the union claims)."""
    st = state(tmp_path, objects)
    for entry in st.entries.values():
        fields.build_entry(st, entry)
    unions.claim_closed_variants(st)
    return st, {name: st.models[name] for name in st.order}


def messages(st: State) -> list[str]:
    return sorted(str(p) for p in st.problems)


# -- names ----------------------------------------------------------------------------------------


def test_names_gives_each_object_its_class_and_follows_aliases(tmp_path: Path) -> None:
    st = state(
        tmp_path, "  Customer Id:\n    fields: {id: {type: string}}\n  Referrer Id:\n    alias_of: Customer Id\n"
    )
    assert [e.name for e in st.entries.values()] == ["CustomerId", "ReferrerId"]
    assert classnames.follow(st, "ReferrerId") == "CustomerId"
    assert classnames.lookup(st, "Customer Id", st.place("spec/page.yaml:1:1")) == "CustomerId"
    assert st.problems == []


def test_names_reports_an_unknown_title_and_a_second_claim(tmp_path: Path) -> None:
    st = state(tmp_path, "  Thing:\n    fields: {a: {type: string}}\n")
    where = st.place("spec/page.yaml:9:9")
    classnames.lookup(st, "Missing", where)
    classnames.claim(st, "Thing", where, "something else")
    assert messages(st) == [
        "spec/page.yaml:9:9: class name 'Thing' of something else collides with the class defined at "
        "spec/page.yaml:4:3",
        "spec/page.yaml:9:9: unknown object 'Missing'",
    ]


# -- fields and unions ------------------------------------------------------------------------------


def test_fields_builds_one_node_per_kind_with_observed_facts_applied(tmp_path: Path) -> None:
    _, models = built(
        tmp_path,
        "  Thing:\n    fields:\n"
        "      when: {type: string, observed: {format: {value: date-time, source: obs}}}\n"
        "      state: {type: string, enum: [A], observed: {enum: {value: [B], source: obs}}}\n"
        "      count: {type: integer, observed: {nullable: {value: true, source: obs}}}\n"
        "      tags: {type: object, map: {key: tag name, values: {type: string}}}\n"
        "      any: {type: array}\n"
        "      parts: {type: array, items: {type: object, fields: {x: {type: integer}}}}\n",
    )
    types = {f.wire_name: f.type for f in models["Thing"].fields}
    assert types == {
        "when": Text("date-time"),
        "state": Choice(("A", "B")),
        "count": Integer(nullable=True),
        "tags": MapOf(Text(), "tag name"),
        "any": ArrayOf(AnyValue()),
        "parts": ArrayOf(ModelRef("ThingPartsItem", "ThingPartsItem")),
    }
    assert models["ThingPartsItem"].owner == "Thing"


def test_unions_build_a_key_subset_union_and_claim_the_closed_variant(tmp_path: Path) -> None:
    st, models = built(
        tmp_path,
        "  Full:\n    fields: {id: {type: string}, name: {type: string}}\n  Small:\n    fields: {id: {type: string}}\n"
        "  Holder:\n    fields:\n"
        "      who: {one_of: [{ref: Full}, {ref: Small}], union: {rule: key-subset, narrow: Small}}\n",
    )
    who = models["Holder"].fields[0].type
    assert isinstance(who, KeySubsetUnion)
    assert (who.narrow, who.wide, who.narrow_option, who.wide_option) == (
        "Small",
        "Full",
        ModelRef("Small", "Small"),
        ModelRef("Full", "Full"),
    )
    assert "SmallKeysOnly" in st.classes and st.problems == []


def test_an_undecidable_union_is_reported_and_resolves_to_any_value(tmp_path: Path) -> None:
    st, models = built(
        tmp_path,
        "  Full:\n    fields: {id: {type: string}}\n"
        "  Holder:\n    fields:\n"
        "      who: {one_of: [{ref: Full}, {type: string}], union: {rule: key-subset, narrow: Full}}\n",
    )
    assert models["Holder"].fields[0].type == AnyValue()
    assert messages(st) == ["spec/page.yaml:8:21: the key-subset rule needs exactly two object branches"]


# -- all of -----------------------------------------------------------------------------------------


def test_allof_gives_a_composite_the_fields_of_its_parts_in_order(tmp_path: Path) -> None:
    st, models = built(
        tmp_path,
        "  Both:\n    all_of: [Left, {title: Extra, fields: {z: {type: string}}}]\n"
        "  Left:\n    fields: {a: {type: string}, Both: {type: string}}\n",
    )
    allof.check_fields(st, models)
    assert [f.wire_name for f in models["Both"].fields] == ["a", "Both", "z"]
    # A field named like a class gets a trailing underscore.
    assert [f.py_name for f in models["Left"].fields] == ["a", "Both_"]
    assert st.problems == []


# -- values and formulas ----------------------------------------------------------------------------


def test_values_checks_examples_and_defaults_once_every_class_exists(tmp_path: Path) -> None:
    st, models = built(
        tmp_path,
        "  Thing:\n    fields:\n      other: {ref: Later, example: {n: x}}\n      n: {type: integer, default: 2}\n"
        "  Later:\n    fields: {n: {type: integer}}\n",
    )
    allof.check_fields(st, models)
    examples.check_values(st, models)
    assert messages(st) == ["spec/page.yaml:6:40: expected integer, got string"]


@pytest.mark.parametrize(
    ("formula", "problem"),
    [
        ("b = a + 1", None),
        ("b = sum(lines, i => i.n)", None),
        ("b = sum(lines, i => i.s)", "the formula sums 's' of ThingLinesItem, a string; it needs a number"),
        ("b = a + lines", "the formula reads 'lines', an array; it needs a number"),
    ],
)
def test_values_checks_a_formula_against_its_object(tmp_path: Path, formula: str, problem: str | None) -> None:
    st, models = built(
        tmp_path,
        "  Thing:\n    fields:\n      a: {type: integer}\n"
        "      lines: {type: array, items: {type: object, fields: {n: {type: number}, s: {type: string}}}}\n"
        f"      b: {{type: integer, formula: '{formula}'}}\n",
    )
    allof.check_fields(st, models)
    examples.check_formulas(st, models)
    assert [p.message for p in st.problems] == ([problem] if problem else [])


# -- depth ------------------------------------------------------------------------------------------


def test_depth_marks_recursive_classes_and_those_they_reach(tmp_path: Path) -> None:
    st, models = built(
        tmp_path,
        "  Node:\n    fields: {children: {type: array, items: {ref: Node}}, leaf: {ref: Leaf}}\n"
        "  Leaf:\n    fields: {v: {type: string}}\n  Root:\n    fields: {tree: {ref: Node}}\n",
    )
    depth.mark_recursive(st, models)
    assert {n for n, m in models.items() if m.recursive} == {"Node", "Leaf"}
    assert st.problems == []
