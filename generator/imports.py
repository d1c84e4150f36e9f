"""Import blocks and ``__all__`` lists written as ruff's fixes would leave them.

The format stage runs only ``ruff format`` on what the built-in templates render (ruff's fix pass, which
cost a tenth of a run, is kept for the user's templates). So the templates write their imports sorted,
merged and wrapped the way ruff's import sorting (isort's default profile) does, import only the names
their code uses, and write ``__all__`` in the order of its RUF022 rule; the generated package then passes
``ruff check`` as it stands, which the golden, Stripe and fuzz tests check with ruff itself.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Sequence

from .format import LINE_LENGTH

_RUNS = re.compile(r"[0-9]+|[^0-9]")
_DIGIT_RUN = re.compile(r"[0-9]")

# isort's sections, in their order
_FUTURE, _STANDARD, _THIRD_PARTY, _LOCAL = range(4)

_DIGIT = ord("0")


def natural_key(text: str) -> tuple[tuple[object, ...], ...]:
    """The natural order ruff sorts names by (``Item2`` before ``Item10``), as a key: one entry per
    character, and one per run of digits.

    A run of digits compares with a character as its first digit would (every character of a name that is
    not a digit is below ``0`` or above ``9``, so ``0`` stands for any digit). Two runs compare as numbers
    (by length, then digit by digit: no conversion, so a run of any length works), except that a run with
    a leading zero is read as a fraction, before every run without one and digit by digit against
    another (``A010`` before ``A09``). Different texts always get different keys.
    """
    if _DIGIT_RUN.search(text) is None:
        return tuple((ord(char),) for char in text)  # what the loop below gives, faster
    key: list[tuple[object, ...]] = []
    for run in _RUNS.findall(text):
        if len(run) > 1 or "0" <= run <= "9":
            key.append((_DIGIT, 0, run) if run[0] == "0" else (_DIGIT, 1, len(run), run))
        else:
            key.append((ord(run),))
    return tuple(key)


def _casing_rank(name: str) -> int:
    """Constants (``NOT_GIVEN``), then classes (``NotGiven``), then everything else."""
    if len(name) > 1 and name.isupper():
        return 0
    return 1 if name[:1].isupper() else 2


@functools.cache  # the same names come back in module after module
def member_key(name: str) -> tuple[object, ...]:
    """The order of names inside one ``from ... import``: by kind, then case-blind, then exact."""
    return (_casing_rank(name), natural_key(name.lower()), natural_key(name))


@functools.cache
def dunder_all_key(name: str) -> tuple[object, ...]:
    """The order ruff's RUF022 gives ``__all__``: by kind, then naturally."""
    return (_casing_rank(name), natural_key(name))


def sorted_dunder_all(names: Iterable[str]) -> list[str]:
    return sorted(names, key=dunder_all_key)


@functools.cache
def _section(module: str) -> int:
    if module == "__future__":
        return _FUTURE
    if module.startswith("."):
        return _LOCAL
    return _STANDARD if module.partition(".")[0] in sys.stdlib_module_names else _THIRD_PARTY


@functools.cache
def _module_key(module: str) -> tuple[object, ...]:
    name = module.lstrip(".")
    level = len(module) - len(name)
    return (-level, natural_key(name.lower()), natural_key(name))  # the furthest relative import first


def _from_line(module: str, names: Sequence[str], indent: str, parenthesized: bool = False) -> str:
    line = f"{indent}from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH and not parenthesized:
        return line
    return f"{indent}from {module} import (\n" + "".join(f"{indent}    {name},\n" for name in names) + f"{indent})"


def import_block(
    modules: Iterable[str],
    members: Iterable[tuple[str, str]],
    indent: int = 0,
    reexport: bool = False,
    parenthesized: bool = False,
) -> str:
    """``import`` lines for ``modules`` and ``from`` lines for ``(module, name)`` pairs, grouped into
    isort's sections with a blank line between them, each line indented by ``indent`` spaces; ends with a
    newline (empty where there is nothing to import).

    One ``from`` line per module, wrapped in parentheses, one name a line, where it is too long (or
    always, with ``parenthesized``: ruff keeps that form for its trailing comma); with ``reexport``, one
    line per name instead, as ``name as name`` (the spelling that tells type checkers a name is
    re-exported, which ruff keeps one to a statement).
    """
    pad = " " * indent
    sections: dict[int, tuple[set[str], dict[str, set[str]]]] = {}
    for module in modules:
        sections.setdefault(_section(module), (set(), {}))[0].add(module)
    for module, name in members:
        sections.setdefault(_section(module), (set(), {}))[1].setdefault(module, set()).add(name)
    blocks = []
    for _, (straight, from_imports) in sorted(sections.items()):
        lines = [f"{pad}import {module}" for module in sorted(straight, key=_module_key)]
        for module in sorted(from_imports, key=_module_key):
            names = sorted(from_imports[module], key=member_key)
            if reexport:
                lines.extend(_from_line(module, [f"{name} as {name}"], pad) for name in names)
            else:
                lines.append(_from_line(module, names, pad, parenthesized))
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def used_imports(
    body: str,
    modules: Iterable[str] = (),
    members: Iterable[tuple[str, Sequence[str]]] = (),
    pairs: Iterable[tuple[str, str]] = (),
    pairs_package: str = "",
) -> str:
    """The imports of a module whose code is ``body``, below its ``from __future__`` line: each of
    ``modules`` (``import x``), each name of ``members`` (``from module import names``) and each
    ``(module, name)`` of ``pairs`` (``module`` under ``pairs_package``) that the body mentions, sorted
    and wrapped as ruff's import sorting writes them. Starts with the blank line that separates it
    from the line above; empty where the body needs nothing.

    A template renders a module's body first so that it imports only what it uses. A name that only a
    string, a docstring or a comment mentions (a description that begins "Any ...") is not a use.
    """
    wanted = [(module, name) for module, names in members for name in names]
    wanted.extend((pairs_package + module, name) for module, name in pairs)
    code = _code_only(body)
    block = import_block(
        [module for module in modules if _mentions(code, module)],
        [(module, name) for module, name in wanted if _mentions(code, name)],
    )
    return "\n" + block if block else ""


# A string literal (one of the four quotings, backslash escapes skipped) or a comment, matched from
# left to right as Python's tokenizer reads them, so that a quote inside a comment or a ``#`` inside a
# string is taken for what it is. Led by one character class (three times faster than an alternation of
# quotings); possessive repeats, since on valid code every literal ends and no attempt need backtrack.
_TEXT = re.compile(
    r"""["'#](?:"""
    r"""(?<=")(?:""(?:[^"\\]++|\\.|"(?!""))*+\"\"\"|(?:[^"\\\n]++|\\.)*+")"""
    r"""|(?<=')(?:''(?:[^'\\]++|\\.|'(?!''))*+\'\'\'|(?:[^'\\\n]++|\\.)*+')"""
    r"""|(?<=#)[^\n]*+)""",
    re.DOTALL,
)


def _without_text(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if text[start] == "#":
        return ""
    prefix = text[max(start - 2, 0) : start]
    if prefix[-1:] in ("f", "F") or (prefix[:1] in ("f", "F") and prefix[1:] in ("r", "R")):
        return match.group()  # an f-string's braces hold code
    return '""'


def _code_only(body: str) -> str:
    """``body`` with its strings emptied and its comments removed (f-strings kept whole)."""
    return _TEXT.sub(_without_text, body)


def _mentions(code: str, name: str) -> bool:
    # str.find jumps to each occurrence at C speed; a regular expression with a look-behind tried every
    # position of the text, 4x slower on Stripe's 2,500 modules.
    start = code.find(name)
    while start != -1:
        end = start + len(name)
        before = code[start - 1] if start else " "
        after = code[end] if end < len(code) else " "
        if not _continues_name(before, dot=True) and not _continues_name(after, dot=False):
            return True
        start = code.find(name, start + 1)
    return False


def _continues_name(char: str, dot: bool) -> bool:
    """Whether ``char`` beside a name makes it part of something longer (an attribute, after a dot)."""
    return char.isalnum() or char == "_" or (dot and char == ".")
