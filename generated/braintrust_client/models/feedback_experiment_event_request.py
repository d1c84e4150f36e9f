"""Models: FeedbackExperimentEventRequest."""

from __future__ import annotations

from .._models import BaseModel
from .feedback_experiment_item import FeedbackExperimentItem

__all__ = [
    "FeedbackExperimentEventRequest",
]


class FeedbackExperimentEventRequest(BaseModel):
    feedback: list[FeedbackExperimentItem]
    """A list of experiment feedback items"""
