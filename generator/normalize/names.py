"""Names (DESIGN §3): Python names derived from wire names, made safe, and made unique deterministically.

The names they steer around are in :mod:`generator.reserved_names`, fixed in the source, so that the same
spec gives the same names on every machine.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container, Iterable

from ..ir import Symbol
from ..reserved_names import (
    ANNOTATION_NAMES,
    IMPORTED_NAMES,
    KEYWORDS,
    MODEL_ATTRIBUTES,
    MODULE_NAMES,
    SOFT_KEYWORDS,
)

_WORD_BOUNDARY = re.compile(r"[A-Z]?[a-z]+\d*(?:[a-z]+\d*)*|[A-Z]+\d*(?![a-z])|\d+")


def numbered(base: str, taken: Container[str], separator: str = "_") -> str:
    """``base`` where it is free, else the first free of ``base_2``, ``base_3``, ... (``separator`` between)."""
    choice, number = base, 2
    while choice in taken:
        choice = f"{base}{separator}{number}"
        number += 1
    return choice


def ascii_fold(text: str) -> str:
    """Non-ASCII letters folded to ASCII where they have a plain form (é to e); others dropped.

    The forms are Unicode 3.2's, which every Python carries unchanged (``unicodedata.ucd_3_2_0``): the
    running Python's own tables grow with each release (3.11 has Unicode 14.0, 3.12 15.0), and a character
    one of them decomposes and the other does not know would name a class differently on each, so
    ``check`` would fail between them. A character added since 3.2 is dropped, as any other without a form.
    """
    if text.isascii():
        return text
    return unicodedata.ucd_3_2_0.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Splits camelCase, PascalCase, snake_case, kebab-case and spaces into words."""
    return _WORD_BOUNDARY.findall(ascii_fold(text))


# Both are asked about the same few thousand names again and again (every model's properties, every
# context of an inline schema): 8% of normalizing Stripe's spec before they were remembered.
@functools.lru_cache(maxsize=1 << 16)
def pascal_case(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in words(text))


@functools.lru_cache(maxsize=1 << 16)
def snake_case(text: str) -> str:
    return "_".join(part.lower() for part in words(text))


def class_name(text: str, fallback: str = "Model") -> str:
    """A PascalCase identifier for a class; never empty, never starting with a digit."""
    name = pascal_case(text) or fallback
    if name[:1].isdigit():
        name = fallback + name
    if name in KEYWORDS or name in MODULE_NAMES:
        name += "Model"
    return name


MAX_MODULE_NAME = 180
"""File names stay under the 255 bytes file systems allow, with room for ``.cpython-3XX.pyc`` and a number."""


WINDOWS_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
"""File names Windows reserves (``con.py`` cannot be created or checked out there)."""


def identifier(name: str, reserved: Container[str] = frozenset()) -> str:
    """A non-empty snake_case ``name`` made an identifier: ``n_`` before a leading digit (an underscore
    after it does not make ``2fa`` one), ``_`` after a keyword, a soft keyword or a ``reserved`` name."""
    if name[0].isdigit():
        name = "n_" + name
    if name in KEYWORDS or name in SOFT_KEYWORDS or name in reserved:
        name += "_"
    return name


_MODEL_RESERVED = ANNOTATION_NAMES | MODEL_ATTRIBUTES


def field_name(wire_name: str) -> str:
    """The natural Python attribute name for a wire name, made safe for a pydantic model."""
    return identifier(snake_case(wire_name) or "field", _MODEL_RESERVED)


def model_field_names(wire_names: list[str], overrides: dict[str, str]) -> dict[str, str]:
    """Python names for the properties of one model, unique and never another property's wire name.

    A property whose wire name is already a safe Python name keeps it; the others take their derived
    name, then that name with a trailing underscore, then a number, in sorted order of wire names.
    """
    names = dict(overrides)
    used = set(overrides.values())
    derived = {wire: field_name(wire) for wire in wire_names if wire not in overrides}
    for wire, name in sorted(derived.items()):
        if wire == name and name not in used:
            names[wire] = name
            used.add(name)
    forbidden = used | set(wire_names)
    # A property whose wire name is already snake_case (``schema``) chooses before one that only
    # converts to it (``__schema``), so the plainer wire name gets the plainer Python name.
    for wire, name in sorted(derived.items(), key=lambda item: (snake_case(item[0]) != item[0], item[0])):
        if wire in names:
            continue
        choice = next((c for c in (name, f"{name}_") if c not in forbidden), None) or numbered(name, forbidden)
        names[wire] = choice
        forbidden.add(choice)
    return names


_COMPARISONS = re.compile(r"<=|>=|!=|<|>")
_COMPARISON_WORDS = {"<=": " lte ", ">=": " gte ", "!=": " ne ", "<": " lt ", ">": " gt "}
"""A comparison in a filter's name (Twilio's ``DateSent<`` and ``DateSent>``), as Django's filters spell it:
dropped like any other punctuation, the two arguments were ``date_sent_query`` and ``date_sent_2``."""


def argument_name(wire_name: str, reserved: frozenset[str] = frozenset()) -> str:
    """The natural Python argument name for a parameter or body field (``DateSent<``: ``date_sent_lt``)."""
    spelled = _COMPARISONS.sub(lambda match: _COMPARISON_WORDS[match.group()], wire_name)
    return identifier(snake_case(spelled) or "arg", reserved)


def name_symbols(symbols: Iterable[Symbol], reserved: frozenset[str] = IMPORTED_NAMES) -> None:
    """The naming pass over every model and alias: deterministic, whole API at once.

    Overrides from the configuration are fixed first and never renamed. Then symbols are visited in
    (rank, key) order, component schemas before inline ones, and each takes its first hint still free;
    one whose hints are all taken gets its last hint numbered. Because the order is by key, adding a
    schema can only rename a symbol that collides with it and sorts after it. A hint that is a
    ``reserved`` name (one the generated modules import) is tried with "Model" after it, as
    :func:`class_name` does for the names a models module imports.
    """
    pending = [s for s in symbols if not s.is_named]
    used: set[str] = set(reserved)
    for symbol in pending:
        if symbol.override is not None:
            symbol.assign(symbol.override)
            used.add(symbol.override)
    for symbol in sorted((s for s in pending if s.override is None), key=lambda s: (s.rank, s.key)):
        hints = [hint + "Model" if hint in reserved else hint for hint in symbol.hints]
        name = next((hint for hint in hints if hint not in used), None)
        if name is None:  # every hint is taken
            name = numbered(hints[-1], used, separator="")
        symbol.assign(name)
        used.add(name)
