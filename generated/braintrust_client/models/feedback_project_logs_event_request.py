"""Models: FeedbackProjectLogsEventRequest."""

from __future__ import annotations

from .._models import BaseModel
from .feedback_project_logs_item import FeedbackProjectLogsItem

__all__ = [
    "FeedbackProjectLogsEventRequest",
]


class FeedbackProjectLogsEventRequest(BaseModel):
    feedback: list[FeedbackProjectLogsItem]
    """A list of project logs feedback items"""
