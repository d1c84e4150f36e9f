"""Models: FetchExperimentEventsResponse."""

from __future__ import annotations

from .._models import BaseModel
from .experiment_event import ExperimentEvent

__all__ = [
    "FetchExperimentEventsResponse",
]


class FetchExperimentEventsResponse(BaseModel):
    events: list[ExperimentEvent]
    """A list of fetched events"""

    cursor: str | None = None
    """Pagination cursor

    Pass this string directly as the `cursor` param to your next fetch request to get the next page of results. Not provided if the returned result set is empty.
    """
