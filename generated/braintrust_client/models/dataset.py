"""Models: Dataset."""

from __future__ import annotations

import datetime
from typing import Any

from .._models import BaseModel

__all__ = [
    "Dataset",
]


class Dataset(BaseModel):
    id: str
    """Unique identifier for the dataset"""

    project_id: str
    """Unique identifier for the project that the dataset belongs under"""

    name: str
    """Name of the dataset. Within a project, dataset names are unique"""

    description: str | None = None
    """Textual description of the dataset"""

    created: datetime.datetime | None = None
    """Date of dataset creation"""

    deleted_at: datetime.datetime | None = None
    """Date of dataset deletion, or null if the dataset is still active"""

    user_id: str | None = None
    """Identifies the user who created the dataset"""

    tags: list[str] | None = None
    """A list of tags for the dataset"""

    metadata: dict[str, Any] | None = None
    """User-controlled metadata about the dataset"""

    url_slug: str
    """URL slug for the dataset. used to construct dataset URLs"""
