"""Models: McpServersListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .mcp_server import MCPServer

__all__ = [
    "McpServersListResponse",
]


class McpServersListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[MCPServer]
    """A list of mcp_server objects"""
