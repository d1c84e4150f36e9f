"""A YAML spec cut into pieces that parse on their own, so an edit re-parses one piece, not the whole text.

Parsing is most of the load stage for a YAML spec (0.27 s of the Braintrust spec's 0.75 MB with the C
loader), and an edit usually touches one schema or one path. The load stage keeps each piece's parsed
data in the memo, keyed by the piece's text, and parses only the pieces it has not seen.

A piece is a run of consecutive entries of one block mapping, cut where an entry starts: a line indented
exactly as the mapping's keys. Such a line ends whatever came before it in block context (a plain or
block scalar must be indented deeper), so the entries parse alike alone and in the whole text. What
could still span the cut (a quoted scalar or a flow collection running over several lines) leaves a
piece that does not parse, or that does not have as many keys as it has entry lines; either way the
caller parses the whole text instead, as it does for any text this module declines: one with aliases
(an anchor may sit in another piece), directives, several documents or tab-indented lines.

The cuts depend only on the entries' own key lines (a new piece starts at a key whose hash is a multiple
of :data:`_EVERY`), so an edit inside one piece leaves every other piece's text, and memo key, as it was.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["Piece", "assemble", "split"]

SPLIT_ABOVE = 16 * 1024
"""An entry whose text is longer than this is cut into pieces of its own entries, when it is a mapping."""
_MAX_LEVELS = 3
_EVERY = 8
"""On average one entry in this many starts a new piece."""
_ALONE_ABOVE = 4 * 1024
"""An entry longer than this is a piece of its own."""

# Text with any of these is parsed whole: an alias, a directive or document marker, a tab-indented line, a
# line break other than "\n" and "\r\n" (the cuts are made at "\n" alone). Plain substring tests where
# they do (a regular expression scans 0.75 MB at about 10 ms a pattern).
_ALIAS = re.compile(r"\*(?<![\w*]\*)[A-Za-z0-9_-]")
_LINE_STARTS = ("%", "\t", "---", "...")
_OTHER_BREAKS = ("\x85", "\u2028", "\u2029")
_LONE_CR = re.compile(r"\r(?!\n)")
# A key with a block value, alone on its line: the entry a nested mapping's entries may be cut from.
_PARENT_KEY = re.compile(r""" *(?:[A-Za-z_$/][\w.$/-]*|"[^"\\\n]*"|'[^'\n]*'):[ \t]*""")
# Lines that may not start an entry: a comment, a sequence item, an explicit key, a key with a tag or an
# anchor, a merge key. Taking an entry for a non-entry only makes a piece fail its key count.
_NOT_AN_ENTRY = " \t\r\n#-?:!&*<"


@dataclass(frozen=True)
class Piece:
    """Consecutive entries of the mapping at ``parent``: the keys leading to it from the root, each with
    the offset of its line (a key written twice is then told apart from one mapping cut in pieces)."""

    parent: tuple[tuple[str, int], ...]
    text: str
    entries: int


def split(text: str, parse_key: Callable[[str], Any]) -> list[Piece] | None:
    """The pieces of ``text`` in order, or None when it should be parsed whole.

    ``parse_key`` parses a key line (``name:``) as the loader would and returns its mapping (None when it
    does not parse), so that a key is read exactly as in the whole text.
    """
    if _declined(text):
        return None
    pieces: list[Piece] = []
    if not _Cutter(text, parse_key, pieces).mapping(0, len(text), 0, (), 0):
        return None
    return pieces


def _declined(text: str) -> bool:
    return (
        text.startswith(_LINE_STARTS)
        or any(f"\n{start}" in text for start in _LINE_STARTS)
        or any(other in text for other in _OTHER_BREAKS)
        or ("\r" in text and _LONE_CR.search(text) is not None)
        or _ALIAS.search(text) is not None
    )


def assemble(pieces: list[Piece], parsed: list[Any]) -> dict[str, Any] | None:
    """The document the pieces make, or None when a piece did not parse as the entries it was cut at."""
    root: dict[str, Any] = {}
    opened: dict[int, Any] = {}  # the mapping each cut entry (by its offset) stands for
    for piece, data in zip(pieces, parsed, strict=True):
        if not isinstance(data, dict) or len(data) != piece.entries:
            return None
        target = root
        for key, offset in piece.parent:
            if offset not in opened:
                if key in target:
                    return None
                target[key] = opened[offset] = {}
            target = opened[offset]
        for key, value in data.items():
            if key in target:
                return None  # a key twice: the whole text decides which one stands
            target[key] = value
    return root


# The first line that is neither blank nor a comment, and its indent.
_CONTENT_LINE = re.compile(r"^( *)[^ #\r\n]", re.MULTILINE)


# The patterns below start at the line break before a line: the regex engine finds a literal "\n" fast,
# where "^" would be tried at every position. The first line of a range is matched on its own.


@functools.cache
def _entry_line(indent: int) -> re.Pattern[str]:
    """A line that starts an entry of a mapping indented by ``indent``."""
    return re.compile(rf"\n {{{indent}}}[^{re.escape(_NOT_AN_ENTRY)}]")


@functools.cache
def _shallower_line(indent: int) -> re.Pattern[str]:
    """A line, neither blank nor a comment, indented less than ``indent`` (which ends a mapping)."""
    return re.compile(rf"\n {{0,{indent - 1}}}[^ #\r\n]")


def _line_starts(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[int]:
    """Where the lines that ``pattern`` matches start, in text[start:end] (``start`` begins a line)."""
    first = pattern.match(text, start - 1, end) if start else pattern.match("\n" + text[: end - start])
    found = [start] if first is not None else []
    found.extend(match.start() + 1 for match in pattern.finditer(text, start, end))
    return found


class _Cutter:
    def __init__(self, text: str, parse_key: Callable[[str], Any], pieces: list[Piece]) -> None:
        self.text = text
        self.parse_key = parse_key
        self.pieces = pieces

    def mapping(self, start: int, end: int, indent: int, parent: tuple[tuple[str, int], ...], level: int) -> bool:
        """Cuts text[start:end], the entries of a mapping indented by ``indent``, into pieces.

        Returns False when the text is not such a mapping (the caller then keeps it in one piece).
        """
        text, pieces = self.text, self.pieces
        if indent and _line_starts(_shallower_line(indent), text, start, end):
            return False
        entries = _line_starts(_entry_line(indent), text, start, end)
        first_content = _CONTENT_LINE.search(text, start, end)
        if not entries or first_content is None or first_content.start() != entries[0]:
            return False  # something before the first entry: not a plain block mapping
        ends = [*entries[1:], end]
        group_start, group_entries, previous_size = entries[0], 0, 0
        for first, last in zip(entries, ends, strict=True):
            size = last - first
            if level < _MAX_LEVELS and size > SPLIT_ABOVE:
                nested = self._nested(first, last)
                if nested is not None:
                    key, value_start, child_indent = nested
                    if group_entries:
                        pieces.append(Piece(parent, text[group_start:first], group_entries))
                    group_start, group_entries, mark = first, 0, len(pieces)
                    if self.mapping(value_start, last, child_indent, (*parent, (key, first)), level + 1):
                        group_start, previous_size = last, size
                        continue
                    del pieces[mark:]
            starts_piece = max(size, previous_size) > _ALONE_ABOVE or _key_hash(text, first) % _EVERY == 0
            previous_size = size
            if group_entries and starts_piece:
                pieces.append(Piece(parent, text[group_start:first], group_entries))
                group_start, group_entries = first, 0
            group_entries += 1
        if group_entries:
            pieces.append(Piece(parent, text[group_start:end], group_entries))
        return True

    def _nested(self, first: int, last: int) -> tuple[str, int, int] | None:
        """For an entry ``key:`` whose value is a block mapping: the key, where the value starts and
        the indent of its keys."""
        text = self.text
        line_end = text.find("\n", first, last)
        if line_end < 0:
            return None
        key_end = line_end - 1 if text[line_end - 1] == "\r" else line_end
        if not _PARENT_KEY.fullmatch(text, first, key_end):
            return None
        content = _CONTENT_LINE.search(text, line_end + 1, last)
        if content is None:
            return None
        child_indent = len(content.group(1))
        if child_indent <= _indent_at(text, first) or text[content.end() - 1] in _NOT_AN_ENTRY:
            return None
        parsed = self.parse_key(text[first:line_end].strip())
        if not isinstance(parsed, dict) or len(parsed) != 1:
            return None
        ((key, value),) = parsed.items()
        if not isinstance(key, str) or value is not None:
            return None
        return key, line_end + 1, child_indent


def _indent_at(text: str, offset: int) -> int:
    """The indent of the line starting at ``offset``."""
    end = offset
    while end < len(text) and text[end] == " ":
        end += 1
    return end - offset


def _key_hash(text: str, offset: int) -> int:
    line_end = text.find("\n", offset)
    return zlib.crc32(text[offset : line_end if line_end >= 0 else len(text)].encode("utf-8", "surrogatepass"))
