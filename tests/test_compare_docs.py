"""compare-docs against the saved vendor pages and edited copies of them."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import document

from generator.pages.compare import normalise, word_diff
from generator.pages.mdx import MdxReader


def page(prefix: str) -> Path:
    return document(prefix)


def findings(run, *args: str | Path) -> tuple[int, list[dict]]:
    result = run("compare-docs", "--format", "json", *args)
    reports = json.loads(result.out)
    return result.code, [f for r in reports for f in r.get("findings", [])]


def test_seed_001_agrees_with_the_spec(run) -> None:
    result = run("compare-docs", page("001"))
    assert result.code == 0, result.out
    assert result.out.splitlines()[-1] == "  agrees with the spec"


def test_seed_000_reports_the_newer_field_and_the_changed_descriptions(run) -> None:
    code, found = findings(run, page("000"))
    assert code == 1
    kinds = {(f["kind"], f["object"], f["path"]) for f in found}
    assert ("missing", "Customer Response Data", "assets.cockpit_preference_center_url") in kinds
    for where in [
        ("Customer Response Data", "assets"),
        ("Customer Response Data", "assets.cockpit_url"),
        ("Customer Loyalty", "points"),
    ]:
        assert ("description", *where) in kinds
    assert all(f["history"] for f in found)  # every one is recorded, and labelled so
    points = next(f for f in found if f["path"] == "points")
    assert (
        points["detail"]
        == "Customer's loyalty [-points minus expired for all loyalty cards which the customer has.-] {+points.+}"
    )


def test_seed_000_capture_losses_are_listed_apart_not_as_drift(run) -> None:
    result = run("compare-docs", page("000"))
    lost = next(line for line in result.out.splitlines() if "not compared, lost by this capture" in line)
    assert "Customer Base address.city" in lost and "Customer Referrals" in lost
    assert not any(f["path"].startswith("address") for f in findings(run, page("000"))[1])


def test_differences_the_history_records_fail_only_without_the_ci_option(run) -> None:
    """CI runs compare-docs over the kept captures: recorded differences are no failure there."""
    assert run("compare-docs", page("000")).code == 1
    recorded = run("compare-docs", "--fail-on-unrecorded", page("000"), page("002"), page("001"))
    assert recorded.code == 0, recorded.out
    assert "recorded in the spec's history" in recorded.out  # still reported


def test_seed_002_differs_only_by_what_the_spec_records(run) -> None:
    code, found = findings(run, page("002"))
    assert code == 1  # recorded differences are still reported
    assert found and all(f["history"] for f in found)
    result = run("compare-docs", page("002"))
    assert result.out.splitlines()[0].endswith("(seed-002, text): 118 attributes read")
    assert result.out.splitlines()[-1] == f"  drift: {len(found)} difference(s), {len(found)} recorded in history"


def test_an_edited_page_reports_exactly_the_three_edits(run, tmp_path: Path) -> None:
    html = page("001").read_text()
    start = html.rindex("<tr>", 0, html.index("Customer's phone number"))
    end = html.index("</tr>", start) + len("</tr>")
    html = html[:start] + html[end:]  # 1. the `phone` field removed
    count = html.index("total\\_count")
    html = html[:count] + html[count:].replace("<code>integer</code>", "<code>string</code>", 1)  # 2. a type changed
    html = html.replace("<code>customer</code>", "<code>customer</code>, <code>person</code>", 1)  # 3. a new value
    edited = tmp_path / "customer-object.html"
    edited.write_text(html)
    code, found = findings(run, edited)
    assert code == 1
    assert sorted((f["kind"], f["object"], f["path"]) for f in found) == [
        ("enum", "Customer Response Data", "object"),
        ("missing", "Customer Base", "phone"),
        ("type", "Customer Summary Orders", "total_count"),
    ]
    enum = next(f for f in found if f["kind"] == "enum")
    assert enum["detail"] == "values added ['person'], removed []"


def test_an_unreadable_page_exits_2_with_the_reason(run, tmp_path: Path) -> None:
    junk = tmp_path / "junk.html"
    junk.write_text("<html><body><p>Nothing to see</p></body></html>")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = run("compare-docs", junk, binary)
    assert result.code == 2
    assert result.err.splitlines() == [
        f"{junk}: no attributes found (not an HTML, text, MDX, attribute-table or OpenAPI reference page)",
        f"{binary}: cannot read the page: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    ]


def test_several_pages_exit_with_the_worst_result(run) -> None:
    assert run("compare-docs", page("001"), page("000")).code == 1


def test_json_format(run) -> None:
    result = run("compare-docs", "--format", "json", page("001"))
    (report,) = json.loads(result.out)
    assert report["document"] == "seed-001" and report["form"] == "html" and report["drift"] is False
    assert report["compared"] == 59


def test_word_diff_and_normalise() -> None:
    assert word_diff("a b c d", "a x c") == "a [-b-] {+x+} c [-d-]"
    assert normalise("`Deprecated`. ~~a\\_b~~  c") == "Deprecated. a_b c"


def test_seed_006_s_bullet_list_is_read_with_its_nesting() -> None:
    rows = MdxReader().read(document("006").read_text()).rows
    by_path = {r.path: r for r in rows}
    assert len(rows) == 22 and {r.object for r in rows} == {"Project setting webhook payload"}
    assert list(by_path)[:7] == ["id", "project_id", "created_at", "type", "data", "source", "source.id"]
    kind = by_path["type"]
    assert kind.enum is not None and len(kind.enum) == 61 and "customer.created" in kind.enum
    assert kind.description == "Name of the event that triggered the webhook send out."
    assert (by_path["source.object"].enum, by_path["source.object"].example) == (("webhook",), "webhook")
    assert by_path["source"].description == "Contains details about the source of the webhook send out."
    app = by_path["event.event_source.api_key.app_id"]
    assert (app.type, app.example) == ("string", "1XXXX5XX-0XXX-XXXb-X7XX-XX2XXaXXX6XX")
    assert by_path["event.event_source.channel"].enum == ("USER_PORTAL", "API", "CLIENT_API", "INTERNAL")
    # The links under `data` and the JSON example are no attributes.
    assert not any(r.path.startswith("data.") for r in rows)


def test_compare_docs_reads_an_mdx_page_by_its_content_and_seed_006_agrees(run) -> None:
    result = run("compare-docs", str(document("006")), "--format", "json")
    (report,) = json.loads(result.out)
    assert (report["form"], report["document"], report["findings"], result.code) == ("mdx", "seed-006", [], 0)


def test_a_renamed_object_is_matched_by_its_fields_and_its_removed_field_reported(run, tmp_path: Path) -> None:
    html = page("001").read_text()
    html = html.replace(
        '<h2 id="customer-summary-orders">Customer Summary Orders</h2>',
        '<h2 id="customer-order-totals">Customer Order Totals</h2>',
    )
    count = html.index("total\\_count", html.index("Customer Order Totals"))
    start, end = html.rindex("<tr>", 0, count), html.index("</tr>", count) + len("</tr>")
    edited = tmp_path / "001_0ce5eebde54d0c5b.txt"  # the spec's own document, edited
    edited.write_text(html[:start] + html[end:])
    code, found = findings(run, edited)
    assert code == 1
    assert sorted((f["kind"], f["object"], f["path"]) for f in found) == [
        ("missing", "Customer Summary Orders", "total_count"),
        ("object-renamed", "Customer Summary Orders", ""),
    ]
    renamed = next(f for f in found if f["kind"] == "object-renamed")
    assert renamed["page"] == "Customer Order Totals"
    assert renamed["detail"].startswith("on the page as 'Customer Order Totals' (")


def test_each_page_s_form_and_document_are_named(run, tmp_path: Path) -> None:
    wrapped = tmp_path / "customer-object.mdx"
    wrapped.write_text('---\ntitle: "Customer Object"\n---\n\n' + page("001").read_text())
    first = run("compare-docs", wrapped).out.splitlines()[0]
    assert first.startswith(f"{wrapped} (no document of the spec sources, mdx (html)): ")
    assert run("compare-docs", page("001")).out.startswith(f"{page('001')} (seed-001, html): ")
    assert ", mdx): " in run("compare-docs", document("006")).out.splitlines()[0]
