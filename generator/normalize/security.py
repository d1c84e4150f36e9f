"""Security: the schemes the document declares, the one the client sends its key by, and the operations
that accept only others (a warning: the server will likely refuse the call)."""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostics
from ..ir import SchemeKind, SchemeLocation, SecurityScheme, SpecText
from ..resolve import Located, ResolvedSpec
from .document import StructureCheck
from .values import text

_SCHEME_LOCATIONS: dict[Any, SchemeLocation] = {"header": "header", "query": "query", "cookie": "cookie"}


def _scheme_kind(scheme_type: str, http_scheme: str) -> SchemeKind:
    if scheme_type == "http" and http_scheme in ("bearer", "basic"):
        return "bearer" if http_scheme == "bearer" else "basic"
    if scheme_type == "apiKey":
        return "api_key"
    if scheme_type in ("oauth2", "openIdConnect"):
        return "oauth2"
    return "other"


def auth_scheme(lists: list[object], schemes: tuple[SecurityScheme, ...]) -> SecurityScheme | None:
    """The scheme the client sends its key with. The first of the ``security`` lists (the document's, then
    the operations') that names a scheme of a kind the client can send decides; of the alternatives it
    lists, a bearer token comes first, basic credentials last (a key alone is seldom a ``user:password``
    pair)."""
    usable = {str(s.name): s for s in schemes if s.kind != "other"}
    for requirements in lists:
        named = [
            usable[name]
            for requirement in _listed(requirements)
            if isinstance(requirement, dict)
            for name in requirement
            if name in usable
        ]
        if named:
            return min(named, key=lambda scheme: _PREFERRED_KINDS.index(scheme.kind))
    return None


_PREFERRED_KINDS: tuple[SchemeKind, ...] = ("bearer", "oauth2", "api_key", "basic", "other")


def warn_other_schemes(
    auth: SecurityScheme | None, operations: list[tuple[Located, object]], spec: ResolvedSpec, diagnostics: Diagnostics
) -> None:
    """Warns at each operation whose own ``security`` lists only schemes other than the one the client sends
    its key with: the client cannot authenticate it as the spec asks."""
    for located, own in operations:
        names = schemes_refusing_the_key(auth, own)
        if names is None:
            continue
        assert auth is not None
        diagnostics.warning(
            spec.display(located.loc),
            located.loc.child("security").pointer,
            f"this operation accepts only {', '.join(map(repr, names))}, and the client sends its key by "
            f"{str(auth.name)!r}; the server will likely refuse the call (send the credentials it needs with "
            "extra_headers or extra_query)",
            "operation.security-scheme",
        )


def schemes_refusing_the_key(auth: SecurityScheme | None, own: object) -> list[str] | None:
    """The schemes an operation's own ``security`` accepts where none is the one the client sends its key
    by (``auth``); None where the key is accepted, or the operation has no requirement of its own, or one
    that needs nothing."""
    requirements = [requirement for requirement in _listed(own) if isinstance(requirement, dict)]
    if auth is None or not requirements or any(not requirement for requirement in requirements):
        return None
    names = sorted({str(name) for requirement in requirements for name in requirement})
    return None if str(auth.name) in names else names


def _listed(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def declared_schemes(base: Located, spec: ResolvedSpec, structure: StructureCheck) -> tuple[SecurityScheme, ...]:
    components = base.node.get("components")
    raw = components.get("securitySchemes") if isinstance(components, dict) else None
    if not isinstance(raw, dict):
        return ()
    schemes = []
    for name in sorted(raw):
        located = spec.follow(base.child("components", "securitySchemes", name))
        if not structure.conforms("SecurityScheme", located):
            continue
        node = located.node
        kind = _scheme_kind(node["type"], str(node.get("scheme") or "").lower())
        location = _SCHEME_LOCATIONS.get(node.get("in"), "header")
        schemes.append(
            SecurityScheme(SpecText(name), kind, location, text(node.get("name")), text(node.get("description")))
        )
    return tuple(schemes)
