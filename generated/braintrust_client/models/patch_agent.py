"""Models: PatchAgent."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel

__all__ = [
    "PatchAgent",
]


class PatchAgent(BaseModel):
    """An agent is a project-scoped durable object that identifies an AI agent or service emitting spans"""

    name: str | None = None
    """Name of the agent. Within a project, agent names are unique"""

    description: str | None = None
    """Textual description of the agent"""

    metadata: dict[str, Any] | None = None
    """User-controlled metadata about the agent"""
