"""Models: FeedbackDatasetEventRequest."""

from __future__ import annotations

from .._models import BaseModel
from .feedback_dataset_item import FeedbackDatasetItem

__all__ = [
    "FeedbackDatasetEventRequest",
]


class FeedbackDatasetEventRequest(BaseModel):
    feedback: list[FeedbackDatasetItem]
    """A list of dataset feedback items"""
