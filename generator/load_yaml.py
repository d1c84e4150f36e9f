"""Load stage, YAML: text into plain data by the rules of JSON's data model, and positions of its nodes.

Imported only where a document is YAML (PyYAML takes 10 ms to import, a third of loading a JSON spec).
Parsing goes through PyYAML's C loader, in pieces that the memo may already hold (``yaml_pieces``); the
node tree that knows line numbers is composed only when a diagnostic asks for a position.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from . import yaml_pieces
from .diagnostics import Diagnostic, Diagnostics, Level, Position, array_index
from .load import FAILED, MAX_EXPANSION, MAX_NESTING, nesting_ok, offset_position, report_too_deep
from .memo import Memo, key_of
from .parallel import map_shared

# libyaml's alias names are letters, digits, '-' and '_'; text without such an alias has no alias.
_ALIAS = re.compile(r"(?<![\w*])\*[A-Za-z0-9_-]+")

# The C loader is ~6x faster; the pure-Python one is the fallback where PyYAML was built without libyaml.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe YAML with the JSON data model: no timestamps, mapping keys as strings."""


# YAML 1.1 would turn `2024-01-01` into a date and `on` into True; OpenAPI means strings there.
_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_BOOL_WORDS = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT_TAG, _FLOAT_TAG = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
for _first, _resolvers in _SpecLoader.yaml_implicit_resolvers.items():
    _SpecLoader.yaml_implicit_resolvers[_first] = [
        (tag, _BOOL_WORDS if tag == "tag:yaml.org,2002:bool" else regexp)
        for tag, regexp in _resolvers
        if tag not in (_INT_TAG, _FLOAT_TAG)
    ]
# Numbers by YAML 1.2's core schema, which matches JSON's. PyYAML's 1.1 rules read `1e3` as text (a
# float needs a dot there), `09:30` as 570 (base 60) and `0755` as 493 (octal), so a bound written
# `maximum: 1e3` was dropped and enum values changed, and the same spec as JSON made another client.
_INT_12 = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT_12 = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_SpecLoader.add_implicit_resolver(_INT_TAG, _INT_12, list("-+0123456789"))
_SpecLoader.add_implicit_resolver(_FLOAT_TAG, _FLOAT_12, list("-+0123456789."))


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    # flatten_mapping replaces merge keys (<<) by the pairs they bring, put before the mapping's own pairs,
    # which override them; only the own pairs must have unique keys
    own = sum(1 for key, _ in node.value if key.tag != "tag:yaml.org,2002:merge")
    loader.flatten_mapping(node)
    first_own = len(node.value) - own
    result: dict[str, Any] = {}
    own_keys: set[str] = set()
    for index, (key_node, value_node) in enumerate(node.value):
        if not isinstance(key_node, yaml.ScalarNode):
            kind = "an array" if isinstance(key_node, yaml.SequenceNode) else "an object"
            raise yaml.constructor.ConstructorError(
                None, None, f"a mapping key must be a string, not {kind}", key_node.start_mark
            )
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, bool):
            key = "true" if key else "false"
        elif key is None:
            key = "null"
        elif not isinstance(key, str):
            key = str(key)
        if index >= first_own:
            if key in own_keys:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}: YAML keys must be unique", key_node.start_mark
                )
            own_keys.add(key)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_SpecLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def _refuse_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """YAML types with no JSON equivalent (bytes, dates, sets, ordered pairs) have no meaning in OpenAPI."""
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    raise yaml.constructor.ConstructorError(None, None, f"the tag {tag} has no JSON equivalent", node.start_mark)


for _tag in ("timestamp", "binary", "omap", "pairs", "set"):
    _SpecLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _refuse_tag)


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if not _INT_12.match(text):
        raise yaml.constructor.ConstructorError(None, None, f"{text[:40]!r} is not an integer", node.start_mark)
    try:
        if text.startswith(("0o", "0x")):
            return int(text[2:], 8 if text[1] == "o" else 16)
        return int(text, 10)  # leading zeros do not make it octal (YAML 1.2)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None, None, f"a number with {len(text)} digits is too long", node.start_mark
        ) from None


_SpecLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _child_node(node: yaml.Node, token: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == token:
                child: yaml.Node = value_node
                return child
        return None
    if isinstance(node, yaml.SequenceNode):
        index = array_index(token, len(node.value))
        item: yaml.Node | None = node.value[index] if index is not None else None
        return item
    return None


_PARSED = Memo("parsed")


def load_yaml(display: str, text: str, diagnostics: Diagnostics) -> Any:
    """YAML through the C loader, in pieces (``yaml_pieces``) where the text can be cut: the pieces parsed
    before (by these versions of this code) are read from the store as JSON, about twenty times faster,
    and the others are parsed, shared with a second process where there is a core for it. A text that
    cannot be cut is parsed, and stored, whole. Only data that passed every bound is stored."""
    pieces = yaml_pieces.split(text, _parse_key)
    if pieces is not None:
        data = _load_pieces(pieces)
        if data is not None and nesting_ok(display, data, Diagnostics(), lambda: None):
            return data
    key = key_of("spec-yaml-2", yaml.__version__, text)
    stored = _PARSED.get(key)
    if stored is not None:
        return json.loads(stored)
    data = _parse_yaml(display, text, diagnostics)
    if data is not FAILED and _PARSED.enabled:
        _PARSED.put(key, json.dumps(data, separators=(",", ":")).encode())  # ASCII: lone surrogates survive
    return data


_UNCONVERTIBLE = (ValueError, KeyError, IndexError, TypeError)
"""What PyYAML's constructors raise for a value its explicit tag cannot hold (``!!float abc``, ``!!bool maybe``)."""


def _parse_key(line: str) -> Any:
    try:
        return yaml.load(line, Loader=_SpecLoader)
    except (yaml.YAMLError, *_UNCONVERTIBLE):
        return None


def _load_pieces(pieces: list[yaml_pieces.Piece]) -> dict[str, Any] | None:
    """The document from its pieces, each read from the store or parsed; None where the whole text must
    be parsed instead (a piece that fails, or that breaks a bound, is reported from the whole text)."""
    keys = [key_of("spec-yaml-piece-2", yaml.__version__, piece.text) for piece in pieces]
    stored = [_PARSED.get(key) for key in keys]
    missing = [index for index, entry in enumerate(stored) if entry is None]
    fresh = dict(zip(missing, map_shared(_parse_piece, [pieces[index].text for index in missing]), strict=True))
    if any(data is None for data in fresh.values()):
        return None
    parsed = [fresh[index] if entry is None else json.loads(entry) for index, entry in enumerate(stored)]
    document = yaml_pieces.assemble(pieces, parsed)
    if document is not None and _PARSED.enabled:
        for index, data in fresh.items():
            _PARSED.put(keys[index], json.dumps(data, separators=(",", ":")).encode())
    return document


def _parse_piece(text: str) -> Any:
    """A piece's data, or None when it does not parse within the bounds (a piece that does is a mapping)."""
    try:
        data = yaml.load(text, Loader=_SpecLoader)
    except (yaml.YAMLError, RecursionError, *_UNCONVERTIBLE):
        return None
    return data if nesting_ok("", data, Diagnostics(), lambda: None) else None


def _parse_yaml(display: str, text: str, diagnostics: Diagnostics) -> Any:
    try:
        aliases = _ALIAS.search(text) is not None
        if aliases and not _aliases_ok(display, text, diagnostics):
            return FAILED
        data = yaml.load(text, Loader=_SpecLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark is not None else None
        problem = exc.problem or "invalid YAML"
        context = f" {exc.context}" if exc.context else ""
        diagnostics.report(
            Diagnostic(Level.ERROR, display, "", f"invalid YAML: {problem}{context}", "load.yaml", position)
        )
        return FAILED
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, such as a control character
        position = offset_position(text, exc.position) if 0 <= exc.position <= len(text) else None
        problem = f"unacceptable character #x{exc.character:04x}" if isinstance(exc.character, int) else exc.reason
        diagnostics.report(
            Diagnostic(Level.ERROR, display, "", f"invalid YAML: {problem}: {exc.reason}", "load.yaml", position)
        )
        return FAILED
    except yaml.YAMLError as exc:
        diagnostics.error(display, "", f"invalid YAML: {' '.join(str(exc).split())}", "load.yaml")
        return FAILED
    except RecursionError:
        report_too_deep(display, _yaml_depth_position(text), diagnostics)
        return FAILED
    except _UNCONVERTIBLE as exc:
        diagnostics.error(display, "", f"invalid YAML: a value its tag cannot hold ({exc!r})", "load.yaml")
        return FAILED
    if aliases:
        return data  # the scan of the events has measured the nesting, aliases expanded
    return data if nesting_ok(display, data, diagnostics, lambda: _yaml_depth_position(text)) else FAILED


def _yaml_depth_position(text: str) -> Position | None:
    """Where YAML text first opens more than MAX_NESTING collections, from its events (no recursion)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    return _mark_position(event.start_mark)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass
    return None


def _aliases_ok(display: str, text: str, diagnostics: Diagnostics) -> bool:
    """Measures the document as the aliases would expand it, from the parser's events, before anything is
    built: each anchor's size (nodes plus characters) and height are known when an alias repeats it, so
    the scan is linear in the text and its memory bounded by the anchors, whatever the expansion."""
    limit = MAX_EXPANSION * len(text) + 1_000_000
    anchors: dict[str, tuple[int, int]] = {}
    open_nodes: list[list[Any]] = []  # per open collection: [anchor, total before it, deepest below]
    total = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        size, height = 0, 0
        if isinstance(event, yaml.CollectionStartEvent):
            total += 1
            open_nodes.append([event.anchor, total - 1, 0])
            if len(open_nodes) > MAX_NESTING:
                report_too_deep(display, _mark_position(event.start_mark), diagnostics)
                return False
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, before, below = open_nodes.pop()
            size, height = total - before, below + 1
            if anchor is not None:
                anchors[anchor] = (size, height)
        elif isinstance(event, yaml.ScalarEvent):
            size, height = 1 + len(event.value), 0
            total += size
            if event.anchor is not None:
                anchors[event.anchor] = (size, height)
        elif isinstance(event, yaml.AliasEvent):
            size, height = anchors.get(event.anchor or "", (0, 0))
            total += size
        else:
            continue
        if open_nodes:
            open_nodes[-1][2] = max(open_nodes[-1][2], height)
        position = _mark_position(event.start_mark)
        if len(open_nodes) + height > MAX_NESTING:
            report_too_deep(display, position, diagnostics)
            return False
        if total > limit:
            diagnostics.report(
                Diagnostic(
                    Level.ERROR,
                    display,
                    "",
                    f"YAML aliases expand the document beyond {limit} nodes and characters "
                    f"({MAX_EXPANSION} times its size); refusing a possible alias bomb",
                    "load.aliases",
                    position,
                )
            )
            return False
    return True


def _mark_position(mark: Any) -> Position | None:
    return Position(mark.line + 1, mark.column + 1) if mark is not None else None


class YamlPositions:
    """Where each node of a YAML text starts, from its node tree (composed on the first question)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._root: yaml.Node | None = None
        self._failed = False

    def locate(self, tokens: list[str]) -> Position | None:
        """The position of the node at ``tokens``, or of the deepest node on its way that exists."""
        node = self._tree()
        if node is None:
            return None
        for token in tokens:
            child = _child_node(node, token)
            if child is None:
                break
            node = child
        return _mark_position(node.start_mark)

    def _tree(self) -> yaml.Node | None:
        if self._root is None and not self._failed:
            try:
                self._root = yaml.compose(self._text, Loader=_BaseLoader)
            except (yaml.YAMLError, RecursionError, *_UNCONVERTIBLE):
                self._failed = True  # positions are a courtesy: without them, the pointer remains
        return self._root
