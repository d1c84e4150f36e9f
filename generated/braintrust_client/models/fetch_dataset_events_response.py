"""Models: FetchDatasetEventsResponse."""

from __future__ import annotations

from .._models import BaseModel
from .dataset_event import DatasetEvent

__all__ = [
    "FetchDatasetEventsResponse",
]


class FetchDatasetEventsResponse(BaseModel):
    events: list[DatasetEvent]
    """A list of fetched events"""

    cursor: str | None = None
    """Pagination cursor

    Pass this string directly as the `cursor` param to your next fetch request to get the next page of results. Not provided if the returned result set is empty.
    """
