"""Models: InsertExperimentEventRequest."""

from __future__ import annotations

from .._models import BaseModel
from .insert_experiment_event import InsertExperimentEvent

__all__ = [
    "InsertExperimentEventRequest",
]


class InsertExperimentEventRequest(BaseModel):
    events: list[InsertExperimentEvent]
    """A list of experiment events to insert"""
