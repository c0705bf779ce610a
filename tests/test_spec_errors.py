"""Every kind of spec problem: the exact `file:line:col: message`, exit code 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SHIPPED, write_spec

PAGE = "spec_version: 1\npage: {id: p, title: P, source: doc}\n"

FORMULA = PAGE + "objects:\n  Thing:\n    fields:\n      a: {type: integer}\n      s: {type: string}\n"

CASES: dict[str, tuple[str, list[str]]] = {
    "yaml syntax": (
        "spec_version: 1\npage: {id: p, title: P, source: doc\nobjects:\n",
        ["spec/page.yaml:3:8: YAML syntax: did not find expected ',' or '}'"],
    ),
    "duplicate field (YAML key)": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a: {type: string}\n      a: {type: string}\n",
        ["spec/page.yaml:7:7: duplicate key 'a' (first defined at spec/page.yaml:6:7)"],
    ),
    "python tag": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a: !!python/object/apply:os.system [echo hi]\n",
        ["spec/page.yaml:6:10: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"],
    ),
    "unknown key": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a: {type: string, colour: red}\n",
        [
            "spec/page.yaml:6:25: unknown key 'colour' (expected one of: chosen_by, default, deprecated, description, "
            "enum, example, fields, format, formula, items, map, name, notes, nullable, observed, one_of, ref, "
            "required, type, undocumented, union)"
        ],
    ),
    "wrong value type": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a: {type: text}\n",
        [
            "spec/page.yaml:6:17: 'text' is not one of ['string', 'integer', 'number', 'boolean', 'object', "
            "'array', 'any']"
        ],
    ),
    "type and ref together": (
        PAGE + "objects:\n  Full:\n    fields: {id: {type: string}}\n  Holder:\n    fields:\n"
        "      what: {type: string, ref: Full}\n",
        ["spec/page.yaml:8:13: a type needs exactly one of `type`, `ref` or `one_of` (field 'what' of Holder)"],
    ),
    "object without fields": (
        PAGE + "objects:\n  Nothing:\n    description: no fields\n",
        ["spec/page.yaml:5:5: an object needs exactly one of `fields`, `all_of` or `alias_of`"],
    ),
    "missing required key": (
        "spec_version: 1\npage: {id: p, title: P}\n",
        ["spec/page.yaml:2:7: 'source' is required"],
    ),
    "unknown reference": (
        PAGE + "objects:\n  Thing:\n    fields:\n      other: {ref: Missing}\n",
        ["spec/page.yaml:6:20: unknown object 'Missing'"],
    ),
    "near-miss reference": (
        PAGE + "objects:\n  Agent:\n    fields: {id: {type: string}}\n  Thing:\n    fields:\n"
        "      other: {ref: Agnet}\n",
        ["spec/page.yaml:8:20: unknown object 'Agnet'; did you mean 'Agent'?"],
    ),
    "reference by class name": (
        PAGE + "objects:\n  Support Agent:\n    fields: {id: {type: string}}\n  Thing:\n    fields:\n"
        "      other: {ref: SupportAgent}\n",
        [
            "spec/page.yaml:8:20: unknown object 'SupportAgent': a reference names an object by title; "
            "this is the class of 'Support Agent'"
        ],
    ),
    "near-miss type": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a: {type: int}\n",
        [
            "spec/page.yaml:6:17: 'int' is not one of ['string', 'integer', 'number', 'boolean', 'object', "
            "'array', 'any']; did you mean 'integer'?"
        ],
    ),
    "near-miss key": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a: {type: string, desciption: x}\n",
        ["spec/page.yaml:6:25: unknown key 'desciption'; did you mean 'description'?"],
    ),
    "near-miss format": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a: {type: string, format: datetime}\n",
        [
            "spec/page.yaml:6:33: format 'datetime' is not implemented (the formats are date-time, date, email); "
            "did you mean 'date-time'?"
        ],
    ),
    "a field's key indented one level too little": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a:\n        ref: Thing\n      description: The a.\n",
        [
            "spec/page.yaml:8:20: 'The a.' is not of type 'object' (read as field 'description' of Thing: "
            "a key indented one level too little?)"
        ],
    ),
    "the same, in a nested object": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a:\n        type: object\n        name: Inner\n"
        "        fields:\n          b: {type: string}\n          note: Text.\n",
        [
            "spec/page.yaml:11:17: 'Text.' is not of type 'object' (read as field 'note' of Thing.a: "
            "a key indented one level too little?)"
        ],
    ),
    "a tab": (
        PAGE + "objects:\n  Thing:\n    fields:\n\ta: {type: string}\n",
        ["spec/page.yaml:6:1: YAML syntax: a tab; YAML indents with spaces only"],
    ),
    "unknown source": (
        PAGE + "objects:\n  Thing:\n    fields:\n"
        "      a: {type: integer, observed: {nullable: {value: true, source: nowhere}}}\n",
        ["spec/page.yaml:6:69: unknown source 'nowhere'"],
    ),
    "page source must be a document": (
        "spec_version: 1\npage: {id: p, title: P, source: obs}\n",
        ["spec/page.yaml:2:33: source 'obs' is a observation, not a document"],
    ),
    "colliding class names": (
        PAGE + "objects:\n  Thing:\n    fields:\n      inner: {type: object, fields: {a: {type: string}}}\n"
        "  Thing Inner:\n    fields: {b: {type: string}}\n",
        [
            "spec/page.yaml:6:7: class name 'ThingInner' of the nested object at Thing.fields.inner collides "
            "with the class defined at spec/page.yaml:7:3"
        ],
    ),
    "colliding attribute names": (
        PAGE + "objects:\n  Thing:\n    fields:\n      class: {type: string}\n      class_: {type: string}\n",
        [
            "spec/page.yaml:7:7: fields 'class' (spec/page.yaml:6:7) and 'class_' "
            "of Thing both become attribute 'class_'"
        ],
    ),
    "title without a class name": (
        PAGE + "objects:\n  42 Things:\n    fields: {a: {type: string}}\n",
        ["spec/page.yaml:4:3: title '42 Things' gives no class name; set `name`"],
    ),
    "cycle in all_of": (
        PAGE + "objects:\n  A:\n    all_of: [B]\n  B:\n    all_of: [A]\n",
        ["spec/page.yaml:4:3: cycle in all_of: A -> B -> A"],
    ),
    "conflicting fields in all_of": (
        PAGE + "objects:\n  C:\n    all_of: [D, E]\n  D:\n    fields: {x: {type: string}}\n"
        "  E:\n    fields: {x: {type: integer}}\n",
        [
            "spec/page.yaml:9:14: field 'x' of E conflicts with the field of the same name at "
            "spec/page.yaml:7:14 (all_of of C)"
        ],
    ),
    "example of the wrong type": (
        PAGE + "objects:\n  Thing:\n    fields:\n      count: {type: integer, example: '3'}\n",
        ["spec/page.yaml:6:39: expected integer, got string"],
    ),
    "example with a bad format": (
        PAGE + "objects:\n  Thing:\n    fields:\n"
        "      when: {type: string, example: yesterday, observed: {format: {value: date-time, source: obs}}}\n",
        ["spec/page.yaml:6:37: 'yesterday' is not a valid date-time"],
    ),
    "default outside the enum": (
        PAGE + "objects:\n  Thing:\n    fields:\n      status: {type: string, enum: [A, B], default: C}\n",
        ["spec/page.yaml:6:53: 'C' is not one of ['A', 'B']"],
    ),
    "object example with a bad nested value": (
        PAGE + "objects:\n  Thing:\n    fields:\n      items: {type: array, items: {type: integer}}\n"
        "    examples:\n      - source: doc\n        value: {items: [1, 2.5]}\n",
        ["spec/page.yaml:9:28: expected integer, got number"],
    ),
    "union the rule cannot decide": (
        PAGE + "objects:\n  Full:\n    fields: {id: {type: string}}\n  Holder:\n    fields:\n"
        "      who: {one_of: [{ref: Full}, {ref: Full}], union: {rule: key-subset, narrow: Full}}\n",
        ["spec/page.yaml:8:83: the two branches of the union are the same class"],
    ),
    "tag-value union whose branch fixes no tag": (
        PAGE + "objects:\n  A:\n    fields: {kind: {type: string, enum: [a]}}\n"
        "  B:\n    fields: {kind: {type: string}}\n  Holder:\n    fields:\n"
        "      x: {one_of: [{ref: A}, {ref: B}], union: {rule: tag-value, field: kind}}\n",
        ["spec/page.yaml:10:73: the tag-value rule: 'B' does not fix 'kind' to one value (a string enum of one value)"],
    ),
    "tag-value union whose branches fix one value": (
        PAGE + "objects:\n  A:\n    fields: {kind: {type: string, enum: [a]}}\n"
        "  B:\n    fields: {kind: {type: string, enum: [a]}}\n  Holder:\n    fields:\n"
        "      x: {one_of: [{ref: A}, {ref: B}], union: {rule: tag-value, field: kind}}\n",
        ["spec/page.yaml:10:73: the tag-value rule: 'B' and 'A' both fix 'kind' to 'a'"],
    ),
    "tag-value union of a string": (
        PAGE + "objects:\n  A:\n    fields: {kind: {type: string, enum: [a]}}\n  Holder:\n    fields:\n"
        "      x: {one_of: [{ref: A}, {type: string}], union: {rule: tag-value, field: kind}}\n",
        ["spec/page.yaml:8:19: the tag-value rule needs two object branches or more"],
    ),
    "history naming no field": (
        PAGE + "objects:\n  Thing:\n    fields: {a: {type: string}}\n"
        "history:\n  - {object: Thing, path: nope, kind: description, before: x, in: [doc]}\n",
        ["spec/page.yaml:7:27: 'Thing' has no field 'nope'"],
    ),
    "observed enum without a documented one": (
        PAGE + "objects:\n  Thing:\n    fields:\n"
        "      a: {type: string, observed: {enum: {value: [X], source: obs}}}\n",
        ["spec/page.yaml:6:42: observed enum values extend a documented enum; this field has none"],
    ),
    "format the generator does not implement": (
        PAGE + "objects:\n  Thing:\n    fields:\n      id: {type: string, format: uuid}\n",
        ["spec/page.yaml:6:34: format 'uuid' is not implemented (the formats are date-time, date, email)"],
    ),
    "observed format the generator does not implement": (
        PAGE + "objects:\n  Thing:\n    fields:\n"
        "      id: {type: string, observed: {format: {value: uri, source: obs}}}\n",
        ["spec/page.yaml:6:53: format 'uri' is not implemented (the formats are date-time, date, email)"],
    ),
    "format on an enum": (
        PAGE + "objects:\n  Thing:\n    fields:\n      a: {type: string, enum: [x], format: email}\n",
        ["spec/page.yaml:6:44: an enum lists its values; it takes no format"],
    ),
    "example that is no email address": (
        PAGE + "objects:\n  Thing:\n    fields:\n      mail: {type: string, format: email, example: jane@localhost}\n",
        ["spec/page.yaml:6:52: 'jane@localhost' is not a valid email"],
    ),
    "example without a required key": (
        PAGE + "objects:\n  Thing:\n    fields:\n      id: {type: string, required: true}\n"
        "      n: {type: integer}\n    examples:\n      - source: doc\n        value: {n: 1}\n",
        ["spec/page.yaml:10:16: missing required key 'id'"],
    ),
    "formula that does not parse": (
        FORMULA + "      b: {type: integer, formula: b = a +* 2}\n",
        ["spec/page.yaml:8:35: formula: unexpected '*' in 'b = a +* 2'"],
    ),
    "formula reading no field": (
        FORMULA + "      b: {type: integer, formula: b = a + c}\n",
        ["spec/page.yaml:8:35: the formula reads 'c', which is no field of Thing"],
    ),
    "formula reading a string": (
        FORMULA + "      b: {type: integer, formula: a + s}\n",
        ["spec/page.yaml:8:35: the formula reads 's', a string; it needs a number"],
    ),
    "formula summing over a number": (
        FORMULA + "      b: {type: integer, formula: 'sum(a, i => i.x)'}\n",
        ["spec/page.yaml:8:35: the formula sums over 'a', an integer; it needs an array of objects"],
    ),
    "formula setting another field": (
        FORMULA + "      b: {type: integer, formula: a = 2 * a}\n",
        ["spec/page.yaml:8:35: the formula sets 'a'; a field's formula sets the field itself"],
    ),
    "formula marked as not applying that holds": (
        FORMULA + "      b: {type: integer, formula: {text: b = a, applies: false, note: x}}\n",
        ["spec/page.yaml:8:42: the formula holds for this object; remove `applies: false`"],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_spec_error_is_located_and_nothing_is_written(case: str, run, tmp_path: Path, monkeypatch) -> None:
    text, expected = CASES[case]
    monkeypatch.chdir(tmp_path)
    write_spec(tmp_path / "spec", {"page.yaml": text})
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.code == 2
    assert result.err.splitlines() == [*expected, f"{len(expected)} problem(s); nothing written"]
    assert result.out == ""
    assert not (tmp_path / "out").exists()


def project(**outputs: str) -> str:
    """A project file with these outputs (YAML flow mappings by name), python and fixtures by default."""
    chosen = outputs or {"python": "{package: m, distribution: m, description: M.}", "fixtures": "{}"}
    lines = "".join(f"    {name}: {value}\n" for name, value in chosen.items())
    return f"spec_version: 1\nproject:\n  name: Example\n  summary: Things\n  version: 1.0.0\n  outputs:\n{lines}"


THING = PAGE + "objects:\n  Thing:\n    fields: {a: {type: string}}\n"
PROJECT_CASES: dict[str, tuple[dict[str, str], list[str]]] = {
    "a package name that hides a module": (
        {"project.yaml": project(python="{package: json, distribution: j, description: J.}")},
        ["spec/project.yaml:7:23: 'json' would hide the Python module of that name; choose another"],
    ),
    "a keyword as package name": (
        {"project.yaml": project(python="{package: class, distribution: c, description: C.}")},
        ["spec/project.yaml:7:23: 'class' would hide the Python module of that name; choose another"],
    ),
    "an import name that is no identifier": (
        {"project.yaml": project(python="{package: My-Models, distribution: m, description: M.}")},
        [
            "spec/project.yaml:7:23: 'My-Models' is not a Python import name "
            "(lower-case letters, digits and _; no leading digit)"
        ],
    ),
    "two packages of one name": (
        {
            "project.yaml": project(
                python="{package: m, distribution: My.Models, description: M.}",
                pydantic="{package: m, distribution: my-models, description: P.}",
            )
        },
        [
            "spec/project.yaml:8:25: the pydantic package name is the python one; the two must differ",
            "spec/project.yaml:8:42: the pydantic distribution name is the python one; the two must differ",
        ],
    ),
    "an output the generator does not have": (
        {"project.yaml": project(typescript="{}")},
        [
            "spec/project.yaml:7:5: unknown key 'typescript' (expected one of: fixtures, jsonschema, markdown, "
            "pydantic, python)"
        ],
    ),
    "a title on two lines": (
        {"project.yaml": project().replace("  name: Example\n", '  name: "Example\\nimport os"\n')},
        ["spec/project.yaml:3:9: 'Example\\nimport os' is not one line of text (no control characters or line breaks)"],
    ),
    "a bundle named like an object's schema": (
        {"project.yaml": project(jsonschema="{bundle: Thing.schema.json, title: T}")},
        ["spec/project.yaml:7:26: 'Thing.schema.json' is the schema file of Thing; name the bundle otherwise"],
    ),
    "two project files": (
        {"project.yaml": project(), "more.yaml": project()},
        ["spec/project.yaml:2:1: the project is already defined at spec/more.yaml:2:1"],
    ),
    "no project file": (
        {"sources.yaml": "spec_version: 1\nsources:\n  doc: {kind: document, title: D}\n", "project.yaml": ""},
        ["spec/project.yaml:1:1: no project settings: add a file with a `project` block (names, outputs)"],
    ),
    "a source file that is not there": (
        {"sources.yaml": "spec_version: 1\nsources:\n  doc: {kind: document, title: D, file: documents/d.html}\n"},
        ["spec/sources.yaml:3:41: no file 'documents/d.html' in the spec folder"],
    ),
    "a source file outside the spec folder": (
        {"sources.yaml": "spec_version: 1\nsources:\n  doc: {kind: document, title: D, file: ../d.html}\n"},
        [
            "spec/sources.yaml:3:41: '../d.html' is not a relative path inside the spec folder "
            "(letters, digits, _ . - and /; no part starting with a dot)"
        ],
    ),
}


PAGE_IDS = {
    "testing": "page id 'testing' would be the module testing.py, which every generated package has",
    "pytest-plugin": "page id 'pytest-plugin' would be the module pytest_plugin.py, which every generated package has",
    "2fa": "page id '2fa' does not make a Python module name (it starts with a digit)",
    "class": "page id 'class' would be the module class, a Python keyword",
    "readme": "page id 'readme' would be the docs page of the index (README.md)",
}


@pytest.mark.parametrize("name", ["Model", "ValidationError", "SPEEDUPS", "Field", "Any"])
def test_a_class_named_like_a_name_the_generated_modules_bind_is_refused(
    name: str, run, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_spec(tmp_path / "spec", {"page.yaml": THING.replace("  Thing:\n", f"  Thing:\n    name: {name}\n")})
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.err.splitlines() == [
        f"spec/page.yaml:4:3: class name {name!r} of object 'Thing' is a name the generated modules use; "
        "choose another `name`",
        "1 problem(s); nothing written",
    ]


def test_a_title_that_makes_a_name_the_generated_modules_bind_asks_for_a_name(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_spec(tmp_path / "spec", {"page.yaml": THING.replace("  Thing:\n", "  Validation Error:\n")})
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.err.splitlines() == [
        "spec/page.yaml:4:3: class name 'ValidationError' of object 'Validation Error' is a name the generated "
        "modules use; set `name`",
        "1 problem(s); nothing written",
    ]


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_a_page_id_that_cannot_name_its_module_is_refused(page_id: str, run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_spec(tmp_path / "spec", {"page.yaml": THING.replace("id: p,", f"id: {page_id},")})
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.err.splitlines() == [f"spec/page.yaml:2:12: {PAGE_IDS[page_id]}", "1 problem(s); nothing written"]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "name",
    ["odd\n# coding: unicode_escape\n#.yaml", "x\u202e.yaml", "x\r.yaml", "'quoted'.yaml", ".hidden.yaml"],
    ids=["newline and coding cookie", "bidi control", "carriage return", "quotes", "leading dot"],
)
def test_a_spec_file_name_that_could_break_a_header_is_refused(name: str, run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_spec(tmp_path / "spec", {"page.yaml": THING})
    (tmp_path / "spec" / name).write_text(THING.replace("id: p,", "id: q,").replace("Thing", "Other"))
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.code == 2
    assert f"spec:1:1: a spec file name {name!r} may hold only letters, digits, space and _ . -" in result.err
    assert not (tmp_path / "out").exists()


def test_a_spec_folder_name_that_could_break_a_header_is_refused(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "spec\n# coding: unicode_escape"
    write_spec(folder, {"page.yaml": THING})
    result = run("regenerate", "--spec", folder, "--out", "out")
    assert result.code == 2
    assert f"the spec folder's name {folder.name!r} may hold only letters" in result.err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", PROJECT_CASES, ids=list(PROJECT_CASES))
def test_project_and_source_errors_are_located(case: str, run, tmp_path: Path, monkeypatch) -> None:
    files, expected = PROJECT_CASES[case]
    monkeypatch.chdir(tmp_path)
    write_spec(tmp_path / "spec", {"page.yaml": THING, **{k: v for k, v in files.items() if v}})
    if files.get("project.yaml") == "":
        (tmp_path / "spec/project.yaml").unlink()
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.err.splitlines() == [*expected, f"{len(expected)} problem(s); nothing written"]
    assert result.code == 2
    assert not (tmp_path / "out").exists()


def test_every_problem_of_a_run_is_reported_together(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_spec(
        tmp_path / "spec",
        {
            "a.yaml": PAGE + "objects:\n  Thing:\n    fields: {a: {ref: Nope}, b: {ref: Nada}}\n",
            "b.yaml": "spec_version: 1\npage: {id: q, title: Q, source: doc}\nobjects:\n  Thing:\n"
            "    fields: {a: {type: string}}\n",
        },
    )
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.err.splitlines() == [
        "spec/a.yaml:5:23: unknown object 'Nope'",
        "spec/a.yaml:5:39: unknown object 'Nada'",
        "spec/b.yaml:4:3: object 'Thing' is already defined at spec/a.yaml:4:3",
        "3 problem(s); nothing written",
    ]


def test_a_file_that_is_not_utf8(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_spec(tmp_path / "spec", {})
    bad = b'spec_version: 1\npage: {id: p, title: "P\xff", source: doc}\n'
    (tmp_path / "spec/page.yaml").write_bytes(bad)
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert (result.code, result.err.splitlines()[0]) == (
        2,
        "spec/page.yaml:2:24: not UTF-8: byte 0xff cannot be decoded",
    )


def test_an_alias_bomb_is_refused(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = ["spec_version: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    write_spec(tmp_path / "spec", {"page.yaml": "\n".join(lines) + "\n"})
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.code == 2
    assert result.err.splitlines()[0].endswith("YAML expands to more than 200000 nodes (alias bomb?)")


def test_a_long_string_aliased_many_times_is_refused_by_its_expanded_size(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    big = "x" * 1_000_000
    fields = "".join(f"      f{i}: {{type: string, description: *big}}\n" for i in range(20))
    text = PAGE + f"anchor: &big {big}\n" + "objects:\n  Thing:\n    fields:\n" + fields
    write_spec(tmp_path / "spec", {"page.yaml": text})
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.code == 2
    assert result.err.splitlines()[0] == (
        "spec/page.yaml:3:9: YAML expands to more than 8,000,000 characters of text (alias bomb?)"
    )
    assert not (tmp_path / "out").exists()


def test_an_existing_output_is_untouched_by_a_bad_spec(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out/keep.txt").write_text("kept\n")
    write_spec(tmp_path / "spec", {"page.yaml": PAGE + "objects:\n  Thing:\n    fields: {a: {ref: Nope}}\n"})
    assert run("regenerate", "--spec", "spec", "--out", "out").code == 2
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["keep.txt"]


def copy_templates(tmp_path: Path) -> Path:
    """A folder of template overrides with room for one JSON Schema template; every other template
    is the shipped one."""
    folder = tmp_path / "templates/jsonschema"
    folder.mkdir(parents=True)
    return folder


def test_bad_template_syntax_is_located(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    templates = copy_templates(tmp_path)
    original = (SHIPPED / "jsonschema/schema.json.j2").read_text().splitlines()
    original.insert(2, "{% if %}")
    (templates / "schema.json.j2").write_text("\n".join(original) + "\n")
    result = run("regenerate", "--spec", ROOT / "spec", "--templates", "templates", "--out", "out")
    assert result.code == 2
    assert result.err.splitlines()[0] == (
        "templates/jsonschema/schema.json.j2:3:1: template syntax: Expected an expression, got 'end of statement block'"
    )
    assert not (tmp_path / "out").exists()


def test_undefined_name_in_a_template_is_located(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    copy_templates(tmp_path)
    (tmp_path / "templates/jsonschema/schema.json.j2").write_text('{\n"a": 1,\n"b": {{ no_such_name }}\n}\n')
    result = run("regenerate", "--spec", ROOT / "spec", "--templates", "templates", "--out", "out")
    assert result.code == 2
    first = result.err.splitlines()[0]
    assert first.startswith("templates/jsonschema/schema.json.j2:3:1: while rendering jsonschema/")
    assert first.endswith("'no_such_name' is undefined")


def test_template_that_renders_invalid_json_is_reported(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    copy_templates(tmp_path)
    (tmp_path / "templates/jsonschema/schema.json.j2").write_text('{"a": 1,}\n')
    result = run("regenerate", "--spec", ROOT / "spec", "--templates", "templates", "--out", "out")
    assert result.code == 2
    # The message after the location is the json module's, worded differently across Python versions.
    assert result.err.splitlines()[0].startswith(
        "templates/jsonschema/schema.json.j2:1:1: jsonschema/CustomerBase.schema.json:1:9: rendered JSON is invalid: "
    )


def test_an_enum_on_a_non_string_type_is_refused(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_spec(
        tmp_path / "spec",
        {"page.yaml": PAGE + "objects:\n  Thing:\n    fields:\n      n: {type: integer, enum: [A]}\n"},
    )
    result = run("regenerate", "--spec", "spec", "--out", "out")
    assert result.err.splitlines()[0] == "spec/page.yaml:6:32: an enum needs a string type, not integer"
