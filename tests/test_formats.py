"""The format registry (generator/model/formats.py): each entry is complete and its outputs agree.

The end-to-end test of ``format: email`` in every output is in tests/test_second_spec.py, whose
spec uses it; the located errors for formats the generator does not implement are in
tests/test_spec_errors.py.
"""

from __future__ import annotations

import re
from typing import get_args

from conftest import ENGINE_SOURCE
from hypothesis import given
from hypothesis import strategies as st
from strategies import email_corpus
from voucherify_models import _runtime

from generator.model.formats import EMAIL_MAX_LENGTH, EMAIL_PATTERN, FORMATS, FormatName, is_email


def test_the_registry_has_an_entry_per_format_name_and_each_is_its_own() -> None:
    assert tuple(FORMATS) == get_args(FormatName)
    assert all(name == entry.name for name, entry in FORMATS.items())


def test_each_format_s_sample_is_valid_and_its_bad_samples_are_not() -> None:
    for entry in FORMATS.values():
        assert entry.valid(entry.sample), entry.name
        assert entry.bad and not any(entry.valid(bad.value) for bad in entry.bad), entry.name


def test_each_format_s_helpers_and_c_kind_exist() -> None:
    engine = (ENGINE_SOURCE / "_speedups.c").read_text()
    for entry in FORMATS.values():
        assert callable(getattr(_runtime, entry.parse)), entry.parse
        assert entry.dump is None or callable(getattr(_runtime, entry.dump)), entry.dump
        assert re.search(rf"case {entry.c_kind}:\n\s+return", engine), entry.c_kind
        assert (entry.dump is None) == (entry.python_type is None), entry.name


def _accepted(parse_name: str, value: str) -> bool:
    errors: list[_runtime.ErrorItem] = []
    getattr(_runtime, parse_name)(value, (), errors)
    return not errors


@given(st.from_regex(EMAIL_PATTERN, fullmatch=True))
def test_every_address_the_pattern_matches_is_an_email_within_the_length(text: str) -> None:
    assert is_email(text) == (len(text) <= EMAIL_MAX_LENGTH)
    assert _accepted("parse_email", text) == is_email(text)


@given(st.text(alphabet=st.sampled_from("ab0-.@_+!`{|} \n\x00ü"), max_size=24))
def test_the_runtime_and_the_generator_judge_any_text_alike(text: str) -> None:
    assert _accepted("parse_email", text) == is_email(text)


def test_the_corpus_is_judged_alike_by_the_runtime_and_the_generator() -> None:
    corpus = email_corpus()
    assert [_accepted("parse_email", e) for e in corpus] == [is_email(e) for e in corpus]


def test_a_non_string_is_no_email() -> None:
    errors: list[_runtime.ErrorItem] = []
    _runtime.parse_email(12, ((), "mail"), errors)
    assert [str(e) for e in errors] == ["$.mail: expected email string, got int"]
