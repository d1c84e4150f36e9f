"""Resolve stage: every ``$ref`` checked and made followable, across files, before any IR is built.

The resolver loads the files that references name, checks that every reference lands on a node, and
hands the normalize stage a :class:`ResolvedSpec` in which any node, given where it stands, can be
followed to its target. References are not inlined: a reference to a named schema stays a reference,
so recursive schemas stay finite and become recursive models.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote

from .diagnostics import Diagnostics, Position, array_index, join_pointer, pointer_tokens
from .load import SourceDocument, load_document

# Keys whose values are data (or names), never schemas: a "$ref" key below them is not a reference.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const", "value"})
# Keys whose values map names of the spec's choosing to objects: a name there is never a keyword, so a
# schema named `example` or `value`, or the `default` response, is followed like any other.
_NAME_MAP_KEYS = frozenset(
    {
        "properties", "patternProperties", "$defs", "definitions", "paths", "webhooks", "schemas",
        "responses", "parameters", "requestBodies", "headers", "securitySchemes", "links", "callbacks",
        "pathItems", "content", "encoding",
    }
)  # fmt: skip


@dataclass(frozen=True, order=True)
class Location:
    """Where a node stands: the absolute path of its file and its JSON pointer in that file."""

    file: str
    pointer: str

    def child(self, *tokens: str | int) -> Location:
        return Location(self.file, join_pointer(self.pointer, *tokens))


@dataclass(frozen=True)
class Located:
    """A node together with where it stands, so relative references in it can be followed."""

    node: Any
    loc: Location

    def child(self, *tokens: str | int) -> Located:
        node = self.node
        for token in tokens:
            node = node[token]
        return Located(node, self.loc.child(*tokens))


class ResolvedSpec:
    """The root document and every document it references, with every reference known to land."""

    def __init__(self, root: SourceDocument, documents: dict[str, SourceDocument]) -> None:
        self.root = root
        self.documents = documents
        self._followed: dict[Location, Located] = {}
        """Where a chain of references that starts at a location ends (only chains that do end)."""
        self._targets: dict[tuple[str, str], Location] = {}

    @property
    def root_location(self) -> Location:
        return Location(str(self.root.path), "#")

    def display(self, loc: Location) -> str:
        document = self.documents.get(loc.file)
        return document.display if document is not None else loc.file

    def locate(self, display: str, pointer: str) -> Position | None:
        for document in self.documents.values():
            if document.display == display:
                return document.locate(pointer)
        return None

    def get(self, loc: Location) -> Any:
        document = self.documents[loc.file]
        return _walk_pointer(document.data, pointer_tokens(loc.pointer))

    def include(self, path: Path, diagnostics: Diagnostics, options: ResolveOptions) -> bool:
        """Loads and resolves a file that no reference of the spec names (one the configuration brings in:
        a streaming event schema), and adds its documents to this spec's; False where it cannot be
        loaded (reported)."""
        if str(path) in self.documents:
            return True
        document = load_document(path, diagnostics)
        if document is None:
            return False
        included = resolve(document, diagnostics, options)
        diagnostics.locate = self.locate  # resolve pointed it at the included spec; this one holds both now
        for key, loaded in included.documents.items():
            self.documents.setdefault(key, loaded)
        return True

    def holds(self, loc: Location) -> bool:
        """Whether a loaded document has a node at ``loc``."""
        document = self.documents.get(loc.file)
        if document is None:
            return False
        try:
            _walk_pointer(document.data, pointer_tokens(loc.pointer))
        except _Missing:
            return False
        return True

    def target_of(self, located: Located) -> Location | None:
        """Where the ``$ref`` of ``located`` points, or None if it is not a reference."""
        node = located.node
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return None
        key = (node["$ref"], located.loc.file)
        target = self._targets.get(key)
        if target is None:
            target = self._targets[key] = _target_location(*key)
        return target

    def follow(self, located: Located) -> Located:
        """Follows a chain of references to the first node that is not one (checked in resolve).

        Chains are remembered, so following many references into one long chain stays linear.
        """
        seen: set[Location] = set()
        chain: list[Location] = []
        while (target := self.target_of(located)) is not None:
            known = self._followed.get(target)
            if known is not None:
                located = known
                break
            if target in seen:
                return located  # a pure reference cycle, reported by resolve()
            seen.add(target)
            chain.append(target)
            located = Located(self.get(target), target)
        for loc in chain:
            self._followed[loc] = located
        return located


class _Missing(Exception):
    pass


def _walk_pointer(data: Any, tokens: list[str]) -> Any:
    node = data
    for token in tokens:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and (index := array_index(token, len(node))) is not None:
            node = node[index]
        else:
            raise _Missing(token)
    return node


def _target_location(ref: str, base_file: str) -> Location:
    """The file and pointer a reference names. The fragment is taken as written (``urlsplit`` would drop
    newlines and tabs from it, and a schema's name may hold them), then percent-decoded."""
    file_part, _, fragment = ref.partition("#")
    pointer = "#" + unquote(fragment)
    if not file_part:
        return Location(base_file, pointer)
    target = (Path(base_file).parent / unquote(file_part)).resolve()
    return Location(str(target), pointer)


# `scheme:` (two letters or more: one letter is a Windows drive) or `//host`: anything but a local file
_REMOTE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]+:|//)")


ChildRole = Literal["data", "names", "node"]


def child_role(key: str, among_names: bool) -> ChildRole:
    """What the value under ``key`` is: ``data`` (examples, defaults, enums, extensions: a ``$ref`` there
    is no reference), ``names`` (a map from names of the spec's choosing to objects) or a ``node`` that
    may hold references. ``among_names``: ``key`` is one of those names (a property named ``example``)."""
    if among_names:
        return "node"
    if key in _DATA_KEYS or key.startswith("x-"):
        return "data"
    return "names" if key in _NAME_MAP_KEYS else "node"


def iter_refs(data: Any, pointer: str = "#", strings_only: bool = True) -> Iterator[tuple[str, Any]]:
    """Yields (pointer of the node holding the reference, reference string), without recursion.

    With ``strings_only`` False, a ``$ref`` whose value is not a string is yielded too (to be reported).
    """
    stack: list[tuple[Any, str, bool]] = [(data, pointer, False)]
    while stack:
        node, here, names_only = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if (isinstance(ref, str) or (not strings_only and "$ref" in node)) and not names_only:
                yield here, ref
            for key, value in node.items():
                role = child_role(key, names_only)
                if role != "data" and isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(here, key), role == "names"))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    stack.append((value, join_pointer(here, index), False))


@dataclass(frozen=True)
class ResolveOptions:
    allow_outside_root: bool = False


def resolve(root: SourceDocument, diagnostics: Diagnostics, options: ResolveOptions = ResolveOptions()) -> ResolvedSpec:
    """Loads referenced files and checks every reference; problems become diagnostics."""
    root_key = str(root.path)
    documents: dict[str, SourceDocument] = {root_key: root}
    spec = ResolvedSpec(root, documents)
    diagnostics.locate = spec.locate
    boundary = root.path.resolve().parent
    pending = [root]
    failed_files: set[str] = set()
    landed: list[tuple[SourceDocument, str, str]] = []
    while pending:
        document = pending.pop()
        for pointer, ref in iter_refs(document.data, strings_only=False):
            if not isinstance(ref, str):
                diagnostics.error(document.display, pointer, "$ref must be a string", "resolve.ref")
                continue
            problem = _check_reference(spec, document, ref, boundary, options, failed_files, pending, diagnostics)
            if problem is None:
                landed.append((document, pointer, ref))
            else:
                diagnostics.error(document.display, pointer, problem, "resolve.ref")
    _report_reference_cycles(spec, landed, diagnostics)
    return spec


def _check_reference(
    spec: ResolvedSpec,
    document: SourceDocument,
    ref: str,
    boundary: Path,
    options: ResolveOptions,
    failed_files: set[str],
    pending: list[SourceDocument],
    diagnostics: Diagnostics,
) -> str | None:
    file_part, _, fragment = ref.partition("#")
    if _REMOTE.match(file_part):
        return f"$ref {_shown(ref)} is a remote reference; generation never reads the network"
    if "\x00" in unquote(file_part):
        return f"$ref {_shown(ref)} holds a NUL character in its file name"
    if fragment and not unquote(fragment).startswith("/"):
        return f"$ref {_shown(ref)}: the part after '#' must be a JSON pointer starting with '/' (anchors are not supported)"
    try:
        target = _target_location(ref, str(document.path))
    except RuntimeError:  # Python 3.11's Path.resolve on a loop of links (3.13 raises OSError ELOOP)
        return f"$ref {_shown(ref)} leads into a loop of symbolic links"
    except (ValueError, OSError) as exc:
        if getattr(exc, "errno", None) == errno.ELOOP:
            return f"$ref {_shown(ref)} leads into a loop of symbolic links"
        return f"$ref {_shown(ref)} is not a valid file path ({exc})"
    if target.file not in spec.documents:
        target_path = Path(target.file)
        if not options.allow_outside_root and not target_path.is_relative_to(boundary):
            return f"$ref {_shown(ref)} leaves the folder of the spec ({boundary}); allow it with --allow-outside-refs"
        if target.file in failed_files:
            return f"$ref {_shown(ref)}: file cannot be loaded"
        problem = _not_a_readable_file(target_path)
        if problem is not None:
            failed_files.add(target.file)
            return f"$ref {_shown(ref)}: {problem}"
        loaded = load_document(target_path, diagnostics)
        if loaded is None:
            failed_files.add(target.file)
            return f"$ref {_shown(ref)}: file cannot be loaded"
        spec.documents[target.file] = loaded
        pending.append(loaded)
    try:
        spec.get(target)
    except _Missing:
        return f"$ref {_shown(ref)} does not resolve"
    return None


def _not_a_readable_file(path: Path) -> str | None:
    """What keeps ``path`` from being read as a document, or None."""
    try:
        if path.is_dir():
            return f"{path.name} is a folder, not a file"
        if path.exists() and not path.is_file():  # a device, a pipe, a socket: never read
            return f"{path.name} is not a regular file"
        if not path.is_file():
            return f"file {path.name} does not exist"
    except OSError as exc:  # a name too long for the file system, say (Python 3.11 raises it here)
        return f"{_shown(path.name)} cannot be looked up ({exc.strerror or exc})"
    return None


def _shown(ref: str) -> str:
    """A reference quoted for a message, long ones shortened (Diagnostic.format escapes what is unprintable)."""
    return f"'{ref if len(ref) <= 200 else ref[:200] + '...'}'"


def _report_reference_cycles(
    spec: ResolvedSpec, references: list[tuple[SourceDocument, str, str]], diagnostics: Diagnostics
) -> None:
    """A reference whose chain of references comes back to itself names no node at all.

    Each location's verdict (its chain ends in a cycle, or not) is remembered, so a long chain of
    references is walked once, not once per reference in it.
    """
    cyclic: dict[Location, bool] = {}
    for document, pointer, ref in references:
        start = Location(str(document.path), pointer)
        located = Located({"$ref": ref}, start)
        path = [start]
        on_path = {start}
        verdict = False
        while (target := spec.target_of(located)) is not None:
            if target in cyclic:
                verdict = cyclic[target]
                break
            if target in on_path:
                verdict = True
                break
            path.append(target)
            on_path.add(target)
            try:
                located = Located(spec.get(target), target)
            except _Missing:
                break
        for loc in path:
            cyclic[loc] = verdict
        if verdict:
            diagnostics.error(
                document.display,
                pointer,
                f"$ref {_shown(ref)} is a cycle of references that never reaches a schema",
                "resolve.cycle",
            )
