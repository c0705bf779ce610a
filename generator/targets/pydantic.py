"""pydantic v2 models made by datamodel-code-generator from our own JSON Schema.

This output is derived from another: it reads the rendered ``jsonschema/voucherify.schema.json``,
so the two cannot disagree. Its package files (pyproject, py.typed) are ordinary template jobs.
When the result needs to change, change the JSON Schema template, not this module's options.

The key-subset union needs no option: the schema lists the closed narrow class first, so pydantic's
smart union finds it valid only for payloads with the narrow keys alone (and then prefers it, being
first), and the wide class otherwise.
"""

from __future__ import annotations

import json
import warnings
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, GenerationError, Location
from generator.formatting import BLACK_IDENTITY, format_python
from generator.ir import SpecModel
from generator.memo import Memo, input_key
from generator.targets import Job

PACKAGE = "voucherify_pydantic"
SOURCE = "jsonschema/voucherify.schema.json"
MODULE = f"pydantic/{PACKAGE}/__init__.py"
DCG_VERSION = version("datamodel-code-generator")
# dcg needs a root; naming the root after the class it refers to merges the two, so no extra class.
ROOT_CLASS = "EventCustomerCreatedData"

HEADER = f'''\
# Generated from generated/{SOURCE} by datamodel-code-generator {DCG_VERSION}, run by
# `python -m generator regenerate`. Do not edit.
"""Voucherify object models for pydantic v2 (``from voucherify_pydantic import OrderCalculated``)."""'''


def jobs(spec: SpecModel) -> list[Job]:
    """The package files around the generated module."""
    context = {"package": PACKAGE, "dcg_version": DCG_VERSION}
    return [
        Job("pydantic/pyproject.toml", "pydantic/pyproject.toml.j2", context, "text"),
        Job(f"pydantic/{PACKAGE}/py.typed", "python/py.typed.j2", {}, "text"),
    ]


def derive(files: dict[str, str], memo: Memo) -> dict[str, str]:
    """The pydantic module, generated from the rendered JSON Schema bundle."""
    schema = json.loads(files[SOURCE])
    schema.pop("title", None)
    schema.pop("$comment", None)
    schema["$ref"] = f"#/$defs/{ROOT_CLASS}"
    text = json.dumps(schema)
    # Everything the module depends on: dcg and its options (this file), black and its options.
    key = input_key("datamodel-code-generator", DCG_VERSION, _fingerprint(), *BLACK_IDENTITY, text)
    return {MODULE: memo.run(MODULE, key, lambda: format_python(_generate_located(text), memo.disk_cache))}


def _generate_located(schema: str) -> str:
    try:
        return generate(schema)
    except Exception as exc:
        where = Location("templates/jsonschema/schema.json.j2", 1, 1)
        raise GenerationError([Diagnostic(where, f"datamodel-code-generator rejected {SOURCE}: {exc}")]) from exc


def _fingerprint() -> str:
    """This module's source, which holds the options of record: changing one must miss the memo."""
    return Path(__file__).read_text("utf-8")


def generate(schema: str) -> str:
    """Run datamodel-code-generator through its Python API with the options of record."""
    from datamodel_code_generator import InputFileType, PythonVersion, generate
    from datamodel_code_generator.enums import DataModelType, StrictTypes
    from datamodel_code_generator.format import DatetimeClassType

    options: dict[str, Any] = {
        "input_file_type": InputFileType.JsonSchema,
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_311,
        "class_name": ROOT_CLASS,
        "custom_file_header": HEADER,
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
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dcg announces future defaults on every run
        code = generate(schema, **options)
    if not isinstance(code, str):
        raise TypeError(f"datamodel-code-generator returned {type(code).__name__}, not one module")
    return code
