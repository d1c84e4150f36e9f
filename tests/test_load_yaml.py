"""YAML is read as JSON's data model (YAML 1.2's core schema): a spec in YAML and the same spec in JSON
are the same data, duplicate keys are an error with the line of the second, merge keys still work."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostics
from generator.load import parse_document
from tests.support import oapigen, write_spec


def _yaml(text: str) -> tuple[Any, Diagnostics]:
    diagnostics = Diagnostics()
    document = parse_document(Path("spec.yaml"), "spec.yaml", text, diagnostics)
    return (document.data if document is not None else None), diagnostics


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("1e3", 1000.0),
        ("-1.5E-3", -0.0015),
        (".5", 0.5),
        ("1.", 1.0),
        ("0755", 755),  # not octal: leading zeros mean nothing in YAML 1.2, as in JSON's numbers
        ("0o17", 15),
        ("0x1F", 31),
        ("+4", 4),
        ("09:30", "09:30"),  # not 570 (YAML 1.1's base 60)
        ("1_000", "1_000"),
        ("0b11", "0b11"),
        ("2024-01-01", "2024-01-01"),
        ("on", "on"),
        ("True", True),
        ("~", None),
    ],
)
def test_a_plain_scalar_means_what_yaml_1_2_says(written: str, meant: object) -> None:
    data, diagnostics = _yaml(f"value: {written}\n")
    assert not diagnostics.items
    assert data == {"value": meant} and type(data["value"]) is type(meant)


def test_a_bound_written_with_an_exponent_is_kept(tmp_path: Path) -> None:
    spec = write_spec(
        tmp_path,
        """
openapi: 3.1.0
info: {title: Bounds, version: "1"}
paths: {}
components:
  schemas:
    Page:
      type: object
      properties:
        size: {type: integer, minimum: 1, maximum: 1e3}
        code: {type: string, enum: ["09:30", 12:30]}
""",
    )
    out = tmp_path / "out"
    result = oapigen("generate", "--spec", str(spec), "--out", str(out), "--package-name", "bounds")
    assert result.returncode == 0, result.stderr
    model = (out / "bounds" / "models" / "page.py").read_text()
    assert "Field(ge=1, le=1000.0)" in model
    assert 'Literal["09:30", "12:30"]' in model


def test_yaml_and_json_give_the_same_data() -> None:
    text = "a: [1e3, 0755, 0x10, -0.0, .inf, 09:30, 'x']\nb: {c: null, d: false}\n"
    data, _ = _yaml(text)
    as_json = json.dumps(data)
    assert json.loads(as_json.replace("Infinity", "1e999")) == json.loads(
        '{"a": [1000.0, 755, 16, -0.0, 1e999, "09:30", "x"], "b": {"c": null, "d": false}}'
    )


def test_a_duplicate_key_is_an_error_at_the_second_one(tmp_path: Path) -> None:
    spec = write_spec(
        tmp_path,
        """openapi: 3.1.0
info: {title: Dup, version: "1"}
paths: {}
components:
  schemas:
    Thing:
      type: object
    Thing:
      $ref: "#/components/schemas/Missing"
""",
    )
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert "openapi.yaml:8:5: #: invalid YAML: duplicate key 'Thing': YAML keys must be unique" in result.stderr


def test_merge_keys_may_override_what_they_bring() -> None:
    data, diagnostics = _yaml("base: &b {x: 1, y: 2}\nd: {<<: *b, y: 3}\ne: {<<: [*b, {x: 5}], z: 0}\n")
    assert not diagnostics.items
    assert data["d"] == {"x": 1, "y": 3}
    assert data["e"] == {"x": 1, "y": 2, "z": 0}


def test_in_json_a_duplicate_key_is_refused_at_the_second(tmp_path: Path) -> None:
    """As in YAML: JSON readers disagree on which value counts (Python's keeps the last, which silently
    dropped an operation)."""
    spec = tmp_path / "openapi.json"
    spec.write_text(
        '{"openapi": "3.1.0", "info": {"title": "Dup", "version": "1"}, "paths": {},\n'
        ' "components": {"schemas": {\n'
        '  "Thing": {"type": "object"},\n'
        '  "Thing": {"$ref": "#/components/schemas/Missing"}}}}\n'
    )
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert "openapi.json:4:12: #/components/schemas/Thing: duplicate key 'Thing'" in result.stderr


def test_a_json_spec_is_read_without_importing_pyyaml(tmp_path: Path) -> None:
    """PyYAML takes 10 ms to import, a third of loading a JSON spec: only a YAML document brings it in.
    Errors in a JSON document still get their line (found without PyYAML)."""
    import subprocess
    import sys

    spec = tmp_path / "spec.json"
    spec.write_text('{"openapi": "3.1.0",\n "info": {"title": "T", "version": "1"},\n "paths": {"/x": 5}}\n')
    script = (
        "import sys\n"
        "from generator.diagnostics import Diagnostics\n"
        "from generator.load import load_document\n"
        "diagnostics = Diagnostics()\n"
        f"document = load_document(__import__('pathlib').Path({str(spec)!r}), diagnostics)\n"
        "print(document.locate('#/paths/~1x'), 'yaml' in sys.modules)\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["Position(line=3,", "column=18)", "False"]


def test_a_lone_surrogate_in_json_is_replaced_with_a_warning_at_its_line(tmp_path: Path) -> None:
    """JSON can escape a surrogate that is no character (pydantic cannot hold it, UTF-8 cannot encode it)."""
    spec = tmp_path / "openapi.json"
    spec.write_text('{"openapi": "3.1.0",\n "info": {"title": "A \\ud800 title", "version": "1"}, "paths": {}}\n')
    result = oapigen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("openapi.json:2:20: #/info/title: warning: a lone surrogate escape"), result.stderr
    assert "A \ufffd title" in (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
