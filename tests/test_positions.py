"""Diagnostics point at the line and column of the offending node, in JSON as in YAML.

A JSON document is located by its own scanner (composing it as YAML, the way YAML documents are located,
took over a second on Stripe's spec); both must name the same place for every node.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diagnostics import Diagnostics, Position
from generator.load import SourceDocument, load_document
from tests.support import REPO

# Odd spacing, escapes in keys, empty containers, nesting.
AWKWARD_JSON = """{"openapi" : "3.1.0",
  "info":{"title":"T","version":"1"},
    "paths"  :  { "/a~b/{id}" : {"get": {"responses": {"200": {"description": "ok"}}}},
  "/\\u00e9t\\u00e9": {} ,"/q\\"uote": {"x": [1, [2, {"deep": [ ]}], {"k\\\\": null}]}},
  "components": {"schemas": {"Z": {"type": "object"}, "A": {"type": "string"}, "B": {}}}
}
"""


def _pointers(data: Any, prefix: str = "") -> list[str]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _pointers(value, f"{prefix}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _pointers(value, f"{prefix}/{index}")
    return found


def _compose(text: str) -> yaml.Node:
    root = yaml.compose(text, Loader=yaml.CSafeLoader)
    assert root is not None
    return root


def _yaml_position(root: yaml.Node, pointer: str) -> Position:
    """Where PyYAML's composer says the node starts (YAML reads JSON), walking as the YAML locator does."""
    node = root
    for token in [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]:
        # of duplicate keys the last wins, as in json.loads
        children = {k.value: v for k, v in node.value} if isinstance(node, yaml.MappingNode) else None
        if children is not None and token in children:
            node = children[token]
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            node = node.value[int(token)]
        else:
            break
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def _json_document(tmp_path: Path, text: str) -> SourceDocument:
    path = tmp_path / "spec.json"
    path.write_text(text, encoding="utf-8")
    document = load_document(path, Diagnostics())
    assert document is not None and document.is_json
    return document


def test_every_node_of_an_awkward_json_document_is_where_yaml_says(tmp_path: Path) -> None:
    document = _json_document(tmp_path, AWKWARD_JSON)
    root = _compose(AWKWARD_JSON)
    pointers = _pointers(document.data)
    assert len(pointers) > 25
    for pointer in pointers:
        assert document.locate(f"#{pointer}") == _yaml_position(root, pointer), pointer


def test_a_missing_node_is_located_at_its_deepest_existing_parent(tmp_path: Path) -> None:
    document = _json_document(tmp_path, AWKWARD_JSON)
    assert document.locate("#/components/schemas/Nope/type") == document.locate("#/components/schemas")
    assert document.locate("#/paths/~1a~0b~1{id}/get/responses/404") == Position(3, 55)
    assert document.locate("#/components/schemas/A") == Position(5, 60)


def test_of_two_equal_keys_the_second_is_located() -> None:
    """Loading refuses such a document, and its message points at the second key's value."""
    text = '{"a": 1,\n "a": 2}'
    document = SourceDocument(Path("x.json"), "x.json", text, data=json.loads(text), is_json=True)
    assert document.locate("#/a") == Position(2, 7)


def test_a_sample_of_stripe_nodes_is_where_yaml_says(tmp_path: Path) -> None:
    text = (REPO / "specs" / "stripe" / "spec3.json").read_text(encoding="utf-8")
    document = _json_document(tmp_path, text)
    root = _compose(text)
    pointers = _pointers(document.data)
    for pointer in pointers[:: max(len(pointers) // 150, 1)]:
        assert document.locate(f"#{pointer}") == _yaml_position(root, pointer), pointer


@pytest.mark.parametrize("text", ["", "{", '{"a": [1, 2', "[" * 5000 + "]" * 5000])
def test_text_that_does_not_scan_gives_no_position_rather_than_an_error(text: str) -> None:
    document = SourceDocument(Path("x.json"), "x.json", text, data=json.loads("{}"), is_json=True)
    assert document.locate("#/a/0") is None
