"""JSON pointers (RFC 6901): names holding `~` and `/` are escaped and read back exactly, in references and
in the positions of diagnostics."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import join_pointer, pointer_tokens
from tests.support import oapigen, write_spec


@pytest.mark.parametrize("name", ["a~1b", "a/b", "~0", "~01", "/~", "", "plain", "x~y/z~1"])
def test_a_token_joined_into_a_pointer_reads_back_as_it_was(name: str) -> None:
    assert pointer_tokens(join_pointer("#/components/schemas", name)) == ["components", "schemas", name]


def test_tilde_one_is_read_before_tilde_zero() -> None:
    assert pointer_tokens("#/a~01b") == ["a~1b"]  # not "a/b"
    assert pointer_tokens("#/a~10b") == ["a/0b"]
    assert pointer_tokens("#") == [] and pointer_tokens("#/") == [""]


SPEC = """
openapi: 3.1.0
info: {title: Tildes, version: "1"}
paths:
  /t:
    get:
      operationId: getT
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  tilde_one: {$ref: "#/components/schemas/x~01y"}
                  slash: {$ref: "#/components/schemas/x~1y"}
components:
  schemas:
    "x~1y": {type: object, properties: {literal: {type: string}}}
    "x/y": {type: object, properties: {slashed: {type: integer}}}
"""


def test_references_to_names_with_tildes_and_slashes_resolve(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, SPEC)
    out = tmp_path / "out"
    result = oapigen("generate", "--spec", str(spec), "--out", str(out), "--package-name", "tildes")
    assert result.returncode == 0, result.stderr
    models = "".join(path.read_text() for path in (out / "tildes" / "models").glob("*.py"))
    assert "literal:" in models and "slashed:" in models
