"""Models: InsertProjectLogsEventRequest."""

from __future__ import annotations

from .._models import BaseModel
from .insert_project_logs_event import InsertProjectLogsEvent

__all__ = [
    "InsertProjectLogsEventRequest",
]


class InsertProjectLogsEventRequest(BaseModel):
    events: list[InsertProjectLogsEvent]
    """A list of project logs events to insert"""
