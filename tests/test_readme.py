"""The README and docs as users read them: the example runs and type-checks, links resolve, and
the text speaks of the project only."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import voucherify_models as vm
from conftest import GENERATED, ROOT, examples, installed_models
from hypothesis import given, settings
from hypothesis import strategies as st
from test_webhook_envelope import customer_created

README = ROOT / "README.md"
PAGES = [
    README,
    ROOT / "CONTRIBUTING.md",
    ROOT / "SECURITY.md",
    ROOT / "CHANGELOG.md",
    *sorted((ROOT / "docs").glob("*.md")),
]


def python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(), re.DOTALL)


def test_the_readme_is_short() -> None:
    assert len(README.read_text().splitlines()) <= 200


@pytest.mark.slow
def test_the_readme_example_type_checks_and_handles_a_real_webhook(tmp_path: Path) -> None:
    (example,) = [block for block in python_blocks(README) if "def on_webhook" in block]
    (tmp_path / "app.py").write_text(example)
    site = str(installed_models())
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"MYPYPATH": site, "PATH": ""},
    )
    assert typed.returncode == 0, typed.stdout
    envelope = customer_created()
    broken = {**envelope, "data": {"customer": {"created_at": "2024-02-01T10:42:59"}}}
    other = {**envelope, "type": "voucher.published", "data": {}}
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {site!r})
        from app import on_webhook
        import voucherify_models as vm
        body, broken = {json.dumps(envelope, indent=2).encode()!r}, {json.dumps(broken).encode()!r}
        other = {json.dumps(other).encode()!r}
        print(on_webhook(body, vm.signature_of(body, "s3cret"), "s3cret"))
        print(on_webhook(other, vm.signature_of(other, "s3cret"), "s3cret"))
        try:
            on_webhook(broken, vm.signature_of(broken, "s3cret"), "s3cret")
        except vm.ValidationError:
            print("rejected")
        for signature in (None, vm.signature_of(body, "other")):
            try:
                on_webhook(body, signature, "s3cret")
            except vm.SignatureError as exc:
                print(exc)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "0",
        "lionel-johnson@lion.io",
        "not handled: voucher.published",
        "('data', 'customer', 'created_at') date-time has no time zone: '2024-02-01T10:42:59'",
        "rejected",
        "no x-voucherify-signature header",
        "the x-voucherify-signature header is not the signature of this body",
    ]


def _readme_sentence() -> str:
    return " ".join(README.read_text().split())


PROMISE = (
    "`Cls.from_dict(d).to_dict() == d` for every valid payload whose date-times are written as the"
    " models write them (UTC, `Z`, three fraction digits as in `2024-02-01T10:42:59.594Z`, or six);"
    " another spelling (`+02:00`, no fraction) comes back in that form, the same instant."
)
INSTANTS = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)).map(
    lambda moment: moment.replace(microsecond=moment.microsecond // 1000 * 1000)
)


def _models_form(moment: datetime, micro: bool) -> str:
    return moment.isoformat(timespec="microseconds" if micro else "milliseconds").replace("+00:00", "Z")


def _customer(created_at: str) -> dict[str, Any]:
    return {"id": "cust_1", "created_at": created_at, "metadata": {"at": created_at}}


def test_the_readme_round_trip_promise_is_worded_as_tested() -> None:
    assert PROMISE in _readme_sentence()


@pytest.mark.parametrize("path", sorted((GENERATED / "fixtures" / "valid").glob("*.json")), ids=lambda p: p.stem)
def test_every_valid_payload_comes_back_equal(path: Path) -> None:
    payload = json.loads(path.read_text())
    model = getattr(vm, path.name.split(".")[0])
    assert model.from_dict(payload).to_dict() == payload


@settings(max_examples=examples(300), deadline=None)
@given(moment=INSTANTS, micro=st.integers(0, 999), offset=st.integers(-23 * 60, 23 * 60))
def test_date_times_in_the_models_form_come_back_equal_and_others_as_the_same_instant(
    moment: datetime, micro: int, offset: int
) -> None:
    written = _models_form(moment, micro=False)
    for form in (written, _models_form(moment, micro=True)):  # three digits, or six
        assert vm.CustomerWithSummaryLoyaltyReferrals.from_dict(_customer(form)).to_dict() == _customer(form)
    finer = moment.replace(microsecond=moment.microsecond + micro or 1)
    if finer.microsecond % 1000:
        assert vm.CustomerWithSummaryLoyaltyReferrals.from_dict(
            _customer(_models_form(finer, True))
        ).to_dict() == _customer(_models_form(finer, True))
    zone = timezone(timedelta(minutes=offset))
    if (
        datetime(1, 1, 2, tzinfo=UTC)
        <= moment.astimezone(zone).replace(tzinfo=UTC)
        <= datetime(9999, 12, 30, tzinfo=UTC)
    ):
        spelled = moment.astimezone(zone).isoformat()  # `+02:00`, no fraction when there is none
        back = vm.CustomerWithSummaryLoyaltyReferrals.from_dict(_customer(spelled)).to_dict()
        assert back["created_at"] == _models_form(moment, micro=re.search(r"\.\d{6}", spelled) is not None)
        assert back["metadata"] == {"at": spelled}  # free-form text is no date-time: kept as it came


def test_the_minimal_spec_of_the_format_docs_builds_and_its_models_work(run, tmp_path: Path, monkeypatch) -> None:
    blocks = re.findall(r"```yaml\n# (spec/\S+)\n(.*?)```", (ROOT / "docs/spec-format.md").read_text(), re.DOTALL)
    assert [name for name, _ in blocks] == ["spec/project.yaml", "spec/sources.yaml", "spec/tickets.yaml"]
    for name, text in blocks:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text)
    monkeypatch.chdir(tmp_path)
    made = run("regenerate")
    assert made.code == 0, made.err
    assert (tmp_path / "generated/docs/tickets.md").is_file()
    code = (
        "import acme_models as m\n"
        't = m.Ticket.from_json(\'{"id": "t1", "assignee": {"id": "a1"}, "status": "open"}\')\n'
        "print(type(t.assignee).__name__, t.status, t.to_dict())\n"
    )
    used = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path / "generated/python", capture_output=True, text=True
    )
    assert used.stdout == "Agent open {'id': 't1', 'status': 'open', 'assignee': {'id': 'a1'}}\n", used.stderr


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_resolve(page: Path) -> None:
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text()):
        if "://" not in target and not target.startswith("<"):
            assert (page.parent / target).exists(), f"{page.name}: {target}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_text_speaks_of_the_project_only(page: Path) -> None:
    words = re.compile(r"\bsessions?\b|\bissue [0-9]+|this machine|\.\./shared", re.IGNORECASE)
    assert words.findall(page.read_text()) == []
