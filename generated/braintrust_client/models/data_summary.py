"""Models: DataSummary."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._models import BaseModel, OpenConstraints

__all__ = [
    "DataSummary",
]


class DataSummary(BaseModel):
    """Summary of a dataset's data"""

    total_records: Annotated[int, Field(ge=0), OpenConstraints]
    """Total number of records in the dataset"""
