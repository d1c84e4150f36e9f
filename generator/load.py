"""Load stage: YAML or JSON text into plain Python data, with source positions for diagnostics.

Parsing goes through PyYAML's C loader (or ``json``) and builds plain data directly; the node tree that
knows line numbers is built only when a diagnostic asks for a position, because a successful run never
needs one.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import Diagnostic, Diagnostics, Level, Position

# The C loader is ~6x faster; the pure-Python one is the fallback where PyYAML was built without libyaml.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_ALIASES = 10_000


class _SpecLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe YAML with the JSON data model: no timestamps, mapping keys as strings."""


# YAML 1.1 would turn `2024-01-01` into a date and `on` into True; OpenAPI means strings there.
_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_BOOL_WORDS = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
for _first, _resolvers in _SpecLoader.yaml_implicit_resolvers.items():
    _SpecLoader.yaml_implicit_resolvers[_first] = [
        (tag, _BOOL_WORDS if tag == "tag:yaml.org,2002:bool" else regexp) for tag, regexp in _resolvers
    ]


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, bool):
            key = "true" if key else "false"
        elif key is None:
            key = "null"
        elif not isinstance(key, str):
            key = str(key)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_SpecLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


@dataclass
class SourceDocument:
    """One loaded file: its data and the means to find where a JSON pointer sits in its text."""

    path: Path
    display: str
    text: str
    data: Any
    _nodes: yaml.Node | None = field(default=None, repr=False)
    _nodes_failed: bool = field(default=False, repr=False)

    def locate(self, pointer: str) -> Position | None:
        """The line and column where the node at ``pointer`` starts, or None if unknown."""
        node = self._node_tree()
        if node is None:
            return None
        for token in _pointer_tokens(pointer):
            child = _child_node(node, token)
            if child is None:
                break
            node = child
        mark = node.start_mark
        return Position(mark.line + 1, mark.column + 1)

    def _node_tree(self) -> yaml.Node | None:
        if self._nodes is None and not self._nodes_failed:
            try:
                self._nodes = yaml.compose(self.text, Loader=_BaseLoader)
            except yaml.YAMLError:
                self._nodes_failed = True
        return self._nodes


def _pointer_tokens(pointer: str) -> list[str]:
    body = pointer[1:] if pointer.startswith("#") else pointer
    if not body:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in body.split("/")[1:]]


def _child_node(node: yaml.Node, token: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == token:
                child: yaml.Node = value_node
                return child
        return None
    if isinstance(node, yaml.SequenceNode) and token.isdigit():
        index = int(token)
        item: yaml.Node | None = node.value[index] if index < len(node.value) else None
        return item
    return None


def display_path(path: Path) -> str:
    """The path as diagnostics show it: relative to the working directory when below it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def load_document(path: Path, diagnostics: Diagnostics) -> SourceDocument | None:
    """Reads and parses one file; reports a diagnostic and returns None when it cannot."""
    path = path.absolute()
    display = display_path(path)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            diagnostics.error(
                display, "", f"file is {size} bytes, above the limit of {MAX_DOCUMENT_BYTES}", "load.too-large"
            )
            return None
        raw = path.read_bytes()
    except OSError as exc:
        diagnostics.error(display, "", f"cannot read file: {exc.strerror or exc}", "load.unreadable")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        diagnostics.error(display, "", f"not UTF-8 text (byte {exc.start})", "load.encoding")
        return None
    return parse_document(path, display, text, diagnostics)


def parse_document(path: Path, display: str, text: str, diagnostics: Diagnostics) -> SourceDocument | None:
    """Parses text as JSON when it looks like JSON, else as YAML (a superset for our purposes)."""
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" or stripped.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            diagnostics.items.append(_json_error(display, exc))
            return None
        except RecursionError:
            diagnostics.error(display, "", "document nests too deeply to parse", "load.too-deep")
            return None
    else:
        data = _load_yaml(display, text, diagnostics)
        if data is _FAILED:
            return None
    return SourceDocument(path=path, display=display, text=text, data=data)


_FAILED = object()


def _load_yaml(display: str, text: str, diagnostics: Diagnostics) -> Any:
    if text.count("*") and _count_aliases(text) > MAX_ALIASES:
        diagnostics.error(
            display, "", f"more than {MAX_ALIASES} YAML aliases; refusing a possible alias bomb", "load.aliases"
        )
        return _FAILED
    try:
        return yaml.load(text, Loader=_SpecLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark is not None else None
        problem = exc.problem or "invalid YAML"
        context = f" {exc.context}" if exc.context else ""
        diagnostics.items.append(
            Diagnostic(Level.ERROR, display, "", f"invalid YAML: {problem}{context}", "load.yaml", position)
        )
    except yaml.YAMLError as exc:
        diagnostics.error(display, "", f"invalid YAML: {exc}", "load.yaml")
    except RecursionError:
        diagnostics.error(display, "", "document nests too deeply to parse", "load.too-deep")
    return _FAILED


_ALIAS = re.compile(r"(?<![\w*])\*[A-Za-z0-9_-]+")


def _count_aliases(text: str) -> int:
    return len(_ALIAS.findall(text))


def _json_error(display: str, exc: json.JSONDecodeError) -> Diagnostic:
    return Diagnostic(
        Level.ERROR, display, "", f"invalid JSON: {exc.msg}", "load.json", Position(exc.lineno, exc.colno)
    )
