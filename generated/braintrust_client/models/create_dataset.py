"""Models: CreateDataset."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._models import BaseModel, OpenConstraints

__all__ = [
    "CreateDataset",
]


class CreateDataset(BaseModel):
    project_id: str
    """Unique identifier for the project that the dataset belongs under"""

    name: Annotated[str, Field(min_length=1), OpenConstraints]
    """Name of the dataset. Within a project, dataset names are unique"""

    description: str | None = None
    """Textual description of the dataset"""

    tags: list[str] | None = None
    """A list of tags for the dataset"""

    metadata: dict[str, Any] | None = None
    """User-controlled metadata about the dataset"""
