"""Models: PatchDatasetSnapshot."""

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "PatchDatasetSnapshot",
]


class PatchDatasetSnapshot(BaseModel):
    name: str | None = None
    """Name of the dataset snapshot"""

    description: str | None = None
    """Textual description of the dataset snapshot"""
