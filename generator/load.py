"""Load stage: YAML or JSON text into plain Python data, with source positions for diagnostics.

JSON is read here and YAML in ``load_yaml`` (imported only for a YAML document); both build plain data
directly, within the same bounds (defined here), and the structure that
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
from typing import Any, Protocol

from .diagnostics import Diagnostic, Diagnostics, Level, Position, join_pointer, pointer_tokens
from .files import MAX_DOCUMENT_BYTES

MAX_NESTING = 100
"""Objects and arrays nested deeper than this are refused (real specs stay under 30): every later stage
may then walk a document recursively without running out of stack."""
MAX_EXPANSION = 10
"""YAML aliases may make a document at most this many times larger than its text (plus a megabyte),
counted in nodes and characters once every alias is expanded: an alias bomb is refused before it is built."""


class _Positions(Protocol):
    def locate(self, tokens: list[str]) -> Position | None: ...


@dataclass
class SourceDocument:
    """One loaded file: its data and the means to find where a JSON pointer sits in its text."""

    path: Path
    display: str
    text: str
    data: Any
    is_json: bool = False
    _positions: _Positions | None = field(default=None, repr=False)

    def locate(self, pointer: str) -> Position | None:
        """The line and column where the node at ``pointer`` starts, or None if unknown."""
        if self._positions is None:
            if self.is_json:
                self._positions = _JsonIndex(self.text)
            else:
                from .load_yaml import YamlPositions  # PyYAML only where a YAML document needs it

                self._positions = YamlPositions(self.text)
        return self._positions.locate(pointer_tokens(pointer))


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

    def locate(self, tokens: list[str]) -> Position | None:
        offset = self.offset(tokens)
        return offset_position(self.text, offset) if offset is not None else None

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


def display_path(path: Path) -> str:
    """The path as diagnostics show it: relative to the working directory when below it, else absolute
    (``../../../../dev/zero`` named a file no reader could find by eye)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path.absolute()) if relative == os.pardir or relative.startswith(os.pardir + os.sep) else relative


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
        diagnostics.report(
            Diagnostic(
                Level.ERROR,
                display,
                "",
                f"not UTF-8 text (byte {exc.start} is 0x{raw[exc.start]:02x})",
                "load.encoding",
                offset_position(before, len(before)),
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
    is_json = path.suffix.lower() == ".json"
    data: Any = FAILED
    if is_json:
        data = _load_json(display, text, diagnostics)
    elif text.lstrip().startswith("{"):  # JSON, most likely, read as such (faster); else YAML's flow style
        attempt = Diagnostics()
        data = _load_json(display, text, attempt)
        is_json = data is not FAILED
        if is_json:
            diagnostics.items.extend(attempt.items)
    if not is_json:
        from .load_yaml import load_yaml  # PyYAML (10 ms to import) only where a document is YAML

        data = load_yaml(display, text, diagnostics)
    if data is FAILED:
        return None
    document = SourceDocument(path=path, display=display, text=text, data=data, is_json=is_json)
    if _SURROGATE_ESCAPE.search(text):
        # located before the keys change (the resolver, which locates other diagnostics, comes later)
        document.data = _replace_surrogates(display, data, diagnostics, document.locate)
    return document


FAILED = object()
"""What a parser returns for text it could not parse (the reason is in the diagnostics)."""


class _DuplicateKey(ValueError):
    """An object of the JSON text has a key twice (located afterwards: :func:`_first_duplicate_key`)."""


class _NotJson(ValueError):
    """``NaN`` or an infinity, which Python's reader takes but JSON does not have."""


def _unique_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    members = dict(pairs)
    if len(members) != len(pairs):
        raise _DuplicateKey
    return members


def _refuse_constant(name: str) -> Any:
    raise _NotJson(name)


def _load_json(display: str, text: str, diagnostics: Diagnostics) -> Any:
    try:
        data = json.loads(text, object_pairs_hook=_unique_members, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        diagnostics.report(_json_error(display, exc))
        return FAILED
    except _DuplicateKey:
        # JSON allows it, but readers disagree on which value counts (Python's, the last): refused, as in YAML
        tokens = _first_duplicate_key(text)
        pointer = join_pointer("#", *tokens)
        message = f"duplicate key {tokens[-1] if tokens else ''!r}: keys of a JSON object must be unique"
        position = _JsonIndex(text).locate(tokens)  # of two equal keys, the index knows the last
        diagnostics.report(Diagnostic(Level.ERROR, display, pointer, message, "load.duplicate-key", position))
        return FAILED
    except _NotJson as exc:
        match = _NON_JSON_CONSTANT.search(text)
        while match is not None and match.group().startswith('"'):
            match = _NON_JSON_CONSTANT.search(text, match.end())
        position = offset_position(text, match.start()) if match else None
        message = f"{exc} is not a JSON number (JSON has no NaN or infinities)"
        diagnostics.report(Diagnostic(Level.ERROR, display, "", message, "load.json", position))
        return FAILED
    except RecursionError:
        report_too_deep(display, _json_depth_position(text), diagnostics)
        return FAILED
    except ValueError:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        match = _LONG_NUMBER.search(text)
        position = offset_position(text, match.start()) if match else None
        message = f"a number with {len(match.group())} digits is too long" if match else "a number is too long"
        diagnostics.report(Diagnostic(Level.ERROR, display, "", message, "load.number", position))
        return FAILED
    return data if nesting_ok(display, data, diagnostics, lambda: _json_depth_position(text)) else FAILED


class _Members(list[tuple[str, Any]]):
    """A JSON object's members in their order, duplicates kept."""


def _first_duplicate_key(text: str) -> list[str]:
    """The pointer tokens of the first key that an object of ``text`` has twice (text known to have one)."""
    pending: list[tuple[Any, list[str]]] = [(json.loads(text, object_pairs_hook=_Members), [])]
    while pending:
        node, tokens = pending.pop()
        if isinstance(node, _Members):
            seen: set[str] = set()
            for key, _ in node:
                if key in seen:
                    return [*tokens, key]
                seen.add(key)
            pending.extend((value, [*tokens, key]) for key, value in reversed(node))
        elif isinstance(node, list):
            pending.extend((value, [*tokens, str(index)]) for index, value in reversed(list(enumerate(node))))
    return []


_NON_JSON_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|-?Infinity|NaN')


# --- bounds: nesting, alias expansion, numbers, surrogates -------------------------------------------

_LONG_NUMBER = re.compile(r"\d{4301,}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def report_too_deep(display: str, position: Position | None, diagnostics: Diagnostics, pointer: str = "") -> None:
    message = f"the document nests objects and arrays more than {MAX_NESTING} levels deep"
    diagnostics.report(Diagnostic(Level.ERROR, display, pointer, message, "load.too-deep", position))


def offset_position(text: str, offset: int) -> Position:
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
                return offset_position(text, match.start())
        elif token in "]}":
            depth -= 1
    return None


def nesting_ok(display: str, data: Any, diagnostics: Diagnostics, position: Callable[[], Position | None]) -> bool:
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
                    report_too_deep(display, position(), diagnostics, _pointer_to_depth(data, MAX_NESTING))
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


def _replace_surrogates(
    display: str, data: Any, diagnostics: Diagnostics, locate: Callable[[str], Position | None]
) -> Any:
    """JSON can escape a lone surrogate (``\\ud800``), which is no Unicode character: it cannot be encoded
    as UTF-8, sent, or held by pydantic. Each one becomes U+FFFD, with a warning at its string (located
    by ``locate`` through the keys as written, surrogates and all)."""

    def fixed(text: str, pointer: str, written: str) -> str:
        clean = _without_surrogates(text)
        if clean != text:
            message = "a lone surrogate escape (not a Unicode character) is replaced with U+FFFD"
            diagnostics.report(Diagnostic(Level.WARNING, display, pointer, message, "load.surrogate", locate(written)))
        return clean

    if isinstance(data, str):
        return fixed(data, "#", "#")
    # each node with its pointer as reported (keys cleaned) and as written (to locate it in the text)
    stack: list[tuple[Any, str, str]] = [(data, "#", "#")]
    while stack:
        node, pointer, written = stack.pop()
        if isinstance(node, dict):
            items = list(node.items())
            renamed = False
            for index, (key, value) in enumerate(items):
                at = join_pointer(written, key)
                new_key = fixed(key, join_pointer(pointer, _without_surrogates(key)), at)
                here = join_pointer(pointer, new_key)
                if isinstance(value, str):
                    value = fixed(value, here, at)
                elif isinstance(value, (dict, list)):
                    stack.append((value, here, at))
                if new_key != key:
                    renamed = True
                items[index] = (new_key, value)
            if renamed:
                node.clear()  # rebuilt in place, in the same order
            node.update(items)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                here, at = join_pointer(pointer, index), join_pointer(written, index)
                if isinstance(value, str):
                    node[index] = fixed(value, here, at)
                elif isinstance(value, (dict, list)):
                    stack.append((value, here, at))
    return data


def _without_surrogates(text: str) -> str:
    if not any("\ud800" <= char <= "\udfff" for char in text):
        return text
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)


def _json_error(display: str, exc: json.JSONDecodeError) -> Diagnostic:
    return Diagnostic(
        Level.ERROR, display, "", f"invalid JSON: {exc.msg}", "load.json", Position(exc.lineno, exc.colno)
    )
