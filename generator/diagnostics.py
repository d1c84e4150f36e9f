"""One type for every problem the generator reports, in the ``file:line:col: pointer: message`` form.

Every stage reports through a :class:`Diagnostics` collector instead of raising, so that one run lists
every problem it can find; :class:`SpecError` carries the collected errors out of the pipeline.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field


class Level(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Position:
    """Where a node of a document starts; lines and columns count from 1."""

    line: int
    column: int


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in a document, pointing at the node it concerns."""

    level: Level
    file: str
    pointer: str
    message: str
    code: str
    position: Position | None = None

    def format(self) -> str:
        """One line, whatever the spec's text holds: newlines, control and bidirectional characters (a
        name, a pointer or a message may quote them) are escaped, so no line can be forged or hidden and
        no terminal escape sequence reaches the terminal."""
        place = one_line(self.file)
        if self.position is not None:
            place = f"{place}:{self.position.line}:{self.position.column}"
        level = "" if self.level is Level.ERROR else "warning: "
        return f"{place}: {one_line(self.pointer or '#')}: {level}{one_line(self.message)}"

    def sort_key(self) -> tuple[str, int, int, str, str]:
        line, column = (self.position.line, self.position.column) if self.position else (0, 0)
        return (self.file, line, column, self.pointer, self.message)


Locator = Callable[[str, str], "Position | None"]
"""Finds the source position of ``pointer`` in ``file`` (both as reported), or None."""


@dataclass
class Diagnostics:
    """Collects diagnostics; positions are looked up lazily because only failing runs need them."""

    locate: Locator | None = None
    items: list[Diagnostic] = field(default_factory=list)
    _seen: set[tuple[Level, str, str, str]] = field(default_factory=set, repr=False)

    def error(self, file: str, pointer: str, message: str, code: str) -> None:
        self._add(Level.ERROR, file, pointer, message, code)

    def warning(self, file: str, pointer: str, message: str, code: str) -> None:
        self._add(Level.WARNING, file, pointer, message, code)

    def report(self, diagnostic: Diagnostic) -> None:
        """Adds a diagnostic whose position the caller knows (a parser's, or one no pointer can find: a
        duplicate key, a lone surrogate), as it is."""
        self._seen.add((diagnostic.level, diagnostic.file, diagnostic.pointer, diagnostic.message))
        self.items.append(diagnostic)

    def _add(self, level: Level, file: str, pointer: str, message: str, code: str) -> None:
        if (level, file, pointer, message) in self._seen:
            return  # the same node reached twice (through two references, or two union variants)
        position = self.locate(file, pointer) if self.locate is not None else None
        self.report(Diagnostic(level, file, pointer, message, code, position))

    def checkpoint(self) -> int:
        """A mark to roll back to, before a pass that may have to be done again."""
        return len(self.items)

    def roll_back(self, mark: int) -> None:
        """Takes back what was reported since ``mark``, so that the pass done again reports it anew."""
        for item in self.items[mark:]:
            self._seen.discard((item.level, item.file, item.pointer, item.message))
        del self.items[mark:]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level is Level.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level is Level.WARNING]

    def stops(self, strict: bool = False) -> bool:
        """Whether what was collected stops the pipeline: errors, or in strict mode warnings too."""
        return bool(self.items if strict else self.errors)

    def raise_if_errors(self, strict: bool = False) -> None:
        """Stops the pipeline when errors (or, in strict mode, warnings) were collected."""
        if self.stops(strict):
            raise SpecError(sorted(self.items, key=Diagnostic.sort_key), strict=strict)


class SpecError(Exception):
    """The input cannot be turned into a client; carries every diagnostic found on the way."""

    def __init__(self, diagnostics: list[Diagnostic], strict: bool = False) -> None:
        self.diagnostics = diagnostics
        self.strict = strict
        super().__init__("\n".join(d.format() for d in diagnostics))


def one_line(text: str) -> str:
    """``text`` with every character that is not printable (controls, line and paragraph separators,
    bidirectional and other format characters) written as a Python escape."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() or char == " " else _escaped(char) for char in text)


def _escaped(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\x{code:02x}")
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escape_pointer_token(token: str) -> str:
    """Escapes one reference token for a JSON pointer (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer_tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of a ``#/...`` pointer (RFC 6901: ``~1`` is read before ``~0``,
    so that ``~01`` means ``~1`` and not ``/``)."""
    body = pointer[1:] if pointer.startswith("#") else pointer
    if not body:
        return []
    return [token.replace("~1", "/").replace("~0", "~") for token in body.split("/")[1:]]


def last_token(pointer: str) -> str | None:
    """The last reference token of a ``#/...`` pointer, unescaped (a schema's name); None for ``#``."""
    tokens = pointer_tokens(pointer)
    return tokens[-1] if tokens else None


_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")


def array_index(token: str, length: int) -> int | None:
    """The index a reference token names in an array of ``length`` items, or None where it names none
    (RFC 6901: ASCII digits without a leading zero; a token longer than any index is not converted)."""
    if len(token) > len(str(length)) or not _ARRAY_INDEX.fullmatch(token):
        return None
    index = int(token)
    return index if index < length else None


def join_pointer(pointer: str, *tokens: str | int) -> str:
    """Appends tokens to a ``#/...`` pointer, escaping each."""
    for token in tokens:  # a loop, not a join over a generator: called for every node normalize visits
        token = str(token)
        if "~" in token or "/" in token:
            token = escape_pointer_token(token)
        pointer = f"{pointer}/{token}"
    return pointer
