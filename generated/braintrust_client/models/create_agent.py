"""Models: CreateAgent."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel

__all__ = [
    "CreateAgent",
]


class CreateAgent(BaseModel):
    """An agent is a project-scoped durable object that identifies an AI agent or service emitting spans"""

    project_id: str
    """Unique identifier for the project that the agent belongs under"""

    name: str
    """Name of the agent. Within a project, agent names are unique"""

    description: str | None = None
    """Textual description of the agent"""

    metadata: dict[str, Any] | None = None
    """User-controlled metadata about the agent"""
