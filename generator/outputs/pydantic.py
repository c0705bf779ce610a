"""pydantic v2 models made by datamodel-code-generator from our own JSON Schema.

This output is derived from another: it reads the rendered JSON Schema bundle (built for it even
where the JSON Schema output is not chosen), so the two cannot disagree. Its package files
(pyproject, setup script, py.typed) are ordinary template jobs. When the result needs to change,
change the JSON Schema template, not this module's options.

The key-subset union needs no option: the schema lists the closed narrow class first, so pydantic's
smart union finds it valid only for payloads with the narrow keys alone (and then prefers it, being
first), and the wide class otherwise.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping
from dataclasses import replace
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, GenerationError, Location
from generator.model.formats import FORMATS
from generator.model.ir import SpecModel
from generator.outputs.job import Derived, Job
from generator.outputs.jsonschema import bundle_path
from generator.outputs.pypackage import package_files
from generator.outputs.pytext import docstring

DCG_VERSION = version("datamodel-code-generator")
# dcg's own types for some formats need packages the output does not declare: mapped to ours.
TYPE_MAPPINGS = [f.pydantic_mapping for f in FORMATS.values() if f.pydantic_mapping]
TEMPLATE = "jsonschema/schema.json.j2"  # where a schema datamodel-code-generator rejects comes from


def jobs(spec: SpecModel) -> list[Job]:
    """The package files around the generated module."""
    names = spec.project.package("pydantic")
    described = replace(names, description=f"{names.description} (datamodel-code-generator {DCG_VERSION})")
    return package_files(spec.project, described, "pydantic")


def root_class(spec: SpecModel) -> str:
    """dcg needs a root class; naming it after a class the root refers to merges the two, so the
    module has no extra class. Any class serves: the first documented object is taken."""
    return next((m.name for m in spec.models if m.owner is None), spec.models[0].name)


def header(spec: SpecModel, source: str) -> str:
    """The module's header: where it comes from, and a docstring naming the package and a class."""
    names = spec.project.package("pydantic")
    example = root_class(spec)
    doc = f"{spec.project.name} object models for pydantic v2 (``from {names.package} import {example}``)."
    return (
        f"# Generated from {source} by datamodel-code-generator {DCG_VERSION}, run by\n"
        f"# `docmodels regenerate`. Do not edit.\n{docstring(doc, indent='')}"
    )


def derive(spec: SpecModel, files: Mapping[str, str]) -> list[Derived]:
    """The pydantic module, generated from the rendered JSON Schema bundle."""
    source = bundle_path(spec)
    module = f"pydantic/{spec.project.package('pydantic').package}/__init__.py"
    schema = json.loads(files[source])
    schema.pop("title", None)
    schema.pop("$comment", None)
    root = root_class(spec)
    schema["$ref"] = f"#/$defs/{root}"
    text = json.dumps(schema)
    first = header(spec, source)
    # Everything the module depends on: dcg and its options (this file), and its input.
    key = ("datamodel-code-generator", DCG_VERSION, _fingerprint(), *TYPE_MAPPINGS, first, root, text)
    return [Derived(module, key, lambda: _generate_located(text, root, first, source), "black")]


def _generate_located(schema: str, root: str, first: str, source: str) -> str:
    try:
        return generate(schema, root, first)
    except Exception as exc:
        raise GenerationError(
            [Diagnostic(Location(TEMPLATE, 1, 1), f"datamodel-code-generator rejected {source}: {exc}")]
        ) from exc


def _fingerprint() -> str:
    """This module's source, which holds the options of record: changing one must miss the memo."""
    return Path(__file__).read_text("utf-8")


def generate(schema: str, root: str, header: str) -> str:
    """Run datamodel-code-generator through its Python API with the options of record."""
    from datamodel_code_generator import InputFileType, PythonVersion, generate
    from datamodel_code_generator.enums import DataModelType, StrictTypes
    from datamodel_code_generator.format import DatetimeClassType

    options: dict[str, Any] = {
        "input_file_type": InputFileType.JsonSchema,
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_311,
        "class_name": root,
        "custom_file_header": header,
        "disable_timestamp": True,
        "formatters": [],  # formatted by our pinned black, like every Python output
        "keep_model_order": True,
        "output_datetime_class": DatetimeClassType.Awaredatetime,
        "enum_field_as_literal": "all",
        # Integers reject bools and floats, strings reject numbers, as in the dataclasses.
        "strict_types": [StrictTypes.int, StrictTypes.bool, StrictTypes.str],
        "use_annotated": True,
        "use_union_operator": True,
        "use_standard_collections": True,
        "use_double_quotes": True,
        "type_mappings": TYPE_MAPPINGS,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dcg announces future defaults on every run
        code = generate(schema, **options)
    if not isinstance(code, str):
        raise TypeError(f"datamodel-code-generator returned {type(code).__name__}, not one module")
    return code
