"""Models: CreateProject."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, OpenConstraints

__all__ = [
    "CreateProject",
]


class CreateProject(BaseModel):
    name: Annotated[str, Field(min_length=1), OpenConstraints]
    """Name of the project"""

    description: str | None = None
    """Textual description of the project"""

    org_name: str | None = None
    """For nearly all users, this parameter should be unnecessary. But in the rare case that your API key belongs to multiple organizations, you may specify the name of the organization the project belongs in."""
