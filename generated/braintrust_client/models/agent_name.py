"""Models: AgentName."""

from __future__ import annotations

from typing import TypeAlias

__all__ = [
    "AgentName",
]


AgentName: TypeAlias = str
"""Name of the agent to search for"""
