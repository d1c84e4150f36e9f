"""Models: FetchProjectLogsEventsResponse."""

from __future__ import annotations

from .._models import BaseModel
from .project_logs_event import ProjectLogsEvent

__all__ = [
    "FetchProjectLogsEventsResponse",
]


class FetchProjectLogsEventsResponse(BaseModel):
    events: list[ProjectLogsEvent]
    """A list of fetched events"""

    cursor: str | None = None
    """Pagination cursor

    Pass this string directly as the `cursor` param to your next fetch request to get the next page of results. Not provided if the returned result set is empty.
    """
