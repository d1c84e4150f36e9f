"""Models: InsertDatasetEventRequest."""

from __future__ import annotations

from .._models import BaseModel
from .insert_dataset_event import InsertDatasetEvent

__all__ = [
    "InsertDatasetEventRequest",
]


class InsertDatasetEventRequest(BaseModel):
    events: list[InsertDatasetEvent]
    """A list of dataset events to insert"""
