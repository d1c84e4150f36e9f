"""Models: McpServerName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "McpServerName",
]


McpServerName: TypeAlias = str
"""Name of the mcp_server to search for"""
