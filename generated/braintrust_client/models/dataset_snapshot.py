"""Models: DatasetSnapshot."""

from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = [
    "DatasetSnapshot",
]


class DatasetSnapshot(BaseModel):
    id: str
    """Unique identifier for the dataset snapshot"""

    dataset_id: str
    """Unique identifier for the dataset that this snapshot belongs to"""

    name: str
    """Name of the dataset snapshot"""

    description: str | None

    xact_id: str
    """Transaction id of the brainstore version at the time of the snapshot"""

    created: datetime.datetime | None
    """Date of dataset snapshot creation"""
