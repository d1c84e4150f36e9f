"""Models: CrossObjectInsertResponse."""

from __future__ import annotations

from .._models import BaseModel
from .insert_events_response import InsertEventsResponse

__all__ = [
    "CrossObjectInsertResponse",
]


class CrossObjectInsertResponse(BaseModel):
    experiment: dict[str, InsertEventsResponse] | None = None
    """A mapping from experiment id to row ids for inserted `events`"""

    dataset: dict[str, InsertEventsResponse] | None = None
    """A mapping from dataset id to row ids for inserted `events`"""

    project_logs: dict[str, InsertEventsResponse] | None = None
    """A mapping from project id to row ids for inserted `events`"""
