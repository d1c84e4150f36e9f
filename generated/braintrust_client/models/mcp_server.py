"""Models: MCPServer."""

from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = [
    "MCPServer",
]


class MCPServer(BaseModel):
    id: str
    """Unique identifier for the MCP server"""

    project_id: str
    """Unique identifier for the project that the MCP server belongs under"""

    user_id: str | None = None
    """Identifies the user who created the MCP server"""

    created: datetime.datetime | None = None
    """Date of MCP server creation"""

    deleted_at: datetime.datetime | None = None
    """Date of MCP server deletion, or null if the MCP server is still active"""

    name: str
    """Name of the MCP server. Within a project, MCP server names are unique"""

    description: str | None = None
    """Textual description of the MCP server"""

    url: str
    """URL of the MCP server endpoint"""
