"""Models: DatasetSnapshotsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .dataset_snapshot import DatasetSnapshot

__all__ = [
    "DatasetSnapshotsListResponse",
]


class DatasetSnapshotsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[DatasetSnapshot]
    """A list of dataset_snapshot objects"""
