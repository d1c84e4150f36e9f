"""Models: CreateMCPServer."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "CreateMCPServer",
]


class CreateMCPServer(BaseModel):
    project_id: str
    """Unique identifier for the project that the MCP server belongs under"""

    name: str
    """Name of the MCP server. Within a project, MCP server names are unique"""

    description: str | None = None
    """Textual description of the MCP server"""

    url: str
    """URL of the MCP server endpoint"""
