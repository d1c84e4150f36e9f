"""Acceptance 4 and the command line: --json against its JSON Schema, the table, exit statuses, semver."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from generator import cli
from generator.config import Config
from generator.diff.pyproject_edit import PyprojectError, set_package_version
from generator.diff.report import report_json
from generator.diff.run import diff_files, diff_sides
from generator.diff.semver import Bump, VersionError, bump_version

from .history import HISTORY, side

REPO = Path(__file__).parents[2]
SCHEMA = json.loads((REPO / "docs" / "diff.schema.json").read_text())
FIXTURES = Path(__file__).parent / "fixtures"
CONFIG = Config(package_name="pets_client", client_name="Pets")


def _validate(document: object) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(document)


def test_json_of_every_fixture_pair_validates_against_the_schema() -> None:
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        _validate(report_json(diff_files(CONFIG, folder / "old.yaml", folder / "new.yaml")))


def test_json_of_a_history_step_validates_and_counts_add_up() -> None:
    document = report_json(diff_sides(side(HISTORY[-2]), side(HISTORY[-1]), "0.4.2"))
    _validate(document)
    summary = document["summary"]
    assert summary["total"] == len(document["changes"]) == summary["breaking"] + summary["non_breaking"]
    assert sum(summary["by_kind"].values()) == summary["total"]
    assert document["bump"] == "major" and document["suggested_version"] == "0.5.0"


def test_schema_rejects_a_report_that_breaks_it() -> None:
    document = report_json(
        diff_files(CONFIG, FIXTURES / "type-changed" / "old.yaml", FIXTURES / "type-changed" / "new.yaml")
    )
    document["changes"][0]["class"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        _validate(document)


def _diff(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.main, ["diff", *args, "--config", str(FIXTURES / "none.toml")])
    return result.exit_code, result.stdout, result.stderr


def test_cli_json_output_validates_and_fail_on_breaking_exits_1(tmp_path: Path) -> None:
    old, new = FIXTURES / "response-field-removed" / "old.yaml", FIXTURES / "response-field-removed" / "new.yaml"
    code, out, _ = _diff(str(old), str(new), "--json")
    assert code == 0
    document = json.loads(out)
    _validate(document)
    assert [c["kind"] for c in document["changes"]] == ["response-field-removed"]
    assert document["changes"][0]["operations"][0] == {"method": "GET", "path": "/v1/pet", "operation_id": "listPets"}
    assert _diff(str(old), str(new), "--fail-on", "breaking")[0] == 1
    assert _diff(str(old), str(new), "--fail-on", "none")[0] == 0


def test_cli_fail_on_breaking_passes_a_non_breaking_change_and_any_does_not() -> None:
    old, new = FIXTURES / "response-field-added" / "old.yaml", FIXTURES / "response-field-added" / "new.yaml"
    assert _diff(str(old), str(new), "--fail-on", "breaking")[0] == 0
    assert _diff(str(old), str(new), "--fail-on", "any")[0] == 1
    same = _diff(str(old), str(old), "--fail-on", "any")
    assert same[0] == 0 and "no API changes" in same[1]


def test_cli_table_names_class_kind_operation_pointer_and_the_bump() -> None:
    old, new = (
        FIXTURES / "request-field-added-required" / "old.yaml",
        FIXTURES / "request-field-added-required" / "new.yaml",
    )
    code, out, _ = _diff(str(old), str(new), "--current-version", "1.4.2")
    assert code == 0
    row = r"breaking\s+request-field-added-required\s+request\s+POST /v1/pet\s+pets\.create\(\) body\.owner: new required field"
    assert re.search(row, out), out
    assert "at #/components/schemas/CreatePet/properties/owner" in out
    assert out.rstrip().endswith("1 breaking, 0 non-breaking change(s); suggested bump: major (1.4.2 -> 2.0.0)")


def test_the_table_prints_no_control_character_from_the_specs(tmp_path: Path) -> None:
    old = FIXTURES / "response-field-added" / "old.yaml"
    text = old.read_text()
    hostile = tmp_path / "new.yaml"
    title = "T\x1b]0;pwned\x07\x1b[2J\nFAKE LINE: no breaking changes"
    hostile.write_text(re.sub(r"(?m)^  title: .*$", lambda _: "  title: " + json.dumps(title), text, count=1))
    code, out, _ = _diff(str(old), str(hostile))
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert not any(line.startswith("FAKE LINE") for line in out.splitlines())
    assert "T\\x1b]0;pwned\\x07\\x1b[2J\\nFAKE LINE" in out


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        ("minimum: 0\n", "minimum: 0\n          exclusiveMinimum: true\n", "request-constraint-tightened"),
        ("minimum: 0\n          exclusiveMinimum: true\n", "minimum: 0\n", "request-constraint-relaxed"),
    ],
)
def test_a_bound_made_exclusive_at_the_same_value_is_tightened(
    tmp_path: Path, before: str, after: str, kind: str
) -> None:
    base = (FIXTURES / "request-constraint-tightened" / "old.yaml").read_text()
    weight = "weight:\n          type: integer\n          "
    assert weight + "minimum: 0\n" in base
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(base.replace(weight + "minimum: 0\n", weight + before))
    new.write_text(base.replace(weight + "minimum: 0\n", weight + after))
    code, out, _ = _diff(str(old), str(new), "--json")
    assert code == 0
    assert [change["kind"] for change in json.loads(out)["changes"]] == [kind]


def test_cli_bad_input_is_one_line_per_problem_and_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        (FIXTURES / "model-added" / "new.yaml")
        .read_text()
        .replace("#/components/schemas/Pet", "#/components/schemas/Missing", 1)
    )
    code, out, err = _diff(str(FIXTURES / "model-added" / "old.yaml"), str(broken))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert re.fullmatch(
        r"\S*broken\.yaml:\d+:\d+: #/\S+: \$ref '#/components/schemas/Missing' does not resolve", lines[0]
    )
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("1.2.3", Bump.MAJOR, "2.0.0"),
        ("1.2.3", Bump.MINOR, "1.3.0"),
        ("1.2.3", Bump.PATCH, "1.2.4"),
        ("1.2.3", Bump.NONE, "1.2.3"),
        ("0.3.1", Bump.MAJOR, "0.4.0"),
        ("0.3.1", Bump.MINOR, "0.3.2"),
        ("0.3.1", Bump.PATCH, "0.3.2"),
        ("2.1", Bump.PATCH, "2.1.1"),
    ],
)
def test_semver_rule_with_the_0_x_rule(version: str, bump: Bump, expected: str) -> None:
    assert bump_version(version, bump) == expected


def test_semver_refuses_what_it_cannot_bump() -> None:
    with pytest.raises(VersionError):
        bump_version("1.0.0rc1", Bump.PATCH)


def test_package_version_edit_keeps_everything_else() -> None:
    text = '[project]\nversion = "9"\n\n[tool.oapigen]\nspec = "x.yaml"  # here\npackage-version = "0.1.0"   # kept\n\n[tool.other]\npackage-version = "7"\n'
    edited = set_package_version(text, "0.2.0")
    assert edited == text.replace('package-version = "0.1.0"', 'package-version = "0.2.0"')
    inserted = set_package_version('[tool.oapigen]\nspec = "x.yaml"\n', "1.0.0")
    assert inserted == '[tool.oapigen]\npackage-version = "1.0.0"\nspec = "x.yaml"\n'
    with pytest.raises(PyprojectError):
        set_package_version('[project]\nname = "x"\n', "1.0.0")
