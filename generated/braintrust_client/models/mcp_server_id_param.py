"""Models: McpServerIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "McpServerIdParam",
]


McpServerIdParam: TypeAlias = str
"""McpServer id"""
