"""Models: PatchDataset."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel

__all__ = [
    "PatchDataset",
]


class PatchDataset(BaseModel):
    name: str | None = None
    """Name of the dataset. Within a project, dataset names are unique"""

    description: str | None = None
    """Textual description of the dataset"""

    tags: list[str] | None = None
    """A list of tags for the dataset"""

    metadata: dict[str, Any] | None = None
    """User-controlled metadata about the dataset"""
