"""The escaping filters: every way a template may print text from the spec, each producing text that
cannot leave its literal (a Python string or docstring, a TOML string, Markdown). Text from the spec
arrives as :class:`~generator.ir.SpecText`, and the environment's ``finalize`` hook
(:func:`refuse_spec_text`) refuses to print one that did not pass through one of these.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from ..ir import (
    JsonValue,
    SpecText,
)


class UnsafeRenderError(Exception):
    """A template printed spec text without escaping it: a bug in the template, never in the spec."""


# Which characters are hidden (controls, format characters such as the bidirectional overrides, surrogates,
# private use, line and paragraph separators) must not depend on the running Python, whose Unicode
# version moves (3.11 has 14.0, 3.12 15.0): a character unassigned in one and assigned in the next was
# escaped under one and printed under the other, so `check` failed between them. The categories are read
# from Unicode 3.2, which every Python carries unchanged (unicodedata.ucd_3_2_0), plus the characters
# that became format characters since (as of Unicode 15.1); unassigned characters are printed as they are.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_FORMAT_SINCE_UNICODE_3_2 = frozenset(
    map(
        chr,
        [
            0xAD, *range(0x600, 0x606), 0x61C, 0x890, 0x891, 0x8E2, 0x200B, 0x2064, *range(0x2066, 0x206A),
            0x110BD, 0x110CD, *range(0x13430, 0x13440), *range(0x1BCA0, 0x1BCA4),
        ],
    )
)  # fmt: skip


def _hidden(char: str) -> bool:
    return unicodedata.ucd_3_2_0.category(char) in _HIDDEN_CATEGORIES or char in _FORMAT_SINCE_UNICODE_3_2


def _escape_char(char: str) -> str:
    code = ord(char)
    if char == "\\":
        return "\\\\"
    if char == "\n":
        return "\\n"
    if char == "\t":
        return "\\t"
    if char == "\r":
        return "\\r"
    if _hidden(char) or code < 0x20 or code == 0x7F:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return char


_ASCII_ESCAPES = re.compile(r"[\x00-\x1f\x7f\\]")
_ASCII_DOC_ESCAPES = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\\]")


def _escape_match(match: re.Match[str]) -> str:
    return _escape_char(match.group())


# ASCII needs a look at control characters and backslashes only (the patterns above); the rest of the
# text, where there is any, is scanned in runs of non-ASCII characters rather than one character at a time.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _escape_invisible(match: re.Match[str]) -> str:
    run = match.group()
    return "".join(_escape_char(c) if _hidden(c) else c for c in run)


def pystr(value: object) -> str:
    """A double-quoted Python string literal; control, invisible and bidirectional characters escaped."""
    text = str(value)
    body = _ASCII_ESCAPES.sub(_escape_match, text)
    if not text.isascii():
        body = _NON_ASCII.sub(_escape_invisible, body)
    body = body.replace('"', '\\"')
    return f'"{body}"'


_DOCTEST_PROMPT = re.compile(r"(?m)^(\s*)>>>")


def _trailing_backslashes(text: str) -> int:
    return len(text) - len(text.rstrip("\\"))


def docstring(value: object, indent: int = 4) -> str:
    """A complete triple-quoted docstring whose text cannot end the literal early or hide characters."""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    escaped = _ASCII_DOC_ESCAPES.sub(_escape_match, text)
    if not text.isascii():
        escaped = _NON_ASCII.sub(_escape_invisible, escaped)
    escaped = escaped.replace('"""', '\\"\\"\\"')
    if escaped.endswith('"') and _trailing_backslashes(escaped[:-1]) % 2 == 0:
        escaped = escaped[:-1] + '\\"'  # a quote of the text's own would close the docstring early
    # a line that starts with a doctest prompt would run when someone runs doctests on the package
    escaped = _DOCTEST_PROMPT.sub(lambda m: m.group(1) + ">>\\u200b>", escaped)
    pad = " " * indent
    lines = escaped.split("\n")
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    body = "\n".join((pad + line) if line.strip() else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""'


def tomlstr(value: object) -> str:
    """A TOML basic string; every character outside printable ASCII that could mislead is escaped."""
    out = []
    for char in str(value).replace("\r\n", " ").replace("\n", " "):
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif "\ud800" <= char <= "\udfff":
            out.append("\\ufffd")  # TOML cannot hold a lone surrogate, escaped or not
        elif ord(char) < 0x20 or ord(char) == 0x7F or _hidden(char):
            out.append(f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def docstring_body(value: object) -> str:
    """One line of text safe inside a docstring that the template writes itself."""
    return docstring(" ".join(str(value).split()))[3:-3]


def markdown(value: object) -> str:
    """Spec text for the generated README and API reference: no raw HTML, no control characters."""
    text = "".join(c for c in str(value) if c in "\n\t" or not _hidden(c))
    return text.replace("<", "&lt;").replace(">", "&gt;").strip()


def markdown_line(value: object) -> str:
    """:func:`markdown` on one line: for spec text inside a heading or a sentence, where a line break in
    it would start a block of its own (a heading, a list, a link definition)."""
    return " ".join(markdown(value).split())


def markdown_code(value: object) -> str:
    """Inline code in Markdown that no backtick in the text can close early."""
    text = " ".join(markdown(value).split())
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence} {text} {fence}" if text.startswith("`") or text.endswith("`") else f"{fence}{text}{fence}"


def pyvalue(value: JsonValue) -> str:
    """A JSON value as a Python literal: strings via :func:`pystr`, never ``repr`` of spec text."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return 'float("nan")' if math.isnan(value) else ('float("inf")' if value > 0 else 'float("-inf")')
        return repr(value)
    if isinstance(value, str):
        return pystr(value)
    if isinstance(value, list):
        return "[" + ", ".join(pyvalue(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pystr(k)}: {pyvalue(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def refuse_spec_text(value: Any) -> Any:
    if isinstance(value, SpecText):
        raise UnsafeRenderError(f"a template printed spec text without an escaping filter: {str(value)[:60]!r}")
    return value
