"""Models: DatasetsListResponse."""

from __future__ import annotations

from typing import ClassVar

from .._models import BaseModel
from .dataset import Dataset

__all__ = [
    "DatasetsListResponse",
]


class DatasetsListResponse(BaseModel):
    __closed__: ClassVar[bool] = True

    objects: list[Dataset]
    """A list of dataset objects"""
