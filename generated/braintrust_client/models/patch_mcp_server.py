"""Models: PatchMCPServer."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "PatchMCPServer",
]


class PatchMCPServer(BaseModel):
    name: str | None = None
    """Name of the MCP server. Within a project, MCP server names are unique"""

    url: str | None = None
    """URL of the MCP server endpoint"""

    description: str | None = None
    """Textual description of the MCP server"""
