"""Models: AgentIdParam."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AgentIdParam",
]


AgentIdParam: TypeAlias = str
"""Agent id"""
