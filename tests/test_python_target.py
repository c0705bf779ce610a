"""The Python target's pieces on their own: what each type node becomes in a module (annotation,
parser, writer), in the C tables, and which files the package gets."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from conftest import project_model

from generator.model.ir import (
    AnyValue,
    ArrayOf,
    Boolean,
    Choice,
    FreeObject,
    Integer,
    KeySubsetUnion,
    MapOf,
    ModelRef,
    Number,
    TagValueUnion,
    Text,
    TypeNode,
)
from generator.outputs.python import accelerator, jobs, models, package

SMALL, FULL = ModelRef("Small", "Small"), ModelRef("Full", "Full")
CASES: list[tuple[TypeNode, str, str, str]] = [
    # (type, annotation, parser, how value `v` is written back)
    (Text(), "str", "parse_str", "v"),
    (
        Text("date-time", nullable=True),
        "_dt.datetime | None",
        "nullable(parse_datetime)",
        "None if v is None else dump_datetime(v)",
    ),
    (Text("date"), "_dt.date", "parse_date", "dump_date(v)"),
    (Text("email"), "str", "parse_email", "v"),
    (Choice(("a", "b")), 'Literal["a", "b"]', 'enum_of(("a", "b",))', "v"),
    (Integer(), "int", "parse_int", "v"),
    (Number(), "int | float", "parse_number", "v"),
    (Boolean(), "bool", "parse_bool", "v"),
    (FreeObject(), "dict[str, Any]", "parse_object", "v"),
    (AnyValue(), "Any", "parse_any", "v"),
    (FULL, "Full", "_parse_Full", "v.to_dict()"),
    (ArrayOf(Text()), "list[str]", 'partial(parse_list_of_type, str, "string")', "list(v)"),
    (ArrayOf(Text("date")), "list[_dt.date]", "partial(parse_list, parse_date)", "[dump_date(x0) for x0 in v]"),
    (MapOf(FULL), "dict[str, Full]", "partial(parse_map, _parse_Full)", "{k0: x0.to_dict() for k0, x0 in v.items()}"),
    (
        KeySubsetUnion((FULL, SMALL), "Small"),
        "Full | Small",
        "union_parser(Small._WIRE_NAMES, _parse_Small, _parse_Full)",
        "v.to_dict()",
    ),
    (
        TagValueUnion((FULL, SMALL), "kind"),
        "Full | Small",
        'tag_parser("kind", ("full", "small"), (_parse_Full, _parse_Small))',
        "v.to_dict()",
    ),
]


def _model(name: str) -> Any:
    """A class of the cases that fixes its ``kind`` to its name in lower case."""
    return SimpleNamespace(fields=[SimpleNamespace(wire_name="kind", type=Choice((name.lower(),)))])


def _module() -> models._Module:
    return models._Module("m", _model, set(), set(), set(), set(), [], [])


@pytest.mark.parametrize(("t", "annotation", "parser", "dump"), CASES, ids=[repr(c[0]) for c in CASES])
def test_each_kind_has_its_annotation_parser_and_writer(t: TypeNode, annotation: str, parser: str, dump: str) -> None:
    module = _module()
    assert models.annotation(module, t) == annotation
    assert models._parser(module, t) == parser
    assert models.dump_expression(module, t, "v", 0) == dump


def test_building_a_field_collects_the_names_its_module_imports() -> None:
    module = _module()
    models._parser(module, MapOf(Text("date-time", nullable=True)))
    models.annotation(module, Choice(("x",)))
    assert module.helpers == {"parse_map", "parse_datetime", "nullable"}
    assert module.typing == {"Literal"} and module.partial


def test_the_c_kinds_put_every_as_is_kind_first() -> None:
    as_is = [flag for _, flag in accelerator.KINDS]
    assert as_is == sorted(as_is, reverse=True)  # the engine's as-is table, rendered from this list
    assert {"K_EMAIL", "K_DATETIME", "K_DATE"} <= {name for name, _ in accelerator.KINDS}


def test_the_c_tables_hold_each_distinct_node_once() -> None:
    spec = project_model()
    tables = accelerator.build(spec)
    assert len(tables.nodes) == len(set(tables.nodes))
    assert sum(c.count for c in tables.classes) == len(tables.fields)
    assert {n.kind for n in tables.nodes} <= {name for name, _ in accelerator.KINDS}


def test_the_package_has_every_file_and_exports_in_isort_order() -> None:
    spec = project_model()
    paths = [job.path for job in jobs(spec)]
    root = "python/voucherify_models"
    runtime = [f"{root}/_runtime.py", f"{root}/_signature.py", f"{root}/_settings.py"]
    assert paths[:6] == [*runtime, "python/pyproject.toml", "python/setup.py", f"{root}/py.typed"]
    files = {"_speedups.c", "_tables.h", "__init__.py", "testing.py", "pytest_plugin.py"}
    assert {f"{root}/{name}" for name in files} <= set(paths)
    assert len(paths) == len(set(paths))
    exported = dict(package.exported(spec))
    assert list(exported) == sorted(exported) == ["customer", "customer_created_event", "order", "webhook"]
    every = [name for members in exported.values() for name in members]
    functions = ["parse_webhook", "webhook_from_dict", "webhook_from_json"]
    assert sorted(every) == sorted([*(m.name for m in spec.models), "Webhook", *functions])
