"""Servers: the API's base URLs (the document's ``servers``), as the client's default and its alternatives.

A Server object's variables are taken at their defaults; control characters are percent-encoded, and a
relative URL (relative to wherever the document is served) is reported, since the client cannot know it.
"""

from __future__ import annotations

import re
from typing import Any

from ..diagnostics import Diagnostics
from ..ir import Server, SpecText
from ..resolve import Located, ResolvedSpec
from .document import StructureCheck
from .values import text

_UNSENDABLE = re.compile(r"[\x00-\x1f\x7f]")


def api_servers(
    base: Located, spec: ResolvedSpec, diagnostics: Diagnostics, structure: StructureCheck, env_prefix: str
) -> tuple[Server, ...]:
    found: list[tuple[Located, Server]] = []
    raw = base.node.get("servers")
    if not isinstance(raw, list):
        return ()
    for index in range(len(raw)):
        located = base.child("servers", index)
        if not structure.conforms("Server", located):
            continue
        node = located.node
        url = server_url(node)
        if url_safe(url) != url:
            diagnostics.warning(
                spec.display(located.loc),
                located.loc.child("url").pointer,
                "the server URL holds control characters; they are percent-encoded",
                "document.server-url",
            )
            url = url_safe(url)
        found.append((located, Server(SpecText(url), text(node.get("description")))))
    servers = tuple(server for _, server in found)
    if found and not servers[0].absolute:
        # Relative to wherever the document is served, which the generated client cannot know.
        fallback = next((server for server in servers if server.absolute), None)
        consequence = (
            f"the client's default base URL is the first absolute one, {fallback.url!r}"
            if fallback is not None
            else f"the client has no default base URL: it needs base_url= or {env_prefix}_BASE_URL"
        )
        diagnostics.warning(
            spec.display(found[0][0].loc),
            found[0][0].loc.child("url").pointer,
            f"the server URL {servers[0].url!r} is relative to wherever the API is served; {consequence}",
            "document.server-relative",
        )
    return servers


def server_url(server: dict[str, Any]) -> str:
    """A Server object's URL with its variables at their defaults (the object conforms: each has one)."""
    url: str = server["url"]
    for variable, definition in (server.get("variables") or {}).items():
        url = url.replace("{" + variable + "}", definition["default"])
    return url


def url_safe(url: str, also: str = "") -> str:
    """``url`` with ASCII control characters (and the characters in ``also``) percent-encoded."""
    pattern = _UNSENDABLE if not also else re.compile(f"[\\x00-\\x1f\\x7f{re.escape(also)}]")
    return pattern.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url)
