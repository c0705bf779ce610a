"""The C accelerator follows CPython's ownership rules wherever Python code can run in the middle of
a call: hostile keys, hand-set values, metaclasses, other threads, cycles and re-imports.

Each case runs in a child interpreter, so that a crash is a failed test and not a dead suite; each
crashed (or read freed memory under AddressSanitizer) before these rules held. ``MODELS_SITE``
points the children at the package under test (tests/test_sanitizers.py sets it to a build with
AddressSanitizer and UBSan).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest
from conftest import ENGINE_SOURCE, GENERATED, models_site, render_tables, write_spec
from test_speedups import needs_accelerator

from generator.pipeline import load_model

pytestmark = needs_accelerator


def child(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``code`` against the package under test; returns the finished process."""
    program = f"import sys; sys.path.insert(0, {str(models_site())!r})\n" + textwrap.dedent(code)
    environment = {**os.environ, **(env or {})}
    environment.pop("VOUCHERIFY_MODELS_PURE", None)
    return subprocess.run([sys.executable, "-c", program, *args], capture_output=True, text=True, env=environment)


def passes(code: str, *args: str) -> str:
    result = child(code, *args)
    assert result.returncode == 0, f"rc {result.returncode}\n{result.stdout}\n{result.stderr[-3000:]}"
    return result.stdout


TOUCH_LISTS = """
import gc
import voucherify_models as vm
from voucherify_models import _runtime
assert vm.SPEEDUPS
def touch_lists():
    for o in gc.get_objects():
        if type(o) is list:
            for x in o:
                pass
"""


def test_no_list_with_empty_places_is_seen_while_a_key_compares_itself() -> None:
    """H1: a str-subclass key whose __eq__ walks every list while an array is being parsed."""
    out = passes(
        TOUCH_LISTS
        + """
class Key(str):
    def __hash__(self):
        return hash("id")
    def __eq__(self, other):
        touch_lists()
        return False
payload = {"items": [{Key("zz"): 1, "quantity": 1}, {"quantity": 2}]}
try:
    vm.OrderCalculated.from_dict(payload)
except vm.ValidationError as err:
    print(err)
"""
    )
    assert out == "$.items[0].zz: expected string keys, got Key\n"


def test_no_list_with_empty_places_is_seen_while_a_hand_set_value_writes_itself() -> None:
    """H1: an item with its own to_dict() that walks every list while the array is written."""
    out = passes(
        TOUCH_LISTS
        + """
class Custom:
    def to_dict(self):
        touch_lists()
        return {"custom": True}
order = vm.OrderCalculated(items=[Custom(), vm.OrderItemCalculated(quantity=1)])
print(order.to_dict())
"""
    )
    assert out == "{'items': [{'custom': True}, {'quantity': 1}]}\n"


@pytest.mark.slow  # threads racing for seconds
def test_no_list_with_empty_places_is_seen_by_another_thread() -> None:
    """H1: valid JSON whose date-times go through the Python helper, parsed while a thread walks
    every list the collector knows (5 crashes in 5 runs before)."""
    out = passes(
        TOUCH_LISTS
        + """
import threading
sys.setswitchinterval(1e-5)
entry = '{"campaign_id": "camp_%d", "date": "2024-02-01T10:42:59+02:00"}'
text = '{"id": "c", "referrals": {"total": 2, "campaigns": [' + ",".join(entry % i for i in range(8)) + "]}}"
stop = False
def walker():
    while not stop:
        touch_lists()
thread = threading.Thread(target=walker, daemon=True)
thread.start()
for _ in range(int(sys.argv[1])):
    assert len(vm.CustomerWithSummaryLoyaltyReferrals.from_json(text).referrals.campaigns) == 8
stop = True
thread.join()
print("ok")
""",
        "30000",
    )
    assert out == "ok\n"


def test_additional_properties_replaced_during_the_merge_are_not_read_freed() -> None:
    """M3: a key of additional_properties whose __eq__ replaces them while to_dict() merges them."""
    out = passes(
        """
import voucherify_models as vm
customer = vm.CustomerId(id="x")
class Key:
    def __hash__(self):
        return hash("id")
    def __eq__(self, other):
        customer.additional_properties = {}
        return False
extra = {Key(): 1}
for i in range(6):
    extra[f"key-{i}"] = [f"value-{i}"] * 3
customer.additional_properties = extra
del extra  # the slot holds the only reference
written = customer.to_dict()
junk = [[object()] * 7 for _ in range(100)]  # reuses what a merge through a freed dict would read
print(len(written), sorted(k for k in written if isinstance(k, str)), written["key-5"])
"""
    )
    assert out == "8 ['id', 'key-0', 'key-1', 'key-2', 'key-3', 'key-4', 'key-5'] ['value-5', 'value-5', 'value-5']\n"


def test_a_class_equal_to_a_generated_one_by_its_metaclass_is_not_taken_for_it() -> None:
    """M4: a metaclass whose __hash__ and __eq__ make any class 'equal' to a generated class."""
    out = passes(
        """
import voucherify_models as vm
from voucherify_models import _runtime
class Meta(type):
    def __hash__(cls):
        return hash(vm.CustomerWithSummaryLoyaltyReferrals)
    def __eq__(cls, other):
        return True
class Evil(metaclass=Meta):
    __slots__ = ()
print(_runtime._speedups.parse(Evil, {"id": "x"}), _runtime._speedups.dump(Evil()))
try:
    vm.Model.to_dict(Evil())  # Python's own outcome: Evil is no generated class
except AttributeError as err:
    print(err)
"""
    )
    assert out == "None None\n'Evil' object has no attribute '_to_dict'\n"


def test_a_key_whose_hash_empties_the_payload_is_handed_back_before_it_is_looked_up() -> None:
    """L1: a str-subclass key whose __hash__ clears the payload (freeing the key) mid-lookup."""
    out = passes(
        """
import voucherify_models as vm
from voucherify_models import _runtime
payload = {}
class Key(str):
    def __hash__(self):
        payload.clear()
        return 1
payload.update({"id": "c", Key("extra"): 1})
print(_runtime._speedups.parse(vm.CustomerId, payload))
payload = {"id": "c", Key("extra"): 1}
print(_runtime._speedups.parse(vm.OrderCalculated, {"customer": payload}))
"""
    )
    assert out == "None\nNone\n"


def test_a_cycle_raises_recursion_error_once_without_retrying_each_level() -> None:
    """L4: to_dict() of an instance that holds itself: C was retried at every level (quadratic,
    14 s at a recursion limit of 20,000) and overflowed the C stack at 100,000."""
    out = passes(
        """
import sys
import voucherify_models as vm
from voucherify_models import _runtime
calls = 0
real = _runtime._speedups
class Counting:
    def __getattr__(self, name):
        return getattr(real, name)
    def dump(self, obj):
        global calls
        calls += 1
        return real.dump(obj)
_runtime._speedups = Counting()
sys.setrecursionlimit(int(sys.argv[1]))
customer = vm.CustomerWithSummaryLoyaltyReferrals(id="c")
customer.loyalty = customer
try:
    customer.to_dict()
except RecursionError:
    print("RecursionError", calls)
""",
        "100000",
    )
    assert out == "RecursionError 1\n"


def test_a_payload_changed_while_it_is_parsed_is_a_validation_error() -> None:
    """L9: a map changed in the middle of parsing (by a key that compares itself): RuntimeError
    escaped from_dict before; now it is a ValidationError, in C and in Python alike."""
    out = passes(
        """
import os
import voucherify_models as vm
from voucherify_models import _runtime
def attempt():
    campaigns = {}
    class Key(str):
        def __hash__(self):
            return hash("points")
        def __eq__(self, other):
            campaigns[f"new-{len(campaigns)}"] = {}
            return False
    campaigns.update({"a": {Key("x"): 1, "points": 1}, "b": {"points": 2}})
    try:
        vm.CustomerLoyalty.from_dict({"campaigns": campaigns})
    except vm.ValidationError as err:
        return str(err)
fast = attempt()
_runtime._speedups = None
print(fast == attempt(), fast)
"""
    )
    assert out == "True $: the payload changed while it was parsed: dictionary changed size during iteration\n"


def test_a_package_imported_again_is_bound_again() -> None:
    """L13: SPEEDUPS said True after a re-import that left the new classes in Python."""
    out = passes(
        """
import importlib, sys
import voucherify_models as first
first_class = first.CustomerId  # page modules load on first use: load it before they are dropped
for name in [n for n in sys.modules if n.startswith("voucherify_models")]:
    del sys.modules[name]
second = importlib.import_module("voucherify_models")
# The new runtime's helpers are the engine's now: the old classes run in Python at once, before
# any new module has been imported.
assert first._runtime._speedups.parse(first_class, {"id": "c"}) is None
assert second.CustomerId is not first_class
taken = second._runtime._speedups.parse(second.CustomerId, {"id": "c"})
old = first._runtime._speedups.parse(first_class, {"id": "c"})
print(second.SPEEDUPS, type(taken).__name__, taken.__class__ is second.CustomerId, old)
"""
    )
    assert out == "True CustomerId True None\n"


@pytest.mark.parametrize("source", ["project", "hostile"])
def test_the_c_source_compiles_without_a_warning(source: str, tmp_path: Path) -> None:
    """-Wall -Wextra, as errors, for this project's tables and for those of a spec hostile to C:
    the engine's source compiled as it is, with the tables rendered for the spec."""
    if source == "project":
        tables = GENERATED / "python/voucherify_models"
    else:
        from test_speedups import HOSTILE_SPEC

        tables = render_tables(load_model(write_spec(tmp_path / "spec", {"hostile.yaml": HOSTILE_SPEC})), tmp_path)
    include = sysconfig.get_paths()["include"]
    compiler = os.environ.get("CC", "cc")
    flags = ["-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-std=c11", f"-I{include}", f"-I{tables}"]
    compiled = subprocess.run([compiler, *flags, str(ENGINE_SOURCE / "_speedups.c")], capture_output=True, text=True)
    assert compiled.returncode == 0, compiled.stderr
