"""Models: Agent."""

from __future__ import annotations

import datetime
from typing import Any

from .._models import BaseModel

__all__ = [
    "Agent",
]


class Agent(BaseModel):
    """An agent is a project-scoped durable object that identifies an AI agent or service emitting spans"""

    id: str
    """Unique identifier for the agent"""

    project_id: str
    """Unique identifier for the project that the agent belongs under"""

    user_id: str

    created: datetime.datetime | None = None
    """Date of agent creation"""

    name: str
    """Name of the agent. Within a project, agent names are unique"""

    slug: str
    """Stable, URL-safe identifier for the agent, unique within its project."""

    kind: str
    """Agent classification: 'custom' for customer-defined agents, 'loop' for built-in Loop agents."""

    description: str | None = None
    """Textual description of the agent"""

    metadata: dict[str, Any] | None = None
    """User-controlled metadata about the agent"""
