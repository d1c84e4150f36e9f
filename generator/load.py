"""Load stage: YAML or JSON text into plain Python data, with source positions for diagnostics.

Parsing goes through PyYAML's C loader (or ``json``) and builds plain data directly; the node tree that
knows line numbers is built only when a diagnostic asks for a position, because a successful run never
needs one.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import yaml_pieces
from .diagnostics import Diagnostic, Diagnostics, Level, Position, join_pointer, pointer_tokens
from .files import MAX_DOCUMENT_BYTES
from .memo import Memo, key_of
from .parallel import map_shared

# The C loader is ~6x faster; the pure-Python one is the fallback where PyYAML was built without libyaml.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_NESTING = 100
"""Objects and arrays nested deeper than this are refused (real specs stay under 30): every later stage
may then walk a document recursively without running out of stack."""
MAX_EXPANSION = 10
"""YAML aliases may make a document at most this many times larger than its text (plus a megabyte),
counted in nodes and characters once every alias is expanded: an alias bomb is refused before it is built."""


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


@dataclass
class SourceDocument:
    """One loaded file: its data and the means to find where a JSON pointer sits in its text."""

    path: Path
    display: str
    text: str
    data: Any
    is_json: bool = False
    _nodes: yaml.Node | None = field(default=None, repr=False)
    _nodes_failed: bool = field(default=False, repr=False)
    _json_index: _JsonIndex | None = field(default=None, repr=False)

    def locate(self, pointer: str) -> Position | None:
        """The line and column where the node at ``pointer`` starts, or None if unknown."""
        if self.is_json:
            if self._json_index is None:
                self._json_index = _JsonIndex(self.text)
            offset = self._json_index.offset(pointer_tokens(pointer))
            return _offset_position(self.text, offset) if offset is not None else None
        node = self._node_tree()
        if node is None:
            return None
        for token in pointer_tokens(pointer):
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
            except (yaml.YAMLError, RecursionError, ValueError):
                self._nodes_failed = True  # positions are a courtesy: without them, the pointer remains
        return self._nodes


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _after_space(text: str, position: int) -> int:
    match = _JSON_SPACE.match(text, position)
    return match.end() if match else position


class _JsonIndex:
    """Where the values of a JSON text start, found by descending from the root along a pointer.

    Composing a large JSON document as YAML to learn one line number took longer than the whole rest of
    a run (1.3 s for Stripe's 7 MB); here each object or array on the way is scanned once, its members
    skipped by the C decoder, and remembered, so further lookups through it cost a dictionary access.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._decoder = json.JSONDecoder()
        self._members: dict[int, dict[str, int]] = {}
        self._failed = False

    def offset(self, tokens: list[str]) -> int | None:
        """The offset of the value at ``tokens``, or of the deepest value on its way that exists."""
        if self._failed:
            return None
        offset = _after_space(self.text, 0)
        try:
            for token in tokens:
                members = self._members.get(offset)
                if members is None:
                    members = self._members[offset] = self._scan(offset)
                if token not in members:
                    break
                offset = members[token]
        except (ValueError, RecursionError, IndexError):  # positions are a courtesy, as for YAML
            self._failed = True
            return None
        return offset

    def _scan(self, offset: int) -> dict[str, int]:
        """The start of each member of the object or array at ``offset`` (of duplicate keys, the last: the
        one whose value ``json.loads`` keeps, as JSON allows)."""
        text = self.text
        opening = text[offset]
        if opening not in "{[":
            return {}
        closing = "}" if opening == "{" else "]"
        members: dict[str, int] = {}
        position = _after_space(text, offset + 1)
        while text[position] != closing:
            if opening == "{":
                key, position = json.decoder.scanstring(text, position + 1)  # type: ignore[attr-defined]
                position = _after_space(text, _after_space(text, position) + 1)  # past the ':'
                members[key] = position
            else:
                members[str(len(members))] = position
            _, position = self._decoder.raw_decode(text, position)
            position = _after_space(text, position)
            if text[position] == ",":
                position = _after_space(text, position + 1)
        return members


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
    """Reads and parses one file; reports a diagnostic and returns None when it cannot.

    The path is resolved (``..`` and symbolic links), as every reference's target is: a spec that refers
    to itself by its file name is then one document however its path was spelled on the command line.
    """
    path = path.resolve()
    display = display_path(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            kind = "a folder" if stat.S_ISDIR(status.st_mode) else "not a regular file"
            diagnostics.error(display, "", f"cannot read file: it is {kind}", "load.unreadable")
            return None
        size = status.st_size
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
        before = raw[: exc.start].decode("utf-8", "replace")
        diagnostics.items.append(
            Diagnostic(
                Level.ERROR,
                display,
                "",
                f"not UTF-8 text (byte {exc.start} is 0x{raw[exc.start]:02x})",
                "load.encoding",
                _offset_position(before, len(before)),
            )
        )
        return None
    return parse_document(path, display, text, diagnostics)


def parse_document(path: Path, display: str, text: str, diagnostics: Diagnostics) -> SourceDocument | None:
    """Parses text as JSON when it looks like JSON, else as YAML (a superset for our purposes).

    Whatever the text, parsing is bounded: nesting deeper than :data:`MAX_NESTING`, aliases that expand
    beyond :data:`MAX_EXPANSION`, numbers too long to convert and YAML types with no JSON equivalent are
    errors; JSON escapes of lone surrogates (not Unicode characters) are replaced, with a warning.
    """
    stripped = text.lstrip()
    is_json = path.suffix.lower() == ".json" or stripped.startswith("{")
    data = _load_json(display, text, diagnostics) if is_json else _load_yaml(display, text, diagnostics)
    if data is _FAILED:
        return None
    if _SURROGATE_ESCAPE.search(text):
        data = _replace_surrogates(display, data, diagnostics)
    return SourceDocument(path=path, display=display, text=text, data=data, is_json=is_json)


_FAILED = object()


def _load_json(display: str, text: str, diagnostics: Diagnostics) -> Any:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        diagnostics.items.append(_json_error(display, exc))
        return _FAILED
    except RecursionError:
        _too_deep(display, _json_depth_position(text), diagnostics)
        return _FAILED
    except ValueError:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        match = _LONG_NUMBER.search(text)
        position = _offset_position(text, match.start()) if match else None
        message = f"a number with {len(match.group())} digits is too long" if match else "a number is too long"
        diagnostics.items.append(Diagnostic(Level.ERROR, display, "", message, "load.number", position))
        return _FAILED
    return data if _nesting_ok(display, data, diagnostics, lambda: _json_depth_position(text)) else _FAILED


_PARSED = Memo("parsed")


def _load_yaml(display: str, text: str, diagnostics: Diagnostics) -> Any:
    """YAML through the C loader, in pieces (``yaml_pieces``) where the text can be cut: the pieces parsed
    before (by these versions of this code) are read from the store as JSON, about twenty times faster,
    and the others are parsed, shared with a second process where there is a core for it. A text that
    cannot be cut is parsed, and stored, whole. Only data that passed every bound is stored."""
    pieces = yaml_pieces.split(text, _parse_key)
    if pieces is not None:
        data = _load_pieces(pieces)
        if data is not None and _nesting_ok(display, data, Diagnostics(), lambda: None):
            return data
    key = key_of("spec-yaml-2", yaml.__version__, text)
    stored = _PARSED.get(key)
    if stored is not None:
        return json.loads(stored)
    data = _parse_yaml(display, text, diagnostics)
    if data is not _FAILED and _PARSED.enabled:
        _PARSED.put(key, json.dumps(data, separators=(",", ":")).encode())  # ASCII: lone surrogates survive
    return data


def _parse_key(line: str) -> Any:
    try:
        return yaml.load(line, Loader=_SpecLoader)
    except yaml.YAMLError:
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
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    return data if _nesting_ok("", data, Diagnostics(), lambda: None) else None


def _parse_yaml(display: str, text: str, diagnostics: Diagnostics) -> Any:
    try:
        aliases = _ALIAS.search(text) is not None
        if aliases and not _aliases_ok(display, text, diagnostics):
            return _FAILED
        data = yaml.load(text, Loader=_SpecLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark is not None else None
        problem = exc.problem or "invalid YAML"
        context = f" {exc.context}" if exc.context else ""
        diagnostics.items.append(
            Diagnostic(Level.ERROR, display, "", f"invalid YAML: {problem}{context}", "load.yaml", position)
        )
        return _FAILED
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, such as a control character
        position = _offset_position(text, exc.position) if 0 <= exc.position <= len(text) else None
        problem = f"unacceptable character #x{exc.character:04x}" if isinstance(exc.character, int) else exc.reason
        diagnostics.items.append(
            Diagnostic(Level.ERROR, display, "", f"invalid YAML: {problem}: {exc.reason}", "load.yaml", position)
        )
        return _FAILED
    except yaml.YAMLError as exc:
        diagnostics.error(display, "", f"invalid YAML: {' '.join(str(exc).split())}", "load.yaml")
        return _FAILED
    except RecursionError:
        _too_deep(display, _yaml_depth_position(text), diagnostics)
        return _FAILED
    if aliases:
        return data  # the scan of the events has measured the nesting, aliases expanded
    return data if _nesting_ok(display, data, diagnostics, lambda: _yaml_depth_position(text)) else _FAILED


# --- bounds: nesting, alias expansion, numbers, surrogates -------------------------------------------

# libyaml's alias names are letters, digits, '-' and '_'; text without such an alias has no alias.
_ALIAS = re.compile(r"(?<![\w*])\*[A-Za-z0-9_-]+")
_LONG_NUMBER = re.compile(r"\d{4301,}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep(display: str, position: Position | None, diagnostics: Diagnostics) -> None:
    diagnostics.items.append(
        Diagnostic(
            Level.ERROR,
            display,
            "",
            f"the document nests objects and arrays more than {MAX_NESTING} levels deep",
            "load.too-deep",
            position,
        )
    )


def _offset_position(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1)
    return Position(line + 1, column + 1)


def _json_depth_position(text: str) -> Position | None:
    """Where JSON text first opens more than MAX_NESTING objects and arrays (strings skipped)."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return _offset_position(text, match.start())
        elif token in "]}":
            depth -= 1
    return None


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
                _too_deep(display, _mark_position(event.start_mark), diagnostics)
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
            _too_deep(display, position, diagnostics)
            return False
        if total > limit:
            diagnostics.items.append(
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


def _nesting_ok(display: str, data: Any, diagnostics: Diagnostics, position: Callable[[], Position | None]) -> bool:
    """Checks the nesting of plain data (a tree: no aliases) without recursion."""
    if not isinstance(data, (dict, list)):
        return True
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        for child in children:
            if isinstance(child, (dict, list)):
                if depth >= MAX_NESTING:
                    diagnostics.items.append(
                        Diagnostic(
                            Level.ERROR,
                            display,
                            _pointer_to_depth(data, MAX_NESTING),
                            f"the document nests objects and arrays more than {MAX_NESTING} levels deep",
                            "load.too-deep",
                            position(),
                        )
                    )
                    return False
                stack.append((child, depth + 1))
    return True


def _pointer_to_depth(data: Any, depth: int) -> str:
    """A pointer to the first node found at ``depth`` (only on the error path)."""
    stack: list[tuple[Any, str, int]] = [(data, "#", 0)]
    while stack:
        node, pointer, level = stack.pop()
        if level == depth:
            return pointer
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in reversed(list(items)):
            if isinstance(child, (dict, list)):
                stack.append((child, join_pointer(pointer, key), level + 1))
    return "#"


def _replace_surrogates(display: str, data: Any, diagnostics: Diagnostics) -> Any:
    """JSON can escape a lone surrogate (``\\ud800``), which is no Unicode character: it cannot be encoded
    as UTF-8, sent, or held by pydantic. Each one becomes U+FFFD, with a warning at its string."""

    def fixed(text: str, pointer: str) -> str:
        clean = _without_surrogates(text)
        if clean != text:
            diagnostics.warning(
                display,
                pointer,
                "a lone surrogate escape (not a Unicode character) is replaced with U+FFFD",
                "load.surrogate",
            )
        return clean

    if isinstance(data, str):
        return fixed(data, "#")
    stack: list[tuple[Any, str]] = [(data, "#")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            items = list(node.items())
            renamed = False
            for index, (key, value) in enumerate(items):
                new_key = fixed(key, join_pointer(pointer, _without_surrogates(key)))
                here = join_pointer(pointer, new_key)
                if isinstance(value, str):
                    value = fixed(value, here)
                elif isinstance(value, (dict, list)):
                    stack.append((value, here))
                if new_key != key:
                    renamed = True
                items[index] = (new_key, value)
            if renamed:
                node.clear()  # rebuilt in place, in the same order
            node.update(items)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, str):
                    node[index] = fixed(value, join_pointer(pointer, index))
                elif isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(pointer, index)))
    return data


def _without_surrogates(text: str) -> str:
    if not any("\ud800" <= char <= "\udfff" for char in text):
        return text
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)


def _mark_position(mark: Any) -> Position | None:
    return Position(mark.line + 1, mark.column + 1) if mark is not None else None


def _json_error(display: str, exc: json.JSONDecodeError) -> Diagnostic:
    return Diagnostic(
        Level.ERROR, display, "", f"invalid JSON: {exc.msg}", "load.json", Position(exc.lineno, exc.colno)
    )
