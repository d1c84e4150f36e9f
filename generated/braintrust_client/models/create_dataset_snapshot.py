"""Models: CreateDatasetSnapshot."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, OpenConstraints

__all__ = [
    "CreateDatasetSnapshot",
]


class CreateDatasetSnapshot(BaseModel):
    dataset_id: str
    """Unique identifier for the dataset that this snapshot belongs to"""

    name: Annotated[str, Field(min_length=1), OpenConstraints]
    """Name of the dataset snapshot"""

    description: str | None = None
    """Textual description of the dataset snapshot"""

    xact_id: Annotated[str, Field(min_length=1), OpenConstraints]
    """Transaction id of the brainstore version at the time of the snapshot"""
