"""The document's structural objects, validated by openapi-pydantic, with pointer-precise errors.

openapi-pydantic validates the structural objects (info, servers, operations, parameters, bodies,
responses, security schemes). Schemas are left out of that validation on purpose: they are read by our
own shape rules, which accept what real specs write under either version (DESIGN §2).

Most objects of a real spec are plainly valid (``plain_structure``): they are vouched for without
openapi-pydantic, which is imported only for the others.

Building openapi-pydantic's models is most of a run's start-up (about 0.15 s), and an object's verdict
depends only on its content. So the digests of the objects found valid are remembered (one bounded set,
whatever the spec and wherever it lies), and a run whose objects were all seen before (the usual spec
edit: a schema or a description) never imports it. A run that has no verdicts at all (the memo off, or
empty) has a forked child import it and validate every structural object it finds that is not plainly
valid, from the first time this process meets one, while this process
normalizes the spec. While that child works, an object it may vouch for is assumed valid, and the
assumptions are settled when the IR is confirmed (``Normalization.confirmed``, after the draft is
rendered), with the child's verdicts or by validating here what it did not vouch for: this process need
not wait for the child, nor import openapi-pydantic itself. Where an assumption fails, the spec is
normalized again with every verdict known, so an invalid object is reported and skipped exactly as if it
had been validated on the spot. An object not known valid
otherwise is validated here, so every error is reported, with its pointer, by this process.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..config import HTTP_METHODS
from ..diagnostics import Diagnostics
from ..memo import Memo, key_of, library_identity
from ..parallel import Aside, run_aside
from ..resolve import Located, ResolvedSpec
from .plain_structure import FIELDS, plainly_valid

if TYPE_CHECKING:
    import pydantic
    from pydantic_core import ErrorDetails

_SUPPORTED = re.compile(r"^3\.(0|1)\.\d+$")
_NEXT = re.compile(r"^3\.2\.\d+$")

Structure = Literal["Info", "Operation", "Parameter", "RequestBody", "Response", "SecurityScheme", "Server"]
"""The openapi-pydantic (3.1) models that validate structural objects."""

OperationFilter = Callable[[str, dict[str, Any]], bool]
"""``kept(method, operation)``: whether normalizing keeps an operation (the configuration may leave it out)."""

# Nested parts that our own stages read (schemas, and objects validated one by one with their own pointer).
# Where the model requires such a part, an empty placeholder stands in for it (_PLACEHOLDERS).
_STRIP: dict[Structure, frozenset[str]] = {
    "Operation": frozenset({"parameters", "requestBody", "responses", "callbacks", "servers"}),
    "Parameter": frozenset({"schema", "content", "example", "examples"}),
    "RequestBody": frozenset({"content"}),
    "Response": frozenset({"content", "headers", "links"}),
}
_PLACEHOLDERS: dict[Structure, dict[str, Any]] = {"RequestBody": {"content": {}}}
# Real specs often leave out a response's description; that costs the client nothing, so it is not an error.
_LENIENT_DEFAULTS: dict[Structure, dict[str, Any]] = {"Response": {"description": ""}}

_VERDICTS = Memo("verdicts")
_DIGEST_SIZE = 16
MAX_VERDICTS = 65_536
"""The set keeps the digests used last, at most this many (1 MiB; the Braintrust spec has about 1,000)."""
_VALIDATING_LIBRARIES = ("pydantic", "pydantic_core", "openapi_pydantic")


class StructureCheck:
    """Validates the structural objects of one spec, reporting each problem at its own pointer."""

    def __init__(self, spec: ResolvedSpec, diagnostics: Diagnostics, kept: OperationFilter | None = None) -> None:
        """The child validates ahead only the operations ``kept`` keeps (default: all), and their parts."""
        self.spec = spec
        self.diagnostics = diagnostics
        self._key = _verdicts_key() if _VERDICTS.enabled else None
        stored = _VERDICTS.get(self._key) if self._key is not None else None
        self._stored = _split_digests(stored) if stored is not None else []  # the most recently used first
        self._stored_valid = frozenset(self._stored)
        self._known_valid = self._stored_valid
        self._found_valid: dict[bytes, None] = {}  # in the order found
        self._assumed: list[tuple[Structure, dict[str, Any], bytes]] = []
        """Objects taken as valid until the child's verdicts come (see ``settle``)."""
        self._ahead: Aside[frozenset[bytes]] | None = None
        # With no verdicts at all, a child validates ahead, started by the first object this check must
        # ask openapi-pydantic about: a spec whose objects are all plainly valid never starts it.
        self._validate_ahead: Callable[[], frozenset[bytes]] | None = (
            None if self._known_valid else lambda: _valid_digests(spec, kept)
        )

    def conforms(self, structure: Structure, located: Located) -> bool:
        """Whether the object at ``located`` is a valid ``structure``; each problem becomes a diagnostic."""
        node = located.node
        if not isinstance(node, dict):
            self.diagnostics.error(
                self.spec.display(located.loc),
                located.loc.pointer,
                f"expected an object ({structure}), found {_kind(node)}",
                "document.shape",
            )
            return False
        data = _validated_part(structure, node)
        if plainly_valid(structure, data):
            return True
        if self._validate_ahead is not None:
            self._ahead = run_aside(self._validate_ahead)
            self._validate_ahead = None
        digest = _digest(structure, data)
        if digest is not None and self._known(digest):
            self._found_valid[digest] = None
            return True
        if digest is not None and self._ahead is not None:
            self._assumed.append((structure, data, digest))
            return True
        if not self._validate(structure, data, located):
            return False
        if digest is not None:
            self._found_valid[digest] = None
        return True

    def _known(self, digest: bytes) -> bool:
        if digest in self._known_valid or digest in self._found_valid:
            return True
        if self._ahead is not None and self._ahead.ready():
            self._take_verdicts()
            return digest in self._known_valid
        return False

    def _take_verdicts(self) -> None:
        """The child's verdicts, waiting for them if need be; after this, no object is assumed valid."""
        if self._ahead is not None:
            verdicts = self._ahead.result()
            self._ahead = None
            if verdicts is not None:
                self._known_valid |= verdicts

    def settle(self) -> bool:
        """Whether every object assumed valid is valid: by the child's verdict, or validated here.

        False means the normalizing that assumed them must be done again (this check, asked again,
        validates the invalid ones on the spot and reports them).
        """
        self._take_verdicts()
        assumed, self._assumed = self._assumed, []
        held = True
        for structure, data, digest in assumed:
            if digest in self._known_valid or digest in self._found_valid or not _problems(structure, data):
                self._found_valid[digest] = None
            else:
                held = False
        return held

    def finish(self) -> None:
        """Ends the check: a child still validating is stopped, and this run's new verdicts are remembered."""
        self._validate_ahead = None
        if self._ahead is not None:
            self._ahead.abandon()
            self._ahead = None
        self._remember()

    def _remember(self) -> None:
        """Adds this run's new verdicts to the set, first, dropping the least recently used beyond the bound.

        A run that found nothing new writes nothing (the order then ages a little, which only decides
        what goes first once the set is full). Two runs writing at once may lose one's verdicts: they
        are validated again next time.
        """
        if self._key is None or self._stored_valid.issuperset(self._found_valid):
            return
        found = list(self._found_valid)
        kept = [digest for digest in self._stored if digest not in self._found_valid]
        _VERDICTS.put(self._key, b"".join([*found, *kept][:MAX_VERDICTS]))

    def _validate(self, structure: Structure, data: dict[str, Any], located: Located) -> bool:
        problems = _problems(structure, data)
        for error in problems:
            loc = [str(part) for part in error["loc"] if not str(part)[:1].isupper()]
            pointer = located.loc.child(*loc).pointer if loc else located.loc.pointer
            self.diagnostics.error(
                self.spec.display(located.loc), pointer, f"{structure}: {error['msg']}", "document.invalid"
            )
        return not problems


def _problems(structure: Structure, data: dict[str, Any]) -> list[ErrorDetails]:
    """openapi-pydantic's errors for ``data`` as a ``structure`` (none: it is valid)."""
    import pydantic
    from openapi_pydantic.v3 import v3_1

    model: type[pydantic.BaseModel] = getattr(v3_1, structure)
    try:
        model.model_validate(data)
    except pydantic.ValidationError as exc:
        return exc.errors(include_url=False)
    return _not_booleans(structure, data)


def _not_booleans(structure: Structure, data: dict[str, Any]) -> list[ErrorDetails]:
    """The flags given as something else than ``true`` or ``false``, which openapi-pydantic reads as it
    reads Python (``required: "yes"`` is true to it, ``"no"`` false) and the generator as not set: where
    they disagree, the spec's author meant neither for sure."""
    problems: list[ErrorDetails] = []
    for field, kind in FIELDS.get(structure, {}).items():
        value = data.get(field)
        if kind.removesuffix("?") == "bool" and field in data and not isinstance(value, bool):
            if value is None and kind.endswith("?"):
                continue
            message = f"`{field}` must be true or false (a JSON boolean), not {value!r}"
            problems.append({"type": "bool_type", "loc": (field,), "msg": message, "input": value})
    return problems


def _validated_part(structure: Structure, node: dict[str, Any]) -> dict[str, Any]:
    """What openapi-pydantic is given of an object: without the parts validated on their own."""
    strip = _STRIP.get(structure, frozenset())
    data = {**_LENIENT_DEFAULTS.get(structure, {}), **{key: value for key, value in node.items() if key not in strip}}
    data.update(_PLACEHOLDERS.get(structure, {}))
    return data


def _valid_digests(spec: ResolvedSpec, kept: OperationFilter | None = None) -> frozenset[bytes]:
    """The digests of the structural objects of ``spec`` that openapi-pydantic finds valid, but for those
    plainly valid, which the check never asks about (run in a child)."""
    valid = set()
    for structure, node in _structural_objects(spec, kept):
        data = _validated_part(structure, node)
        if plainly_valid(structure, data):
            continue
        digest = _digest(structure, data)
        if digest is not None and digest not in valid and not _problems(structure, data):
            valid.add(digest)
    return frozenset(valid)


def _structural_objects(
    spec: ResolvedSpec, kept: OperationFilter | None = None
) -> Iterator[tuple[Structure, dict[str, Any]]]:
    """The objects that normalizing may validate, found the way it finds them (following references).

    Only a help: an object missed here is validated when normalizing reaches it, and one found here in
    vain (a response that is not the one used) costs a little time.
    """
    base = Located(spec.root.data, spec.root_location)
    root = base.node if isinstance(base.node, dict) else {}

    def objects(structure: Structure, located: Located) -> Iterator[tuple[Structure, dict[str, Any]]]:
        target = spec.follow(located)
        if isinstance(target.node, dict):
            yield structure, target.node

    def each(located: Located, key: str) -> Iterator[Located]:
        """The items (list) or values (object) under ``key`` of an object."""
        value = located.node.get(key) if isinstance(located.node, dict) else None
        if isinstance(value, list):
            yield from (located.child(key, index) for index in range(len(value)))
        elif isinstance(value, dict):
            yield from (located.child(key, name) for name in value)

    info = root.get("info")
    yield "Info", info if isinstance(info, dict) else {}
    for server in each(base, "servers"):
        yield from objects("Server", server)
    if isinstance(root.get("components"), dict):
        for scheme in each(base.child("components"), "securitySchemes"):
            yield from objects("SecurityScheme", scheme)
    if not isinstance(root.get("paths"), dict):
        return
    for path in each(base, "paths"):
        item = spec.follow(path)
        if not isinstance(item.node, dict):
            continue
        for parameter in each(item, "parameters"):
            yield from objects("Parameter", parameter)
        for method in HTTP_METHODS:
            operation = item.child(method) if isinstance(item.node.get(method), dict) else None
            if operation is None or (kept is not None and not kept(method, operation.node)):
                continue
            yield "Operation", operation.node
            for parameter in each(operation, "parameters"):
                yield from objects("Parameter", parameter)
            if "requestBody" in operation.node:
                yield from objects("RequestBody", operation.child("requestBody"))
            for response in each(operation, "responses"):
                yield from objects("Response", response)
            # the first server of the operation's own servers, else of its path's (operations.py reads it)
            holder = operation if _listed(operation.node.get("servers")) else item
            if _listed(holder.node.get("servers")):
                yield from objects("Server", holder.child("servers", 0))


def _listed(value: Any) -> bool:
    return isinstance(value, list) and bool(value)


def _verdicts_key() -> str:
    """Verdicts hold for these validation rules and these versions of the validating libraries."""
    rules = Path(__file__).read_bytes()
    return key_of("structure-verdicts-2", rules, *map(library_identity, _VALIDATING_LIBRARIES))


def _digest(structure: Structure, data: dict[str, Any]) -> bytes | None:
    """A digest of the object's content, or None where its text would not tell it apart from another.

    ``repr`` of JSON data (str, int, float, bool, None, lists and dicts) tells every value apart,
    types included, except where a structure contains itself (YAML aliases can build one) and is
    printed as ``[...]`` or ``{...}``; such an object is validated every time.
    """
    text = repr(data)
    if "[...]" in text or "{...}" in text:
        return None
    return hashlib.blake2b(f"{structure}:{text}".encode("utf-8", "surrogatepass"), digest_size=_DIGEST_SIZE).digest()


def _split_digests(stored: bytes) -> list[bytes]:
    return [stored[i : i + _DIGEST_SIZE] for i in range(0, len(stored) - _DIGEST_SIZE + 1, _DIGEST_SIZE)]


def _kind(node: Any) -> str:
    kinds = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return kinds.get(type(node)) or ("a number" if isinstance(node, (int, float)) else type(node).__name__)


def check_version(spec: ResolvedSpec, diagnostics: Diagnostics) -> str | None:
    """The major.minor version the document declares, or None (after an error) when it is not 3.0/3.1."""
    data = spec.root.data
    display = spec.root.display
    if data is None and not any(
        line.strip() and not line.lstrip().startswith("#") for line in spec.root.text.splitlines()
    ):
        diagnostics.error(display, "#", "the document is empty", "document.empty")
        return None
    if not isinstance(data, dict):
        diagnostics.error(
            display, "#", f"an OpenAPI document must be an object, found {_kind(data)}", "document.not-object"
        )
        return None
    if "swagger" in data:
        diagnostics.error(
            display,
            "#/swagger",
            f"Swagger {data['swagger']} is not supported; convert the document to OpenAPI 3.0 or 3.1",
            "document.swagger",
        )
        return None
    version = data.get("openapi")
    if version is None:
        diagnostics.error(display, "#", "no `openapi` field: this is not an OpenAPI 3 document", "document.no-version")
        return None
    version = str(version)
    if _SUPPORTED.match(version):
        return version[:3]
    if _NEXT.match(version):
        diagnostics.warning(
            display,
            "#/openapi",
            f"OpenAPI {version} is read as 3.1; features new in 3.2 are ignored",
            "document.version-3.2",
        )
        return "3.1"
    diagnostics.error(
        display, "#/openapi", f"OpenAPI version {version!r} is not supported (3.0.x and 3.1.x are)", "document.version"
    )
    return None
